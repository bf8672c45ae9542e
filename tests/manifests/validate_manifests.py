#!/usr/bin/env python3
"""Validate plugin manifests against docs/plugin-manifest.schema.json.

  validate_manifests.py SCHEMA --valid FILE... --invalid FILE...

Every --valid manifest must pass and every --invalid one must fail, so the
check cannot pass vacuously. Exit 77 (skip) without python3-jsonschema.
"""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed")
    sys.exit(77)


def main(argv):
    schema = json.load(open(argv[1]))
    validator = jsonschema.Draft202012Validator(schema)
    mode, failures, count = None, 0, 0
    paths = []
    for arg in argv[2:]:
        if os.path.isdir(arg):
            paths += [(p, mode) for p in sorted(glob.glob(os.path.join(arg, "*.json")))]
        elif arg in ("--valid", "--invalid"):
            mode = arg
        else:
            paths.append((arg, mode))
    for arg, mode in paths:
        try:
            manifest = json.load(open(arg))
        except ValueError as e:
            errors = ["not JSON: %s" % e]
        else:
            errors = [e.message for e in validator.iter_errors(manifest)]
        count += 1
        if mode == "--valid" and errors:
            failures += 1
            print("FAIL %s should be valid: %s" % (arg, errors[0]))
        elif mode == "--invalid" and not errors:
            failures += 1
            print("FAIL %s should be invalid" % arg)
        else:
            print("ok   %s%s" % (arg, " (%s)" % errors[0] if errors else ""))
    print("%d manifests, %d failures" % (count, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
