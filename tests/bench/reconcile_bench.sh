#!/usr/bin/env bash
# Reconciliation benchmark: the same generated sales log and provider statement reconciled by Obole (import of both
# files into a new database, then `reconcile --json`), by pandas and by the sqlite3 shell. Checks that the three agree
# on every count (and with the generator's truth), then prints each one's time and peak memory and Obole's ratios.
#
#   tests/bench/reconcile_bench.sh [BUILD_DIR] [ROWS]
#
# BUILD_DIR defaults to build/ci; ROWS (sales, and about as many provider rows) to 1000000. Needs python3-pandas,
# sqlite3 and GNU time (/usr/bin/time). Not run by ctest.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/ci}
rows=${2:-1000000}
window=600
cli=$build/app/obole-cli
gen=$build/tests/obole-reconcilegen
python=/usr/bin/python3

for tool in "$cli" "$gen" /usr/bin/time sqlite3 "$python"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
"$python" -c 'import pandas' 2>/dev/null || { echo "missing: python3-pandas" >&2; exit 2; }
if ! "$cli" --help | grep -q '^  import '; then
    echo "obole-cli has no import command in this build: the benchmark cannot run." >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/obole-reconcile-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
data=$work/data

# The generator takes out and adds rows for the discrepancies: ask for a little more to land near ROWS sales.
echo "Generating about $rows sales and as many provider rows..."
"$gen" "$data" --sales $((rows + rows * 63 / 10000)) --providers 1 >/dev/null
truth=$(cat "$data/truth.json")

# measure NAME OUT_FILE COMMAND...: runs the command under GNU time; appends "NAME SECONDS MAX_RSS_KB" to $work/times.
measure() {
    local name=$1 out=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" >"$out"
    echo "$name $(cat "$work/time.$name")" >>"$work/times"
}

: >"$work/times"
echo "Obole..."
statement=$(ls "$data"/statement-*.csv)
measure obole_import_statement "$work/obole.import1" \
    "$cli" --db "$work/obole.sqlite" import --profile-file "${statement%.csv}.json" "$statement"
measure obole_import_sales "$work/obole.import2" \
    "$cli" --db "$work/obole.sqlite" import --profile-file "$data/sales-profile.json" "$data/sales.csv"
measure obole_reconcile "$work/obole.json" \
    "$cli" --db "$work/obole.sqlite" reconcile --window "$window" --json
measure obole_reconcile_again "$work/obole.again.json" \
    "$cli" --db "$work/obole.sqlite" reconcile --window "$window" --json
echo "pandas..."
measure pandas "$work/pandas.json" "$python" "$here/reconcile_pandas.py" "$data" "$window"
echo "sqlite3 shell..."
measure sqlite3 "$work/sqlite3.json" bash "$here/reconcile_sqlite.sh" "$data" "$work/shell.sqlite" "$window"

"$python" - "$work" "$truth" <<'PY'
import json, sys
work, truth = sys.argv[1], json.loads(sys.argv[2])
keys = ["provider_rows", "sales_rows", "matched", "matched_by_reference", "matched_fuzzy", "amount_mismatch",
        "missing_at_provider", "missing_in_sales_log", "duplicates_at_provider", "provider_gross_cents",
        "sales_gross_cents"]
results = {"truth": truth}
for name in ("obole", "pandas", "sqlite3"):
    text = open(f"{work}/{name}.json").read().strip().splitlines()
    results[name] = json.loads(text[-1])
again = json.loads(open(f"{work}/obole.again.json").read().strip().splitlines()[-1])

print()
print(f"{'count':<24}" + "".join(f"{n:>14}" for n in results))
ok = True
for k in keys:
    values = [results[n].get(k) for n in results]
    same = all(v == values[0] for v in values) and again.get(k) == values[0]
    ok = ok and same
    print(f"{k:<24}" + "".join(f"{v:>14}" for v in values) + ("" if same else "   <-- differ"))

times = {}
for line in open(f"{work}/times"):
    name, seconds, kb = line.split()
    times[name] = (float(seconds), int(kb) / 1024)
steps = ["obole_import_statement", "obole_import_sales", "obole_reconcile"]
obole_s = sum(times[s][0] for s in steps)
obole_mb = max(times[s][1] for s in steps)
print()
print(f"{'run':<28}{'seconds':>10}{'peak MiB':>10}")
for name, (s, mb) in times.items():
    print(f"{name:<28}{s:>10.2f}{mb:>10.0f}")
print(f"{'obole (import + reconcile)':<28}{obole_s:>10.2f}{obole_mb:>10.0f}")
print()
for other in ("pandas", "sqlite3"):
    s, mb = times[other]
    print(f"Obole / {other}: time {obole_s / s:.2f}x, peak memory {obole_mb / mb:.2f}x")
print(f"Goal: at most 0.2x pandas' time ({'met' if obole_s <= 0.2 * times['pandas'][0] else 'NOT met'}), "
      f"peak under 300 MiB ({'met' if obole_mb < 300 else 'NOT met'}).")
print("All counts agree." if ok else "COUNTS DIFFER.")
sys.exit(0 if ok else 1)
PY
