#include "schema.h"

namespace {

// Version 1: the catalog, channel rules, imports and reconciliation results.
constexpr const char* s_version1 = R"SQL(
CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO channels (id, name_fr, name_en, position) VALUES
    ('audiotel', 'Audiotel, numéro surtaxé', 'Premium-rate phone number', 1),
    ('sms', 'SMS+ surtaxé', 'Premium SMS', 2),
    ('internet_plus', 'Internet+ (facture FAI)', 'Internet+ (ISP billing)', 3),
    ('carrier_billing', 'Facture opérateur mobile (MPME)', 'Mobile carrier billing', 4),
    ('prepaid_card', 'Carte prépayée', 'Prepaid card', 5),
    ('crypto', 'Bitcoin / Lightning', 'Bitcoin / Lightning', 6),
    ('wallet', 'Porte-monnaie (regroupement)', 'Pre-funded wallet', 7);

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    vat_category TEXT NOT NULL DEFAULT 'digital',
    vat_rate_bp INTEGER NOT NULL DEFAULT 2000,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_site ON products(site_id);

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    channels TEXT NOT NULL DEFAULT '',
    min_payout_minor INTEGER NOT NULL DEFAULT 0,
    payout_currency TEXT NOT NULL DEFAULT 'EUR',
    payout_delay_days INTEGER NOT NULL DEFAULT 30,
    statement_day INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE price_points (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    channel TEXT NOT NULL REFERENCES channels(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE RESTRICT,
    price_minor INTEGER NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    payout_kind TEXT NOT NULL CHECK (payout_kind IN ('amount', 'share')),
    payout_value INTEGER NOT NULL,
    billing TEXT NOT NULL DEFAULT 'one_off' CHECK (billing IN ('one_off', 'per_call', 'per_minute')),
    service_number TEXT NOT NULL DEFAULT '',
    keyword TEXT NOT NULL DEFAULT '',
    mt_count INTEGER NOT NULL DEFAULT 1,
    expected_seconds INTEGER NOT NULL DEFAULT 0,
    operators TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    min_minor INTEGER,
    max_minor INTEGER,
    invoice_currency TEXT NOT NULL DEFAULT '',
    invoice_expiry_minutes INTEGER NOT NULL DEFAULT 0,
    top_ups TEXT NOT NULL DEFAULT '',
    access_kind TEXT NOT NULL DEFAULT 'single' CHECK (access_kind IN ('single', 'duration')),
    access_seconds INTEGER NOT NULL DEFAULT 0,
    country TEXT NOT NULL DEFAULT 'FR',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX price_points_product ON price_points(product_id, channel);

CREATE TABLE channel_rules (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL REFERENCES channels(id),
    country TEXT NOT NULL,
    label TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    billing TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    min_minor INTEGER,
    max_minor INTEGER,
    allowed_minor TEXT NOT NULL DEFAULT '',
    monthly_max_minor INTEGER,
    stored_max_minor INTEGER,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    source TEXT NOT NULL
);
CREATE INDEX channel_rules_lookup ON channel_rules(channel, country);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sales', 'provider', 'payout')),
    provider TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    profile TEXT NOT NULL,
    imported_utc INTEGER NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_added INTEGER NOT NULL DEFAULT 0,
    rows_present INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX import_batches_hash ON import_batches(file_sha256);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('sales', 'provider', 'payout')),
    provider TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    row_key TEXT NOT NULL,
    occurred_utc INTEGER NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    gross_minor INTEGER NOT NULL,
    net_minor INTEGER,
    fee_minor INTEGER,
    currency TEXT NOT NULL,
    line INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX transactions_identity ON transactions(kind, provider, row_key);
CREATE INDEX transactions_batch ON transactions(batch_id);
CREATE INDEX transactions_time ON transactions(kind, occurred_utc);

CREATE TABLE reconciliation_results (
    id INTEGER PRIMARY KEY,
    provider_txn_id INTEGER REFERENCES transactions(id) ON DELETE CASCADE,
    sales_txn_id INTEGER REFERENCES transactions(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    matched_by TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reconciliation_provider ON reconciliation_results(provider_txn_id);
CREATE INDEX reconciliation_sales ON reconciliation_results(sales_txn_id);

-- France, as in the design: each rule is data with its source and the date it applies from.
INSERT INTO channel_rules (channel, country, label, prefix, billing, max_minor, allowed_minor, monthly_max_minor,
                           stored_max_minor, effective_from, source) VALUES
    ('audiotel', 'FR', '081x numbers, per call', '081', 'per_call', 15, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 081x'),
    ('audiotel', 'FR', '081x numbers, per minute', '081', 'per_minute', 6, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 081x'),
    ('audiotel', 'FR', '082x numbers, per call', '082', 'per_call', 50, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 082x'),
    ('audiotel', 'FR', '082x numbers, per minute', '082', 'per_minute', 20, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 082x'),
    ('audiotel', 'FR', '089x numbers, per call', '089', 'per_call', 300, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 089x'),
    ('audiotel', 'FR', '089x numbers, per minute', '089', 'per_minute', 80, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 089x'),
    ('sms', 'FR', 'SMS+ one-off purchase', '', 'one_off', 450, '', NULL, NULL, '2015-10-01',
        'SMS+ code of practice: one-off purchase cap'),
    ('sms', 'FR', 'SMS+ short code 3xxxx', '3', 'one_off', NULL, '5', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 4xxxx', '4', 'one_off', NULL, '20', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 5xxxx', '5', 'one_off', NULL, '35', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 6xxxx', '6', 'one_off', NULL, '50', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 7xxxx', '7', 'one_off', NULL, '65,80,100', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 8xxxx', '8', 'one_off', NULL, '100,150,200,250,300,350,400,450', NULL, NULL,
        '2015-10-01', 'SMS+ tariff tiers by short code'),
    ('internet_plus', 'FR', 'PSD2 art. 3(l) electronic communications exclusion', '', '', 5000, '', 30000, NULL,
        '2018-01-13', 'Directive (EU) 2015/2366 (PSD2), art. 3(l)'),
    ('carrier_billing', 'FR', 'PSD2 art. 3(l) electronic communications exclusion', '', '', 5000, '', 30000, NULL,
        '2018-01-13', 'Directive (EU) 2015/2366 (PSD2), art. 3(l)'),
    ('prepaid_card', 'FR', 'Prepaid card without a buyer account', '', '', 5000, '', NULL, NULL, '2018-01-13',
        'Provider terms: payment without a buyer account'),
    ('wallet', 'FR', 'Low-value payment instrument', '', '', 3000, '', NULL, 15000, '2018-01-13',
        'Directive (EU) 2015/2366 (PSD2), art. 42');
)SQL";

// Version 2: the audit trail of catalog edits and the settings kept with the data.
constexpr const char* s_version2 = R"SQL(
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_time ON audit_log(at_utc);

CREATE TABLE database_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";

// Version 3: import at speed. A row's identity becomes a 64-bit hash checked by the importer against the rows of
// the same kind (the import is one write transaction, so nothing races it), instead of a unique text index that
// made every insert a random B-tree write. The table is rebuilt because its CHECK (kind IN (...)) made SQLite build
// a temporary table on every insert. It has no secondary index: each one costs every import of a million rows
// about a second; reports read aggregates or scan. Undoing a batch scans the table, which is rare and cheap.
constexpr const char* s_version3 = R"SQL(
CREATE TABLE transactions_v3 (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'sales' OR kind = 'provider' OR kind = 'payout'),
    provider TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    row_hash INTEGER NOT NULL DEFAULT 0,
    occurred_utc INTEGER NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    gross_minor INTEGER NOT NULL,
    net_minor INTEGER,
    fee_minor INTEGER,
    currency TEXT NOT NULL,
    line INTEGER NOT NULL DEFAULT 0,
    row_key TEXT NOT NULL DEFAULT ''
);
INSERT INTO transactions_v3 (id, batch_id, kind, provider, channel, reference, occurred_utc, product, gross_minor,
                             net_minor, fee_minor, currency, line, row_key)
    SELECT id, batch_id, kind, provider, channel, reference, occurred_utc, product, gross_minor, net_minor, fee_minor,
           currency, line, row_key FROM transactions;
DROP TABLE transactions;
ALTER TABLE transactions_v3 RENAME TO transactions;
ALTER TABLE import_batches ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batches ADD COLUMN rejected_detail TEXT NOT NULL DEFAULT '';
)SQL";

// Version 4: reconciliation. Results are kept in two shapes: the pairs that agree (the vast majority) are packed
// into blocks of a few thousand, so a million of them are written in milliseconds; everything a person may need to
// look at (discrepancies, manual matches, payout differences) is one row each. Decisions taken by hand are kept
// apart, by row identity, so they survive re-running and re-importing. A removed import batch marks the results
// stale; the next run then starts over.
constexpr const char* s_version4 = R"SQL(
DROP TABLE reconciliation_results;

CREATE TABLE reconcile_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    engine_version INTEGER NOT NULL,
    watermark INTEGER NOT NULL,
    window_seconds INTEGER NOT NULL,
    tolerance_minor INTEGER NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    dirty INTEGER NOT NULL DEFAULT 0,
    run_utc INTEGER NOT NULL,
    full_run_utc INTEGER NOT NULL
);

CREATE TABLE reconcile_items (
    id INTEGER PRIMARY KEY,
    outcome INTEGER NOT NULL,
    provider TEXT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    occurred_utc INTEGER NOT NULL,
    provider_txn_id INTEGER,
    sales_txn_id INTEGER,
    related_txn_id INTEGER,
    provider_gross INTEGER,
    sales_gross INTEGER,
    provider_net INTEGER,
    expected_net INTEGER,
    payout_flag INTEGER NOT NULL DEFAULT 0,
    attribution INTEGER NOT NULL DEFAULT 0,
    ref_hash INTEGER
);
CREATE INDEX reconcile_items_provider_txn ON reconcile_items(provider_txn_id);
CREATE INDEX reconcile_items_sales_txn ON reconcile_items(sales_txn_id);
CREATE INDEX reconcile_items_time ON reconcile_items(occurred_utc);

CREATE TABLE reconcile_blocks (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    first_utc INTEGER NOT NULL,
    last_utc INTEGER NOT NULL,
    pair_count INTEGER NOT NULL,
    fuzzy_count INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    fuzzy_gross_minor INTEGER NOT NULL,
    min_provider_txn INTEGER NOT NULL,
    max_provider_txn INTEGER NOT NULL,
    min_sales_txn INTEGER NOT NULL,
    max_sales_txn INTEGER NOT NULL,
    pairs BLOB NOT NULL,
    refs BLOB NOT NULL
);

CREATE TABLE reconcile_earnings (
    provider TEXT NOT NULL,
    currency TEXT NOT NULL,
    day INTEGER NOT NULL,
    net_minor INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    rows_without_net INTEGER NOT NULL,
    paid_minor INTEGER NOT NULL DEFAULT 0,
    payments INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (provider, currency, day)
) WITHOUT ROWID;

CREATE TABLE reconcile_decisions (
    id INTEGER PRIMARY KEY,
    made_utc INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('match', 'unmatch', 'explain')),
    provider_txn_id INTEGER,
    provider_row_hash INTEGER,
    sales_txn_id INTEGER,
    sales_row_hash INTEGER,
    note TEXT NOT NULL DEFAULT '',
    before TEXT NOT NULL DEFAULT '',
    undone_utc INTEGER
);
CREATE INDEX reconcile_decisions_provider ON reconcile_decisions(provider_txn_id);
CREATE INDEX reconcile_decisions_sales ON reconcile_decisions(sales_txn_id);

CREATE TRIGGER reconcile_batch_removed AFTER DELETE ON import_batches
BEGIN
    UPDATE reconcile_state SET dirty = 1;
END;
)SQL";

// Version 5: snippets. How the generated code asks each provider whether a code is paid (templates, editable, four
// built in), which template and public account each provider uses, and the secrets sealed with AES-256-GCM under a
// key kept outside the database (SecretBox). Provider and site ids carry no foreign key on purpose: a catalog import
// replaces those rows with the same ids, and must not wipe the merchant's secrets.
constexpr const char* s_version5 = R"SQL(
CREATE TABLE snippet_check_templates (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'GET' CHECK (method IN ('GET', 'POST')),
    url TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '',
    headers TEXT NOT NULL DEFAULT '',
    reply_format TEXT NOT NULL CHECK (reply_format IN ('json', 'pipe', 'text')),
    success_field TEXT NOT NULL DEFAULT '',
    success_value TEXT NOT NULL,
    reference_field TEXT NOT NULL DEFAULT '',
    built_in INTEGER NOT NULL DEFAULT 0
);
INSERT INTO snippet_check_templates (code, name, method, url, params, headers, reply_format, success_field,
                                     success_value, reference_field, built_in) VALUES
    ('dedipass_json', 'JSON reply with a status field (Dedipass style)', 'GET', 'https://api.dedipass.com/v1/pay/',
        'public_key={account}' || char(10) || 'private_key={secret}' || char(10) || 'code={code}', '', 'json',
        'status', 'success', '', 1),
    ('starpass_pipe', 'Pipe reply OUI|… (Starpass style)', 'GET', 'https://script.starpass.fr/check_php.php',
        'ident={account}' || char(10) || 'codes={code}' || char(10) || 'DATAS={secret}', '', 'pipe', '0', 'OUI', '',
        1),
    ('allopass_ok', 'Plain OK reply (Allopass legacy style)', 'GET', 'https://payment.allopass.com/api/checkcode.apu',
        'code={code}' || char(10) || 'auth={account}/{secret}', '', 'text', '', 'OK', '', 1),
    ('generic_json', 'Generic: form POST, JSON reply', 'POST', 'https://provider.example/api/verify',
        'merchant={account}' || char(10) || 'code={code}' || char(10) || 'ip={ip}',
        'Authorization: Bearer {secret}', 'json', 'valid', 'true', 'transaction_id', 1);

CREATE TABLE snippet_provider_settings (
    provider_id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES snippet_check_templates(id) ON DELETE RESTRICT,
    account TEXT NOT NULL DEFAULT '',
    pay_url TEXT NOT NULL DEFAULT ''
);

CREATE TABLE snippet_secrets (
    owner TEXT NOT NULL CHECK (owner IN ('site', 'provider')),
    owner_id INTEGER NOT NULL,
    key_id TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    updated_utc INTEGER NOT NULL,
    PRIMARY KEY (owner, owner_id)
);
)SQL";

// Version 6: revenue totals per local day (and per local hour, for the charts of a day or two), so the Revenue page
// reads thousands of rows rather than millions. They are derived data: RevenueAggregates rebuilds them from the sales
// rows, the catalog and the reporting time zone. `day` is a Julian day number, `hour_utc` the start of a local hour
// in UTC seconds; `site_id` 0 stands for products not in the catalog.
constexpr const char* s_version6 = R"SQL(
CREATE TABLE revenue_daily (
    day INTEGER NOT NULL,
    site_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    confirmed INTEGER NOT NULL,
    sales INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    payout_minor INTEGER NOT NULL,
    payout_unknown INTEGER NOT NULL,
    net_of_vat_minor INTEGER NOT NULL,
    PRIMARY KEY (day, site_id, channel, currency, confirmed)
) WITHOUT ROWID;
CREATE TABLE revenue_daily_products (
    day INTEGER NOT NULL,
    product TEXT NOT NULL,
    site_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    confirmed INTEGER NOT NULL,
    sales INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    payout_minor INTEGER NOT NULL,
    payout_unknown INTEGER NOT NULL,
    net_of_vat_minor INTEGER NOT NULL,
    PRIMARY KEY (day, product, currency, confirmed)
) WITHOUT ROWID;
CREATE TABLE revenue_hourly (
    hour_utc INTEGER NOT NULL,
    site_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    confirmed INTEGER NOT NULL,
    sales INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    payout_minor INTEGER NOT NULL,
    payout_unknown INTEGER NOT NULL,
    net_of_vat_minor INTEGER NOT NULL,
    PRIMARY KEY (hour_utc, site_id, channel, currency, confirmed)
) WITHOUT ROWID;
-- What lets new rows be folded into the totals without reading the old ones: the provider rows' keys (hashes of
-- the reference, or of channel, currency and amount for rows without one) and the sales not confirmed yet.
CREATE TABLE revenue_provider_references (
    reference_hash INTEGER NOT NULL,
    provider_hash INTEGER NOT NULL,
    PRIMARY KEY (reference_hash, provider_hash)
) WITHOUT ROWID;
CREATE TABLE revenue_provider_amounts (
    amount_hash INTEGER NOT NULL,
    occurred_utc INTEGER NOT NULL,
    provider_hash INTEGER NOT NULL,
    PRIMARY KEY (amount_hash, occurred_utc, provider_hash)
) WITHOUT ROWID;
CREATE TABLE revenue_unconfirmed_sales (
    transaction_id INTEGER PRIMARY KEY,
    reference_hash INTEGER,
    amount_hash INTEGER NOT NULL,
    occurred_utc INTEGER NOT NULL,
    provider_hash INTEGER NOT NULL
);
CREATE INDEX revenue_unconfirmed_reference ON revenue_unconfirmed_sales(reference_hash)
    WHERE reference_hash IS NOT NULL;
CREATE INDEX revenue_unconfirmed_amount ON revenue_unconfirmed_sales(amount_hash, occurred_utc);
-- Removing a batch removes rows the totals counted: they are rebuilt at the next read.
CREATE TRIGGER revenue_batch_removed AFTER DELETE ON import_batches
BEGIN
    DELETE FROM database_settings WHERE key = 'revenue.aggregates';
END;
)SQL";

// There is no step 7: it was never released, and a step number is never given twice, so a database at step 6 goes
// straight to step 8.

// Version 8: a provider may pay by price tier (so much for a 1.00 code, so much for a 3.00 one) rather than one rate,
// and the audit trail says what was done (an edit, an undo, a redo) and names the entity in words,
// so the trail still reads after the entity is gone; it is looked up by entity.
constexpr const char* s_version8 = R"SQL(
CREATE TABLE provider_payout_tiers (
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    channel TEXT NOT NULL REFERENCES channels(id),
    price_minor INTEGER NOT NULL,
    payout_kind TEXT NOT NULL CHECK (payout_kind IN ('amount', 'share')),
    payout_value INTEGER NOT NULL,
    PRIMARY KEY (provider_id, channel, price_minor)
);
ALTER TABLE audit_log ADD COLUMN action TEXT NOT NULL DEFAULT 'edit';
ALTER TABLE audit_log ADD COLUMN entity_label TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
)SQL";

