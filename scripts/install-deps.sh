#!/usr/bin/env bash
# Install the Debian packages that building and testing libnewsdoc need,
# when any is missing (apt-get update only then). As root, or with sudo.
# NEWSDOC_NO_APT=1 leaves the packages alone. Used by tests/run-all.sh and
# examples/run.sh.
set -euo pipefail

# clang-14 and its sanitizer runtimes: the real-page sweep (tests/sweep/)
# and the fuzzers (tests/fuzz/run-fuzzers.sh)
packages=(build-essential cmake pkg-config libxml2-dev libjansson-dev zlib1g-dev libcmocka-dev
	abigail-tools libxml2-utils python3 python3-jsonschema valgrind clang-14 libclang-rt-14-dev)
# A Java runtime for the Spark job's tests (bindings/python/spark-test.sh),
# only when no working java is on PATH already (any JDK 8/11/17 serves
# Spark 3.5; Debian 12's default is 17).
if ! { command -v java >/dev/null && java -version >/dev/null 2>&1; }; then
	packages+=(default-jre-headless)
fi

if [ "${NEWSDOC_NO_APT:-0}" = 1 ]; then
	exit 0
fi
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
	echo "install-deps: not a Debian system; make sure these are installed: ${packages[*]}"
	exit 0
fi
missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$p")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null; then
		sudo=(sudo)
	else
		echo "install-deps: missing packages (${missing[*]}) and not root; some steps may fail"
		exit 0
	fi
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
