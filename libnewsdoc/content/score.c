/*
 * Scoring: one iterative post-order walk over the body that gives every
 * element its visible text, link text, paragraph text and a content score,
 * then the choice of the article container.
 *
 * The score follows Readability's idea (a paragraph votes for its parent
 * fully and for its grandparents less; commas and length mark prose) with
 * changes that matter on news pages: any block holding its own text is a
 * paragraph (text between <br>s counts), paragraphs inside page furniture
 * (comments, sidebars, related boxes) do not vote, class names that lie
 * (a layout wrapper called "has-sidebar") are overruled by the prose they
 * hold, and the winner is widened to the ancestor that holds the rest of
 * the article when its prose is split over sibling wrappers.
 *
 * Passes: count elements (one allocation), sum (post-order), clear false
 * furniture, vote (pre-order, with the voting prose summed up in
 * post-order), pick. All iterative and linear: no depth limit, and each
 * climb per node bounded (three generations for a vote, 32 for the block
 * a text belongs to).
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

static int is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Visible characters (code points, not bytes) and commas of a text node. */
static void count_text(const unsigned char *s, unsigned int *chars, unsigned int *commas)
{
	for (; *s; s++) {
		if (is_space_byte(*s) || (*s & 0xC0) == 0x80)
			continue;
		if (*s == 0xC2 && s[1] == 0xA0) {
			s++;
			continue;
		}
		(*chars)++;
		if (*s == ',')
			(*commas)++;
		else if (*s == 0xEF && s[1] == 0xBC && s[2] == 0x8C) /* fullwidth comma */
			(*commas)++;
		else if (*s == 0xE3 && s[1] == 0x80 && s[2] == 0x81) /* ideographic comma */
			(*commas)++;
	}
}

/* Skipped elements that may still hold a page: a <noscript> crawler view,
 * a <button> the parser wrapped the page in after an unclosed tag. */
static int may_hold_page(const xmlNode *node)
{
	return !strcmp((const char *)node->name, "noscript") || !strcmp((const char *)node->name, "button");
}

/* The visible characters of a subtree the scorer does not enter (scripts
 * and styles inside it left out), kept when it is the largest so far. */
static void note_unseen(content_ctx *ctx, xmlNode *top)
{
	xmlNode *node = top->children;
	unsigned int chars = 0, commas = 0;

	while (node) {
		int descend = 0;
		if (node->type == XML_ELEMENT_NODE)
			descend = strcmp((const char *)node->name, "script") && strcmp((const char *)node->name, "style");
		else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content)
			count_text(node->content, &chars, &commas);
		node = newsdoc__walk_next(node, top, descend);
	}
	if (chars > ctx->unseen_text) {
		ctx->unseen_text = chars;
		ctx->unseen = top;
	}
}

static size_t count_elements(xmlNode *start)
{
	xmlNode *node = start;
	size_t count = 0;

	for (; node; node = newsdoc__walk_next(node, start, node->type == XML_ELEMENT_NODE))
		if (node->type == XML_ELEMENT_NODE)
			count++;
	return count;
}

/* A block that holds at least a sentence of its own text: a <p>, or a
 * <div>/<span> whose text runs between <br>s. */
static int is_paragraph_like(const content_stat *stat)
{
	switch (stat->tag) {
	case TAG_INLINE: case TAG_A: case TAG_SKIP: case TAG_HEADING: case TAG_BOILER:
		return 0;
	default:
		return stat->own_text >= 25;
	}
}

/* The block a text node's words belong to: its nearest non-inline
 * ancestor (inline chains are short, so the climb is cheap). */
static content_stat *block_of(xmlNode *parent)
{
	int steps;

	for (steps = 0; parent && steps < 32; steps++, parent = parent->parent) {
		content_stat *stat = content_stat_of(parent);
		if (!stat)
			return NULL;
		if (stat->tag != TAG_INLINE && stat->tag != TAG_A)
			return stat;
	}
	return NULL;
}

/* A finished element's sums passed to its parent. */
static void finish_element(xmlNode *node)
{
	content_stat *stat = content_stat_of(node), *up;

	if (is_paragraph_like(stat) && stat->own_link * 2 < stat->own_text)
		stat->para_text += stat->own_text;
	if ((up = content_stat_of(node->parent)) != NULL) {
		up->text += stat->text;
		up->link_text += stat->link_text;
		up->para_text += stat->para_text;
		if (stat->flags & (NODE_POSITIVE | NODE_HAS_POSITIVE))
			up->flags |= NODE_HAS_POSITIVE;
		if (stat->tag != TAG_INLINE && stat->tag != TAG_A && stat->tag != TAG_SKIP &&
			stat->tag != TAG_BR)
			up->flags |= NODE_BLOCK_CHILD;
	}
}

