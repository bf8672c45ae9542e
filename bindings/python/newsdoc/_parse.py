"""Turning bytes into a Document: parse(), its limits, and extract()."""

# No "from __future__ import annotations" here: pydoc shows the real types
# in the signatures of parse and extract.
import ctypes
from dataclasses import dataclass, fields
from typing import Optional, Union

from . import _library
from ._document import Document
from ._errors import ErrorCode, NewsdocError
from ._registry import Registry, default_registry

Data = Union[bytes, bytearray, memoryview, str]

_INPUT_KINDS = {"html": _library.INPUT_HTML, "text": _library.INPUT_TEXT, "json": _library.INPUT_JSON}


@dataclass(frozen=True)
class Limits:
    """The parse limits (``newsdoc_parse_options``); ``None`` (or 0) keeps
    the library's default.

    - ``max_input_size``: bytes of input (default 64 MiB); past it
      :class:`NewsdocError` with ``ErrorCode.ELIMIT``.
    - ``max_nodes``: nodes of the HTML tree (default 2,000,000); ELIMIT.
    - ``max_work``: steps of work (default 20,000,000 plus 10 a byte);
      ELIMIT. No real page comes near the default.
    - ``max_depth`` (256), ``max_jsonld_size`` (4 MiB), ``max_quotes``
      (1,000), ``max_related`` (100): past these the document is truncated
      (deeper content flattened, later scripts or items left out), not
      refused.

    >>> newsdoc.parse(b"<p>" + b"x" * 2000, limits=newsdoc.Limits(max_input_size=1000))
    Traceback (most recent call last):
    ...
    newsdoc.NewsdocError: newsdoc_parse: the input is 2003 bytes, over the limit of 1000 (max_input_size) [ELIMIT]
    """

    max_input_size: Optional[int] = None
    max_depth: Optional[int] = None
    max_nodes: Optional[int] = None
    max_jsonld_size: Optional[int] = None
    max_quotes: Optional[int] = None
    max_related: Optional[int] = None
    max_work: Optional[int] = None

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise ValueError(f"Limits.{field.name} must be a whole number >= 0 or None, not {value!r}")


def _as_bytes(data: Data) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"data must be bytes or str, not {type(data).__name__}")


def parse(
    data: Data,
    url: Optional[str] = None,
    *,
    input: str = "html",
    parser: Optional[str] = None,
    quotes_by_sentence: bool = False,
    registry: Optional[Registry] = None,
    charset: Optional[str] = None,
    limits: Optional[Limits] = None,
) -> Document:
    """Turn a page into a :class:`Document`.

    ``data`` is the page: bytes as fetched (the charset is worked out from a
    byte order mark, ``charset``, the page's own declaration, or the bytes),
    or a str (sent as UTF-8). ``url`` is the page's address: it helps choose
    a site parser and makes links absolute.

    - ``input``: "html" (default), "text" (a page rendered as plain text) or
      "json" (a document exported as JSON, read back).
    - ``parser``: a parser id ("generic", a site plugin's) instead of the
      choice by URL.
    - ``quotes_by_sentence``: a quotation split by its cue across sentences
      ("A," said X. "B.") gives one quote per sentence, as news corpora
      such as PolNeAR annotate it, instead of one joined quote.
    - ``registry``: the :class:`Registry` whose parsers to use; the default
      registry (built-ins and the plugins found the usual way) when None.
    - ``charset``: the charset the bytes are in, when known from outside
      the page (an HTTP Content-Type header); wins over the page's own
      declaration.
    - ``limits``: a :class:`Limits`.

    Raises :class:`NewsdocError`: ``EEMPTY`` for empty input, ``ELIMIT``
    past a limit, ``ENOTFOUND`` for an unknown parser, ``EPARSE`` for input
    that is not what ``input`` says. The GIL is released while the library
    parses, so threads parse in parallel (one registry may serve them all).

    >>> doc = newsdoc.parse("<h1>Ferry returns</h1><p>The ferry is back.</p>", "https://example.org/a")
    >>> doc.title, doc.text
    ('Ferry returns', 'The ferry is back.')
    """
    lib = _library.load()
    if isinstance(data, str):
        if charset is not None:
            raise ValueError("charset applies to bytes; a str is sent as UTF-8")
        raw = data.encode("utf-8", "replace")
        charset = "utf-8"
    else:
        raw = _as_bytes(data)
    kind = _INPUT_KINDS.get(input)
    if kind is None:
        raise ValueError(f"input must be 'html', 'text' or 'json', not {input!r}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")

    options = _library.ParseOptions.from_buffer_copy(lib.parse_options_template)
    options.input = kind
    if parser is not None:
        options.parser = parser.encode("utf-8")
    if charset is not None:
        options.charset = charset.encode("ascii", "replace")
    if quotes_by_sentence:
        options.flags |= _library.PARSE_QUOTES_BY_SENTENCE
    if limits is not None:
        for field in fields(limits):
            value = getattr(limits, field.name)
            if value is None:
                continue
            if field.name == "max_work" and lib.parse_options_version < 2:
                raise NewsdocError(ErrorCode.EVERSION,
                                   f"libnewsdoc {lib.version} predates max_work (parse options version 2)")
            setattr(options, field.name, value)

    reg = registry if registry is not None else default_registry()
    url_bytes = url.encode("utf-8") if url is not None else None
    handle = ctypes.c_void_p()
    reg_handle = reg._acquire()
    try:
        status = lib.newsdoc_parse(ctypes.byref(handle), reg_handle, raw, len(raw), url_bytes, ctypes.byref(options))
    finally:
        reg._release()
    if status or not handle.value:
        raise lib.last_error(status)
    return Document._adopt(lib, handle.value, reg)


# trafilatura's names for the formats that have another name here.
_FORMAT_ALIASES = {"txt": "text", "md": "markdown"}

# Page-level failures extract() answers with None, as trafilatura does for
# a page it cannot extract; anything else (a bad argument) still raises.
_PAGE_FAILURES = (ErrorCode.EEMPTY, ErrorCode.EPARSE, ErrorCode.ELIMIT)


def extract(
    data: Data,
    url: Optional[str] = None,
    output_format: str = "text",
    *,
    input: str = "html",
    parser: Optional[str] = None,
    registry: Optional[Registry] = None,
) -> Optional[str]:
    """One call in the manner of ``trafilatura.extract``: the page's main
    content as ``output_format``, or None when the page has none.

    ``output_format`` is "text" (the body's plain text, also "txt"),
    "json", or any format of the registry ("markdown" or "md", "xml" with
    the project's plugins). None is returned for a page whose body came
    out empty or that the library refused (empty, unreadable, over a
    limit); an unknown format raises :class:`NewsdocError` (ENOTFOUND).

    >>> newsdoc.extract(b"<h1>Ferry returns</h1><p>The ferry is back.</p>")
    'The ferry is back.'
    >>> newsdoc.extract(b"") is None
    True
    """
    fmt = _FORMAT_ALIASES.get(output_format, output_format)
    reg = registry if registry is not None else default_registry()
    if fmt != "text" and fmt not in reg.formats:
        raise NewsdocError(ErrorCode.ENOTFOUND,
                           f"no exporter for format {output_format!r} (the registry has: {', '.join(reg.formats)})")
    try:
        doc = parse(data, url, input=input, parser=parser, registry=reg)
    except NewsdocError as err:
        if err.code in _PAGE_FAILURES:
            return None
        raise
    text = doc.text
    if not text:
        return None
    return text if fmt == "text" else doc.export(fmt, registry=reg)
