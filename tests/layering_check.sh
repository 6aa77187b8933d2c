#!/usr/bin/env bash
# Fails when data access leaves its layer (docs/architecture.md): SQL or Database statements in ui/ or app/, SQL
# outside the stores, <sqlite3.h> or sqlite3 types (or libpq's) outside models/storage/, or SQLite-only SQL in a
# store. Names each file and line.
set -uo pipefail
src=$1
cd "$src" || exit 1
fail=0
report() { # MESSAGE, then the grep output on stdin
    local hits
    hits=$(cat)
    if [[ -n $hits ]]; then
        echo "$1:" >&2
        echo "$hits" >&2
        fail=1
    fi
}
sql='"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|DROP (TABLE|INDEX)|PRAGMA) '
stores='models/(catalog/catalogstore|catalog/audittrail|importing/importstore|reconcile/reconcilestore|revenue/revenueaggregates|export/accountingsettings|export/booksstore|export/ratesstore|snippets/snippetstore)\.cpp'

report "SQL or a Database statement in ui/ or app/ (call a store)" < <(
    grep -rnE "$sql|\.prepare\(|queryInt64\(|\bexec\(\"" ui app --include='*.cpp' --include='*.h')
report "SQL outside the stores (move it into the store of its concern)" < <(
    grep -rnE "$sql" models --include='*.cpp' --include='*.h' | grep -vE "^models/storage/|^$stores:")
report "SQLite outside models/storage/" < <(
    grep -rnE '#include <sqlite3\.h>|\bsqlite3(_[a-z_]+)?\b' models ui app --include='*.cpp' --include='*.h' |
        grep -v '^models/storage/')
report "PostgreSQL's libpq outside models/storage/" < <(
    grep -rnE '#include <libpq-fe\.h>|\bPQ[a-z][A-Za-z]+\(|\bPGconn\b|\bPGresult\b' models ui app --include='*.cpp' --include='*.h' |
        grep -v '^models/storage/')
report "SQLite-only SQL in a store (use the standard spelling: docs/architecture.md, The engine seam)" < <(
    grep -rnE '\b(ifnull|instr|iif|group_concat|julianday|strftime|printf)\(| IS \?| INSERT OR |ON CONFLICT DO UPDATE| WHERE 1\b' \
        models --include='*.cpp' | grep -E "^$stores:")
for dir in ui app models; do
    [[ -d $dir ]] || { echo "no $dir/ under $src" >&2; exit 1; }
done
if ((fail)); then
    exit 1
fi
echo "ui/ and app/ hold no SQL; SQL lives in the stores; SQLite stays in models/storage/"
