// The reconciliation Obole performs, written for DuckDB as a data-savvy accountant would: read_csv into an
// in-memory database, then SQL. Prints the counts as one JSON object with the keys of `obole-cli reconcile --json`.
//
// Usage: node reconcile_duckdb.mjs DATA_DIR [WINDOW_SECONDS]
// DATA_DIR holds sales.csv and statement-<provider>.csv as written by obole-reconcilegen. NODE_PATH (or a
// node_modules folder above this file) must hold @duckdb/node-api; reconcile_bench.sh installs it.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(join(resolve(process.env.OBOLE_DUCKDB_MODULES ?? process.cwd()), 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const data = process.argv[2];
const window = Number(process.argv[3] ?? 600);
const quoted = (path) => `'${path.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const run = (sql) => db.run(sql);

// The sales log: UTF-8, ISO 8601 UTC times, decimal point. Tables keep the file's order in their rowid.
await run(`CREATE TABLE s AS SELECT * FROM read_csv(${quoted(join(data, 'sales.csv'))}, header = true,
    all_varchar = true)`);
// Statements: Windows-1252, ';', decimal comma, three title lines and a header, local times with their offset, a
// total line. Labels are matched by their ASCII start.
const statements = readdirSync(data).filter((f) => /^statement-.*\.csv$/.test(f)).sort();
const reads = statements.map((f) => {
    const provider = f.slice('statement-'.length, -'.csv'.length);
    return `SELECT *, ${quoted(provider)} AS provider FROM read_csv(${quoted(join(data, f))}, delim = ';',
        header = false, skip = 4, all_varchar = true, encoding = 'latin-1',
        names = ['date', 'reference', 'label', 'product', 'gross', 'net', 'currency'])`;
});
await run(`CREATE TABLE p AS ${reads.join(' UNION ALL ')}`);

await run(`CREATE TABLE ss AS
    SELECT rowid AS sid, NULLIF(reference, '') AS ref, channel, CAST(round(CAST(amount AS DOUBLE) * 100) AS BIGINT)
           AS cents, CAST(epoch(CAST(time AS TIMESTAMPTZ)) AS BIGINT) AS t
    FROM s`);
await run(`CREATE TABLE pp AS
    SELECT rowid AS pid, provider, NULLIF(reference, '') AS ref,
           CASE WHEN label LIKE 'Audiotel%' THEN 'audiotel' WHEN label LIKE 'SMS%' THEN 'sms'
                WHEN label LIKE 'Internet%' THEN 'internet_plus' WHEN label LIKE 'Facture%' THEN 'carrier_billing'
                WHEN label LIKE 'Carte%' THEN 'prepaid_card' WHEN label LIKE 'Porte%' THEN 'wallet'
                WHEN label LIKE 'Bitcoin%' THEN 'crypto' END AS channel,
           CAST(round(CAST(replace(gross, ',', '.') AS DOUBLE) * 100) AS BIGINT) AS cents,
           CAST(epoch(CAST(date AS TIMESTAMPTZ)) AS BIGINT) AS t
    FROM p WHERE date <> 'Total'`);

// A provider row repeating a reference already seen in that provider's rows is a duplicate.
await run(`CREATE TABLE dup AS
    SELECT pid FROM (SELECT pid, row_number() OVER (PARTITION BY provider, ref ORDER BY pid) AS n
                     FROM pp WHERE ref IS NOT NULL) WHERE n > 1`);
// By reference: the first sale carrying it.
await run(`CREATE TABLE refpairs AS
    WITH firsts AS (SELECT ref, min(sid) AS sid FROM ss WHERE ref IS NOT NULL GROUP BY ref)
    SELECT pp.pid, ss.sid, pp.cents = ss.cents AS agree
    FROM pp JOIN firsts f ON f.ref = pp.ref JOIN ss ON ss.sid = f.sid
    WHERE pp.pid NOT IN (SELECT pid FROM dup)`);
// Identical rows (two calls of the same length in the same second) are told apart by their occurrence.
await run(`CREATE TABLE lp AS
    SELECT *, row_number() OVER (PARTITION BY channel, cents, t ORDER BY pid) AS occ
    FROM pp WHERE pid NOT IN (SELECT pid FROM dup) AND pid NOT IN (SELECT pid FROM refpairs)`);
await run(`CREATE TABLE ls AS
    SELECT *, row_number() OVER (PARTITION BY channel, cents, t ORDER BY sid) AS occ
    FROM ss WHERE sid NOT IN (SELECT sid FROM refpairs)`);
// By channel, amount and nearest time within the window, where one side has no reference.
await run(`CREATE TABLE fuzzy AS
    SELECT pid, sid FROM (
        SELECT lp.pid, ls.sid,
               row_number() OVER (PARTITION BY lp.pid ORDER BY abs(ls.t - lp.t), ls.t, ls.sid) AS n
        FROM lp JOIN ls ON ls.channel = lp.channel AND ls.cents = lp.cents AND ls.occ = lp.occ
                       AND ls.t BETWEEN lp.t - ${window} AND lp.t + ${window}
        WHERE lp.ref IS NULL OR ls.ref IS NULL)
    WHERE n = 1`);

const reader = await db.runAndReadAll(`SELECT
    (SELECT count(*) FROM pp) AS provider_rows,
    (SELECT count(*) FROM ss) AS sales_rows,
    (SELECT count(*) FROM refpairs WHERE agree) + (SELECT count(*) FROM fuzzy) AS matched,
    (SELECT count(*) FROM refpairs WHERE agree) AS matched_by_reference,
    (SELECT count(*) FROM fuzzy) AS matched_fuzzy,
    (SELECT count(*) FROM refpairs WHERE NOT agree) AS amount_mismatch,
    (SELECT count(*) FROM ls) - (SELECT count(*) FROM fuzzy) AS missing_at_provider,
    (SELECT count(*) FROM lp) - (SELECT count(*) FROM fuzzy) AS missing_in_sales_log,
    (SELECT count(*) FROM dup) AS duplicates_at_provider,
    (SELECT sum(cents) FROM pp) AS provider_gross_cents,
    (SELECT sum(cents) FROM ss) AS sales_gross_cents,
    (SELECT count(*) FROM fuzzy) - (SELECT count(DISTINCT sid) FROM fuzzy) AS paired_twice`);
const row = reader.getRowObjects()[0];
const counts = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
if (counts.paired_twice !== 0)
    console.log('duckdb: a sale was paired twice: the data is ambiguous for this method');
delete counts.paired_twice;
console.log(JSON.stringify(counts));
