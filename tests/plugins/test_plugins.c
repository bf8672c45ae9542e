/*
 * Plugin discovery, manifests and loading: every failure mode has a
 * fixture (tests/plugins/) and an exact error, and after each the registry
 * still parses and exports with what remains.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>
#include <newsdoc/sys/plugin.h>

static const char page[] =
	"<html><head><title>Fallback title</title></head><body>"
	"<h2 class=\"headline\">Plugin headline</h2><h1 id=\"a\">A title</h1><h1 id=\"b\">B title</h1>"
	"<h1 id=\"high\">High title</h1><h2 class=\"t\">Minor title</h2>"
	"<p>The body paragraph is long enough to be the article text of this page.</p>"
	"</body></html>";

static char *fixture_path(const char *name)
{
	static char path[4096];
	snprintf(path, sizeof(path), "%s/%s", NEWSDOC_FIXTURE_DIR, name);
	return path;
}

/* A registry that sees only the named fixture folders. */
static newsdoc_registry *registry_of(const char *const *names, size_t count)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	const char *paths[8];
	char storage[8][4096];
	newsdoc_registry *reg = NULL;
	size_t i;

	for (i = 0; i < count; i++) {
		snprintf(storage[i], sizeof(storage[i]), "%s/%s", NEWSDOC_FIXTURE_DIR, names[i]);
		paths[i] = storage[i];
	}
	opts.plugin_paths = paths;
	opts.plugin_path_count = count;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	return reg;
}

static newsdoc_registry *registry_of_one(const char *name)
{
	return registry_of(&name, 1);
}

/* Index of the plugin loaded from `manifest_name`'s folder. */
static size_t plugin_index(const newsdoc_registry *reg, const char *name)
{
	size_t i;
	char suffix[256];
	snprintf(suffix, sizeof(suffix), strstr(name, ".json") ? "/%s" : "/%s.json", name);
	for (i = 0; i < newsdoc_registry_plugin_count(reg); i++) {
		const char *manifest = newsdoc_plugin_info_manifest(newsdoc_registry_plugin_at(reg, i));
		if (manifest && strlen(manifest) >= strlen(suffix) &&
		    !strcmp(manifest + strlen(manifest) - strlen(suffix), suffix))
			return i;
	}
	fail_msg("no plugin from %s", name);
	return 0;
}

/* The registry still works: generic parsing and the built-in JSON. */
static void assert_still_works(const newsdoc_registry *reg)
{
	newsdoc_document *doc;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://elsewhere.test/x", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	assert_int_equal(newsdoc_export(&buf, reg, doc, "json", NULL), 0);
	newsdoc_buf_dispose(&buf);
	newsdoc_document_free(doc);
}

static void assert_skipped(const char *name, const char *reason)
{
	newsdoc_registry *reg = registry_of_one(name);
	const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(reg, plugin_index(reg, name));
	assert_non_null(newsdoc_plugin_info_skip_reason(info));
	assert_string_equal(newsdoc_plugin_info_skip_reason(info), reason);
	assert_int_equal(newsdoc_registry_plugin_load(reg, plugin_index(reg, name)), NEWSDOC_EPLUGIN);
	assert_still_works(reg);
	newsdoc_registry_free(reg);
}

/* A library plugin that is listed but fails when opened. */
static void assert_load_fails(const char *name, const char *message)
{
	newsdoc_registry *reg = registry_of_one(name);
	size_t index = plugin_index(reg, name);
	newsdoc_document *doc;
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	char parser_id[128], url[128];

	assert_null(newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, index)));
	assert_int_equal(newsdoc_registry_plugin_load(reg, index), NEWSDOC_EPLUGIN);
	assert_string_equal(newsdoc_error_last()->message, message);
	/* A second attempt reports the same failure without retrying. */
	assert_int_equal(newsdoc_registry_plugin_load(reg, index), NEWSDOC_EPLUGIN);
	assert_string_equal(newsdoc_error_last()->message, message);

	/* Chosen by URL, the failing parser falls back to the generic one... */
	snprintf(url, sizeof(url), "https://%s.test/news/1", name);
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, url, NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	newsdoc_document_free(doc);
	/* ...but a parser the caller names must work. */
	snprintf(parser_id, sizeof(parser_id), "%s-parser", name);
	opts.parser = parser_id;
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, url, &opts), NEWSDOC_EPLUGIN);
	assert_string_equal(newsdoc_error_last()->message, message);
	assert_still_works(reg);
	newsdoc_registry_free(reg);
}

