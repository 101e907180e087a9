#!/usr/bin/env bash
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the repair fuzz target with clang (libFuzzer + AddressSanitizer + UBSan) and runs it for a short time.
#   run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS
set -euo pipefail
src="$1"; out="$2/fuzz"; seconds="${3:-30}"
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed (scripts/bootstrap.sh installs it); fuzzing skipped"
    exit 0
fi
mkdir -p "$out/corpus"
qt_flags=$(pkg-config --cflags --libs Qt6Core)
# Every source of vt_core and vt_repair (the libraries the decoder is built from), so a new file there is not missed.
sources=("$src"/src/core/*.cpp "$src"/src/repair/*.cpp)
if [ ! -x "$out/fuzz_repair" ] || [ -n "$(find "${sources[@]}" "$src/tests/fuzz/fuzz_repair.cpp" -newer "$out/fuzz_repair")" ]; then
    clang++ -std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -DQT_NO_CAST_FROM_ASCII -DVT_SOURCE_MODEL_DIR="\"$src/resources/repair\"" -I"$src/src" \
        "$src/tests/fuzz/fuzz_repair.cpp" "${sources[@]}" $qt_flags -lspdlog -lfmt -o "$out/fuzz_repair"
fi
# Seeds: a few kinds of damage, written here, plus what earlier runs found.
printf '\001Uy ban nhan dan tinh Kien Giang' > "$out/corpus/stripped"
printf '\002S6: 2095 /STTTT-TTBCXB ngay 29 thdng & nam 2024' > "$out/corpus/eng"
printf '\003Sở Thông tin và Truyền thông tinh' > "$out/corpus/vie"
printf '\000\377\376 \xe2\x82 a/b-c.d_e ' > "$out/corpus/bytes"
VANTHU_MODEL_DIR="$src/resources/repair" ASAN_OPTIONS=detect_leaks=0 \
    "$out/fuzz_repair" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/" "$out/corpus"
