/*
 * Comment counts stated in text: "0Comments", "12 comments", "Kommentare
 * (3)", "Comments: 4", "3 thoughts on “Title”" (the heading WordPress puts
 * over its comments), "Vos réactions (11)", "Comments 7,907", and in words
 * ("No comments yet", "Un commentaire": meta_comment_words.c holds the
 * words). A page that shows no count says nothing: the count stays unknown
 * rather than becoming 0.
 */
#include <string.h>

#include "meta_impl.h"
#include "../html/html_lean.h"

/* Three digits, then no further digit. */
static int is_group_of_three(const char *s, size_t len)
{
	return len >= 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' &&
		(len == 3 || s[3] < '0' || s[3] > '9');
}

long newsdoc__meta_read_count(const char *s, size_t len, size_t *used)
{
	long n = 0;
	size_t i = 0;
	int too_big = 0;

	/* The whole run is read (it is one number however long), its value
	 * only while it can still be a count: no overflow. */
	for (; i < len; i++) {
		/* "7,907", "7.907": a separator counts only before a group of
		 * three digits that ends the number */
		if (i && (s[i] == ',' || s[i] == '.') && is_group_of_three(s + i + 1, len - i - 1))
			continue;
		if (s[i] < '0' || s[i] > '9')
			break;
		if (n > (META_MAX_COMMENT_COUNT - (s[i] - '0')) / 10)
			too_big = 1;
		else
			n = n * 10 + (s[i] - '0');
	}
	*used = i;
	return i && !too_big ? n : -1;
}

long newsdoc__meta_comment_count_in_text(const char *text, size_t len, int number_only)
{
	size_t i = 0, used, w;
	long n;

	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == '(' || text[i] == '['))
		i++;
	if (i >= len)
		return -1;
	n = newsdoc__meta_read_count(text + i, len - i, &used);
	if (n >= 0) {
		/* "12 comments", "3 thoughts on “Title”": the word after the number decides. */
		i += used;
		while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == ')' || text[i] == ']'))
			i++;
		if (i == len)
			return number_only ? n : -1;
		return newsdoc__meta_comment_word_at(text + i, len - i) ? n : -1;
	}
	/* "Comments (12)", "Comments: 12" -- short texts only */
	if (len > 64)
		return -1;
	/* "No comments yet", "Un commentaire" */
	if ((w = newsdoc__meta_comment_word_at(text + i, len - i)) == 0)
		return newsdoc__meta_comment_count_in_words(text + i, len - i);
	i += w;
	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == '(' || text[i] == ':' || text[i] == '['))
		i++;
	n = newsdoc__meta_read_count(text + i, len - i, &used);
	if (n < 0)
		return -1;
	i += used;
	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == ')' || text[i] == ']'))
		i++;
	return i == len ? n : -1;
}

long newsdoc__meta_comment_count_whole(const char *text, size_t len)
{
	size_t i = 0, used, w;
	long n = newsdoc__meta_comment_count_in_text(text, len, 0);

	if (n < 0)
		return -1;
	for (i = 0; i < len; i++)
		if (newsdoc__html_is_letter(text[i])) {
			if (newsdoc__meta_comment_reply_word_at(text + i, len - i))
				return -1;
			while (i < len && newsdoc__html_is_letter(text[i]))
				i++;
		}
	i = 0;
	/* "Comments (3)" and "No comments yet" are read whole; "12
	 * comments" may run on ("12 comments on this story") */
	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == '(' || text[i] == '['))
		i++;
	if (newsdoc__meta_read_count(text + i, len - i, &used) < 0)
		return n;
	i += used;
	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == ')' || text[i] == ']'))
		i++;
	i += (w = newsdoc__meta_comment_word_at(text + i, len - i));
	while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) || text[i] == '.' || text[i] == ':' ||
		text[i] == '!'))
		i++;
	return w && i == len ? n : -1;
}

long newsdoc__meta_bare_count(const char *text, size_t len)
{
	size_t used;
	long n;

	while (len && newsdoc__meta_is_space((unsigned char)*text)) {
		text++;
		len--;
	}
	while (len && newsdoc__meta_is_space((unsigned char)text[len - 1]))
		len--;
	n = newsdoc__meta_read_count(text, len, &used);
	return used == len ? n : -1;
}

int newsdoc__meta_is_comment_interaction(const char *type)
{
	return type && (strstr(type, "CommentAction") || strstr(type, "UserComments"));
}

long newsdoc__meta_comment_interaction_count(const char *text)
{
	const char *colon = text ? strrchr(text, ':') : NULL;

	if (!colon || !newsdoc__meta_is_comment_interaction(text))
		return -1;
	return newsdoc__meta_bare_count(colon + 1, strlen(colon + 1));
}

long newsdoc__meta_comment_count_in_label(const char *text, size_t len)
{
	size_t i, end, used;
	long n;

	if (len > 64)
		return -1;
	for (i = 0; i < len; i++) {
		if (text[i] < '0' || text[i] > '9')
			continue;
		/* a digit inside a word ("mp3") is no number */
		if (i && newsdoc__html_is_letter(text[i - 1]))
			return -1;
		if ((n = newsdoc__meta_read_count(text + i, len - i, &used)) < 0)
			return -1;
		end = i + used;
		while (end < len && (newsdoc__meta_is_space((unsigned char)text[end]) || text[end] == ')' || text[end] == ']'))
			end++;
		if (end < len && newsdoc__meta_comment_word_at(text + end, len - end))
			return n;
		/* "Kommentare lesen (1 Beitrag)": the forum's posts, in words
		 * about the comments */
		if (end < len && newsdoc__meta_comment_post_word_at(text + end, len - end) &&
		    newsdoc__meta_comment_word_before(text, i))
			return n;
		return end == len && newsdoc__meta_comment_word_ends_at(text, i) ? n : -1;
	}
	return -1;
}
