"""Reading the HTML pages out of WARC files (web crawls, Common Crawl).

``iter_records(path)`` yields one :class:`WarcRecord` per HTML response
record, ready for :func:`newsdoc.parse` (``body``, ``url`` and the HTTP
header's ``content_charset``), and one per record that could not be read.
FastWARC reads the file by default (``pip install newsdoc[warc]``); warcio
is the other reader (``reader="warcio"``, which also reads ARC files).

The package itself needs only the standard library: the readers are
imported when ``iter_records`` first runs, with an ImportError naming the
extra when they are missing.

Both readers hand over the raw HTTP payload and this module undoes the
transfer and content encodings itself (chunked; gzip, deflate, and br when
the brotli package is there). That is on purpose: the readers' own decoders
return whatever part of a cut body they could decode without saying it was
cut, and the rule here is that a cut record is an error row, never a
silent success. Counting the raw bytes against the lengths the record
declares is how a cut is seen.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import urllib.parse
from typing import Any, BinaryIO, Dict, Iterator, List, Optional, Tuple, Union

from ._warc_payload import (
    PayloadError,
    decode_payload,
    looks_like_html,
    media_type_and_charset,
)
from ._warc_tail import find_cut

DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024

READERS = ("fastwarc", "warcio")

# What the HTML records are: the media types of a page (lower case).
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# The count keys iter_records keeps up to date in `counts`.
COUNT_KEYS = ("records", "html", "skipped_not_html", "skipped_too_large", "errors")

# HTTP statuses whose responses carry no body, whatever Content-Length says.
_NO_BODY_STATUSES = frozenset({204, 304})

PathLike = Union[str, "os.PathLike[str]"]


@dataclasses.dataclass(frozen=True)
class WarcRecord:
    """One HTML response record of a WARC file, or one that failed.

    ``status`` is "ok" (``body`` holds the decoded HTTP payload), "skipped"
    (``error_code`` "too_large": the payload is over ``max_record_bytes``)
    or "error" (``error_code`` "truncated", "read_error", "decode_error" or
    "bad_http"; ``error`` says what was wrong in a sentence).
    ``warc_record_offset`` and ``warc_record_length`` locate the record in
    the file as stored (compressed, for a .warc.gz), as Common Crawl's index
    does.
    """

    warc_filename: str
    warc_record_offset: Optional[int]
    warc_record_length: Optional[int]
    warc_record_id: Optional[str]
    warc_date: Optional[str]
    url: Optional[str]
    http_status: Optional[int]
    content_type: Optional[str]
    content_charset: Optional[str]
    body: Optional[bytes]
    status: str
    error_code: Optional[str]
    error: Optional[str]


@dataclasses.dataclass
class _RawRecord:
    """What either reader found in one WARC record, before any decision."""

    offset: Optional[int]
    record_type: str                 # "response", "request", ... lower case
    record_id: Optional[str]
    date: Optional[str]
    url: Optional[str]
    truncated_header: Optional[str]  # WARC-Truncated, when the crawler cut it
    is_http: bool
    http_status: Optional[int]
    http_headers: List[Tuple[str, str]]
    declared_length: Optional[int]   # payload bytes the record says it holds
    payload: Optional[bytes]         # None: not read (too large, or not wanted)


def _missing_reader(package: str) -> ImportError:
    return ImportError(f"newsdoc.warc with reader={package!r} needs the {package} package, which is not "
                       f"installed: pip install newsdoc[warc]")


def _import(module: str, package: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise _missing_reader(package) from None


def _local_path(path: str) -> str:
    """A file: URI as a path; anything else as given."""
    if path.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlsplit(path).path)
    return path


def _header(pairs: List[Tuple[str, str]], name: str) -> Optional[str]:
    name = name.lower()
    for key, value in pairs:
        if key.lower() == name:
            return value
    return None


def _int_or_none(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        return None
    return value if value >= 0 else None


def _looks_html_type(media_type: Optional[str]) -> bool:
    return media_type in HTML_MEDIA_TYPES


# ---- the readers ------------------------------------------------------------------
# Each yields _RawRecord; `want_payload(record)` says whether to read the
# payload (only HTML candidates under the size limit are read).


def _fastwarc_records(stream: Any, max_record_bytes: int) -> Iterator[_RawRecord]:
    warc = _import("fastwarc.warc", "fastwarc")
    iterator = warc.ArchiveIterator(stream, parse_http=True, quirks_mode=True, auto_decode="none")
    for rec in iterator:
        headers = rec.headers
        record_type = str(headers.get("WARC-Type") or "").strip().lower()
        is_http = bool(rec.is_http)
        http_status: Optional[int] = None
        http_headers: List[Tuple[str, str]] = []
        if is_http:
            http = rec.http_headers
            http_status = http.status_code
            http_headers = [(str(k), str(v)) for k, v in http.items()]
        raw = _RawRecord(
            offset=int(rec.stream_pos),
            record_type=record_type,
            record_id=headers.get("WARC-Record-ID"),
            date=headers.get("WARC-Date"),
            url=headers.get("WARC-Target-URI"),
            truncated_header=headers.get("WARC-Truncated"),
            is_http=is_http,
            http_status=http_status,
            http_headers=http_headers,
            # Once the HTTP headers are parsed, content_length is what is
            # left of the block: the payload's declared size.
            declared_length=None if headers.get("Content-Length") is None else int(rec.content_length),
            payload=None,
        )
        if _wants_payload(raw, max_record_bytes):
            raw.payload = rec.reader.read()
        yield raw


def _warcio_records(stream: Any, max_record_bytes: int) -> Iterator[_RawRecord]:
    archive = _import("warcio.archiveiterator", "warcio")
    iterator = archive.ArchiveIterator(stream, arc2warc=True)
    for rec in iterator:
        rec_headers = rec.rec_headers
        http = rec.http_headers
        http_headers: List[Tuple[str, str]] = []
        http_status: Optional[int] = None
        is_http = http is not None
        if is_http:
            http_headers = [(str(k), str(v)) for k, v in http.headers]
            try:
                http_status = int(http.get_statuscode())
            except (TypeError, ValueError):
                http_status = None
        # The raw stream's limit, before any read, is what is left of the
        # record's block after the HTTP headers: the payload's declared size.
        limit = getattr(rec.raw_stream, "limit", None)
        declared = int(limit) if isinstance(limit, int) else None
        if rec_headers.get_header("Content-Length") is None:
            declared = None
        raw = _RawRecord(
            offset=None,
            record_type=str(rec.rec_type or "").strip().lower(),
            record_id=rec_headers.get_header("WARC-Record-ID"),
            date=rec_headers.get_header("WARC-Date"),
            url=rec_headers.get_header("WARC-Target-URI"),
            truncated_header=rec_headers.get_header("WARC-Truncated"),
            is_http=is_http,
            http_status=http_status,
            http_headers=http_headers,
            declared_length=declared,
            payload=None,
        )
        if _wants_payload(raw, max_record_bytes):
            raw.payload = rec.raw_stream.read()
        # Asked before the payload is read, warcio would skip it.
        raw.offset = int(iterator.get_record_offset())
        yield raw


def _wants_payload(raw: _RawRecord, max_record_bytes: int) -> bool:
    if raw.record_type != "response":
        return False
    media_type, _ = media_type_and_charset(_header(raw.http_headers, "Content-Type"))
    if media_type is not None and not _looks_html_type(media_type):
        return False
    return raw.declared_length is None or raw.declared_length <= max_record_bytes


# ---- from a raw record to a row --------------------------------------------------------


class _Rows:
    """Turns the reader's records into WarcRecord rows and keeps the counts."""

    def __init__(self, filename: str, max_record_bytes: int, counts: Optional[Dict[str, int]]) -> None:
        self.filename = filename
        self.max_record_bytes = max_record_bytes
        self.counts = counts if counts is not None else {}
        for key in COUNT_KEYS:
            self.counts.setdefault(key, 0)
        # Set when a record's payload ended early: the reader hit the end of
        # the file inside it, and that row already says the file is cut.
        self.file_cut = False

    def row(self, raw: Optional[_RawRecord], status: str, error_code: Optional[str] = None,
            error: Optional[str] = None, body: Optional[bytes] = None,
            length: Optional[int] = None, offset: Optional[int] = None) -> WarcRecord:
        media_type, charset = (None, None)
        if raw is not None:
            media_type, charset = media_type_and_charset(_header(raw.http_headers, "Content-Type"))
        if status == "error":
            self.counts["errors"] += 1
        elif status == "skipped":
            self.counts["skipped_too_large"] += 1
        else:
            self.counts["html"] += 1
        return WarcRecord(
            warc_filename=self.filename,
            warc_record_offset=raw.offset if raw is not None else offset,
            warc_record_length=length,
            warc_record_id=raw.record_id if raw is not None else None,
            warc_date=raw.date if raw is not None else None,
            url=raw.url if raw is not None else None,
            http_status=raw.http_status if raw is not None else None,
            content_type=media_type,
            content_charset=charset,
            body=body if status == "ok" else None,
            status=status,
            error_code=error_code,
            error=error,
        )

    def judge(self, raw: _RawRecord, length: Optional[int]) -> Optional[WarcRecord]:
        """The row for one record, or None for a record that is not a page."""
        def error(code: str, why: str) -> WarcRecord:
            return self.row(raw, "error", code, why, length=length)

        where = f"the {raw.record_type or 'untyped'} record at offset {raw.offset}"
        if raw.record_type != "response":
            self.counts["skipped_not_html"] += 1
            return None
        media_type, _ = media_type_and_charset(_header(raw.http_headers, "Content-Type"))
        if media_type is not None and not _looks_html_type(media_type):
            self.counts["skipped_not_html"] += 1
            return None
        if raw.declared_length is not None and raw.declared_length > self.max_record_bytes:
            return self.row(raw, "skipped", "too_large",
                            f"{where} has a payload of {raw.declared_length} bytes, over the limit of "
                            f"{self.max_record_bytes} (max_record_bytes)", length=length)
        payload = raw.payload if raw.payload is not None else b""
        if raw.declared_length is None:
            self.file_cut = True
            return error("truncated", f"{where} has no Content-Length: its WARC headers are cut")
        if len(payload) < raw.declared_length:
            self.file_cut = True
            return error("truncated", f"{where} ends after {len(payload)} of its {raw.declared_length} payload "
                                      f"bytes: the file is cut")
        if not raw.is_http or raw.http_status is None:
            scheme = urllib.parse.urlsplit(raw.url or "").scheme.lower()
            if scheme not in ("http", "https"):
                self.counts["skipped_not_html"] += 1
                return None
            return error("bad_http", f"{where} ({raw.url}) does not start with an HTTP status line")
        transfer = _header(raw.http_headers, "Transfer-Encoding")
        http_length = _int_or_none(_header(raw.http_headers, "Content-Length"))
        if (http_length is not None and len(payload) < http_length and raw.truncated_header is None
                and not (transfer and "chunked" in transfer.lower()) and raw.http_status not in _NO_BODY_STATUSES
                and raw.http_status >= 200):
            return error("truncated", f"{where} ({raw.url}) holds {len(payload)} bytes of an HTTP body of "
                                      f"{http_length} (its Content-Length): the record was cut")
        try:
            body = decode_payload(payload, transfer, _header(raw.http_headers, "Content-Encoding"),
                                  self.max_record_bytes, partial_ok=raw.truncated_header is not None)
        except PayloadError as err:
            if err.code == "too_large":
                return self.row(raw, "skipped", "too_large", f"{where} ({raw.url}): {err}", length=length)
            return error(err.code, f"{where} ({raw.url}): {err}")
        if media_type is None and not looks_like_html(body):
            self.counts["skipped_not_html"] += 1
            return None
        return self.row(raw, "ok", body=body, length=length)


