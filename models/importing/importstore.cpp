#include "importstore.h"

#include "stagingpipeline.h"
#include "storage/bulkcopy.h"

#include <functional>
#include <string>

namespace {

// 64 rows of 11 values stay well under SQLite's limit on bound parameters.
constexpr int s_rowsPerStatement = 64;
// Server: the packed blocks held back while a COPY goes on are stored once this many bytes of them wait (some two
// million rows): storing them ends the COPY, and the server waits while the next one begins.
constexpr size_t s_heldBlockBytes = size_t(32) << 20;
// Server: held blocks stored by one statement.
constexpr size_t s_blocksPerStatement = 64;
// Server: a file of this much text or more (some 60,000 rows) has its rows put into a table of their own.
constexpr qint64 s_ownTableBytes = qint64(4) << 20;
// A batch whose range of ids is not known (NULL) is looked for over the whole table.
constexpr std::string_view s_unknownLastId = "9223372036854775807";

constexpr const char* s_batchColumns =
    "id, kind, provider, file_name, profile, encoding, file_sha256, imported_utc, rows_read, rows_added, "
    "rows_present, rows_skipped, rows_rejected, rejected_detail, made_by";

ImportBatchRecord batchAt(const Statement& s)
{
    ImportBatchRecord b;
    b.id = s.int64(0);
    b.kind = s.text(1);
    b.provider = s.text(2);
    b.fileName = s.text(3);
    b.profile = s.text(4);
    b.encoding = s.text(5);
    b.sha256 = s.text(6);
    b.importedUtc = s.int64(7);
    b.rowsRead = s.int64(8);
    b.rowsAdded = s.int64(9);
    b.rowsPresent = s.int64(10);
    b.rowsSkipped = s.int64(11);
    b.rowsRejected = s.int64(12);
    b.rejectedDetail = s.text(13);
    b.madeBy = s.text(14);
    return b;
}

Result<std::optional<ImportBatchRecord>> oneBatch(Database& db, const std::string& sql,
                                                  const std::function<void(Statement&)>& bind = {})
{
    using R = Result<std::optional<ImportBatchRecord>>;
    auto s = db.prepare(sql);
    if (!s)
        return R::failure(s.error());
    if (bind)
        bind(s.value());
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<ImportBatchRecord>();
    return std::optional<ImportBatchRecord>(batchAt(s.value()));
}

} // namespace

Result<QList<ImportBatchRecord>> ImportStore::batches(bool byId)
{
    using R = Result<QList<ImportBatchRecord>>;
    auto s = m_db.prepare(std::string("SELECT ") + s_batchColumns + " FROM import_batches ORDER BY " +
                          (byId ? "id" : "imported_utc DESC, id DESC"));
    if (!s)
        return R::failure(s.error());
    QList<ImportBatchRecord> out;
    if (auto st = s->forEach([&] { out.append(batchAt(s.value())); }); !st)
        return R::failure(st.error());
    return out;
}

Result<std::optional<ImportBatchRecord>> ImportStore::batch(qint64 id)
{
    return oneBatch(m_db, std::string("SELECT ") + s_batchColumns + " FROM import_batches WHERE id = ?",
                    [id](Statement& s) { s.bind(1, id); });
}

Result<std::optional<ImportBatchRecord>> ImportStore::lastBatch()
{
    return oneBatch(m_db, std::string("SELECT ") + s_batchColumns +
                              " FROM import_batches ORDER BY imported_utc DESC, id DESC LIMIT 1");
}

Result<std::optional<ImportBatchRecord>> ImportStore::batchWithHash(const QString& sha256, qint64 exceptId)
{
    return oneBatch(m_db,
                    std::string("SELECT ") + s_batchColumns + " FROM import_batches WHERE file_sha256 = ? AND id <> ?",
                    [&](Statement& s) { s.bind(1, sha256).bind(2, exceptId); });
}

Result<qint64> ImportStore::lastTransactionId()
{
    return m_db.queryInt64("SELECT coalesce(max(id), 0) FROM transactions");
}