// Version 9: each batch records the range of ids its rows lie in (rows are appended, so an import's rows are one
// run of ids). Finding a batch's rows is then a walk along the table's own key, not a scan of every row: that is what
// keeps a new day's import, and undoing a batch, in proportion to that batch. Rows of other batches may fall inside a
// range (demonstration data made before step 13 interleaves its batches), so readers still check batch_id. An empty
// batch has an empty range (first > last); NULL means not known, and then the whole table is searched.
constexpr const char* s_version9 = R"SQL(
ALTER TABLE import_batches ADD COLUMN first_txn_id INTEGER;
ALTER TABLE import_batches ADD COLUMN last_txn_id INTEGER;
UPDATE import_batches SET first_txn_id = r.lo, last_txn_id = r.hi
    FROM (SELECT batch_id, min(id) AS lo, max(id) AS hi FROM transactions GROUP BY batch_id) AS r
    WHERE r.batch_id = import_batches.id;
)SQL";

// Version 10: imported rows are also kept packed, a block per run of a few thousand consecutive ids (see
// TransactionBlockEncoder), so that reconciliation reads a million rows in a few hundredths of a second. The rows stay
// the truth; a run of ids without a block (older imports, demonstration data made before step 13) is read from the
// table.
constexpr const char* s_version10 = R"SQL(
CREATE TABLE transaction_blocks (
    first_txn_id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    row_count INTEGER NOT NULL CHECK (row_count > 0),
    data BLOB NOT NULL
);
CREATE INDEX transaction_blocks_batch ON transaction_blocks(batch_id);
)SQL";

