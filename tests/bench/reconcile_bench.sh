#!/usr/bin/env bash
# Reconciliation benchmark: the same generated sales log and provider statement reconciled by Obole (import of both
# files into a new database, then `reconcile --json`), the same on a PostgreSQL server (a cluster of the benchmark's
# own, started with tests/pg/cluster.sh and warmed up by one round not counted), by DuckDB (read_csv and SQL in memory, through its Node.js
# package), by pandas and by the sqlite3 shell. Checks that they all agree on every count (and with the generator's
# truth), then prints each one's median time and peak memory over interleaved runs, with the spread, and Obole's
# ratios to each of them.
#
#   tests/bench/reconcile_bench.sh [BUILD_DIR] [ROWS] [--runs N] [--rows LIST] [--only TOOLS]
#
# BUILD_DIR defaults to build/ci; ROWS (sales, and about as many provider rows) to 1000000. --runs N (default 3)
# runs every tool N times, one after the other in each round, so a busy moment of a shared machine falls on all of
# them. --rows 1000000,3000000,10000000 is the scale run: each size in turn, then a table of Obole's time and peak
# memory per size. --only obole,duckdb limits the tools (obole, postgresql, duckdb, pandas, sqlite3).
#
# Needs python3-pandas, sqlite3 and GNU time (/usr/bin/time). DuckDB needs node and npm: the script installs
# @duckdb/node-api into BUILD_DIR/bench-node the first time (from npm's registry); without npm, DuckDB is skipped with
# a message. Not run by ctest.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build/ci
sizes=1000000
runs=3
only=obole,postgresql,duckdb,pandas,sqlite3
positional=0
while (($#)); do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --rows) sizes=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *)
        if ((positional == 0)); then build=$1; else sizes=$1; fi
        positional=$((positional + 1))
        shift
        ;;
    esac
done
build=$(cd "$build" && pwd)
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs takes a positive number, not \"$runs\"" >&2; exit 2; }
window=600
cli=$build/app/obole-cli
gen=$build/tests/obole-reconcilegen
python=/usr/bin/python3
duckdb_version=1.5.6-r.1

wants() { [[ ,$only, == *,$1,* ]]; }

for tool in "$cli" "$gen" /usr/bin/time "$python"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
if wants pandas; then
    "$python" -c 'import pandas' 2>/dev/null || { echo "missing: python3-pandas" >&2; exit 2; }
fi
if wants sqlite3; then
    command -v sqlite3 >/dev/null || { echo "missing: sqlite3" >&2; exit 2; }
fi
if ! "$cli" --help | grep -q '^  import '; then
    echo "obole-cli has no import command in this build: the benchmark cannot run." >&2
    exit 2
fi

# DuckDB through its Node.js package, installed once into the build tree.
modules=$build/bench-node
if wants duckdb; then
    if [[ ! -d $modules/node_modules/@duckdb/node-api ]]; then
        if command -v npm >/dev/null && command -v node >/dev/null; then
            echo "Installing @duckdb/node-api $duckdb_version into $modules..."
            mkdir -p "$modules"
            [[ -f $modules/package.json ]] || echo '{"private": true}' >"$modules/package.json"
            if ! (cd "$modules" && npm install --no-audit --no-fund --silent "@duckdb/node-api@$duckdb_version"); then
                echo "DuckDB skipped: npm could not install @duckdb/node-api." >&2
                only=${only//duckdb/}
            fi
        else
            echo "DuckDB skipped: node and npm are needed to install @duckdb/node-api (apt install nodejs npm)." >&2
            only=${only//duckdb/}
        fi
    fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/obole-reconcile-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Obole on PostgreSQL: a server of the benchmark's own on 127.0.0.1, a new database for each round.
if wants postgresql; then
    if ! bash "$root/tests/pg/cluster.sh" start "$work/pg.env" >/dev/null; then
        echo "PostgreSQL skipped: the test server did not start (Debian package postgresql)." >&2
        only=${only//postgresql/}
    else
        trap 'bash "$root/tests/pg/cluster.sh" stop "$work/pg.env"; rm -rf "$work"' EXIT
        pg_owner=$(sed -n 's/^OBOLE_TEST_PG_OWNER=//p' "$work/pg.env")
        pg_bin=$(sed -n 's/^OBOLE_TEST_PG_BIN=//p' "$work/pg.env")
        PGPASSFILE=$(sed -n 's/^PGPASSFILE=//p' "$work/pg.env")
        export PGPASSFILE
        # Without TLS (the server offers it): the server is on this machine, and the figures compare storage.
        PGSSLMODE=disable
        export PGSSLMODE
    fi
fi

# measure NAME OUT_FILE COMMAND...: runs the command under GNU time; appends "SIZE RUN NAME SECONDS MAX_RSS_KB" to
# $work/times.
measure() {
    local name=$1 out=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$out"
    echo "$size $run $name $(cat "$work/time")" >>"$work/times"
}

# unmeasured NAME OUT_FILE COMMAND...: runs the command, as measure does, without timing it.
unmeasured() {
    shift 2
    "$@" >/dev/null
}

# server_pipeline DB RUNNER: on a new server database DB, both imports and the reconciliation, each through RUNNER
# (measure or unmeasured); the database is dropped at the end.
server_pipeline() {
    local db=$1 runner=$2
    "$pg_bin/psql" -qX "$pg_owner/postgres" -c "CREATE DATABASE $db" >/dev/null
    "$runner" postgresql_import_statement "$work/pg.import1" \
        "$cli" --db "$pg_owner/$db" import --profile-file "${statement%.csv}.json" "$statement"
    "$runner" postgresql_import_sales "$work/pg.import2" \
        "$cli" --db "$pg_owner/$db" import --profile-file "$data/sales-profile.json" "$data/sales.csv"
    "$runner" postgresql_reconcile "$work/postgresql-$size-$run.json" \
        "$cli" --db "$pg_owner/$db" reconcile --window "$window" --json
    "$pg_bin/psql" -qX "$pg_owner/postgres" -c "DROP DATABASE $db" >/dev/null
}

: >"$work/times"
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
    [[ $size =~ ^[1-9][0-9]*$ ]] || { echo "--rows takes sizes such as 1000000,3000000, not \"$size\"" >&2; exit 2; }
    data=$work/data-$size
    # The generator takes out and adds rows for the discrepancies: ask for a little more to land near SIZE sales.
    echo "Generating about $size sales and as many provider rows..."
    "$gen" "$data" --sales $((size + size * 63 / 10000)) --providers 1 >/dev/null
    cp "$data/truth.json" "$work/truth-$size.json"
    statement=$(ls "$data"/statement-*.csv)
    if wants postgresql && [[ $size == "${size_list[0]}" ]]; then
        # A cluster just made has one write-ahead log file and creates the others on its first writes, which a server
        # in use reuses: one round through it first, not counted, so that every round finds it in use.
        echo "Warming the PostgreSQL server up (one round, not counted)..."
        run=warm-up server_pipeline bench_warm_up unmeasured
    fi
    for ((run = 1; run <= runs; run++)); do
        echo "Round $run of $runs ($size rows):"
        if wants obole; then
            echo "  Obole..."
            rm -f "$work/obole.sqlite" "$work/obole.sqlite-wal" "$work/obole.sqlite-shm"
            measure obole_import_statement "$work/obole.import1" \
                "$cli" --db "$work/obole.sqlite" import --profile-file "${statement%.csv}.json" "$statement"
            measure obole_import_sales "$work/obole.import2" \
                "$cli" --db "$work/obole.sqlite" import --profile-file "$data/sales-profile.json" "$data/sales.csv"
            measure obole_reconcile "$work/obole-$size-$run.json" \
                "$cli" --db "$work/obole.sqlite" reconcile --window "$window" --json
            measure obole_reconcile_again "$work/obole-again-$size-$run.json" \
                "$cli" --db "$work/obole.sqlite" reconcile --window "$window" --json
        fi
        if wants postgresql; then
            echo "  Obole on PostgreSQL..."
            server_pipeline "bench_${size}_$run" measure
        fi
        if wants duckdb; then
            echo "  DuckDB..."
            measure duckdb "$work/duckdb-$size-$run.json" \
                env OBOLE_DUCKDB_MODULES="$modules" node "$here/reconcile_duckdb.mjs" "$data" "$window"
        fi
        if wants pandas; then
            echo "  pandas..."
            measure pandas "$work/pandas-$size-$run.json" "$python" "$here/reconcile_pandas.py" "$data" "$window"
        fi
        if wants sqlite3; then
            echo "  sqlite3 shell..."
            measure sqlite3 "$work/sqlite3-$size-$run.json" \
                bash "$here/reconcile_sqlite.sh" "$data" "$work/shell.sqlite" "$window"
            rm -f "$work/shell.sqlite"
        fi
    done
    rm -rf "$data"
done

"$python" - "$work" "$only" "$runs" "$sizes" <<'PY'
import json, statistics, sys
work, only, runs, sizes = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), [int(s) for s in sys.argv[4].split(",")]
tools = [t for t in ("obole", "postgresql", "duckdb", "pandas", "sqlite3") if t in only]
keys = ["provider_rows", "sales_rows", "matched", "matched_by_reference", "matched_fuzzy", "amount_mismatch",
        "missing_at_provider", "missing_in_sales_log", "duplicates_at_provider", "provider_gross_cents",
        "sales_gross_cents"]
steps = ["obole_import_statement", "obole_import_sales", "obole_reconcile"]
pg_steps = ["postgresql_import_statement", "postgresql_import_sales", "postgresql_reconcile"]

def last_json(path):
    return json.loads(open(path).read().strip().splitlines()[-1])

# times[size][run][name] = (seconds, MiB)
times = {}
for line in open(f"{work}/times"):
    size, run, name, seconds, kb = line.split()
    times.setdefault(int(size), {}).setdefault(int(run), {})[name] = (float(seconds), int(kb) / 1024)

def spread(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"

ok = True
scale = []
for size in sizes:
    truth = json.load(open(f"{work}/truth-{size}.json"))
    print(f"\n=== {size} rows, {runs} interleaved run(s) ===")
    # Every run of every tool against the generator's truth.
    print(f"{'count':<24}{'truth':>14}" + "".join(f"{t:>14}" for t in tools))
    for k in keys:
        row, same = [], True
        for t in tools:
            values = set()
            for run in range(1, runs + 1):
                values.add(last_json(f"{work}/{t}-{size}-{run}.json").get(k))
                if t == "obole":
                    values.add(last_json(f"{work}/obole-again-{size}-{run}.json").get(k))
            same = same and values == {truth[k]}
            row.append(values.pop() if len(values) == 1 else "varies")
        ok = ok and same
        print(f"{k:<24}{truth[k]:>14}" + "".join(f"{v:>14}" for v in row) + ("" if same else "   <-- differ"))

    per_run = {}  # tool -> list of (seconds, MiB) per run
    for run in range(1, runs + 1):
        r = times[size][run]
        if "obole" in tools:
            per_run.setdefault("obole", []).append(
                (sum(r[s][0] for s in steps), max(r[s][1] for s in steps)))
        if "postgresql" in tools:
            per_run.setdefault("postgresql", []).append(
                (sum(r[s][0] for s in pg_steps), max(r[s][1] for s in pg_steps)))
        for t in tools:
            if t not in ("obole", "postgresql"):
                per_run.setdefault(t, []).append(r[t])
    print()
    print(f"{'run':<28}{'seconds, median (min-max)':>28}{'peak MiB, median (min-max)':>30}")
    for name in ((steps + ["obole_reconcile_again"] if "obole" in tools else []) +
                 (pg_steps if "postgresql" in tools else [])):
        s = [times[size][run][name][0] for run in range(1, runs + 1)]
        m = [times[size][run][name][1] for run in range(1, runs + 1)]
        print(f"{name:<28}{spread(s):>28}{spread(m):>30}")
    for t, values in per_run.items():
        label = {"obole": "obole (import + reconcile)",
                 "postgresql": "obole on postgresql"}.get(t, t)
        print(f"{label:<28}{spread([v[0] for v in values]):>28}{spread([v[1] for v in values]):>30}")
    if "obole" in per_run:
        print()
        if "postgresql" in per_run:
            for name, a, b in (("import", steps[:2], pg_steps[:2]), ("reconcile", steps[2:], pg_steps[2:]),
                               ("import + reconcile", steps, pg_steps)):
                ratios = [sum(times[size][run][x][0] for x in b) / sum(times[size][run][x][0] for x in a)
                          for run in range(1, runs + 1)]
                print(f"Obole on PostgreSQL / on SQLite, {name}: time {spread(ratios)}x (per round)")
            ratios = [p[0] / o[0] for p, o in zip(per_run["postgresql"], per_run["obole"])]
            print("Rounds in order, import + reconcile: " +
                  ", ".join(f"{p[0]:.2f} s / {o[0]:.2f} s = {r:.2f}x"
                            for p, o, r in zip(per_run["postgresql"], per_run["obole"], ratios)))
            print(f"Goal: PostgreSQL within 2x of SQLite in every round ({'met' if max(ratios) <= 2 else 'NOT met'}).")
        for other in tools:
            if other in ("obole", "postgresql"):
                continue
            ratios = [o[0] / x[0] for o, x in zip(per_run["obole"], per_run[other])]
            memory = [o[1] / x[1] for o, x in zip(per_run["obole"], per_run[other])]
            print(f"Obole / {other}: time {spread(ratios)}x, peak memory {spread(memory)}x (per round)")
        if "duckdb" in per_run:
            ratios = [o[0] / x[0] for o, x in zip(per_run["obole"], per_run["duckdb"])]
            met = max(ratios) <= 0.75
            print(f"Goal: at most 0.75x DuckDB's time in every round ({'met' if met else 'NOT met'}).")
        scale.append((size, statistics.median(v[0] for v in per_run["obole"]),
                      statistics.median(v[1] for v in per_run["obole"]),
                      max(v[1] for v in per_run["obole"])))

if len(scale) > 1:
    print("\n=== Obole at scale (import of both files and reconcile) ===")
    print(f"{'rows':>12}{'seconds':>10}{'peak MiB':>10}{'worst peak':>12}{'peak / first':>14}")
    for size, s, mb, worst in scale:
        print(f"{size:>12}{s:>10.2f}{mb:>10.0f}{worst:>12.0f}{mb / scale[0][2]:>14.2f}")
print()
print("All counts agree." if ok else "COUNTS DIFFER.")
sys.exit(0 if ok else 1)
PY