/* Below this much paragraph text outside it, a comment-named element is
 * the page's only prose (an article wrapper called "comments-enabled"). */
#define ARTICLE_OUTSIDE_COMMENTS 1000u

int newsdoc__content_is_comment_section(const content_stat *stat, unsigned int around_prose)
{
	return (stat->flags & NODE_COMMENTS) && around_prose > stat->para_text &&
		around_prose - stat->para_text >= ARTICLE_OUTSIDE_COMMENTS;
}

/*
 * Class names lie: a layout wrapper called "penci_sidebar" or
 * "has-sidebar" may hold the whole article. A furniture-named element
 * that wraps the article body's marked container, or most of the page's
 * prose with few links, is not furniture.
 */
static void clear_false_furniture(content_ctx *ctx)
{
	unsigned int page_prose = content_stat_of(ctx->body)->para_text;
	size_t i;

	for (i = 0; i < ctx->stat_count; i++) {
		content_stat *stat = &ctx->stats[i];
		if (!(stat->flags & NODE_NEGATIVE) || stat->tag == TAG_BOILER)
			continue;
		if ((stat->flags & NODE_HAS_POSITIVE) || ((stat->flags & NODE_WEAK) && stat->para_text >= 200 && stat->para_text * 10 >= page_prose * 3) ||
			(stat->para_text * 10 >= page_prose * 6 && stat->link_text * 2 < stat->text && page_prose > 500 &&
			 !newsdoc__content_is_comment_section(stat, page_prose)))
			stat->flags &= (unsigned short)~NODE_NEGATIVE;
	}
}

/* A finished element's voting prose passed to its parent (the votes'
 * post-order): summing here once per element, rather than crediting every
 * ancestor per paragraph, keeps the pass linear however deep the page. */
static void finish_votes(const xmlNode *node)
{
	const content_stat *stat = content_stat_of(node);
	content_stat *up = content_stat_of(node->parent);

	if (stat && up) {
		up->good_text += stat->good_text;
		up->list_text += stat->list_text;
	}
}

/*
 * The paragraph votes, in a second walk now that every sum is known:
 * paragraphs inside furniture do not vote. A voting paragraph scores its
 * parent fully and its grandparents less (three generations: a bounded
 * climb), and its prose counts in good_text (list_text for an item) of
 * itself and every ancestor, summed bottom-up by finish_votes.
 */
static void vote(content_ctx *ctx)
{
	xmlNode *start = ctx->body, *node = start;
	size_t muted_depth = 0;

	while (node) {
		content_stat *stat = content_stat_of(node);
		int descend = 0;
		if (stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN)) {
			int muted = muted_depth > 0 || (stat->flags & NODE_NEGATIVE);
			if (!muted && is_paragraph_like(stat) && stat->own_link * 2 < stat->own_text) {
				float score = 1.0f + (float)stat->commas +
					(stat->own_text >= 300 ? 3.0f : (float)stat->own_text / 100.0f);
				xmlNode *ancestor;
				int generation;
				/* A block that mixes its own text with child blocks is a
				 * container too (text between <br>s next to <div>s). */
				if (stat->flags & NODE_BLOCK_CHILD)
					stat->score += score;
				stat->good_text += stat->own_text;
				if (stat->tag == TAG_LI)
					stat->list_text += stat->own_text;
				for (ancestor = node->parent, generation = 1; ancestor && generation <= 3;
					ancestor = ancestor->parent, generation++) {
					content_stat *up = content_stat_of(ancestor);
					if (!up)
						break;
					up->score += generation == 1 ? score : generation == 2 ? score / 2 : score / 6;
				}
			}
			if (node->children) {
				descend = 1;
				if (stat->flags & NODE_NEGATIVE)
					muted_depth++;
			}
		}
		if (descend) {
			node = node->children;
			continue;
		}
		if (node != start)
			finish_votes(node);
		while (node != start && !node->next) {
			node = node->parent;
			stat = content_stat_of(node);
			if (stat && (stat->flags & NODE_NEGATIVE) && muted_depth)
				muted_depth--;
			if (node != start)
				finish_votes(node);
		}
		if (node == start)
			break;
		node = node->next;
	}
}

