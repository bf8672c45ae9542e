"""Is a WARC file whole? Checked from the last record a reader started.

FastWARC and warcio both stop without a word at a record whose WARC
headers are cut, and give nothing for a .warc.gz cut inside its first
gzip member: a cut file would read as a short, complete one. After the
reader is done, the file is read again from the last record's offset
(one record, so the cost is small): that record must end inside the file,
and every gzip member from there must be complete."""

from __future__ import annotations

import re
import zlib
from typing import BinaryIO, Optional, Tuple

_READ = 64 * 1024
# WARC headers longer than this are not headers (the readers' own limit is 32 KiB).
_MAX_HEADERS = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)

# (error_code, a sentence, the offset of the record or gzip member it is about)
Problem = Tuple[str, str, int]


class _Records:
    """Follows the records from the offset on, as their bytes come: the
    headers of each, then as many block bytes as its Content-Length says."""

    def __init__(self) -> None:
        self.head = bytearray()     # the headers of the record being read
        self.in_block = 0           # block bytes still to come
        self.block_length = 0
        self.position = 0           # bytes fed so far
        self.started = 0            # where the record being read started
        self.member = 0             # in a .warc.gz: where the gzip member being read starts
        self.started_member = 0     # ... and the one the record being read started in
        self.count = 0              # records whose headers were read
        self.problem: Optional[Tuple[str, str]] = None
        self.not_warc = False

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while len(view) and self.problem is None and not self.not_warc:
            if self.in_block:
                step = min(self.in_block, len(view))
                self.in_block -= step
                self.position += step
                view = view[step:]
                continue
            if not self.head:
                # Between records: the CRLFs that end the last one.
                skip = len(bytes(view[:_READ])) - len(bytes(view[:_READ]).lstrip(b"\r\n"))
                if skip:
                    self.position += skip
                    view = view[skip:]
                    continue
                self.started = self.position
                self.started_member = self.member
            take = bytes(view[:_MAX_HEADERS + 4 - len(self.head)])
            before = len(self.head)
            self.head += take
            if len(self.head) >= 5 and not self.head.startswith(b"WARC/"):
                self.not_warc = True
                return
            ends = [i + n for i, n in ((self.head.find(b"\r\n\r\n"), 4), (self.head.find(b"\n\n"), 2)) if i >= 0]
            if not ends:
                if len(self.head) > _MAX_HEADERS:
                    self.problem = ("read_error", f"WARC headers longer than {_MAX_HEADERS} bytes")
                self.position += len(take)
                view = view[len(take):]
                continue
            header_end = min(ends)
            match = _CONTENT_LENGTH.search(bytes(self.head[:header_end]))
            if match is None:
                self.problem = ("read_error", "a record without Content-Length")
                return
            used = header_end - before
            self.position += used
            view = view[used:]
            self.block_length = self.in_block = int(match.group(1))
            self.count += 1
            self.head = bytearray()

    def verdict(self, at: int, where: str) -> Optional[Problem]:
        record = f"the record {where}"
        if self.problem is not None:
            return (self.problem[0], f"{record}: {self.problem[1]}", at)
        if self.not_warc:
            return None
        if self.head:
            return ("truncated", f"the file ends inside the WARC headers of {record}: the file is cut", at)
        if self.in_block:
            have = self.block_length - self.in_block
            return ("truncated", f"the file ends {have} bytes into the {self.block_length}-byte block of "
                                 f"{record}: the file is cut", at)
        return None


def _not_warc(head: bytes) -> str:
    if head.lstrip().startswith(b"filedesc://"):
        return "an ARC file, which only reader=\"warcio\" reads"
    return f"not a WARC record: it starts {head[:16]!r}"


def _read_from(stream: BinaryIO, record: _Records) -> Optional[Problem]:
    """Feeds `record` the decompressed gzip members; a problem with the
    members themselves, or None."""
    pending = b""
    while True:
        record.member = stream.tell() - len(pending)
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = pending
        pending = b""
        while not decoder.eof:
            if not data:
                data = stream.read(_READ)
                if not data:
                    return ("truncated", f"the file ends inside the gzip member at offset {record.member}: "
                                         f"the file is cut", record.member)
            try:
                record.feed(decoder.decompress(data))
            except zlib.error as err:
                return ("read_error", f"the gzip member at offset {record.member} does not decompress ({err})",
                        record.member)
            data = b""
        pending = decoder.unused_data
        if not pending:
            pending = stream.read(_READ)
        if not pending:
            return None
        if not pending.startswith(_GZIP_MAGIC[:len(pending)]):
            if pending.strip(b"\0\r\n \t"):
                at = stream.tell() - len(pending)
                return ("read_error", f"the bytes at offset {at} are not a gzip member", at)
            return None


def find_cut(path: str, offset: int, size: int, whole_file: bool = False) -> Optional[Problem]:
    """(error_code, why, offset) when the records from `offset` on do not end where
    the file ends (or, with whole_file, when the file holds bytes but no
    WARC record); None when they do. An ARC file is not checked."""
    if offset >= size:
        return None
    records = _Records()
    compressed = False
    with open(path, "rb") as stream:
        stream.seek(offset)
        compressed = stream.read(2) == _GZIP_MAGIC
        stream.seek(offset)
        members = None
        if compressed:
            members = _read_from(stream, records)
        else:
            data = stream.read(_READ)
            while data:
                records.feed(data)
                data = stream.read(_READ)
    at = records.started_member if compressed else offset + records.started
    where = f"in the gzip member at offset {at}" if compressed else f"at offset {at}"
    found = records.verdict(at, where)
    if found is not None:
        return found
    if members is not None:
        return members
    if whole_file and records.not_warc:
        return ("read_error", _not_warc(bytes(records.head)), offset)
    if whole_file and records.count:
        return ("read_error", f"the reader found no record, but one starts at offset {offset}", offset)
    return None
