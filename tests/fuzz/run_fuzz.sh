#!/bin/sh
# Builds the libFuzzer targets with clang++ directly (the project's build uses g++) and runs each for a bounded time
# on its seed corpus, under AddressSanitizer and UndefinedBehaviorSanitizer. Exits non-zero if a target fails to
# build or finds a crash, a leak, undefined behaviour or a broken invariant; the input is left in the build dir.
#
# Usage: tests/fuzz/run_fuzz.sh [SECONDS_PER_TARGET (default 20)] [BUILD_DIR (default $TMPDIR/obole-fuzz)]
# Environment: CXX_FUZZ (default clang++), FUZZ_JOBS (parallel fuzzing jobs per target, default 1).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-20}
out=${2:-${TMPDIR:-/tmp}/obole-fuzz}
cxx=${CXX_FUZZ:-clang++}
jobs=${FUZZ_JOBS:-1}

if pkg-config --exists Qt6Core 2>/dev/null; then
    qt_cflags=$(pkg-config --cflags Qt6Core)
    qt_libs=$(pkg-config --libs Qt6Core)
else
    qt_cflags="-I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore"
    qt_libs="-lQt6Core"
fi

flags="-std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
 -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
 -DQT_NO_CAST_FROM_ASCII -DQT_USE_QSTRINGBUILDER -DQT_DISABLE_DEPRECATED_UP_TO=0x060400
 -I$root/models $qt_cflags"

mkdir -p "$out"
objects=""
for source in importing/amountparser importing/csvreader importing/importprofile importing/rowparser \
    importing/textcodec importing/timestampparser money/money; do
    name=$(basename "$source")
    echo "compiling $source.cpp"
    # shellcheck disable=SC2086 # word splitting of the flag lists is wanted
    $cxx $flags -fsanitize=fuzzer-no-link -c "$root/models/$source.cpp" -o "$out/$name.o"
    objects="$objects $out/$name.o"
done

status=0
for target in fuzz_csvreader fuzz_importprofile; do
    echo "building $target"
    # shellcheck disable=SC2086
    $cxx $flags -fsanitize=fuzzer "$here/$target.cpp" $objects $qt_libs -o "$out/$target"
    mkdir -p "$out/corpus/$target"
    echo "running $target for ${seconds}s"
    # New inputs go to the build dir; the seed corpus in the source tree is only read.
    parallel=""
    [ "$jobs" -gt 1 ] && parallel="-jobs=$jobs -workers=$jobs"
    # shellcheck disable=SC2086
    if ! (cd "$out" && "$out/$target" -max_total_time="$seconds" $parallel -print_final_stats=1 \
        -artifact_prefix="$out/$target-" "$out/corpus/$target" "$here/corpus/$target"); then
        echo "$target: FAILED, see $out/$target-* for the input" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "fuzzing: no problem found"
exit "$status"
