#!/usr/bin/env bash
# The reconciliation Obole performs, written for the sqlite3 command-line shell: .import the files, then SQL.
# Prints the counts as one JSON object with the keys of `obole-cli reconcile --json`.
# Usage: reconcile_sqlite.sh DATA_DIR DB_FILE [WINDOW_SECONDS]
set -euo pipefail
data=$1
db=$2
window=${3:-600}
rm -f "$db"

{
    cat <<'SQL'
.output /dev/null
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
.output stdout
CREATE TABLE s(time TEXT, reference TEXT, channel TEXT, product TEXT, amount TEXT, currency TEXT);
CREATE TABLE p(date TEXT, reference TEXT, label TEXT, product TEXT, gross TEXT, net TEXT, currency TEXT,
               provider TEXT);
CREATE TABLE p_in(date TEXT, reference TEXT, label TEXT, product TEXT, gross TEXT, net TEXT, currency TEXT);
.mode csv
SQL
    echo ".import --skip 1 '$data/sales.csv' s"
    echo ".separator ;"
    for f in "$data"/statement-*.csv; do
        provider=$(basename "$f" .csv)
        provider=${provider#statement-}
        # Three title lines and the header.
        echo ".import --skip 4 '$f' p_in"
        echo "INSERT INTO p SELECT *, '$provider' FROM p_in; DELETE FROM p_in;"
    done
    cat <<SQL
.mode list
CREATE TABLE ss AS
    SELECT rowid AS sid, NULLIF(reference, '') AS ref, channel, CAST(round(amount * 100) AS INTEGER) AS cents,
           unixepoch(time) AS t
    FROM s;
-- Statement labels are Windows-1252 bytes: matched by their ASCII start.
CREATE TABLE pp AS
    SELECT rowid AS pid, provider, NULLIF(reference, '') AS ref,
           CASE WHEN label LIKE 'Audiotel%' THEN 'audiotel' WHEN label LIKE 'SMS%' THEN 'sms'
                WHEN label LIKE 'Internet%' THEN 'internet_plus' WHEN label LIKE 'Facture%' THEN 'carrier_billing'
                WHEN label LIKE 'Carte%' THEN 'prepaid_card' WHEN label LIKE 'Porte%' THEN 'wallet'
                WHEN label LIKE 'Bitcoin%' THEN 'crypto' END AS channel,
           CAST(round(CAST(replace(gross, ',', '.') AS REAL) * 100) AS INTEGER) AS cents,
           unixepoch(date) AS t
    FROM p WHERE date <> 'Total';
CREATE INDEX ss_ref ON ss(ref);

-- A provider row repeating a reference already seen in that provider's rows is a duplicate.
CREATE TABLE dup AS
    SELECT pid FROM (SELECT pid, row_number() OVER (PARTITION BY provider, ref ORDER BY pid) AS n
                     FROM pp WHERE ref IS NOT NULL) WHERE n > 1;
CREATE UNIQUE INDEX dup_pid ON dup(pid);

-- By reference: the first sale carrying it.
CREATE TABLE refpairs AS
    SELECT pp.pid, ss.sid, pp.cents = ss.cents AS agree
    FROM pp JOIN ss ON ss.sid = (SELECT min(sid) FROM ss s2 WHERE s2.ref = pp.ref)
    WHERE pp.ref IS NOT NULL AND pp.pid NOT IN (SELECT pid FROM dup);
CREATE UNIQUE INDEX refpairs_pid ON refpairs(pid);
CREATE UNIQUE INDEX refpairs_sid ON refpairs(sid);

-- Identical rows (two calls of the same length in the same second) are told apart by their occurrence.
CREATE TABLE lp AS
    SELECT *, row_number() OVER (PARTITION BY channel, cents, t ORDER BY pid) AS occ
    FROM pp WHERE pid NOT IN (SELECT pid FROM dup) AND pid NOT IN (SELECT pid FROM refpairs);
CREATE TABLE ls AS
    SELECT *, row_number() OVER (PARTITION BY channel, cents, t ORDER BY sid) AS occ
    FROM ss WHERE sid NOT IN (SELECT sid FROM refpairs);
CREATE INDEX ls_key ON ls(channel, cents, occ, t);

-- By channel, amount and nearest time within the window, where one side has no reference.
CREATE TABLE fuzzy AS
    SELECT pid, sid FROM (
        SELECT lp.pid, ls.sid,
               row_number() OVER (PARTITION BY lp.pid ORDER BY abs(ls.t - lp.t), ls.t, ls.sid) AS n
        FROM lp JOIN ls ON ls.channel = lp.channel AND ls.cents = lp.cents AND ls.occ = lp.occ
                       AND ls.t BETWEEN lp.t - $window AND lp.t + $window
        WHERE lp.ref IS NULL OR ls.ref IS NULL)
    WHERE n = 1;

SELECT CASE WHEN (SELECT count(*) FROM fuzzy) <> (SELECT count(DISTINCT sid) FROM fuzzy)
            THEN 'sqlite3: a sale was paired twice: the data is ambiguous for this method' END
WHERE (SELECT count(*) FROM fuzzy) <> (SELECT count(DISTINCT sid) FROM fuzzy);

SELECT json_object(
    'provider_rows', (SELECT count(*) FROM pp),
    'sales_rows', (SELECT count(*) FROM ss),
    'matched', (SELECT count(*) FROM refpairs WHERE agree) + (SELECT count(*) FROM fuzzy),
    'matched_by_reference', (SELECT count(*) FROM refpairs WHERE agree),
    'matched_fuzzy', (SELECT count(*) FROM fuzzy),
    'amount_mismatch', (SELECT count(*) FROM refpairs WHERE NOT agree),
    'missing_at_provider', (SELECT count(*) FROM ls) - (SELECT count(*) FROM fuzzy),
    'missing_in_sales_log', (SELECT count(*) FROM lp) - (SELECT count(*) FROM fuzzy),
    'duplicates_at_provider', (SELECT count(*) FROM dup),
    'provider_gross_cents', (SELECT sum(cents) FROM pp),
    'sales_gross_cents', (SELECT sum(cents) FROM ss));
SQL
} | sqlite3 "$db"
