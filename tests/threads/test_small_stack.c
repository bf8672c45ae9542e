/*
 * The thread-stack requirement (include/newsdoc/parse.h): a parse of the
 * deepest hostile pages fits in a thread with a small stack. Each page is
 * nested 10,000 levels deep in one way (div, paragraphs, ul/li with images,
 * ol/li, dl/dd, table cells, row groups, blockquote, span, a related box,
 * microdata authors, JSON-LD arrays and objects, the JSON importer) and is
 * parsed in a thread whose STACK_KIB of stack sit on top of a guard page:
 * a parse that needs more crashes the program on the guard page. The
 * stack is painted first, so the test also prints how much of it each
 * parse used (the figure the requirement is chosen from), and fails when
 * that passes PEAK_KIB.
 *
 *   test_small_stack [FILE...]   with files: parse each (as HTML) on a
 *                                64 MiB stack and print how much of it
 *                                was used, instead of the tests
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "../common/read_file_util.h"

/* Under valgrind, the stack a finished thread popped is off limits: the
 * scan below says it reads it on purpose. */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(address, size) ((void)(address), (void)(size))
#endif

/* The documented requirement is 256 KiB; sanitizers make every frame
 * several times larger. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define STACK_SCALE 8
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define STACK_SCALE 8
#endif
#endif
#ifndef STACK_SCALE
#define STACK_SCALE 1
#endif
#define STACK_KIB (256 * STACK_SCALE)
/* What each parse may use of it: the parses measure under 50 KB, so a
 * change that makes one use much more fails here before it fails users. */
#define PEAK_KIB (64 * STACK_SCALE)

#define DEPTH 10000
#define PAINT 0xA5

#define PARA "<p>The council met on Tuesday to discuss the harbour wall. \"We have to act now,\" said " \
	"Ann Smith, the mayor. Residents said the work was overdue and the storm made it worse.</p>"

typedef struct parse_job {
	const char *data;
	size_t len;
	int input;    /* NEWSDOC_INPUT_*, or -1 for newsdoc_document_from_json */
	int rc;
	size_t blocks;
	char title[64], site_name[64]; /* copied, so the thread frees the document */
} parse_job;

static void copy_field(char *out, size_t size, const char *value)
{
	snprintf(out, size, "%s", value ? value : "");
}

static void *run_job(void *arg)
{
	parse_job *job = arg;
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;

	if (job->input < 0) {
		job->rc = newsdoc_document_from_json(&doc, job->data, job->len);
	} else {
		opts.input = job->input;
		job->rc = newsdoc_parse(&doc, NULL, job->data, job->len, "https://news.example.org/a/story", &opts);
	}
	job->blocks = doc ? newsdoc_document_block_count(doc) : 0;
	copy_field(job->title, sizeof(job->title), doc ? newsdoc_document_title(doc) : NULL);
	copy_field(job->site_name, sizeof(job->site_name), doc ? newsdoc_document_site_name(doc) : NULL);
	newsdoc_document_free(doc);
	return NULL;
}

/*
 * Run the job in a thread with `size` bytes of stack above a guard page
 * (pthread adds no guard to a stack the caller gives), painted first;
 * returns how many bytes of it the thread wrote (its peak use, with the
 * thread's own descriptor and TLS that glibc puts at the top).
 */
static size_t run_on_small_stack(parse_job *job, size_t size)
{
	size_t guard = (size_t)sysconf(_SC_PAGESIZE), untouched = 0;
	unsigned char *base = mmap(NULL, guard + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK,
		-1, 0);
	pthread_attr_t attr;
	pthread_t thread;

	assert_true(base != MAP_FAILED);
	assert_int_equal(mprotect(base, guard, PROT_NONE), 0);
	memset(base + guard, PAINT, size);
	assert_int_equal(pthread_attr_init(&attr), 0);
	assert_int_equal(pthread_attr_setstack(&attr, base + guard, size), 0);
	assert_int_equal(pthread_create(&thread, &attr, run_job, job), 0);
	assert_int_equal(pthread_join(thread, NULL), 0);
	pthread_attr_destroy(&attr);
	VALGRIND_MAKE_MEM_DEFINED(base + guard, size);
	/* The stack grows down: the paint left at the bottom was never used. */
	while (untouched < size && base[guard + untouched] == PAINT)
		untouched++;
	munmap(base, guard + size);
	return size - untouched;
}

