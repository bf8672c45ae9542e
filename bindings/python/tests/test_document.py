"""Every getter of Document and its items against the newsdoc command's JSON
for the project's own pages."""

from __future__ import annotations

import json
import pickle
from typing import Any, Callable, Dict

import pytest
from conftest import PAGES, Page, cli_json, parse_page

import newsdoc

# JSON key -> how the binding gives it (as the JSON would hold it).
GETTERS: Dict[str, Callable[[newsdoc.Document], Any]] = {
    "url": lambda d: d.url,
    "canonical_url": lambda d: d.canonical_url,
    "site_name": lambda d: d.site_name,
    "language": lambda d: d.language,
    "title": lambda d: d.title,
    "subtitle": lambda d: d.subtitle,
    "description": lambda d: d.description,
    "section": lambda d: d.section,
    "tags": lambda d: d.tags,
    "authors": lambda d: [a.to_dict() for a in d.authors],
    "published": lambda d: d.published,
    "modified": lambda d: d.modified,
    "body": lambda d: [b.to_dict() for b in d.body],
    "text": lambda d: d.text,
    "quotes": lambda d: [q.to_dict() for q in d.quotes],
    "related": lambda d: [r.to_dict() for r in d.related],
    "comments": lambda d: {"count": d.comment_count},
    "images": lambda d: [i.to_dict() for i in d.images],
    "parser": lambda d: d.parser,
    "page_type": lambda d: d.page_type,
    "provenance": lambda d: d.provenance,
}


def test_pages_found() -> None:
    assert len(PAGES) >= 8, [p.path for p in PAGES]


def test_every_key_has_a_getter(page: Page) -> None:
    # A field the library adds to the JSON fails here until the binding
    # gives it a getter.
    assert set(cli_json(page)) == set(GETTERS)


@pytest.mark.parametrize("key", sorted(GETTERS))
def test_getter_matches_cli(page: Page, key: str) -> None:
    doc = parse_page(page)
    assert GETTERS[key](doc) == cli_json(page)[key]


def test_item_fields_one_by_one(page: Page) -> None:
    """The item attributes themselves (not only via to_dict), with their
    Python types: None for unknown, tuples inside frozen items."""
    doc, ref = parse_page(page), cli_json(page)
    for author, want in zip(doc.authors, ref["authors"]):
        assert (author.name, author.role, author.affiliation, author.url, author.kind) == (
            want["name"], want["role"], want["affiliation"], want["url"], want["kind"])
        assert author.kind in ("person", "organization")
    assert len(doc.authors) == len(ref["authors"])
    assert len(doc.body) == len(ref["body"])
    for block, want in zip(doc.body, ref["body"]):
        assert block.type == want["type"] and block.text == want["text"]
        assert block.level == want.get("level")
        assert block.ordered == want.get("ordered")
        assert block.items == tuple(want.get("items", ()))
        assert block.rows == tuple(tuple(row) for row in want.get("rows", ()))
        for field in ("image", "alt", "caption", "credit"):
            assert getattr(block, field) == want.get(field)
    assert len(doc.quotes) == len(ref["quotes"])
    for quote, want in zip(doc.quotes, ref["quotes"]):
        assert (quote.text, quote.speaker, quote.speaker_resolved, quote.cue, quote.block, quote.start, quote.end) == (
            want["text"], want["speaker"], want["speaker_resolved"], want["cue"], want["block"], want["start"],
            want["end"])
        if quote.block is not None and quote.start is not None and quote.end is not None:
            # Offsets are code points: Python string indices. A quotation
            # split by its cue ("A," he said. "B.") spans the cue too.
            span = doc.body[quote.block].text[quote.start:quote.end]
            assert span.startswith(quote.text[:8]) and span.endswith(quote.text[-8:]), (span, quote.text)
    assert len(doc.related) == len(ref["related"])
    for item, want in zip(doc.related, ref["related"]):
        assert (item.title, item.url, item.author, item.summary, item.image) == (
            want["title"], want["url"], want["author"], want["summary"], want["image"])
    assert len(doc.images) == len(ref["images"])
    for image, want in zip(doc.images, ref["images"]):
        assert (image.url, image.alt, image.caption, image.credit, image.is_lead) == (
            want["url"], want["alt"], want["caption"], want["credit"], want["is_lead"])
        assert isinstance(image.is_lead, bool)
    assert doc.comment_count == ref["comments"]["count"]


def test_to_dict_is_the_json_export(page: Page) -> None:
    doc = parse_page(page)
    assert doc.to_dict() == json.loads(doc.export("json"))
    assert doc.to_dict() == cli_json(page)


def test_block_types_covered() -> None:
    """The pages hold every block type, so the comparison above covers each."""
    seen = {block["type"] for page in PAGES for block in cli_json(page)["body"]}
    assert {"paragraph", "heading", "list", "blockquote", "preformatted", "table", "figure"} <= seen


def test_every_kind_of_value_seen() -> None:
    """Quotes, related items, images, authors with roles, tags and comment
    counts occur in the pages, so their getters are compared for real."""
    refs = [cli_json(page) for page in PAGES]
    assert any(r["quotes"] for r in refs) and any(r["related"] for r in refs) and any(r["images"] for r in refs)
    assert any(a["role"] for r in refs for a in r["authors"])
    assert any(r["tags"] for r in refs)
    assert any(r["comments"]["count"] for r in refs)


def test_json_round_trip(page: Page) -> None:
    doc = parse_page(page)
    again = newsdoc.Document.from_json(doc.export("json"))
    assert again.to_dict()["body"] == doc.to_dict()["body"]
    assert again.title == doc.title and again.quotes == doc.quotes
    assert newsdoc.Document.from_json(doc.to_dict()).authors == doc.authors
    assert newsdoc.parse(doc.export("json"), input="json").related == doc.related


