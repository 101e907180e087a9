#!/usr/bin/env bash
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Measures the repair stage with the shared scorer (../shared/tools/score-repair):
#   1. the held-out administrative split (resources/repair/dev-split.txt), diacritics stripped;
#   2. seed 001 (real English-model OCR) against its gold text.
# Usage: scripts/eval-repair.sh [BUILD_DIR]    (default: build)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$here/build}"
shared="${VT_SHARED_DIR:-$here/../shared}"
repair="$build/src/repair/vanthu-repair" # the repair stage alone; `vanthu-cli repair` gives the same text
out="${TMPDIR:-/tmp}/vanthu-eval-repair"
mkdir -p "$out"

# 1. Held-out split: gold = the documents as published; input = the same with every diacritic removed
#    (the scorers' own fold(), so "stripped" means exactly what the scorer ignores).
: > "$out/dev.gold.txt"
grep -v '^#' "$here/resources/repair/dev-split.txt" | while read -r doc; do
    [ -n "$doc" ] && cat "$shared/corpus/admin/$doc.txt" >> "$out/dev.gold.txt" && echo >> "$out/dev.gold.txt"
done
python3 -c "
import sys; sys.path.insert(0, '$shared/tools'); import vnnorm
open('$out/dev.stripped.txt', 'w').write(vnnorm.fold(open('$out/dev.gold.txt').read()))"
start=$(date +%s.%N)
"$repair" --mode stripped "$out/dev.stripped.txt" > "$out/dev.repaired.txt"
end=$(date +%s.%N)
echo "== held-out administrative split, stripped ($(wc -w < "$out/dev.gold.txt") words, $(echo "$end - $start" | bc) s)"
"$shared/tools/score-repair" "$out/dev.repaired.txt" "$out/dev.gold.txt" --top 15

# 2. Seed 001: real English-model OCR.
seed=$(ls "$shared"/seeds/001_*.txt)
"$repair" "$seed" > "$out/001.repaired.txt"
echo "== seed 001 (auto mode)"
"$shared/tools/score-repair" "$out/001.repaired.txt" "$shared/dev/001.gold.txt" --baseline "$seed" --top 15

# 3. Our own rendered-and-OCR'd pages (tools/ocrchannel: `vanthu-ocr-channel render-ocr … --eval-out DIR`,
#    see docs/ocr-channel.md), when a folder of them is given: VANTHU_OCR_EVAL=DIR scripts/eval-repair.sh
if [ -n "${VANTHU_OCR_EVAL:-}" ]; then
    for setting in "$VANTHU_OCR_EVAL"/*/; do
        name=$(basename "$setting")
        mode=vie-ocr
        case "$name" in eng-*) mode=eng-ocr ;; esac
        cat "$setting"/*.gold.txt > "$out/$name.gold.txt"
        cat "$setting"/*.ocr.txt > "$out/$name.ocr.txt"
        "$repair" --mode "$mode" "$out/$name.ocr.txt" > "$out/$name.repaired.txt"
        echo "== $name ($(ls "$setting"/*.ocr.txt | wc -l) documents, --mode $mode)"
        "$shared/tools/score-repair" "$out/$name.repaired.txt" "$out/$name.gold.txt" --baseline "$out/$name.ocr.txt" \
            | grep -E '^(baseline_syllable_accuracy|syllable_accuracy|delta_syllable_accuracy|cer|baseline_cer):'
    done
fi
