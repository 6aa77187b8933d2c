#include "reconcilestore.h"

#include "money/money.h"

#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {

// Appends " AND column = ?" clauses and remembers what to bind.
struct Where
{
    QByteArray sql;
    QList<QString> texts;
    QList<qint64> numbers;
    QList<bool> isText;

    void text(const char* clause, const QString& value)
    {
        sql += clause;
        texts.append(value);
        numbers.append(0);
        isText.append(true);
    }
    void number(const char* clause, qint64 value)
    {
        sql += clause;
        texts.append(QString());
        numbers.append(value);
        isText.append(false);
    }
    void bind(Statement& s, int first = 1) const
    {
        for (int i = 0; i < isText.size(); ++i) {
            if (isText.at(i))
                s.bind(first + i, texts.at(i));
            else
                s.bind(first + i, numbers.at(i));
        }
    }
};

} // namespace

Result<ReconcileState> ReconcileStore::state(Database& db)
{
    auto s = db.prepare("SELECT engine_version, watermark, window_seconds, tolerance_minor, context, dirty, run_utc, "
                        "full_run_utc FROM reconcile_state WHERE id = 1");
    if (!s)
        return Result<ReconcileState>::failure(s.error());
    ReconcileState st;
    auto row = s->next();
    if (!row)
        return Result<ReconcileState>::failure(row.error());
    if (!row.value())
        return st;
    st.exists = true;
    st.engineVersion = int(s->int64(0));
    st.watermark = s->int64(1);
    st.windowSeconds = s->int64(2);
    st.toleranceMinor = s->int64(3);
    st.context = s->text(4);
    st.dirty = s->int64(5) != 0;
    st.runUtc = s->int64(6);
    st.fullRunUtc = s->int64(7);
    return st;
}

Result<QList<ReconcileBlockInfo>> ReconcileStore::blocks(Database& db, const QString& provider, const QString& channel)
{
    using R = Result<QList<ReconcileBlockInfo>>;
    Where where;
    if (!provider.isEmpty())
        where.text(" AND provider = ?", provider);
    if (!channel.isEmpty())
        where.text(" AND channel = ?", channel);
    const QByteArray sql = QByteArray("SELECT id, provider, channel, currency, first_utc, last_utc, pair_count, "
                                      "fuzzy_count, gross_minor, fuzzy_gross_minor, min_provider_txn, "
                                      "max_provider_txn, min_sales_txn, max_sales_txn FROM reconcile_blocks WHERE 1") +
                           where.sql + " ORDER BY first_utc, id";
    auto s = db.prepare(sql.toStdString());
    if (!s)
        return R::failure(s.error());
    where.bind(*s);
    QList<ReconcileBlockInfo> out;
    auto st = s->forEach([&] {
        ReconcileBlockInfo b;
        b.id = s->int64(0);
        b.provider = s->text(1);
        b.channel = s->text(2);
        b.currency = s->text(3);
        b.firstUtc = s->int64(4);
        b.lastUtc = s->int64(5);
        b.pairCount = s->int64(6);
        b.fuzzyCount = s->int64(7);
        b.gross = s->int64(8);
        b.fuzzyGross = s->int64(9);
        b.minProviderTxn = s->int64(10);
        b.maxProviderTxn = s->int64(11);
        b.minSalesTxn = s->int64(12);
        b.maxSalesTxn = s->int64(13);
        out.append(b);
    });
    if (!st)
        return R::failure(st.error());
    return out;
}

Status ReconcileStore::blockPairs(Database& db, qint64 blockId, std::vector<ReconcilePair>& out)
{
    auto s = db.prepare("SELECT pair_count, pairs, refs FROM reconcile_blocks WHERE id = ?");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, blockId);
    auto row = s->next();
    if (!row)
        return Status::failure(row.error());
    if (!row.value())
        return {};
    if (!PairBlock::decode(s->blob(1), s->blob(2), s->int64(0), out))
        return Status::failure(tr("The stored reconciliation results are damaged; run the reconciliation again."));
    return {};
}

Result<std::optional<ReconcilePair>> ReconcileStore::packedPairOf(Database& db, qint64 txnId, ReconcileBlockInfo* block)
{
    using R = Result<std::optional<ReconcilePair>>;
    auto all = blocks(db);
    if (!all)
        return R::failure(all.error());
    std::vector<ReconcilePair> pairs;
    for (const ReconcileBlockInfo& b : all.value()) {
        if (!b.mayHold(txnId))
            continue;
        pairs.clear();
        if (auto st = blockPairs(db, b.id, pairs); !st)
            return R::failure(st.error());
        for (const ReconcilePair& p : pairs) {
            if (p.providerTxn == txnId || p.salesTxn == txnId) {
                if (block)
                    *block = b;
                return std::optional<ReconcilePair>(p);
            }
        }
    }
    return std::optional<ReconcilePair>();
}

