#!/bin/bash
# snapshot_root.sh COMMIT NAME: the source of COMMIT in $ECONEWS_DEV_WORK/root-NAME (default /tmp/sp), with
# pkg/econews wired as pyproject's package-dir wires it (econews, econews.flows, econews.tasks, econews.schemas).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${ECONEWS_DEV_WORK:-/tmp/sp}
C=$1; N=$2; R=$WORK/root-$N
rm -rf "$R"; mkdir -p "$R"
git -C "$REPO" archive "$C" | tar -x -C "$R"
mkdir -p "$R/pkg/econews"
for f in "$R"/econews/*; do ln -s "$f" "$R/pkg/econews/$(basename "$f")"; done
ln -s "$R/flows" "$R/pkg/econews/flows"; ln -s "$R/tasks" "$R/pkg/econews/tasks"; ln -s "$R/schemas" "$R/pkg/econews/schemas"
echo "$R"
