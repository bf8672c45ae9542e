#!/usr/bin/env python3
"""Check site plugins against the Fundus publisher fixtures.

  check_publishers.py --newsdoc CLI --bench SHARED/bench [--plugin-path DIR]... \
      [--parser generic] [--min-f1 0.98] [--report] COUNTRY/Publisher...

For every page of each publisher (from fundus/manifest.json) it runs
`CLI extract --format jsonl --url URL` and compares with the expected
record: title exact, author names exact (as sets, case- and space-folded,
as score.py does), publishing date to the second (as instants), and body
F1 with score.py's own metric, per publisher. Then it runs
`score.py fields` over the chosen pages and prints its figures.

Exit 0 when every page passes (with --report: always, printing a table);
1 otherwise; 77 when the bench data is absent.
"""
import argparse
import datetime
import gzip
import json
import os
import subprocess
import sys
import tempfile


def parse_time(text):
    """A datetime from ISO 8601 or Fundus's 'YYYY-MM-DD HH:MM:SS+00:00'."""
    if not text:
        return None
    try:
        return datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00")).replace(microsecond=0)
    except ValueError:
        return None


def same_time(got, expected):
    """Equal to the second: as instants when the expected record has an
    offset; as the wall-clock time the page wrote when it has none (Fundus
    records some publishers' local times without their offset)."""
    g, e = parse_time(got), parse_time(expected)
    if g is None or e is None or g.tzinfo is None:
        return False
    if e.tzinfo is None:
        return g.replace(tzinfo=None) == e
    return g == e


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsdoc", required=True)
    ap.add_argument("--bench", required=True)
    ap.add_argument("--plugin-path", action="append", default=[])
    ap.add_argument("--parser")
    ap.add_argument("--min-f1", type=float, default=0.98)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--expect-parser", help="fail pages not parsed by this parser id")
    ap.add_argument("publishers", nargs="+")
    args = ap.parse_args()

    manifest_path = os.path.join(args.bench, "fundus", "manifest.json")
    if not os.path.exists(manifest_path):
        print("SKIP: %s not found (../shared is not beside the checkout)" % manifest_path)
        return 77
    sys.path.insert(0, args.bench)
    import score  # the benchmark's own metric

    base = os.path.dirname(manifest_path)
    manifest = json.load(open(manifest_path))
    wanted = set(args.publishers)
    rows = [m for m in manifest if "%s/%s" % (m["country"], m["publisher"]) in wanted]
    missing = wanted - {"%s/%s" % (m["country"], m["publisher"]) for m in rows}
    if missing:
        print("unknown publishers: %s" % ", ".join(sorted(missing)))
        return 1

    failures = 0
    pred = {}
    per_publisher = {}
    with tempfile.TemporaryDirectory() as tmp:
        for m in rows:
            page = os.path.join(tmp, os.path.basename(m["html"])[:-3])
            with gzip.open(os.path.join(base, m["html"])) as src, open(page, "wb") as dst:
                dst.write(src.read())
            cmd = [args.newsdoc, "extract", "--format", "json", "--url", m["url"]]
            for p in args.plugin_path:
                cmd += ["--plugin-path", p]
            if args.parser:
                cmd += ["--parser", args.parser]
            run = subprocess.run(cmd + [page], capture_output=True, text=True)
            if run.returncode != 0:
                print("FAIL %s: newsdoc exit %d: %s" % (m["html"], run.returncode, run.stderr.strip()))
                failures += 1
                continue
            doc = json.loads(run.stdout)
            exp = json.load(open(os.path.join(base, m["expected_json"])))[m["version"]]
            got_authors = [a["name"] for a in doc["authors"]]
            pred[m["html"]] = {"title": doc["title"], "authors": got_authors,
                               "published": doc["published"], "articleBody": doc["text"]}
            checks = {
                "title": score.norm(doc["title"]) == score.norm(exp.get("title")),
                "authors": sorted(score.norm(a) for a in got_authors)
                           == sorted(score.norm(a) for a in exp.get("authors") or []),
                "date": same_time(doc["published"], exp.get("publishing_date")),
            }
            counts = score.page_counts(score.fundus_body(exp), doc["text"])
            key = "%s/%s" % (m["country"], m["publisher"])
            per_publisher.setdefault(key, []).append(counts)
            if args.expect_parser:
                checks["parser"] = doc["parser"] == args.expect_parser
            bad = [k for k, ok in checks.items() if not ok]
            status = "ok  " if not bad else "FAIL"
            print("%s %s parser=%s%s" % (status, m["html"], doc["parser"], (" (" + ", ".join(bad) + ")") if bad else ""))
            for k in bad:
                want = {"title": exp.get("title"), "authors": exp.get("authors"),
                        "date": exp.get("publishing_date"), "parser": args.expect_parser}[k]
                have = {"title": doc["title"], "authors": got_authors, "date": doc["published"],
                        "parser": doc["parser"]}[k]
                print("     %s: expected %r, got %r" % (k, want, have))
            failures += bool(bad)
        for key, counts in sorted(per_publisher.items()):
            p, r, f1, _ = score.prf(counts)
            ok = f1 >= args.min_f1
            failures += not ok
            print("%s %s body F1 %.3f (P %.3f R %.3f) over %d page(s)" % (
                "ok  " if ok else "FAIL", key, f1, p, r, len(counts)))
        # The benchmark's own scorer over the same pages.
        sub_manifest = os.path.join(tmp, "manifest.json")
        json.dump([dict(m, expected_json=os.path.join(base, m["expected_json"])) for m in rows],
                  open(sub_manifest, "w"))
        pred_path = os.path.join(tmp, "pred.json")
        json.dump(pred, open(pred_path, "w"))
        print("score.py fields over %d page(s):" % len(rows))
        sys.stdout.flush()
        subprocess.run([sys.executable, os.path.join(args.bench, "score.py"), "fields", sub_manifest, pred_path])
    if args.report:
        return 0
    print("%d failure(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