Result<ReconcileCounts> ReconcileStore::summary(Database& db, const ReconcileFilter& filter)
{
    using R = Result<ReconcileCounts>;
    ReconcileCounts c;
    // Every amount is bounded (Money::kMaxMinorUnits), but a total of millions of them is still checked, so a total
    // that cannot be added up is an error, never a figure that wrapped round.
    bool overflow = false;
    const auto add = [&overflow](qint64& sum, qint64 value) { overflow = !addChecked(sum, value) || overflow; };

    // Packed pairs: whole blocks inside the period count from their totals; blocks across an edge are unpacked.
    auto all = blocks(db, filter.provider, filter.channel);
    if (!all)
        return R::failure(all.error());
    std::vector<ReconcilePair> pairs;
    for (const ReconcileBlockInfo& b : all.value()) {
        const bool inside = filter.acceptsTime(b.firstUtc) && filter.acceptsTime(b.lastUtc);
        const bool outside =
            (filter.toUtc && b.firstUtc >= *filter.toUtc) || (filter.fromUtc && b.lastUtc < *filter.fromUtc);
        if (outside)
            continue;
        if (inside) {
            c.matchedByReference += b.pairCount - b.fuzzyCount;
            c.matchedFuzzy += b.fuzzyCount;
            add(c.matchedGross, b.gross);
            continue;
        }
        pairs.clear();
        if (auto st = blockPairs(db, b.id, pairs); !st)
            return R::failure(st.error());
        for (const ReconcilePair& p : pairs) {
            if (!filter.acceptsTime(p.saleTime))
                continue;
            (p.fuzzy ? c.matchedFuzzy : c.matchedByReference) += 1;
            add(c.matchedGross, p.gross);
        }
    }

    Where where;
    if (!filter.provider.isEmpty())
        where.text(" AND provider = ?", filter.provider);
    if (!filter.channel.isEmpty())
        where.text(" AND channel = ?", filter.channel);
    if (filter.fromUtc)
        where.number(" AND occurred_utc >= ?", *filter.fromUtc);
    if (filter.toUtc)
        where.number(" AND occurred_utc < ?", *filter.toUtc);
    const QByteArray sql =
        QByteArray("SELECT outcome, count(*), coalesce(sum(provider_gross), 0), coalesce(sum(sales_gross), 0), "
                   "sum(payout_flag <> 0) FROM reconcile_items WHERE 1") +
        where.sql + " GROUP BY outcome";
    auto s = db.prepare(sql.toStdString());
    if (!s)
        return R::failure(s.error());
    where.bind(*s);
    auto st = s->forEach([&] {
        const auto outcome = ReconcileOutcome(s->int64(0));
        const qint64 n = s->int64(1);
        const qint64 providerGross = s->int64(2);
        const qint64 salesGross = s->int64(3);
        c.payoutDifferences += s->int64(4);
        switch (outcome) {
        case ReconcileOutcome::MatchedByReference:
            c.matchedByReference += n;
            add(c.matchedGross, providerGross);
            break;
        case ReconcileOutcome::MatchedFuzzy:
            c.matchedFuzzy += n;
            add(c.matchedGross, providerGross);
            break;
        case ReconcileOutcome::MatchedManual:
            c.matchedManual += n;
            add(c.matchedGross, providerGross);
            break;
        case ReconcileOutcome::AmountMismatch:
            c.amountMismatch += n;
            add(c.mismatchProviderGross, providerGross);
            add(c.mismatchSalesGross, salesGross);
            break;
        case ReconcileOutcome::MissingAtProvider:
            c.missingAtProvider += n;
            add(c.missingAtProviderGross, salesGross);
            break;
        case ReconcileOutcome::MissingInSalesLog:
            c.missingInSalesLog += n;
            add(c.missingInSalesLogGross, providerGross);
            break;
        case ReconcileOutcome::DuplicateAtProvider:
            c.duplicatesAtProvider += n;
            add(c.duplicatesGross, providerGross);
            break;
        }
    });
    if (!st)
        return R::failure(st.error());

    // Few decisions, many items: start from the decisions.
    const QByteArray explainedSql =
        QByteArray("SELECT count(*) FROM reconcile_decisions d JOIN reconcile_items i ON i.provider_txn_id IS "
                   "d.provider_txn_id AND i.sales_txn_id IS d.sales_txn_id WHERE d.action = 'explain' AND "
                   "d.undone_utc IS NULL AND i.outcome IN (") +
        QByteArray::fromStdString(discrepancyCodes()) + ')' + where.sql;
    auto explained = db.prepare(explainedSql.toStdString());
    if (!explained)
        return R::failure(explained.error());
    where.bind(*explained);
    if (auto row = explained->next(); !row)
        return R::failure(row.error());
    c.explained = explained->int64(0);

    c.matched = c.matchedByReference + c.matchedFuzzy + c.matchedManual;
    c.providerRows = c.matched + c.amountMismatch + c.missingInSalesLog + c.duplicatesAtProvider;
    c.salesRows = c.matched + c.amountMismatch + c.missingAtProvider;
    for (const qint64 part : {c.matchedGross, c.mismatchProviderGross, c.missingInSalesLogGross, c.duplicatesGross})
        add(c.providerGross, part);
    for (const qint64 part : {c.matchedGross, c.mismatchSalesGross, c.missingAtProviderGross})
        add(c.salesGross, part);
    if (overflow)
        return R::failure(tr("The reconciliation totals are too large to add up (beyond 64 bits of minor units): "
                             "check the imported amounts."));
    return c;
}

