#!/bin/bash
# evaluate_snapshot.sh COMMIT NAME [CORPUS ...]: `econews run --full --runner threads` then `econews eval --json`
# of every annotated corpus under data/ (or of the CORPUS named) with the code of COMMIT, into
# $ECONEWS_EV/NAME (default /tmp/ev): lake-C/, C.json, run-C.log, eval-C.txt; appends "done NAME" to
# $ECONEWS_EV/log. About 9 minutes for 53 corpora.
# The snapshot runs from its own package folder: with the editable install's finder first on the path,
# `econews.tasks` would be the working tree's, not the commit's (which.txt says which one ran).
REPO=$(cd "$(dirname "$0")/../.." && pwd)
EV=${ECONEWS_EV:-/tmp/ev}
C=$1; N=$2; shift 2
R=$(bash "$REPO/scripts/dev/snapshot_root.sh" "$C" "$N") || exit 1
OUT=$EV/$N; rm -rf "$OUT"; mkdir -p "$OUT"
source "$REPO/.venv/bin/activate"
cd "$R/pkg"
export PYTHONPATH=$R/pkg PREFECT_LOGGING_LEVEL=WARNING
python -c "import econews.tasks, econews; print(econews.tasks.__file__, econews.CODE_VERSION)" > "$OUT/which.txt"
if [ $# -gt 0 ]; then CORPORA=("$@"); else CORPORA=(); for d in "$REPO"/data/*/; do CORPORA+=("$(basename "$d")"); done; fi
for c in "${CORPORA[@]}"; do
  d=$REPO/data/$c
  [ -d "$d/annotations" ] || continue
  python -m econews run --source "$d/pages" --lake "$OUT/lake-$c" --full --runner threads > "$OUT/run-$c.log" 2>&1
  python -m econews eval --gold "$d" --lake "$OUT/lake-$c" --json "$OUT/$c.json" > "$OUT/eval-$c.txt" 2>&1
done
echo "done $N $(date +%T)" >> "$EV/log"
