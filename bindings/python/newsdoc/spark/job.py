"""``python -m newsdoc.spark INPUT_LISTING OUTPUT``: newsdoc over WARC files
with PySpark, one row per HTML response record.

The command line is cc-pyspark's (sparkcc.py's CCSparkJob): the listing of
WARC paths or URIs (one a line, read through Spark, so it may itself be on
HDFS or S3), the output table, ``--num_input_partitions``,
``--num_output_partitions``, ``--output_format``, ``--output_compression``,
``--output_option``, ``--local_temp_dir``, ``--input_base_url``,
``--log_level``, ``--spark-profiler``; plus newsdoc's own ``--reader``,
``--max_record_bytes`` and ``--doc_json``. docs/SCALE.md says how to run it
on a cluster.

Spark spreads the listing's lines over ``--num_input_partitions`` tasks;
each task opens one newsdoc Registry and parses the HTML records of its
WARCs. A WARC that cannot be read, or ends mid-record, gives an error row
and counts as an error: it never fails the job. The counters are printed
at the end (Spark accumulators: a task run twice after a failure counts
twice).

This module imports pyspark only when a job runs: :func:`process_partition`
(the work of one task) needs only newsdoc and newsdoc.warc.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .._errors import ErrorCode, NewsdocError
from .._registry import Registry
from . import inputs, schema

NAME = "newsdoc.spark"
DEFAULT_NUM_INPUT_PARTITIONS = 400  # cc-pyspark's defaults
DEFAULT_NUM_OUTPUT_PARTITIONS = 10
# Per format, when --output_compression is not given; JSON files are
# gzip-compressed, as Hadoop's zstd codec needs native libraries.
# (No csv: it cannot hold the nested doc column.)
DEFAULT_COMPRESSION = {"parquet": "zstd", "orc": "zstd", "json": "gzip"}
# An OUTPUT that is a plain name is a table in spark.sql.warehouse.dir, as
# in cc-pyspark; anything else (a path, a URI) is where the files go.
_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")

# The reader's error rows that end a file (the rest of it is lost): the
# input counts as failed.
_FILE_ERRORS = frozenset({"truncated", "read_error"})

Counts = Dict[str, int]
Row = Tuple[Any, ...]


@dataclass(frozen=True)
class Options:
    """What a task needs to know (sent to the executors with the task)."""

    reader: str = "fastwarc"
    max_record_bytes: Optional[int] = None
    doc_json: bool = False
    input_base_url: Optional[str] = None
    local_temp_dir: Optional[str] = None


# ---- one task ----------------------------------------------------------------------


def _row(record: Any, error_code: Optional[str], error: Optional[str], doc: Optional[Row],
         doc_json: Optional[str], options: Options) -> Row:
    body = record.body
    row: Row = (record.warc_filename, record.warc_record_offset, record.warc_record_length, record.warc_record_id,
                record.warc_date, record.url, record.http_status, record.content_charset,
                len(body) if body is not None else None, error_code, error, doc)
    return row + (doc_json,) if options.doc_json else row


def _input_error_row(uri: str, error_code: str, error: str, options: Options) -> Row:
    row: Row = (uri,) + (None,) * 8 + (error_code, error, None)
    return row + (None,) if options.doc_json else row


def _error_name(err: NewsdocError) -> str:
    return err.code.name if isinstance(err.code, ErrorCode) else f"E{int(err.code)}"


def _parse_record(record: Any, registry: Registry, options: Options, counts: Counts) -> Row:
    if record.status != "ok":
        code = record.error_code or "error"
        key = "skipped_too_large" if record.status == "skipped" else f"error:{code}"
        _count(counts, key)
        return _row(record, code, record.error, None, None, options)
    try:
        doc = registry.parse(record.body, record.url, charset=record.content_charset)
        # One export serves both columns.
        text = doc.export("json", compact=True)
    except NewsdocError as err:
        code = _error_name(err)
        _count(counts, f"error:{code}")
        return _row(record, code, err.message, None, None, options)
    _count(counts, "documents")
    return _row(record, None, None, schema.doc_to_row(json.loads(text)), text if options.doc_json else None, options)


def _count(counts: Counts, key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _add(total: Counts, more: Counts) -> None:
    for key, value in more.items():
        total[key] = total.get(key, 0) + value


def _records_of(uri: str, options: Options, registry: Registry, counts: Counts) -> Iterator[Row]:
    from .. import warc  # the "warc" extra's reader

    warc_counts: Counts = {}
    kwargs: Dict[str, Any] = {"reader": options.reader, "counts": warc_counts}
    if options.max_record_bytes is not None:
        kwargs["max_record_bytes"] = options.max_record_bytes
    # Only reading is guarded: a failure of parsing or of the row's
    # conversion would be a bug, and fails the task where it can be seen.
    failed: Optional[Tuple[str, str]] = None  # (error_code, error) when the input could not be read to its end
    try:
        with inputs.local_copy(uri, options.local_temp_dir) as path:
            records = warc.iter_records(path, **kwargs)
            read = 0
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except ImportError:
                    raise  # the "warc" extra is missing on this executor: every task would fail
                except Exception as err:  # a reader's failure must not fail the job
                    if read == 0 and isinstance(err, OSError):
                        raise  # the file could not be opened
                    failed = ("read_error", f"reading {uri} failed after {read} records: {type(err).__name__}: {err}")
                    break
                read += 1
                if record.warc_filename != uri:  # read from a download
                    record = dataclasses.replace(record, warc_filename=uri)
                if record.error_code in _FILE_ERRORS:
                    _count(counts, "inputs_failed")
                yield _parse_record(record, registry, options, counts)
    except OSError as err:
        failed = ("open_error", f"cannot read {uri}: {err}")
    if failed is not None:
        _count(counts, "inputs_failed")
        _count(counts, f"error:{failed[0]}")
        yield _input_error_row(uri, failed[0], failed[1], options)
    # The reader's own counts of what yields no row.
    _add(counts, {key: warc_counts.get(key, 0) for key in ("records", "skipped_not_html")})


def process_partition(lines: Iterable[str], options: Options,
                      report: Optional[Callable[[Counts], None]] = None) -> Iterator[Row]:
    """The rows of the WARCs listed in `lines` (blank lines and lines
    starting with # are skipped), parsed with one Registry. `report`
    receives the counters after each input: "inputs", "inputs_failed",
    "records", "documents", "skipped_not_html", "skipped_too_large",
    and "error:CODE" per error code."""
    registry = Registry()
    try:
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            uri = inputs.resolve(line, options.input_base_url)
            counts: Counts = {"inputs": 1}
            try:
                yield from _records_of(uri, options, registry, counts)
            finally:
                if report is not None:
                    report(counts)
    finally:
        registry.close()


# ---- the command line ------------------------------------------------------------


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"python -m {NAME}",
        description="newsdoc over WARC files with PySpark: one row per HTML response record, with the "
                    "document as a nested struct (docs/SCALE.md).")
    parser.add_argument("input", help="Path to file listing input paths (WARC paths or URIs, one a line)")
    parser.add_argument("output", help="Name of output table (saved in spark.sql.warehouse.dir), "
                                       "or a path or URI to write the files to")
    parser.add_argument("--input_base_url", default=None,
                        help="Base URL (prefix) used if paths to WARC files are relative paths "
                             "(https://data.commoncrawl.org/ or s3://commoncrawl/)")
    parser.add_argument("--num_input_partitions", type=int, default=DEFAULT_NUM_INPUT_PARTITIONS,
                        help="Number of input splits/partitions, number of parallel tasks to process "
                             f"WARC files (default {DEFAULT_NUM_INPUT_PARTITIONS})")
    parser.add_argument("--num_output_partitions", type=int, default=DEFAULT_NUM_OUTPUT_PARTITIONS,
                        help=f"Number of output partitions (default {DEFAULT_NUM_OUTPUT_PARTITIONS})")
    parser.add_argument("--output_format", default="parquet", choices=sorted(DEFAULT_COMPRESSION),
                        help="Output format: parquet (default), orc, json (not csv: it cannot hold the "
                             "nested doc column)")
    parser.add_argument("--output_compression", default=None,
                        help="Output compression codec: none, zstd (default for parquet and orc), "
                             "gzip (default for json), snappy, ...")
    parser.add_argument("--output_option", action="append", default=[],
                        help="Additional output option name=value (format-specific); may be repeated")
    parser.add_argument("--local_temp_dir", default=None,
                        help="Local temporary directory, used to buffer WARC files downloaded from "
                             "S3 or HTTP(S)")
    parser.add_argument("--log_level", default="WARN", help="Logging level (default WARN)")
    parser.add_argument("--spark-profiler", action="store_true",
                        help="Enable PySpark profiler and show its metrics at the end (spark.python.profile)")
    parser.add_argument("--reader", choices=("fastwarc", "warcio"), default="fastwarc",
                        help="WARC reader: fastwarc (default) or warcio (also reads ARC)")
    parser.add_argument("--max_record_bytes", type=int, default=None,
                        help="Records with a larger payload are skipped (error_code too_large); "
                             "default 5 MiB (newsdoc.warc.DEFAULT_MAX_RECORD_BYTES)")
    parser.add_argument("--doc_json", action="store_true",
                        help="Add the doc_json column: the document as the exporter's JSON")
    return parser


def parse_arguments(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argument_parser()
    args = parser.parse_args(argv)
    if args.num_input_partitions < 1 or args.num_output_partitions < 1:
        parser.error("--num_input_partitions and --num_output_partitions must be at least 1")
    if args.max_record_bytes is not None and args.max_record_bytes < 1:
        parser.error("--max_record_bytes must be at least 1")
    if args.output_compression is None:
        args.output_compression = DEFAULT_COMPRESSION[args.output_format]
    for option in args.output_option:
        if "=" not in option:
            parser.error(f"--output_option {option!r}: expected name=value")
    return args


def options_of(args: argparse.Namespace) -> Options:
    return Options(reader=args.reader, max_record_bytes=args.max_record_bytes, doc_json=args.doc_json,
                   input_base_url=args.input_base_url, local_temp_dir=args.local_temp_dir)


# ---- the driver --------------------------------------------------------------------


def _counter_param() -> Any:
    from pyspark.accumulators import AccumulatorParam  # type: ignore[import-not-found, unused-ignore]

    class CountsParam(AccumulatorParam[Counts]):  # type: ignore[misc, unused-ignore]
        def zero(self, value: Counts) -> Counts:
            return {}

        def addInPlace(self, total: Counts, more: Counts) -> Counts:
            _add(total, more)
            return total

    return CountsParam()


def summary(counts: Counts) -> List[str]:
    """The counters as the lines printed at the end of a job."""
    errors = sorted((key[len("error:"):], value) for key, value in counts.items() if key.startswith("error:"))
    skipped = counts.get("skipped_not_html", 0) + counts.get("skipped_too_large", 0)
    return [
        f"{NAME}: inputs {counts.get('inputs', 0)} ({counts.get('inputs_failed', 0)} failed)",
        f"{NAME}: records {counts.get('records', 0)}",
        f"{NAME}: documents {counts.get('documents', 0)}",
        f"{NAME}: skipped {skipped} (not HTML {counts.get('skipped_not_html', 0)}, "
        f"too large {counts.get('skipped_too_large', 0)})",
        f"{NAME}: errors {sum(v for _, v in errors)}" + (
            " (" + ", ".join(f"{code} {value}" for code, value in errors) + ")" if errors else ""),
    ]


def run_job(session: Any, args: argparse.Namespace) -> Counts:
    """Run the job of `args` (from :func:`parse_arguments`) in `session`;
    returns the counters."""
    options = options_of(args)
    counter = session.sparkContext.accumulator({}, _counter_param())

    def task(lines: Iterable[str]) -> Iterator[Row]:
        return process_partition(lines, options, counter.add)

    listing = session.sparkContext.textFile(args.input, minPartitions=args.num_input_partitions)
    rows = listing.mapPartitions(task)
    frame = session.createDataFrame(rows, schema=schema.output_schema(options.doc_json))
    # A narrow coalesce would run the parsing in num_output_partitions
    # tasks; the shuffle keeps it spread over the input partitions.
    if args.num_output_partitions < listing.getNumPartitions():
        frame = frame.repartition(args.num_output_partitions)
    writer = (frame.write.format(args.output_format)
              .option("compression", args.output_compression)
              .options(**dict(option.split("=", 1) for option in args.output_option)))
    if _TABLE_NAME.match(args.output):
        writer.saveAsTable(args.output)
    else:
        writer.save(args.output)
    counts: Counts = dict(counter.value)
    return counts


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_arguments(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from pyspark.sql import SparkSession  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print(f"{NAME}: needs pyspark: pip install 'newsdoc[spark]'", file=sys.stderr)
        return 2
    # A session already running in this process (a notebook, a test) is
    # used and left running; one made here is stopped at the end.
    session = SparkSession.getActiveSession()
    owned = session is None
    if session is None:
        builder = SparkSession.builder.appName(NAME)
        if args.spark_profiler:
            builder = builder.config("spark.python.profile", "true")
        session = builder.getOrCreate()
        session.sparkContext.setLogLevel(args.log_level.upper())
    try:
        counts = run_job(session, args)
        for line in summary(counts):
            print(line)
        if args.spark_profiler:
            session.sparkContext.show_profiles()
    finally:
        if owned:
            session.stop()
    return 0
