/*
 * What the quote finder knows about a language, as data: one table per
 * language (lang_en.c, lang_de.c, ...) holds its quotation mark convention,
 * whether it puts the verb second (German, Dutch, the Scandinavian
 * languages: "Dazu sagte X"), and the word lists the attribution rules
 * read. Adding a language adds a table and a line in lang.c's list; the
 * engine does not change. Private to libnewsdoc/quotes/.
 *
 * Every list is NULL-terminated and may be NULL (none). Words are written
 * in lower case (the lexicon folds ASCII and Latin-1 capitals), except the
 * abbreviations, which keep their case. Phrases are words separated by
 * single spaces.
 */
#ifndef NEWSDOC_QUOTES_LANG_H
#define NEWSDOC_QUOTES_LANG_H

#include <stddef.h>
#include <stdint.h>

typedef const char *const quote_words[];

/* The mark conventions that differ between languages (marks.c). */
typedef enum quote_convention {
	QUOTE_CONV_DEFAULT = 0,  /* “ ” and « », either guillemet may open */
	QUOTE_CONV_GERMAN,       /* „ “ and » «: “ closes, » opens */
	QUOTE_CONV_FRENCH,       /* « » with spaces inside the marks */
	QUOTE_CONV_NORDIC        /* ” ” and » »: the same mark opens and closes */
} quote_convention;