// Version 11: each batch records the span of time its rows cover, so an import can say at once when a statement lies
// far outside the sales log's span (a file of another year, or another merchant's) without scanning the table: the
// spans of every sales batch are a few rows. Older batches learn theirs here, once.
constexpr const char* s_version11 = R"SQL(
ALTER TABLE import_batches ADD COLUMN first_occurred_utc INTEGER;
ALTER TABLE import_batches ADD COLUMN last_occurred_utc INTEGER;
UPDATE import_batches SET first_occurred_utc = r.lo, last_occurred_utc = r.hi
    FROM (SELECT batch_id, min(occurred_utc) AS lo, max(occurred_utc) AS hi FROM transactions GROUP BY batch_id) AS r
    WHERE r.batch_id = import_batches.id;
)SQL";

// Version 12: provider check settings and provider secrets follow the provider's code instead of its id, since a
// catalog import may give an id to another provider (a secret keyed by id would then serve the wrong provider).
// Secrets are keyed by text (a site's id in decimal, a provider's code); `sealed_id` keeps the id a ciphertext
// sealed before this step is bound to, and is NULL for provider secrets sealed since (bound to the code). A provider
// secret or setting whose provider is gone cannot be given a code and is dropped. The former secrets of each site
// are kept (owner 'site_retired'), so snippets can still find the used codes named with them. A provider may say
// that its codes ignore case.
constexpr const char* s_version12 = R"SQL(
CREATE TABLE snippet_provider_settings_v12 (
    provider_code TEXT PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES snippet_check_templates(id) ON DELETE RESTRICT,
    account TEXT NOT NULL DEFAULT '',
    pay_url TEXT NOT NULL DEFAULT '',
    codes_case_insensitive INTEGER NOT NULL DEFAULT 0 CHECK (codes_case_insensitive IN (0, 1))
);
INSERT INTO snippet_provider_settings_v12 (provider_code, template_id, account, pay_url)
    SELECT p.code, s.template_id, s.account, s.pay_url
    FROM snippet_provider_settings AS s JOIN providers AS p ON p.id = s.provider_id;
DROP TABLE snippet_provider_settings;
ALTER TABLE snippet_provider_settings_v12 RENAME TO snippet_provider_settings;

