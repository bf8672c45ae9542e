/*
 * A quotation a colon introduces after a long sentence with no cue: its
 * speaker is the subject at the sentence's start, past a fronted phrase,
 * not a word of the clause right before the colon ("De cara al futuro,
 * la Asociación … establecerá contacto con …, con la preocupación de
 * …: «…»"). Every sentence here is invented.
 */
#include "quote_test_util.h"

#define ASSOCIATION "la Asociaci\xC3\xB3n Vecinal del Puerto"

/* `text` holds one quote whose speaker opens with `prefix` (NULL: has
 * none). The mention may run on over the verb (np_forward's known
 * limit), so only its start is checked. */
static void expect_speaker_prefix(const char *text, const char *prefix)
{
	newsdoc_document *doc = parse_text(text);
	const char *speaker;

	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	speaker = newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0));
	if (!prefix)
		assert_null(speaker);
	else {
		assert_non_null(speaker);
		assert_int_equal(strncmp(speaker, prefix, strlen(prefix)), 0);
	}
	newsdoc_document_free(doc);
}

static void test_colon_sentence_subject(void **state)
{
	(void)state;

	expect_speaker_prefix("Titulo\n\nDe cara al futuro, " ASSOCIATION " se mantendr\xC3\xA1 en la misma "
		"l\xC3\xADnea y buscar\xC3\xA1 contacto con otras asociaciones del barrio que tengan unas "
		"reclamaciones parecidas, con la preocupaci\xC3\xB3n principal de garantizar el descanso de las "
		"familias del barrio: \xC2\xAB" "Queremos una verbena m\xC3\xA1s tranquila para todos\xC2\xBB.\n",
		ASSOCIATION);

	/* A sentence with no subject at its start names nobody. */
	expect_speaker_prefix("Titulo\n\nDesde hace a\xC3\xB1os, sin acuerdo con los vecinos y a pesar de "
		"las quejas de muchas familias del barrio y de otras zonas de la ciudad, con una conclusi\xC3\xB3n "
		"muy clara: \xC2\xAB" "Queremos una verbena m\xC3\xA1s tranquila para todos\xC2\xBB.\n", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colon_sentence_subject),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
