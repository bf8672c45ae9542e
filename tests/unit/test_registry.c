/*
 * The registry: options, built-ins, introspection, export dispatch.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "error_test_util.h"

static void test_registry_new_and_free(void **state)
{
	newsdoc_registry *reg = NULL;
	newsdoc_registry_options opts;
	(void)state;

	assert_int_equal(newsdoc_registry_new(&reg, NULL), 0);
	assert_non_null(reg);
	newsdoc_registry_free(reg);
	newsdoc_registry_free(NULL);

	assert_int_equal(newsdoc_registry_options_init(&opts, NEWSDOC_REGISTRY_OPTIONS_VERSION), 0);
	assert_int_equal(opts.version, NEWSDOC_REGISTRY_OPTIONS_VERSION);
	assert_null(opts.plugin_paths);
	assert_int_equal(opts.plugin_path_count, 0);
	assert_int_equal(opts.flags, 0);
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	newsdoc_registry_free(reg);
}

static void test_registry_errors(void **state)
{
	newsdoc_registry *reg = NULL;
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	(void)state;

	assert_error(newsdoc_registry_new(NULL, NULL), NEWSDOC_EINVAL,
		"newsdoc_registry_new: invalid argument 'out'");
	opts.version = 0;
	assert_error(newsdoc_registry_new(&reg, &opts), NEWSDOC_EVERSION,
		"newsdoc_registry_new: unknown options version 0 (this library knows 1)");
	assert_null(reg);
	opts.version = NEWSDOC_REGISTRY_OPTIONS_VERSION;
	opts.plugin_path_count = 2;
	assert_error(newsdoc_registry_new(&reg, &opts), NEWSDOC_EINVAL,
		"newsdoc_registry_new: plugin_path_count is 2 but plugin_paths is NULL");
	assert_error(newsdoc_registry_options_init(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_registry_options_init: invalid argument 'opts'");
	assert_error(newsdoc_registry_options_init(&opts, 5), NEWSDOC_EVERSION,
		"newsdoc_registry_options_init: unknown options version 5 (this library knows 1)");
}

static void test_registry_builtins(void **state)
{
	newsdoc_registry *reg;
	const newsdoc_plugin_info *plugin;
	const newsdoc_parser_info *parser = NULL;
	const newsdoc_exporter_info *exporter = NULL;
	size_t i;
	(void)state;

	assert_int_equal(newsdoc_registry_new(&reg, NULL), 0);
	assert_true(newsdoc_registry_plugin_count(reg) >= 1);
	plugin = newsdoc_registry_plugin_at(reg, 0);
	assert_string_equal(newsdoc_plugin_info_name(plugin), "builtin");
	assert_string_equal(newsdoc_plugin_info_version(plugin), NEWSDOC_VERSION_STRING);
	assert_string_equal(newsdoc_plugin_info_kind(plugin), "builtin");
	assert_null(newsdoc_plugin_info_manifest(plugin));
	assert_null(newsdoc_plugin_info_skip_reason(plugin));
	assert_null(newsdoc_registry_plugin_at(reg, newsdoc_registry_plugin_count(reg)));

	for (i = 0; i < newsdoc_registry_parser_count(reg); i++)
		if (!strcmp(newsdoc_parser_info_id(newsdoc_registry_parser_at(reg, i)), "generic"))
			parser = newsdoc_registry_parser_at(reg, i);
	assert_non_null(parser);
	assert_string_equal(newsdoc_parser_info_plugin(parser), "builtin");
	assert_int_equal(newsdoc_parser_info_priority(parser), 0);
	assert_int_equal(newsdoc_parser_info_host_count(parser), 0);
	assert_null(newsdoc_parser_info_host_at(parser, 0));
	assert_null(newsdoc_registry_parser_at(reg, newsdoc_registry_parser_count(reg)));

	for (i = 0; i < newsdoc_registry_exporter_count(reg); i++)
		if (!strcmp(newsdoc_exporter_info_format(newsdoc_registry_exporter_at(reg, i)), "json"))
			exporter = newsdoc_registry_exporter_at(reg, i);
	assert_non_null(exporter);
	assert_string_equal(newsdoc_exporter_info_id(exporter), "json");
	assert_string_equal(newsdoc_exporter_info_mime_type(exporter), "application/json");
	assert_string_equal(newsdoc_exporter_info_extension(exporter), "json");
	assert_non_null(newsdoc_exporter_info_plugin(exporter));
	assert_null(newsdoc_registry_exporter_at(reg, newsdoc_registry_exporter_count(reg)));
	newsdoc_registry_free(reg);

	/* NULL handles answer neutrally. */
	assert_int_equal(newsdoc_registry_plugin_count(NULL), 0);
	assert_null(newsdoc_registry_plugin_at(NULL, 0));
	assert_null(newsdoc_plugin_info_name(NULL));
	assert_null(newsdoc_plugin_info_version(NULL));
	assert_null(newsdoc_plugin_info_manifest(NULL));
	assert_null(newsdoc_plugin_info_kind(NULL));
	assert_null(newsdoc_plugin_info_skip_reason(NULL));
	assert_int_equal(newsdoc_registry_parser_count(NULL), 0);
	assert_null(newsdoc_registry_parser_at(NULL, 0));
	assert_null(newsdoc_parser_info_id(NULL));
	assert_null(newsdoc_parser_info_plugin(NULL));
	assert_int_equal(newsdoc_parser_info_priority(NULL), 0);
	assert_int_equal(newsdoc_parser_info_host_count(NULL), 0);
	assert_null(newsdoc_parser_info_host_at(NULL, 0));
	assert_int_equal(newsdoc_registry_exporter_count(NULL), 0);
	assert_null(newsdoc_registry_exporter_at(NULL, 0));
	assert_null(newsdoc_exporter_info_id(NULL));
	assert_null(newsdoc_exporter_info_format(NULL));
	assert_null(newsdoc_exporter_info_mime_type(NULL));
	assert_null(newsdoc_exporter_info_extension(NULL));
	assert_null(newsdoc_exporter_info_plugin(NULL));
}