Result<std::optional<ImportStore::Identity>> ImportStore::identityOf(qint64 txnId)
{
    using R = Result<std::optional<Identity>>;
    auto s = m_db.prepare("SELECT kind, row_hash FROM transactions WHERE id = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, txnId);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<Identity>();
    return std::optional<Identity>(Identity{s->text(0), s->int64(1)});
}

Result<QHash<QString, qint64>> ImportStore::rowsWithHashes(const QList<qint64>& hashes)
{
    using R = Result<QHash<QString, qint64>>;
    QHash<QString, qint64> found;
    if (hashes.isEmpty())
        return found;
    std::string sql = "SELECT id, kind, row_hash FROM transactions WHERE row_hash IN (";
    for (qsizetype i = 0; i < hashes.size(); ++i)
        sql.append(i ? "," : "").append(std::to_string(hashes.at(i)));
    sql.append(")");
    auto find = m_db.prepare(sql);
    if (!find)
        return R::failure(find.error());
    auto st =
        find->forEach([&] { found.insert(find->text(1) + u':' + QString::number(find->int64(2)), find->int64(0)); });
    if (!st)
        return R::failure(st.error());
    return found;
}

namespace {

constexpr const char* s_transactionColumns =
    "SELECT t.id, t.kind, t.provider, t.channel, t.reference, t.occurred_utc, t.product, t.gross_minor, t.net_minor, "
    "t.fee_minor, t.currency, t.line, coalesce(b.file_name, '') FROM transactions t LEFT JOIN import_batches b ON "
    "b.id = t.batch_id WHERE t.id IN (";

// "?1, ?2, ..., ?N)" for the ids of one read.
std::string idPlaces()
{
    std::string places;
    for (int i = 1; i <= ImportStore::kIdsPerRead; ++i)
        places.append(i > 1 ? ", ?" : "?").append(std::to_string(i));
    return places + ")";
}

StoredTransaction transactionFrom(const Statement& s)
{
    StoredTransaction t;
    t.id = s.int64(0);
    t.kind = s.text(1);
    t.provider = s.text(2);
    t.channel = s.text(3);
    t.reference = s.text(4);
    t.occurredUtc = s.int64(5);
    t.product = s.text(6);
    t.gross = s.int64(7);
    t.net = s.optionalInt64(8);
    t.fee = s.optionalInt64(9);
    t.currency = s.text(10);
    t.line = s.int64(11);
    t.fileName = s.text(12);
    return t;
}

} // namespace

Result<QHash<qint64, StoredTransaction>> ImportStore::transactions(const QList<qint64>& ids)
{
    using R = Result<QHash<qint64, StoredTransaction>>;
    auto s = m_db.prepare(s_transactionColumns + idPlaces());
    if (!s)
        return R::failure(s.error());
    QHash<qint64, StoredTransaction> out;
    out.reserve(ids.size());
    if (auto st = readByIds(*s, {ids.cbegin(), ids.cend()}, [&] { out.insert(s->int64(0), transactionFrom(*s)); }); !st)
        return R::failure(st.error());
    return out;
}

Result<std::vector<qint64>> ImportStore::textMatches(const QString& text, const std::atomic<bool>* cancel)
{
    using R = Result<std::vector<qint64>>;
    // A LIKE pattern with the text's own wildcards taken literally.
    QString pattern = text;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto s = m_db.prepare("SELECT id FROM transactions WHERE kind IN ('sales', 'provider') AND "
                          "(lower(reference) LIKE '%' || lower(?1) || '%' ESCAPE '\\' OR "
                          "lower(product) LIKE '%' || lower(?1) || '%' ESCAPE '\\') ORDER BY id");
    if (!s)
        return R::failure(s.error());
    s->bind(1, pattern);
    // The scan is one long step between matches: the connection watches the flag within it, so a cancel interrupts it.
    if (cancel)
        m_db.setCancelFlag(cancel);
    std::vector<qint64> out;
    QString error;
    for (;;) {
        auto row = s->next();
        if (!row) {
            error = cancel && cancel->load() ? tr("Search cancelled.") : row.error();
            break;
        }
        if (!row.value())
            break;
        out.push_back(s->int64(0));
    }
    if (cancel)
        m_db.setCancelFlag(nullptr);
    if (!error.isEmpty())
        return R::failure(error);
    return out;
}

Status ImportStore::readByIds(Statement& s, std::vector<qint64> ids, const std::function<void()>& row)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (!ids.empty() && ids.front() == 0)
        ids.erase(ids.begin());
    for (size_t first = 0; first < ids.size(); first += kIdsPerRead) {
        // The places past the last id take it again.
        const size_t last = std::min(ids.size(), first + kIdsPerRead) - 1;
        for (int i = 0; i < kIdsPerRead; ++i)
            s.bind(i + 1, ids[std::min(first + size_t(i), last)]);
        if (auto st = s.forEach(row); !st)
            return st;
        s.reset();
    }
    return {};
}

