/*
 * Pages whose visible part is a shell: a forum that serves its posts to
 * crawlers in a <noscript> view behind a script splash, an application
 * wrapped in a hidden anti-flash <div> that a script reveals, a page that
 * an unclosed tag made the parser nest inside a <button>. The scorer does
 * not enter those subtrees (score.c notes the largest one as it passes);
 * when that subtree holds a page's worth of text and far more than what
 * is visible, it is what a reader sees, and the page is scored again with
 * it visible.
 */
#include "content.h"

/* Characters the unseen subtree must hold, and how many times the visible
 * text it must outweigh. */
#define REVEAL_MIN_TEXT 500u
#define REVEAL_RATIO 2u

static int reveal(content_ctx *ctx)
{
	xmlNode *unseen = ctx->unseen;

	newsdoc__content_forget(ctx);
	ctx->revealed = unseen;
	ctx->unseen = NULL;
	ctx->unseen_text = 0;
	return newsdoc__content_score(ctx);
}

int newsdoc__content_reveal(content_ctx *ctx)
{
	const content_stat *page = content_stat_of(ctx->body);

	if (!page || !ctx->unseen || ctx->revealed || ctx->unseen_text < REVEAL_MIN_TEXT ||
		ctx->unseen_text / REVEAL_RATIO < page->text)
		return 0;
	return reveal(ctx);
}

int newsdoc__content_reveal_for_floor(content_ctx *ctx, int *revealed)
{
	const content_stat *page = content_stat_of(ctx->body);

	*revealed = 0;
	if (!page || !ctx->unseen || ctx->revealed || ctx->unseen_text <= page->text)
		return 0;
	*revealed = 1;
	return reveal(ctx);
}
