#!/usr/bin/env python3
"""Keep copies of ../shared data out of the committed fuzz corpora.

    shared-filter.py CORPUS_DIR LOCAL_DIR SHARED_SEED...

The fuzzers are seeded with benchmark and hostile pages from ../shared
(and text and JSON made from them), and what they find grows from those
seeds; but shared data is never copied into the repository. Every file of
CORPUS_DIR that holds a stretch of a SHARED_SEED file (at least MIN_COPIED
bytes in 64-byte blocks, at any offset) is moved to LOCAL_DIR, a corpus
kept in the build folder and used again by the next run on this machine.
Prints how many files stayed and how many moved.
"""
import os
import shutil
import sys

BLOCK = 64
MIN_COPIED = 512


def blocks_of(paths):
    """The aligned 64-byte blocks of every file."""
    index = set()
    for path in paths:
        if not os.path.isfile(path):
            continue
        with open(path, 'rb') as f:
            data = f.read()
        for i in range(0, len(data) - BLOCK + 1, BLOCK):
            index.add(data[i:i + BLOCK])
    return index


def copied_bytes(data, index, enough):
    """Bytes of data found as blocks of the index (at any offset), up to `enough`."""
    found = 0
    i = 0
    while i + BLOCK <= len(data):
        if data[i:i + BLOCK] in index:
            found += BLOCK
            if found >= enough:
                break
            i += BLOCK
        else:
            i += 1
    return found


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.split('\n\n')[1])
    corpus, local = sys.argv[1], sys.argv[2]
    index = blocks_of(sys.argv[3:])
    kept = moved = 0
    os.makedirs(local, exist_ok=True)
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        with open(path, 'rb') as f:
            data = f.read()
        if index and copied_bytes(data, index, MIN_COPIED) >= MIN_COPIED:
            shutil.move(path, os.path.join(local, name))
            moved += 1
        else:
            kept += 1
    print('shared-filter: %s: %d files kept, %d holding shared data moved to %s' % (corpus, kept, moved, local))


if __name__ == '__main__':
    main()
