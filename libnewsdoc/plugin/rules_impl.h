/*
 * Declarative site rules: the compiled form shared by rules.c (reading
 * and checking them) and rules_apply.c (running them on a page).
 */
#ifndef NEWSDOC_RULES_IMPL_H
#define NEWSDOC_RULES_IMPL_H

#include "../registry_impl.h"

typedef struct date_rule {
	char *xpath;
	char *format; /* strptime; NULL: guess */
} date_rule;

typedef struct item_rule {
	char *each;   /* the items */
	char *fields[5];
} item_rule;

/* Field slots of item rules. */
enum { AUTHOR_NAME, AUTHOR_ROLE, AUTHOR_AFFILIATION, AUTHOR_URL };
enum { RELATED_TITLE, RELATED_URL, RELATED_AUTHOR, RELATED_SUMMARY, RELATED_IMAGE };

/* String rules and the document field each one fills (rules.c). */
typedef struct newsdoc__string_rule {
	const char *key;
	int field;
} newsdoc__string_rule;

#define STRING_RULE_COUNT 7
extern const newsdoc__string_rule newsdoc__string_rules[STRING_RULE_COUNT];

/* The folded text of result item `index` into sb (emptied first): the
 * node's text for a node-set, else the string or the number; empty when
 * there is no such item. 0, or NEWSDOC_ENOMEM. (rules_apply.c; the host's
 * xpath_strings gives plugins the same strings.) */
struct _xmlXPathObject;
int newsdoc__xpath_result_text(const struct _xmlXPathObject *result, size_t index, newsdoc__sb *sb);

struct newsdoc__rules {
	char *parser_id;   /* whose rules, for messages */
	char *plugin_name;
	char *strings[STRING_RULE_COUNT];
	char *tags;
	char *authors_byline;   /* each node's text split as a byline */
	item_rule authors;      /* or people field by field */
	date_rule published;
	date_rule modified;
	char *comment_count;
	item_rule related;
	char **drop;
	size_t drop_count;
	char *body;
};

#endif