Result<Statement> ImportStore::rowReader(bool products, bool byIds)
{
    std::string sql = "SELECT id, kind, provider, channel, reference, occurred_utc, gross_minor, "
                      "coalesce(net_minor, gross_minor - fee_minor, " +
                      std::to_string(s_unknownNet) + "), currency, " + (products ? "product" : "''") +
                      " FROM transactions WHERE " + (byIds ? "id IN (" + idPlaces() : "id > ?1 AND id <= ?2") +
                      " ORDER BY id";
    return m_db.prepare(sql);
}

Result<Statement> ImportStore::providerRowReader(qint64 after)
{
    auto s = m_db.prepare("SELECT provider, channel, reference, currency, gross_minor, occurred_utc FROM transactions "
                          "WHERE id > ? AND kind = 'provider' ORDER BY id");
    if (s)
        s->bind(1, after);
    return s;
}

Result<Statement> ImportStore::saleReader(SaleRange range, qint64 a, qint64 b)
{
    std::string sql =
        "SELECT id, provider, channel, reference, currency, gross_minor, occurred_utc, product, net_minor "
        "FROM transactions WHERE ";
    switch (range) {
    case SaleRange::SalesUpTo:
        sql += "kind = 'sales' AND id <= ?1";
        break;
    case SaleRange::SalesBetween:
        sql += "id > ?1 AND id <= ?2 AND kind = 'sales'";
        break;
    case SaleRange::OneRow:
        sql += "id = ?1";
        break;
    }
    // In the order of the ids, on either engine (a server returns rows in whatever order it read them).
    sql += " ORDER BY id";
    auto s = m_db.prepare(sql);
    if (!s)
        return s;
    s->bind(1, a);
    if (range == SaleRange::SalesBetween)
        s->bind(2, b);
    return s;
}

Result<Statement> ImportStore::rowsBefore(qint64 beforeUtc)
{
    auto s = m_db.prepare("SELECT id, kind, provider, channel, product, currency, gross_minor, net_minor, fee_minor, "
                          "occurred_utc, reference FROM transactions WHERE occurred_utc < ?1 ORDER BY id");
    if (s)
        s->bind(1, beforeUtc);
    return s;
}

Result<std::pair<qint64, qint64>> ImportStore::idSpan()
{
    using R = Result<std::pair<qint64, qint64>>;
    auto s = m_db.prepare("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM transactions");
    if (!s)
        return R::failure(s.error());
    if (auto row = s->next(); !row)
        return R::failure(row.error());
    return std::make_pair(s->int64(0), s->int64(1));
}

Result<qint64> ImportStore::rowsAfter(qint64 id)
{
    auto s = m_db.prepare("SELECT count(*) FROM transactions WHERE id > ?");
    if (!s)
        return Result<qint64>::failure(s.error());
    s->bind(1, id);
    auto row = s->next();
    if (!row)
        return Result<qint64>::failure(row.error());
    return row.value() ? s->int64(0) : 0;
}

Result<QList<std::pair<qint64, qint64>>> ImportStore::batchSizes(qint64 upTo)
{
    using R = Result<QList<std::pair<qint64, qint64>>>;
    auto s = m_db.prepare("SELECT id, rows_added FROM import_batches WHERE id <= ? ORDER BY id");
    if (!s)
        return R::failure(s.error());
    s->bind(1, upTo);
    QList<std::pair<qint64, qint64>> out;
    auto st = s->forEach([&] { out.append({s->int64(0), s->int64(1)}); });
    if (!st)
        return R::failure(st.error());
    return out;
}

Result<qint64> ImportStore::lastBatchId()
{
    return m_db.queryInt64("SELECT coalesce(max(id), 0) FROM import_batches");
}

