"""``python -m newsdoc.spark`` end to end in local[2]: a WARC built here from
the project's pages and edge records, the public samples in
../shared/bench/warc, a missing input; the output read back and each
document compared with the newsdoc command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import pytest

from newsdoc.spark import job, schema

from binding_conftest import PAGES, cli_command, cli_env, need, run_cli, source_path

SAMPLES_DIR = os.path.normpath(source_path("..", "shared", "bench", "warc"))

# What the public samples give (../shared/bench/warc/README.md counts the
# records): input -> (records, [(error_code or None, a title the
# document has or None)...] per row, in file order).
SAMPLE_RESULTS: Dict[str, Tuple[int, List[Tuple[Optional[str], Optional[str]]]]] = {
    "warcio-example.warc.gz": (6, [(None, "Example Domain")]),  # a gzip content-encoded body
    "warcio-example-iana.org-chunked.warc": (3, [(None, "Internet Assigned Numbers Authority")]),
    "warcio-example-resource.warc.gz": (3, []),  # a resource record: no HTTP, no row
    "warcio-example-trunc.warc": (4, [("truncated", None)]),
    "resiliparse-clipped.warc.gz": (1, [("truncated", None)]),  # the one article is cut short
}
# The Common Crawl excerpt and the LF-only EUC-JP pages: a document for
# every HTML response (their count, as newsdoc.warc sees them).
SAMPLE_HTML = {"resiliparse-warcfile.warc.gz": (50, 16), "resiliparse-clueweb-quirk.warc.gz": (30, 29)}

LATIN1_PAGE = ("<html><head><title>Caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve</title></head><body><article>"
               "<h1>Caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve</h1>"
               "<p>Le caf\u00e9 de la place du Molard a rouvert ses portes apr\u00e8s trois mois de travaux, "
               "et les habitu\u00e9s sont revenus d\u00e8s l'aube.</p>"
               "<p>\u00ab Nous avons gard\u00e9 le comptoir en zinc \u00bb, dit la g\u00e9rante, "
               "qui a repris l'\u00e9tablissement en f\u00e9vrier.</p></article></body></html>")

# A page whose charset only the HTTP header can tell: KOI8-R bytes read as
# anything else (windows-1252, the fallback for non-UTF-8 bytes) are not
# Russian. ISO-8859-1 above is what that fallback guesses anyway.
KOI8_PAGE = ("<html><head><title>\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f</title>"
             "</head><body><article><h1>\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f</h1>"
             "<p>\u041f\u0430\u0440\u043e\u043c \u0441\u043d\u043e\u0432\u0430 \u0445\u043e\u0434\u0438\u0442 "
             "\u043f\u043e \u0440\u0435\u043a\u0435 \u043f\u043e\u0441\u043b\u0435 \u0440\u0435\u043c\u043e\u043d\u0442\u0430.</p>"
             "</article></body></html>")


@dataclass(frozen=True)
class Expected:
    """A page of the built WARC: its URL, the file the newsdoc command reads
    for it, and what its row should say."""

    url: str
    path: Optional[str]  # the page as UTF-8 (None: no document expected)
    error_code: Optional[str] = None


def _make_warc_module() -> Any:
    sys.path.insert(0, source_path("tests", "warc"))
    import make_warc

    return make_warc


@dataclass
class Built:
    path: str
    records: int
    expected: List[Expected]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The project's HTML pages as responses (with their requests), then
    the edge records: a gzip content-encoded page, a PNG, an empty body, an
    ISO-8859-1 page and a KOI8-R one whose charset only the HTTP header
    gives, and last a response cut mid-way (the file ends there)."""
    make_warc = _make_warc_module()
    folder = tmp_path_factory.mktemp("warc")
    path = str(folder / "project.warc.gz")
    expected: List[Expected] = []
    html_pages = [page for page in PAGES if page.input == "html"]
    need(html_pages, "no project pages")
    with make_warc.WarcWriter(path) as warc:
        warc.warcinfo()
        for i, page in enumerate(html_pages):
            url = page.url or f"https://example.org/pages/{i}/{os.path.basename(page.path)}"
            warc.request(url)
            # No charset parameter: the page is parsed as the newsdoc command parses it.
            warc.response(url, page.read(), [("Content-Type", "text/html")])
            expected.append(Expected(url, page.path))
        ferry = html_pages[-1]
        url = "https://example.org/gzip/ferry"
        warc.response(url, make_warc.gzip_body(ferry.read()),
                      [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        expected.append(Expected(url, ferry.path))
        warc.response("https://example.org/logo.png", make_warc.tiny_png(), [("Content-Type", "image/png")])
        url = "https://example.org/empty"
        warc.response(url, b"", [("Content-Type", "text/html; charset=utf-8")])
        expected.append(Expected(url, None, "EEMPTY"))
        url = "https://example.org/latin1/cafe"
        utf8_copy = str(folder / "cafe.html")
        with open(utf8_copy, "wb") as f:
            f.write(LATIN1_PAGE.encode("utf-8"))
        warc.response(url, LATIN1_PAGE.encode("iso-8859-1"), [("Content-Type", "text/html; charset=ISO-8859-1")])
        expected.append(Expected(url, utf8_copy))
        url = "https://example.org/koi8/parom"
        utf8_copy = str(folder / "parom.html")
        with open(utf8_copy, "wb") as f:
            f.write(KOI8_PAGE.encode("utf-8"))
        warc.response(url, KOI8_PAGE.encode("koi8-r"), [("Content-Type", "text/html; charset=KOI8-R")])
        expected.append(Expected(url, utf8_copy))
        url = "https://example.org/cut"
        warc.response(url, html_pages[0].read(), [("Content-Type", "text/html")], cut=300)
        expected.append(Expected(url, None, "truncated"))
        records = len(warc.offsets)
    return Built(path, records, expected)


@dataclass
class Run:
    output: str
    counts: Dict[str, int]
    rows: List[Any]
    frame: Any


def _run(spark: Any, listing_lines: List[str], folder: str, *options: str) -> Run:
    listing = os.path.join(folder, "listing.txt")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("\n".join(listing_lines) + "\n")
    output = os.path.join(folder, "out")
    args = job.parse_arguments([listing, output, "--num_input_partitions", "2", "--num_output_partitions", "1",
                                *options])
    counts = job.run_job(spark, args)
    reader = spark.read.format(args.output_format)
    if args.output_format == "json":
        reader = reader.schema(schema.output_schema("--doc_json" in options))
    frame = reader.load(output)
    return Run(output, counts, frame.collect(), frame)


@pytest.fixture(scope="session")
def main_run(spark: Any, built: Built, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Parquet (the default), FastWARC, doc_json: the built WARC, every
    sample but the ARC file, and an input that does not exist."""
    need(os.path.isdir(SAMPLES_DIR), f"no WARC samples at {SAMPLES_DIR}")
    samples = [os.path.join(SAMPLES_DIR, name) for name in sorted(SAMPLE_RESULTS) + sorted(SAMPLE_HTML)]
    missing = os.path.join(str(tmp_path_factory.getbasetemp()), "no-such.warc.gz")
    return _run(spark, [built.path, "", "# a comment line"] + samples + [missing],
                str(tmp_path_factory.mktemp("main")), "--doc_json")


def _rows_of(run: Run, name: str) -> List[Any]:
    rows = [row for row in run.rows if os.path.basename(row.warc_filename) == name]
    return sorted(rows, key=lambda row: row.warc_record_offset if row.warc_record_offset is not None else -1)


def _cli_json(url: str, path: str) -> bytes:
    done = run_cli(["--url", url, "--format", "json", path])
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def test_output_schema_and_files(main_run: Run) -> None:
    names = [name for name in os.listdir(main_run.output) if name.endswith(".parquet")]
    assert len(names) == 1 and names[0].endswith(".zstd.parquet"), names  # one output partition, zstd
    wanted = schema.output_schema(with_doc_json=True)
    assert main_run.frame.schema.names == wanted.names
    # Parquet reads every column back as nullable: the types are compared.
    for field in wanted.fields:
        assert main_run.frame.schema[field.name].dataType.simpleString() == field.dataType.simpleString(), field.name
    with open(source_path("docs", "newsdoc.schema.json"), encoding="utf-8") as f:
        properties = list(json.load(f)["properties"])
    doc_type = main_run.frame.schema["doc"].dataType
    assert doc_type.names == [name for name in properties if name != "source"]


def test_project_pages_equal_the_cli(main_run: Run, built: Built, tmp_path: Any) -> None:
    rows = _rows_of(main_run, "project.warc.gz")
    assert [row.url for row in rows] == [page.url for page in built.expected]
    compared = 0
    for row, want in zip(rows, built.expected):
        assert row.error_code == want.error_code, (row.url, row.error)
        if want.path is None:
            assert row.doc is None and row.doc_json is None
            continue
        assert row.error is None and row.doc is not None
        doc = schema.doc_from_row(row.doc)
        assert doc == json.loads(row.doc_json), row.url
        # The row's document, fed back to the command, prints what the
        # command prints for the page itself.
        done = subprocess.run(cli_command() + ["extract", "--input", "json", "--format", "json", "-"],
                              input=json.dumps(doc).encode("utf-8"), capture_output=True, env=cli_env())
        assert done.returncode == 0, done.stderr.decode()
        assert done.stdout == _cli_json(want.url, want.path), row.url
        compared += 1
    assert compared == len([e for e in built.expected if e.path])


def test_edge_records(main_run: Run, built: Built) -> None:
    by_url = {row.url: row for row in _rows_of(main_run, "project.warc.gz")}
    assert "https://example.org/logo.png" not in by_url  # not HTML: no row
    latin1 = by_url["https://example.org/latin1/cafe"]
    assert latin1.content_charset.lower() == "iso-8859-1"
    assert latin1.doc.title == "Caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve"
    assert latin1.html_length == len(LATIN1_PAGE.encode("iso-8859-1"))
    koi8 = by_url["https://example.org/koi8/parom"]
    assert koi8.content_charset.lower() == "koi8-r"
    assert koi8.doc.title == "\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f"
    gzipped = by_url["https://example.org/gzip/ferry"]
    ferry = next(e for e in built.expected if e.url == "https://example.org/gzip/ferry")
    assert gzipped.html_length == os.path.getsize(ferry.path)  # the decoded body
    empty = by_url["https://example.org/empty"]
    assert (empty.error_code, empty.html_length, empty.doc) == ("EEMPTY", 0, None)
    assert "empty" in empty.error
    cut = by_url["https://example.org/cut"]
    assert cut.error_code == "truncated" and cut.doc is None and "cut" in cut.error
    for row in by_url.values():
        if row is cut:  # cut inside its WARC headers: no HTTP status
            continue
        assert row.warc_record_id.startswith("<urn:uuid:") and row.warc_date == "2026-01-02T03:04:05Z"
        assert row.http_status == 200 and row.warc_record_offset >= 0


def test_samples_give_the_documented_results(main_run: Run) -> None:
    for name, (_, results) in SAMPLE_RESULTS.items():
        rows = _rows_of(main_run, name)
        assert [row.error_code for row in rows] == [code for code, _ in results], name
        for row, (code, title) in zip(rows, results):
            if code is None:
                assert row.doc is not None and title in (row.doc.title or ""), (name, row.doc and row.doc.title)
    for name, (_, html) in SAMPLE_HTML.items():
        rows = _rows_of(main_run, name)
        assert len(rows) == html, name
        assert all(row.error_code is None and row.doc.text for row in rows), name
    quirk = _rows_of(main_run, "resiliparse-clueweb-quirk.warc.gz")
    assert all(row.content_charset.lower() == "euc-jp" for row in quirk)
    # Decoded as EUC-JP: every title has katakana (U+30A0-U+30FF), none
    # has a replacement character.
    assert all(any("\u30a0" <= c <= "\u30ff" for c in row.doc.title) for row in quirk)
    assert not any("\ufffd" in row.doc.title + row.doc.text for row in quirk)


def test_missing_input_is_an_error_row(main_run: Run) -> None:
    rows = _rows_of(main_run, "no-such.warc.gz")
    assert len(rows) == 1 and rows[0].error_code == "open_error" and "No such file" in rows[0].error
    assert rows[0].doc is None and rows[0].url is None


def test_counters(main_run: Run, built: Built) -> None:
    counts = main_run.counts
    records = built.records + sum(n for n, _ in SAMPLE_RESULTS.values()) + sum(n for n, _ in SAMPLE_HTML.values())
    assert counts["records"] == records
    assert counts["inputs"] == 1 + len(SAMPLE_RESULTS) + len(SAMPLE_HTML) + 1
    # The cut project WARC, the two cut samples, the missing file.
    assert counts["inputs_failed"] == 4
    rows = main_run.rows
    assert counts["documents"] == sum(1 for row in rows if row.doc is not None)
    errors = {key[len("error:"):]: value for key, value in counts.items() if key.startswith("error:")}
    assert errors == {"truncated": 3, "EEMPTY": 1, "open_error": 1}
    assert sum(errors.values()) == sum(1 for row in rows if row.error_code is not None)
    assert counts.get("skipped_too_large", 0) == 0
    # Every record is a row, skipped as not HTML, or (a cut file's) lost.
    assert counts["skipped_not_html"] + len(rows) - 1 == records  # the missing file's row has no record
    lines = job.summary(counts)
    assert f"newsdoc.spark: documents {counts['documents']}" in lines
    assert "newsdoc.spark: errors 5 (EEMPTY 1, open_error 1, truncated 3)" in lines


@pytest.fixture(scope="session")
def small_run(spark: Any, built: Built, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """JSON output, warcio, a 4,000-byte record limit: the built WARC as a
    file: URI, and the ARC sample."""
    need(os.path.isdir(SAMPLES_DIR), f"no WARC samples at {SAMPLES_DIR}")
    arc = os.path.join(SAMPLES_DIR, "warcio-example.arc.gz")
    return _run(spark, ["file://" + built.path, arc], str(tmp_path_factory.mktemp("small")),
                "--output_format", "json", "--reader", "warcio", "--max_record_bytes", "4000")


def test_json_output_warcio_and_the_size_limit(small_run: Run, built: Built) -> None:
    names = os.listdir(small_run.output)
    assert any(name.endswith(".json.gz") for name in names), names
    rows = [row for row in small_run.rows if row.warc_filename == "file://" + built.path]
    assert len(rows) == len(built.expected)
    large = [row for row in rows if row.error_code == "too_large"]
    assert large and all(row.doc is None and row.html_length is None for row in large)
    assert small_run.counts["skipped_too_large"] == len(large)
    small = [row for row in rows if row.error_code is None]
    assert small and all(row.doc is not None for row in small)
    arc = [row for row in small_run.rows if row.warc_filename.endswith(".arc.gz")]
    assert len(arc) == 1 and arc[0].doc.title == "Example Domain"
    # JSON files carry the document the same way.
    sizes = {row.url: row.html_length for row in rows}
    assert all(size is None or size <= 4000 for size in sizes.values())


def test_command_line(spark: Any, built: Built, tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m newsdoc.spark``'s main(), in the session already running
    (which it leaves running), writing ORC: the counters printed at the
    end, and a usage error."""
    listing = tmp_path / "listing.txt"
    listing.write_text(built.path + "\n")
    assert job.main([str(listing), str(tmp_path / "out"), "--num_input_partitions", "1",
                     "--num_output_partitions", "1", "--log_level", "ERROR", "--output_format", "orc"]) == 0
    out = capsys.readouterr().out
    assert [name for name in os.listdir(tmp_path / "out") if name.endswith(".zstd.orc")]
    assert spark.read.orc(str(tmp_path / "out")).count() == len(built.expected)
    assert "newsdoc.spark: records %d\n" % built.records in out
    assert "newsdoc.spark: errors 2 (EEMPTY 1, truncated 1)\n" in out
    assert spark.sparkContext._jsc is not None  # still running
    with pytest.raises(SystemExit) as stopped:
        job.main([str(listing), str(tmp_path / "x"), "--output_format", "csv"])
    assert stopped.value.code == 2
    assert "invalid choice: 'csv'" in capsys.readouterr().err
