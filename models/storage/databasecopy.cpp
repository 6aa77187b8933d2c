#include "databasecopy.h"

#include "bulkinsert.h"
#include "database.h"

#include <iterator>
#include <string>
#include <vector>

namespace {

// Every table of the schema, each after the tables its rows refer to. A table added by a schema step is added here
// (tst_server checks that the list matches the schema).
constexpr const char* s_tables[] = {
    "channels",
    "channel_rules",
    "sites",
    "providers",
    "products",
    "price_points",
    "provider_payout_tiers",
    "audit_log",
    "database_settings",
    "snippet_check_templates",
    "snippet_provider_settings",
    "snippet_secrets",
    "import_batches",
    "transactions",
    "transaction_blocks",
    "statement_rates",
    "reconcile_state",
    "reconcile_items",
    "reconcile_blocks",
    "reconcile_earnings",
    "reconcile_decisions",
    "revenue_daily",
    "revenue_daily_products",
    "revenue_hourly",
    "revenue_provider_references",
    "revenue_provider_amounts",
    "revenue_unconfirmed_sales",
    "books_closings",
    "books_entries",
    "exchange_rates",
    "books_adjustments",
    "books_adjustment_lines",
};

// The tables a new database fills by itself: the channels, the rules of each channel and the built-in check
// templates. The copy replaces them with the source's.
constexpr const char* s_seeded[] = {"channels", "channel_rules", "snippet_check_templates"};

bool isSeeded(std::string_view table)
{
    for (const char* t : s_seeded)
        if (table == t)
            return true;
    return false;
}

struct Column
{
    std::string name;
    bool blob = false; // raw bytes (BLOB, bytea); every other value is copied as the text of its number or as its text
};

// A table's columns in order, each with whether it holds raw bytes, as the table declares them.
Result<std::vector<Column>> columnsOf(Database& db, const char* table)
{
    using R = Result<std::vector<Column>>;
    auto s = db.engine() == Database::Engine::Server
                 ? db.prepare("SELECT column_name, CASE WHEN data_type = 'bytea' THEN 1 ELSE 0 END FROM "
                              "information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
                              "ORDER BY ordinal_position")
                 : db.prepare("SELECT name, CASE WHEN upper(type) = 'BLOB' THEN 1 ELSE 0 END FROM "
                              "pragma_table_info(?) ORDER BY cid");
    if (!s)
        return R::failure(s.error());
    s->bind(1, std::string_view(table));
    std::vector<Column> out;
    while (s->step())
        out.push_back({std::string(s->textView(0)), s->int64(1) != 0});
    if (s->failed())
        return R::failure(s->error());
    return out;
}

} // namespace

Result<QString> DatabaseCopy::firstNonEmptyTable(Database& db)
{
    for (const char* table : s_tables) {
        if (isSeeded(table) && std::string_view(table) != "snippet_check_templates")
            continue;
        // Whether it has a row, not how many: no count over a big table.
        const std::string sql = std::string("SELECT CASE WHEN EXISTS (SELECT 1 FROM ") + table +
                                (std::string_view(table) == "snippet_check_templates" ? " WHERE built_in = 0" : "") +
                                ") THEN 1 ELSE 0 END";
        auto n = db.queryInt64(sql);
        if (!n)
            return Result<QString>::failure(n.error());
        if (n.value() > 0)
            return QString::fromUtf8(table);
    }
    return QString();
}

