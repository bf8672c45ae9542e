"""What the binding's tests share: the project's own pages, the reference
CLI, and the rules for skipping.

Environment (bindings/python/test.sh sets it; a developer may too):

- NEWSDOC_SOURCE_DIR: the repository (default: three folders above this
  file, when that is a checkout);
- NEWSDOC_CLI: the ``newsdoc`` command to compare with (default:
  SOURCE/build/tools/newsdoc); NEWSDOC_CLI_LIBDIR: a folder its loader
  needs on LD_LIBRARY_PATH (an installed prefix's lib);
- NEWSDOC_SEED: the seed page (default: SOURCE/../shared/seed/article.html);
- NEWSDOC_PY_STRICT=1: a test that would skip for a missing tool or file
  fails instead (the seed page may still be absent);
- NEWSDOC_PY_EXPECT=bundled|system: where the library must come from;
- NEWSDOC_PY_MEMTEST=1: run the 10,000-parse memory test.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import pytest

import newsdoc

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_URL = ("https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-"
            "high-level-meeting")


def _source_dir() -> Optional[str]:
    given = os.environ.get("NEWSDOC_SOURCE_DIR")
    if given:
        return os.path.abspath(given)
    guess = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
    return guess if os.path.isfile(os.path.join(guess, "include", "newsdoc.h")) else None


SOURCE_DIR = _source_dir()
STRICT = os.environ.get("NEWSDOC_PY_STRICT") == "1"


def need(condition: Any, why: str) -> None:
    """Skip when `condition` is false, or fail under NEWSDOC_PY_STRICT=1:
    in CI a missing tool or file must not pass silently."""
    if not condition:
        if STRICT:
            pytest.fail(f"{why} (NEWSDOC_PY_STRICT=1: skips are failures)")
        pytest.skip(why)


def source_path(*parts: str) -> str:
    need(SOURCE_DIR, "the repository is not found (set NEWSDOC_SOURCE_DIR)")
    assert SOURCE_DIR is not None
    return os.path.join(SOURCE_DIR, *parts)


def seed_path() -> Optional[str]:
    path = os.environ.get("NEWSDOC_SEED")
    if not path and SOURCE_DIR:
        path = os.path.join(SOURCE_DIR, "..", "shared", "seed", "article.html")
    return os.path.abspath(path) if path and os.path.isfile(path) else None


@dataclass(frozen=True)
class Page:
    """One of the project's pages, how to parse it, and its name in test ids."""

    path: str
    url: Optional[str] = None
    input: str = "html"

    @property
    def name(self) -> str:
        return os.path.relpath(self.path, SOURCE_DIR) if SOURCE_DIR else os.path.basename(self.path)

    def read(self) -> bytes:
        with open(self.path, "rb") as f:
            return f.read()


def _canonical_url(path: str) -> Optional[str]:
    # The address examples/run.sh gives the example page: its canonical link.
    import re

    with open(path, encoding="utf-8") as f:
        found = re.search(r'<link rel="canonical" href="([^"]*)"', f.read())
    return found.group(1) if found else None


def project_pages() -> List[Page]:
    """examples/, tests/fixtures, the fuzzers' seed pages, the Go binding's
    test page, and the seed page when ../shared is there."""
    if not SOURCE_DIR:
        return []
    pages = []
    example = os.path.join(SOURCE_DIR, "examples", "article.html")
    pages.append(Page(example, _canonical_url(example)))
    pages.append(Page(os.path.join(SOURCE_DIR, "examples", "article.txt"), input="text"))
    for folder in (("tests", "fixtures", "content"), ("tests", "fuzz", "seeds")):
        base = os.path.join(SOURCE_DIR, *folder)
        for name in sorted(os.listdir(base)) if os.path.isdir(base) else []:
            if name.endswith(".html"):
                pages.append(Page(os.path.join(base, name)))
            elif name.endswith(".txt"):
                pages.append(Page(os.path.join(base, name), input="text"))
    pages.append(Page(os.path.join(SOURCE_DIR, "bindings", "go", "testdata", "ferry.html"), "https://example.org/ferry"))
    seed = seed_path()
    if seed:
        pages.append(Page(seed, SEED_URL))
    return [page for page in pages if os.path.isfile(page.path)]


def cli_command() -> List[str]:
    cli = os.environ.get("NEWSDOC_CLI") or (os.path.join(SOURCE_DIR, "build", "tools", "newsdoc") if SOURCE_DIR else "")
    need(cli and os.access(cli, os.X_OK), f"no newsdoc command to compare with at {cli!r} (set NEWSDOC_CLI)")
    return [cli]


def cli_env() -> Dict[str, str]:
    env = dict(os.environ)
    libdir = os.environ.get("NEWSDOC_CLI_LIBDIR")
    if libdir:
        env["LD_LIBRARY_PATH"] = libdir + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    return env


def run_cli(args: List[str], stdin: Optional[bytes] = None) -> "subprocess.CompletedProcess[bytes]":
    return subprocess.run(cli_command() + ["extract"] + args, input=stdin, capture_output=True, env=cli_env())


def cli_options(page: Page) -> List[str]:
    return (["--url", page.url] if page.url else []) + ["--input", page.input]


_cli_json_cache: Dict[Page, Dict[str, Any]] = {}


def cli_json(page: Page) -> Dict[str, Any]:
    """The document the newsdoc command prints for `page`, as parsed JSON."""
    if page not in _cli_json_cache:
        done = run_cli(cli_options(page) + ["--format", "json", page.path])
        assert done.returncode == 0, done.stderr.decode()
        result: Dict[str, Any] = json.loads(done.stdout)
        _cli_json_cache[page] = result
    return _cli_json_cache[page]


def parse_page(page: Page, **options: Any) -> newsdoc.Document:
    return newsdoc.parse(page.read(), page.url, input=page.input, **options)


PAGES = project_pages()


@pytest.fixture(params=PAGES, ids=[page.name for page in PAGES])
def page(request: pytest.FixtureRequest) -> Page:
    result: Page = request.param
    return result


@pytest.fixture
def seed() -> Page:
    path = seed_path()
    if not path:
        pytest.skip("no seed page (../shared/seed/article.html, or NEWSDOC_SEED)")
    return Page(path, SEED_URL)


def pytest_report_header(config: pytest.Config) -> List[str]:
    try:
        where = f"libnewsdoc {newsdoc.library_version()} from {newsdoc.library_path()}"
    except newsdoc.LibraryError as exc:
        where = f"libnewsdoc not loaded: {exc}"
    return [f"newsdoc {newsdoc.__version__} from {os.path.dirname(newsdoc.__file__)}; {where}",
            f"pages: {len(PAGES)} from {SOURCE_DIR}"]
