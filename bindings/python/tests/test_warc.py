"""newsdoc.warc.iter_records with both readers (FastWARC, warcio).

A WARC is built at test time (tests/warc/make_warc.py) from the project's
own pages plus edge records; the public samples in ../shared/bench/warc
give the results documented in SAMPLES below.

FastWARC and warcio come from PyPI (newsdoc[warc]; bindings/python/test.sh
installs them pinned). Their absence is a failure under
NEWSDOC_PY_STRICT=1 unless test.sh could not install them at all, which it
says in NEWSDOC_PY_WARC_MISSING: then these tests skip, naming the package.
"""

from __future__ import annotations

import gzip
import importlib
import importlib.util
import os
import sys
import zlib
from types import ModuleType
from typing import Any, Dict, List, Optional, Tuple

import pytest

import newsdoc
import newsdoc.warc as warc
from conftest import PAGES, SEED_URL, SOURCE_DIR, need, seed_path, source_path

READERS = ["fastwarc", "warcio"]
READER_MODULES = {"fastwarc": "fastwarc.warc", "warcio": "warcio.archiveiterator"}
BASE = "https://warc.test.example/"


def _reader_available(reader: str) -> bool:
    missing = os.environ.get("NEWSDOC_PY_WARC_MISSING", "")
    try:
        importlib.import_module(READER_MODULES[reader])
        return True
    except ImportError:
        if reader in missing.split():
            pytest.skip(f"{reader} is not installed and bindings/python/test.sh could not install it "
                        f"(pip install newsdoc[warc])")
        need(False, f"{reader} is not installed (pip install newsdoc[warc])")
        return False