int newsdoc__content_score(content_ctx *ctx)
{
	xmlNode *start = ctx->body, *node;
	size_t used = 0, link_depth = 0;

	ctx->stat_count = count_elements(start);
	ctx->stats = newsdoc__calloc(ctx->stat_count ? ctx->stat_count : 1, sizeof(content_stat));
	if (!ctx->stats)
		return newsdoc__error_oom();

	/* Pre-order: give each element its record and hints; post-order: sum. */
	node = start;
	while (node) {
		int descend = 0;
		if (node->type == XML_ELEMENT_NODE && used < ctx->stat_count) {
			content_stat *stat = &ctx->stats[used++];
			stat->tag = (unsigned char)newsdoc__content_tag_of(node, &stat->level);
			node->_private = stat;
			if (node == ctx->revealed && stat->tag == TAG_SKIP)
				stat->tag = TAG_DIV;
			if (stat->tag != TAG_SKIP) {
				stat->flags = (unsigned short)newsdoc__content_hints(node, stat->tag);
				if (node == ctx->revealed || (ctx->shown_count && newsdoc__content_is_shown(ctx, node)))
					stat->flags &= (unsigned short)~(NODE_HIDDEN | NODE_NEGATIVE | NODE_WEAK);
				if (!(stat->flags & NODE_HIDDEN))
					descend = node->children != NULL;
			}
			if (!descend && node->children && (stat->tag != TAG_SKIP || may_hold_page(node)))
				note_unseen(ctx, node);
			if (descend && stat->tag == TAG_A)
				link_depth++;
		} else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
			content_stat *parent = content_stat_of(node->parent), *block;
			if (parent) {
				unsigned int chars = 0, commas = 0;
				count_text(node->content, &chars, &commas);
				parent->text += chars;
				if (link_depth)
					parent->link_text += chars;
				if (chars && (block = block_of(node->parent)) != NULL) {
					block->own_text += chars;
					block->commas += commas;
					if (link_depth)
						block->own_link += chars;
				}
			}
		}
		if (descend) {
			node = node->children;
			continue;
		}
		if (node->type == XML_ELEMENT_NODE && node->_private)
			finish_element(node);
		while (node != start && !node->next) {
			node = node->parent;
			if (node->type == XML_ELEMENT_NODE && node->_private) {
				content_stat *stat = content_stat_of(node);
				if (stat->tag == TAG_A && link_depth)
					link_depth--;
				finish_element(node);
			}
		}
		if (node == start)
			break;
		node = node->next;
	}
	if (start->_private) {
		/* The walk ends at the start without finishing it. */
		content_stat *stat = content_stat_of(start);
		int rc;
		if (is_paragraph_like(stat) && stat->own_link * 2 < stat->own_text)
			stat->para_text += stat->own_text;
		clear_false_furniture(ctx);
		if ((rc = newsdoc__content_clear_layout_names(ctx)) != 0)
			return rc;
		vote(ctx);
	}
	return 0;
}

void newsdoc__content_forget(content_ctx *ctx)
{
	xmlNode *node;

	/* Unmetered: every mark must go, budget spent or not. */
	for (node = ctx->body; node; node = newsdoc__walk_step(node, ctx->body, node->type == XML_ELEMENT_NODE))
		node->_private = NULL;
	newsdoc__free(ctx->stats);
	ctx->stats = NULL;
	ctx->stat_count = 0;
}

/* Readability's starting weight by element kind. */
static float tag_weight(const xmlNode *node, const content_stat *stat)
{
	const char *name = (const char *)node->name;

	if (!strcmp(name, "article"))
		return 10.0f;
	if (stat->tag == TAG_DIV)
		return 5.0f;
	if (stat->tag == TAG_PRE || stat->tag == TAG_BLOCKQUOTE || !strcmp(name, "td"))
		return 3.0f;
	if (stat->tag == TAG_LIST || stat->tag == TAG_LI || !strcmp(name, "form"))
		return -3.0f;
	if (stat->tag == TAG_HEADING || !strcmp(name, "th"))
		return -5.0f;
	return 0.0f;
}

static float final_score(const xmlNode *node)
{
	const content_stat *stat = content_stat_of(node);
	float score, link_density;

	if (!stat || stat->score <= 0.0f)
		return 0.0f;
	score = stat->score + tag_weight(node, stat);
	if (stat->flags & NODE_POSITIVE)
		score += 25.0f;
	if (stat->flags & NODE_NEGATIVE)
		score -= 25.0f;
	link_density = stat->text ? (float)stat->link_text / (float)stat->text : 0.0f;
	return score * (1.0f - link_density);
}

