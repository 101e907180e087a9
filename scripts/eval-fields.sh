#!/bin/sh
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Field extraction accuracy with the shared scorer (../shared/tools/score-fields):
#   1. clean text of ../shared/corpus/admin, the held-out split (resources/repair/dev-split.txt);
#   2. the same on all gold documents;
#   3. the seed documents (001 and 004 go through the repairer first).
# Usage: scripts/eval-fields.sh [BUILD_DIR] [--show-errors]   (default BUILD_DIR: build-extract)
# Outputs are written to BUILD_DIR/eval-fields/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-extract}
case $build in /*) ;; *) build=$root/$build ;; esac
if [ $# -gt 0 ]; then shift; fi
shared=${VT_SHARED_DIR:-$root/../shared}
tool=$build/src/extract/vanthu-eval-fields
score=$shared/tools/score-fields
[ -x "$tool" ] || { echo "eval-fields: $tool not built (cmake --build $build --target vanthu-eval-fields)" >&2; exit 2; }
[ -d "$shared" ] || { echo "eval-fields: $shared not found (set VT_SHARED_DIR)" >&2; exit 2; }
out=$build/eval-fields
mkdir -p "$out"

"$tool" admin "$shared/corpus/admin" --only "$root/resources/repair/dev-split.txt" > "$out/admin-heldout.jsonl"
"$tool" admin "$shared/corpus/admin" > "$out/admin-all.jsonl"
"$tool" seeds "$shared/seeds" > "$out/seeds.jsonl"

# Gold restricted to the held-out documents, so the scorer counts only those.
grep -v '^#' "$root/resources/repair/dev-split.txt" | sed 's/.*/"doc": "&"/' > "$out/heldout-keys.txt"
grep -F -f "$out/heldout-keys.txt" "$shared/dev/admin-fields.jsonl" > "$out/admin-gold-heldout.jsonl"

echo "== admin, held-out split ($(wc -l < "$out/admin-gold-heldout.jsonl") gold documents)"
python3 "$score" "$out/admin-heldout.jsonl" "$out/admin-gold-heldout.jsonl" "$@"
echo "== admin, all gold documents"
python3 "$score" "$out/admin-all.jsonl" "$shared/dev/admin-fields.jsonl" "$@"
echo "== seeds"
python3 "$score" "$out/seeds.jsonl" "$shared/dev/seed-fields.jsonl" --key seed,doc_index "$@"
