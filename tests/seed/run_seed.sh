#!/bin/sh
# run_seed.sh PYTHON SCRIPT NEWSDOC SEED_DIR PAGE [ARGS...]: skip (77) when
# the shared seed is not there, else compare.
python=$1 script=$2 newsdoc=$3 seed=$4 page=$5
shift 5
if [ ! -f "$seed/expected.json" ]; then
	echo "SKIP: $seed/expected.json not found (../shared is not beside the checkout)"
	exit 77
fi
exec "$python" "$script" "$newsdoc" "$seed/expected.json" "$seed/$page" "$@"
