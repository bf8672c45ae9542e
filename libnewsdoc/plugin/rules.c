/*
 * Declarative site rules: a parser described in its manifest as XPath
 * expressions that the core runs (docs/PLUGINS.md, "Rules"). Rules fill
 * what they cover; the generic extractor fills the rest afterwards.
 *
 * Expressions are checked when the manifest is read, so a typo skips the
 * plugin with a reason instead of failing on some page later. They are
 * kept as text and compiled per evaluation: compiled XPath objects are not
 * documented as safe to share between threads, and a registry is shared.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/xpath.h>

#include "rules_impl.h"

static const char *const author_keys[] = { "name", "role", "affiliation", "url", NULL };
static const char *const related_keys[] = { "title", "url", "author", "summary", "image", NULL };

const newsdoc__string_rule newsdoc__string_rules[STRING_RULE_COUNT] = {
	{ "title", NEWSDOC_FIELD_TITLE },
	{ "subtitle", NEWSDOC_FIELD_SUBTITLE },
	{ "description", NEWSDOC_FIELD_DESCRIPTION },
	{ "section", NEWSDOC_FIELD_SECTION },
	{ "site_name", NEWSDOC_FIELD_SITE_NAME },
	{ "language", NEWSDOC_FIELD_LANGUAGE },
	{ "canonical_url", NEWSDOC_FIELD_CANONICAL_URL },
};

typedef struct compiler {
	const char *parser_id;
	char *reason;
	size_t reason_size;
	int oom;
} compiler;

static int reject(compiler *c, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);

static int reject(compiler *c, const char *fmt, ...)
{
	char message[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	snprintf(c->reason, c->reason_size, "parser '%s': %s", c->parser_id, message);
	return 1;
}

/* Check an XPath expression and keep a copy. */
static int take_xpath(compiler *c, json_t *value, const char *rule, char **out)
{
	xmlXPathCompExpr *compiled = NULL;
	const char *text;
	int attempt;

	if (!json_is_string(value) || !json_string_length(value))
		return reject(c, "rule '%s' must be a non-empty XPath string", rule);
	text = json_string_value(value);
	/* libxml2 2.9.14's XPath compiler answers some allocation failures
	 * with NULL and no error; a wrong expression fails the same way every
	 * time, so a failure is tried once more before the rule is blamed. */
	for (attempt = 0; attempt < 2; attempt++) {
		newsdoc__xml_clear_oom();
		xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
		compiled = xmlXPathCompile((const xmlChar *)text);
		xmlSetStructuredErrorFunc(NULL, NULL);
		if (compiled)
			break;
		if (newsdoc__xml_oom()) {
			c->oom = 1;
			return 1;
		}
	}
	if (!compiled)
		return reject(c, "rule '%s': invalid XPath expression '%s'", rule, text);
	xmlXPathFreeCompExpr(compiled);
	if (!(*out = newsdoc__strdup(text))) {
		c->oom = 1;
		return 1;
	}
	return 0;
}

static int take_items(compiler *c, json_t *value, const char *rule, const char *const *keys, item_rule *out)
{
	const char *key;
	json_t *member;
	char where[64];

	if (!json_is_object(value))
		return reject(c, "rule '%s' must be an object with 'each' and its fields", rule);
	json_object_foreach(value, key, member) {
		size_t i;
		int found = !strcmp(key, "each");
		for (i = 0; keys[i] && !found; i++)
			found = !strcmp(key, keys[i]);
		if (!found && strncmp(key, "x-", 2) != 0)
			return reject(c, "rule '%s' has an unknown key '%s'", rule, key);
	}
	snprintf(where, sizeof(where), "%s.each", rule);
	if (!json_object_get(value, "each"))
		return reject(c, "rule '%s' has no 'each'", rule);
	if (take_xpath(c, json_object_get(value, "each"), where, &out->each))
		return 1;
	for (size_t i = 0; keys[i]; i++) {
		json_t *field = json_object_get(value, keys[i]);
		snprintf(where, sizeof(where), "%s.%s", rule, keys[i]);
		if (field && take_xpath(c, field, where, &out->fields[i]))
			return 1;
	}
	return 0;
}

static int take_date(compiler *c, json_t *value, const char *rule, date_rule *out)
{
	json_t *format;
	if (json_is_string(value))
		return take_xpath(c, value, rule, &out->xpath);
	if (!json_is_object(value) || !json_object_get(value, "xpath"))
		return reject(c, "rule '%s' must be an XPath string or {\"xpath\": ..., \"format\": ...}", rule);
	if (take_xpath(c, json_object_get(value, "xpath"), rule, &out->xpath))
		return 1;
	format = json_object_get(value, "format");
	if (format) {
		const char *problem;
		char conversion;
		if (!json_is_string(format) || !strchr(json_string_value(format), '%'))
			return reject(c, "rule '%s': 'format' must be a strptime format such as \"%%d.%%m.%%Y %%H:%%M\"", rule);
		problem = newsdoc__date_format_problem(json_string_value(format), &conversion);
		if (problem && conversion)
			return reject(c, "rule '%s': the format '%s' %s: '%%%c'", rule, json_string_value(format),
				problem, conversion);
		if (problem)
			return reject(c, "rule '%s': the format '%s' %s", rule, json_string_value(format), problem);
		if (!(out->format = newsdoc__strdup(json_string_value(format)))) {
			c->oom = 1;
			return 1;
		}
	}
	return 0;
}

