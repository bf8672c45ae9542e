"""10,000 parses in a loop with bounded memory (NEWSDOC_PY_MEMTEST=1; it
takes some seconds). Each round parses the seed page (the example page
when ../shared is absent), reads every getter and exports it, so a
document, item or buffer that is never freed shows as growth."""

from __future__ import annotations

import gc
import os

import pytest
from conftest import need, seed_path, source_path

import newsdoc

ROUNDS = 10_000
WARM_UP = 1_000
# Growth allowed between the warmed-up loop and its end. A leak of even one
# small string a round (10,000 x 50 bytes) stays under it, so it is the
# allocator's slack, not a budget: a leaked document (tens of KiB) would
# pass it within a few hundred rounds.
MAX_GROWTH_KB = 2048


def rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


def touch(doc: newsdoc.Document) -> int:
    """Read everything, as a user would."""
    total = len(doc.text) + len(doc.export("json"))
    for value in (doc.title, doc.subtitle, doc.description, doc.site_name, doc.language, doc.canonical_url,
                  doc.url, doc.section, doc.published, doc.modified, doc.parser):
        total += len(value or "")
    total += len(doc.tags) + len(doc.authors) + len(doc.body) + len(doc.quotes) + len(doc.related)
    total += len(doc.images) + len(doc.provenance) + (doc.comment_count or 0)
    return total


@pytest.mark.skipif(os.environ.get("NEWSDOC_PY_MEMTEST") != "1", reason="NEWSDOC_PY_MEMTEST=1 runs it")
def test_ten_thousand_parses_bounded_rss() -> None:
    path = seed_path() or source_path("examples", "article.html")
    need(os.path.isfile(path), f"no page at {path}")
    with open(path, "rb") as f:
        page = f.read()
    url = "https://dcnewsline.com/stories/670134567" if seed_path() else None
    reg = newsdoc.default_registry()
    start = rss_kb()
    for _ in range(WARM_UP):
        touch(newsdoc.parse(page, url, registry=reg))
    gc.collect()
    warm = rss_kb()
    for _ in range(ROUNDS - WARM_UP):
        touch(newsdoc.parse(page, url, registry=reg))
    gc.collect()
    end = rss_kb()
    print(f"\npython memory check: VmRSS at start {start} kB, after {WARM_UP:,} parses {warm} kB, "
          f"after {ROUNDS:,} parses {end} kB (growth after warm-up {end - warm} kB; page {len(page):,} bytes)")
    assert end - warm <= MAX_GROWTH_KB, f"VmRSS grew by {end - warm} kB over {ROUNDS - WARM_UP:,} parses"


def test_documents_are_freed() -> None:
    """Without the long loop: a document's C memory goes when it does (a
    weak reference sees the object die; the finalizer frees the handle)."""
    import weakref

    doc = newsdoc.parse(b"<title>Gone</title><p>Soon.</p>")
    handle = doc._handle
    assert handle
    ref = weakref.ref(doc)
    del doc
    assert ref() is None
