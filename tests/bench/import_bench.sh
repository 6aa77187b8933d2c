#!/usr/bin/env bash
# Imports a generated 1,000,000-row provider statement (Windows-1252, ';', decimal comma, Paris local times, preamble
# and total line) and a 1,000,000-row sales log through obole-cli into a new database, and prints rows per second
# and peak memory for each. Usage: tests/bench/import_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build/ci}
rows=${2:-1000000}
cli="$build/app/obole-cli"
work=${OBOLE_BENCH_DIR:-/tmp/obole-bench-$rows}
if [[ ! -f $work/statement.csv || ! -f $work/sales.csv ]]; then
    echo "Generating $rows-row files in $work..."
    python3 "$here/gen_import_files.py" "$work" "$rows"
fi
db=$(mktemp -u /tmp/obole-bench-XXXXXX.sqlite)
trap 'rm -f "$db" "$db-wal" "$db-shm"' EXIT

run() {
    local label=$1 profile=$2 file=$3
    local out
    out=$( { /usr/bin/time -f "%e %M" "$cli" --db "$db" import --profile-file "$profile" "$file" >/dev/null; } 2>&1 | tail -1)
    local secs=${out% *} kib=${out#* }
    python3 - "$label" "$rows" "$secs" "$kib" <<'PY'
import sys
label, rows, secs, kib = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"{label:<20} {rows:>9} rows  {secs:6.2f} s  {rows / secs:>10,.0f} rows/s  peak {kib / 1024:6.0f} MiB")
PY
    echo "$secs" >>"$db.times"
}
run "provider statement" "$work/statement-profile.json" "$work/statement.csv"
run "sales log" "$work/sales-profile.json" "$work/sales.csv"
python3 -c "import sys; t=[float(x) for x in open('$db.times')]; print(f'both files: {sum(t):.2f} s (goal: under 2 s)')"
rm -f "$db.times"