CREATE TABLE snippet_secrets_v12 (
    owner TEXT NOT NULL CHECK (owner IN ('site', 'site_retired', 'provider')),
    owner_key TEXT NOT NULL,
    sealed_id INTEGER,
    key_id TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    updated_utc INTEGER NOT NULL,
    PRIMARY KEY (owner, owner_key)
);
INSERT INTO snippet_secrets_v12 (owner, owner_key, sealed_id, key_id, nonce, ciphertext, updated_utc)
    SELECT 'site', CAST(owner_id AS TEXT), owner_id, key_id, nonce, ciphertext, updated_utc
    FROM snippet_secrets WHERE owner = 'site';
INSERT INTO snippet_secrets_v12 (owner, owner_key, sealed_id, key_id, nonce, ciphertext, updated_utc)
    SELECT 'provider', p.code, s.owner_id, s.key_id, s.nonce, s.ciphertext, s.updated_utc
    FROM snippet_secrets AS s JOIN providers AS p ON p.id = s.owner_id WHERE s.owner = 'provider';
DROP TABLE snippet_secrets;
ALTER TABLE snippet_secrets_v12 RENAME TO snippet_secrets;
)SQL";

// Version 13: the text identity of version 1 (row_key) goes. Since version 3 every import writes the 64-bit row_hash
// instead, and nothing has read row_key since; rows written before then keep the row_hash 0 they were given, which
// no import looks for.
constexpr const char* s_version13 = R"SQL(
ALTER TABLE transactions DROP COLUMN row_key;
)SQL";

// Version 14: closed periods of the books. Closing a period freezes its FEC entries with permanent numbers and the
// closing date as ValidDate (books_entries, one row per FEC line, in file order); a reopened period keeps its rows,
// marked by reopened_utc, so its numbers are never given to other entries. Days are Julian day numbers of the books'
// time zone.
constexpr const char* s_version14 = R"SQL(
CREATE TABLE books_closings (
    id INTEGER PRIMARY KEY,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL CHECK (last_day >= first_day),
    valid_day INTEGER NOT NULL,
    closed_utc INTEGER NOT NULL,
    watermark INTEGER NOT NULL,
    reopened_utc INTEGER
);
CREATE TABLE books_entries (
    closing_id INTEGER NOT NULL REFERENCES books_closings(id),
    line INTEGER NOT NULL,
    journal_code TEXT NOT NULL,
    journal_label TEXT NOT NULL,
    entry_number TEXT NOT NULL,
    entry_day INTEGER NOT NULL,
    account TEXT NOT NULL,
    account_label TEXT NOT NULL,
    auxiliary TEXT NOT NULL,
    auxiliary_label TEXT NOT NULL,
    piece TEXT NOT NULL,
    piece_day INTEGER NOT NULL,
    label TEXT NOT NULL,
    debit_minor INTEGER NOT NULL CHECK (debit_minor >= 0),
    credit_minor INTEGER NOT NULL CHECK (credit_minor >= 0),
    PRIMARY KEY (closing_id, line)
);
CREATE INDEX books_entries_day ON books_entries(entry_day);
)SQL";

// Version 15: how the books record each provider's sales (Provider::vatModel and its terms), and the lettering of
// frozen FEC lines (EcritureLet, DateLet; an empty letter and day 0 when a line is not lettered).
constexpr const char* s_version15 = R"SQL(
ALTER TABLE providers ADD COLUMN vat_model TEXT NOT NULL DEFAULT 'by_channel';
ALTER TABLE providers ADD COLUMN reversement_excludes_vat INTEGER NOT NULL DEFAULT 0;
ALTER TABLE providers ADD COLUMN fee_account TEXT NOT NULL DEFAULT 'banking';
ALTER TABLE providers ADD COLUMN fee_vat_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE books_entries ADD COLUMN lettering TEXT NOT NULL DEFAULT '';
ALTER TABLE books_entries ADD COLUMN lettering_day INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 16: the daily exchange rates the accountant imports (ExchangeRates), kept as given (the decimal text and
// which way it reads), and the amount in its own currency of a frozen FEC line (Montantdevise, Idevise).
constexpr const char* s_version16 = R"SQL(
CREATE TABLE exchange_rates (
    day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    book_currency TEXT NOT NULL,
    rate TEXT NOT NULL,
    per_book INTEGER NOT NULL CHECK (per_book IN (0, 1)),
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (day, currency, book_currency)
);
ALTER TABLE books_entries ADD COLUMN foreign_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE books_entries ADD COLUMN foreign_currency TEXT NOT NULL DEFAULT '';
)SQL";

// Version 17: correcting entries the accountant accepts for reconciliation's discrepancies (Adjustments), with their
// lines as accepted. A discrepancy gets one at most.
constexpr const char* s_version17 = R"SQL(
CREATE TABLE books_adjustments (
    id INTEGER PRIMARY KEY,
    day INTEGER NOT NULL,
    provider TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL,
    provider_txn INTEGER NOT NULL,
    sales_txn INTEGER NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL,
    accepted_utc INTEGER NOT NULL,
    what TEXT NOT NULL,
    UNIQUE (provider_txn, sales_txn)
);
CREATE INDEX books_adjustments_day ON books_adjustments(day);
CREATE TABLE books_adjustment_lines (
    adjustment_id INTEGER NOT NULL REFERENCES books_adjustments(id),
    line INTEGER NOT NULL,
    account TEXT NOT NULL,
    account_label TEXT NOT NULL,
    auxiliary TEXT NOT NULL,
    auxiliary_label TEXT NOT NULL,
    label TEXT NOT NULL,
    debit_minor INTEGER NOT NULL CHECK (debit_minor >= 0),
    credit_minor INTEGER NOT NULL CHECK (credit_minor >= 0),
    PRIMARY KEY (adjustment_id, line)
);
)SQL";

// Version 18: a provider's own auxiliary account in the books, when the accountant sets one.
constexpr const char* s_version18 = R"SQL(
ALTER TABLE providers ADD COLUMN auxiliary_account TEXT NOT NULL DEFAULT '';
)SQL";

// Version 19: the rate a statement gives with a row (BTCPay's "Rate"): one base_currency is `rate` quote_currency,
// the decimal as the file gave it. The books convert a sale at the rate of the statement row it is matched with.
constexpr const char* s_version19 = R"SQL(
CREATE TABLE statement_rates (
    transaction_id INTEGER PRIMARY KEY REFERENCES transactions(id) ON DELETE CASCADE,
    base_currency TEXT NOT NULL,
    quote_currency TEXT NOT NULL,
    rate TEXT NOT NULL
);
)SQL";

// PostgreSQL, for a team's shared server. Its steps share the numbers of the file's: its first step builds at once
// what the file's steps 1 to 19 built (the server engine came at step 19), and a later change to the schema is a
// step of the same number in both lists. Ids are BIGINT, given by a sequence when a statement gives NULL (as SQLite
// gives INTEGER PRIMARY KEY ids), the sequence moved past any id given explicitly; blobs are BYTEA.
constexpr const char* s_server19 = R"SQL(
CREATE FUNCTION obole_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(TG_ARGV[0]::regclass);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(TG_ARGV[0]::regclass), 0) THEN
        PERFORM setval(TG_ARGV[0]::regclass, NEW.id);
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position BIGINT NOT NULL
);
INSERT INTO channels (id, name_fr, name_en, position) VALUES
    ('audiotel', 'Audiotel, numéro surtaxé', 'Premium-rate phone number', 1),
    ('sms', 'SMS+ surtaxé', 'Premium SMS', 2),
    ('internet_plus', 'Internet+ (facture FAI)', 'Internet+ (ISP billing)', 3),
    ('carrier_billing', 'Facture opérateur mobile (MPME)', 'Mobile carrier billing', 4),
    ('prepaid_card', 'Carte prépayée', 'Prepaid card', 5),
    ('crypto', 'Bitcoin / Lightning', 'Bitcoin / Lightning', 6),
    ('wallet', 'Porte-monnaie (regroupement)', 'Pre-funded wallet', 7);

