#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (same options as the completeness test), so new strings
# appear as unfinished entries to translate with Qt Linguist.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
for ts in "$root"/translations/obole_*.ts; do
    "$lupdate" -silent -no-obsolete -locations none -I "$root/models" -I "$root/ui" \
        "$root/models" "$root/ui" "$root/app" -ts "$ts"
done
grep -c 'type="unfinished"' "$root/translations/obole_fr.ts" | sed 's/^/unfinished French entries: /'