/* `head`, `open` n times, `middle`, `close` n times, `tail`. */
static char *nest(const char *head, const char *open, size_t n, const char *middle, const char *close,
	const char *tail)
{
	size_t lo = strlen(open), lc = strlen(close), lh = strlen(head), lm = strlen(middle), lt = strlen(tail);
	char *page = malloc(lh + n * (lo + lc) + lm + lt + 1), *p = page;
	size_t i;

	assert_non_null(page);
	memcpy(p, head, lh);
	p += lh;
	for (i = 0; i < n; i++, p += lo)
		memcpy(p, open, lo);
	memcpy(p, middle, lm);
	p += lm;
	for (i = 0; i < n; i++, p += lc)
		memcpy(p, close, lc);
	memcpy(p, tail, lt);
	p[lt] = '\0';
	return page;
}

#define HTML_HEAD "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Deep</title></head><body>"
#define HTML_TAIL "</body></html>"
#define JSONLD_HEAD "<!DOCTYPE html><html><head><title>Deep</title><script type=\"application/ld+json\">"
#define JSONLD_TAIL "</script></head><body>" PARA "</body></html>"

/* One deep page, parsed on the small stack; the parse must give a
 * document (or, for `may_refuse`, a clean error). The page is freed. */
static void run_page(parse_job *job, const char *name, char *page, int input, int may_refuse)
{
	size_t used;

	memset(job, 0, sizeof(*job));
	job->data = page;
	job->len = strlen(page);
	job->input = input;
	used = run_on_small_stack(job, (size_t)STACK_KIB * 1024);
	print_message("%-26s %6zu bytes of stack (%d KiB given), rc %d, %zu blocks\n", name, used, STACK_KIB,
		job->rc, job->blocks);
	assert_in_range(used, 1, (size_t)PEAK_KIB * 1024);
	if (!may_refuse)
		assert_int_equal(job->rc, NEWSDOC_OK);
	else
		assert_true(job->rc == NEWSDOC_OK || job->rc == NEWSDOC_ELIMIT || job->rc == NEWSDOC_EPARSE);
	free(page);
}

static void check_page(const char *name, char *page, int input, int may_refuse)
{
	parse_job job;

	run_page(&job, name, page, input, may_refuse);
}

