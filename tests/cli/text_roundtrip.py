#!/usr/bin/env python3
"""Round trip through the text exporter: for each page, extract (JSON),
export as text, read that text back with --input text, and compare the
title, the authors (name, role, affiliation) and both dates.

  text_roundtrip.py NEWSDOC SOURCE_DIR [SHARED_DIR]

Pages: the project's own (tests/fixtures, examples), the seed page and a
sample of ../shared/bench when SHARED_DIR exists (a message says when it
does not). Prints the figures; exits 1 when any field differs."""
import gzip
import json
import os
import subprocess
import sys
import tempfile

BENCH_SAMPLE = 400  # pages, spread over the sorted list of bench pages (about 15 s)


def run(newsdoc, args, data):
    done = subprocess.run([newsdoc, "extract"] + args + ["-"], input=data, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError("newsdoc %s failed (%d): %s" % (" ".join(args), done.returncode,
                                                           done.stderr.decode(errors="replace")))
    return done.stdout


def fields(doc):
    return {
        "title": doc.get("title"),
        "authors": [(a.get("name"), a.get("role"), a.get("affiliation")) for a in doc.get("authors") or []],
        "published": doc.get("published"),
        "modified": doc.get("modified"),
    }


def pages(source_dir, shared_dir):
    found = []
    for folder in ("tests/fixtures/content", "examples"):
        for name in sorted(os.listdir(os.path.join(source_dir, folder))):
            if name.endswith(".html"):
                found.append(os.path.join(source_dir, folder, name))
    if not shared_dir or not os.path.isdir(shared_dir):
        print("skipped: no shared data at %s (seed page and bench sample not checked)" % shared_dir)
        return found
    found.append(os.path.join(shared_dir, "seed", "article.html"))
    bench = []
    for root, _, names in os.walk(os.path.join(shared_dir, "bench")):
        bench += [os.path.join(root, n) for n in names if n.endswith(".html.gz")]
    bench.sort()
    step = max(1, len(bench) // BENCH_SAMPLE)
    return found + bench[::step][:BENCH_SAMPLE]


def main():
    newsdoc, source_dir = sys.argv[1], sys.argv[2]
    shared_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(source_dir, "..", "shared")
    checked = equal = 0
    failures = []
    for page in pages(source_dir, shared_dir):
        opener = gzip.open if page.endswith(".gz") else open
        with opener(page, "rb") as f:
            html = f.read()
        original = fields(json.loads(run(newsdoc, ["--format", "json"], html)))
        text = run(newsdoc, ["--format", "text"], html)
        if not text.strip():
            continue  # nothing to read back
        again = fields(json.loads(run(newsdoc, ["--input", "text", "--format", "json"], text)))
        for key in original:
            checked += 1
            if original[key] == again[key]:
                equal += 1
            else:
                failures.append("%s: %s\n  export %r\n  import %r" % (page, key, original[key], again[key]))
    print("text round trip: %d fields equal of %d" % (equal, checked))
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
