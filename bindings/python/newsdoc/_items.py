"""The items of a document: authors, body blocks, quotes, related articles,
images. Frozen dataclasses holding plain Python values (copied out of the
C document), so they outlive the document and compare by value.

``None`` always means "the page did not say"; it is never turned into an
empty string or a zero. Each item's ``to_dict()`` is its object in the
``json`` export (docs/newsdoc.schema.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple


@dataclass(frozen=True)
class Author:
    """An author in byline order.

    ``role`` is the job title as written ("Interim Executive Director"),
    ``affiliation`` the organisation ("Human Rights Watch"), ``url`` the
    author's page. ``kind`` (since 1.2) is "person", or "organization" for
    the publisher, a news agency or a desk credited as the author; the
    extractor gives every author one, None is a kind nobody set.
    """

    name: str
    role: Optional[str] = None
    affiliation: Optional[str] = None
    url: Optional[str] = None
    kind: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"name": self.name, "role": self.role, "affiliation": self.affiliation, "url": self.url,
                "kind": self.kind}


@dataclass(frozen=True, repr=False)
class Block:
    """One block of the article body, in document order.

    ``type`` is "paragraph", "heading", "list", "blockquote",
    "preformatted", "table" or "figure". ``text`` is always a string: the
    block's text; for a list its items one per line, for a table its rows
    one per line with tab-separated cells, for a figure its caption. The
    other fields belong to one type each and keep their default elsewhere:

    - heading: ``level`` 1..6;
    - list: ``ordered`` (True for a numbered list) and ``items``;
    - table: ``rows``, a tuple of rows, each a tuple of cell texts;
    - figure: ``image`` (the address), ``alt``, ``caption``, ``credit``.
    """

    type: str
    text: str = ""
    level: Optional[int] = None
    ordered: Optional[bool] = None
    items: Tuple[str, ...] = ()
    rows: Tuple[Tuple[str, ...], ...] = ()
    image: Optional[str] = None
    alt: Optional[str] = None
    caption: Optional[str] = None
    credit: Optional[str] = None

    def __repr__(self) -> str:
        # Only the fields of the block's type: a paragraph's repr is not
        # cluttered with the seven fields a figure has.
        shown = [f"type={self.type!r}", f"text={self.text!r}"]
        if self.type == "heading":
            shown.append(f"level={self.level!r}")
        elif self.type == "list":
            shown += [f"ordered={self.ordered!r}", f"items={self.items!r}"]
        elif self.type == "table":
            shown.append(f"rows={self.rows!r}")
        elif self.type == "figure":
            shown += [f"image={self.image!r}", f"alt={self.alt!r}", f"caption={self.caption!r}",
                      f"credit={self.credit!r}"]
        return f"Block({', '.join(shown)})"

    def to_dict(self) -> Dict[str, Any]:
        """The block as the json export writes it: ``type`` and ``text``, and
        the keys of its type only."""
        out: Dict[str, Any] = {"type": self.type, "text": self.text}
        if self.type == "heading":
            out["level"] = self.level
        elif self.type == "list":
            out["ordered"] = self.ordered
            out["items"] = list(self.items)
        elif self.type == "table":
            out["rows"] = [list(row) for row in self.rows]
        elif self.type == "figure":
            out.update(image=self.image, alt=self.alt, caption=self.caption, credit=self.credit)
        return out


@dataclass(frozen=True)
class Quote:
    """A direct quotation found in the body.

    ``speaker`` is the speaker as written ("Ji Seong-ho", "the
    representative", "she"), ``speaker_resolved`` the full name it refers
    to when the article gives it, ``cue`` the cue as written ("said",
    ":"). ``block`` is the index in ``Document.body`` of the block the quote
    starts in, and ``start``/``end`` the offsets of the quoted text in that
    block's text in code points (Python string indices):
    ``doc.body[q.block].text[q.start:q.end] == q.text``.
    """

    text: str
    speaker: Optional[str] = None
    speaker_resolved: Optional[str] = None
    cue: Optional[str] = None
    block: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "speaker_resolved": self.speaker_resolved,
                "cue": self.cue, "block": self.block, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Related:
    """An item of the page's related-articles box (a title or a url, or
    both; ``image`` is the thumbnail's address)."""

    title: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    summary: Optional[str] = None
    image: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"title": self.title, "url": self.url, "author": self.author, "summary": self.summary,
                "image": self.image}


@dataclass(frozen=True)
class Image:
    """An image of the article; ``is_lead`` marks the lead image."""

    url: str
    alt: Optional[str] = None
    caption: Optional[str] = None
    credit: Optional[str] = None
    is_lead: bool = False

    def to_dict(self) -> Dict[str, Any]:
        return {"url": self.url, "alt": self.alt, "caption": self.caption, "credit": self.credit,
                "is_lead": self.is_lead}