static void test_nested_blocks(void **state)
{
	(void)state;
	check_page("div", nest(HTML_HEAD, "<div>", DEPTH, PARA PARA, "</div>", PARA HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("section", nest(HTML_HEAD, "<section>", DEPTH, PARA, "", HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("blockquote", nest(HTML_HEAD, "<blockquote>", DEPTH, PARA, "</blockquote>", HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("div-p", nest(HTML_HEAD, "<div><p>Some words, and more words here.</p>", DEPTH, "", "</div>",
		HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("span", nest(HTML_HEAD, "<span>", DEPTH, PARA, "", HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("b-i-span", nest(HTML_HEAD, "<b><i><span>", DEPTH, PARA, "", HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("p-span", nest(HTML_HEAD, "<p><span>Words and more words, here.", DEPTH, "", "", HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
}

/* The shape: <ul><li><img> never closed, the emit walk went one
 * level deeper for each without counting it. */
static void test_nested_lists(void **state)
{
	(void)state;
	check_page("ul-li-img", nest(HTML_HEAD PARA, "<ul><li><img src=a.jpg>Short text.", DEPTH, "", "", HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("ol-li", nest(HTML_HEAD PARA, "<ol><li>Some words, and more words here.", DEPTH, "", "</li></ol>",
		HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("dl-dd-img", nest(HTML_HEAD PARA, "<dl><dd><img src=a.jpg>Short text.", DEPTH, "", "", HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("figure", nest(HTML_HEAD PARA, "<figure><img src=a.jpg>", DEPTH, "", "", HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
}

static void test_nested_tables(void **state)
{
	(void)state;
	check_page("table", nest(HTML_HEAD, "<table><tr><td><img src=a.jpg>", DEPTH, PARA, "</td></tr></table>",
		HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("tbody", nest(HTML_HEAD PARA "<table>", "<tbody>", DEPTH, "<tr><td>Cell text here</td></tr>",
		"</tbody>", "</table>" HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
}

static void test_nested_related(void **state)
{
	(void)state;
	check_page("related-box", nest(HTML_HEAD PARA "<div class=\"related\">", "<div>", DEPTH,
		"<a href=\"/news/story\">A headline of several words</a>", "</div>", "</div>" HTML_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("microdata-author", nest(HTML_HEAD, "<div itemprop=\"author\" itemscope>", DEPTH,
		"<span itemprop=\"name\">Ann Smith</span>" PARA, "</div>", HTML_TAIL), NEWSDOC_INPUT_HTML, 0);
}

/*
 * JSON-LD nested as deep as it is read (60 levels: the limit is 64) and
 * far deeper (not read: jansson's reader and its free recurse per level).
 * "publisher" nests arrays, through which the organisation's name is
 * looked for.
 */
#define JSONLD_READ_DEPTH 60
#define ARTICLE_HEAD JSONLD_HEAD "{\"@type\":\"NewsArticle\",\"headline\":\"Deep headline\","

static void test_nested_json(void **state)
{
	parse_job job;
	(void)state;

	run_page(&job, "jsonld-publisher-60", nest(ARTICLE_HEAD "\"publisher\":", "[", JSONLD_READ_DEPTH,
		"{\"@type\":\"Organization\",\"name\":\"Harbour Post\"}", "]", "}" JSONLD_TAIL), NEWSDOC_INPUT_HTML, 0);
	assert_string_equal(job.title, "Deep headline");
	assert_string_equal(job.site_name, "Harbour Post");
	run_page(&job, "jsonld-publisher-deep", nest(ARTICLE_HEAD "\"publisher\":", "[", DEPTH,
		"{\"@type\":\"Organization\",\"name\":\"Harbour Post\"}", "]", "}" JSONLD_TAIL), NEWSDOC_INPUT_HTML, 0);
	assert_string_equal(job.title, "Deep");
	assert_string_equal(job.site_name, "");
	check_page("jsonld-arrays-60", nest(JSONLD_HEAD, "[", JSONLD_READ_DEPTH, "", "]", JSONLD_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("jsonld-objects-60", nest(JSONLD_HEAD, "{\"a\":", JSONLD_READ_DEPTH, "1", "}", JSONLD_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("jsonld-authors-60", nest(ARTICLE_HEAD "\"author\":", "[{\"name\":", JSONLD_READ_DEPTH / 2,
		"\"Ann Smith\"", "}]", "}" JSONLD_TAIL), NEWSDOC_INPUT_HTML, 0);
	/* 2,000 levels: within jansson's own limit, which used 170 KB. */
	check_page("jsonld-arrays-2000", nest(JSONLD_HEAD, "[", 2000, "", "]", JSONLD_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("jsonld-objects-2000", nest(JSONLD_HEAD, "{\"a\":", 2000, "1", "}", JSONLD_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	check_page("jsonld-arrays-deep", nest(JSONLD_HEAD, "[", DEPTH, "", "]", JSONLD_TAIL), NEWSDOC_INPUT_HTML, 0);
	check_page("jsonld-objects-deep", nest(JSONLD_HEAD, "{\"a\":", DEPTH, "1", "}", JSONLD_TAIL),
		NEWSDOC_INPUT_HTML, 0);
	/* The JSON importer reads 512 levels (json_load.h): 500 are read and
	 * freed by jansson's recursion; 10,000 are refused. */
	check_page("json-import-500", nest("{\"title\":\"x\",\"extra\":", "{\"a\":", 500, "1", "}", "}"), -1, 1);
	check_page("json-import-deep", nest("{\"title\":\"x\",\"body\":", "[", DEPTH, "", "]", "}"), -1, 1);
}

/* With files: print the stack each parse uses, no tests. */
static int measure_files(int argc, char **argv)
{
	int i, failed = 0;

	for (i = 1; i < argc; i++) {
		parse_job job;
		size_t len = 0, used;
		char *data = read_whole_file(argv[i], &len);
		if (!data) {
			fprintf(stderr, "test_small_stack: cannot read %s\n", argv[i]);
			failed = 1;
			continue;
		}
		memset(&job, 0, sizeof(job));
		job.data = data;
		job.len = len;
		job.input = NEWSDOC_INPUT_HTML;
		used = run_on_small_stack(&job, (size_t)64 * 1024 * 1024);
		printf("%-40s %7zu bytes of stack, rc %d, %zu blocks\n", argv[i], used, job.rc, job.blocks);
		free(data);
	}
	return failed;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nested_blocks),
		cmocka_unit_test(test_nested_lists),
		cmocka_unit_test(test_nested_tables),
		cmocka_unit_test(test_nested_related),
		cmocka_unit_test(test_nested_json),
	};

	if (argc > 1)
		return measure_files(argc, argv);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