Result<std::vector<ImportStore::PackedRows>> ImportStore::packedRowsIn(qint64 lo, qint64 hi)
{
    using R = Result<std::vector<PackedRows>>;
    auto prepared = m_db.prepare("SELECT k.first_txn_id, k.row_count, k.data, b.kind FROM transaction_blocks k "
                                 "JOIN import_batches b ON b.id = k.batch_id "
                                 "WHERE k.first_txn_id <= ?2 AND k.first_txn_id + k.row_count - 1 > ?1 "
                                 "ORDER BY k.first_txn_id");
    if (!prepared)
        return R::failure(prepared.error());
    Statement& stmt = *prepared;
    stmt.bind(1, lo);
    stmt.bind(2, hi);
    stmt.binaryRows();
    std::vector<PackedRows> blocks;
    while (stmt.step()) {
        PackedRows block;
        block.firstTxnId = stmt.int64(0);
        block.rowCount = stmt.int64(1);
        block.data.assign(stmt.blobView(2));
        const std::string_view kind = stmt.textView(3);
        if (kind == kSales)
            block.kind = RowKind::Sales;
        else if (kind == kProvider)
            block.kind = RowKind::Provider;
        else
            block.kind = RowKind::Payout;
        // Blocks never overlap; should two ever do, the later one is left to the table.
        if (!blocks.empty() && block.firstTxnId <= blocks.back().firstTxnId + blocks.back().rowCount - 1)
            continue;
        blocks.push_back(std::move(block));
    }
    if (stmt.failed())
        return R::failure(stmt.error());
    return blocks;
}

Result<bool> ImportStore::hasSalesOrStatementRows()
{
    auto any = m_db.queryInt64("SELECT EXISTS (SELECT 1 FROM transactions WHERE kind IN ('sales', 'provider'))");
    if (!any)
        return Result<bool>::failure(any.error());
    return any.value() != 0;
}

Result<QString> ImportStore::firstStatementCurrency()
{
    auto s = m_db.prepare("SELECT currency FROM transactions WHERE kind = 'provider' LIMIT 1");
    if (!s)
        return Result<QString>::failure(s.error());
    auto row = s->next();
    if (!row)
        return Result<QString>::failure(row.error());
    return row.value() ? s->text(0) : QString();
}

Result<std::optional<ImportStore::Span>> ImportStore::salesSpan()
{
    return spanOf(true);
}

Result<std::optional<ImportStore::Span>> ImportStore::rowsSpan()
{
    return spanOf(false);
}

Result<std::optional<ImportStore::Span>> ImportStore::spanOf(bool salesOnly)
{
    using R = Result<std::optional<Span>>;
    // Batches from before schema step 11 may lack their span: it is then read from their rows.
    auto s = m_db.prepare(std::string("SELECT min(coalesce(first_occurred_utc, (SELECT min(occurred_utc) FROM "
                                      "transactions t WHERE t.batch_id = b.id))), max(coalesce(last_occurred_utc, "
                                      "(SELECT max(occurred_utc) FROM transactions t WHERE t.batch_id = b.id))) FROM "
                                      "import_batches b WHERE b.rows_added > 0") +
                          (salesOnly ? " AND b.kind = 'sales'" : ""));
    if (!s)
        return R::failure(s.error());
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value() || s->isNull(0))
        return std::optional<Span>();
    return std::optional<Span>(Span{s->int64(0), s->int64(1)});
}

Status ImportStore::loadIdentities(const QString& kind, const QString& provider, qint64 exceptBatch, FlatHashSet64& out)
{
    // Each batch's rows are read along its range of ids, not found by a scan. CROSS JOIN keeps the batches outside
    // (SQLite keeps the order it is written in), and the + keeps SQLite from building an index on batch_id. The batch
    // being written has no rows yet, and no range: it would be looked for over the whole table.
    auto known = m_db.prepare("SELECT t.row_hash FROM import_batches b CROSS JOIN transactions t "
                              "WHERE b.kind = ?1 AND (?1 = 'sales' OR b.provider = ?2) AND b.id <> ?3 AND "
                              "t.id BETWEEN coalesce(b.first_txn_id, 0) AND coalesce(b.last_txn_id, " +
                              std::string(s_unknownLastId) + ") AND +t.batch_id = b.id");
    if (!known)
        return Status::failure(known.error());
    known->bind(1, kind).bind(2, provider).bind(3, exceptBatch);
    return known->forEach([&] { out.insert(quint64(known->int64(0))); });
}