Result<QStringList> ReconcileStore::providers(Database& db)
{
    auto s = db.prepare("SELECT provider FROM reconcile_blocks UNION SELECT provider FROM reconcile_items "
                        "ORDER BY 1");
    if (!s)
        return Result<QStringList>::failure(s.error());
    QStringList out;
    if (auto st = s->forEach([&] { out.append(s->text(0)); }); !st)
        return Result<QStringList>::failure(st.error());
    return out;
}

Result<QStringList> ReconcileStore::channels(Database& db)
{
    auto s = db.prepare("SELECT channel FROM reconcile_blocks UNION SELECT channel FROM reconcile_items ORDER BY 1");
    if (!s)
        return Result<QStringList>::failure(s.error());
    QStringList out;
    if (auto st = s->forEach([&] { out.append(s->text(0)); }); !st)
        return Result<QStringList>::failure(st.error());
    return out;
}

qint64 ReconcileStore::dayStartUtc(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

std::optional<qint64> ReconcileStore::parseBound(const QString& text, bool endOfDay, const QTimeZone& zone)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return dayStartUtc(endOfDay ? day.addDays(1) : day, zone);
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    // A date and time without an offset is a time of the books' zone, whatever the computer's.
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toSecsSinceEpoch();
}

const char* ReconcileStore::itemColumns()
{
    return "i.id, i.outcome, i.provider, i.channel, i.currency, i.occurred_utc, i.provider_txn_id, i.sales_txn_id, "
           "i.related_txn_id, i.provider_gross, i.sales_gross, i.provider_net, i.expected_net, i.payout_flag, "
           "i.attribution, EXISTS (SELECT 1 FROM reconcile_decisions d WHERE d.action = 'explain' AND "
           "d.undone_utc IS NULL AND d.provider_txn_id IS i.provider_txn_id AND d.sales_txn_id IS i.sales_txn_id)";
}

ReconcileEntry ReconcileStore::entryFromItem(const Statement& s, int f)
{
    ReconcileEntry e;
    e.itemId = s.int64(f);
    e.outcome = ReconcileOutcome(s.int64(f + 1));
    e.provider = s.text(f + 2);
    e.channel = s.text(f + 3);
    e.currency = s.text(f + 4);
    e.time = s.int64(f + 5);
    e.providerTxn = s.optionalInt64(f + 6).value_or(0);
    e.salesTxn = s.optionalInt64(f + 7).value_or(0);
    e.relatedTxn = s.optionalInt64(f + 8).value_or(0);
    e.providerGross = s.optionalInt64(f + 9);
    e.salesGross = s.optionalInt64(f + 10);
    e.providerNet = s.optionalInt64(f + 11);
    e.expectedNet = s.optionalInt64(f + 12);
    e.payoutFlag = s.int64(f + 13) != 0;
    e.attribution = ReconcileAttribution(s.int64(f + 14));
    e.explained = s.int64(f + 15) != 0;
    return e;
}

Result<std::optional<ReconcileEntry>> ReconcileStore::entryOf(Database& db, qint64 txnId)
{
    using R = Result<std::optional<ReconcileEntry>>;
    const QByteArray sql = QByteArray("SELECT ") + itemColumns() +
                           " FROM reconcile_items i WHERE i.provider_txn_id = ?1 UNION ALL SELECT " + itemColumns() +
                           " FROM reconcile_items i WHERE i.sales_txn_id = ?1 LIMIT 1";
    auto s = db.prepare(sql.toStdString());
    if (!s)
        return R::failure(s.error());
    s->bind(1, txnId);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (row.value())
        return std::optional<ReconcileEntry>(entryFromItem(*s));
    ReconcileBlockInfo block;
    auto packed = packedPairOf(db, txnId, &block);
    if (!packed)
        return R::failure(packed.error());
    if (!packed->has_value())
        return std::optional<ReconcileEntry>();
    const ReconcilePair& p = **packed;
    ReconcileEntry e;
    e.outcome = p.fuzzy ? ReconcileOutcome::MatchedFuzzy : ReconcileOutcome::MatchedByReference;
    e.time = p.saleTime;
    e.provider = block.provider;
    e.channel = block.channel;
    e.currency = block.currency;
    e.providerTxn = p.providerTxn;
    e.salesTxn = p.salesTxn;
    e.providerGross = p.gross;
    e.salesGross = p.gross;
    e.gap = p.gap;
    return std::optional<ReconcileEntry>(e);
}