Result<DatabaseCopy::Summary> DatabaseCopy::copy(Database& from, Database& to, const std::atomic<bool>* cancel,
                                                 const std::function<void(const QString&, qint64)>& progress)
{
    using R = Result<Summary>;
    if (from.schemaVersion() != to.schemaVersion())
        return R::failure(tr("The two databases are at different schema steps (%1 and %2).")
                              .arg(from.schemaVersion())
                              .arg(to.schemaVersion()));
    auto busy = firstNonEmptyTable(to);
    if (!busy)
        return R::failure(busy.error());
    if (!busy->isEmpty())
        return R::failure(tr("%1 is not empty (its table %2 holds rows); nothing was copied. Copy into a new file, or "
                             "into a database just created on the server.")
                              .arg(to.path(), busy.value()));
    // The source is read in one snapshot, so a desk writing meanwhile cannot make the copy half of each state.
    Transaction snapshot(from, false);
    if (!snapshot.isActive())
        return R::failure(snapshot.error());
    Transaction tx(to);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The rows a new database fills by itself make way for the source's, children first.
    for (auto t = std::rbegin(s_tables); t != std::rend(s_tables); ++t) {
        if (!isSeeded(*t))
            continue;
        if (auto st = to.exec((std::string("DELETE FROM ") + *t).c_str()); !st)
            return R::failure(tr("%1: %2").arg(QString::fromUtf8(*t), st.error()));
    }
    // A server shows a role only the columns it may read: a table it may not read at all (the snippet secrets, for
    // any role but the owner) would look missing.
    if (from.engine() == Database::Engine::Server) {
        std::string names;
        for (const char* table : s_tables)
            names += (names.empty() ? "'" : ", '") + std::string(table) + "'";
        auto unreadable = from.prepare("SELECT t FROM unnest(ARRAY[" + names +
                                       "]) AS t WHERE to_regclass(t) IS NOT NULL AND NOT "
                                       "has_table_privilege(to_regclass(t), 'SELECT') LIMIT 1");
        if (!unreadable)
            return R::failure(unreadable.error());
        auto found = unreadable->next();
        if (!found)
            return R::failure(found.error());
        if (found.value())
            return R::failure(tr("%1 may not read the table %2 of %3: a whole copy is made as the database's owner. "
                                 "Nothing was copied.")
                                  .arg(from.userName(), unreadable->text(0), from.path()));
    }
    Summary summary;
    for (const char* table : s_tables) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return R::failure(columns.error());
        if (columns->empty())
            return R::failure(tr("%1 has no table %2.").arg(from.path(), QString::fromUtf8(table)));
        std::string list;
        for (const Column& c : columns.value())
            list += (list.empty() ? "" : ", ") + c.name;
        auto read = from.prepare(std::string("SELECT ") + list + " FROM " + table);
        if (!read)
            return R::failure(read.error());
        // Millions of rows for a big database: by COPY into a server, a prepared insert each into a file.
        auto write = BulkInsert::create(to, table, list);
        if (!write)
            return R::failure(write.error());
        const int n = int(columns->size());
        qint64 rows = 0;
        while (read->step()) {
            for (int i = 0; i < n; ++i) {
                if (read->isNull(i))
                    write->number(std::nullopt);
                else if (columns.value()[size_t(i)].blob)
                    write->blob(read->blobView(i));
                else
                    write->text(read->textView(i));
            }
            if (auto st = write->endRow(); !st)
                return R::failure(tr("%1, row %2: %3").arg(QString::fromUtf8(table)).arg(rows + 1).arg(st.error()));
            ++rows;
            if ((rows & 4095) == 0) {
                if (cancel && cancel->load())
                    return R::failure(tr("Copy cancelled; the target was left as it was."));
                if (progress)
                    progress(QString::fromUtf8(table), rows);
            }
        }
        if (read->failed())
            return R::failure(tr("%1: %2").arg(QString::fromUtf8(table), read->error()));
        if (auto st = write->flush(); !st)
            return R::failure(tr("%1: %2").arg(QString::fromUtf8(table), st.error()));
        if (progress)
            progress(QString::fromUtf8(table), rows);
        // The ids copied are taken: a row added later without one gets the next.
        if (columns->front().name == "id") {
            auto last = to.queryInt64(std::string("SELECT max(id) FROM ") + table);
            if (!last)
                return R::failure(last.error());
            if (auto st = to.reserveIds(table, last.value()); !st)
                return R::failure(st.error());
        }
        summary.rows += rows;
        ++summary.tables;
    }
    if (cancel && cancel->load())
        return R::failure(tr("Copy cancelled; the target was left as it was."));
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return summary;
}