Result<qint64> ImportStore::createBatch(const QString& kind, const QString& provider, const QString& fileName,
                                        const QString& profile, qint64 importedUtc, const QString& encoding)
{
    auto batch = m_db.prepare("INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, "
                              "imported_utc, encoding) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!batch)
        return Result<qint64>::failure(batch.error());
    // Its hash is written once known: until then it holds a placeholder no file can hash to.
    batch->bind(1, kind).bind(2, provider).bind(3, fileName).bind(4, QStringLiteral("pending")).bind(5, profile);
    batch->bind(6, importedUtc).bind(7, encoding);
    auto row = batch->next();
    if (!row)
        return Result<qint64>::failure(row.error());
    const qint64 id = batch->int64(0);
    if (auto st = batch->run(); !st) // steps to the end, which completes the insert
        return Result<qint64>::failure(st.error());
    return id;
}

Status ImportStore::finishBatch(qint64 batchId, const Finish& f)
{
    auto update = m_db.prepare("UPDATE import_batches SET rows_read = ?, rows_added = ?, rows_present = ?, "
                               "rows_rejected = ?, rows_skipped = ?, rejected_detail = ?, first_txn_id = ?, "
                               "last_txn_id = ?, file_sha256 = ?, first_occurred_utc = ?, last_occurred_utc = ? "
                               "WHERE id = ?");
    if (!update)
        return Status::failure(update.error());
    update->bind(1, f.rowsRead).bind(2, f.rowsAdded).bind(3, f.rowsPresent);
    update->bind(4, f.rowsRejected).bind(5, f.rowsSkipped).bind(6, f.rejected.join(u'\n'));
    update->bind(7, f.firstTxnId).bind(8, f.lastTxnId);
    update->bind(9, f.sha256);
    if (f.span)
        update->bind(10, f.span->first).bind(11, f.span->last);
    else
        update->bindNull(10).bindNull(11);
    update->bind(12, batchId);
    return update->run();
}

Status ImportStore::removeBatch(qint64 batchId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto exists = batch(batchId);
    if (!exists)
        return Status::failure(exists.error());
    if (!exists.value())
        return Status::failure(tr("There is no import batch %1.").arg(batchId));
    const std::string ofBatch = "FROM transactions WHERE batch_id = ?1 AND id BETWEEN "
                                "coalesce((SELECT first_txn_id FROM import_batches WHERE id = ?1), 0) AND "
                                "coalesce((SELECT last_txn_id FROM import_batches WHERE id = ?1), " +
                                std::string(s_unknownLastId) + ")";
    std::vector<std::string> steps = {"DELETE FROM transaction_blocks WHERE batch_id = ?1"};
    // A file's foreign key takes the rows' exchange rates with them. A server's rows may be in a table it does not
    // reach (schema step 24): their rates go first, while the rows still say which they are.
    if (m_db.engine() == Database::Engine::Server)
        steps.push_back("DELETE FROM statement_rates WHERE transaction_id IN (SELECT id " + ofBatch + ")");
    steps.push_back("DELETE " + ofBatch);
    steps.push_back("DELETE FROM import_batches WHERE id = ?1");
    for (const std::string& sql : steps) {
        auto step = m_db.prepare(sql);
        if (!step)
            return Status::failure(step.error());
        step->bind(1, batchId);
        if (auto st = step->run(); !st)
            return st;
    }
    return tx.commit();
}

// Rows are written many to a statement, which spares SQLite most of its per-statement work, and each value is given
// to SQLite as cheaply as it allows: the batch and the kind are written into the statement; so is NULL for a net or
// fee column the profile has not; the provider of a statement without a provider column is bound once for all rows
// (?1), and so is the currency of 64 rows that share it (?2), in a second form of the statement. Every other value is
// bound to a numbered parameter of its own, from ?3 on.
Result<ImportStore::RowWriter> ImportStore::RowWriter::create(Database& db, const Shape& shape, qint64 lastIdBefore)
{
    using R = Result<RowWriter>;
    RowWriter w(db, shape, lastIdBefore);
    w.m_perRowShared = 7 + (shape.providerColumn ? 1 : 0) + (shape.netColumn ? 1 : 0) + (shape.feeColumn ? 1 : 0);
    const std::string kind = shape.kind.toStdString();
    auto insertSql = [&](int rows, bool sharedCurrency) {
        std::string sql = "INSERT INTO transactions (batch_id, kind, provider, channel, reference, row_hash, "
                          "occurred_utc, product, gross_minor, net_minor, fee_minor, currency, line) VALUES ";
        const int perRow = w.m_perRowShared + (sharedCurrency ? 0 : 1);
        for (int row = 0; row < rows; ++row) {
            int n = 3 + row * perRow;
            auto value = [&sql](const char* text) { sql.append(",").append(text); };
            auto parameter = [&sql, &n] { sql.append(",?").append(std::to_string(n++)); };
            sql.append(row ? ",(" : "(").append(std::to_string(shape.batchId)).append(",'");
            sql.append(kind).append("'");
            if (shape.providerColumn)
                parameter();
            else
                value("?1");
            for (int k = 0; k < 6; ++k) // channel, reference, row_hash, occurred_utc, product, gross
                parameter();
            shape.netColumn ? parameter() : value("NULL");
            shape.feeColumn ? parameter() : value("NULL");
            sharedCurrency ? value("?2") : parameter();
            parameter(); // line
            sql.append(")");
        }
        return sql;
    };
    auto many = db.prepare(insertSql(s_rowsPerStatement, false));
    auto manyOneCurrency = db.prepare(insertSql(s_rowsPerStatement, true));
    auto one = db.prepare(insertSql(1, false));
    // Each chunk's rows are also stored packed, with the id of its first row: ids are given in order from the last
    // one before this import, which the ids SQLite reports are checked against.
    auto block = db.prepare("INSERT INTO transaction_blocks (first_txn_id, batch_id, row_count, data) "
                            "VALUES (?, ?, ?, ?)");
    if (!many || !manyOneCurrency || !one || !block)
        return R::failure(!many ? many.error() : !one ? one.error() : !block ? block.error() : manyOneCurrency.error());
    w.m_many = std::move(many.value());
    w.m_manyOneCurrency = std::move(manyOneCurrency.value());
    w.m_one = std::move(one.value());
    w.m_block = std::move(block.value());
    if (db.engine() == Database::Engine::Server && shape.textBytes >= s_ownTableBytes) {
        // Only where the role may run the owner's functions (a team's roles set up before they came are not yet).
        auto may = db.queryInt64("SELECT CASE WHEN has_function_privilege('obole_rows_table(bigint)', 'EXECUTE') AND "
                                 "has_function_privilege('obole_rows_keyed(bigint)', 'EXECUTE') THEN 1 ELSE 0 END");
        if (!may)
            return R::failure(may.error());
        w.m_ownTable = may.value() == 1;
    }
    if (shape.rateColumn) {
        auto rate = db.prepare("INSERT INTO statement_rates (transaction_id, base_currency, quote_currency, rate) "
                               "VALUES (?, ?, ?, ?)");
        if (!rate)
            return R::failure(rate.error());
        w.m_rate = std::move(rate.value());
    }
    if (!shape.providerColumn) {
        w.m_providerUtf8 = shape.provider.toUtf8();
        const std::string_view text(w.m_providerUtf8.constData(), size_t(w.m_providerUtf8.size()));
        for (Statement* st : {&w.m_many, &w.m_manyOneCurrency, &w.m_one})
            st->bind(1, text);
    }
    return R(std::move(w));
}

void ImportStore::RowWriter::bindRow(Statement& st, int row, bool sharedCurrency, const StagedChunk& chunk,
                                     size_t index)
{
    const StagedRow& r = chunk.rows[index];
    int i = 3 + row * (m_perRowShared + (sharedCurrency ? 0 : 1));
    if (m_shape.providerColumn)
        st.bindStatic(i++, chunk.text(r.provider));
    st.bindStatic(i, chunk.text(r.channel)).bindStatic(i + 1, chunk.text(r.reference));
    st.bind(i + 2, qint64(r.identity)).bind(i + 3, r.occurredUtc).bindStatic(i + 4, chunk.text(r.product));
    st.bind(i + 5, r.grossMinor);
    i += 6;
    if (m_shape.netColumn) {
        if (r.hasNet)
            st.bind(i++, r.netMinor);
        else
            st.bindNull(i++);
    }
    if (m_shape.feeColumn) {
        if (r.hasFee)
            st.bind(i++, r.feeMinor);
        else
            st.bindNull(i++);
    }
    if (!sharedCurrency)
        st.bindStatic(i++, chunk.text(r.currency));
    st.bind(i, r.line);
}

// On a server, a chunk's rows go into the COPY under way (or a new one), with the ids this writer gives them: this
// import holds the writer lock, so no other insert takes ids meanwhile, and the table's sequence is moved past them
// before anything else can need one (storeHeldBlocks).
Status ImportStore::RowWriter::copyRows(const StagedChunk& chunk)
{
    const size_t n = chunk.rows.size();
    if (m_ownTable && m_rowsTable == "transactions") {
        auto made = m_db->prepare("SELECT obole_rows_table(?)");
        if (!made)
            return Status::failure(made.error());
        made->bind(1, m_shape.batchId);
        auto row = made->next();
        if (!row)
            return Status::failure(row.error());
        m_rowsTable = std::string(made->textView(0));
    }
    if (!m_copy || !m_copy->isOpen()) {
        m_copy.reset();
        // Not FREEZE, though the table is new: frozen rows would show to a desk whose snapshot is older than this
        // import (an export under way), which sees the new table once the import commits.
        auto copy = BulkCopy::begin(*m_db, m_rowsTable,
                                    "id, batch_id, kind, provider, channel, reference, row_hash, occurred_utc, "
                                    "product, gross_minor, net_minor, fee_minor, currency, line");
        if (!copy)
            return Status::failure(copy.error());
        m_copy.emplace(std::move(copy.value()));
    }
    BulkCopy* copy = &*m_copy;
    const std::string kind = m_shape.kind.toStdString();
    const std::string_view provider(m_providerUtf8.constData(), size_t(m_providerUtf8.size()));
    for (size_t k = 0; k < n; ++k) {
        const StagedRow& r = chunk.rows[k];
        copy->number(m_nextId + qint64(k));
        copy->number(m_shape.batchId);
        copy->text(kind);
        copy->text(m_shape.providerColumn ? chunk.text(r.provider) : provider);
        copy->text(chunk.text(r.channel));
        copy->text(chunk.text(r.reference));
        copy->number(qint64(r.identity));
        copy->number(r.occurredUtc);
        copy->text(chunk.text(r.product));
        copy->number(r.grossMinor);
        m_shape.netColumn&& r.hasNet ? copy->number(r.netMinor) : copy->null();
        m_shape.feeColumn&& r.hasFee ? copy->number(r.feeMinor) : copy->null();
        copy->text(chunk.text(r.currency));
        copy->number(r.line);
        copy->endRow();
    }
    return {};
}

// Ends the COPY under way, moves the sequence past the ids given, and stores the blocks held back.
Status ImportStore::RowWriter::storeHeldBlocks(qint64& failedLine)
{
    if (m_copy && m_copy->isOpen()) {
        if (auto st = m_copy->finish(); !st) {
            failedLine = m_heldBlocks.empty() ? 0 : m_heldBlocks.front().firstLine;
            return st;
        }
    }
    m_copy.reset();
    if (auto st = m_db->reserveIds("transactions", m_nextId - 1); !st)
        return st;
    // Many blocks a statement: each statement is a round trip, during which the server has nothing else to do.
    for (size_t first = 0; first < m_heldBlocks.size(); first += s_blocksPerStatement) {
        const size_t count = std::min(s_blocksPerStatement, m_heldBlocks.size() - first);
        std::string sql = "INSERT INTO transaction_blocks (first_txn_id, batch_id, row_count, data) VALUES ";
        for (size_t k = 0; k < count; ++k) {
            sql.append(k ? ",(?" : "(?").append(std::to_string(k * 3 + 2)).append(",?1,?");
            sql.append(std::to_string(k * 3 + 3)).append(",?").append(std::to_string(k * 3 + 4)).append(")");
        }
        auto insert = m_db->prepare(sql);
        if (!insert)
            return Status::failure(insert.error());
        insert->bind(1, m_shape.batchId);
        for (size_t k = 0; k < count; ++k) {
            const HeldBlock& b = m_heldBlocks[first + k];
            const int i = int(k) * 3 + 2;
            insert->bind(i, b.firstId).bind(i + 1, b.rows).bindBlobStatic(i + 2, b.data);
        }
        if (auto st = insert->run(); !st) {
            failedLine = m_heldBlocks[first].firstLine;
            return st;
        }
    }
    m_heldBlocks.clear();
    m_heldBytes = 0;
    return {};
}

Status ImportStore::RowWriter::finish(qint64& failedLine)
{
    if (m_db->engine() != Database::Engine::Server)
        return {};
    if (auto st = storeHeldBlocks(failedLine); !st)
        return st;
    if (m_rowsTable == "transactions")
        return {};
    auto keyed = m_db->prepare("SELECT obole_rows_keyed(?)");
    if (!keyed)
        return Status::failure(keyed.error());
    keyed->bind(1, m_shape.batchId);
    return keyed->run();
}

Status ImportStore::RowWriter::write(const StagedChunk& chunk, qint64& failedLine)
{
    const size_t n = chunk.rows.size();
    const bool server = m_db->engine() == Database::Engine::Server;
    if (server && n > 0) {
        if (auto st = copyRows(chunk); !st) {
            failedLine = chunk.rows.front().line;
            return st;
        }
    }
    size_t i = server ? n : 0;
    for (; i + s_rowsPerStatement <= n; i += s_rowsPerStatement) {
        // Repeated text is one span of the chunk's buffer, so equal spans are equal currencies.
        const StagedRow::Span currency = chunk.rows[i].currency;
        bool shared = true;
        for (int k = 1; k < s_rowsPerStatement && shared; ++k) {
            const StagedRow::Span other = chunk.rows[i + size_t(k)].currency;
            shared = other.offset == currency.offset && other.length == currency.length;
        }
        Statement& insert = shared ? m_manyOneCurrency : m_many;
        if (shared)
            insert.bindStatic(2, chunk.text(currency));
        for (int k = 0; k < s_rowsPerStatement; ++k)
            bindRow(insert, k, shared, chunk, i + size_t(k));
        if (auto st = insert.run(); !st) {
            failedLine = chunk.rows[i].line;
            return st;
        }
    }
    for (; i < n; ++i) {
        bindRow(m_one, 0, false, chunk, i);
        if (auto st = m_one.run(); !st) {
            failedLine = chunk.rows[i].line;
            return st;
        }
    }
    if (n == 0)
        return {};
    const qint64 lastRowId = server ? m_nextId + qint64(n) - 1 : m_db->lastInsertId();
    if (m_shape.rateColumn) {
        // The rows of one import take consecutive ids: the chunk's first is the last less its size.
        for (size_t k = 0; k < n; ++k) {
            const StagedRow& r = chunk.rows[k];
            const std::string_view text = chunk.text(r.rate);
            const size_t slash = text.find('/');
            const size_t space = text.find(' ');
            if (r.rate.length == 0 || slash == std::string_view::npos || space == std::string_view::npos ||
                space < slash)
                continue;
            m_rate.bind(1, lastRowId - qint64(n) + 1 + qint64(k))
                .bindStatic(2, text.substr(0, slash))
                .bindStatic(3, text.substr(slash + 1, space - slash - 1))
                .bindStatic(4, text.substr(space + 1));
            if (auto st = m_rate.run(); !st) {
                failedLine = r.line;
                return st;
            }
        }
    }
    m_blocksInStep = m_blocksInStep && lastRowId == m_nextId + qint64(n) - 1;
    if (server) {
        // Held back while the COPY goes on; stored when a few megabytes wait, and by finish().
        m_heldBlocks.push_back({m_nextId, qint64(n), chunk.rows.front().line, std::string(chunk.block)});
        m_heldBytes += chunk.block.size();
        m_nextId += qint64(n);
        return m_heldBytes >= s_heldBlockBytes ? storeHeldBlocks(failedLine) : Status();
    }
    if (m_blocksInStep) {
        m_block.bind(1, m_nextId).bind(2, m_shape.batchId).bind(3, qint64(n)).bindBlobStatic(4, chunk.block);
        if (auto st = m_block.run(); !st) {
            failedLine = chunk.rows.front().line;
            return st;
        }
    }
    m_nextId += qint64(n);
    return {};
}
