#define _GNU_SOURCE
/*
 * Manifest values at and past their bounds: versions are digits only and
 * fit in 32 bits, interface versions and priorities stay in their
 * documented ranges, and each refusal says which value is wrong and why.
 */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "discovery_test_util.h"
#include "../common/read_file_util.h"

static int setup(void **state)
{
	(void)state;
	scratch_make();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	scratch_remove();
	return 0;
}

/* A registry of one manifest, written from `text`. */
static newsdoc_registry *registry_of_text(const char *text)
{
	const char *path = scratch_path(0, "manifest.json");
	write_file(path, text, strlen(text));
	return registry_of_paths(&path, 1);
}

static const newsdoc_plugin_info *the_plugin(const newsdoc_registry *reg)
{
	const newsdoc_plugin_info *info = plugin_by_manifest(reg, "/manifest.json");
	assert_non_null(info);
	return info;
}

/* The manifest made from `format` and `value` is skipped with `reason`. */
static void assert_refused(const char *format, const char *value, const char *reason)
{
	char text[2048];
	newsdoc_registry *reg;

	snprintf(text, sizeof(text), format, value);
	reg = registry_of_text(text);
	if (!newsdoc_plugin_info_skip_reason(the_plugin(reg)))
		fail_msg("accepted with %s (expected: %s)", value, reason);
	assert_string_equal(newsdoc_plugin_info_skip_reason(the_plugin(reg)), reason);
	newsdoc_registry_free(reg);
}

static newsdoc_registry *accepted(const char *format, const char *value)
{
	char text[2048];
	newsdoc_registry *reg;

	snprintf(text, sizeof(text), format, value);
	reg = registry_of_text(text);
	if (newsdoc_plugin_info_skip_reason(the_plugin(reg)))
		fail_msg("refused with %s: %s", value, newsdoc_plugin_info_skip_reason(the_plugin(reg)));
	return reg;
}

#define WITH_FORMAT_VERSION \
	"{\"file_format_version\":\"%s\",\"plugin\":{\"name\":\"v\",\"version\":\"1\"}," \
	"\"parsers\":[{\"id\":\"v\",\"hosts\":[\"v.test\"],\"rules\":{\"title\":\"//h1\"}}]}"

static void test_file_format_version(void **state)
{
	static const char *const malformed[] = {
		"+1.0.0", "-4294967295.0.0", "-1.0.0", " 1.0.0", "1.0.0 ", "1 .0.0", "1.0", "1.0.0.0", "1..0", ".1.0",
		"1.0.", "1.0x.0", "0x1.0.0", "1.+0.0", "1.0.-0", "1e0.0.0", "\\u00b9.0.0"
	};
	char reason[256];
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
		const char *shown = strcmp(malformed[i], "\\u00b9.0.0") ? malformed[i] : "\xc2\xb9.0.0";
		snprintf(reason, sizeof(reason), "file_format_version '%s' is not MAJOR.MINOR.PATCH "
			"(three numbers of decimal digits, no sign or spaces)", shown);
		assert_refused(WITH_FORMAT_VERSION, malformed[i], reason);
	}
	/* 2^32 + 1 used to wrap to 1 and read as 1.0.0. */
	assert_refused(WITH_FORMAT_VERSION, "4294967297.0.0",
		"file_format_version '4294967297.0.0' has a number larger than 4294967295");
	assert_refused(WITH_FORMAT_VERSION, "4294967296.0.0",
		"file_format_version '4294967296.0.0' has a number larger than 4294967295");
	assert_refused(WITH_FORMAT_VERSION, "1.4294967296.0",
		"file_format_version '1.4294967296.0' has a number larger than 4294967295");
	assert_refused(WITH_FORMAT_VERSION, "1.0.99999999999999999999999",
		"file_format_version '1.0.99999999999999999999999' has a number larger than 4294967295");
	/* The largest numbers are read as what they are. */
	assert_refused(WITH_FORMAT_VERSION, "4294967295.0.0",
		"file_format_version 4294967295.0.0 has major version 4294967295; this library reads 1.x");
	newsdoc_registry_free(accepted(WITH_FORMAT_VERSION, "1.4294967295.4294967295"));
	newsdoc_registry_free(accepted(WITH_FORMAT_VERSION, "1.0.0"));
	newsdoc_registry_free(accepted(WITH_FORMAT_VERSION, "01.00.007"));
}

