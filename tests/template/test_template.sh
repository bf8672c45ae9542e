#!/bin/sh
# test_template.sh BUILD_DIR TEMPLATE_DIR
# Install the build into a temporary prefix, build the template plugin
# against it with pkg-config alone, check and use it with the installed CLI.
set -eu
build=$1 template=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
export LD_LIBRARY_PATH="$prefix/lib"
# Only the template: nothing from the user's or the system's folders.
export NEWSDOC_PLUGIN_PATH="$work/tb"
unset NEWSDOC_ADD_PLUGIN_PATH NEWSDOC_DEBUG || true

cmake -S "$template" -B "$work/tb" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/tb" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
test -f "$work/tb/libnewsdoc-template.so"
# The plugin does not link libnewsdoc.
if readelf -d "$work/tb/libnewsdoc-template.so" | grep -q 'libnewsdoc'; then
	echo "FAIL: the template plugin links libnewsdoc"; exit 1
fi
# Nor libxml2: it reads the tree through the host's xpath_strings.
if readelf -d "$work/tb/libnewsdoc-template.so" | grep -q 'libxml2'; then
	echo "FAIL: the template plugin links libxml2"; exit 1
fi

newsdoc=$prefix/bin/newsdoc
"$newsdoc" plugin check --load "$work/tb/template.json" | tee "$work/check.out"
grep -q 'ok: plugin template 1.0.0 (library)' "$work/check.out"
grep -q 'libnewsdoc-template.so (loaded)' "$work/check.out"

cat >"$work/page.html" <<'HTML'
<html><head><title>Bridges reopen | Example</title></head><body><article>
<p class="story kicker"><a href="/opinion">Opinion</a></p><h1>Bridges reopen</h1>
<p>The two river bridges reopened on Monday after a month of repairs to their decks.</p>
<p>Traffic was light in the morning and heavier by the evening rush, the city said.</p>
</article></body></html>
HTML
"$newsdoc" extract --url https://www.example.org/opinion/bridges "$work/page.html" >"$work/doc.json"
python3 - "$work/doc.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["parser"] == "template", doc["parser"]
assert doc["section"] == "Opinion", doc["section"]
assert doc["provenance"]["section"] == "plugin", doc["provenance"]
assert any("bridges reopened" in b["text"] for b in doc["body"]), doc["body"]
print("extract with the template plugin: ok")
PY
out=$("$newsdoc" extract --format title --url https://www.example.org/opinion/bridges "$work/page.html")
echo "format title: $out"
case "$out" in *Bridges*) ;; *) echo "FAIL: the title exporter wrote '$out'"; exit 1 ;; esac
echo "PASS"
