#!/usr/bin/python3
"""Validate libnewsdoc's JSON output against docs/newsdoc.schema.json.

Checks, in order:
  1. the schema itself is a valid draft 2020-12 schema;
  2. documents that break the format are rejected by it, so that the
     checks below cannot pass vacuously;
  3. the files written by dump_full (--dump), then the output of
     `newsdoc extract --format json` and `--format jsonl` on each --html page
     (--cli) are accepted.

Needs Debian's python3-jsonschema; exits 77 (ctest: skipped) without it.
"""

import argparse
import copy
import json
import os
import subprocess
import sys

SKIP = 77

try:
    import jsonschema
except ImportError:
    print("validate.py: python3-jsonschema is not installed "
          "(apt-get install python3-jsonschema); skipping")
    sys.exit(SKIP)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", required=True, help="docs/newsdoc.schema.json")
    parser.add_argument("--dump", help="the dump_full program")
    parser.add_argument("--workdir", help="where dump_full writes its files")
    parser.add_argument("--cli", help="the newsdoc command")
    parser.add_argument("--html", action="append", default=[], help="a page to extract with --cli")
    return parser.parse_args()


def errors_of(validator, document):
    """The validation errors of `document`, as short readable lines."""
    found = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        found.append(f"{where}: {error.message[:200]}")
    return found


def expect_valid(validator, document, label):
    errors = errors_of(validator, document)
    if errors:
        print(f"FAIL {label}: does not match the schema")
        for line in errors[:20]:
            print(f"    {line}")
        return False
    print(f"ok   {label}")
    return True


def broken_variants(document):
    """(what is wrong, document) pairs that the schema must reject."""
    def changed(edit):
        variant = copy.deepcopy(document)
        edit(variant)
        return variant

    variants = [
        ("title is a number", changed(lambda d: d.__setitem__("title", 42))),
        ("no body key", changed(lambda d: d.pop("body"))),
        ("unknown top-level key", changed(lambda d: d.__setitem__("bogus", 1))),
        ("tags is null", changed(lambda d: d.__setitem__("tags", None))),
        ("comment count is -1", changed(lambda d: d["comments"].__setitem__("count", -1))),
        ("author without name", changed(lambda d: d.__setitem__("authors", [
            {"name": None, "role": None, "affiliation": None, "url": None}]))),
        ("author kind outside the vocabulary", changed(lambda d: d.__setitem__("authors", [
            {"name": "N", "role": None, "affiliation": None, "url": None, "kind": "robot"}]))),
        ("block of unknown type", changed(lambda d: d.__setitem__("body", [
            {"type": "aside", "text": ""}]))),
        ("heading level 7", changed(lambda d: d.__setitem__("body", [
            {"type": "heading", "text": "H", "level": 7}]))),
        ("paragraph with items", changed(lambda d: d.__setitem__("body", [
            {"type": "paragraph", "text": "P", "items": []}]))),
        ("related without title or url", changed(lambda d: d.__setitem__("related", [
            {"title": None, "url": None, "author": "A", "summary": None, "image": None}]))),
        ("provenance of an unknown field", changed(lambda d: d.__setitem__("provenance", {"colour": "meta"}))),
        ("is_lead is a string", changed(lambda d: d.__setitem__("images", [
            {"url": "u", "alt": None, "caption": None, "credit": None, "is_lead": "yes"}]))),
    ]
    return variants


def check_rejections(validator, document):
    ok = True
    for what, variant in broken_variants(document):
        if validator.is_valid(variant):
            print(f"FAIL the schema accepts a broken document: {what}")
            ok = False
    if ok:
        print("ok   the schema rejects every broken variant")
    return ok


def load_json(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def run(command):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        print(f"FAIL {' '.join(command)} exited with {result.returncode}:")
        print(result.stderr.decode("utf-8", "replace"))
        return None
    return result.stdout.decode("utf-8")


def check_dump(validator, dump, workdir):
    os.makedirs(workdir, exist_ok=True)
    output = run([dump, workdir])
    if output is None:
        return False, None
    ok = True
    documents = {}
    for path in output.split("\n"):
        if path:
            documents[os.path.basename(path)] = load_json(path)
            ok = expect_valid(validator, documents[os.path.basename(path)], path) and ok
    if "full.json" not in documents or "empty.json" not in documents:
        print("FAIL dump_full did not write full.json and empty.json")
        return False, None
    return ok, documents["full.json"]


def check_cli(validator, cli, page):
    ok = True
    output = run([cli, "extract", "--format", "json", page])
    if output is None:
        return False, None
    document = json.loads(output)
    ok = expect_valid(validator, document, f"newsdoc extract --format json {page}") and ok

    output = run([cli, "extract", "--format", "jsonl", page])
    if output is None:
        return False, document
    lines = [line for line in output.split("\n") if line]
    if len(lines) != 1:
        print(f"FAIL --format jsonl wrote {len(lines)} lines for one page")
        return False, document
    line_document = json.loads(lines[0])
    ok = expect_valid(validator, line_document, f"newsdoc extract --format jsonl {page}") and ok
    if line_document.get("source") != page:
        print(f"FAIL jsonl \"source\" is {line_document.get('source')!r}, not {page!r}")
        ok = False
    return ok, document


def main():
    arguments = parse_arguments()
    schema = load_json(arguments.schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    print(f"ok   {arguments.schema} is a valid draft 2020-12 schema")

    ok = True
    sample = None
    if arguments.dump:
        passed, sample = check_dump(validator, arguments.dump, arguments.workdir or ".")
        ok = passed and ok
    for page in arguments.html:
        if not arguments.cli:
            print("FAIL --html needs --cli")
            return 1
        passed, document = check_cli(validator, arguments.cli, page)
        ok = passed and ok
        sample = sample or document
    if sample is None:
        print("FAIL nothing to validate: give --dump or --cli with --html")
        return 1
    ok = check_rejections(validator, sample) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
