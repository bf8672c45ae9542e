#!/usr/bin/env python3
"""Compare newsdoc's JSON for the seed page with ../shared/seed/expected.json.

  compare_seed.py NEWSDOC EXPECTED.json PAGE [--input text] [--fields a,b,...] [--plugin-path DIR]

Runs `NEWSDOC extract --format json` on PAGE (with --url from the expected
record for HTML) and checks each field named in --fields, as expected.json
states it. Exit 0 when all match, 1 with a report otherwise.
"""
import argparse
import json
import subprocess
import sys

ALL_FIELDS = ["url", "canonical_url", "site_name", "language", "title", "authors", "published",
              "section", "paragraphs", "related", "comments_count", "quotes", "not_quotes", "not_in_body"]


def actual_value(doc, field):
    if field == "authors":
        return [{k: a.get(k) for k in ("name", "role", "affiliation")} for a in doc["authors"]]
    if field == "paragraphs":
        return [b["text"] for b in doc["body"] if b["type"] == "paragraph"]
    if field == "related":
        return [{k: r.get(k) for k in ("author", "title", "summary", "url")} for r in doc["related"]]
    if field == "comments_count":
        return doc["comments"]["count"]
    if field == "quotes":
        return [{"text": q["text"], "speaker": q["speaker"]} for q in doc["quotes"]]
    return doc.get(field)


def expected_value(expected, field, text_input):
    value = expected[field]
    if field == "related" and text_input:
        # Text carries no links.
        value = [{k: (None if k == "url" else v) for k, v in r.items()} for r in value]
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("newsdoc")
    ap.add_argument("expected")
    ap.add_argument("page")
    ap.add_argument("--input", default="html")
    ap.add_argument("--fields", default=",".join(ALL_FIELDS))
    ap.add_argument("--plugin-path", action="append", default=[])
    ap.add_argument("--parser")
    args = ap.parse_args()

    expected = json.load(open(args.expected, encoding="utf-8"))
    cmd = [args.newsdoc, "extract", "--format", "json", "--input", args.input]
    if args.input == "html":
        cmd += ["--url", expected["url"]]
    for p in args.plugin_path:
        cmd += ["--plugin-path", p]
    if args.parser:
        cmd += ["--parser", args.parser]
    cmd.append(args.page)
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        print("newsdoc failed (%d): %s" % (run.returncode, run.stderr))
        return 1
    doc = json.loads(run.stdout)
    failures = []
    for field in args.fields.split(","):
        if field == "not_quotes":
            quoted = [q["text"] for q in doc["quotes"]]
            bad = [t for t in expected["not_quotes"] if any(t in q for q in quoted)]
            if bad:
                failures.append("not_quotes found as quotes: %r" % bad)
            continue
        if field == "not_in_body":
            bad = [t for t in expected["not_in_body"] if t in doc["text"]]
            if bad:
                failures.append("not_in_body found in the body text: %r" % bad)
            continue
        want = expected_value(expected, field, args.input == "text")
        got = actual_value(doc, field)
        if got != want:
            failures.append("%s:\n  expected %s\n  got      %s" % (
                field, json.dumps(want, ensure_ascii=False), json.dumps(got, ensure_ascii=False)))
    print("parser: %s" % doc.get("parser"))
    if failures:
        print("MISMATCH on %d field(s):" % len(failures))
        for f in failures:
            print("- " + f)
        return 1
    print("OK: %s" % args.fields)
    return 0


if __name__ == "__main__":
    sys.exit(main())
