#!/usr/bin/env bash
# Obole's developer entry point: installs what a fresh Debian 12 machine lacks, builds, then runs the app or
# every test.
#   scripts/dev.sh run [obole options]   build and start the GUI on the default database
#   scripts/dev.sh test                  build and run every test (release build with -Werror, then ASan+UBSan)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# The one list of Debian packages: packaging/debian-packages.txt, one a line, # comments. The dependency_guard test
# checks that it covers what the build and the tests use.
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^[[:space:]]*$/d' -e 's/^[[:space:]]*//' \
    packaging/debian-packages.txt)
((${#packages[@]})) || { echo "packaging/debian-packages.txt lists no package" >&2; exit 1; }

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

# The dependency_guard test asks apt for the packages' dependencies: it needs apt's package lists, which a fresh
# container may not have even when nothing is missing.
ensure_package_lists() {
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        echo "apt has no package lists: running apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
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
    ensure_package_lists
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