static int compile(compiler *c, json_t *json, newsdoc__rules *rules)
{
	const char *key;
	json_t *value;

	json_object_foreach(json, key, value) {
		size_t i;
		int known = 0;
		for (i = 0; i < STRING_RULE_COUNT; i++) {
			if (!strcmp(key, newsdoc__string_rules[i].key)) {
				if (take_xpath(c, value, key, &rules->strings[i]))
					return 1;
				known = 1;
			}
		}
		if (known || !strncmp(key, "x-", 2))
			continue;
		if (!strcmp(key, "tags")) {
			if (take_xpath(c, value, key, &rules->tags))
				return 1;
		} else if (!strcmp(key, "authors")) {
			if (json_is_string(value) ? take_xpath(c, value, key, &rules->authors_byline)
			                          : take_items(c, value, key, author_keys, &rules->authors))
				return 1;
		} else if (!strcmp(key, "published")) {
			if (take_date(c, value, key, &rules->published))
				return 1;
		} else if (!strcmp(key, "modified")) {
			if (take_date(c, value, key, &rules->modified))
				return 1;
		} else if (!strcmp(key, "comment_count")) {
			if (take_xpath(c, value, key, &rules->comment_count))
				return 1;
		} else if (!strcmp(key, "related")) {
			if (take_items(c, value, key, related_keys, &rules->related))
				return 1;
		} else if (!strcmp(key, "body")) {
			if (take_xpath(c, value, key, &rules->body))
				return 1;
		} else if (!strcmp(key, "drop")) {
			size_t n = json_is_array(value) ? json_array_size(value) : 0;
			if (!json_is_array(value))
				return reject(c, "rule 'drop' must be an array of XPath strings");
			if (n && !(rules->drop = newsdoc__calloc(n, sizeof(char *)))) {
				c->oom = 1;
				return 1;
			}
			for (i = 0; i < n; i++) {
				char where[32];
				snprintf(where, sizeof(where), "drop[%zu]", i);
				if (take_xpath(c, json_array_get(value, i), where, &rules->drop[i]))
					return 1;
				rules->drop_count = i + 1;
			}
		} else {
			return reject(c, "unknown rule '%s'", key);
		}
	}
	return 0;
}

int newsdoc__rules_compile(newsdoc__rules **out, const void *json_rules, const char *parser_id,
	const char *plugin_name, char *reason, size_t reason_size)
{
	compiler c = { parser_id, reason, reason_size, 0 };
	newsdoc__rules *rules;

	*out = NULL;
	if (!(rules = newsdoc__calloc(1, sizeof(*rules))))
		return newsdoc__error_oom();
	if (!(rules->parser_id = newsdoc__strdup(parser_id)) || !(rules->plugin_name = newsdoc__strdup(plugin_name))) {
		newsdoc__rules_free(rules);
		return newsdoc__error_oom();
	}
	if (compile(&c, (json_t *)json_rules, rules)) {
		newsdoc__rules_free(rules);
		if (c.oom)
			return newsdoc__error_oom();
		return newsdoc__error_set(NEWSDOC_EPLUGIN, "%s", reason);
	}
	*out = rules;
	return 0;
}

static void free_items(item_rule *items)
{
	size_t i;
	newsdoc__free(items->each);
	for (i = 0; i < sizeof(items->fields) / sizeof(items->fields[0]); i++)
		newsdoc__free(items->fields[i]);
}

void newsdoc__rules_free(newsdoc__rules *rules)
{
	size_t i;
	if (!rules)
		return;
	newsdoc__free(rules->parser_id);
	newsdoc__free(rules->plugin_name);
	for (i = 0; i < STRING_RULE_COUNT; i++)
		newsdoc__free(rules->strings[i]);
	newsdoc__free(rules->tags);
	newsdoc__free(rules->authors_byline);
	free_items(&rules->authors);
	newsdoc__free(rules->published.xpath);
	newsdoc__free(rules->published.format);
	newsdoc__free(rules->modified.xpath);
	newsdoc__free(rules->modified.format);
	newsdoc__free(rules->comment_count);
	free_items(&rules->related);
	for (i = 0; i < rules->drop_count; i++)
		newsdoc__free(rules->drop[i]);
	newsdoc__free(rules->drop);
	newsdoc__free(rules->body);
	newsdoc__free(rules);
}