def iter_records(path: PathLike, *, reader: str = "fastwarc", max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 counts: Optional[Dict[str, int]] = None) -> Iterator[WarcRecord]:
    """Yields one :class:`WarcRecord` per response record with an HTML
    content type (text/html, application/xhtml+xml; also when the type is
    missing but the payload sniffs as HTML), and one per record that failed
    (status "error") or was too large (status "skipped", error_code
    "too_large"). Other records (requests, metadata, images, resources)
    yield nothing but are counted.

    ``counts``, when a dict, is updated as records are read: "records" (all
    WARC records seen), "html", "skipped_not_html", "skipped_too_large",
    "errors". A file cut mid-record ends with one status "error",
    error_code "truncated" row. A file that cannot be opened raises OSError
    (the caller reports it as a failed input), from this call itself, as
    do bad arguments (ValueError) and a missing reader (ImportError). ``path`` is a local path or
    a ``file:`` URI, a .warc or .warc.gz (ARC with reader="warcio").

    reader: "fastwarc" (default) or "warcio" (also reads ARC). A record
    that says it was cut by the crawler (WARC-Truncated) is read as it is.

    >>> for rec in newsdoc.warc.iter_records("crawl.warc.gz"):   # doctest: +SKIP
    ...     if rec.status == "ok":
    ...         doc = newsdoc.parse(rec.body, rec.url, charset=rec.content_charset)
    """
    if reader not in READERS:
        raise ValueError(f"reader must be one of {', '.join(READERS)}, not {reader!r}")
    if isinstance(max_record_bytes, bool) or not isinstance(max_record_bytes, int) or max_record_bytes < 0:
        raise ValueError(f"max_record_bytes must be a whole number >= 0, not {max_record_bytes!r}")
    filename = os.fspath(path)
    if not isinstance(filename, str):
        raise TypeError(f"path must be a str or os.PathLike[str], not {type(path).__name__}")
    # The reader is imported before the file is opened, so a missing extra
    # is reported as such whatever the file.
    records_of = _fastwarc_records if reader == "fastwarc" else _warcio_records
    _import("fastwarc.warc" if reader == "fastwarc" else "warcio.archiveiterator", reader)
    local = _local_path(filename)
    stream = open(local, "rb")
    rows = _Rows(filename, max_record_bytes, counts)
    return _read_all(stream, records_of(stream, max_record_bytes), rows, local)