namespace {
constexpr const char* s_transactionColumns =
    "SELECT t.id, t.kind, t.provider, t.channel, t.reference, t.occurred_utc, t.product, t.gross_minor, t.net_minor, "
    "t.fee_minor, t.currency, t.line, coalesce(b.file_name, '') FROM transactions t LEFT JOIN import_batches b ON "
    "b.id = t.batch_id WHERE t.id = ?";

ReconcileTransaction transactionFrom(const Statement& s)
{
    ReconcileTransaction t;
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

Result<std::optional<ReconcileTransaction>> ReconcileStore::transaction(Database& db, qint64 txnId)
{
    using R = Result<std::optional<ReconcileTransaction>>;
    auto s = db.prepare(s_transactionColumns);
    if (!s)
        return R::failure(s.error());
    s->bind(1, txnId);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<ReconcileTransaction>();
    return std::optional<ReconcileTransaction>(transactionFrom(*s));
}

Result<QHash<qint64, ReconcileTransaction>> ReconcileStore::transactions(Database& db, const QList<qint64>& ids)
{
    using R = Result<QHash<qint64, ReconcileTransaction>>;
    auto s = db.prepare(s_transactionColumns);
    if (!s)
        return R::failure(s.error());
    QHash<qint64, ReconcileTransaction> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (id == 0 || out.contains(id))
            continue;
        s->bind(1, id);
        auto row = s->next();
        if (!row)
            return R::failure(row.error());
        if (row.value())
            out.insert(id, transactionFrom(*s));
        s->reset();
    }
    return out;
}

Result<std::vector<qint64>> ReconcileStore::textMatches(Database& db, const QString& text,
                                                        const std::atomic<bool>* cancel)
{
    using R = Result<std::vector<qint64>>;
    auto s = db.prepare("SELECT id FROM transactions WHERE kind IN ('sales', 'provider') AND "
                        "(instr(lower(reference), lower(?1)) > 0 OR instr(lower(product), lower(?1)) > 0)");
    if (!s)
        return R::failure(s.error());
    s->bind(1, text);
    // The scan is one long step between matches: the connection watches the flag within it, so a cancel interrupts it.
    if (cancel)
        db.setCancelFlag(cancel);
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
        db.setCancelFlag(nullptr);
    if (!error.isEmpty())
        return R::failure(error);
    return out;
}

std::string ReconcileStore::outcomeCodes(std::initializer_list<ReconcileOutcome> outcomes)
{
    std::string out;
    for (const ReconcileOutcome o : outcomes)
        out.append(out.empty() ? "" : ", ").append(std::to_string(int(o)));
    return out;
}

Result<std::optional<ReconcileStore::Unmatched>>
ReconcileStore::nearestUnmatched(Database& db, bool sale, const QString& channel, const QString& currency,
                                 qint64 amount, qint64 utc, qint64 withinSeconds)
{
    using R = Result<std::optional<Unmatched>>;
    const std::string sql =
        sale ? "SELECT sales_txn_id, occurred_utc FROM reconcile_items WHERE outcome = " +
                   outcomeCodes({ReconcileOutcome::MissingAtProvider}) +
                   " AND channel = ? AND currency = ? AND "
                   "sales_gross = ? AND occurred_utc BETWEEN ? AND ? ORDER BY abs(occurred_utc - ?) LIMIT 1"
             : "SELECT provider_txn_id, occurred_utc FROM reconcile_items WHERE outcome = " +
                   outcomeCodes({ReconcileOutcome::MissingInSalesLog}) +
                   " AND channel = ? AND currency = ? AND "
                   "provider_gross = ? AND occurred_utc BETWEEN ? AND ? ORDER BY abs(occurred_utc - ?) LIMIT 1";
    auto s = db.prepare(sql);
    if (!s)
        return R::failure(s.error());
    s->bind(1, channel).bind(2, currency).bind(3, amount).bind(4, utc - withinSeconds);
    s->bind(5, utc + withinSeconds).bind(6, utc);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<Unmatched>();
    return std::optional<Unmatched>(Unmatched{s->int64(0), s->int64(1)});
}