static void test_good_library_plugin(void **state)
{
	newsdoc_registry *reg = registry_of_one("good");
	size_t index = plugin_index(reg, "good");
	const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(reg, index);
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	const newsdoc_parser_info *parser = NULL;
	size_t i;
	(void)state;

	assert_string_equal(newsdoc_plugin_info_name(info), "test-good");
	assert_string_equal(newsdoc_plugin_info_version(info), "0.1.0");
	assert_string_equal(newsdoc_plugin_info_kind(info), "library");
	assert_null(newsdoc_plugin_info_skip_reason(info));
	assert_non_null(strstr(newsdoc_plugin_info_library(info), "/good/libgood.so"));
	for (i = 0; i < newsdoc_registry_parser_count(reg); i++)
		if (!strcmp(newsdoc_parser_info_id(newsdoc_registry_parser_at(reg, i)), "good-parser"))
			parser = newsdoc_registry_parser_at(reg, i);
	assert_non_null(parser);
	assert_string_equal(newsdoc_parser_info_plugin(parser), "test-good");
	assert_int_equal(newsdoc_parser_info_priority(parser), 10);
	assert_int_equal(newsdoc_parser_info_host_count(parser), 2);
	assert_string_equal(newsdoc_parser_info_host_at(parser, 1), "*.good.test");
	assert_int_equal(newsdoc_parser_info_path_count(parser), 1);
	assert_string_equal(newsdoc_parser_info_path_at(parser, 0), "/news/*");
	assert_null(newsdoc_parser_info_path_at(parser, 1));
	assert_int_equal(newsdoc_parser_info_declarative(parser), 0);

	/* Host and path choose the plugin's parser; the generic one fills the rest. */
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://www.good.test/news/today?x=1", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "good-parser");
	assert_string_equal(newsdoc_document_title(doc), "Plugin headline");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "plugin");
	assert_true(newsdoc_document_block_count(doc) > 0);
	assert_int_equal(newsdoc_export(&buf, reg, doc, "good-format", NULL), 0);
	assert_string_equal(buf.ptr, "TITLE=Plugin headline\n");
	newsdoc_buf_dispose(&buf);
	newsdoc_document_free(doc);

	/* Another path of the same host is not claimed. */
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://good.test/about", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	newsdoc_document_free(doc);
	/* "*.good.test" claims subdomains; "good.test" itself is listed too. */
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "http://GOOD.test:8080/news/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "good-parser");
	newsdoc_document_free(doc);

	/* Named explicitly, the parser runs whatever the URL; "generic" forces the generic one. */
	opts.parser = "good-parser";
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_parser(doc), "good-parser");
	newsdoc_document_free(doc);
	opts.parser = "generic";
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://good.test/news/1", &opts), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	assert_string_equal(newsdoc_document_title(doc), "Fallback title");
	newsdoc_document_free(doc);

	/* A parser's own failure: named, it is an error with its message. */
	opts.parser = "good-parser";
	assert_int_equal(newsdoc_parse(&doc, reg, "<p>FAIL-PARSE</p>", 17, NULL, &opts), NEWSDOC_EPLUGIN);
	assert_string_equal(newsdoc_error_last()->message,
		"parser 'good-parser' (plugin 'test-good') failed: the page says FAIL-PARSE");
	assert_int_equal(newsdoc_registry_plugin_load(reg, index), 0);
	newsdoc_registry_free(reg);
}

static void test_manifest_missing(void **state)
{
	char reason[4200];
	(void)state;
	snprintf(reason, sizeof(reason),
		"manifest not found or unreadable: unable to open %s/nowhere/none.json: No such file or directory",
		NEWSDOC_FIXTURE_DIR);
	assert_skipped("nowhere/none.json", reason);
}

static void test_manifest_not_json(void **state)
{
	(void)state;
	assert_skipped("not-json", "not valid JSON at line 2, column 1: unexpected end of input");
}

static void test_manifest_duplicate_keys(void **state)
{
	(void)state;
	assert_skipped("duplicate-keys", "not valid JSON at line 3, column 61: duplicate object key \"name\"");
}

static void test_manifest_unknown_major(void **state)
{
	(void)state;
	assert_skipped("unknown-major", "file_format_version 2.0.0 has major version 2; this library reads 1.x");
}

