#!/usr/bin/env python3
"""Write the hostile-input cases into a folder (never committed: some are
50 MB). Usage: make-hostile.py OUT_DIR, or make-hostile.py --manifests
FOLDER COUNT for the plugin-discovery cases alone.

Each case is one file; run-hostile.sh knows how to feed each to the CLI.
Files already written with the same size are left alone, so a rerun is
cheap."""
import os
import sys


def write_manifests(folder, count):
    """COUNT small declarative manifests in FOLDER (issue 12: discovery must
    stay linear in their number). Each plugin claims two hosts of its own
    and one it shares with its neighbour at the same priority (a tie to
    report); every 1000th repeats an earlier plugin's name and parser id (a
    duplicate to skip)."""
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        name = 'gen-%d' % (i - 500 if i % 1000 == 999 else i)
        with open(os.path.join(folder, 'm%06d.json' % i), 'w') as f:
            f.write('{"file_format_version":"1.0.0","plugin":{"name":"%s","version":"1.0.0"},'
                    '"parsers":[{"id":"%s","hosts":["site-%d.test","*.site-%d.test","shared-%d.test"],'
                    '"priority":5,"rules":{"title":"//h1"}}]}\n' % (name, name, i, i, i // 2))


# make-hostile.py --manifests FOLDER COUNT: only the manifests, written
# where run-hostile.sh wants them for one run (80,000 files of 4 KB blocks
# are not kept in the build tree).
if len(sys.argv) == 4 and sys.argv[1] == '--manifests':
    write_manifests(sys.argv[2], int(sys.argv[3]))
    sys.exit(0)

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

HEAD = b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head><body>'
TAIL = b'</body></html>'
PARA = (b'<p>The council met on Tuesday to discuss the harbour wall. \xe2\x80\x9cWe have to act now,\xe2\x80\x9d '
        b'said Ann Smith, the mayor. Residents said the work was overdue and that the storm had made it worse.</p>\n')


def write(name, data):
    path = os.path.join(out, name)
    if os.path.exists(path) and os.path.getsize(path) == len(data):
        return
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.replace(path + '.tmp', path)


def page(body):
    return HEAD + body + TAIL


# 100,000-deep nesting, text at the bottom, then more text beside it.
n = 100000
write('deep-nesting.html', page(b'<div>' * n + PARA * 3 + b'</div>' * n + PARA))
# The same depth with unclosed inline tags (no end tags at all).
write('deep-unclosed.html', page(b'<b><i><span>' * (n // 3) + PARA * 3))

# A 50 MB page of ordinary article paragraphs (HOSTILE_BIG_SIZE MB).
size = int(os.environ.get('HOSTILE_BIG_SIZE', '50')) * 1024 * 1024
count = size // len(PARA) + 1
write('big-50mb.html', page(b'<article><h1>A long story</h1>' + PARA * count + b'</article>'))

# 1 million attributes: all on one tag (refused before parsing), and spread
# over 10,000 tags of 100 each.
attrs = b''.join(b' a%d="v"' % i for i in range(1000000))
write('attrs-1m-one-tag.html', page(b'<p' + attrs + b'>Text.</p>' + PARA))
tag100 = b'<span' + b''.join(b' a%d="v"' % i for i in range(100)) + b'>x</span>'
write('attrs-1m-spread.html', page(PARA + tag100 * 10000 + PARA))

# Invalid and overlong UTF-8 in the title, attributes and text, under a
# page that says it is UTF-8.
bad = [b'\xc0\xaf', b'\xe0\x80\xaf', b'\xf0\x80\x80\xaf', b'\xf8\x88\x80\x80\xaf', b'\xfc\x84\x80\x80\x80\xaf',
       b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\x80', b'\xbf', b'\xfe', b'\xff', b'\xc3', b'\xe2\x80', b'\xf4\x90\x80\x80',
       b'\xc1\xbf', b'\xe2\x80\x9c\xc0', b'\xf0\x9f\x98']
junk = b' '.join(bad)
write('bad-utf8.html', b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>T' + junk + b'</title>'
      b'<meta name="author" content="A' + junk + b'"></head><body><article>'
      + (b'<p title="' + junk + b'">Text ' + junk + b' \xe2\x80\x9cquote ' + junk + b',\xe2\x80\x9d said B' + junk + b'.</p>') * 200
      + b'</article></body></html>')
write('bad-utf8.txt', (b'Title ' + junk + b'\n\nBy A' + junk + b'\n\n' + (b'Text ' + junk + b'.\n\n') * 200))

# NUL bytes inside text (and inside a tag and a JSON-LD script).
write('nul-bytes.html', page(b'<article>' + (b'<p>Text with a NUL\x00 inside, and\x00\x00 two more.</p>') * 500
                            + b'<p\x00 class="x">y</p><script type="application/ld+json">{"headline":"a\x00b"}</script>'
                            + b'</article>'))
write('nul-bytes.txt', b'Title\n\n' + b'Text with a NUL\x00 inside.\n\n' * 500)
# The same after 8 KB of ordinary text, past the binary sniffing window.
write('nul-late.html', page(b'<article>' + PARA * 40 + (b'<p>Text with a NUL\x00 inside, and\x00\x00 two more.</p>') * 500
                            + b'<p\x00 class="x">y</p></article>'))
write('nul-late.txt', b'Title\n\n' + PARA[3:-5] * 40 + b'\n\n' + b'Text with a NUL\x00 inside.\n\n' * 500)

# A page that is all <script> (5 MB), with "<p>" inside the strings.
write('all-script.html', b'<html><head>' + b'<script>var s = "<p>not text</p>";\n' + b'x = 1;\n' * 700000
      + b'</script>' * 2 + b'<script>' * 1000 + b'</head></html>')

# What the lean load (libnewsdoc/html_lean.c) skips, opened 200,000 times
# and never closed: each search for an end must not run to the end again.
for name, opener in (('comments', b'<!-- x '), ('scripts', b'<script>x '), ('styles', b'<style>x '),
                     ('svg', b'<svg><g>')):
    write('unclosed-%s.html' % name, page(b'<article>' + PARA + opener * 200000 + b'</article>'))
# The same with quoted attributes that never close either.
write('unclosed-quotes.html', page(b'<article>' + PARA + b'<p title="x>' * 200000 + b'</article>'))

# An entity bomb (billion laughs) inside an XML island: <svg> and <math>
# with a DOCTYPE of nested entities.
ents = b'<!ENTITY lol0 "lol">' + b''.join(
    b'<!ENTITY lol%d "%s">' % (i, b''.join(b'&lol%d;' % (i - 1) for _ in range(10))) for i in range(1, 10))
write('entity-bomb.html', page(b'<article>' + PARA + b'<svg><!DOCTYPE svg [' + ents + b']><text>&lol9;</text></svg>'
                               + b'<math><!DOCTYPE math [' + ents + b']><mi>&lol9;</mi></math>' + PARA + b'</article>'))
write('entity-bomb.xhtml.html', b'<?xml version="1.0"?><!DOCTYPE html [' + ents + b']>'
      + b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol9;</p>' + PARA + b'</body></html>')

# JSON-LD nested 10,000 deep, in arrays, objects and a mix.
d = 10000
arrays = b'[' * d + b']' * d
objects = b'{"a":' * d + b'1' + b'}' * d
mixed = b'{"@type":"NewsArticle","headline":"Deep","author":' + b'[{"name":' * (d // 2) + b'"x"' + b'}]' * (d // 2) + b'}'
write('jsonld-deep.html', b'<html><head><title>Deep JSON-LD</title>'
      + b''.join(b'<script type="application/ld+json">' + j + b'</script>' for j in (arrays, objects, mixed))
      + b'</head><body>' + PARA + b'</body></html>')
# The same nesting handed to the JSON importer.
write('json-deep.json', b'{"title":"x","body":' + b'[' * d + b']' * d + b'}')

# A million unbalanced quotation marks.
write('quotes-unbalanced.html', page(b'<article><p>' + b'\xe2\x80\x9c said ' * 100000 + b'</p>'
                                     + (b'<p>' + b'"' * 1000 + b'</p>') * 100 + b'</article>'))

# Manifests whose library_path leaves the allowed folders.
# (manifests/plugins exists so that 'plugins/../..' resolves)
os.makedirs(os.path.join(out, 'manifests', 'plugins'), exist_ok=True)
manifest = ('{"file_format_version":"1.0.0","plugin":{"name":"%s","version":"1.0.0"},'
            '"library_path":"%s","interface_version":{"min":1,"max":1},'
            '"parsers":[{"id":"%s","hosts":["%s.test"]}]}\n')
for name, path in (('traversal', '../../../../../../lib/x86_64-linux-gnu/libc.so.6'),
                   ('traversal-deep', 'plugins/../../../../../../../../lib/x86_64-linux-gnu/libc.so.6'),
                   ('absolute', '/lib/x86_64-linux-gnu/libc.so.6'),
                   ('absolute-tmp', '/tmp/newsdoc-hostile/libevil.so')):
    with open(os.path.join(out, 'manifests', name + '.json'), 'w') as f:
        f.write(manifest % (name, path, name, name))

# ---- plugin safety (issue 11: i11-plugsafe) --------------------------------
# Manifest XPath that is quadratic in the page, on pages of 8,000 and 80,000
# elements side by side and nested: each rule and probe must stop at its
# operation limit (run-hostile.sh gives these cases 5 seconds).
xpath_dir = os.path.join(out, 'xpath')
os.makedirs(xpath_dir, exist_ok=True)
XPATH_HEAD = b'<html><head><title>Big</title></head><body><h1>The big page</h1>'
for count in (8000, 80000):
    write('xpath-flat-%d.html' % count,
          XPATH_HEAD + b''.join(b'<p>Part %d of the page.</p>' % i for i in range(count)) + TAIL)
    write('xpath-nested-%d.html' % count,
          XPATH_HEAD + b''.join(b'<div>Part %d of the page.' % i for i in range(count)) + TAIL)
xpath_rules = {
    'preceding': '//*[count(preceding::*) >= 0][self::h1]',  # every element visits those before it
    'equal': '//*[. = //*][self::h1]',                       # every element against every element
    'contains': "//*[contains(., 'The big')][self::h1]",     # every element's string value
}
for name, expr in xpath_rules.items():
    folder = os.path.join(xpath_dir, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + '.json'), 'w') as f:
        f.write('{"file_format_version":"1.0.0","plugin":{"name":"xpath-%s","version":"1.0.0"},'
                '"parsers":[{"id":"xpath-%s","hosts":["xpath-%s.test"],"rules":{"title":"%s"}}]}\n'
                % (name, name, name, expr))
os.makedirs(os.path.join(xpath_dir, 'probe'), exist_ok=True)
with open(os.path.join(xpath_dir, 'probe', 'probe.json'), 'w') as f:
    f.write('{"file_format_version":"1.0.0","plugin":{"name":"xpath-probe","version":"1.0.0"},'
            '"parsers":[{"id":"xpath-probe","probe":"%s","rules":{"section":"//h1"}}]}\n'
            % xpath_rules['preceding'])
# ---- end of plugin safety ---------------------------------------------------
