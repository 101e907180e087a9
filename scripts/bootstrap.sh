#!/usr/bin/env bash
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One-step set-up on a fresh Debian 12 machine: installs the missing system packages, configures and builds,
# then either starts Văn Thư (`start`) or runs the whole test suite (`test`). Safe to run again.
#
#   scripts/bootstrap.sh start     # install, build, start on the default database
#   scripts/bootstrap.sh test      # install, build, run every test through CTest
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${VANTHU_BUILD_DIR:-$here/build}"
mode="${1:-}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsqlite3-dev sqlite3 libspdlog-dev libfmt-dev libexpected-dev
    clang libclang-rt-14-dev bc
    libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie tesseract-ocr-osd
    libpoppler-qt6-dev poppler-utils qt6-image-formats-plugins
    fonts-liberation2 fonts-dejavu-core xvfb xauth
)

usage() {
    echo "usage: $0 start|test" >&2
    exit 2
}
[[ "$mode" == start || "$mode" == test ]] || usage

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "error: installing packages needs root; run this as root or install sudo." >&2
        exit 1
    fi
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "== Installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "== Building in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
test)
    echo "== Running the test suite"
    exec ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900
    ;;
start)
    # The desktop app on the default database (created on first start; VANTHU_DB or --db FILE choose another).
    app="$build/src/app/vanthu"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "Văn Thư is a desktop app and this session has no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty)." >&2
        echo "Start it from a desktop session, over ssh -X, or under a virtual X server:" >&2
        echo "  xvfb-run -a -s '-screen 0 1600x1000x24' $app --screenshot /tmp/vanthu.png" >&2
        echo "The command line needs no display: $build/src/cli/vanthu-cli --help" >&2
        exit 1
    fi
    echo "== Starting $app"
    exec "$app" "${@:2}"
    ;;
esac
