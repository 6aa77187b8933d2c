#!/usr/bin/env bash
# Fails when a user-visible string has no French translation: runs lupdate on a copy of the French .ts
# against the sources, then looks for unfinished entries.
set -euo pipefail
src=$1
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/obole_fr.ts" "$work/obole_fr.ts"
"$lupdate" -silent -no-obsolete -locations none -I "$src/models" -I "$src/ui" \
    "$src/models" "$src/ui" "$src/app" -ts "$work/obole_fr.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/obole_fr.ts" || true)
total=$(grep -c '<message' "$work/obole_fr.ts" || true)
if ((unfinished > 0)); then
    echo "obole_fr.ts: $unfinished of $total strings have no French translation:" >&2
    grep -B3 'type="unfinished"' "$work/obole_fr.ts" | grep '<source>' | head -50 >&2
    exit 1
fi
echo "obole_fr.ts: all $total strings translated"
