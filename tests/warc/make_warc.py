#!/usr/bin/env python3
"""A small WARC/1.1 writer, standard library only, for tests and benchmarks.

    from make_warc import WarcWriter
    with WarcWriter("pages.warc.gz") as warc:      # .gz: one gzip member a record
        warc.warcinfo({"software": "newsdoc tests"})
        warc.request("https://example.org/a")
        warc.response("https://example.org/a", page_bytes,
                      [("Content-Type", "text/html; charset=utf-8")])
        warc.resource("https://example.org/logo.png", png_bytes, "image/png")
        warc.metadata("https://example.org/a", {"fetchTimeMs": "120"})
        warc.response(..., cut=100)   # only the first 100 stored bytes: a cut file
                                      # (cut=-40: all but the last 40)

The caller gives the HTTP headers as they should be stored (a gzip or
chunked body is the caller's to encode: see gzip_body and chunked_body);
Content-Length is added when the caller gives none and `content_length`
is not False. `cut` keeps only the first `cut` bytes of a record as stored
(compressed, for .gz; a negative cut drops that many from the end) and
closes the writer: the file ends mid-record.

From the command line: make_warc.py OUT.warc[.gz] [--cut-last N] PAGE URL [PAGE URL...]
writes one request and one text/html response per page.
"""

from __future__ import annotations

import argparse
import gzip
import base64
import hashlib
import io
import struct
import sys
import uuid
import zlib
from typing import BinaryIO, Dict, Iterable, List, Optional, Sequence, Tuple, Union

Headers = Sequence[Tuple[str, str]]

STATUS_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
                  500: "Internal Server Error"}


def gzip_body(body: bytes) -> bytes:
    """`body` as a gzip content encoding (fixed mtime: the same bytes each run)."""
    return gzip.compress(body, mtime=0)


def chunked_body(body: bytes, chunk: int = 1000) -> bytes:
    """`body` as a chunked transfer encoding."""
    out = io.BytesIO()
    for start in range(0, len(body), chunk):
        piece = body[start:start + chunk]
        out.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
    out.write(b"0\r\n\r\n")
    return out.getvalue()


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG: a non-HTML payload."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")


def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_block(status: int, headers: Headers, body: bytes, *, reason: Optional[str] = None,
               content_length: bool = True, line_end: bytes = b"\r\n") -> bytes:
    """An HTTP response as stored in a response record's block. line_end
    b"\\n" gives the LF-only header lines some crawlers wrote."""
    lines = [f"HTTP/1.1 {status} {reason or STATUS_REASONS.get(status, 'Status')}".encode("ascii")]
    names = {name.lower() for name, _ in headers}
    lines += [f"{name}: {value}".encode("latin-1") for name, value in headers]
    if content_length and "content-length" not in names and "transfer-encoding" not in names:
        lines.append(b"Content-Length: %d" % len(body))
    return line_end.join(lines) + line_end + line_end + body