def _read_all(stream: BinaryIO, records: Iterator[_RawRecord], rows: _Rows, local: str) -> Iterator[WarcRecord]:
    with stream:
        size = os.fstat(stream.fileno()).st_size
        yield from _rows_of(records, rows, local, size)


def _rows_of(records: Iterator[_RawRecord], rows: _Rows, local: str, size: int) -> Iterator[WarcRecord]:
    # A row waits for the next record: its length is where the next starts.
    pending: Optional[_RawRecord] = None
    failure: Optional[str] = None
    while True:
        try:
            raw = next(records)
        except StopIteration:
            break
        except ImportError:
            raise
        except Exception as err:  # the readers raise OSError, ValueError, their own types...
            failure = f"{type(err).__name__}: {err}"
            break
        rows.counts["records"] += 1
        if pending is not None:
            row = rows.judge(pending, _length(pending.offset, raw.offset))
            if row is not None:
                yield row
        pending = raw
    if pending is not None:
        row = rows.judge(pending, _length(pending.offset, size))
        if row is not None:
            yield row
    if rows.file_cut:
        return
    # The readers stop quietly at a record cut inside its headers (or give
    # nothing at all for one): the file's tail is checked here, from the
    # last record that started, so that a cut file never reads as complete.
    start = pending.offset if pending is not None and pending.offset is not None else 0
    problem = find_cut(local, start, size, whole_file=pending is None)
    if problem is not None:
        code, why, at = problem
        yield rows.row(None, "error", code, f"{os.path.basename(local)}: {why}", offset=at)
    elif failure is not None:
        yield rows.row(None, "error", "read_error",
                       f"{os.path.basename(local)}: the reader stopped after {rows.counts['records']} records: "
                       f"{failure}", offset=None)


def _length(start: Optional[int], end: Optional[int]) -> Optional[int]:
    if start is None or end is None or end < start:
        return None
    return end - start