static void test_manifest_unknown_key(void **state)
{
	(void)state;
	assert_skipped("unknown-key", "unknown key 'parser' in the manifest");
}

static void test_manifest_newer_minor(void **state)
{
	newsdoc_registry *reg = registry_of_one("newer-minor");
	const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(reg, plugin_index(reg, "newer-minor"));
	newsdoc_document *doc;
	(void)state;

	assert_null(newsdoc_plugin_info_skip_reason(info));
	assert_string_equal(newsdoc_plugin_info_kind(info), "declarative");
	assert_null(newsdoc_plugin_info_library(info));
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://minor.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "minor");
	assert_string_equal(newsdoc_document_title(doc), "Minor title");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "site-rule");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

static void test_manifest_missing_library_path(void **state)
{
	(void)state;
	assert_skipped("missing-library-path", "parsers[0] has no 'rules' and the manifest has no 'library_path'");
}

static void test_library_absent(void **state)
{
	char reason[4200];
	(void)state;
	snprintf(reason, sizeof(reason), "library not found: %s/library-absent/libnot-built.so (No such file or directory)",
		NEWSDOC_FIXTURE_DIR);
	assert_skipped("library-absent", reason);
}

static void test_interface_outside_manifest(void **state)
{
	(void)state;
	assert_skipped("interface-outside", "interface versions 2..3 are outside what this library offers (1..1)");
}

static void test_bad_xpath(void **state)
{
	(void)state;
	assert_skipped("bad-xpath", "parser 'broken-rules': rule 'title': invalid XPath expression '//h1[@class='x''");
}

/* Skipped with a reason that starts with `prefix` (the rest names the
 * installed plugin folder, which depends on the install prefix). */
static void assert_skipped_prefix(const char *name, const char *prefix)
{
	newsdoc_registry *reg = registry_of_one(name);
	const char *reason = newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, plugin_index(reg, name)));
	assert_non_null(reason);
	if (strncmp(reason, prefix, strlen(prefix)) != 0)
		fail_msg("reason '%s' does not start with '%s'", reason, prefix);
	assert_still_works(reg);
	newsdoc_registry_free(reg);
}

static void test_path_traversal(void **state)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg;
	const char *path = fixture_path("traversal");
	char prefix[4200];
	(void)state;

	snprintf(prefix, sizeof(prefix),
		"library_path '../good/libgood.so' leads outside the allowed folders (%s/traversal and ", NEWSDOC_FIXTURE_DIR);
	assert_skipped_prefix("traversal", prefix);
	assert_skipped_prefix("absolute",
		"library_path '/lib/x86_64-linux-gnu/libc.so.6' is absolute and outside the allowed folders "
		"(the manifest's folder and ");
	/* The caller may allow it. */
	opts.plugin_paths = &path;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS | NEWSDOC_REGISTRY_ALLOW_OUTSIDE;
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	assert_null(newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, plugin_index(reg, "traversal"))));
	newsdoc_registry_free(reg);
}

static void test_no_entry_symbol(void **state)
{
	char message[4200];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'no-entry': %s/no-entry/libno-entry.so has no entry symbol 'newsdoc_plugin_entry'",
		NEWSDOC_FIXTURE_DIR);
	assert_load_fails("no-entry", message);
}

static void test_entry_refuses_interface(void **state)
{
	(void)state;
	assert_load_fails("refuses", "plugin 'refuses': the entry point refused interface versions 1..1 (returned -1)");
}

static void test_chosen_version_outside(void **state)
{
	(void)state;
	assert_load_fails("wrong-version", "plugin 'wrong-version': it chose interface version 7, outside 1..1");
}

static void test_name_mismatch(void **state)
{
	(void)state;
	assert_load_fails("name-mismatch",
		"plugin 'name-mismatch': the library calls itself 'someone-else'; the names must match");
}

static void test_init_fails(void **state)
{
	(void)state;
	assert_load_fails("init-fails",
		"plugin 'init-fails': init failed (-7): the fixture's init refuses: no licence key");
}

static void test_struct_larger_dirty_tail(void **state)
{
	char message[256];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'big-dirty': its answer is %zu bytes, larger than this host's %zu, "
		"and the extra bytes are not zero", sizeof(newsdoc_plugin_answer) + sizeof(void *), sizeof(newsdoc_plugin_answer));
	assert_load_fails("big-dirty", message);
}