@pytest.fixture(params=READERS)
def reader(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    _reader_available(name)
    return name


def _make_warc() -> ModuleType:
    path = source_path("tests", "warc", "make_warc.py")
    need(os.path.isfile(path), f"no WARC writer at {path}")
    spec = importlib.util.spec_from_file_location("make_warc", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_warc"] = module
    spec.loader.exec_module(module)
    return module


LATIN1_PAGE = ("<html><head><title>Caf\u00e9 in M\u00fcnchen</title></head><body><article><h1>Caf\u00e9 in "
               "M\u00fcnchen</h1><p>Die Stra\u00dfe vor dem Caf\u00e9 ist gesperrt, sagt die Stadt. Sie wird im "
               "Fr\u00fchjahr ge\u00f6ffnet.</p></article></body></html>").encode("iso-8859-1")
SNIFFED_PAGE = b"<!DOCTYPE html><html><head><title>No type</title></head><body><p>Sent without a type.</p></body></html>"
ARTICLE = b"<html><head><title>Edge</title></head><body><article><h1>Edge</h1><p>%s</p></article></body></html>"


def _project_pages() -> List[Tuple[bytes, str, str]]:
    """(bytes, url, name) of the project's HTML pages, the seed page among them when present."""
    out = []
    for i, page in enumerate(p for p in PAGES if p.input == "html"):
        url = page.url or f"{BASE}project/{i}-{os.path.basename(page.path)}"
        out.append((page.read(), url, page.name))
    return out


class Built:
    """The test-time WARC and what iter_records must give for it."""

    def __init__(self, path: str, expected: List[Tuple[str, str, Optional[str]]], counts: Dict[str, int],
                 bodies: Dict[str, bytes], charsets: Dict[str, Optional[str]]) -> None:
        self.path = path
        self.expected = expected      # (url, status, error_code) in file order
        self.counts = counts
        self.bodies = bodies          # url -> the page's bytes, for "ok" rows
        self.charsets = charsets


def _build(path: str, cut: bool = True) -> Built:
    mw = _make_warc()
    expected: List[Tuple[str, str, Optional[str]]] = []
    bodies: Dict[str, bytes] = {}
    charsets: Dict[str, Optional[str]] = {}
    not_html = 0

    def ok(url: str, body: bytes, charset: Optional[str] = "utf-8") -> None:
        expected.append((url, "ok", None))
        bodies[url] = body
        charsets[url] = charset

    with mw.WarcWriter(path) as w:
        w.warcinfo()
        not_html += 1
        for body, url, _ in _project_pages():
            w.request(url)
            w.response(url, body)
            w.metadata(url, {"fetchTimeMs": "12"})
            not_html += 2
            ok(url, body)
        page = ARTICLE % b"A body sent gzip-encoded."
        url = BASE + "gzip"
        w.response(url, mw.gzip_body(page), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        ok(url, page, None)
        page = ARTICLE % (b"A chunked body. " * 300)
        url = BASE + "chunked"
        w.response(url, mw.chunked_body(page), [("Content-Type", "text/html; charset=utf-8"),
                                                ("Transfer-Encoding", "chunked")])
        ok(url, page)
        page = ARTICLE % b"Both chunked and gzip-encoded."
        url = BASE + "chunked-gzip"
        w.response(url, mw.chunked_body(mw.gzip_body(page), 40),
                   [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
        ok(url, page, None)
        page = ARTICLE % b"HTTP header lines that end with LF alone."
        url = BASE + "lf-only"
        w.response(url, page, [("Content-Type", "text/html; charset=utf-8")], http_line_end=b"\n")
        ok(url, page)
        url = BASE + "latin1"
        w.response(url, LATIN1_PAGE, [("Content-Type", "text/html; charset=ISO-8859-1")])
        ok(url, LATIN1_PAGE, "ISO-8859-1")
        url = BASE + "no-type"
        w.response(url, SNIFFED_PAGE, [("Server", "test")])
        ok(url, SNIFFED_PAGE, None)
        w.response(BASE + "no-type.bin", b"\x00\x01binary", [("Server", "test")])
        not_html += 1
        w.response(BASE + "logo.png", mw.tiny_png(), [("Content-Type", "image/png")])
        w.resource(BASE + "logo-resource.png", mw.tiny_png(), "image/png")
        w.resource(BASE + "page-resource.html", SNIFFED_PAGE, "text/html")
        not_html += 3
        url = BASE + "empty"
        w.response(url, b"", [("Content-Type", "text/html")])
        ok(url, b"", None)
        url = BASE + "bad-gzip"
        w.response(url, b"\x1f\x8b\x08\x00" + b"not gzip at all" * 4, [("Content-Type", "text/html"),
                                                                     ("Content-Encoding", "gzip")])
        expected.append((url, "error", "decode_error"))
        url = BASE + "too-large"
        w.response(url, b"<html><body><p>" + b"x" * warc.DEFAULT_MAX_RECORD_BYTES + b"</p></body></html>",
                   [("Content-Type", "text/html")])
        expected.append((url, "skipped", "too_large"))
        url = BASE + "cut-by-the-crawler"
        page = ARTICLE % b"An HTTP Content-Length the block does not hold."
        block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % (len(page) + 50)) + page
        w.response(url, b"", raw_block=block)
        expected.append((url, "error", "truncated"))
        # A crawler that stops at its own size limit says so (WARC-Truncated):
        # the part it kept is a page like any other.
        url = BASE + "warc-truncated"
        page = ARTICLE % (b"Kept by the crawler up to its limit. " * 20)
        kept = mw.gzip_body(page)[:-30]
        block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                 b"Content-Length: %d\r\n\r\n" % (len(kept) + 30)) + kept
        w.response(url, b"", raw_block=block, warc_headers=[("WARC-Truncated", "length")])
        ok(url, zlib.decompressobj(31).decompress(kept), None)
        url = BASE + "not-http"
        w.response(url, b"", raw_block=b"this is not an HTTP response\r\n\r\n<html></html>")
        expected.append((url, "error", "bad_http"))
        page = ARTICLE % b"After the failures, pages are still read."
        url = BASE + "after"
        w.response(url, page)
        ok(url, page)
        if cut:
            url = BASE + "cut"
            w.response(url, ARTICLE % (b"The file ends inside this record. " * 40), cut=-40)
            expected.append((url, "error", "truncated"))
        records = len(w.offsets)
    html = sum(1 for _, status, _ in expected if status == "ok")
    counts = {"records": records, "html": html, "skipped_not_html": not_html,
              "skipped_too_large": sum(1 for _, s, _ in expected if s == "skipped"),
              "errors": sum(1 for _, s, _ in expected if s == "error")}
    return Built(path, expected, counts, bodies, charsets)


@pytest.fixture(scope="module", params=["warc", "warc.gz"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(str(tmp_path_factory.mktemp("warc") / f"built.{request.param}"))


def _rows(path: str, reader: str, **options: Any) -> Tuple[List[warc.WarcRecord], Dict[str, int]]:
    counts: Dict[str, int] = {}
    rows = list(warc.iter_records(path, reader=reader, counts=counts, **options))
    return rows, counts


def test_built_warc(built: Built, reader: str) -> None:
    rows, counts = _rows(built.path, reader)
    got = [(r.url, r.status, r.error_code) for r in rows]
    # A reader that does not get through the cut record's WARC headers (warcio
    # in a cut gzip member) neither counts it nor names its URL: the check of
    # the file's tail reports the cut.
    if got[-1] == (None, "error", "truncated"):
        got[-1] = built.expected[-1]
        counts["records"] += 1
    assert got == built.expected
    assert counts == built.counts
    assert rows[-1].error and "cut" in rows[-1].error
    for row in rows:
        assert row.warc_filename == built.path
        assert row.error is None if row.status == "ok" else row.error
        assert (row.body is not None) == (row.status == "ok")
        if row.status != "ok":
            continue
        assert row.body == built.bodies[row.url], row.url
        assert row.content_charset == built.charsets[row.url], row.url
        assert row.http_status == 200
        assert row.warc_record_id and row.warc_record_id.startswith("<urn:uuid:")
        assert row.warc_date == "2026-01-02T03:04:05Z"
        assert row.warc_record_offset is not None and row.warc_record_length
        assert row.content_type in ("text/html", None)


def test_offsets_locate_records(built: Built, reader: str) -> None:
    """offset and length cut the record out of the file, as Common Crawl's index does."""
    rows, _ = _rows(built.path, reader)
    with open(built.path, "rb") as f:
        data = f.read()
    for row in rows:
        if row.status != "ok":
            continue
        assert row.warc_record_offset is not None and row.warc_record_length is not None
        stored = data[row.warc_record_offset:row.warc_record_offset + row.warc_record_length]
        record = gzip.decompress(stored) if built.path.endswith(".gz") else stored
        assert record.startswith(b"WARC/1.1\r\n") and record.endswith(b"\r\n\r\n")
        assert f"WARC-Target-URI: {row.url}\r\n".encode() in record


def test_pages_parse_as_from_the_file(built: Built, reader: str) -> None:
    """Each page parsed from its row is the document the page's own bytes give."""
    rows, _ = _rows(built.path, reader)
    pages = {url: body for body, url, _ in _project_pages()}
    assert pages, "no project pages"
    assert (SEED_URL in pages) == (seed_path() is not None)
    checked = 0
    for row in rows:
        if row.url in pages:
            assert row.body is not None
            checked += 1
            doc = newsdoc.parse(row.body, row.url, charset=row.content_charset)
            assert doc.to_dict() == newsdoc.parse(pages[row.url], row.url).to_dict(), row.url
    assert checked == len(pages)


def test_charset_from_the_http_header(built: Built, reader: str) -> None:
    rows, _ = _rows(built.path, reader)
    row = next(r for r in rows if r.url == BASE + "latin1")
    assert row.body is not None and row.content_charset == "ISO-8859-1"
    doc = newsdoc.parse(row.body, row.url, charset=row.content_charset)
    assert doc.title == "Caf\u00e9 in M\u00fcnchen"
    assert "Die Stra\u00dfe vor dem Caf\u00e9 ist gesperrt" in doc.text
    assert "Fr\u00fchjahr ge\u00f6ffnet" in doc.text


def test_empty_body_is_a_row_the_parser_refuses(built: Built, reader: str) -> None:
    rows, _ = _rows(built.path, reader)
    row = next(r for r in rows if r.url == BASE + "empty")
    assert row.status == "ok" and row.body == b""
    with pytest.raises(newsdoc.NewsdocError) as err:
        newsdoc.parse(row.body, row.url)
    assert err.value.code == newsdoc.ErrorCode.EEMPTY


def test_record_size_limit(built: Built, reader: str) -> None:
    limit = 2000
    rows, counts = _rows(built.path, reader, max_record_bytes=limit)
    for row in rows:
        if row.status == "ok":
            assert row.body is not None and len(row.body) <= limit
    too_large = [r for r in rows if r.error_code == "too_large"]
    assert too_large and counts["skipped_too_large"] == len(too_large)
    assert all(r.status == "skipped" and r.body is None and "max_record_bytes" in (r.error or "") for r in too_large)
    # The chunked page is under the limit stored, over it decoded: skipped too.
    urls = {r.url for r in too_large}
    assert BASE + "chunked" in urls and BASE + "too-large" in urls
    assert counts["html"] + counts["skipped_too_large"] + counts["errors"] == len(rows)


def test_gzip_bomb_is_too_large(tmp_path: Any, reader: str) -> None:
    mw = _make_warc()
    path = str(tmp_path / "bomb.warc.gz")
    with mw.WarcWriter(path) as w:
        w.response(BASE + "bomb", mw.gzip_body(b"<p>" + b"a" * 3_000_000), [("Content-Type", "text/html"),
                                                                          ("Content-Encoding", "gzip")])
    rows, counts = _rows(path, reader, max_record_bytes=1_000_000)
    assert [(r.status, r.error_code) for r in rows] == [("skipped", "too_large")]


def _cut_positions(size: int, offsets: List[int], compressed: bool) -> List[int]:
    """Places to cut that are inside a record: not where one starts, and (for
    a .warc) not in a record's closing CRLF CRLF, which holds no data."""
    step = max(1, size // 250)
    ends = set(range(1, size, step)) | ({size - 1, size - 3} if compressed else {size - 5})
    closings = set() if compressed else {o - k for o in offsets[1:] + [size] for k in range(1, 5)}
    return sorted(e for e in ends if e not in offsets and e not in closings)


@pytest.mark.parametrize("suffix", ["warc", "warc.gz"])
def test_every_cut_is_reported(tmp_path: Any, reader: str, suffix: str) -> None:
    """A file cut anywhere inside a record (its headers, its block, its gzip
    member) ends with a truncated row, never reads as a whole file."""
    mw = _make_warc()
    whole = str(tmp_path / f"whole.{suffix}")
    with mw.WarcWriter(whole) as w:
        w.warcinfo()
        w.request(BASE + "a")
        w.response(BASE + "a", ARTICLE % (b"First page. " * 50))
        last = w.response(BASE + "b", mw.gzip_body(ARTICLE % (b"Second page. " * 50)),
                          [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
    with open(whole, "rb") as f:
        data = f.read()
    rows, _ = _rows(whole, reader)
    assert [(r.url, r.status) for r in rows] == [(BASE + "a", "ok"), (BASE + "b", "ok")]
    cut_file = str(tmp_path / f"cut.{suffix}")
    for end in _cut_positions(len(data), w.offsets, suffix.endswith(".gz")):
        with open(cut_file, "wb") as f:
            f.write(data[:end])
        rows, counts = _rows(cut_file, reader)
        last_row = rows[-1] if rows else None
        assert last_row is not None and (last_row.status, last_row.error_code) == ("error", "truncated"), \
            f"cut at {end} of {len(data)}: {[(r.url, r.status, r.error) for r in rows]}"
        assert sum(1 for r in rows if r.error_code == "truncated") == 1, end
        if end > last:
            assert rows[0].status == "ok" and rows[0].url == BASE + "a", end


def test_corrupt_gzip_member_is_a_row(tmp_path: Any, reader: str) -> None:
    """A damaged member in the middle of a .warc.gz: the records before it,
    then one read_error row naming the member; no exception."""
    mw = _make_warc()
    path = str(tmp_path / "damaged.warc.gz")
    with mw.WarcWriter(path) as w:
        for i in range(5):
            w.response(f"{BASE}{i}", ARTICLE % (b"Page %d. " % i * 40))
    with open(path, "rb") as f:
        data = bytearray(f.read())
    for k in range(w.offsets[2] + 30, w.offsets[2] + 60):
        data[k] ^= 0x55
    with open(path, "wb") as f:
        f.write(data)
    rows, counts = _rows(path, reader)
    assert [(r.url, r.status) for r in rows[:2]] == [(f"{BASE}0", "ok"), (f"{BASE}1", "ok")]
    assert [(r.status, r.error_code, r.warc_record_offset) for r in rows[2:]] == [("error", "read_error", w.offsets[2])]
    assert f"the gzip member at offset {w.offsets[2]} does not decompress" in (rows[2].error or "")
    assert counts["errors"] == 1


def test_errors_do_not_stop_iteration(built: Built, reader: str) -> None:
    rows, _ = _rows(built.path, reader)
    urls = [r.url for r in rows]
    assert urls.index(BASE + "bad-gzip") < urls.index(BASE + "not-http") < urls.index(BASE + "after")
    assert rows[urls.index(BASE + "after")].status == "ok"


def test_missing_file_raises_oserror(tmp_path: Any, reader: str) -> None:
    # From the call itself, before any iteration: the caller's failed input.
    with pytest.raises(OSError):
        warc.iter_records(str(tmp_path / "no-such.warc.gz"), reader=reader)
    with pytest.raises(OSError):
        warc.iter_records(str(tmp_path), reader=reader)  # a folder


def test_file_uri(built: Built, reader: str) -> None:
    rows = list(warc.iter_records("file://" + built.path, reader=reader))
    assert len(rows) == len(built.expected) and rows[0].warc_filename == "file://" + built.path


def test_arguments() -> None:
    with pytest.raises(ValueError, match="reader"):
        warc.iter_records("x.warc", reader="other")
    with pytest.raises(ValueError, match="max_record_bytes"):
        warc.iter_records("x.warc", max_record_bytes=-1)


def test_missing_reader_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("fastwarc", "fastwarc.warc", "warcio", "warcio.archiveiterator"):
        monkeypatch.setitem(sys.modules, module, None)  # import raises ImportError
    for reader in READERS:
        with pytest.raises(ImportError, match=r"pip install newsdoc\[warc\]") as err:
            warc.iter_records("whatever.warc.gz", reader=reader)
        assert reader in str(err.value)


# ---- the public samples ---------------------------------------------------------------
# What each file in ../shared/bench/warc gives, with both readers unless a
# reader is named: counts (records, html, skipped_not_html, errors) and the
# error rows' codes. Notes:
# - warcio-example-trunc.warc: the response's WARC Content-Length is 2
#   bytes short of its HTTP body (606 declared, 604 there): FastWARC and
#   warcio decode the gzip body anyway; here it is a truncated row.
# - resiliparse-clipped.warc.gz: the file is cut 74,970 bytes into the
#   88,038-byte payload (its gzip member has no end): both readers return
#   the partial page without a word; here it is a truncated row.
# - resiliparse-clueweb-quirk.warc.gz: LF-only HTTP headers, EUC-JP, and
#   "Content-Encoding: gzip" on bodies stored decoded: all 29 pages read.
# - warcio-example.arc.gz: ARC; FastWARC reads no ARC (a read_error row
#   saying so), warcio reads its one page.
SAMPLES: Dict[str, Dict[str, Any]] = {
    "warcio-example.warc.gz": {"counts": (6, 1, 5, 0), "errors": []},
    "warcio-example-iana.org-chunked.warc": {"counts": (3, 1, 2, 0), "errors": []},
    "warcio-example-resource.warc.gz": {"counts": (3, 0, 3, 0), "errors": []},
    "warcio-example-trunc.warc": {"counts": (4, 0, 3, 1), "errors": ["truncated"]},
    "warcio-example.arc.gz": {"fastwarc": {"counts": (0, 0, 0, 1), "errors": ["read_error"]},
                              "warcio": {"counts": (2, 1, 1, 0), "errors": []}},
    "resiliparse-warcfile.warc.gz": {"counts": (50, 16, 34, 0), "errors": []},
    "resiliparse-clueweb-quirk.warc.gz": {"counts": (30, 29, 1, 0), "errors": []},
    "resiliparse-clipped.warc.gz": {"counts": (1, 0, 0, 1), "errors": ["truncated"]},
}

# The Common Crawl excerpt's HTML pages, in file order, with the charset of
# their HTTP header.
CC_PAGES = [
    ("http://003338.cn/l41/481397.html", None),
    ("http://01spb.ru/company/", "windows-1251"),
    ("http://035.psb556.com/24/i/u_1090813/article.html", "utf-8"),
    ("http://037426.cn/", "gb2312"),
    ("http://041696.com/15477/list_6_4.html", None),
    ("http://044545.com/topic/20200207/015849.html", None),
    ("http://0513mt.com/index.php/art/detail/id/8884.html", "utf-8"),
    ("http://05925.net/index.php/vod/type/id/53.html", "utf-8"),
    ("http://06.live-radsport.ch/fahrerstatistik_801/Anthony_Ravard.html", None),
    ("http://06.live-radsport.ch/tippspiel/stats_140_petzi.html", None),
    ("http://0615235.com/02mjqjo%7Bibotij2.btq?odmbtt=106&tdmbtt=121", "UTF-8"),
    ("http://0755krk.com/76104/list_4_1.html", None),
    ("http://0760.jxtdw.com/area/sanxiang/", "gb2312"),
    ("http://077678u.info/erxiaoshujinguang/list_6_2.html", None),
    ("http://0900-hovenier.nl/gelderland/oosterbeek/", "UTF-8"),
    ("http://096355.com/video/11073.html?11073-0-2", None),
]


def _sample(name: str) -> str:
    base = os.path.join(SOURCE_DIR or "", "..", "shared", "bench", "warc")
    path = os.path.normpath(os.path.join(base, name))
    if not os.path.isfile(path):
        pytest.skip(f"no WARC sample {path} (../shared/bench/warc is absent)")
    return path


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_public_samples(name: str, reader: str) -> None:
    want = SAMPLES[name].get(reader, SAMPLES[name])
    rows, counts = _rows(_sample(name), reader)
    got = (counts["records"], counts["html"], counts["skipped_not_html"], counts["errors"])
    assert got == want["counts"], [(r.url, r.status, r.error) for r in rows]
    assert [r.error_code for r in rows if r.status == "error"] == want["errors"]
    assert counts["skipped_too_large"] == 0
    for row in rows:
        if row.status == "ok":
            assert row.body is not None
            doc = newsdoc.parse(row.body, row.url, charset=row.content_charset)
            assert doc.title, (name, row.url)


def test_common_crawl_excerpt(reader: str) -> None:
    rows, _ = _rows(_sample("resiliparse-warcfile.warc.gz"), reader)
    assert [(r.url, r.content_charset) for r in rows] == CC_PAGES
    russian = newsdoc.parse(rows[1].body or b"", rows[1].url, charset=rows[1].content_charset)
    assert russian.title == "\u041e \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438"  # "О компании"


def test_samples_decode_as_documented(reader: str) -> None:
    rows, _ = _rows(_sample("warcio-example.warc.gz"), reader)
    assert len(rows) == 1 and rows[0].body is not None and len(rows[0].body) == 1270  # gzip-encoded
    assert b"<title>Example Domain</title>" in rows[0].body
    rows, _ = _rows(_sample("warcio-example-iana.org-chunked.warc"), reader)
    assert len(rows) == 1 and rows[0].body is not None and len(rows[0].body) == 7223  # chunked
    assert rows[0].body.rstrip().endswith(b"</html>")
    rows, _ = _rows(_sample("resiliparse-clueweb-quirk.warc.gz"), reader)
    assert all(r.content_charset == "EUC-JP" for r in rows)
    doc = newsdoc.parse(rows[0].body or b"", rows[0].url, charset=rows[0].content_charset)
    assert doc.title is not None and "\u30d8\u30c3\u30c9\u30dd\u30fc\u30bf\u30fc" in doc.title  # ヘッドポーター
    rows, _ = _rows(_sample("resiliparse-clipped.warc.gz"), reader)
    assert rows[0].url is not None and rows[0].url.startswith("http://www.houstonpress.com/music/")
    assert "74970 of its 88038 payload bytes" in (rows[0].error or "")