CREATE TABLE sites (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    created_utc BIGINT NOT NULL
);

CREATE TABLE products (
    id BIGINT PRIMARY KEY,
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    vat_category TEXT NOT NULL DEFAULT 'digital',
    vat_rate_bp BIGINT NOT NULL DEFAULT 2000,
    active BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX products_site ON products(site_id);

CREATE TABLE providers (
    id BIGINT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    channels TEXT NOT NULL DEFAULT '',
    min_payout_minor BIGINT NOT NULL DEFAULT 0,
    payout_currency TEXT NOT NULL DEFAULT 'EUR',
    payout_delay_days BIGINT NOT NULL DEFAULT 30,
    statement_day BIGINT NOT NULL DEFAULT 1,
    vat_model TEXT NOT NULL DEFAULT 'by_channel',
    reversement_excludes_vat BIGINT NOT NULL DEFAULT 0,
    fee_account TEXT NOT NULL DEFAULT 'banking',
    fee_vat_bp BIGINT NOT NULL DEFAULT 0,
    auxiliary_account TEXT NOT NULL DEFAULT ''
);

CREATE TABLE price_points (
    id BIGINT PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    channel TEXT NOT NULL REFERENCES channels(id),
    provider_id BIGINT NOT NULL REFERENCES providers(id) ON DELETE RESTRICT,
    price_minor BIGINT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    payout_kind TEXT NOT NULL CHECK (payout_kind IN ('amount', 'share')),
    payout_value BIGINT NOT NULL,
    billing TEXT NOT NULL DEFAULT 'one_off' CHECK (billing IN ('one_off', 'per_call', 'per_minute')),
    service_number TEXT NOT NULL DEFAULT '',
    keyword TEXT NOT NULL DEFAULT '',
    mt_count BIGINT NOT NULL DEFAULT 1,
    expected_seconds BIGINT NOT NULL DEFAULT 0,
    operators TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    min_minor BIGINT,
    max_minor BIGINT,
    invoice_currency TEXT NOT NULL DEFAULT '',
    invoice_expiry_minutes BIGINT NOT NULL DEFAULT 0,
    top_ups TEXT NOT NULL DEFAULT '',
    access_kind TEXT NOT NULL DEFAULT 'single' CHECK (access_kind IN ('single', 'duration')),
    access_seconds BIGINT NOT NULL DEFAULT 0,
    country TEXT NOT NULL DEFAULT 'FR',
    active BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX price_points_product ON price_points(product_id, channel);

CREATE TABLE provider_payout_tiers (
    provider_id BIGINT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    channel TEXT NOT NULL REFERENCES channels(id),
    price_minor BIGINT NOT NULL,
    payout_kind TEXT NOT NULL CHECK (payout_kind IN ('amount', 'share')),
    payout_value BIGINT NOT NULL,
    PRIMARY KEY (provider_id, channel, price_minor)
);

CREATE TABLE channel_rules (
    id BIGINT PRIMARY KEY,
    channel TEXT NOT NULL REFERENCES channels(id),
    country TEXT NOT NULL,
    label TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    billing TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    min_minor BIGINT,
    max_minor BIGINT,
    allowed_minor TEXT NOT NULL DEFAULT '',
    monthly_max_minor BIGINT,
    stored_max_minor BIGINT,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    source TEXT NOT NULL
);
CREATE INDEX channel_rules_lookup ON channel_rules(channel, country);

CREATE TABLE import_batches (
    id BIGINT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sales', 'provider', 'payout')),
    provider TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    profile TEXT NOT NULL,
    imported_utc BIGINT NOT NULL,
    rows_read BIGINT NOT NULL DEFAULT 0,
    rows_added BIGINT NOT NULL DEFAULT 0,
    rows_present BIGINT NOT NULL DEFAULT 0,
    rows_rejected BIGINT NOT NULL DEFAULT 0,
    rows_skipped BIGINT NOT NULL DEFAULT 0,
    encoding TEXT NOT NULL DEFAULT '',
    rejected_detail TEXT NOT NULL DEFAULT '',
    first_txn_id BIGINT,
    last_txn_id BIGINT,
    first_occurred_utc BIGINT,
    last_occurred_utc BIGINT
);
CREATE UNIQUE INDEX import_batches_hash ON import_batches(file_sha256);

-- batch_id has no foreign key: checking it cost a million-row import 3.5 s of its 5 (an index probe a row). The
-- importer writes every row with the batch it has just created, in the same transaction (as the file's UncheckedWrite
-- lets it), and removing a batch removes its rows (obole_batch_removed, as the file's cascade does).
CREATE TABLE transactions (
    id BIGINT PRIMARY KEY,
    batch_id BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'sales' OR kind = 'provider' OR kind = 'payout'),
    provider TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    row_hash BIGINT NOT NULL DEFAULT 0,
    occurred_utc BIGINT NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    gross_minor BIGINT NOT NULL,
    net_minor BIGINT,
    fee_minor BIGINT,
    currency TEXT NOT NULL,
    line BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE transaction_blocks (
    first_txn_id BIGINT PRIMARY KEY,
    batch_id BIGINT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    row_count BIGINT NOT NULL CHECK (row_count > 0),
    data BYTEA NOT NULL
);
CREATE INDEX transaction_blocks_batch ON transaction_blocks(batch_id);

CREATE TABLE statement_rates (
    transaction_id BIGINT PRIMARY KEY REFERENCES transactions(id) ON DELETE CASCADE,
    base_currency TEXT NOT NULL,
    quote_currency TEXT NOT NULL,
    rate TEXT NOT NULL
);

CREATE TABLE reconcile_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    engine_version BIGINT NOT NULL,
    watermark BIGINT NOT NULL,
    window_seconds BIGINT NOT NULL,
    tolerance_minor BIGINT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    dirty BIGINT NOT NULL DEFAULT 0,
    run_utc BIGINT NOT NULL,
    full_run_utc BIGINT NOT NULL
);

CREATE TABLE reconcile_items (
    id BIGINT PRIMARY KEY,
    outcome BIGINT NOT NULL,
    provider TEXT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    occurred_utc BIGINT NOT NULL,
    provider_txn_id BIGINT,
    sales_txn_id BIGINT,
    related_txn_id BIGINT,
    provider_gross BIGINT,
    sales_gross BIGINT,
    provider_net BIGINT,
    expected_net BIGINT,
    payout_flag BIGINT NOT NULL DEFAULT 0,
    attribution BIGINT NOT NULL DEFAULT 0,
    ref_hash BIGINT
);
CREATE INDEX reconcile_items_provider_txn ON reconcile_items(provider_txn_id);
CREATE INDEX reconcile_items_sales_txn ON reconcile_items(sales_txn_id);
CREATE INDEX reconcile_items_time ON reconcile_items(occurred_utc);

CREATE TABLE reconcile_blocks (
    id BIGINT PRIMARY KEY,
    provider TEXT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    first_utc BIGINT NOT NULL,
    last_utc BIGINT NOT NULL,
    pair_count BIGINT NOT NULL,
    fuzzy_count BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    fuzzy_gross_minor BIGINT NOT NULL,
    min_provider_txn BIGINT NOT NULL,
    max_provider_txn BIGINT NOT NULL,
    min_sales_txn BIGINT NOT NULL,
    max_sales_txn BIGINT NOT NULL,
    pairs BYTEA NOT NULL,
    refs BYTEA NOT NULL
);

CREATE TABLE reconcile_earnings (
    provider TEXT NOT NULL,
    currency TEXT NOT NULL,
    day BIGINT NOT NULL,
    net_minor BIGINT NOT NULL,
    rows BIGINT NOT NULL,
    rows_without_net BIGINT NOT NULL,
    paid_minor BIGINT NOT NULL DEFAULT 0,
    payments BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (provider, currency, day)
);

CREATE TABLE reconcile_decisions (
    id BIGINT PRIMARY KEY,
    made_utc BIGINT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('match', 'unmatch', 'explain')),
    provider_txn_id BIGINT,
    provider_row_hash BIGINT,
    sales_txn_id BIGINT,
    sales_row_hash BIGINT,
    note TEXT NOT NULL DEFAULT '',
    before TEXT NOT NULL DEFAULT '',
    undone_utc BIGINT
);
CREATE INDEX reconcile_decisions_provider ON reconcile_decisions(provider_txn_id);
CREATE INDEX reconcile_decisions_sales ON reconcile_decisions(sales_txn_id);

CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    at_utc BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    action TEXT NOT NULL DEFAULT 'edit',
    entity_label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time ON audit_log(at_utc);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TABLE database_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE snippet_check_templates (
    id BIGINT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'GET' CHECK (method IN ('GET', 'POST')),
    url TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '',
    headers TEXT NOT NULL DEFAULT '',
    reply_format TEXT NOT NULL CHECK (reply_format IN ('json', 'pipe', 'text')),
    success_field TEXT NOT NULL DEFAULT '',
    success_value TEXT NOT NULL,
    reference_field TEXT NOT NULL DEFAULT '',
    built_in BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE snippet_provider_settings (
    provider_code TEXT PRIMARY KEY,
    template_id BIGINT NOT NULL REFERENCES snippet_check_templates(id) ON DELETE RESTRICT,
    account TEXT NOT NULL DEFAULT '',
    pay_url TEXT NOT NULL DEFAULT '',
    codes_case_insensitive BIGINT NOT NULL DEFAULT 0 CHECK (codes_case_insensitive IN (0, 1))
);

CREATE TABLE snippet_secrets (
    owner TEXT NOT NULL CHECK (owner IN ('site', 'site_retired', 'provider')),
    owner_key TEXT NOT NULL,
    sealed_id BIGINT,
    key_id TEXT NOT NULL,
    nonce BYTEA NOT NULL,
    ciphertext BYTEA NOT NULL,
    updated_utc BIGINT NOT NULL,
    PRIMARY KEY (owner, owner_key)
);

CREATE TABLE revenue_daily (
    day BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    confirmed BIGINT NOT NULL,
    sales BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    payout_minor BIGINT NOT NULL,
    payout_unknown BIGINT NOT NULL,
    net_of_vat_minor BIGINT NOT NULL,
    PRIMARY KEY (day, site_id, channel, currency, confirmed)
);
CREATE TABLE revenue_daily_products (
    day BIGINT NOT NULL,
    product TEXT NOT NULL,
    site_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    confirmed BIGINT NOT NULL,
    sales BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    payout_minor BIGINT NOT NULL,
    payout_unknown BIGINT NOT NULL,
    net_of_vat_minor BIGINT NOT NULL,
    PRIMARY KEY (day, product, currency, confirmed)
);
CREATE TABLE revenue_hourly (
    hour_utc BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    channel TEXT NOT NULL,
    currency TEXT NOT NULL,
    confirmed BIGINT NOT NULL,
    sales BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    payout_minor BIGINT NOT NULL,
    payout_unknown BIGINT NOT NULL,
    net_of_vat_minor BIGINT NOT NULL,
    PRIMARY KEY (hour_utc, site_id, channel, currency, confirmed)
);
CREATE TABLE revenue_provider_references (
    reference_hash BIGINT NOT NULL,
    provider_hash BIGINT NOT NULL,
    PRIMARY KEY (reference_hash, provider_hash)
);
CREATE TABLE revenue_provider_amounts (
    amount_hash BIGINT NOT NULL,
    occurred_utc BIGINT NOT NULL,
    provider_hash BIGINT NOT NULL,
    PRIMARY KEY (amount_hash, occurred_utc, provider_hash)
);
CREATE TABLE revenue_unconfirmed_sales (
    transaction_id BIGINT PRIMARY KEY,
    reference_hash BIGINT,
    amount_hash BIGINT NOT NULL,
    occurred_utc BIGINT NOT NULL,
    provider_hash BIGINT NOT NULL
);
CREATE INDEX revenue_unconfirmed_reference ON revenue_unconfirmed_sales(reference_hash)
    WHERE reference_hash IS NOT NULL;
CREATE INDEX revenue_unconfirmed_amount ON revenue_unconfirmed_sales(amount_hash, occurred_utc);

CREATE TABLE books_closings (
    id BIGINT PRIMARY KEY,
    first_day BIGINT NOT NULL,
    last_day BIGINT NOT NULL CHECK (last_day >= first_day),
    valid_day BIGINT NOT NULL,
    closed_utc BIGINT NOT NULL,
    watermark BIGINT NOT NULL,
    reopened_utc BIGINT
);
CREATE TABLE books_entries (
    closing_id BIGINT NOT NULL REFERENCES books_closings(id),
    line BIGINT NOT NULL,
    journal_code TEXT NOT NULL,
    journal_label TEXT NOT NULL,
    entry_number TEXT NOT NULL,
    entry_day BIGINT NOT NULL,
    account TEXT NOT NULL,
    account_label TEXT NOT NULL,
    auxiliary TEXT NOT NULL,
    auxiliary_label TEXT NOT NULL,
    piece TEXT NOT NULL,
    piece_day BIGINT NOT NULL,
    label TEXT NOT NULL,
    debit_minor BIGINT NOT NULL CHECK (debit_minor >= 0),
    credit_minor BIGINT NOT NULL CHECK (credit_minor >= 0),
    lettering TEXT NOT NULL DEFAULT '',
    lettering_day BIGINT NOT NULL DEFAULT 0,
    foreign_minor BIGINT NOT NULL DEFAULT 0,
    foreign_currency TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (closing_id, line)
);
CREATE INDEX books_entries_day ON books_entries(entry_day);

CREATE TABLE exchange_rates (
    day BIGINT NOT NULL,
    currency TEXT NOT NULL,
    book_currency TEXT NOT NULL,
    rate TEXT NOT NULL,
    per_book BIGINT NOT NULL CHECK (per_book IN (0, 1)),
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (day, currency, book_currency)
);

CREATE TABLE books_adjustments (
    id BIGINT PRIMARY KEY,
    day BIGINT NOT NULL,
    provider TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL,
    provider_txn BIGINT NOT NULL,
    sales_txn BIGINT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL,
    accepted_utc BIGINT NOT NULL,
    what TEXT NOT NULL,
    UNIQUE (provider_txn, sales_txn)
);
CREATE INDEX books_adjustments_day ON books_adjustments(day);
CREATE TABLE books_adjustment_lines (
    adjustment_id BIGINT NOT NULL REFERENCES books_adjustments(id),
    line BIGINT NOT NULL,
    account TEXT NOT NULL,
    account_label TEXT NOT NULL,
    auxiliary TEXT NOT NULL,
    auxiliary_label TEXT NOT NULL,
    label TEXT NOT NULL,
    debit_minor BIGINT NOT NULL CHECK (debit_minor >= 0),
    credit_minor BIGINT NOT NULL CHECK (credit_minor >= 0),
    PRIMARY KEY (adjustment_id, line)
);

-- The tables whose ids a statement may leave to the database, each with its sequence.
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['sites', 'products', 'providers', 'price_points', 'channel_rules', 'import_batches',
                             'reconcile_items', 'reconcile_blocks', 'reconcile_decisions', 'audit_log',
                             'snippet_check_templates', 'books_closings', 'books_adjustments'] LOOP
        EXECUTE format('CREATE SEQUENCE %I', t || '_id_seq');
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION obole_assign_id(%L)',
                       t || '_assign_id', t, t || '_id_seq');
    END LOOP;
END
$$;

-- The importer gives its rows their ids (BulkCopy, Database::reserveIds): the trigger only serves a row without one.
CREATE SEQUENCE transactions_id_seq;
CREATE TRIGGER transactions_assign_id BEFORE INSERT ON transactions FOR EACH ROW WHEN (NEW.id IS NULL)
    EXECUTE FUNCTION obole_assign_id('transactions_id_seq');

-- Removing a batch makes the reconciliation results stale and clears the revenue totals' state.
CREATE FUNCTION obole_batch_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The batch's rows go with it, whoever removes it (the file's cascade): along its range of ids when known.
    IF OLD.first_txn_id IS NOT NULL AND OLD.last_txn_id IS NOT NULL THEN
        DELETE FROM transactions WHERE id BETWEEN OLD.first_txn_id AND OLD.last_txn_id AND batch_id = OLD.id;
    ELSE
        DELETE FROM transactions WHERE batch_id = OLD.id;
    END IF;
    UPDATE reconcile_state SET dirty = 1;
    DELETE FROM database_settings WHERE key = 'revenue.aggregates';
    RETURN NULL;
