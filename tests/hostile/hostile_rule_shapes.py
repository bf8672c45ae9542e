"""Hostile shapes for the extraction rules of rounds 6, 7 and 8 (related
cards and headings, product shelves, heading anchors, <meta value>,
byline sources, quote cues, figures, JSON-LD in meta tags, hosts,
teasers, opening prose, nodes around the root; pull quotes, later cues,
pronouns by given names, comment counts in words, related repeats, hrefs
in white space, the page-type model; round 10's inline "Read also"
items and addresses that climb many levels): make-hostile.py writes
each at 1x and 10x as shape-<name>-<1x|10x>.html."""
from hostile_pages import HEAD, PARA, TAIL, page


# ---- The extraction rules of round 6 (related cards and headings, product
# shelves, heading anchors, <meta value>, byline sources, German passive
# and French '-t-' speakers): each repeated or grown at the size that a
# real page could reach (1x) and at 10x, run with issue 11's shapes as
# "shape-<name>-<1x|10x>" (5 s of CPU; run-hostile.sh).


def shape_teaser_cards(n):
    """Teaser cards set in a story (related.c: an <article> in an
    <article> beside prose): n nested in one another, and n / 2 side by
    side between paragraphs."""
    card = b'<article class="teaser"><a href="/news/other-story">Another story of the day</a>'
    yield 'teaser-nested', page(b'<article>' + PARA + card * n + b'</article>' * n + PARA + b'</article>')
    # (half as many: each comes with a paragraph, and 10x is then 28 MB)
    yield 'teaser-siblings', page(b'<article>' + (PARA + card + b'</article>') * (n // 2) + b'</article>')


def shape_heading_ids(n):
    """Heading anchors (nodes.c: an id that spells its heading): one id of
    n * 40 bytes of slug, and n / 10 headings whose ids are 400 bytes."""
    slug = b'what-the-council-said-about-the-harbour-'
    yield 'heading-id-slug', page(b'<article>' + PARA + b'<h2 id="' + slug * n + b'share">What the council '
                                  b'said about the harbour</h2>' + PARA + b'</article>')
    yield 'heading-ids-many', page(b'<article>' + (b'<h2 id="' + slug * 10 + b'follow">What the council said</h2>'
                                                   + PARA) * (n // 10) + b'</article>')


PRODUCT_HEAD = HEAD.replace(b'<body>', b'<body class="product woocommerce">').replace(
    b'</head>', b'<meta property="og:type" content="product">'
                            b'<script type="application/ld+json">{"@type":"Product","name":"Kettle",'
                            b'"offers":{"@type":"Offer","price":"20"}}</script></head>')


def shape_product_shelf(n):
    """Shelves of other products (profile.c): n cards in one box, and
    n / 10 shelves nested in one another (each the first card of the one
    around it) with the <h1> at the bottom."""
    card = b'<div class="card"><img src="/p.jpg"><a href="/p/kettle">A kettle of steel</a></div>'
    main = b'<main><h1>Kettle</h1><p>Add to cart. A kettle of steel that boils water in two minutes.</p>' + PARA
    yield 'product-shelf-cards', (PRODUCT_HEAD + main + b'<div class="shelf">' + card * n + b'</div></main>' + TAIL)
    m = n // 10
    nested = (b'<div class="shelf"><div class="card"><img src="/p.jpg"><a href="/p/k">Kettle</a>') * m
    yield 'product-shelf-nested', (PRODUCT_HEAD + b'<main>' + PARA + nested + b'<h1>Kettle</h1>'
                                   + (b'</div>' + card * 2 + b'</div>') * m + b'</main>' + TAIL)


def shape_meta_value(n):
    """<meta value=> (meta_walk.c): an author of n * 20 bytes, and n / 20
    <meta>s naming authors and dates in "value"."""
    head = HEAD.replace(b'</head>', b'<meta name="author" value="' + b'Ann Smith and Bob ' * n
                        + b'"><meta name="date" value="' + b'2024-' * (n // 5) + b'"></head>')
    yield 'meta-value-big', head + b'<article>' + PARA + b'</article>' + TAIL
    many = b''.join(b'<meta name="author" value="Ann Smith %d"><meta property="article:published_time" '
                    b'value="2024-01-%02d">' % (i, i % 28 + 1) for i in range(n // 20))
    yield 'meta-value-many', HEAD.replace(b'</head>', many + b'</head>') + b'<article>' + PARA + b'</article>' + TAIL


def shape_byline_sources(n):
    """A byline followed by n source spans (meta_byline_source.c), and n
    bylines each with its source."""
    byline = b'<span class="byline">By Ann Smith and Bob Jones</span>'
    source = b'<span class="source"> - Associated Press - </span>'
    yield 'byline-sources', page(b'<article><div class="meta">' + byline + source * n + b'</div>' + PARA + b'</article>')
    yield 'byline-source-pairs', page(b'<article><div class="meta">' + (byline + source) * (n // 10) + b'</div>'
                                      + PARA + b'</article>')


def shape_quote_passive_de(n):
    """A German paragraph of n words (weak_speaker.c's passive rule):
    passive clauses ("werden von ... als") naming quoted words, repeated, in one
    paragraph and in one sentence."""
    clause = ('Der Streit um die Pl\xe4ne der Stadt dauert an. Seine Bilder werden von Kritikern als '
              '\u201eMeisterwerke des Jahrhunderts\u201c bezeichnet. ').encode()
    words = len(clause.split())
    head = HEAD.replace(b'lang="en"', b'lang="de"')
    yield 'quote-passive-de', head + b'<article><p>' + clause * (n // words) + b'</p></article>' + TAIL
    yield 'quote-passive-de-sentence', head + b'<article><p>In den Medien wird ' + (
        b'von Kritikern, ' * (n // 3)) + b'seine Bilder als \xe2\x80\x9eMeisterwerke des Jahrhunderts\xe2\x80\x9c bezeichnet.</p></article>' + TAIL


def shape_quote_inversion_fr(n):
    """French '-t-' inversions (quotes: an unlisted inverted verb is a
    cue), n of them after quoted words, and n in one sentence."""
    head = HEAD.replace(b'lang="en"', b'lang="fr"')
    quote = ('\xab Nous devons agir \xbb, a-t-il expliqu\xe9. Le maire, selon lui, d\xe9cide-t-il ? ').encode()
    yield 'quote-inversion-fr', head + b'<article><p>' + quote * n + b'</p></article>' + TAIL
    yield 'quote-inversion-fr-sentence', head + b'<article><p>\xc2\xab Nous devons agir \xc2\xbb, ' + (
        b'a-t-il ' * n) + b'dit le maire.</p></article>' + TAIL


def shape_quote_dropped_subject_es(n):
    """Spanish quotes whose verb has no subject ("<<...>>, explico"):
    1,000 of them spread over n words of one sentence (no full stop), so
    each would look back through the whole paragraph for the subject."""
    words = 'el alcalde de la ciudad y sus concejales '
    quote = '\xabTenemos que actuar ahora mismo en el puerto\xbb, explic\xf3, '
    head = HEAD.replace(b'lang="en"', b'lang="es"')
    yield 'quote-dropped-subject-es', head + b'<article><p>' + (
        (words * (n // 8000) + quote) * 1000).encode() + b'</p></article>' + TAIL


def shape_related_headings(n):
    """Related-box headings (related_heading.c): a heading of n ellipses
    and full stops after 'You may also like', and n / 10 boxes headed in
    a headline-classed span."""
    link = b'<ul><li><a href="/news/story">A headline of several words</a></li></ul>'
    yield 'related-heading-dots', page(b'<article>' + PARA + b'</article><div><h3>You may also like'
                                       + '\u2026'.encode() * n + b'.' * n + b'</h3>' + link + b'</div>')
    yield 'related-headline-spans', page(b'<article>' + PARA + b'</article>' + (
        b'<div><span class="headLine">Read more</span>' + link + b'</div>') * (n // 10))


def shape_forum_authors(n):
    """A forum page's authors (meta_walk.c): n microdata authors nested in
    one another inside <noscript>, none with a name (a URL at the bottom),
    and n member links with no text after a bare list of members."""
    yield 'noscript-authors', page(b'<noscript>' + b'<div itemprop="author" itemscope><span>' * n
                                   + b'https://forum.example.com/u/ann' + b'</span></div>' * n + b'</noscript><article>'
                                   + PARA * 3 + b'</article>')
    yield 'member-links', page(b'<article>' + PARA * 3 + b'</article><a href="/members/">Members</a>' + b''.join(
        b'<a href="/members/n.%d/"></a>' % i for i in range(n)))


NEW_RULE_SHAPES = (
    (shape_teaser_cards, 20000),
    (shape_heading_ids, 25000),  # (a 1 MB slug)
    (shape_product_shelf, 50000),
    (shape_meta_value, 50000),  # (a 1 MB value)
    (shape_byline_sources, 10000),
    (shape_quote_passive_de, 100000),
    (shape_quote_inversion_fr, 10000),
    (shape_quote_dropped_subject_es, 100000),
    (shape_related_headings, 20000),
    (shape_forum_authors, 20000),
)

# ---- The extraction rules of round 7 (this session's merges): data tables
# set as <figure>s, JSON-LD given as a meta tag's content, lists of voices
# after "\u2015", a cue inside the marks, elided determiners, pronouns,
# bylines joined by the page language's "and", the same-site host test,
# teaser credits and summaries, the opening prose that widens the
# container, and the node limit counting comments and instructions around
# the root element. Run with the shapes above as "shape-<name>-<1x|10x>".


def lang_page(lang, body, head_extra=b''):
    head = HEAD.replace(b'lang="en"', b'lang="' + lang + b'"').replace(b'</head>', head_extra + b'</head>')
    return head + b'<article>' + PARA + body + PARA + b'</article>' + TAIL


def shape_figure_tables(n):
    """<figure><table> nested n deep (a cell at the bottom), and n / 2
    figures of a table each side by side."""
    cell = b'<td>Harbour wall repairs cost 2 million euros in 2024</td>'
    yield 'figure-table-nest', lang_page(b'en', b'<figure><table><tr><td>' * n + b'deep cell'
                                         + b'</td></tr></table></figure>' * n)
    yield 'figure-tables-many', lang_page(b'en', (b'<figure><table><tr>' + cell * 3 + b'</tr></table>'
                                                  b'<figcaption>Costs</figcaption></figure>') * (n // 2))


def shape_meta_jsonld(n):
    """<meta name="script:ld+json">: one of n * 5 authors, one of n * 10
    nested arrays, and n such tags."""
    authors = ','.join('{"@type":"Person","name":"Ann Smith %d"}' % i for i in range(n * 5))
    big = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":[%s]}' % authors).encode()
    yield 'meta-ld-big', lang_page(b'en', b'', b"<meta name=\"script:ld+json\" content='" + big + b"'>")
    yield 'meta-ld-deep', lang_page(b'en', b'', b'<meta name="script:ld+json" content="' + b'[' * (n * 10)
                                    + b']' * (n * 10) + b'">')
    many = b''.join(b"<meta name=\"script:ld+json\" content='{\"@type\":\"NewsArticle\",\"author\":{\"name\":"
                    b"\"Ann %d\"},\"datePublished\":\"2024-01-02\"}'>" % i for i in range(n))
    yield 'meta-ld-many', lang_page(b'en', b'', many)


def shape_quote_voices(n):
    """Quotations each followed by "\u2015 Name" in one paragraph, n of
    them, and n * 5 bars with no quotation."""
    voice = '\xab Nous devons agir maintenant sur le port \xbb \u2015 Marie Dupont '.encode()
    yield 'quote-voices-list', lang_page(b'fr', b'<p>' + voice * n + b'</p>')
    yield 'quote-voices-bars', lang_page(b'fr', b'<p>' + '\u2015'.encode() * (n * 5) + b'</p>')


def shape_quote_marks(n):
    """French marks: n * 2 opening ones and as many closing ones with no
    partner, n quotations with a cue inside the marks, one with a cue
    inside and n * 5 words after it, n cues before an elided determiner,
    and n * 2 elided determiners in a row."""
    yield 'quote-marks-open', lang_page(b'fr', b'<p>' + '\xab '.encode() * (n * 20) + b'</p>')
    yield 'quote-marks-close', lang_page(b'fr', b'<p>' + '\xbb dit-il '.encode() * (n * 20) + b'</p>')
    yield 'quote-cue-inside', lang_page(b'fr', b'<p>' + ('\xab Nous devons agir, a-t-elle ajout\xe9. Le port attend '
                                                         'depuis des ann\xe9es \xbb ').encode() * n + b'</p>')
    yield 'quote-cue-inside-long', lang_page(b'fr', b"<p>\xc2\xab Nous devons agir, dit l'ancien ministre. "
                                             + b'Le port attend ' * (n * 5) + b'\xc2\xbb</p>')
    yield 'quote-elided-cue', lang_page(b'fr', b'<p>' + ('\xab Nous devons agir maintenant sur le port \xbb, a dit '
                                                         'l\u2019ancien ministre. ').encode() * n + b'</p>')
    yield 'quote-elided-run', lang_page(b'fr', b'<p>' + '\xab Agir \xbb, a dit '.encode() + 'l\u2019'.encode() * (n * 20)
                                        + b'homme.</p>')


def shape_quote_pronouns(n):
    """n paragraphs of quotations whose cues name "she", "he" and "they"
    after two people were named."""
    yield 'quote-pronouns', lang_page(b'en', b'<p>Ann Smith and Bob Jones met the mayor.</p>' + (
        b'<p>"We act on the harbour now," she said. "No, we wait for the council," he said. '
        b'"Maybe," they said.</p>') * n)


def shape_byline_languages(n):
    """Bylines of n names joined by the page language's "and", in the
    meta author and in the page."""
    for lang, word in ((b'es', b' y '), (b'de', b' und ')):
        names = word.join(b'Ana Lopez%d' % i for i in range(n))
        yield 'byline-and-' + lang.decode(), lang_page(lang, b'', b'<meta name="author" content="' + names + b'">').replace(
            b'<article>', b'<article><span class="byline">' + names + b'</span>', 1)


def shape_hosts(n):
    """Links to odd hosts (text_util.c's same-site test): unclosed and
    empty IPv6 brackets, trailing dots, 10,000-character hosts; n / 50
    times each, as related links and as member links."""
    hosts = (b'[', b'[::1', b'[::1]', b'a..', b'.', b'..', b'[]', b'[.', b'www.', b'www.[', b'1.2.3.4.',
             b'a' * 10000, b'a.' * 5000, b'[' + b':' * 10000)
    related = b''.join(b'<li><a href="http://' + h + b'/news/story-of-the-day">A headline of several words here</a></li>'
                       for h in hosts)
    yield 'hosts-related', page(b'<article>' + PARA * 3 + b'</article><div class="related"><h3>Related</h3><ul>'
                                + related * (n // 50) + b'</ul></div>')
    members = b''.join(b'<a href="http://' + h + b'/members/ann.1/">Ann</a>' for h in hosts)
    yield 'hosts-members', page(b'<article>' + PARA * 3 + b'</article>' + members * (n // 50))


def shape_teasers(n):
    """n / 4 teaser cards with a credit ("Por ...") and a lead, one credit
    of n * 10 separators, and a card followed by a lead of n * 20 words."""
    card = (b'<article class="teaser"><a href="/news/other"><h3>Another story of the day</h3><p>'
            + b'A long lead of words. ' * 20 + b'</p><span>Por Ana Lopez y Bob</span></a></article>')
    yield 'teaser-credits', lang_page(b'es', card * (n // 4))
    yield 'teaser-credit-long', lang_page(b'es', b'<article class="teaser"><a href="/news/other"><h3>Story</h3>'
                                          b'<span>Por' + b': ' * (n * 10) + b'Ana</span></a></article>')
    yield 'teaser-summary-long', lang_page(b'en', b'<div><a href="/news/other"><h3>Story</h3></a><p>'
                                           + b'word ' * (n * 20) + b'</p></div>')


def shape_opening_prose(n):
    """The article under n nested containers that each open with prose,
    and after n paragraphs of opening prose."""
    yield 'opening-prose-nest', page(b'<div><p>' + b'Opening prose words. ' * 10 + b'</p>'
                                     + b'<div><p>Opening prose of more words.</p>' * n + b'<article>' + PARA * 5
                                     + b'</article>' + b'</div>' * (n + 1))
    yield 'opening-prose-siblings', page(b'<div>' + b'<p>Opening prose of more words here.</p>' * n
                                         + b'<div><article>' + PARA * 5 + b'</article></div></div>')


def shape_top_level_nodes(n):
    """n comments before <html>, and n instructions after </html>: nodes
    of the page too (html_load.c). At 10x (8 million, 56 and 40 MB) the
    page is over max_nodes and must be stopped while it is parsed: they
    went uncounted and built a tree of 1.4 and 1.6 GB."""
    yield 'top-level-comments', b'<!---->' * n + HEAD + b'<article>' + PARA * 3 + b'</article>' + TAIL
    yield 'top-level-instructions', HEAD + b'<article>' + PARA * 3 + b'</article>' + TAIL + b'<?a?>' * n


ROUND7_SHAPES = (
    (shape_figure_tables, 10000),
    (shape_meta_jsonld, 10000),  # (a 2 MB meta content at 1x)
    (shape_quote_voices, 5000),
    (shape_quote_marks, 5000),
    (shape_quote_pronouns, 5000),
    (shape_byline_languages, 10000),
    (shape_hosts, 1000),
    (shape_teasers, 10000),
    (shape_opening_prose, 10000),
    (shape_top_level_nodes, 800000),
)


# ---- The extraction rules of round 8: pull quotes (blockquotes whose last
# line names a source), a French cue later in the sentence, the subject of
# a sentence ending in a colon, pronouns resolved by given names and
# "Mr. Doe", German names in the pronoun's own paragraph, comment counts in
# words that must all agree, related repeats found by address, word breaks
# in bylines, white space around an href, and the page-type model. Run with
# the shapes above as "shape-<name>-<1x|10x>".


def surname(i):
    """A capitalised word of its own for each i ("Kab", "Kbb", ...)."""
    letters = b''
    while True:
        letters += bytes((ord('a') + i % 26,))
        i //= 26
        if not i:
            return b'K' + letters


def shape_pull_quotes(n):
    """Blockquotes with no marks whose last line names a source: n side
    by side, one of n * 3 sentences, n / 10 nested in one another, and
    one of n * 10 sentence ends before the name."""
    pull = (b'<blockquote><p>We have to act on the harbour wall before the winter storms come.</p>'
            b'<p>Jane Doe, minister of the harbour</p></blockquote>')
    yield 'pull-quotes-many', lang_page(b'en', pull * n)
    yield 'pull-quote-huge', lang_page(b'en', b'<blockquote><p>' + b'We have to act on the harbour wall now. ' * (n * 3)
                                       + b'Jane Doe, minister</p></blockquote>')
    m = n // 10
    yield 'pull-quotes-nested', lang_page(b'en', (b'<blockquote><p>We have to act on the harbour wall before the '
                                                  b'storms.</p>') * m + b'<p>Jane Doe, minister</p>'
                                          + b'</blockquote>' * m)
    yield 'pull-quote-stops', lang_page(b'en', b'<blockquote><p>Words of a quotation here. ' + b'. ' * (n * 10)
                                        + b'Jane Doe</p></blockquote>')


def own_marks_page(lang, body):
    """`body` alone in an article of language `lang`: no English
    paragraph, whose marks would be taken for the page's."""
    return HEAD.replace(b'lang="en"', b'lang="' + lang + b'"') + b'<article>' + body + b'</article>' + TAIL


def shape_later_cues(n):
    """French quotations with their cue later in the sentence: n in one
    sentence with a cue at its end, n sentences of one each, and one
    quotation followed by n * 10 commas and a cue."""
    opening = 'Le groupe a publi\xe9 ses r\xe9sultats. \xab Malgr\xe9 un pessimisme ambiant \xbb'.encode()
    frag = ' d\xfb notamment \xab \xe0 la crise \xbb'.encode()
    cue = ', explique Arthur Sadoun. '.encode()
    yield 'later-cue-run', own_marks_page(b'fr', b'<p>' + opening + frag * n + cue + b'</p>')
    yield 'later-cue-sentences', own_marks_page(b'fr', b'<p>' + (opening + ' d\xfb notamment aux taux'.encode()
                                                                 + cue) * n + b'</p>')
    yield 'later-cue-commas', own_marks_page(b'fr', b'<p>' + opening + b', mot' * (n * 10) + cue + b'</p>')


def shape_colon_subjects(n):
    """Spanish sentences of n clauses ending in a colon and a quotation,
    and n such sentences of a few clauses."""
    clause = 'con la preocupaci\xf3n principal del barrio, '.encode()
    quote = '\xabVamos a seguir trabajando\xbb. '.encode()
    yield 'colon-subject-long', lang_page(b'es', b'<p>La Asociaci\xc3\xb3n Vecinal, ' + clause * n + b'dijo: ' + quote
                                          + b'</p>')
    yield 'colon-subject-many', lang_page(b'es', b'<p>' + (b'La Asociaci\xc3\xb3n Vecinal, ' + clause * 3 + b'dijo: '
                                                           + quote) * n + b'</p>')


def shape_name_pronouns(n):
    """English: n * 10 people named ("John <surname>", "Mary <surname>") then "Mr."
    before each surname with a quotation "he said"; n * 10 "Mr. <surname>"
    mentions of people never named in full. German: one paragraph of
    n * 10 names before a quotation with "sagte er"."""
    names = [surname(i) for i in range(n * 10)]
    # (short sentences: at 10x, a million names fit in newsdoc's 64 MiB)
    people = b''.join((b'John ', b'Mary ')[i % 2] + s + b' met. ' for i, s in enumerate(names))
    yield 'pronoun-given-names', lang_page(b'en', b'<p>' + people + b'</p><p>' + b''.join(
        b'Mr. ' + s + b': "Now," he said. ' for s in names) + b'</p>')
    yield 'pronoun-mr-mentions', lang_page(b'en', b'<p>' + b''.join(b'Mr. ' + s + b' spoke. ' for s in names)
                                           + b'"We act now," he said.</p>')
    yield 'pronoun-in-block-de', lang_page(b'de', b'<p>' + b''.join(b'Hans ' + s + b' kam. ' for s in names)
                                           + b'\xe2\x80\x9eWir handeln jetzt\xe2\x80\x9c, sagte er.</p>')


def shape_comment_words(n):
    """Comment counts in words outside boxes: n * 10 that agree but the
    last, and n * 10 in links to other stories."""
    count = b'<p><span>12</span> Comments</p>'
    yield 'comment-words-disagree', lang_page(b'en', count * (n * 10) + b'<p>Responses (18)</p>')
    yield 'comment-words-links', lang_page(b'en', b''.join(b'<a href="/story-%d"><span>9</span> Comments</a>' % i
                                                           for i in range(n * 10)))


def with_box(box):
    """An article and then `box` beside it in the page's <body>."""
    return lang_page(b'en', b'')[:-len(TAIL)] + box + TAIL


def shape_related_repeats(n):
    """n teaser links in a related box with near-identical addresses
    (scheme, "www.", a trailing slash, a fragment), and n / 10 with
    addresses of 1,000 bytes that differ only at their end."""
    forms = (b'https://www.example.com/news/story-%d', b'http://example.com/news/story-%d/',
             b'https://example.com/news/story-%d#top')
    links = b''.join(b'<li><a href="' + (forms[i % 3] % (i // 3)) + b'">A headline of several words here</a></li>'
                     for i in range(n))
    yield 'related-repeats', with_box(b'<div class="related"><h3>Related</h3><ul>' + links + b'</ul></div>')
    long_path = b'/news/' + b'a' * 1000
    links = b''.join(b'<li><a href="https://example.com' + long_path + b'%d">A headline of several words here</a></li>'
                     % (i % 150) for i in range(n // 10))
    yield 'related-repeats-long', with_box(b'<div class="related"><h3>Related</h3><ul>' + links + b'</ul></div>')


def shape_byline_nesting(n):
    """A byline of n / 10 spans nested in one another around a name, and
    one of n elements side by side (each a word break)."""
    m = n // 10
    yield 'byline-nested-spans', lang_page(b'en', b'').replace(
        b'<article>', b'<article><div class="byline">By ' + b'<span>' * m + b'Jane Doe' + b'</span>' * m
        + b', Political Editor</div>', 1)
    yield 'byline-side-spans', lang_page(b'en', b'').replace(
        b'<article>', b'<article><div class="byline">By ' + b'<a>Jane</a><span>(AP)</span>, ' * n + b'</div>', 1)


def shape_href_space(n):
    """hrefs of n * 100 bytes of white space around an address: in a
    related box, in <base href>, and n / 100 links of 2,000 bytes each."""
    space = b' \n\t\r\f' * (n * 20)
    yield 'href-space-related', with_box(b'<div class="related"><h3>Related</h3><ul><li><a href="' + space
                                         + b'/news/other-story' + space
                                         + b'">A headline of several words here</a></li></ul></div>')
    yield 'href-space-base', lang_page(b'en', b'<a href="/news/other">A headline of words</a>',
                                       b'<base href="' + space + b'https://example.com/' + space + b'">')
    little = b' ' * 1000
    yield 'href-space-many', with_box(b'<div class="related"><h3>Related</h3><ul>' + b''.join(
        b'<li><a href="' + little + b'/news/s%d' % i + little + b'">A headline of several words</a></li>'
        for i in range(n // 100)) + b'</ul></div>')


def shape_page_type(n):
    """The page-type model's inputs at their extremes: a listing of n
    teaser links and no prose, and n paragraphs with no links."""
    yield 'pagetype-listing', page(b'<main>' + b''.join(b'<div class="card"><h3><a href="/news/s%d">Another story of '
                                                         b'the day</a></h3></div>' % i for i in range(n)) + b'</main>')
    yield 'pagetype-prose', page(b'<main>' + PARA * n + b'</main>')


ROUND8_SHAPES = (
    (shape_pull_quotes, 10000),
    (shape_later_cues, 5000),
    (shape_colon_subjects, 5000),
    (shape_name_pronouns, 5000),  # (50,000 names and "Mr." mentions at 1x)
    (shape_comment_words, 10000),  # (100,000 count spans at 1x)
    (shape_related_repeats, 10000),  # (100,000 links at 10x)
    (shape_byline_nesting, 10000),
    (shape_href_space, 10000),  # (a megabyte of white space at 1x)
    (shape_page_type, 2500),
)


# ---- Round 10's review: an inline "Read also: <link>" list item
# (related_heading.c) looked for its first link through all it holds,
# once for each list item around it; a comment counter in a link read the
# link's address, once for each counter in it.


def shape_inline_cue_items(n):
    """600 list items nested in one another around n empty elements and
    then one article link with a word after it: each item, short and
    mostly link text, walked the n elements to its link."""
    link = b'<a href="/news/2024/05/council-votes-sea-wall-rebuild">Council votes to rebuild the sea wall</a> x'
    yield 'inline-cue-nested-items', page(b'<article>' + PARA * 3 + b'<ul><li>' * 600 + b'<i></i>' * n + link
                                          + b'</li></ul>' * 600 + PARA + b'</article>')


def shape_counters_in_link(n):
    """One link whose address is n bytes long around n / 37 comment
    counters (meta_comment_walk.c): each counter asked whether the link
    is another page's, reading the whole address again."""
    counters = b'<span class="comment-count">3</span>' * (n // 37)
    yield 'comment-counters-in-link', lang_page(b'en', b'<p><a href="/story-' + b'a' * n + b'">' + counters
                                                + b'</a></p>')


# ---- Round 10's hardening (the paths of round 9: related headings,
# bylines, comment words, German sources, text titles, uri_build.c).


def shape_uri_dot_segments(n):
    """A reference that climbs n levels ("../" n times) against a <base
    href> n levels deep, in a related box and as an image: libxml2
    2.9.14's xmlBuildURI removes each ".." by moving the rest of the
    path, so one such address took time n times its length (0.7 s at
    16,000 levels, a minute at 200,000)."""
    ref = b'../' * n + b'news/other-story'
    base = b'<base href="https://example.com/' + b'a/' * n + b'">'
    yield 'uri-dots-related', HEAD.replace(b'</head>', base + b'</head>') + (
        b'<article>' + PARA * 4 + b'<div class="related"><h3>Related</h3><ul><li><a href="' + ref
        + b'">A headline of several words here</a></li></ul></div></article>') + TAIL
    yield 'uri-dots-image', HEAD.replace(b'</head>', base + b'</head>') + (
        b'<article>' + PARA * 4 + b'<figure><img src="' + ref + b'.jpg"><figcaption>A harbour wall'
        b'</figcaption></figure>' + PARA + b'</article>') + TAIL


ROUND10_SHAPES = (
    (shape_inline_cue_items, 100000),  # (0.7 MB at 1x, 7 MB and a million nodes at 10x)
    (shape_counters_in_link, 2000000),  # (4 MB at 1x)
    (shape_uri_dot_segments, 20000),  # (600 KB of "../" at 10x)
)


# ---- Round 11 (comments11): the shapes real pages grew into in
# tests/hostile/real-page-shapes.py that turned the body or the authors
# into something else. Their content is checked by unit tests
# (test_content_comment_sections.c, test_metadata_byline_many.c); here,
# time and memory.


def shape_comment_thread(n):
    """An article (prose straight in <body>) and a WordPress comment
    section of n comments after it: the comments held most of the page's
    prose and became the body."""
    item = (b'<li class="comment" id="comment-%d"><div class="comment-author vcard"><cite class="fn">Reader %d'
            b'</cite></div><div class="comment-content"><p>I think the council is right about the wall, said '
            b'reader %d. \xe2\x80\x9cAct now.\xe2\x80\x9d</p></div></li>')
    yield 'comment-thread', page(b'<h1>Harbour wall</h1>' + PARA * 8 + b'<section id="comments" class="comments-area">'
                                 b'<h2 class="comments-title">Comments</h2><ol class="comment-list">'
                                 + b''.join(item % (i, i, i) for i in range(n)) + b'</ol></section>')


def shape_many_bylines(n):
    """n bylines before the text, each naming another author."""
    line = b'<div class="byline">By <a rel="author" href="/author/ann-smith-%d">Ann Smith %d</a> and Bob Jones</div>'
    yield 'bylines-many', page(b'<article><h1>Harbour wall</h1>' + b''.join(line % (i, i) for i in range(n))
                               + PARA * 6 + b'</article>')


def shape_data_table(n):
    """A data table of n rows of ten short cells in the article: each
    cell was asked whether it is a comment counter."""
    row = b'<tr>' + b''.join(b'<td>%d</td>' % i for i in range(10)) + b'</tr>'
    yield 'data-table-rows', page(b'<article><h1>Harbour wall</h1>' + PARA + b'<table><thead><tr><th>Year</th>'
                                  b'</tr></thead>' + row * n + b'</table>' + PARA * 5 + b'</article>')


ROUND11_SHAPES = (
    (shape_comment_thread, 10000),  # (3 MB at 1x, 30 MB at 10x)
    (shape_many_bylines, 10000),
    (shape_data_table, 10000),
)


# ---- Round 13 (robust13): work per node that was bounded or made cheap.
# Their content is checked by unit tests (test_metadata_dateline_region.c,
# test_page_type_related_box.c); here, time and memory.


def shape_dateline_tables(n):
    """A page with no stated date and a data table of n rows of ten cells
    ("cell 5": a digit each) below the headline, and the same table above
    it: each cell was read for a date (meta_dateline.c reads 2,000 bytes
    above the headline and 64 KB or 4,096 texts below it)."""
    row = b'<tr>' + b''.join(b'<td>cell %d</td>' % i for i in range(10)) + b'</tr>'
    table = b'<table>' + row * n + b'</table>'
    yield 'dateline-table-below', page(b'<article><h1>Harbour wall</h1>' + PARA + table + PARA * 3
                                       + b'<p>Published: March 12, 2024</p></article>')
    yield 'dateline-table-above', page(table + b'<article><h1>Harbour wall</h1><p>March 12, 2024</p>' + PARA * 3
                                       + b'</article>')


def shape_related_box_links(n):
    """An article and then one 'related-posts' box of n links: the page
    type became listing and the body the links (pagetype_features.c)."""
    links = b''.join(b'<li><a href="/news/2024/story-%d">A headline of several words %d</a></li>' % (i, i)
                     for i in range(n))
    yield 'related-box-links', page(b'<article><h1>Harbour wall</h1>' + PARA * 8 + b'</article>'
                                    b'<div class="related-posts"><h3>Related</h3><ul>' + links + b'</ul></div>')


def shape_short_blocks(n):
    """n short paragraphs and n short headings: each was compared with
    every related heading after its length was taken (related_words.c)."""
    yield 'short-paragraphs', page(b'<article><h1>Harbour wall</h1>' + PARA + b'<p>Yes.</p>' * n + b'</article>')
    yield 'short-headings', page(b'<article><h1>Harbour wall</h1>' + PARA + b''.join(
        b'<h2>Heading %d</h2><p>Short text.</p>' % i for i in range(n // 2)) + b'</article>')


ROUND13_SHAPES = (
    (shape_dateline_tables, 5000),  # (0.8 MB at 1x; 10x stays under max_nodes)
    (shape_related_box_links, 50000),  # (3.9 MB at 1x; 10x passes max_nodes: refused)
    (shape_short_blocks, 50000),  # (0.6 MB and 1 MB at 1x)
)