class WarcWriter:
    """Writes WARC/1.1 records to a path (".gz" at the end: one gzip member
    a record) or a binary file. Each method returns the record's offset."""

    def __init__(self, target: Union[str, BinaryIO], *, compress: Optional[bool] = None,
                 date: str = "2026-01-02T03:04:05Z") -> None:
        if isinstance(target, str):
            self._file: BinaryIO = open(target, "wb")
            self._own = True
            self.compress = target.endswith(".gz") if compress is None else compress
        else:
            self._file = target
            self._own = False
            self.compress = bool(compress)
        self.date = date
        self.warcinfo_id: Optional[str] = None
        self.closed = False
        self.offsets: List[int] = []

    def __enter__(self) -> "WarcWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            if self._own:
                self._file.close()
            else:
                self._file.flush()

    @staticmethod
    def new_id() -> str:
        return f"<urn:uuid:{uuid.uuid4()}>"

    def record(self, warc_type: str, block: bytes, headers: Headers = (), *, url: Optional[str] = None,
               content_type: Optional[str] = None, record_id: Optional[str] = None,
               cut: Optional[int] = None, warc_headers_end: bytes = b"\r\n") -> int:
        """Any record: `headers` are extra WARC headers. Returns its offset."""
        if self.closed:
            raise ValueError("the writer is closed (a cut record ends the file)")
        fields: List[Tuple[str, str]] = [("WARC-Type", warc_type),
                                         ("WARC-Record-ID", record_id or self.new_id()),
                                         ("WARC-Date", self.date)]
        if url is not None:
            fields.append(("WARC-Target-URI", url))
        if self.warcinfo_id and warc_type != "warcinfo":
            fields.append(("WARC-Warcinfo-ID", self.warcinfo_id))
        fields.append(("WARC-Block-Digest", _digest(block)))
        fields += list(headers)
        if content_type is not None:
            fields.append(("Content-Type", content_type))
        fields.append(("Content-Length", str(len(block))))
        end = warc_headers_end
        head = b"WARC/1.1" + end + b"".join(f"{k}: {v}".encode("utf-8") + end for k, v in fields) + end
        stored = head + block + b"\r\n\r\n"
        if self.compress:
            stored = gzip.compress(stored, mtime=0)
        offset = self._file.tell()
        self.offsets.append(offset)
        if cut is not None:
            # A negative cut drops that many bytes from the end.
            keep = cut if cut >= 0 else len(stored) + cut
            if not 0 <= keep < len(stored):
                raise ValueError(f"cut={cut} is not inside the record's {len(stored)} stored bytes")
            self._file.write(stored[:keep])
            self.close()
        else:
            self._file.write(stored)
        return offset

    def warcinfo(self, fields: Optional[Dict[str, str]] = None, *, cut: Optional[int] = None) -> int:
        info = fields if fields is not None else {"software": "newsdoc tests/warc/make_warc.py",
                                                  "format": "WARC File Format 1.1"}
        block = "".join(f"{k}: {v}\r\n" for k, v in info.items()).encode("utf-8")
        self.warcinfo_id = self.new_id()
        return self.record("warcinfo", block, content_type="application/warc-fields",
                           record_id=self.warcinfo_id, cut=cut)

    def request(self, url: str, headers: Headers = (), *, cut: Optional[int] = None) -> int:
        target = url.split("://", 1)[-1]
        host, _, path = target.partition("/")
        lines = [f"GET /{path} HTTP/1.1", f"Host: {host}"] + [f"{k}: {v}" for k, v in headers]
        block = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return self.record("request", block, url=url, content_type="application/http; msgtype=request", cut=cut)

    def response(self, url: str, body: bytes, headers: Headers = (("Content-Type", "text/html; charset=utf-8"),),
                 *, status: int = 200, reason: Optional[str] = None, content_length: bool = True,
                 http_line_end: bytes = b"\r\n", warc_headers: Headers = (), raw_block: Optional[bytes] = None,
                 cut: Optional[int] = None) -> int:
        """A response record; `raw_block` replaces the whole HTTP block."""
        block = raw_block if raw_block is not None else http_block(
            status, headers, body, reason=reason, content_length=content_length, line_end=http_line_end)
        return self.record("response", block, warc_headers, url=url,
                           content_type="application/http; msgtype=response", cut=cut)

    def resource(self, url: str, body: bytes, content_type: str, *, cut: Optional[int] = None) -> int:
        return self.record("resource", body, url=url, content_type=content_type, cut=cut)

    def metadata(self, url: str, fields: Dict[str, str], *, cut: Optional[int] = None) -> int:
        block = "".join(f"{k}: {v}\r\n" for k, v in fields.items()).encode("utf-8")
        return self.record("metadata", block, url=url, content_type="application/warc-fields", cut=cut)


def write_pages(path: str, pages: Iterable[Tuple[bytes, str]], cut_last: Optional[int] = None) -> int:
    """A WARC of (html, url) pages, each as a request and a response. Returns the record count."""
    count = 0
    with WarcWriter(path) as warc:
        warc.warcinfo()
        count += 1
        items = list(pages)
        for i, (html, url) in enumerate(items):
            warc.request(url)
            last = i == len(items) - 1
            warc.response(url, html, cut=cut_last if last else None)
            count += 2
    return count


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the WARC to write (.warc or .warc.gz)")
    parser.add_argument("--cut-last", type=int, default=None,
                        help="keep only this many stored bytes of the last response (a cut file)")
    parser.add_argument("pages", nargs="+", help="PAGE URL pairs")
    args = parser.parse_args(argv)
    if len(args.pages) % 2:
        parser.error("pages come as PAGE URL pairs")
    pairs = []
    for i in range(0, len(args.pages), 2):
        with open(args.pages[i], "rb") as f:
            pairs.append((f.read(), args.pages[i + 1]))
    count = write_pages(args.out, pairs, args.cut_last)
    print(f"{args.out}: {count} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