END
$$;
CREATE TRIGGER import_batch_removed AFTER DELETE ON import_batches FOR EACH ROW
    EXECUTE FUNCTION obole_batch_removed();

-- France, as in the design: each rule is data with its source and the date it applies from.
INSERT INTO channel_rules (channel, country, label, prefix, billing, max_minor, allowed_minor, monthly_max_minor,
                           stored_max_minor, effective_from, source) VALUES
    ('audiotel', 'FR', '081x numbers, per call', '081', 'per_call', 15, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 081x'),
    ('audiotel', 'FR', '081x numbers, per minute', '081', 'per_minute', 6, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 081x'),
    ('audiotel', 'FR', '082x numbers, per call', '082', 'per_call', 50, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 082x'),
    ('audiotel', 'FR', '082x numbers, per minute', '082', 'per_minute', 20, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 082x'),
    ('audiotel', 'FR', '089x numbers, per call', '089', 'per_call', 300, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 089x'),
    ('audiotel', 'FR', '089x numbers, per minute', '089', 'per_minute', 80, '', NULL, NULL, '2015-10-01',
        'ARCEP numbering plan, value-added service numbers 089x'),
    ('sms', 'FR', 'SMS+ one-off purchase', '', 'one_off', 450, '', NULL, NULL, '2015-10-01',
        'SMS+ code of practice: one-off purchase cap'),
    ('sms', 'FR', 'SMS+ short code 3xxxx', '3', 'one_off', NULL, '5', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 4xxxx', '4', 'one_off', NULL, '20', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 5xxxx', '5', 'one_off', NULL, '35', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 6xxxx', '6', 'one_off', NULL, '50', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 7xxxx', '7', 'one_off', NULL, '65,80,100', NULL, NULL, '2015-10-01',
        'SMS+ tariff tiers by short code'),
    ('sms', 'FR', 'SMS+ short code 8xxxx', '8', 'one_off', NULL, '100,150,200,250,300,350,400,450', NULL, NULL,
        '2015-10-01', 'SMS+ tariff tiers by short code'),
    ('internet_plus', 'FR', 'PSD2 art. 3(l) electronic communications exclusion', '', '', 5000, '', 30000, NULL,
        '2018-01-13', 'Directive (EU) 2015/2366 (PSD2), art. 3(l)'),
    ('carrier_billing', 'FR', 'PSD2 art. 3(l) electronic communications exclusion', '', '', 5000, '', 30000, NULL,
        '2018-01-13', 'Directive (EU) 2015/2366 (PSD2), art. 3(l)'),
    ('prepaid_card', 'FR', 'Prepaid card without a buyer account', '', '', 5000, '', NULL, NULL, '2018-01-13',
        'Provider terms: payment without a buyer account'),
    ('wallet', 'FR', 'Low-value payment instrument', '', '', 3000, '', NULL, 15000, '2018-01-13',
        'Directive (EU) 2015/2366 (PSD2), art. 42');

INSERT INTO snippet_check_templates (code, name, method, url, params, headers, reply_format, success_field,
                                     success_value, reference_field, built_in) VALUES
    ('dedipass_json', 'JSON reply with a status field (Dedipass style)', 'GET', 'https://api.dedipass.com/v1/pay/',
        'public_key={account}' || chr(10) || 'private_key={secret}' || chr(10) || 'code={code}', '', 'json',
        'status', 'success', '', 1),
    ('starpass_pipe', 'Pipe reply OUI|… (Starpass style)', 'GET', 'https://script.starpass.fr/check_php.php',
        'ident={account}' || chr(10) || 'codes={code}' || chr(10) || 'DATAS={secret}', '', 'pipe', '0', 'OUI', '',
        1),
    ('allopass_ok', 'Plain OK reply (Allopass legacy style)', 'GET', 'https://payment.allopass.com/api/checkcode.apu',
        'code={code}' || chr(10) || 'auth={account}/{secret}', '', 'text', '', 'OK', '', 1),
    ('generic_json', 'Generic: form POST, JSON reply', 'POST', 'https://provider.example/api/verify',
        'merchant={account}' || chr(10) || 'code={code}' || chr(10) || 'ip={ip}',
        'Authorization: Bearer {secret}', 'json', 'valid', 'true', 'transaction_id', 1);
)SQL";

// Version 20: who did it. Each import, decision, catalog edit, closing and accepted adjustment records the database
// user who made it: on a server, the role the desk logs in as, which the column's default fills by itself; in a file,
// which one person uses, nothing.
constexpr const char* s_version20 = R"SQL(
ALTER TABLE import_batches ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
ALTER TABLE reconcile_decisions ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
ALTER TABLE books_closings ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
ALTER TABLE books_adjustments ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
)SQL";

constexpr const char* s_server20 = R"SQL(
ALTER TABLE import_batches ADD COLUMN made_by TEXT NOT NULL DEFAULT session_user;
ALTER TABLE reconcile_decisions ADD COLUMN made_by TEXT NOT NULL DEFAULT session_user;
ALTER TABLE audit_log ADD COLUMN made_by TEXT NOT NULL DEFAULT session_user;
ALTER TABLE books_closings ADD COLUMN made_by TEXT NOT NULL DEFAULT session_user;
ALTER TABLE books_adjustments ADD COLUMN made_by TEXT NOT NULL DEFAULT session_user;
)SQL";

// Version 21: a review decision taken back records who took it back (the server role; empty in a file), as it
// records who took it.
constexpr const char* s_version21 = R"SQL(
ALTER TABLE reconcile_decisions ADD COLUMN undone_by TEXT NOT NULL DEFAULT '';
)SQL";

// Version 21 on a server: the same, and the two tables a large import or reconciliation fills row by row lose their
// per-row trigger (a BEFORE ROW trigger makes COPY insert rows one at a time instead of by pages, and runs PL/pgSQL for
// each): a row without an id takes the next value of its sequence as its column default; the importer and
// `db copy`, which give ids, move the sequence past them (Database::reserveIds). Packed blocks are stored as they
// are, uncompressed: they are already compact, and the server's compression of them cost more time than the rows.
constexpr const char* s_server21 = R"SQL(
ALTER TABLE reconcile_decisions ADD COLUMN undone_by TEXT NOT NULL DEFAULT '';
DROP TRIGGER transactions_assign_id ON transactions;
ALTER SEQUENCE transactions_id_seq OWNED BY transactions.id;
ALTER TABLE transactions ALTER COLUMN id SET DEFAULT nextval('transactions_id_seq');
DROP TRIGGER reconcile_items_assign_id ON reconcile_items;
ALTER SEQUENCE reconcile_items_id_seq OWNED BY reconcile_items.id;
ALTER TABLE reconcile_items ALTER COLUMN id SET DEFAULT nextval('reconcile_items_id_seq');
ALTER TABLE transaction_blocks ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE reconcile_blocks ALTER COLUMN pairs SET STORAGE EXTERNAL, ALTER COLUMN refs SET STORAGE EXTERNAL;
)SQL";