#define WITH_INTERFACE \
	"{\"file_format_version\":\"1.0.0\",\"plugin\":{\"name\":\"i\",\"version\":\"1\"}," \
	"\"library_path\":\"libi.so\",\"interface_version\":%s," \
	"\"parsers\":[{\"id\":\"i\",\"hosts\":[\"i.test\"]}]}"

static void test_interface_version(void **state)
{
	static const char range[] = "'interface_version' must be {\"min\": N, \"max\": M}: integers with "
		"1 <= N <= M <= 65535";
	(void)state;

	/* 2^32 + 1 used to be cut to 1 and loaded. */
	assert_refused(WITH_INTERFACE, "{\"min\":4294967297,\"max\":4294967297}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":1,\"max\":4294967297}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":1,\"max\":65536}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":0,\"max\":1}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":-1,\"max\":1}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":2,\"max\":1}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":1.0,\"max\":1}", range);
	assert_refused(WITH_INTERFACE, "{\"min\":\"1\",\"max\":1}", range);
	assert_refused(WITH_INTERFACE, "[1,1]", range);
	assert_refused(WITH_INTERFACE, "{\"min\":1,\"max\":1,\"best\":1}", "unknown key 'best' in 'interface_version'");
	/* In range, but beyond what this library offers. */
	assert_refused(WITH_INTERFACE, "{\"min\":65535,\"max\":65535}",
		"interface versions 65535..65535 are outside what this library offers (1..1)");
	/* The widest range is in bounds: the manifest goes on to its library
	 * (which this test does not have). */
	{
		char text[2048];
		newsdoc_registry *reg;
		const char *reason;

		snprintf(text, sizeof(text), WITH_INTERFACE, "{\"min\":1,\"max\":65535}");
		reg = registry_of_text(text);
		reason = newsdoc_plugin_info_skip_reason(the_plugin(reg));
		assert_non_null(reason);
		if (strncmp(reason, "library not found: ", 19) != 0)
			fail_msg("unexpected reason: %s", reason);
		newsdoc_registry_free(reg);
	}
}

#define WITH_PRIORITY \
	"{\"file_format_version\":\"1.0.0\",\"plugin\":{\"name\":\"p\",\"version\":\"1\"}," \
	"\"parsers\":[{\"id\":\"p\",\"hosts\":[\"p.test\"],\"priority\":%s,\"rules\":{\"title\":\"//h1\"}}]}"

static int priority_of(const newsdoc_registry *reg)
{
	size_t i;
	for (i = 0; i < newsdoc_registry_parser_count(reg); i++)
		if (!strcmp(newsdoc_parser_info_id(newsdoc_registry_parser_at(reg, i)), "p"))
			return newsdoc_parser_info_priority(newsdoc_registry_parser_at(reg, i));
	fail_msg("no parser 'p'");
	return 0;
}

static void test_priority(void **state)
{
	static const char *const refused[] = { "4294967306", "2147483648", "-2147483649", "9223372036854775807" };
	char reason[256];
	newsdoc_registry *reg;
	size_t i;
	(void)state;

	/* 2^32 + 10 used to become 10. */
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		snprintf(reason, sizeof(reason), "'priority' in parsers[0] is %s, outside -2147483648..2147483647",
			refused[i]);
		assert_refused(WITH_PRIORITY, refused[i], reason);
	}
	assert_refused(WITH_PRIORITY, "10.0", "'priority' in parsers[0] must be an integer");
	assert_refused(WITH_PRIORITY, "\"10\"", "'priority' in parsers[0] must be an integer");
	reg = accepted(WITH_PRIORITY, "2147483647");
	assert_int_equal(priority_of(reg), INT_MAX);
	newsdoc_registry_free(reg);
	reg = accepted(WITH_PRIORITY, "-2147483648");
	assert_int_equal(priority_of(reg), INT_MIN);
	newsdoc_registry_free(reg);
}