static void test_struct_smaller(void **state)
{
	char message[256];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'small': its answer is %zu bytes, smaller than the %zu of interface 1",
		sizeof(size_t) + sizeof(unsigned int), sizeof(newsdoc_plugin_answer));
	assert_load_fails("small", message);
}

/* An answer that claims to be huge is refused before a byte past the
 * answer is read (it used to be read to the end and crash the host). */
static void test_struct_size_max(void **state)
{
	char message[256];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'size-max': its answer claims to be %zu bytes, more than the 65536 "
		"an answer may be", (size_t)-1);
	assert_load_fails("size-max", message);
}

static void test_struct_size_huge(void **state)
{
	char message[256];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'size-huge': its answer claims to be %zu bytes, more than the 65536 "
		"an answer may be", (size_t)1 << 40);
	assert_load_fails("size-huge", message);
}

/* Under the maximum, but longer than the library's memory after it: the
 * answer is checked against what can be read where it lies. */
static void test_struct_size_past_its_memory(void **state)
{
	static const char prefix[] = "plugin 'size-overlong': its answer claims to be 60000 bytes, but only ";
	static const char suffix[] = " can be read where it lies";
	newsdoc_registry *reg = registry_of_one("size-overlong");
	char message[256];
	size_t len;
	(void)state;

	assert_int_equal(newsdoc_registry_plugin_load(reg, plugin_index(reg, "size-overlong")), NEWSDOC_EPLUGIN);
	snprintf(message, sizeof(message), "%s", newsdoc_error_last()->message);
	newsdoc_registry_free(reg);
	len = strlen(message);
	if (strncmp(message, prefix, strlen(prefix)) != 0 || len < strlen(prefix) + strlen(suffix) ||
	    strcmp(message + len - strlen(suffix), suffix) != 0)
		fail_msg("unexpected message '%s'", message);
	/* The same message every time, and the fallback to the generic parser. */
	assert_load_fails("size-overlong", message);
}

static void test_struct_larger_not_in_a_library(void **state)
{
	char message[256];
	(void)state;
	snprintf(message, sizeof(message), "plugin 'heap-answer': its answer is %zu bytes, larger than this host's %zu, "
		"and is not in a loaded library, so its extra bytes cannot be checked",
		sizeof(newsdoc_plugin_answer) + sizeof(void *), sizeof(newsdoc_plugin_answer));
	assert_load_fails("heap-answer", message);
}

static void test_struct_larger_clean_tail(void **state)
{
	newsdoc_registry *reg = registry_of_one("big-clean");
	newsdoc_document *doc;
	(void)state;
	assert_int_equal(newsdoc_registry_plugin_load(reg, plugin_index(reg, "big-clean")), 0);
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://big-clean.test/news/1", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "big-clean-parser");
	assert_string_equal(newsdoc_document_title(doc), "Plugin headline");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

static void test_host_claims_priority_and_ties(void **state)
{
	static const char *const names[] = { "claim-a", "claim-b", "claim-high" };
	newsdoc_registry *reg = registry_of(names, 3);
	newsdoc_document *doc;
	(void)state;

	/* Equal priority: the first found is used, and the tie is reported. */
	assert_int_equal(newsdoc_registry_warning_count(reg), 1);
	assert_string_equal(newsdoc_registry_warning_at(reg, 0),
		"parsers 'claim-a' (plugin 'claim-a') and 'claim-b' (plugin 'claim-b') both claim host shared.test "
		"at priority 5; 'claim-a' is used");
	assert_null(newsdoc_registry_warning_at(reg, 1));
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://shared.test/story", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "claim-a");
	assert_string_equal(newsdoc_document_title(doc), "A title");
	newsdoc_document_free(doc);
	/* A higher priority wins where its path matches. */
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://shared.test/top/story", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "claim-high");
	assert_string_equal(newsdoc_document_title(doc), "High title");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

static void test_probe(void **state)
{
	static const char probed[] =
		"<html><head><meta name=\"generator\" content=\"FixturePress 3.1\"></head><body>"
		"<h1 class=\"press-title\">Found by probe</h1><p>Some text of the article body here.</p>"
		"<script id=\"press-section\" type=\"text/plain\">World</script></body></html>";
	static const char by_data[] =
		"<html><body data-press-layout=\"story\"><h1>Found by a data attribute</h1><p>Text.</p></body></html>";
	static const char by_comment[] =
		"<html><body><!-- FixturePress layout 2 --><h1>Found by a comment</h1><p>Text.</p></body></html>";
	newsdoc_registry *reg = registry_of_one("probe");
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, reg, probed, sizeof(probed) - 1, "https://any.test/", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "probed");
	assert_string_equal(newsdoc_document_title(doc), "Found by probe");
	/* Probes and the parser they choose see the whole page: the rule
	 * reads a script that the generic extractor's lean load leaves out. */
	assert_string_equal(newsdoc_document_section(doc), "World");
	newsdoc_document_free(doc);
	/* A probe may look at what the generic extractor leaves out: a data-
	 * attribute, a comment. */
	assert_int_equal(newsdoc_parse(&doc, reg, by_data, sizeof(by_data) - 1, "https://any.test/", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "probed-by-data");
	newsdoc_document_free(doc);
	assert_int_equal(newsdoc_parse(&doc, reg, by_comment, sizeof(by_comment) - 1, "https://any.test/", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "probed-by-data");
	newsdoc_document_free(doc);
	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://any.test/", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

static void test_first_plugin_of_a_name_wins(void **state)
{
	static const char *const names[] = { "newer-minor", "newer-minor/newer-minor.json" };
	newsdoc_registry *reg = registry_of(names, 2);
	(void)state;
	assert_int_equal(newsdoc_registry_plugin_count(reg), 3);
	assert_null(newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, 1)));
	assert_non_null(strstr(newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, 2)),
		"a plugin named 'newer-minor' was already found in "));
	newsdoc_registry_free(reg);
}