/*
 * The prose a parent adds comes from the siblings of where we stand: take
 * it only when each sibling that brings a real share of it reads like
 * article text (few links: teaser lists and tickers are link-headed).
 */
static int siblings_are_prose(const xmlNode *probe, unsigned int added)
{
	const xmlNode *sibling;

	for (sibling = probe->parent->children; sibling; sibling = sibling->next) {
		const content_stat *stat = content_stat_of(sibling);
		if (sibling == probe || !stat || stat->good_text * 10 < added)
			continue;
		/* Prose has few links; a list of teasers (headline link, then a
		 * line of text) has more, a little like prose with citations. */
		if (stat->link_text * 10 > stat->text * 3 ||
			(stat->link_text * 5 > stat->text && stat->list_text * 2 > stat->good_text))
			return 0;
	}
	return 1;
}

/* The voting prose an opening paragraph holds at least. */
#define LEAD_MIN_PROSE 100u

/*
 * The parent adds an opening of prose to `probe`: the siblings before it
 * hold at least LEAD_MIN_PROSE of voting prose and little else (a header
 * of title, byline and date is not an opening), and the siblings after
 * it add less text than half that prose (no trailing boxes come in).
 */
static int adds_opening(const xmlNode *probe, const content_stat *mine, const content_stat *theirs)
{
	const xmlNode *sibling;
	unsigned long before_text = 0, before_prose = 0, after_text;

	for (sibling = probe->prev; sibling; sibling = sibling->prev) {
		const content_stat *stat = content_stat_of(sibling);
		if (!stat || !stat->text)
			continue;
		/* A caption, a picture, a named box or the article's <header>
		 * (whose standfirst find_lead takes by name or description)
		 * before the body is furniture, not its opening. */
		if (stat->tag == TAG_FIGURE || !strcmp((const char *)sibling->name, "header") ||
			(stat->flags & (NODE_CAPTION_NAME | NODE_NEGATIVE | NODE_WEAK | NODE_RELATED | NODE_HIDDEN)))
			return 0;
		before_text += stat->text;
		before_prose += stat->good_text;
	}
	if (before_prose < LEAD_MIN_PROSE || before_prose * 10 < before_text * 8 ||
		theirs->text < mine->text + before_text)
		return 0;
	after_text = theirs->text - mine->text - before_text;
	return after_text * 2 < before_prose;
}

xmlNode *newsdoc__content_pick_container(content_ctx *ctx)
{
	xmlNode *node = ctx->body, *best = NULL;
	float best_score = 0.0f;

	/* Every element with a score is a candidate. */
	for (; node; node = newsdoc__walk_next(node, ctx->body, node->type == XML_ELEMENT_NODE && node->_private)) {
		if (node->type == XML_ELEMENT_NODE && node->_private) {
			float score = final_score(node);
			if (score > best_score) {
				best_score = score;
				best = node;
			}
		}
	}
	if (!best)
		best = ctx->body;

	/*
	 * Widen: prose split over sibling wrappers (sections of one article,
	 * one wrapper per paragraph) scores each wrapper alone. Climb through
	 * wrappers that add no prose, and take an ancestor that adds prose
	 * when that prose is not furniture (good_text counts only voting
	 * paragraphs), its links are few, and the siblings that bring it read
	 * like prose rather than teaser lists.
	 */
	{
		xmlNode *probe = best;
		while (probe != ctx->body) {
			xmlNode *parent = probe->parent;
			content_stat *mine = content_stat_of(probe), *theirs = content_stat_of(parent);
			if (!theirs || parent == ctx->body || (theirs->flags & NODE_NEGATIVE))
				break;
			/* A wrapper, or a header that adds only a standfirst (which
			 * blocks.c finds by itself): nothing new yet. */
			if (theirs->good_text * 10 <= mine->good_text * 11 || theirs->good_text < mine->good_text + 200) {
				/* An opening paragraph of voting prose before where we
				 * stand (an intro above a list of entries) is the
				 * article's start: take the parent that holds it. */
				if (adds_opening(probe, mine, theirs) && theirs->link_text * 3 <= theirs->text &&
					siblings_are_prose(probe, theirs->good_text - mine->good_text))
					best = parent;
				probe = parent;
				continue;
			}
			if (theirs->link_text * 3 > theirs->text ||
				!siblings_are_prose(probe, theirs->good_text - mine->good_text))
				break;
			best = parent;
			probe = parent;
		}
	}
	ctx->container = best;
	ctx->container_para_text = content_stat_of(best)->para_text;
	return best;
}