/* ---- exporters that offer the same format ---- */

#define EXPORTER_MANIFEST \
	"{\"file_format_version\":\"%s\",\"plugin\":{\"name\":\"%s\",\"version\":\"1\"}," \
	"\"library_path\":\"libgood.so\",\"interface_version\":{\"min\":1,\"max\":1}," \
	"\"exporters\":[{\"id\":\"%s\",\"format\":\"%s\",\"mime_type\":\"text/plain\"," \
	"\"extension\":\"txt\"%s}]}"

/* scratch/NAME.json: plugin NAME, its exporter NAME-x of `format`, with
 * `extra` keys; the library is a copy of a fixture's (never opened here). */
static void write_exporter(const char *version, const char *name, const char *format, const char *extra)
{
	char text[2048], path[2048], exporter_id[256];
	snprintf(exporter_id, sizeof(exporter_id), "%s-x", name);
	snprintf(text, sizeof(text), EXPORTER_MANIFEST, version, name, exporter_id, format, extra);
	snprintf(path, sizeof(path), "%s/%s.json", scratch, name);
	write_file(path, text, strlen(text));
}

static void copy_fixture_library(void)
{
	char from[4096];
	size_t len = 0;
	char *data;

	snprintf(from, sizeof(from), "%s/good/libgood.so", NEWSDOC_FIXTURE_DIR);
	assert_non_null(data = read_whole_file(from, &len));
	write_file(scratch_path(1, "libgood.so"), data, len);
	free(data);
}

/* The plugin of the exporter in use for `format`, which must be listed
 * exactly once. */
static const char *format_owner(const newsdoc_registry *reg, const char *format)
{
	const char *owner = NULL;
	size_t i, listed = 0;
	for (i = 0; i < newsdoc_registry_exporter_count(reg); i++) {
		const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(reg, i);
		if (!strcmp(newsdoc_exporter_info_format(info), format)) {
			owner = newsdoc_exporter_info_plugin(info);
			listed++;
		}
	}
	assert_int_equal(listed, 1);
	return owner;
}

static newsdoc_registry *registry_of_scratch(void)
{
	const char *folder = scratch;
	return registry_of_paths(&folder, 1);
}

/* Two plugins offering one format: the first found is used, and the tie
 * is reported as host ties are. */
static void test_format_tie(void **state)
{
	newsdoc_registry *reg;
	(void)state;

	copy_fixture_library();
	write_exporter("1.0.0", "tie-a", "csv", "");
	write_exporter("1.0.0", "tie-b", "csv", "");
	write_exporter("1.0.0", "tie-c", "csv", "");
	write_exporter("1.0.0", "alone", "tsv", "");
	reg = registry_of_scratch();
	assert_in_use(reg, "/tie-b.json");
	assert_string_equal(format_owner(reg, "csv"), "tie-a");
	assert_int_equal(newsdoc_registry_warning_count(reg), 2);
	assert_string_equal(newsdoc_registry_warning_at(reg, 0),
		"exporters 'tie-a-x' (plugin 'tie-a') and 'tie-b-x' (plugin 'tie-b') both offer format csv; "
		"'tie-a-x' is used");
	assert_string_equal(newsdoc_registry_warning_at(reg, 1),
		"exporters 'tie-a-x' (plugin 'tie-a') and 'tie-c-x' (plugin 'tie-c') both offer format csv; "
		"'tie-a-x' is used");
	newsdoc_registry_free(reg);
}

