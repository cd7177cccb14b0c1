#!/bin/bash
# evaluate_halves.sh COMMIT NAME [CORPUS ...]: evaluate_snapshot.sh of every annotated corpus (or of those named) in two processes side by side
# (alternate corpora into NAME-a and NAME-b), then NAME/ holds links to both halves' files: the
# whole evaluation in about half the time on two cores (~11 minutes for 93 corpora).
REPO=$(cd "$(dirname "$0")/../.." && pwd)
EV=${ECONEWS_EV:-/tmp/ev}
C=$1; N=$2; shift 2
if [ $# -gt 0 ]; then ALL=("$@"); else mapfile -t ALL < <(for d in "$REPO"/data/*/annotations; do basename "$(dirname "$d")"; done); fi
A=(); B=(); for i in "${!ALL[@]}"; do if (( i % 2 )); then B+=("${ALL[$i]}"); else A+=("${ALL[$i]}"); fi; done
bash "$REPO/scripts/dev/evaluate_snapshot.sh" "$C" "$N-a" "${A[@]}" &
bash "$REPO/scripts/dev/evaluate_snapshot.sh" "$C" "$N-b" "${B[@]}" &
wait
rm -rf "$EV/$N"; mkdir -p "$EV/$N"
for h in a b; do for f in "$EV/$N-$h"/*; do [ "$(basename "$f")" = which.txt ] || ln -s "$f" "$EV/$N/"; done; done
cp "$EV/$N-a/which.txt" "$EV/$N/which.txt"
