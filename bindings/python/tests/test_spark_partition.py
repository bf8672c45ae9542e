"""newsdoc.spark without Spark: what one task does (process_partition),
where its inputs come from (local paths, file: URIs, http downloads, the
schemes it refuses), and the command line. spark-test.sh runs the job
itself in Spark."""

from __future__ import annotations

import functools
import http.server
import json
import os
import sys
import threading
from typing import Any, Dict, Iterator, List, Tuple

import pytest

import newsdoc.warc
from newsdoc.spark import inputs, job

from conftest import PAGES
from test_warc import _make_warc, _reader_available

URL = "https://example.org/ferry"


@pytest.fixture
def warc_file(tmp_path: Any) -> str:
    """Two pages and a PNG."""
    _reader_available("warcio")
    make_warc = _make_warc()
    path = str(tmp_path / "pages.warc.gz")
    with make_warc.WarcWriter(path) as warc:
        warc.warcinfo()
        for i, page in enumerate(p for p in PAGES if p.input == "html"):
            if i == 2:
                break
            warc.response(f"{URL}/{i}", page.read(), [("Content-Type", "text/html")])
        warc.response("https://example.org/logo.png", make_warc.tiny_png(), [("Content-Type", "image/png")])
    return path


def _run(lines: List[str], **options: Any) -> Tuple[List[Tuple[Any, ...]], Dict[str, int]]:
    counts: Dict[str, int] = {}
    rows = list(job.process_partition(lines, job.Options(reader="warcio", **options),
                                      functools.partial(job._add, counts)))
    return rows, counts


def test_rows_and_counts(warc_file: str, tmp_path: Any) -> None:
    missing = str(tmp_path / "missing.warc.gz")
    rows, counts = _run([warc_file + "\n", "\n", "# a comment\n", missing])
    names = job.schema.row_struct().names()
    assert [len(row) for row in rows] == [len(names)] * 3
    first = dict(zip(names, rows[0]))
    assert first["warc_filename"] == warc_file and first["url"] == f"{URL}/0" and first["error_code"] is None
    assert isinstance(first["doc"], tuple) and first["html_length"] == len(PAGES[0].read())
    failed = dict(zip(names, rows[2]))
    assert failed["warc_filename"] == missing and failed["error_code"] == "open_error"
    assert failed["doc"] is None and "No such file" in failed["error"]
    assert counts == {"inputs": 2, "inputs_failed": 1, "records": 4, "documents": 2, "skipped_not_html": 2,
                      "error:open_error": 1}


def test_doc_json_column(warc_file: str) -> None:
    rows, _ = _run([warc_file], doc_json=True)
    names = job.schema.row_struct(with_doc_json=True).names()
    row = dict(zip(names, rows[0]))
    assert job.schema.doc_to_row(json.loads(row["doc_json"])) == row["doc"]


def test_a_reader_failing_mid_file_is_a_row(warc_file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsdoc.warc.iter_records

    def failing(path: str, **kwargs: Any) -> Iterator[Any]:
        records = real(path, **kwargs)
        yield next(records)
        raise ValueError("a broken gzip member")

    monkeypatch.setattr(newsdoc.warc, "iter_records", failing)
    rows, counts = _run([warc_file])
    assert [row[9] for row in rows] == [None, "read_error"]
    assert "after 1 records: ValueError: a broken gzip member" in rows[1][10]
    assert counts["inputs_failed"] == 1 and counts["error:read_error"] == 1


def test_a_missing_reader_fails_the_task(warc_file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every task would fail the same way: the job stops, naming the extra."""
    def missing(path: str, **kwargs: Any) -> Iterator[Any]:
        raise ImportError("newsdoc.warc with reader='warcio' needs the warcio package")
        yield

    monkeypatch.setattr(newsdoc.warc, "iter_records", missing)
    with pytest.raises(ImportError, match="needs the warcio package"):
        _run([warc_file])


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def test_http_inputs_are_downloaded_and_removed(warc_file: str, tmp_path: Any) -> None:
    handler = functools.partial(_Quiet, directory=os.path.dirname(warc_file))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        temp = tmp_path / "downloads"
        temp.mkdir()
        rows, counts = _run([os.path.basename(warc_file), "missing.warc.gz"], input_base_url=base,
                            local_temp_dir=str(temp))
    finally:
        server.shutdown()
        server.server_close()
    assert [row[0] for row in rows] == [base + os.path.basename(warc_file)] * 2 + [base + "missing.warc.gz"]
    assert rows[0][11] is not None and rows[2][9] == "open_error" and "404" in rows[2][10]
    assert counts["documents"] == 2
    assert os.listdir(temp) == []  # the downloads are gone


def test_local_copy() -> None:
    with inputs.local_copy("/data/a b.warc.gz") as path:
        assert path == "/data/a b.warc.gz"
    with inputs.local_copy("file:///data/a%20b.warc.gz") as path:
        assert path == "/data/a b.warc.gz"
    with pytest.raises(OSError, match="another host"):
        with inputs.local_copy("file://elsewhere/data/a.warc.gz"):
            pass
    with pytest.raises(OSError, match="the scheme hdfs: is not read"):
        with inputs.local_copy("hdfs://namenode/a.warc.gz"):
            pass


def test_s3_needs_boto3(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)  # import boto3 raises ImportError
    with pytest.raises(OSError, match="needs boto3"):
        with inputs.local_copy("s3://commoncrawl/crawl-data/a.warc.gz", str(tmp_path)):
            pass
    assert os.listdir(tmp_path) == []


def test_resolve() -> None:
    assert inputs.resolve("crawl-data/a.warc.gz", "s3://commoncrawl/") == "s3://commoncrawl/crawl-data/a.warc.gz"
    assert inputs.resolve("https://x.org/a.warc.gz", "s3://commoncrawl/") == "https://x.org/a.warc.gz"
    assert inputs.resolve("/data/a.warc.gz") == "/data/a.warc.gz"


def test_command_line() -> None:
    args = job.parse_arguments(["list.txt", "out"])
    assert (args.num_input_partitions, args.num_output_partitions) == (400, 10)
    assert (args.output_format, args.output_compression, args.reader) == ("parquet", "zstd", "fastwarc")
    assert job.parse_arguments(["l", "o", "--output_format", "json"]).output_compression == "gzip"
    assert job.parse_arguments(["l", "o", "--output_format", "orc", "--output_compression", "none"]
                               ).output_compression == "none"
    for bad in (["--output_format", "csv"], ["--num_input_partitions", "0"], ["--output_option", "x"],
                ["--reader", "other"], ["--max_record_bytes", "0"]):
        with pytest.raises(SystemExit):
            job.parse_arguments(["l", "o", *bad])


def test_summary() -> None:
    lines = job.summary({"inputs": 3, "inputs_failed": 1, "records": 10, "documents": 4, "skipped_not_html": 3,
                         "skipped_too_large": 1, "error:truncated": 1, "error:EEMPTY": 1})
    assert lines == ["newsdoc.spark: inputs 3 (1 failed)", "newsdoc.spark: records 10",
                     "newsdoc.spark: documents 4", "newsdoc.spark: skipped 4 (not HTML 3, too large 1)",
                     "newsdoc.spark: errors 2 (EEMPTY 1, truncated 1)"]