def test_pickle_and_copy(page: Page) -> None:
    doc = parse_page(page)
    again = pickle.loads(pickle.dumps(doc))
    assert again.to_dict()["body"] == doc.to_dict()["body"]
    assert again.authors == doc.authors and again.images == doc.images


def test_items_frozen_and_readable(seed: Page) -> None:
    doc = parse_page(seed)
    author, quote, block, related, image = doc.authors[0], doc.quotes[0], doc.body[0], doc.related[0], doc.images[0]
    for item in (author, quote, block, related, image):
        with pytest.raises(AttributeError):
            item.text = "changed"  # type: ignore[misc, union-attr]
        assert eval(repr(item), {k: getattr(newsdoc, k) for k in ("Author", "Quote", "Block", "Related", "Image")}) == item
    assert repr(author) == ("Author(name='Federico Borello', role='Interim Executive Director', "
                            "affiliation='Human Rights Watch', url='https://dcnewsline.com/people/federico-borello', "
                            "kind='person')")
    assert repr(block).startswith("Block(type='paragraph', text='On May 20, 2025,")
    assert hash(quote) == hash(doc.quotes[0])
    assert doc.quotes[1].speaker == "Ji Seong-ho" and doc.quotes[1].cue == ":"
    assert "blocks=8" in repr(doc) and "parser='dcnewsline'" in repr(doc)


def test_lists_are_copies(seed: Page) -> None:
    doc = parse_page(seed)
    doc.authors.clear()
    doc.tags.append("x")
    doc.provenance.clear()
    assert doc.authors and "x" not in doc.tags and doc.provenance


def test_document_not_made_by_hand() -> None:
    with pytest.raises(TypeError):
        newsdoc.Document()


def test_author_kinds() -> None:
    """An organisation credited as the author is one; the person beside it
    stays a person; a kind read from JSON comes back as written."""
    page = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables change",'
            '"author":[{"@type":"Person","name":"Ola Berg"},{"@type":"Organization","name":"Harbour Wire Collective"}]}'
            '</script></head><body><article><h1>Tide tables change</h1><p>The harbour office printed new tide tables '
            'for the spring, with two extra columns for the evening ferries.</p></article></body></html>')
    doc = newsdoc.parse(page, url="https://tides.example/news/1")
    assert [(a.name, a.kind) for a in doc.authors] == [("Ola Berg", "person"),
                                                       ("Harbour Wire Collective", "organization")]
    assert [a["kind"] for a in doc.to_dict()["authors"]] == ["person", "organization"]
    back = newsdoc.Document.from_json('{"authors": [{"name": "Newsroom", "kind": "organization"}, {"name": "Ola Berg"}]}')
    assert [a.kind for a in back.authors] == ["organization", None]


def test_str_input_is_utf8() -> None:
    # A str is sent as UTF-8 and the charset hint says so, whatever the
    # page declares.
    page = '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 \u2013 M\u00fcnchen</title></head><body><p>\u201cHi\u201d</p></body></html>'
    assert newsdoc.parse(page).title == "Caf\u00e9 \u2013 M\u00fcnchen"
    # The charset argument: what an HTTP header would say about the bytes.
    russian = "<html><head><title>\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440</title></head></html>"
    cyrillic = russian.encode("windows-1251")
    assert newsdoc.parse(cyrillic, charset="windows-1251").title == "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440"
    assert newsdoc.parse(cyrillic).title != "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440"
    latin = page.replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"').encode("iso-8859-1")
    assert newsdoc.parse(latin).title == "Caf\u00e9 - M\u00fcnchen"
    assert newsdoc.parse(bytearray(latin)).title == newsdoc.parse(memoryview(latin)).title == "Caf\u00e9 - M\u00fcnchen"
    with pytest.raises(ValueError):
        newsdoc.parse(page, charset="utf-8")


def test_options() -> None:
    page = (b"<html><body><article><h1>Port vote</h1><p>\xe2\x80\x9cWe will rebuild,\xe2\x80\x9d said Ann Lee. "
            b"\xe2\x80\x9cThe wall must hold.\xe2\x80\x9d</p></article></body></html>")
    joined = newsdoc.parse(page).quotes
    split = newsdoc.parse(page, quotes_by_sentence=True).quotes
    assert len(split) == len(joined) + 1, (joined, split)
    assert {q.speaker for q in split} == {"Ann Lee"}
    assert newsdoc.parse(page, parser="generic").parser == "generic"
    text = newsdoc.parse(b"Port vote\n\nThe council voted on Monday.\n", input="text")
    assert text.text.endswith("The council voted on Monday.")
    few = newsdoc.parse(page, quotes_by_sentence=True, limits=newsdoc.Limits(max_quotes=1))
    assert len(few.quotes) == 1


def test_site_plugin_chosen_by_url(seed: Page) -> None:
    doc = parse_page(seed)
    assert doc.parser == "dcnewsline" and doc.provenance["title"] == "site-rule"
    assert parse_page(seed, parser="generic").parser == "generic"


def test_export_formats(seed: Page) -> None:
    doc = parse_page(seed)
    assert doc.export("markdown").startswith("# UN addresses human rights abuses")
    assert doc.export("text").startswith("UN addresses human rights abuses")
    assert doc.export("xml").lstrip().startswith("<?xml")
    compact = doc.export("json", compact=True)
    assert "\n" not in compact.strip() and json.loads(compact) == doc.to_dict()
    with pytest.raises(newsdoc.NewsdocError) as caught:
        doc.export("no-such-format")
    assert caught.value.code == newsdoc.ErrorCode.ENOTFOUND
