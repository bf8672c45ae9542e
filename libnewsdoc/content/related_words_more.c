/*
 * More headings of related-item boxes, by language, matched like the table
 * of related_words.c (folded to small letters, so every entry is written
 * in small letters; whole, or followed by a space or a colon unless
 * `whole`): the Nordic and Baltic languages, Indonesian, Arabic, and more
 * phrasings in English, German and Turkish ("Stories chosen for you",
 * "Mehr zu Iran", "Læs også", "Baca juga"). A heading that may open
 * running text as well ("Læs mere") matches only whole. An entry of both
 * tables is in related_words.c only.
 */
#include "content.h"

const related_heading newsdoc__related_headings_more[] = {
	/* English */
	{ "stories chosen for you", 0 }, { "chosen for you", 0 }, { "selected for you", 0 },
	{ "selected articles", 0 },
	/* German */
	{ "mehr zu", 0 }, { "verwandte artikel", 0 }, { "weitere nachrichten", 0 },
	{ "auch lesenswert", 0 }, { "das k\xC3\xB6nnte dich auch interessieren", 0 },
	{ "empfehlungen der redaktion", 0 },
	/* Danish */
	{ "l\xC3\xA6s ogs\xC3\xA5", 0 }, { "relaterede artikler", 0 }, { "relaterede nyheder", 0 },
	{ "l\xC3\xA6s mere", 1 }, { "mere om", 0 },
	/* Norwegian, Swedish */
	{ "relaterte artikler", 0 }, { "mer om", 0 }, { "relaterade artiklar", 0 },
	/* Icelandic */
	{ "tengdar fr\xC3\xA9ttir", 0 }, { "fleira \xC3\xA1hugavert", 0 },
	/* Lithuanian */
	{ "susij\xC4\x99 straipsniai", 0 }, { "susijusios naujienos", 0 }, { "taip pat skaitykite", 0 },
	{ "skaitykite taip pat", 0 },
	/* Latvian */
	{ "saist\xC4\xABtie raksti", 0 }, { "saist\xC4\xABt\xC4\x81s zi\xC5\x86" "as", 0 },
	{ "lasiet ar\xC4\xAB", 0 }, { "lasi ar\xC4\xAB", 0 },
	/* Indonesian */
	{ "baca juga", 0 }, { "berita terkait", 0 }, { "artikel terkait", 0 },
	/* Arabic: "مقالات ذات صلة" (related articles), "أخبار ذات صلة" (related
	 * news), "اقرأ أيضا" / "اقرأ أيضاً" (read also) */
	{ "\xD9\x85\xD9\x82\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA \xD8\xB0\xD8\xA7\xD8\xAA \xD8\xB5\xD9\x84\xD8\xA9", 0 },
	{ "\xD8\xA3\xD8\xAE\xD8\xA8\xD8\xA7\xD8\xB1 \xD8\xB0\xD8\xA7\xD8\xAA \xD8\xB5\xD9\x84\xD8\xA9", 0 },
	{ "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7", 0 },
	{ "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7\xD9\x8B", 0 },
	/* Turkish */
	{ "ilginizi \xC3\xA7" "ekebilir", 0 }, { "bunlar da ilginizi \xC3\xA7" "ekebilir", 0 },
};

const size_t newsdoc__related_headings_more_count =
	sizeof(newsdoc__related_headings_more) / sizeof(newsdoc__related_headings_more[0]);

/* Related headings with one or two words of topic inside, folded like
 * the tables: "More games news", "More business stories". */
const related_frame newsdoc__related_heading_frames[] = {
	{ "more", "news" }, { "more", "stories" }, { "more", "articles" },
};

const size_t newsdoc__related_heading_frames_count =
	sizeof(newsdoc__related_heading_frames) / sizeof(newsdoc__related_heading_frames[0]);
