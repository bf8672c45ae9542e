/*
 * What each page type's profile (content/profile.c) keeps, on small pages
 * written for the test (tests/fixtures/content/pagetype): the rules the
 * benchmark's check half kept. Each test names the text a rule brings in
 * (or leaves out) that the article profile would not.
 */
#include "content_test_util.h"

#define PAGE(name) FIXTURE("pagetype/" name ".html")

static newsdoc_document *read_page(const char *path, const char *url, const char *type)
{
	newsdoc_document *doc = parse_file(path, url, NEWSDOC_INPUT_HTML);

	assert_non_null(newsdoc_document_page_type(doc));
	assert_string_equal(newsdoc_document_page_type(doc), type);
	assert_non_null(newsdoc_document_text(doc));
	return doc;
}

static void assert_in_body(const newsdoc_document *doc, const char *text)
{
	if (!strstr(newsdoc_document_text(doc), text))
		fail_msg("body lacks \"%s\"; body: %s", text, newsdoc_document_text(doc));
}

static void assert_not_in_body(const newsdoc_document *doc, const char *text)
{
	if (strstr(newsdoc_document_text(doc), text))
		fail_msg("body holds \"%s\"", text);
}

/* Service: the hero, the feature cards and the questions of <main>. */
static void test_service_main(void **state)
{
	newsdoc_document *doc = read_page(PAGE("service"),
		"https://greenleaf.example.co.uk/services/garden-design", "service");
	(void)state;

	assert_in_body(doc, "From a first sketch to the last plant");
	assert_in_body(doc, "listen to your wishes");
	assert_in_body(doc, "two to four weeks");
	newsdoc_document_free(doc);
}

/* Service: the answers of a questions accordion, hidden until a click
 * opens them, are text (panels.c, as on a product page); a hidden cookie
 * notice stays out. */
static void test_service_faq_panels(void **state)
{
	newsdoc_document *doc = read_page(PAGE("service"),
		"https://greenleaf.example.co.uk/services/garden-design", "service");
	(void)state;

	assert_in_body(doc, "listen to your wishes");
	assert_in_body(doc, "from the first spade to the last plant");
	assert_in_body(doc, "plant bare-root hedges");
	assert_not_in_body(doc, "We use cookies");
	newsdoc_document_free(doc);
}

/* Product: the description and the specifications, not the reviews. */
static void test_product_reviews_out(void **state)
{
	newsdoc_document *doc = read_page(PAGE("product"), "https://shop.example.com/products/trail-runner-3",
		"product");
	(void)state;

	assert_in_body(doc, "breathable waterproof membrane");
	assert_not_in_body(doc, "three day hike");
	assert_not_in_body(doc, "four hundred kilometres");
	newsdoc_document_free(doc);
}

/* Product: the sections of <main> (price, description, specifications),
 * not only the one with the most prose. */
static void test_product_main(void **state)
{
	newsdoc_document *doc = read_page(PAGE("product"), "https://shop.example.com/products/trail-runner-3",
		"product");
	(void)state;

	assert_in_body(doc, "$129.00");
	assert_in_body(doc, "reinforced toe cap");
	assert_in_body(doc, "310 g per shoe");
	newsdoc_document_free(doc);
}

/* Product: a shelf of other products (a run of cards, each with a picture
 * and a link) leaves the page; the product's own list of features and its
 * specifications (the page's largest run of items), items without
 * pictures, stay. */
static void test_product_shelf_out(void **state)
{
	newsdoc_document *doc = read_page(PAGE("product-shelf"), "https://summit.example.com/products/alpine-flask",
		"product");
	(void)state;

	assert_in_body(doc, "double steel wall");
	assert_in_body(doc, "Keeps drinks hot for twelve hours");
	assert_in_body(doc, "loss of vacuum");
	assert_not_in_body(doc, "Summit camp mug");
	assert_not_in_body(doc, "whole crew on a long day out");
	newsdoc_document_free(doc);
}

/* Product: a grid of products that is the page's largest run of items is
 * the page (a shop category that declares itself a product), not a shelf
 * beside a product: it stays. (Under /collections/ the refitted classifier
 * rightly calls it a collection, so the URL here names no kind.) */
static void test_product_grid_stays(void **state)
{
	newsdoc_document *doc = read_page(PAGE("product-grid"), "https://summit.example.com/camp-kitchen",
		"product");
	(void)state;

	assert_in_body(doc, "boils a litre of water");
	assert_in_body(doc, "packs flat in a rucksack");
	newsdoc_document_free(doc);
}

/* Product: tab panels that a click opens (hidden until then) and a box
 * named as the product's details although its name says "modal" are the
 * description; a hidden cart drawer and a panel named as shipping stay
 * out. */
