#!/usr/bin/env bash
# Obole's developer entry point: installs what a fresh Debian 12 machine lacks, builds, then runs the app or
# every test.
#   scripts/dev.sh run [obole options]   build and start the GUI on the default database
#   scripts/dev.sh test                  build and run every test (release build with -Werror, then ASan+UBSan)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    cmake ninja-build g++ clang libclang-rt-14-dev pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libssl-dev libsqlite3-dev sqlite3 libxlsxwriter-dev
    python3 python3-openpyxl python3-pandas poppler-utils php-cli nodejs time
    desktop-file-utils appstream xvfb xauth clang-format
)

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing
    build ci
    exec "$here/build/ci/app/obole" "$@"
    ;;
test)
    install_missing
    export QT_QPA_PLATFORM=offscreen
    status=0
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    echo "== Release build, warnings as errors =="
    build ci
    ctest --preset ci -j"$(nproc)" 2>&1 | tee -a "$log" || status=1
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer build =="
    build dev
    ctest --preset dev -j"$(nproc)" 2>&1 | tee -a "$log" || status=1
    echo "== Fuzzing, bounded =="
    fuzz_failed=0
    if [[ -x tests/fuzz/run_fuzz.sh ]]; then
        tests/fuzz/run_fuzz.sh "${FUZZ_SECONDS:-20}" || { status=1; fuzz_failed=1; }
    fi
    # One closing line for the two suites and the fuzzing: "tests: N passed, N failed".
    read -r total ctest_failed < <(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' "$log" |
        awk '{t += $1; f += $2} END {print t + 0, f + 0}')
    [[ $total -gt 0 ]] || status=1
    echo "tests: $((total - ctest_failed + 1 - fuzz_failed)) passed, $((ctest_failed + fuzz_failed)) failed"
    exit $status
    ;;
*)
    echo "usage: scripts/dev.sh run [obole options] | test" >&2
    exit 2
    ;;
esac
