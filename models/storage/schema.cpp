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

} // namespace

QList<Database::Migration> Schema::migrations()
{
    return {{1, s_version1}, {2, s_version2}};
}