/* The built-in json is replaced only on purpose. */
static void test_builtin_format_replaced_on_purpose(void **state)
{
	newsdoc_registry *reg;
	(void)state;

	copy_fixture_library();
	write_exporter("1.0.0", "a-takeover", "json", "");
	write_exporter("1.1.0", "b-takeover-false", "json", ",\"replaces_builtin\":false");
	write_exporter("1.0.0", "c-too-early", "json", ",\"replaces_builtin\":true");
	write_exporter("1.1.0", "d-not-boolean", "json", ",\"replaces_builtin\":1");
	write_exporter("1.1.0", "e-replaces", "json", ",\"replaces_builtin\":true");
	write_exporter("1.1.0", "f-replaces-too", "json", ",\"replaces_builtin\":true");
	/* Nothing built in to replace: harmless. */
	write_exporter("1.1.0", "g-nothing-to-replace", "yaml", ",\"replaces_builtin\":true");
	reg = registry_of_scratch();
	assert_skip_reason(reg, "/a-takeover.json",
		"exporters[0] ('a-takeover-x') offers format 'json', which is built in; a plugin replaces a "
		"built-in format only when its exporter says \"replaces_builtin\": true");
	assert_skip_reason(reg, "/b-takeover-false.json",
		"exporters[0] ('b-takeover-false-x') offers format 'json', which is built in; a plugin replaces a "
		"built-in format only when its exporter says \"replaces_builtin\": true");
	assert_skip_reason(reg, "/c-too-early.json",
		"'replaces_builtin' in exporters[0] needs file_format_version 1.1.0 or later");
	assert_skip_reason(reg, "/d-not-boolean.json", "'replaces_builtin' in exporters[0] must be true or false");
	assert_in_use(reg, "/e-replaces.json");
	assert_in_use(reg, "/g-nothing-to-replace.json");
	assert_string_equal(format_owner(reg, "json"), "e-replaces");
	assert_string_equal(format_owner(reg, "yaml"), "g-nothing-to-replace");
	/* Two replacements tie like any two plugins. */
	assert_int_equal(newsdoc_registry_warning_count(reg), 1);
	assert_string_equal(newsdoc_registry_warning_at(reg, 0),
		"exporters 'e-replaces-x' (plugin 'e-replaces') and 'f-replaces-too-x' (plugin 'f-replaces-too') "
		"both offer format json; 'e-replaces-x' is used");
	newsdoc_registry_free(reg);
}

/* "builtin" is what built-ins give as their plugin: no manifest takes it,
 * so the bindings can tell a built-in by it. */
static void test_builtin_name_reserved(void **state)
{
	newsdoc_registry *reg;
	(void)state;

	copy_fixture_library();
	write_exporter("1.0.0", "builtin", "csv", "");
	reg = registry_of_scratch();
	assert_skip_reason(reg, "/builtin.json",
		"plugin name 'builtin' is reserved for the library's own parsers and exporters");
	assert_string_equal(format_owner(reg, "json"), "builtin");
	newsdoc_registry_free(reg);
}

/* The in-tree export-json plugin replaces the built-in json, on purpose
 * and without a warning. */
static void test_in_tree_json_exporter(void **state)
{
	const char *path = NEWSDOC_PLUGINS_DIR "/export-json.json";
	newsdoc_registry *reg = registry_of_paths(&path, 1);
	(void)state;

	assert_in_use(reg, "/export-json.json");
	assert_string_equal(format_owner(reg, "json"), "export-json");
	assert_int_equal(newsdoc_registry_warning_count(reg), 0);
	newsdoc_registry_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_file_format_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_builtin_name_reserved, setup, teardown),
		cmocka_unit_test_setup_teardown(test_interface_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_priority, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_tie, setup, teardown),
		cmocka_unit_test_setup_teardown(test_builtin_format_replaced_on_purpose, setup, teardown),
		cmocka_unit_test(test_in_tree_json_exporter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
