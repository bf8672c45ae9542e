"""Threads: one registry shared by 8 threads gives the same documents as one
thread, and the GIL is released while the library parses."""

from __future__ import annotations

import threading
import time
from typing import Dict, List, Tuple

from conftest import PAGES, need

import newsdoc

THREADS = 8
ROUNDS = 5


def test_eight_threads_one_registry_identical_results() -> None:
    need(PAGES, "no pages")
    pages = [(page.read(), page.url, page.input) for page in PAGES]
    with newsdoc.Registry() as reg:
        expected = [newsdoc.parse(data, url, input=kind, registry=reg).export("json") for data, url, kind in pages]
        results: Dict[int, List[str]] = {}
        errors: List[BaseException] = []
        start = threading.Barrier(THREADS)

        def work(index: int) -> None:
            try:
                start.wait()
                got = []
                for round_ in range(ROUNDS):
                    # Each thread walks the pages from another starting point,
                    # so different pages are parsed at the same moment.
                    order = [(index + round_ + k) % len(pages) for k in range(len(pages))]
                    docs = {k: newsdoc.parse(pages[k][0], pages[k][1], input=pages[k][2], registry=reg) for k in order}
                    # Read the documents from this thread too (lazy getters).
                    for k in order:
                        assert docs[k].to_dict()["title"] == docs[k].title
                    got.extend(docs[k].export("json") for k in range(len(pages)))
                results[index] = got
            except BaseException as exc:  # reported below, from the main thread
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors, errors
    assert len(results) == THREADS
    for index in range(THREADS):
        assert results[index] == expected * ROUNDS, f"thread {index} got other documents"


def test_one_document_read_by_many_threads() -> None:
    need(PAGES, "no pages")
    page = max(PAGES, key=lambda p: len(p.read()))
    doc = newsdoc.parse(page.read(), page.url, input=page.input)
    seen: List[Tuple[object, ...]] = []
    start = threading.Barrier(THREADS)

    def read() -> None:
        start.wait()
        seen.append((tuple(doc.body), tuple(doc.quotes), tuple(doc.authors), doc.text, doc.export("json")))

    threads = [threading.Thread(target=read) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == THREADS and all(s == seen[0] for s in seen)


def test_gil_released_during_parse() -> None:
    """While one thread is inside newsdoc_parse on a large page, another
    thread keeps running Python code: it could not if the call held the
    GIL."""
    page = b"<html><body><article>" + b"".join(
        b"<p>Paragraph %d of the long story, with words that go on and on for a while.</p>" % i
        for i in range(40000)) + b"</article></body></html>"
    newsdoc.parse(b"<p>warm up</p>")
    ticks: List[float] = []
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        time.sleep(0.01)
        begin = time.perf_counter()
        doc = newsdoc.parse(page)
        end = time.perf_counter()
    finally:
        stop.set()
        spinner.join()
    assert len(doc.body) == 40000
    # The middle half of the call: the spinner ran there only if the GIL was free.
    quarter = (end - begin) / 4
    inside = [t for t in ticks if begin + quarter < t < end - quarter]
    assert end - begin > 0.02, "the parse was too quick to tell"
    assert len(inside) > 100, f"the other thread ran {len(inside)} times during a {end - begin:.3f} s parse"
