/*
 * The document model's private layout. Only document.c, builder.c and
 * code that must reach inside (none today) include this.
 */
#ifndef NEWSDOC_DOCUMENT_IMPL_H
#define NEWSDOC_DOCUMENT_IMPL_H

#include "../internal.h"

struct newsdoc_author {
	char *name;
	char *role;
	char *affiliation;
	char *url;
	int kind; /* NEWSDOC_AUTHOR_* */
};

typedef struct newsdoc__row {
	newsdoc__vec cells; /* char * */
} newsdoc__row;

/* What only lists, tables and figures hold, apart from the block: a page
 * near max_nodes is mostly paragraphs, which then take 64 bytes of heap
 * for the block instead of 144 (test_block_memory). */
typedef struct newsdoc__block_parts {
	int ordered;          /* lists */
	newsdoc__vec items;   /* char *, lists */
	newsdoc__vec rows;    /* newsdoc__row *, tables */
	char *image_url;      /* figures, from here on */
	char *image_alt;
	char *caption;
	char *credit;
} newsdoc__block_parts;

struct newsdoc_block {
	newsdoc_document *doc; /* to mark the derived text stale */
	int type;
	int level;
	newsdoc__sb text;     /* derived for lists and tables */
	newsdoc__block_parts *parts; /* lists, tables and figures; else NULL */
};

struct newsdoc_quote {
	char *text;
	char *speaker;
	char *speaker_resolved;
	char *cue;
	long block;
	long start;
	long end;
};

struct newsdoc_related {
	char *title;
	char *url;
	char *author;
	char *summary;
	char *image;
};

struct newsdoc_image {
	char *url;
	char *alt;
	char *caption;
	char *credit;
	int is_lead;
};

struct newsdoc_document {
	/* Indexed by field; the slots of list fields stay NULL. */
	char *strings[NEWSDOC_FIELD_COUNT];
	char *provenance[NEWSDOC_FIELD_COUNT];
	newsdoc__vec tags;    /* char * */
	newsdoc__vec authors; /* newsdoc_author * */
	newsdoc__vec blocks;  /* newsdoc_block * */
	newsdoc__vec quotes;  /* newsdoc_quote * */
	newsdoc__vec related; /* newsdoc_related * */
	newsdoc__vec images;  /* newsdoc_image * */
	long comment_count;   /* -1: the page does not say */
	/* Plain text derived from the blocks, built on first request. */
	newsdoc__sb text;
	int text_stale;
};

#endif
