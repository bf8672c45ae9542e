"""``python -m newsdoc`` against ``newsdoc extract``: the same output for the
same options, and the same exit statuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest
from conftest import PAGES, Page, cli_options, need, run_cli

import newsdoc


def run_py(args: List[str], stdin: Optional[bytes] = None) -> "subprocess.CompletedProcess[bytes]":
    return subprocess.run([sys.executable, "-m", "newsdoc"] + args, input=stdin, capture_output=True)


def html_pages() -> List[Page]:
    return [page for page in PAGES if page.input == "html"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "text", "xml"])
def test_same_output_as_the_cli(fmt: str) -> None:
    pages = html_pages()
    need(pages, "no pages")
    if fmt not in ("json", "jsonl"):
        need(fmt in newsdoc.default_registry().formats, f"no {fmt} exporter in the default registry")
    files = [page.path for page in pages]
    py, c = run_py(["--format", fmt] + files), run_cli(["--format", fmt] + files)
    assert (py.returncode, c.returncode) == (0, 0), py.stderr.decode() + c.stderr.decode()
    assert py.stdout == c.stdout
    assert py.stdout.count(b"\n") >= len(files)


def test_each_page_with_its_options() -> None:
    for page in PAGES:
        args = cli_options(page) + ["--format", "jsonl", page.path]
        py, c = run_py(args), run_cli(args)
        assert py.returncode == c.returncode == 0, page.name
        assert py.stdout == c.stdout, page.name


def test_options_mirrored(tmp_path: Path) -> None:
    page = next(p for p in PAGES if p.path.endswith("article.html"))
    for extra in (["--parser", "generic"], ["--quotes-by-sentence"], ["--max-work", "0"], ["--url=https://example.org/x"],
                  ["--plugin-path", str(tmp_path)]):
        args = extra + ["--format", "jsonl", page.path]
        py, c = run_py(args), run_cli(args)
        assert py.returncode == c.returncode == 0, (extra, py.stderr, c.stderr)
        assert py.stdout == c.stdout, extra
    # Standard input, and a file name that needs escaping in "source".
    odd = tmp_path / 'a "quoted"\tname.html'
    odd.write_bytes(page.read())
    args = ["--format", "jsonl", "-", str(odd)]
    py, c = run_py(args, stdin=page.read()), run_cli(args, stdin=page.read())
    assert py.returncode == c.returncode == 0
    assert py.stdout == c.stdout


def test_exit_statuses(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    good = next(p for p in PAGES if p.path.endswith("article.html")).path
    cases = [
        ([], 2),                                    # no FILE
        (["--format", "nope", good], 2),           # unknown format
        (["--parser", "nope", good], 2),           # unknown parser
        (["--input", "pdf", good], 2),             # unknown input type
        (["--max-work", "lots", good], 2),         # not a number
        (["--no-such-option", good], 2),
        (["-", "-"], 2),                            # stdin twice
        ([str(tmp_path / "missing.html"), good], 1),
        ([str(empty), good], 1),
        ([str(tmp_path), good], 1),                 # a directory
        ([good], 0),
    ]
    for args, status in cases:
        py, c = run_py(args), run_cli(args)
        assert c.returncode == status, (args, c.stderr)
        assert py.returncode == status, (args, py.stderr)
        if status == 1:
            # The good file after the bad one is still printed.
            assert py.stdout == c.stdout and py.stdout
            assert py.stderr.startswith(b"newsdoc: ")
        if status == 2:
            assert py.stdout == b"" and py.stderr.startswith(b"newsdoc: ")


def test_help_and_version() -> None:
    done = run_py(["--help"])
    assert done.returncode == 0
    for option in (b"--url", b"--input", b"--format", b"--parser", b"--plugin-path", b"--max-work",
                   b"--quotes-by-sentence"):
        assert option in done.stdout
    done = run_py(["--version"])
    assert done.returncode == 0 and newsdoc.__version__.encode() in done.stdout


def test_closed_pipe() -> None:
    page = next(p for p in PAGES if p.path.endswith("article.html")).path
    proc = subprocess.Popen([sys.executable, "-m", "newsdoc", "--format", "jsonl"] + [page] * 200,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait() == 1
    assert b"Traceback" not in err, err
    assert os.path.exists(page)