static void test_export_dispatch(void **state)
{
	newsdoc_registry *reg;
	newsdoc_registry_options reg_opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_document *doc;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	newsdoc_export_options opts;
	(void)state;

	/* Built-ins only, whatever plugins the environment points at. */
	reg_opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	assert_int_equal(newsdoc_registry_new(&reg, &reg_opts), 0);
	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "T"), 0);
	assert_int_equal(newsdoc_export(&buf, reg, doc, "json", NULL), 0);
	assert_non_null(strstr(buf.ptr, "\"title\": \"T\""));
	newsdoc_buf_dispose(&buf);

	assert_int_equal(newsdoc_export_options_init(&opts, NEWSDOC_EXPORT_OPTIONS_VERSION), 0);
	opts.flags = NEWSDOC_EXPORT_COMPACT;
	assert_int_equal(newsdoc_export(&buf, reg, doc, "json", &opts), 0);
	assert_null(strchr(buf.ptr, '\n'));
	newsdoc_buf_dispose(&buf);

	assert_error(newsdoc_export(&buf, reg, doc, "pdf", NULL), NEWSDOC_ENOTFOUND,
		"newsdoc_export: unknown format 'pdf' (available: json)");
	assert_null(buf.ptr);
	assert_error(newsdoc_export(&buf, NULL, doc, "pdf", NULL), NEWSDOC_ENOTFOUND,
		"newsdoc_export: unknown format 'pdf' (available: json)");
	assert_error(newsdoc_export(NULL, reg, doc, "json", NULL), NEWSDOC_EINVAL,
		"newsdoc_export: invalid argument 'out'");
	assert_error(newsdoc_export(&buf, reg, NULL, "json", NULL), NEWSDOC_EINVAL,
		"newsdoc_export: invalid argument 'doc'");
	assert_error(newsdoc_export(&buf, reg, doc, NULL, NULL), NEWSDOC_EINVAL,
		"newsdoc_export: invalid argument 'format'");
	assert_error(newsdoc_export(&buf, reg, doc, "", NULL), NEWSDOC_EINVAL,
		"newsdoc_export: invalid argument 'format'");
	opts.version = 3;
	assert_error(newsdoc_export(&buf, reg, doc, "json", &opts), NEWSDOC_EVERSION,
		"newsdoc_export: unknown options version 3 (this library knows 1)");
	assert_error(newsdoc_export_options_init(&opts, 3), NEWSDOC_EVERSION,
		"newsdoc_export_options_init: unknown options version 3 (this library knows 1)");
	assert_error(newsdoc_export_options_init(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_export_options_init: invalid argument 'opts'");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registry_new_and_free),
		cmocka_unit_test(test_registry_errors),
		cmocka_unit_test(test_registry_builtins),
		cmocka_unit_test(test_export_dispatch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
