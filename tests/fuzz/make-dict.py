#!/usr/bin/env python3
"""Write the libFuzzer dictionary of one fuzz target.

    make-dict.py TARGET OUT

The dictionary is the target's hand-written part (dict/<kind>.dict: tags,
attributes, JSON-LD keys and types, itemprops, byline and date words,
text cues) plus the words of the library's own tables, read from the
sources so it follows them: class and id names (content/name_sets.c),
meta names, JSON-LD keys and types, byline roles and conjunctions, month
names, quote verbs, the class names the site plugins' XPath rules look
for, the keys of the document JSON and of plugin manifests. Run from the
top of the source tree (run-fuzzers.sh does).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# which hand-written part, and which sources, per target
TARGETS = {
    'fuzz_html': ('html', ['libnewsdoc/content/*.c', 'libnewsdoc/metadata/*.c', 'libnewsdoc/html_*.c',
                           'libnewsdoc/quotes/lang_*.c', 'plugins/site-*/*.c'], True),
    'fuzz_export': ('html', ['libnewsdoc/content/*.c', 'libnewsdoc/metadata/*.c', 'libnewsdoc/text/text_parse.c',
                             'libnewsdoc/text/*.c', 'plugins/export-*/*.c'], True),
    'fuzz_text': ('text', ['libnewsdoc/text/text_parse.c', 'libnewsdoc/text/*.c', 'libnewsdoc/metadata/meta_byline.c',
                           'libnewsdoc/metadata/meta_date.c', 'libnewsdoc/metadata/meta_title.c',
                           'libnewsdoc/content/boiler_text.c', 'libnewsdoc/quotes/*.c'], False),
    'fuzz_json': ('json', ['libnewsdoc/json/json_import.c', 'libnewsdoc/json/json_parse.c', 'libnewsdoc/json/json_export.c',
                           'libnewsdoc/model/document.c'], False),
    'fuzz_manifest': ('manifest', ['libnewsdoc/plugin/*.c'], True),
}

C_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# a quoted word in an XPath rule: ' RichTextStoryBody ', 'byline'
XPATH_WORD = re.compile(r"'\s*([A-Za-z][\w:-]{1,40})\s*'")


def c_string_bytes(literal):
    """The bytes of a C string literal's body (the escapes this code base uses)."""
    out = bytearray()
    i = 0
    while i < len(literal):
        c = literal[i]
        if c != '\\':
            out += c.encode('utf-8')
            i += 1
            continue
        nxt = literal[i + 1]
        if nxt == 'x':
            m = re.match(r'[0-9A-Fa-f]{1,2}', literal[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif nxt in '01234567':
            m = re.match(r'[0-7]{1,3}', literal[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += {'n': b'\n', 't': b'\t', 'r': b'\r', '0': b'\0'}.get(nxt, nxt.encode('utf-8'))
            i += 2
    return bytes(out)


def useful(word):
    """Words and short tokens; not messages, formats or paths."""
    return (0 < len(word) <= 48 and b'%' not in word and b'\n' not in word and word.count(b' ') <= 2
            and not word.startswith(b'/') and not word.endswith(b'.h'))


def source_words(patterns):
    words = set()
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
            # comments hold prose, not table entries
            text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
            text = re.sub(r'^\s*#\s*include.*$', ' ', text, flags=re.M)
            for literal in C_STRING.findall(text):
                word = c_string_bytes(literal)
                if useful(word):
                    words.add(word)
    return words


def manifest_words():
    """Keys of the in-tree manifests, and the class names their rules name."""
    words = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                words.add(key.encode('utf-8'))
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            for word in XPATH_WORD.findall(value):
                words.add(word.encode('utf-8'))
    for path in sorted(glob.glob('plugins/*/manifest.json*')):
        with open(path, encoding='utf-8') as f:
            try:
                walk(json.loads(f.read().replace('@NEWSDOC_PLUGIN_LIBRARY@', 'lib.so')))
            except ValueError:
                pass
    return {w for w in words if useful(w)}


def schema_keys():
    words = set()
    path = 'docs/newsdoc.schema.json'
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for key in re.findall(r'"([A-Za-z_@][\w@-]*)"\s*:', f.read()):
                words.add(('"%s"' % key).encode('utf-8'))
    return words


def escape(word):
    out = []
    for b in word:
        if b == 0x5C:
            out.append('\\\\')
        elif b == 0x22:
            out.append('\\"')
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append('\\x%02X' % b)
    return '"%s"' % ''.join(out)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in TARGETS:
        sys.exit('usage: make-dict.py {%s} OUT' % ','.join(TARGETS))
    kind, patterns, with_manifests = TARGETS[sys.argv[1]]
    with open(os.path.join(HERE, 'dict', kind + '.dict'), encoding='utf-8') as f:
        base = [line.rstrip('\n') for line in f if line.strip() and not line.startswith('#')]
    words = source_words(patterns)
    if with_manifests:
        words |= manifest_words()
    if kind == 'json':
        words |= schema_keys()
    known = set(base)
    lines = list(base)
    for word in sorted(words):
        entry = escape(word)
        if entry not in known:
            known.add(entry)
            lines.append(entry)
    with open(sys.argv[2], 'w', encoding='ascii') as f:
        f.write('\n'.join(lines) + '\n')
    print('make-dict: %s: %d entries (%d hand-written, %d from the sources)'
          % (sys.argv[1], len(lines), len(base), len(lines) - len(base)))


if __name__ == '__main__':
    main()
