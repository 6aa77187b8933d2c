#include "serverroles.h"

namespace {

// The script, in SQL and its comments (which go to database administrators as they are, untranslated like the SQL).
constexpr const char* s_script = R"SQL(-- Roles for a team sharing an Obole database on PostgreSQL (obole-cli db roles).
-- Run it connected to that database, as a superuser:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 --dbname=DBNAME -f roles.sql
-- or as the database's owner (the role Obole first opened it with) if that role may create roles (CREATEROLE), or
-- once the two roles exist. It is one transaction: should a statement fail, nothing of it is kept.
-- An upgrade of the database by Obole grants again on what it adds, once the roles have their grants here; running
-- the script again does no harm. Then give each person a login in one of the roles:
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE obole_accountant;
--   CREATE ROLE bob LOGIN PASSWORD '...' IN ROLE obole_viewer;
-- Obole never runs as a superuser; the owner edits the catalog and the snippet settings.

BEGIN;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'obole_accountant') THEN
        CREATE ROLE obole_accountant NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'obole_viewer') THEN
        CREATE ROLE obole_viewer NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO obole_accountant, obole_viewer', current_database());
END
$$;
)SQL";

// What the owner may do itself, and does again after an upgrade: the grants on the tables.
constexpr const char* s_grants = R"SQL(GRANT USAGE ON SCHEMA public TO obole_accountant, obole_viewer;

-- Both read everything but the sealed snippet secrets.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO obole_accountant, obole_viewer;
REVOKE ALL ON snippet_secrets FROM obole_accountant, obole_viewer;

-- The accountant imports statements, reviews and decides on reconciliation lines, closes and reopens periods,
-- sets the books' settings and rates, and exports.
GRANT INSERT, UPDATE, DELETE ON import_batches, transactions, transaction_blocks, statement_rates, reconcile_state,
    reconcile_items, reconcile_blocks, reconcile_earnings, reconcile_decisions, books_closings, books_entries,
    books_adjustments, books_adjustment_lines, exchange_rates, database_settings TO obole_accountant;
GRANT INSERT ON audit_log TO obole_accountant;
-- A large import's rows go into a table of their own, which the owner's functions make and key.
GRANT EXECUTE ON FUNCTION obole_rows_table(BIGINT), obole_rows_keyed(BIGINT) TO obole_accountant;
-- An import or a reconciliation gives its rows their ids itself and then moves the table's sequence past them
-- (setval), which takes UPDATE on the sequence.
GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO obole_accountant;

-- Both keep the revenue totals (derived from the rows, rebuilt when stale) current.
GRANT INSERT, UPDATE, DELETE ON revenue_daily, revenue_daily_products, revenue_hourly, revenue_provider_references,
    revenue_provider_amounts, revenue_unconfirmed_sales TO obole_accountant, obole_viewer;
GRANT INSERT, UPDATE, DELETE ON database_settings TO obole_viewer;
-- ...but of the database's settings, the viewer writes only the totals' own state, never the books' settings.
ALTER TABLE database_settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS obole_all ON database_settings;
DROP POLICY IF EXISTS obole_viewer_reads ON database_settings;
DROP POLICY IF EXISTS obole_viewer_totals ON database_settings;
CREATE POLICY obole_all ON database_settings TO obole_accountant USING (true) WITH CHECK (true);
CREATE POLICY obole_viewer_reads ON database_settings FOR SELECT TO obole_viewer USING (true);
CREATE POLICY obole_viewer_totals ON database_settings TO obole_viewer
    USING (key LIKE 'revenue.%') WITH CHECK (key LIKE 'revenue.%');
)SQL";

} // namespace

QString ServerRoles::sql()
{
    return QString::fromUtf8(s_script) + QString::fromUtf8(s_grants) + QStringLiteral("COMMIT;\n");
}

const char* ServerRoles::grants()
{
    return s_grants;
}

const char* ServerRoles::grantedHere()
{
    return "SELECT CASE WHEN to_regrole('obole_accountant') IS NOT NULL AND to_regrole('obole_viewer') IS NOT NULL "
           "AND to_regclass('import_batches') IS NOT NULL AND (has_table_privilege('obole_accountant', "
           "'import_batches', 'INSERT') OR has_table_privilege('obole_viewer', 'import_batches', 'SELECT')) THEN 1 "
           "ELSE 0 END";
}