static void test_load_bad_arguments(void **state)
{
	newsdoc_registry *reg = registry_of_one("good");
	(void)state;
	assert_int_equal(newsdoc_registry_plugin_load(NULL, 0), NEWSDOC_EINVAL);
	assert_string_equal(newsdoc_error_last()->message, "newsdoc_registry_plugin_load: invalid argument 'reg'");
	assert_int_equal(newsdoc_registry_plugin_load(reg, 99), NEWSDOC_ENOTFOUND);
	assert_string_equal(newsdoc_error_last()->message, "newsdoc_registry_plugin_load: no plugin 99 (the registry has 2)");
	assert_int_equal(newsdoc_registry_plugin_load(reg, 0), 0); /* built-in */
	assert_int_equal(newsdoc_registry_warning_count(NULL), 0);
	assert_null(newsdoc_registry_warning_at(NULL, 0));
	assert_null(newsdoc_plugin_info_library(NULL));
	assert_int_equal(newsdoc_parser_info_path_count(NULL), 0);
	assert_null(newsdoc_parser_info_path_at(NULL, 0));
	assert_int_equal(newsdoc_parser_info_declarative(NULL), 0);
	newsdoc_registry_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_library_plugin),
		cmocka_unit_test(test_manifest_missing),
		cmocka_unit_test(test_manifest_not_json),
		cmocka_unit_test(test_manifest_duplicate_keys),
		cmocka_unit_test(test_manifest_unknown_major),
		cmocka_unit_test(test_manifest_unknown_key),
		cmocka_unit_test(test_manifest_newer_minor),
		cmocka_unit_test(test_manifest_missing_library_path),
		cmocka_unit_test(test_library_absent),
		cmocka_unit_test(test_interface_outside_manifest),
		cmocka_unit_test(test_bad_xpath),
		cmocka_unit_test(test_path_traversal),
		cmocka_unit_test(test_no_entry_symbol),
		cmocka_unit_test(test_entry_refuses_interface),
		cmocka_unit_test(test_chosen_version_outside),
		cmocka_unit_test(test_name_mismatch),
		cmocka_unit_test(test_init_fails),
		cmocka_unit_test(test_struct_larger_dirty_tail),
		cmocka_unit_test(test_struct_smaller),
		cmocka_unit_test(test_struct_larger_clean_tail),
		cmocka_unit_test(test_struct_size_max),
		cmocka_unit_test(test_struct_size_huge),
		cmocka_unit_test(test_struct_size_past_its_memory),
		cmocka_unit_test(test_struct_larger_not_in_a_library),
		cmocka_unit_test(test_host_claims_priority_and_ties),
		cmocka_unit_test(test_probe),
		cmocka_unit_test(test_first_plugin_of_a_name_wins),
		cmocka_unit_test(test_load_bad_arguments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