typedef struct quote_lang {
	const char *code;             /* BCP 47 primary subtag: "en", "de" */
	quote_convention convention;  /* of the marks, when the page's tag says no more */
	/* The finite verb stands second in a main clause, after one fronted
	 * phrase ("Im Interview sagte er"), and the subject follows it when
	 * that phrase is not the subject. */
	int verb_second;
	/* A finite verb's subject is left out when it is known ("«…»,
	 * añadió.", "«…», ha detto."): a cue after a quotation with no
	 * subject speaks for the subject of the sentence before. */
	int subject_drop;
	/* The language's news corpora count a quoted fragment inside a
	 * sentence as the speaker's words when its cue follows it ("les
	 * fabricants devraient rester « sous pression », indique-t-il";
	 * QUOTES-GUIDE.md); English and German corpora do not, and take
	 * such fragments as reported speech. */
	int fragment_before_cue;
	/* The same for a fragment later in a sentence that opens with its
	 * source ("Selon X, le budget est « assez considérable »"; "Pour la
	 * syndicaliste, il faut « apaiser la colère »"): the French labels
	 * count them, the Spanish ones take "Según X, … “…”" as reported
	 * speech. */
	int fragment_after_source;
	/* A pronoun speaker may stand for a person named earlier in its own
	 * paragraph, before the quotation ("Der Minister, Karl Weber,
	 * verteidigte … Er sagte: „…“"; resolve.c). Off, only names of
	 * earlier paragraphs count: on the English pages the nearest name in
	 * the paragraph was too often a company's or a paper's. */
	int pronoun_in_block;

	/* -- detection -- */
	/* The commonest function words, each a vote for the language when no
	 * page says which it is (lang.c): words that are frequent here and
	 * rare in the other tables' languages. */
	const char *const *detect_words;

	/* -- cues -- */
	const char *const *report_verbs;   /* said, sagte, a déclaré's "déclaré" */
	/* Report verbs whose particle comes at the end of the clause: "verb
	 * particle" phrases ("teilte mit": "teilte er mit"). The verb counts
	 * only when its particle closes the clause. */
	const char *const *particle_verbs;
	/* Words after a verb that make it a cue or stay part of it ("shot
	 * back", "lashed out"). */
	const char *const *verb_particles;
	/* Phrases that name the speaker after them: "according to", "laut",
	 * "nach Angaben von", "selon", "según". */
	const char *const *according;
	/* The same, only right after a quotation ("„…“, so X."). */
	const char *const *according_after;
	/* Conjunctions that open a clause naming the source, its verb last
	 * ("wie Karl Weber der Zeitung sagte"): the words right after the
	 * conjunction speak (verb_final.c). */
	const char *const *according_clauses;
	/* Words after the speaker that make it a cue ("X zufolge"). */
	const char *const *according_post;
	/* Prepositions that name a source only when they open a sentence and
	 * their phrase ends at a comma ("Pour la syndicaliste, …", "Para el
	 * juez, …"): the speaker of quoted words later in that sentence, in a
	 * language whose corpora count such fragments (fragment_after_source).
	 * In a verb-second language the finite verb follows such a phrase
	 * with a name in it instead ("Für Trainer Krickau ist das Duell noch
	 * fern: „…“"): the name speaks for the quotation its clause leads to. */
	const char *const *according_fronted;
	/* Nouns that a quotation may follow with a colon or "of": "mit den
	 * Worten", "in einer Erklärung". Read as cues before a quotation. */
	const char *const *cue_nouns;
	/* A verb and its object that stay the cue together ("told reporters"). */
	const char *const *cue_phrases;
	/* Verbs that name quoted words as what somebody called something
	 * ("nannte X „…“", "bezeichnete X als „…“", "sprach von „…“"): a cue
	 * anywhere in the clause before a short quotation. */
	const char *const *naming_verbs;
	/* The small words that link a naming verb's object to the quoted
	 * words ("als", "von", "vor": "bezeichnete ihn als „…“"). */
	const char *const *naming_links;
	/* A verb and pronoun written as one word ("dit-il", "a-t-elle",
	 * "ajoute-t-on"): the endings, with their hyphen. */
	const char *const *inverted_pronouns;
	/* Reflexive pronouns that stay with their verb ("äußerte sich der
	 * Minister"): passed over on the way to the subject. */
	const char *const *reflexives;
	/* Subjects that name no one ("heißt es"): the source is the phrase in
	 * front of the verb ("In der Erklärung heißt es") or after it. */
	const char *const *impersonals;
	/* Pronouns that are only ever subjects ("er", "ich", "wir"): right
	 * after a verb-second language's finite verb, one says the phrase in
	 * front is no subject ("Das Angebot lehnt er ab"). */
	const char *const *nominative_pronouns;
	/* The auxiliaries of the passive ("wird", "wurde", "worden") and the
	 * prepositions of its agent ("von", "durch"): in a passive clause
	 * that names quoted words ("Seine Werke werden von Kritikern als
	 * „…“ bezeichnet") the agent is the speaker, not the subject. */
	const char *const *passive_auxiliaries;
	const char *const *agent_prepositions;

	/* -- the clause around a cue -- */
	const char *const *auxiliaries;  /* has, hat, a, ha: before a participle */
	const char *const *adverbs;      /* between subject and verb */
	const char *const *pronouns;     /* that can speak */
	/* Pronouns that name one person, and those that name several: the
	 * speaker resolver's number agreement. A pronoun in both lists
	 * ("sie") takes its number from the verb's ending (plural_endings). */
	const char *const *singular_pronouns;
	const char *const *plural_pronouns;
	/* Endings of a plural finite verb ("sagten", "erklärten"). */
	const char *const *plural_endings;
	const char *const *determiners;
	/* Determiners of the dative or accusative only ("dem", "den",
	 * "einem"): a phrase they open is no verb's subject, and one right
	 * after a noun opens a phrase of its own ("zitiert die Zeitung den
	 * Minister"). */
	const char *const *oblique_determiners;
	const char *const *stops;        /* end a noun phrase going backwards */
	/* Small words that go on inside a speaker mention ("a spokesman for
	 * the campaign", "der Leiter der Studie"). */
	const char *const *links;
	/* Words that join two speakers or a speaker and a place ("Smith and
	 * Jones", "Smith from Raleigh"). */
	const char *const *subject_joiners;
	/* Conjunctions that may open a sentence before its subject ("But the
	 * mayor disagreed", "Pero esta vecina …"). */
	const char *const *coordinators;
	const char *const *relatives;    /* "who": an aside, not a clause */
	/* Conjunctions that open a subordinate clause in front of a verb-second
	 * main clause ("Als er ankam, sagte er"): its verb comes after the
	 * comma. */
	const char *const *subordinators;
	const char *const *complementizers;  /* "that" between cue and quotation */
	/* Words that start a clause rather than a speaker ("that border
	 * security is working"). */
	const char *const *clause_openers;
	const char *const *group_nouns;  /* lower-case nouns that speak */
	/* Last words of the names of organisations and places ("City
	 * Council", "Deutsche Bank", "Siemens AG"): such a name is nobody a
	 * pronoun ("he", "er") stands for. A language without this table
	 * resolves a pronoun to the last named speaker only, never to the
	 * nearest name. */
	const char *const *organisation_words;
	/* First words of such names ("Gewerkschaft Verdi", "Firma Lang"):
	 * a name opening with one is nobody a pronoun stands for either. */
	const char *const *organisation_heads;
	/* Endings of a name's genitive written onto it ("Merkels Rede",
	 * "Soleimanis Lebensweg"): two capitalised words whose first is a
	 * known surname with such an ending are a thing of that person's, not
	 * a person. NULL: the language has no such genitive (English writes
	 * "Merkel's", and "Roberts Kane" is a man's name). */
	const char *const *genitive_suffixes;
	/* Words that say a person is a woman or a man: pronouns ("sie",
	 * "er") and titles right before a name ("Frau", "Ministerin";
	 * "Herr", "Minister"). A pronoun resolves to no name that a title
	 * gave the other sex. female_suffixes: endings of a role noun that
	 * opens a name of three words or more ("Verbandschefin Anna Roth"). */
	const char *const *female_words;
	const char *const *male_words;
	const char *const *female_suffixes;
	/* Men's given names that end like such a role noun ("Konstantin",
	 * "Severin"): a name they open is no woman's. */
	const char *const *female_suffix_names;
	/* Common given names that tell a woman's or a man's name ("Mary
	 * Okafor", "John Pell") when no title did; names given to both sexes
	 * are left out. */
	const char *const *female_given_names;
	const char *const *male_given_names;
	/* Pronouns for several that may stand for an organisation ("The City
	 * Council ... they said") and then never for a person; a language
	 * without the table resolves none of its plural pronouns. */
	const char *const *organisation_pronouns;
	/* Labels before the source line of a pull quote ("Une citation de
	 * Jean Dupont", pull_quote.c), in lower case. */
	const char *const *source_labels;
	const char *const *title_words;  /* before a name: "Sen.", "Präsident" */
	const char *const *small_words;  /* a title leaves them in lower case */
	const char *const *articles;     /* a report verb after one is a noun */
	const char *const *connectors;   /* inside a name: "van", "bin" */
	const char *const *kickers;      /* headline labels: "The Latest:" */
	const char *const *utterance_words;   /* chanting, reading, titled */
	const char *const *utterance_of_nouns;  /* "chants of" */
	const char *const *utterance_links;   /* the "of" of "chants of" */
	/* Words that make a short quotation in a sentence with a speech cue
	 * a term, title or name rather than the speaker's words ("die
	 * sogenannte „Achse des Bösen“", "der Begriff „…“"). A language that
	 * lists them takes such quoted fragments as quotes when its sentence
	 * has a cue ("warnte vor einem „populistischen Wahlkampf“"); NULL:
	 * its corpora do not count fragments (English). */
	const char *const *fragment_terms;
	/* Labels before a colon that opens a parenthesis or follows a comma:
	 * what the quotation after them is a translation or a short form of
	 * a name ("(etwa: „…“)", ", kurz: „…“"; name_quote.c). */
	const char *const *name_labels;
	/* Articles (and prepositions merged with one: "zum", "im") after
	 * which one quoted capitalised word is a name or a term ("mit dem
	 * „Deutschlandfunk“"; name_quote.c). */
	const char *const *name_articles;
	/* Endings of nouns that name no one ("-heit", "-ung"): in a language
	 * that capitalises nouns, quoted words with one are common words, not
	 * a name ("riet zu „Gelassenheit und Aufmerksamkeit“"; fragment.c). */
	const char *const *common_noun_suffixes;
	/* The link that gives quoted words as what a naming verb after them
	 * calls something ("als „Fest“ bezeichnete"): they count even in
	 * capitals only (fragment.c). */
	const char *const *naming_as_links;
	/* Nouns of opinion and the postpositions after them that make the
	 * quoted words right after the speaker's ("Seiner Ansicht nach
	 * „…“", "Ihren Worten zufolge „…“"; fragment.c). */
	const char *const *opinion_nouns;
	const char *const *opinion_postpositions;
	const char *const *byline_words;  /* "by": a title's author follows */
	const char *const *abbrevs;      /* keep their period (exact case) */
	/* A number's period that is no sentence's end: the ordinal of a date
	 * before a month's name ("am 14. Dezember") or after a word that
	 * only an ordinal follows so ("am 14.", "zum 3. Mal"; tokens.c). */
	const char *const *month_names;
	const char *const *ordinal_before;
	/* Finite verbs of the mood that reports speech ("sei", "habe",
	 * "könne"): a sentence built on one with no reporting verb goes on
	 * with the words of the source before it (reported_speech.c). */
	const char *const *subjunctive_verbs;
	/* Verbs whose object, not subject, said the words ("zitierte man
	 * X", "Die Zeitung zitiert X:"); quoting_verb.c. */
	const char *const *quoting_verbs;
	/* Prepositions that open an adverbial between a verb-second verb and
	 * its subject ("„…“, sagte am Montag X", "sagte gegenüber der
	 * Zeitung X"); adjunct_before_subject.c. */
	const char *const *adjunct_prepositions;
	/* Focus particles before a verb-second clause's front, which they
	 * do not fill: "Auch Karl Weber hält den Plan für falsch:" (the
	 * front is "Karl Weber"); front_phrase.c. */
	const char *const *focus_particles;
	/* A determiner that is nominative only before a masculine noun
	 * ("der"), and the endings of feminine nouns ("-ung", "-tät"): "Der
	 * Zeitung sagte X:" fronts a dative; front_phrase.c. */
	const char *const *feminine_oblique_determiners;
	const char *const *feminine_noun_suffixes;
	/* Endings of an adjective after that determiner in no nominative
	 * ("Der Süddeutschen Zeitung"). */
	const char *const *oblique_adjective_suffixes;
	/* Determiners of one thing only ("ein", "das"): a front they open
	 * is no subject of a verb with a plural ending (plural_endings):
	 * "Auch ein Narrativ hatten sich die Liberalen zurechtgelegt". */
	const char *const *singular_determiners;
	/* Report verbs that may open a sentence before their speaker ("Said
	 * Smith:"). */
	const char *const *fronted_verbs;

	/* -- word shapes (suffixes of lower-case words) -- */
	const char *const *adverb_suffixes;      /* "-ly" */
	const char *const *past_suffixes;        /* "-ed": a verb or participle */
	const char *const *participle_suffixes;  /* "-ing": takes the main subject */
	/* Endings of finite verbs ("-ed", "-s") and endings that are no verb
	 * although they end so ("-ss"). */
	const char *const *verb_suffixes;
	const char *const *not_verb_suffixes;
	/* Endings added to a report verb's listed form: "yelling" from
	 * "yell"; a doubled last consonant and a dropped "e" are tried too. */
	const char *const *report_suffixes;
} quote_lang;

/* The tables (lang_*.c). */
extern const quote_lang newsdoc__quote_lang_en;
extern const quote_lang newsdoc__quote_lang_de;
extern const quote_lang newsdoc__quote_lang_fr;
extern const quote_lang newsdoc__quote_lang_es;
extern const quote_lang newsdoc__quote_lang_it;
extern const quote_lang newsdoc__quote_lang_pt;
extern const quote_lang newsdoc__quote_lang_nl;

/* The table for a language tag ("de-AT", "pt_BR"), or NULL. */
const quote_lang *newsdoc__quote_lang_by_tag(const char *tag);

/* Words of a text vote for the language they are common in: feed the
 * first few hundred words, then read the winner (NULL: too few votes
 * or a tie). */
typedef struct quote_lang_vote {
	unsigned votes[16];
	size_t words;
} quote_lang_vote;

void newsdoc__quote_lang_vote_text(quote_lang_vote *vote, const char *text, size_t len,
	size_t max_words);
const quote_lang *newsdoc__quote_lang_vote_winner(const quote_lang_vote *vote);

#endif