static void test_product_panels(void **state)
{
	newsdoc_document *doc = read_page(PAGE("product-panels"), "https://northwind.example.com/products/harbour-blanket",
		"product");
	(void)state;

	assert_in_body(doc, "old twill pattern");
	assert_in_body(doc, "woven on a loom from the nineteen thirties");
	assert_in_body(doc, "air it outside on a dry day");
	assert_in_body(doc, "hand-stitched blanket stitch");
	assert_in_body(doc, "naming the weaver");
	assert_not_in_body(doc, "Your cart is empty");
	assert_not_in_body(doc, "leave our warehouse");
	newsdoc_document_free(doc);
}

/* Documentation: a section's index names its pages in linked headings and
 * lists of links; they are the text, not navigation (the article profile
 * drops link-heavy headings and lists). */
static void test_documentation_links(void **state)
{
	newsdoc_document *doc = read_page(PAGE("documentation-links"), "https://widget.example.dev/docs/config/",
		"documentation");
	(void)state;

	assert_in_body(doc, "Where Widget looks for the file");
	assert_in_body(doc, "Strict mode");
	assert_in_body(doc, "config_get() returns the value of one key");
	assert_not_in_body(doc, "Privacy");
	newsdoc_document_free(doc);
}

/* Collection and listing: the items are links, and every item is kept;
 * the container is the items' parent, not the buying guide under them. */
static void test_collection_items(void **state)
{
	newsdoc_document *doc = read_page(PAGE("collection"), "https://shop.example.com/collections/womens-running",
		"collection");
	(void)state;

	assert_in_body(doc, "Road Runner model 1");
	assert_in_body(doc, "Road Runner model 10");
	newsdoc_document_free(doc);
	doc = parse_file(PAGE("listing"), "https://jobs.example.com/search/leeds", NEWSDOC_INPUT_HTML);
	assert_in_body(doc, "Warehouse team leader, site 1");
	assert_in_body(doc, "Warehouse team leader, site 12");
	newsdoc_document_free(doc);
}

/* An article keeps the article profile: its link lists stay out. */
static void test_article_unchanged(void **state)
{
	newsdoc_document *doc = read_page(PAGE("article"),
		"https://gazette.example.com/news/2024/05/12/council-approves-river-bridge", "article");
	(void)state;

	assert_in_body(doc, "ending a debate that has divided the town");
	assert_not_in_body(doc, "Sport");
	assert_not_in_body(doc, "The Town Gazette");
	newsdoc_document_free(doc);
}

/* Every type: a product page that the classifier calls an article still
 * has its hidden tab panel read (panels.c). */
static void test_panels_any_type(void **state)
{
	newsdoc_document *doc = read_page(PAGE("panels-untyped"), "https://fenwick.example.com/larch-stool", "article");
	(void)state;

	assert_in_body(doc, "shaped by hand with a drawknife");
	assert_in_body(doc, "thirty two centimetres across");
	newsdoc_document_free(doc);
}

/* A panel's class is read whole: 300 bytes of utility classes before the
 * name that tells ("Tab-Panel") still make the hidden block a panel
 * (panels.c read only the first 159 bytes of a class). */
static void test_panel_long_class(void **state)
{
	static const char page_head[] =
		"<html><head><title>The Larch Stool</title></head><body><main><article>"
		"<h1>The Larch Stool</h1><p>We built the first Larch stool for our own kitchen, from the offcuts of "
		"a boat shed roof that a storm had brought down on the shore one winter.</p>"
		"<p>Its three legs are split rather than sawn, so the grain runs the whole length of each leg and the "
		"stool stands firm on an uneven stone floor for decades.</p><div class=\"tabs\">"
		"<div class=\"tab-panel\"><p>Every stool is shaped by hand with a drawknife and a spokeshave, then left "
		"to season for a month before the legs are wedged into the seat.</p></div><div class=\"";
	static const char page_tail[] =
		" Tab-Panel\" style=\"display:none\"><p>The seat is thirty two centimetres across and the stool stands "
		"forty six centimetres tall, a height that suits a kitchen table or a workbench.</p></div></div>"
		"</article></main></body></html>";
	char page[sizeof(page_head) + 320 + sizeof(page_tail)];
	size_t len = sizeof(page_head) - 1, utility_start;
	newsdoc_document *doc;
	(void)state;

	memcpy(page, page_head, len);
	utility_start = len;
	while (len - utility_start < 300)
		len += (size_t)sprintf(page + len, "md:px-%zu ", (len - utility_start) % 10);
	memcpy(page + len, page_tail, sizeof(page_tail));
	doc = parse_string(page, "https://fenwick.example.com/larch-stool");
	assert_in_body(doc, "shaped by hand with a drawknife");
	assert_in_body(doc, "thirty two centimetres across");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_service_main),
		cmocka_unit_test(test_service_faq_panels),
		cmocka_unit_test(test_product_reviews_out),
		cmocka_unit_test(test_product_main),
		cmocka_unit_test(test_product_shelf_out),
		cmocka_unit_test(test_product_grid_stays),
		cmocka_unit_test(test_product_panels),
		cmocka_unit_test(test_documentation_links),
		cmocka_unit_test(test_collection_items),
		cmocka_unit_test(test_article_unchanged),
		cmocka_unit_test(test_panels_any_type),
		cmocka_unit_test(test_panel_long_class),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
