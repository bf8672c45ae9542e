"""Document: a parsed page, read through libnewsdoc's getters."""

from __future__ import annotations

import ctypes
import json
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from . import _library
from ._items import Author, Block, Image, Quote, Related
from ._library import decode

if TYPE_CHECKING:
    from ._registry import Registry

# newsdoc_field numbers (document.h; ABI, never renumbered).
FIELD_URL, FIELD_CANONICAL_URL, FIELD_SITE_NAME, FIELD_LANGUAGE = 0, 1, 2, 3
FIELD_TITLE, FIELD_SUBTITLE, FIELD_DESCRIPTION, FIELD_SECTION = 4, 5, 6, 7
FIELD_PUBLISHED, FIELD_MODIFIED, FIELD_PARSER = 8, 9, 10
FIELD_PAGE_TYPE = 18  # since libnewsdoc 1.1, after the list fields

T = TypeVar("T")


def _text(value: Optional[bytes]) -> str:
    """A string the library documents as never NULL."""
    return "" if value is None else value.decode("utf-8", "replace")


def _count(value: int) -> Optional[int]:
    """The library's -1 for "unknown" as None."""
    return None if value < 0 else value


class Document:
    """A news page turned into a document by :func:`newsdoc.parse`.

    Every attribute is read from the C document on first use and kept.
    String fields are ``None`` when the page did not give them; list fields
    are lists (empty when there is nothing). The document owns its data: it
    stays usable after the registry that parsed it is closed, may be shared
    by threads for reading, and is freed when the last reference goes.

    >>> doc = newsdoc.parse(b'''<html lang="en"><head><title>Ferry returns</title>
    ... <meta name="author" content="Ann Lee"></head><body><article>
    ... <h1>Ferry returns</h1><p>The harbour ferry is back after repairs, the council said.</p>
    ... </article></body></html>''', "https://example.org/news/ferry")
    >>> doc.title, doc.language, [a.name for a in doc.authors]
    ('Ferry returns', 'en', ['Ann Lee'])
    >>> doc.body[0]
    Block(type='paragraph', text='The harbour ferry is back after repairs, the council said.')
    >>> doc.to_dict()["title"] == doc.title
    True
    """

    __slots__ = ("_handle", "_lib", "_registry", "_cache", "__weakref__")

    _handle: Optional[int]
    _lib: _library.Library
    _registry: Optional[Registry]
    _cache: Dict[str, Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("documents come from newsdoc.parse() (or Document.from_json())")

    @classmethod
    def _adopt(cls, lib: _library.Library, handle: int, registry: Optional[Registry]) -> Document:
        """Wrap a C document the caller hands over (it is freed with this object)."""
        doc = cls.__new__(cls)
        doc._lib = lib
        doc._handle = handle
        doc._registry = registry
        doc._cache = {}
        return doc

    @classmethod
    def from_json(cls, data: Union[str, bytes, Dict[str, Any]]) -> Document:
        """A document read back from its ``json`` export (a str, bytes, or the
        dict ``to_dict`` gives); the same as ``parse(data, input="json")``::

            >>> again = newsdoc.Document.from_json(doc.export("json"))
            >>> again.to_dict() == doc.to_dict()
            True
        """
        if isinstance(data, dict):
            data = json.dumps(data)
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        lib = _library.load()
        handle = ctypes.c_void_p()
        status = lib.newsdoc_document_from_json(ctypes.byref(handle), raw, len(raw))
        if status or not handle.value:
            raise lib.last_error(status)
        return cls._adopt(lib, handle.value, None)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None:
            self._handle = None
            try:
                self._lib.newsdoc_document_free(handle)
            except Exception:  # interpreter shutdown
                pass

    # Pickled as its JSON export, read back on the other side: documents
    # travel to worker processes (multiprocessing, Spark) intact.
    def __reduce__(self) -> Tuple[Callable[[str], Document], Tuple[str]]:
        return (Document.from_json, (self.export("json", compact=True),))

    def __copy__(self) -> Document:
        return self  # immutable

    def __deepcopy__(self, memo: Dict[int, Any]) -> Document:
        return self

    def _cached(self, key: str, make: Callable[[], T]) -> T:
        cache = self._cache
        try:
            value: T = cache[key]
        except KeyError:
            value = cache[key] = make()
        return value

    def _string(self, field: int) -> Optional[str]:
        value = self._lib.newsdoc_document_get(self._handle, field)
        return None if value is None else value.decode("utf-8", "replace")

    # ---- string fields ----

    @property
    def url(self) -> Optional[str]:
        """The address the page was fetched from (the ``url`` given to parse, or found in the page)."""
        return self._string(FIELD_URL)

    @property
    def canonical_url(self) -> Optional[str]:
        """The page's canonical address (link rel=canonical, og:url, JSON-LD)."""
        return self._string(FIELD_CANONICAL_URL)

    @property
    def site_name(self) -> Optional[str]:
        """The publication's name ("DC News Line")."""
        return self._string(FIELD_SITE_NAME)

    @property
    def language(self) -> Optional[str]:
        """The article's language as a BCP 47 tag ("en", "de-CH")."""
        return self._string(FIELD_LANGUAGE)

    @property
    def title(self) -> Optional[str]:
        """The headline."""
        return self._string(FIELD_TITLE)

    @property
    def subtitle(self) -> Optional[str]:
        """The subtitle or dek under the headline."""
        return self._string(FIELD_SUBTITLE)

    @property
    def description(self) -> Optional[str]:
        """The page's own summary (meta description, og:description, JSON-LD)."""
        return self._string(FIELD_DESCRIPTION)

    @property
    def section(self) -> Optional[str]:
        """The section the article is filed under ("Government")."""
        return self._string(FIELD_SECTION)

    @property
    def published(self) -> Optional[str]:
        """First publication as ISO 8601 ("2025-05-21T15:42:10-04:00"; a date alone is possible)."""
        return self._string(FIELD_PUBLISHED)

    @property
    def modified(self) -> Optional[str]:
        """Last change, in the same form as ``published``."""
        return self._string(FIELD_MODIFIED)

    @property
    def parser(self) -> Optional[str]:
        """Id of the parser that produced the document ("generic", a site plugin's id)."""
        return self._string(FIELD_PARSER)

    @property
    def page_type(self) -> Optional[str]:
        """What kind of page it is: "article", "forum", "product", "collection", "listing",
        "documentation" or "service" (libnewsdoc 1.1; ``provenance["page_type"]`` says from what)."""
        return self._string(FIELD_PAGE_TYPE)

    @property
    def text(self) -> str:
        """The body as plain text: block texts joined by a blank line ("" for an empty body)."""
        return self._cached("text", lambda: _text(self._lib.newsdoc_document_text(self._handle)))

    # ---- lists ----

    @property
    def tags(self) -> List[str]:
        """Keywords and tags, in page order."""
        return list(self._cached("tags", self._read_tags))

    @property
    def authors(self) -> List[Author]:
        """The authors, in byline order."""
        return list(self._cached("authors", self._read_authors))

    @property
    def body(self) -> List[Block]:
        """The article's content as typed blocks, in document order."""
        return list(self._cached("body", self._read_body))

    @property
    def quotes(self) -> List[Quote]:
        """Direct quotations found in the body, with their speakers."""
        return list(self._cached("quotes", self._read_quotes))

    @property
    def related(self) -> List[Related]:
        """Items of the page's related-articles box."""
        return list(self._cached("related", self._read_related))

    @property
    def images(self) -> List[Image]:
        """The article's images (the lead image and those in the body)."""
        return list(self._cached("images", self._read_images))

    @property
    def comment_count(self) -> Optional[int]:
        """The comment count the page states (0 is a stated zero); None when it does not say."""
        return _count(self._lib.newsdoc_document_comment_count(self._handle))

    @property
    def provenance(self) -> Dict[str, str]:
        """Where each field's value came from, for the fields whose source is
        known: field name -> "json-ld", "opengraph", "meta", "microdata",
        "time", "rel-author", "byline", "html", "text", "site-rule",
        "plugin", "import", "api", or a name a plugin chose."""
        return dict(self._cached("provenance", self._read_provenance))

    def _read_tags(self) -> Tuple[str, ...]:
        lib, handle = self._lib, self._handle
        return tuple(_text(lib.newsdoc_document_tag_at(handle, i)) for i in range(lib.newsdoc_document_tag_count(handle)))

    def _read_authors(self) -> Tuple[Author, ...]:
        lib, handle = self._lib, self._handle
        out = []
        for i in range(lib.newsdoc_document_author_count(handle)):
            author = lib.newsdoc_document_author_at(handle, i)
            out.append(Author(
                _text(lib.newsdoc_author_name(author)),
                decode(lib.newsdoc_author_role(author)),
                decode(lib.newsdoc_author_affiliation(author)),
                decode(lib.newsdoc_author_url(author)),
                decode(lib.newsdoc_author_kind_name(lib.newsdoc_author_kind(author))),
            ))
        return tuple(out)

    def _read_body(self) -> Tuple[Block, ...]:
        lib, handle = self._lib, self._handle
        type_names = lib.block_type_names
        out = []
        for i in range(lib.newsdoc_document_block_count(handle)):
            block = lib.newsdoc_document_block_at(handle, i)
            kind = lib.newsdoc_block_type(block)
            name = type_names[kind] if 0 <= kind < len(type_names) else "unknown"
            text = _text(lib.newsdoc_block_text(block))
            if kind == _library.BLOCK_HEADING:
                out.append(Block(name, text, level=lib.newsdoc_block_level(block)))
            elif kind == _library.BLOCK_LIST:
                items = tuple(_text(lib.newsdoc_block_item_at(block, j))
                              for j in range(lib.newsdoc_block_item_count(block)))
                out.append(Block(name, text, ordered=bool(lib.newsdoc_block_ordered(block)), items=items))
            elif kind == _library.BLOCK_TABLE:
                rows = tuple(
                    tuple(_text(lib.newsdoc_block_cell_at(block, r, c)) for c in range(lib.newsdoc_block_cell_count(block, r)))
                    for r in range(lib.newsdoc_block_row_count(block))
                )
                out.append(Block(name, text, rows=rows))
            elif kind == _library.BLOCK_FIGURE:
                out.append(Block(
                    name, text,
                    image=decode(lib.newsdoc_block_image_url(block)),
                    alt=decode(lib.newsdoc_block_image_alt(block)),
                    caption=decode(lib.newsdoc_block_caption(block)),
                    credit=decode(lib.newsdoc_block_credit(block)),
                ))
            else:
                out.append(Block(name, text))
        return tuple(out)

    def _read_quotes(self) -> Tuple[Quote, ...]:
        lib, handle = self._lib, self._handle
        out = []
        for i in range(lib.newsdoc_document_quote_count(handle)):
            quote = lib.newsdoc_document_quote_at(handle, i)
            out.append(Quote(
                _text(lib.newsdoc_quote_text(quote)),
                decode(lib.newsdoc_quote_speaker(quote)),
                decode(lib.newsdoc_quote_speaker_resolved(quote)),
                decode(lib.newsdoc_quote_cue(quote)),
                _count(lib.newsdoc_quote_block(quote)),
                _count(lib.newsdoc_quote_start(quote)),
                _count(lib.newsdoc_quote_end(quote)),
            ))
        return tuple(out)

    def _read_related(self) -> Tuple[Related, ...]:
        lib, handle = self._lib, self._handle
        out = []
        for i in range(lib.newsdoc_document_related_count(handle)):
            item = lib.newsdoc_document_related_at(handle, i)
            out.append(Related(
                decode(lib.newsdoc_related_title(item)),
                decode(lib.newsdoc_related_url(item)),
                decode(lib.newsdoc_related_author(item)),
                decode(lib.newsdoc_related_summary(item)),
                decode(lib.newsdoc_related_image(item)),
            ))
        return tuple(out)

    def _read_images(self) -> Tuple[Image, ...]:
        lib, handle = self._lib, self._handle
        out = []
        for i in range(lib.newsdoc_document_image_count(handle)):
            image = lib.newsdoc_document_image_at(handle, i)
            out.append(Image(
                _text(lib.newsdoc_image_url(image)),
                decode(lib.newsdoc_image_alt(image)),
                decode(lib.newsdoc_image_caption(image)),
                decode(lib.newsdoc_image_credit(image)),
                bool(lib.newsdoc_image_is_lead(image)),
            ))
        return tuple(out)

    def _read_provenance(self) -> Dict[str, str]:
        lib, handle = self._lib, self._handle
        out = {}
        for number, name in enumerate(lib.field_names):
            source = lib.newsdoc_document_provenance(handle, number)
            if source is not None:
                out[name] = source.decode("utf-8", "replace")
        return out

    # ---- export ----

    def export(self, format: str = "json", *, compact: bool = False, registry: Optional[Registry] = None) -> str:
        """The document written in ``format``: "json" (built in), or any
        format an exporter of the registry offers ("markdown", "text",
        "xml" with the project's plugins; ``Registry.formats`` lists them).

        The registry is ``registry``, else the one that parsed the document
        while it is open, else the default registry. ``compact=True`` asks
        for one line without indentation (the json exporter honours it).
        Raises :class:`NewsdocError` (ENOTFOUND) for an unknown format::

            >>> print(doc.export("json", compact=True)[:30])
            {"url":"https://example.org/ne
        """
        from ._registry import default_registry

        chosen = registry
        if chosen is None:
            chosen = self._registry if self._registry is not None and not self._registry.closed else None
        if chosen is None and format != "json":
            chosen = default_registry()
        lib = self._lib
        options = _library.ExportOptions(_library.EXPORT_OPTIONS_VERSION, _library.EXPORT_COMPACT if compact else 0)
        out = _library.BufStruct()
        reg_handle = chosen._acquire() if chosen is not None else None
        try:
            status = lib.newsdoc_export(ctypes.byref(out), reg_handle, self._handle, format.encode("utf-8"),
                                        ctypes.byref(options))
            if status:
                raise lib.last_error(status, f"export as {format!r}")
            return ctypes.string_at(out.ptr, out.size).decode("utf-8", "replace") if out.size else ""
        finally:
            lib.newsdoc_buf_dispose(ctypes.byref(out))
            if chosen is not None:
                chosen._release()

    def to_dict(self) -> Dict[str, Any]:
        """The document as plain Python data: ``json.loads(doc.export("json"))``,
        the layout of docs/newsdoc.schema.json."""
        result: Dict[str, Any] = json.loads(self.export("json", compact=True))
        return result

    def __repr__(self) -> str:
        return (f"<newsdoc.Document title={self.title!r} parser={self.parser!r} blocks={len(self._cached('body', self._read_body))} "
                f"quotes={len(self._cached('quotes', self._read_quotes))}>")
