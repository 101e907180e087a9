#!/bin/sh
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole import pipeline (read → OCR → repair → extract) on documents the project generates, scored with the
# shared scorer against the generator's gold:
#   born-digital PDFs, and the same pages printed, scanned (noise level NOISE) at 200 and 300 dpi as image PDFs.
# Usage: scripts/eval-import.sh [BUILD_DIR] [COUNT] [NOISE] [SEED]   (defaults: build 30 heavy 11)
# Writes BUILD_DIR/eval-import/ (or $VT_EVAL_OUT, to run two at once); prints score-fields' output per kind.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
count=${2:-30}
noise=${3:-heavy}
seed=${4:-11}
shared=${VT_SHARED_DIR:-$root/../shared}
score=$shared/tools/score-fields
[ -x "$build/src/cli/vanthu-cli" ] || { echo "eval-import: build vanthu-cli in $build first" >&2; exit 2; }
[ -x "$build/bench/docgen/vanthu-docgen" ] || { echo "eval-import: build vanthu-docgen in $build first" >&2; exit 2; }
[ -f "$score" ] || { echo "eval-import: $score not found (set VT_SHARED_DIR)" >&2; exit 2; }
out=${VT_EVAL_OUT:-$build/eval-import}
rm -rf "$out"
mkdir -p "$out"

pairs=$((count / 5))
QT_QPA_PLATFORM=offscreen "$build/bench/docgen/vanthu-docgen" --out "$out/gen" --count "$count" --pairs "$pairs" \
    --seed "$seed" --formats pdf,scan-pdf --dpi 200,300 --noise "$noise" --quiet
start=$(date +%s)
# A file the CLI cannot read as a document is reported and skipped (exit status 1); it scores as missing.
"$build/src/cli/vanthu-cli" extract "$out/gen" --json > "$out/extracted.jsonl" 2> "$out/extract.log" \
    || echo "eval-import: vanthu-cli skipped $(grep -c 'Skipped\.$' "$out/extract.log") files (see $out/extract.log)"
echo "extracted $(wc -l < "$out/extracted.jsonl") documents from $(ls "$out/gen" | grep -c '\.pdf$') files in $(( $(date +%s) - start )) s"

# One hypothesis file per kind, keyed like the gold: the file's stem without the scan suffix, and "#i" for the
# documents of two-document files.
python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
kinds = {}
for line in open(f"{out}/extracted.jsonl", encoding="utf-8"):
    o = json.loads(line)
    m = re.match(r"(.*?)(?:-(\d+)dpi-scan)?\.pdf$", o["file"])
    stem, dpi = m.group(1), m.group(2)
    o["doc"] = f"{stem}#{o['doc_index']}" if "-pair-" in stem else stem
    kinds.setdefault(f"scan-{dpi}dpi" if dpi else "born-digital", []).append(o)
for kind, records in kinds.items():
    with open(f"{out}/{kind}.jsonl", "w", encoding="utf-8") as f:
        for o in records:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
PY
for kind in born-digital scan-200dpi scan-300dpi; do
    echo "== $kind ($noise noise for scans)"
    python3 "$score" "$out/$kind.jsonl" "$out/gen/gold.jsonl" | grep -vE '_(precision|recall)'
done
