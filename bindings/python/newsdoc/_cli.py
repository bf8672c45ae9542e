"""``python -m newsdoc``: the ``newsdoc extract`` command through the binding.

Same options, same output (byte for byte for json and jsonl), same exit
statuses: 0 success, 1 some FILE could not be turned into a document, 2 a
usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import BinaryIO, List, NoReturn, Optional, Sequence

from ._errors import NewsdocError
from ._parse import Limits, parse
from ._registry import Registry
from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# What the newsdoc command reads at most (its CLI_MAX_INPUT_SIZE), which is
# also the library's default max_input_size.
MAX_INPUT_SIZE = 64 * 1024 * 1024

USAGE_EPILOG = """\
output:
  With --format jsonl each FILE gives one line: a compact JSON object whose
  first key, "source", is the FILE name as given on the command line. With
  any other format the documents are written one after another in the order
  of the FILEs, each ending with a newline. A FILE that cannot be turned into
  a document is reported on standard error with the reason, and the
  remaining FILEs are still processed.

environment:
  NEWSDOC_LIBRARY          the libnewsdoc.so.1 to load
  NEWSDOC_PLUGIN_PATH      folders to search for plugin manifests instead of
                           the usual places (colon-separated absolute paths)
  NEWSDOC_ADD_PLUGIN_PATH  folders searched before the usual places

exit status: 0 success, 1 some FILE could not be turned into a document,
2 usage error.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"newsdoc: {message}\nTry 'python -m newsdoc --help' for more information.\n")


def _arguments() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m newsdoc",
        description="Turn news pages into structured documents (title, authors, dates, body, quotes and "
        "their speakers, related articles, comment count, images): each FILE ('-' for standard input) "
        "is printed as a document.",
        epilog=USAGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="a page to read; '-' is standard input")
    p.add_argument("--url", help="the page's address; helps choose a parser and make links absolute "
                   "(it applies to every FILE)")
    p.add_argument("--input", default="html", metavar="TYPE",
                   help="what the FILEs hold: html (default), text (a page rendered as plain text) or json "
                   "(a document exported as json)")
    p.add_argument("--format", default="json", metavar="FMT",
                   help="output format: json (default), jsonl, or any format of an exporter plugin")
    p.add_argument("--parser", metavar="ID", help="use parser ID instead of choosing one by URL")
    p.add_argument("--plugin-path", action="append", default=[], metavar="DIR",
                   help="search DIR (a folder or a manifest file) for plugins before the usual places; "
                   "may be repeated")
    p.add_argument("--max-work", type=_whole_number, default=0, metavar="N",
                   help="stop a page that needs more than N steps of work (0: the library's default)")
    p.add_argument("--quotes-by-sentence", action="store_true",
                   help="a quotation split by its cue across sentences (\"A,\" said X. \"B.\") gives a "
                   "quote per sentence; by default it is one quote")
    p.add_argument("--version", action="version", version=f"newsdoc (Python binding) {__version__}")
    return p


def _whole_number(value: str) -> int:
    if not value.isdigit() or not value.isascii():
        raise argparse.ArgumentTypeError(f"--max-work needs a whole number of steps, not '{value}'")
    return int(value)


def _json_string(raw: bytes) -> str:
    """A file name as a JSON string, as the newsdoc command writes it: valid
    UTF-8 kept, each byte that is not replaced by \\ufffd."""
    parts = []
    while raw:
        try:
            parts.append(json.dumps(raw.decode("utf-8"), ensure_ascii=False)[1:-1])
            break
        except UnicodeDecodeError as bad:
            parts.append(json.dumps(raw[: bad.start].decode("utf-8"), ensure_ascii=False)[1:-1])
            parts.append("\\ufffd")
            raw = raw[bad.start + 1:]
    return '"' + "".join(parts) + '"'


def _read(path: str, stdin: BinaryIO) -> bytes:
    if path == "-":
        data = stdin.read(MAX_INPUT_SIZE + 1)
    elif os.path.isdir(path):
        raise OSError("is a directory")
    else:
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_INPUT_SIZE + 1)
        except OSError as exc:
            raise OSError(f"cannot open: {exc.strerror or exc}") from None
    if len(data) > MAX_INPUT_SIZE:
        raise OSError(f"is larger than {MAX_INPUT_SIZE // (1024 * 1024)} MiB, the most newsdoc reads")
    return data


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command; returns the exit status."""
    args = _arguments().parse_args(argv)
    err = sys.stderr

    def usage(message: str) -> int:
        err.write(f"newsdoc: {message}\nTry 'python -m newsdoc --help' for more information.\n")
        return EXIT_USAGE

    if args.input not in ("html", "text", "json"):
        return usage(f"unknown input type '{args.input}' (expected html, text or json)")
    if not args.files:
        return usage("no input files (use '-' for standard input)")
    if args.files.count("-") > 1:
        return usage("standard input ('-') given more than once")
    jsonl = args.format == "jsonl"
    try:
        registry = Registry(plugin_path=args.plugin_path)
    except NewsdocError as exc:
        err.write(f"newsdoc: {exc.message}\n")
        return EXIT_FAILED
    with registry:
        # A misspelt format or parser is a mistake on the command line: say
        # so once, before any file is read.
        if not jsonl and args.format not in registry.formats:
            return usage(f"unknown format '{args.format}' ('newsdoc formats' lists them)")
        if args.parser is not None and args.parser not in [p.id for p in registry.parsers]:
            return usage(f"unknown parser '{args.parser}' ('newsdoc plugins' lists them)")
        limits = Limits(max_input_size=MAX_INPUT_SIZE, max_work=args.max_work or None)
        out = sys.stdout.buffer
        status = EXIT_OK
        for path in args.files:
            shown = "(standard input)" if path == "-" else path
            try:
                data = _read(path, sys.stdin.buffer)
                doc = parse(data, args.url, input=args.input, parser=args.parser,
                            quotes_by_sentence=args.quotes_by_sentence, registry=registry, limits=limits)
                if jsonl:
                    text = doc.export("json", compact=True, registry=registry).strip()
                    if not (text.startswith("{") and text.endswith("}")):
                        raise OSError("the json exporter did not write a JSON object")
                    inner = text[1:]
                    line = '{"source":' + _json_string(os.fsencode(path)) + ("," if inner != "}" else "") + inner
                    out.write(line.encode("utf-8") + b"\n")
                else:
                    text = doc.export(args.format, registry=registry)
                    out.write(text.encode("utf-8"))
                    if not text.endswith("\n"):
                        out.write(b"\n")
            except NewsdocError as exc:
                err.write(f"newsdoc: {shown}: {exc.message}\n")
                status = EXIT_FAILED
            except OSError as exc:
                err.write(f"newsdoc: {shown}: {exc}\n")
                status = EXIT_FAILED
        try:
            out.flush()
        except OSError as exc:
            err.write(f"newsdoc: cannot write the output: {exc}\n")
            status = EXIT_FAILED
    return status


def run() -> None:
    """Entry point: exit with main()'s status; a closed pipe ends quietly."""
    try:
        status = main()
    except BrokenPipeError:
        # Let the interpreter's final flush not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = EXIT_FAILED
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)


__all__: List[str] = ["main", "run"]