// Version 22: taking a decision back is a change other reviewers must see, as a decision is. It takes the next number
// of the decisions' one count (undone_version): a decision takes the number after every decision and every taking
// back so far as its id, and a reviewer's "what I read" is the highest of them (ReconcileStore::reviewVersion).
constexpr const char* s_version22 = R"SQL(
ALTER TABLE reconcile_decisions ADD COLUMN undone_version INTEGER;
)SQL";

constexpr const char* s_server22 = R"SQL(
ALTER TABLE reconcile_decisions ADD COLUMN undone_version BIGINT;
)SQL";

// Version 23: on a server, a row left without an id takes the one after the table's last, as SQLite gives an INTEGER
// PRIMARY KEY, instead of the next value of a sequence, which keeps the numbers of rows a rolled-back transaction
// inserted: an import refused, a catalog edit undone by an error, left gaps a file does not have. The writer lock
// (Database::kWriterLockKey, which every writer holds already) makes two desks take numbers one after the other. The
// reconciliation's packed blocks, written by the hundred and never shown by number, keep the sequence, as its lines
// do since version 21 (a trigger a row cost the reconciliation a tenth of a second a million pairs). A file has
// nothing to change.
static_assert(Database::kWriterLockKey == 87284194764119, "obole_assign_id (version 23) takes the writer lock");
constexpr const char* s_version23 = R"SQL(
-- Nothing changes in a file: it numbers its rows after the last one already.
)SQL";

