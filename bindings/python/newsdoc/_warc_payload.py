"""An HTTP payload as stored in a WARC record, made into the page's bytes:
the Content-Type header read, chunked transfer and gzip/deflate/br content
encodings undone, HTML recognised when no type was sent."""

from __future__ import annotations

import importlib
import zlib
from typing import Optional, Tuple


class PayloadError(Exception):
    """A payload that cannot be decoded; ``code`` is the row's error_code
    ("decode_error", "truncated" or "too_large")."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def media_type_and_charset(content_type: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    """("text/html", "iso-8859-1") from "text/html; charset=ISO-8859-1";
    (None, None) when there is no header or no type in it."""
    if content_type is None:
        return None, None
    parts = content_type.split(";")
    media_type = parts[0].strip().lower() or None
    charset = None
    for param in parts[1:]:
        name, sep, value = param.partition("=")
        if sep and name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").strip() or None
    return media_type, charset


# How a page starts, lower case, once white space and a byte order mark are
# stripped: what makes a payload sent without a Content-Type HTML.
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<?xml")
_HTML_TAGS = (b"<html", b"<head", b"<body", b"<title", b"<meta", b"<p>", b"<div")
_SNIFF_BYTES = 1024


def looks_like_html(body: bytes) -> bool:
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n\f").lower()
    if not head.startswith(_HTML_STARTS):
        return False
    return any(tag in head for tag in _HTML_TAGS)


def _dechunk(payload: bytes, limit: int) -> Optional[bytes]:
    """The body of a chunked payload, or None when it is not chunked at all
    (crawlers often store the body already dechunked and keep the header)."""
    out = bytearray()
    pos = 0
    first = True
    while True:
        line_end = payload.find(b"\n", pos)
        if line_end < 0:
            if first:
                return None
            raise PayloadError("truncated", f"the chunked body ends inside a chunk header after {len(out)} bytes")
        size_text = payload[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            if first:
                return None
            raise PayloadError("decode_error", f"the chunked body has a bad chunk size {size_text[:20]!r}") from None
        first = False
        pos = line_end + 1
        if size == 0:
            return bytes(out)
        if pos + size > len(payload):
            raise PayloadError("truncated", f"the chunked body ends inside a chunk of {size} bytes")
        out += payload[pos:pos + size]
        if len(out) > limit:
            raise PayloadError("too_large", f"the dechunked body is over the limit of {limit} bytes")
        pos += size
        # The CRLF after the chunk's data (LF alone from lenient servers).
        if payload.startswith(b"\r\n", pos):
            pos += 2
        elif payload.startswith(b"\n", pos):
            pos += 1


def _inflate(payload: bytes, wbits: int, name: str, limit: int, partial_ok: bool) -> bytes:
    decoder = zlib.decompressobj(wbits)
    try:
        out = decoder.decompress(payload, limit + 1)
    except zlib.error as err:
        raise PayloadError("decode_error", f"the {name} content encoding does not decode ({err})") from None
    if len(out) > limit:
        raise PayloadError("too_large", f"the body decoded from {name} is over the limit of {limit} bytes")
    if not decoder.eof and not partial_ok:
        raise PayloadError("truncated", f"the {name} body ends before its end (the body was cut)")
    return out


def _brotli(payload: bytes, limit: int) -> bytes:
    try:
        brotli = importlib.import_module("brotli")
    except ImportError:
        raise PayloadError("decode_error", "the body is brotli-encoded (br) and the brotli package is not "
                                           "installed (pip install brotli)") from None
    try:
        out = brotli.decompress(payload)
    except Exception as err:  # brotli.error
        raise PayloadError("decode_error", f"the br content encoding does not decode ({err})") from None
    if not isinstance(out, bytes):
        raise PayloadError("decode_error", "the brotli package returned no bytes")
    if len(out) > limit:
        raise PayloadError("too_large", f"the body decoded from br is over the limit of {limit} bytes")
    return out


_GZIP_MAGIC = b"\x1f\x8b"


def _looks_zlib(payload: bytes) -> bool:
    # RFC 1950: CM 8 in the low nibble, and the header a multiple of 31.
    return len(payload) >= 2 and payload[0] & 0x0F == 8 and (payload[0] << 8 | payload[1]) % 31 == 0


def decode_payload(payload: bytes, transfer_encoding: Optional[str], content_encoding: Optional[str],
                   limit: int, partial_ok: bool = False) -> bytes:
    """The page's bytes from an HTTP payload. Raises PayloadError.

    A payload that its headers call chunked or compressed but that is not
    (crawlers such as ClueWeb's stored bodies decoded and kept the
    headers) is taken as it is. ``partial_ok``: the record says it was cut
    (WARC-Truncated), so a compressed body that stops early is kept."""
    body = payload
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        dechunked = _dechunk(body, limit)
        if dechunked is not None:
            body = dechunked
    for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]):
        if coding in ("identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            if body.startswith(_GZIP_MAGIC):
                body = _inflate(body, 16 + zlib.MAX_WBITS, "gzip", limit, partial_ok)
        elif coding == "deflate":
            # "deflate" is zlib-wrapped by the RFC, raw deflate from some servers.
            if _looks_zlib(body):
                body = _inflate(body, zlib.MAX_WBITS, "deflate", limit, partial_ok)
            elif body and not looks_like_html(body):
                body = _inflate(body, -zlib.MAX_WBITS, "deflate", limit, partial_ok)
        elif coding == "br":
            if body and not looks_like_html(body):
                body = _brotli(body, limit)
        else:
            raise PayloadError("decode_error", f"the content encoding {coding!r} is not supported")
    return body