constexpr const char* s_server23 = R"SQL(
CREATE OR REPLACE FUNCTION obole_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_id BIGINT;
BEGIN
    IF NEW.id IS NULL THEN
        PERFORM pg_advisory_xact_lock(87284194764119);
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO last_id;
        -- Through the sequence, whose last value is the insert's id for lastval() (Database::lastInsertId).
        PERFORM setval(TG_ARGV[0]::regclass, greatest(last_id, 1), last_id > 0);
        NEW.id := nextval(TG_ARGV[0]::regclass);
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER reconcile_blocks_assign_id ON reconcile_blocks;
ALTER SEQUENCE reconcile_blocks_id_seq OWNED BY reconcile_blocks.id;
ALTER TABLE reconcile_blocks ALTER COLUMN id SET DEFAULT nextval('reconcile_blocks_id_seq');
)SQL";

// Version 24: on a server, a large import's rows go into a table of their own, a child of transactions (which every
// statement on transactions reads and changes with it), made in the import's transaction and given its primary key
// once its rows are in: the server builds the key of a million sorted ids in a fifth of a second, where keeping the
// key of the one table up to date row by row took a third of the import. Making the table, and its key, is the
// owner's: two functions of the owner's do it for the accountant (obole-cli db roles grants them). The exchange rates
// of statement rows lose their foreign key, which does not reach a child table's rows: removing a batch removes its
// rows' rates (the importer's undo, and obole_batch_removed for a batch removed otherwise). A file has nothing to
// change.
constexpr const char* s_version24 = R"SQL(
-- Nothing changes in a file.
)SQL";

constexpr const char* s_server24 = R"SQL(
ALTER TABLE statement_rates DROP CONSTRAINT IF EXISTS statement_rates_transaction_id_fkey;

CREATE OR REPLACE FUNCTION obole_batch_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The batch's rows go with it, whoever removes it (the file's cascade): along its range of ids when known.
    IF OLD.first_txn_id IS NOT NULL AND OLD.last_txn_id IS NOT NULL THEN
        DELETE FROM statement_rates WHERE transaction_id BETWEEN OLD.first_txn_id AND OLD.last_txn_id;
        DELETE FROM transactions WHERE id BETWEEN OLD.first_txn_id AND OLD.last_txn_id AND batch_id = OLD.id;
    ELSE
        DELETE FROM statement_rates WHERE transaction_id IN (SELECT id FROM transactions WHERE batch_id = OLD.id);
        DELETE FROM transactions WHERE batch_id = OLD.id;
    END IF;
    UPDATE reconcile_state SET dirty = 1;
    DELETE FROM database_settings WHERE key = 'revenue.aggregates';
    RETURN NULL;
END
$$;

-- A table for the rows of import `batch` (a batch number taken again after an undo finds its empty table replaced);
-- the role importing may insert into it until its key is built.
CREATE FUNCTION obole_rows_table(batch BIGINT) RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    t TEXT := 'transactions_batch_' || batch;
    has_rows BOOLEAN;
BEGIN
    IF to_regclass(t) IS NOT NULL THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM ONLY %I)', t) INTO has_rows;
        IF has_rows THEN
            RAISE EXCEPTION 'the table % of import batch % still holds rows', t, batch;
        END IF;
        EXECUTE format('DROP TABLE %I', t);
    END IF;
    EXECUTE format('CREATE TABLE %I () INHERITS (transactions)', t);
    IF session_user <> current_user THEN
        EXECUTE format('GRANT INSERT ON %I TO %I', t, session_user);
    END IF;
    RETURN t;
END
$$;

CREATE FUNCTION obole_rows_keyed(batch BIGINT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    t TEXT := 'transactions_batch_' || batch;
BEGIN
    EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (id)', t);
    IF session_user <> current_user THEN
        EXECUTE format('REVOKE INSERT ON %I FROM %I', t, session_user);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION obole_rows_table(BIGINT), obole_rows_keyed(BIGINT) FROM PUBLIC;
)SQL";

} // namespace

QList<Database::Migration> Schema::migrations()
{
    return {{1, s_version1},   {2, s_version2},   {3, s_version3},   {4, s_version4},   {5, s_version5},
            {6, s_version6},   {8, s_version8},   {9, s_version9},   {10, s_version10}, {11, s_version11},
            {12, s_version12}, {13, s_version13}, {14, s_version14}, {15, s_version15}, {16, s_version16},
            {17, s_version17}, {18, s_version18}, {19, s_version19}, {20, s_version20}, {21, s_version21},
            {22, s_version22}, {23, s_version23}, {24, s_version24}};
}

QList<Database::Migration> Schema::serverMigrations()
{
    return {{19, s_server19}, {20, s_server20}, {21, s_server21}, {22, s_server22}, {23, s_server23}, {24, s_server24}};
}
