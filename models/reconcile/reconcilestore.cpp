#include "reconcilestore.h"

#include "money/money.h"

#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <string>

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
    // The provider, channel and period of a filter, on the columns of `table` ("i." or "" for none).
    void filter(const ReconcileFilter& f, const char* table)
    {
        const std::string t(table);
        if (!f.provider.isEmpty())
            text((" AND " + t + "provider = ?").c_str(), f.provider);
        if (!f.channel.isEmpty())
            text((" AND " + t + "channel = ?").c_str(), f.channel);
        if (f.fromUtc)
            number((" AND " + t + "occurred_utc >= ?").c_str(), *f.fromUtc);
        if (f.toUtc)
            number((" AND " + t + "occurred_utc < ?").c_str(), *f.toUtc);
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
    const QByteArray sql =
        QByteArray("SELECT id, provider, channel, currency, first_utc, last_utc, pair_count, "
                   "fuzzy_count, gross_minor, fuzzy_gross_minor, min_provider_txn, "
                   "max_provider_txn, min_sales_txn, max_sales_txn FROM reconcile_blocks WHERE TRUE") +
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
    where.filter(filter, "");
    const QByteArray sql =
        QByteArray("SELECT outcome, count(*), coalesce(sum(provider_gross), 0), coalesce(sum(sales_gross), 0), "
                   "sum(CASE WHEN payout_flag <> 0 THEN 1 ELSE 0 END) FROM reconcile_items WHERE TRUE") +
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
        QByteArray("SELECT count(*) FROM reconcile_decisions d JOIN reconcile_items i ON i.provider_txn_id IS NOT "
                   "DISTINCT FROM d.provider_txn_id AND i.sales_txn_id IS NOT DISTINCT FROM d.sales_txn_id WHERE "
                   "d.action = '") +
        kExplain + "' AND d.undone_utc IS NULL AND i.outcome IN (" + QByteArray::fromStdString(discrepancyCodes()) +
        ')' + where.sql;
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

namespace {

// Whether an item `i` is marked explained: an active decision of kExplain about its two rows.
const std::string& explainedItem()
{
    static const std::string sql =
        std::string("EXISTS (SELECT 1 FROM reconcile_decisions d WHERE d.action = '") + ReconcileStore::kExplain +
        "' AND d.undone_utc IS NULL AND d.provider_txn_id IS NOT DISTINCT FROM i.provider_txn_id AND d.sales_txn_id "
        "IS NOT DISTINCT FROM i.sales_txn_id)";
    return sql;
}

} // namespace

const char* ReconcileStore::itemColumns()
{
    static const std::string columns =
        "i.id, i.outcome, i.provider, i.channel, i.currency, i.occurred_utc, i.provider_txn_id, i.sales_txn_id, "
        "i.related_txn_id, i.provider_gross, i.sales_gross, i.provider_net, i.expected_net, i.payout_flag, "
        "i.attribution, " +
        explainedItem();
    return columns.c_str();
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

Result<std::unordered_map<qint64, qint64>> ReconcileStore::salesPartners(Database& db, std::vector<qint64> providerTxns)
{
    using R = Result<std::unordered_map<qint64, qint64>>;
    std::unordered_map<qint64, qint64> out;
    std::sort(providerTxns.begin(), providerTxns.end());
    providerTxns.erase(std::unique(providerTxns.begin(), providerTxns.end()), providerTxns.end());
    if (providerTxns.empty())
        return out;
    // A line of the items wins, as in entryOf(): a pair made by hand, or one whose amounts differ. The items of the
    // span asked about are read in one statement (a server would otherwise answer once per row), the first for each
    // row kept.
    auto item = db.prepare("SELECT provider_txn_id, sales_txn_id FROM reconcile_items WHERE provider_txn_id BETWEEN "
                           "?1 AND ?2 AND sales_txn_id IS NOT NULL AND sales_txn_id <> 0 ORDER BY id");
    if (!item)
        return R::failure(item.error());
    item->bind(1, providerTxns.front()).bind(2, providerTxns.back());
    auto read = item->forEach([&] {
        if (const qint64 txn = item->int64(0); std::binary_search(providerTxns.cbegin(), providerTxns.cend(), txn))
            out.emplace(txn, item->int64(1));
    });
    if (!read)
        return R::failure(read.error());
    std::vector<qint64> packed;
    for (const qint64 txn : providerTxns) {
        if (!out.contains(txn))
            packed.push_back(txn);
    }
    if (packed.empty())
        return out;
    auto all = blocks(db);
    if (!all)
        return R::failure(all.error());
    std::vector<ReconcilePair> pairs;
    for (const ReconcileBlockInfo& b : all.value()) {
        const auto first = std::lower_bound(packed.cbegin(), packed.cend(), b.minProviderTxn);
        if (first == packed.cend() || *first > b.maxProviderTxn)
            continue;
        pairs.clear();
        if (auto st = blockPairs(db, b.id, pairs); !st)
            return R::failure(st.error());
        for (const ReconcilePair& p : pairs) {
            if (std::binary_search(packed.cbegin(), packed.cend(), p.providerTxn))
                out.emplace(p.providerTxn, p.salesTxn);
        }
    }
    return out;
}

std::string ReconcileStore::outcomeCodes(std::initializer_list<ReconcileOutcome> outcomes)
{
    return outcomeCodes(QList<ReconcileOutcome>(outcomes));
}

std::string ReconcileStore::outcomeCodes(const QList<ReconcileOutcome>& outcomes)
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

Result<QHash<ReconcileOutcome, qint64>> ReconcileStore::explainedByOutcome(Database& db, const ReconcileFilter& filter)
{
    using R = Result<QHash<ReconcileOutcome, qint64>>;
    Where where;
    where.filter(filter, "i.");
    const std::string sql = "SELECT i.outcome, count(*) FROM reconcile_items i WHERE TRUE" + where.sql.toStdString() +
                            " AND i.outcome IN (" + discrepancyCodes() + ") AND " + explainedItem() +
                            " GROUP BY i.outcome";
    auto s = db.prepare(sql);
    if (!s)
        return R::failure(s.error());
    where.bind(*s);
    QHash<ReconcileOutcome, qint64> out;
    auto st = s->forEach([&] { out.insert(ReconcileOutcome(s->int64(0)), s->int64(1)); });
    if (!st)
        return R::failure(st.error());
    return out;
}

Result<QList<ReconcileEntry>> ReconcileStore::itemsAfter(Database& db, const ReconcileFilter& filter, qint64 afterUtc,
                                                         qint64 afterId, int limit)
{
    using R = Result<QList<ReconcileEntry>>;
    Where where;
    where.number(" AND (i.occurred_utc > ?", afterUtc);
    where.number(" OR (i.occurred_utc = ?", afterUtc);
    where.number(" AND i.id > ?))", afterId);
    where.filter(filter, "i.");
    QByteArray sql = QByteArray("SELECT ") + itemColumns() + " FROM reconcile_items i WHERE TRUE" + where.sql;
    if (!filter.outcomes.isEmpty())
        sql += " AND i.outcome IN (" + QByteArray::fromStdString(outcomeCodes(filter.outcomes)) + ")";
    if (filter.openOnly)
        sql += " AND i.outcome IN (" + QByteArray::fromStdString(discrepancyCodes()) + ") AND NOT " +
               QByteArray::fromStdString(explainedItem());
    sql += " ORDER BY i.occurred_utc, i.id LIMIT " + QByteArray::number(limit);
    auto s = db.prepare(sql.toStdString());
    if (!s)
        return R::failure(s.error());
    where.bind(*s);
    QList<ReconcileEntry> out;
    auto st = s->forEach([&] { out.append(entryFromItem(*s)); });
    if (!st)
        return R::failure(st.error());
    return out;
}

namespace {

constexpr const char* s_linkColumns = "id, outcome, provider_txn_id, sales_txn_id, ref_hash";

ReconcileStore::ItemLink linkAt(const Statement& s)
{
    ReconcileStore::ItemLink l;
    l.itemId = s.int64(0);
    l.outcome = ReconcileOutcome(s.int64(1));
    l.providerTxn = s.optionalInt64(2).value_or(0);
    l.salesTxn = s.optionalInt64(3).value_or(0);
    if (const auto ref = s.optionalInt64(4))
        l.ref = quint32(*ref);
    return l;
}

} // namespace

Result<QList<ReconcileStore::ItemLink>> ReconcileStore::itemsNaming(Database& db, qint64 txnId)
{
    using R = Result<QList<ItemLink>>;
    auto s = db.prepare(std::string("SELECT ") + s_linkColumns + " FROM reconcile_items WHERE provider_txn_id = ?1 " +
                        "UNION SELECT " + s_linkColumns + " FROM reconcile_items WHERE sales_txn_id = ?1");
    if (!s)
        return R::failure(s.error());
    s->bind(1, txnId);
    QList<ItemLink> out;
    auto st = s->forEach([&] { out.append(linkAt(*s)); });
    if (!st)
        return R::failure(st.error());
    return out;
}

Status ReconcileStore::forEachItemWithRef(Database& db, const std::function<void(const ItemLink&)>& f)
{
    auto s = db.prepare(std::string("SELECT ") + s_linkColumns + " FROM reconcile_items WHERE ref_hash IS NOT NULL");
    if (!s)
        return Status::failure(s.error());
    return s->forEach([&] { f(linkAt(*s)); });
}

Status ReconcileStore::forEachOpenItemWithin(Database& db, const std::vector<std::pair<qint64, qint64>>& spans,
                                             const std::function<void(const ItemLink&)>& f)
{
    auto s = db.prepare(std::string("SELECT ") + s_linkColumns +
                        " FROM reconcile_items WHERE occurred_utc BETWEEN ? AND ? AND outcome IN (" +
                        outcomeCodes({ReconcileOutcome::MissingAtProvider, ReconcileOutcome::MissingInSalesLog}) + ")");
    if (!s)
        return Status::failure(s.error());
    for (const auto& [from, to] : spans) {
        s->bind(1, from).bind(2, to);
        auto st = s->forEach([&] { f(linkAt(*s)); });
        s->reset();
        if (!st)
            return st;
    }
    return {};
}

Status
ReconcileStore::forEachBlockRefs(Database& db,
                                 const std::function<void(qint64 blockId, qint64 pairCount, const QByteArray&)>& f)
{
    auto s = db.prepare("SELECT id, pair_count, refs FROM reconcile_blocks");
    if (!s)
        return Status::failure(s.error());
    return s->forEach([&] { f(s->int64(0), s->int64(1), s->blob(2)); });
}

Result<ReconcileStore::Size> ReconcileStore::size(Database& db)
{
    auto items = db.queryInt64("SELECT count(*) FROM reconcile_items");
    if (!items)
        return Result<Size>::failure(items.error());
    auto pairs = db.queryInt64("SELECT coalesce(sum(pair_count), 0) FROM reconcile_blocks");
    if (!pairs)
        return Result<Size>::failure(pairs.error());
    return Size{items.value(), pairs.value()};
}

Status ReconcileStore::clearResults(Database& db, bool manyItems)
{
    for (const char* sql :
         {"DELETE FROM reconcile_items", "DELETE FROM reconcile_blocks", "DELETE FROM reconcile_earnings"}) {
        if (auto st = db.exec(sql); !st)
            return st;
    }
    if (!manyItems || db.engine() == Database::Engine::Server)
        return {};
    return db.exec("DROP INDEX IF EXISTS reconcile_items_provider_txn; "
                   "DROP INDEX IF EXISTS reconcile_items_sales_txn; "
                   "DROP INDEX IF EXISTS reconcile_items_time;");
}

Status ReconcileStore::restoreIndexes(Database& db)
{
    if (db.engine() == Database::Engine::Server)
        return {}; // never dropped (clearResults)
    // The same indexes as schema step 4 creates.
    return db.exec("CREATE INDEX IF NOT EXISTS reconcile_items_provider_txn ON reconcile_items(provider_txn_id); "
                   "CREATE INDEX IF NOT EXISTS reconcile_items_sales_txn ON reconcile_items(sales_txn_id); "
                   "CREATE INDEX IF NOT EXISTS reconcile_items_time ON reconcile_items(occurred_utc);");
}

Status ReconcileStore::writeState(Database& db, const ReconcileState& state)
{
    auto s = db.prepare("INSERT INTO reconcile_state (id, engine_version, watermark, window_seconds, tolerance_minor, "
                        "context, dirty, run_utc, full_run_utc) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) "
                        "DO UPDATE SET engine_version = excluded.engine_version, watermark = excluded.watermark, "
                        "window_seconds = excluded.window_seconds, tolerance_minor = excluded.tolerance_minor, "
                        "context = excluded.context, dirty = excluded.dirty, run_utc = excluded.run_utc, "
                        "full_run_utc = excluded.full_run_utc");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, qint64(state.engineVersion)).bind(2, state.watermark).bind(3, state.windowSeconds);
    s->bind(4, state.toleranceMinor).bind(5, state.context).bind(6, state.dirty ? 1 : 0).bind(7, state.runUtc);
    s->bind(8, state.fullRunUtc);
    return s->run();
}

namespace {
constexpr int s_earningsPerStatement = 64;

// Adds rows of daily sums to those already there: `rows` rows of eight values, numbered in order.
std::string earningsSql(int rows)
{
    std::string sql = "INSERT INTO reconcile_earnings (provider, currency, day, net_minor, rows, rows_without_net, "
                      "paid_minor, payments) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r ? ", (?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?)";
    return sql + " ON CONFLICT (provider, currency, day) DO UPDATE SET net_minor = reconcile_earnings.net_minor + "
                 "excluded.net_minor, rows = reconcile_earnings.rows + excluded.rows, rows_without_net = "
                 "reconcile_earnings.rows_without_net + excluded.rows_without_net, paid_minor = "
                 "reconcile_earnings.paid_minor + excluded.paid_minor, payments = reconcile_earnings.payments + "
                 "excluded.payments";
}
} // namespace

Result<ReconcileStore::Writer> ReconcileStore::Writer::create(Database& db)
{
    using R = Result<Writer>;
    Writer w(db);
    const std::string earningsOne = earningsSql(1);
    const std::string earningsMany = earningsSql(s_earningsPerStatement);
    const std::pair<Statement*, std::string_view> statements[] = {
        {&w.m_earnings, earningsOne},
        {&w.m_earningsMany, earningsMany},
        {&w.m_removeItem, "DELETE FROM reconcile_items WHERE id = ?"},
        {&w.m_removeBlock, "DELETE FROM reconcile_blocks WHERE id = ?"},
    };
    for (const auto& [into, sql] : statements) {
        auto s = db.prepare(sql);
        if (!s)
            return R::failure(s.error());
        *into = std::move(s.value());
    }
    // Lines and blocks are written by the thousand, and by the hundred: in bulk.
    const std::tuple<BulkInsert*, std::string_view, std::string_view> bulk[] = {
        {&w.m_item, "reconcile_items",
         "outcome, provider, channel, currency, occurred_utc, provider_txn_id, sales_txn_id, related_txn_id, "
         "provider_gross, sales_gross, provider_net, expected_net, payout_flag, attribution, ref_hash"},
        {&w.m_block, "reconcile_blocks",
         "provider, channel, currency, first_utc, last_utc, pair_count, fuzzy_count, gross_minor, fuzzy_gross_minor, "
         "min_provider_txn, max_provider_txn, min_sales_txn, max_sales_txn, pairs, refs"},
    };
    for (const auto& [into, table, columns] : bulk) {
        auto b = BulkInsert::create(db, table, columns);
        if (!b)
            return R::failure(b.error());
        *into = std::move(b.value());
    }
    return w;
}

Status ReconcileStore::Writer::addItem(const ItemRow& i)
{
    BulkInsert& s = m_item;
    s.number(qint64(i.outcome)).text(i.provider).text(i.channel).text(i.currency).number(i.time);
    s.number(i.providerTxn).number(i.salesTxn).number(i.related).number(i.providerGross).number(i.salesGross);
    s.number(i.providerNet).number(i.expectedNet).number(i.payoutFlag ? 1 : 0).number(qint64(i.attribution));
    s.number(i.ref ? std::optional<qint64>(i.ref) : std::nullopt);
    return s.endRow();
}

Status ReconcileStore::Writer::addBlock(const BlockRow& b)
{
    BulkInsert& s = m_block;
    const ReconcileBlockInfo& i = b.info;
    s.text(b.provider).text(b.channel).text(b.currency);
    s.number(i.firstUtc).number(i.lastUtc).number(i.pairCount).number(i.fuzzyCount);
    s.number(i.gross).number(i.fuzzyGross).number(i.minProviderTxn).number(i.maxProviderTxn);
    s.number(i.minSalesTxn).number(i.maxSalesTxn);
    s.blob(std::string_view(b.pairs.constData(), size_t(b.pairs.size())));
    s.blob(std::string_view(b.refs.constData(), size_t(b.refs.size())));
    return s.endRow();
}

Status ReconcileStore::Writer::addEarnings(const std::vector<DayEarnings>& rows)
{
    if (!m_holdEarnings)
        return writeEarnings(rows);
    for (const DayEarnings& e : rows) {
        auto [it, added] = m_heldEarnings.try_emplace({e.provider, e.currency, e.day}, e);
        if (added)
            continue;
        DayEarnings& sum = it->second;
        sum.net += e.net;
        sum.rows += e.rows;
        sum.rowsWithoutNet += e.rowsWithoutNet;
        sum.paid += e.paid;
        sum.payments += e.payments;
    }
    return {};
}

Status ReconcileStore::Writer::writeHeldEarnings()
{
    std::vector<DayEarnings> rows;
    rows.reserve(m_heldEarnings.size());
    for (auto& [key, sums] : m_heldEarnings)
        rows.push_back(std::move(sums));
    m_heldEarnings.clear();
    return writeEarnings(rows);
}

Status ReconcileStore::Writer::writeEarnings(const std::vector<DayEarnings>& rows)
{
    size_t i = 0;
    auto bindRow = [&rows, &i](Statement& s, int first) {
        const DayEarnings& e = rows[i++];
        s.bind(first, e.provider).bind(first + 1, e.currency).bind(first + 2, e.day).bind(first + 3, e.net);
        s.bind(first + 4, e.rows).bind(first + 5, e.rowsWithoutNet).bind(first + 6, e.paid).bind(first + 7, e.payments);
    };
    while (rows.size() - i >= size_t(s_earningsPerStatement)) {
        for (int r = 0; r < s_earningsPerStatement; ++r)
            bindRow(m_earningsMany, 1 + 8 * r);
        if (auto st = m_earningsMany.run(); !st)
            return st;
    }
    while (i < rows.size()) {
        bindRow(m_earnings, 1);
        if (auto st = m_earnings.run(); !st)
            return st;
    }
    return {};
}

Status ReconcileStore::Writer::removeItem(qint64 itemId)
{
    m_removeItem.bind(1, itemId);
    return m_removeItem.run();
}

Status ReconcileStore::Writer::removeBlock(qint64 blockId)
{
    m_removeBlock.bind(1, blockId);
    return m_removeBlock.run();
}

namespace {

std::optional<qint64> idOrNull(qint64 id)
{
    return id ? std::optional<qint64>(id) : std::nullopt;
}

constexpr const char* s_decisionColumns = "id, made_utc, action, provider_txn_id, sales_txn_id, note, before, "
                                          "undone_utc, made_by, undone_by, undone_version";

// The decisions' one count (schema step 22): the highest decision id or taking-back number so far, 0 when none. A
// decision takes the next one as its id, a taking back as its undone_version, each under the writer lock; a reviewer's
// "what I read" is the count when the lines were read.
constexpr const char* s_reviewVersion =
    "SELECT CASE WHEN a > b THEN a ELSE b END FROM (SELECT coalesce(max(id), 0) AS a, coalesce(max(undone_version), 0) "
    "AS b FROM reconcile_decisions) AS v";

Result<QList<ReconcileStore::DecisionRecord>> readDecisions(Statement& s)
{
    QList<ReconcileStore::DecisionRecord> out;
    auto st = s.forEach([&] {
        ReconcileStore::DecisionRecord d;
        d.id = s.int64(0);
        d.madeUtc = s.int64(1);
        d.action = s.text(2);
        d.providerTxn = s.optionalInt64(3).value_or(0);
        d.salesTxn = s.optionalInt64(4).value_or(0);
        d.note = s.text(5);
        d.before = s.text(6);
        d.undoneUtc = s.optionalInt64(7);
        d.madeBy = s.text(8);
        d.undoneBy = s.text(9);
        d.undoneVersion = s.optionalInt64(10);
        out.append(d);
    });
    if (!st)
        return Result<QList<ReconcileStore::DecisionRecord>>::failure(st.error());
    return out;
}

} // namespace

Result<qint64> ReconcileStore::addDecision(Database& db, const char* action, qint64 providerTxn,
                                           std::optional<qint64> providerHash, qint64 salesTxn,
                                           std::optional<qint64> salesHash, const QString& note, const QString& before)
{
    auto s = db.prepare(std::string("INSERT INTO reconcile_decisions (id, made_utc, action, provider_txn_id, "
                                    "provider_row_hash, sales_txn_id, sales_row_hash, note, before) VALUES ((") +
                        s_reviewVersion + ") + 1, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!s)
        return Result<qint64>::failure(s.error());
    s->bind(1, QDateTime::currentSecsSinceEpoch()).bind(2, std::string_view(action));
    s->bind(3, idOrNull(providerTxn)).bind(4, providerHash).bind(5, idOrNull(salesTxn)).bind(6, salesHash);
    s->bind(7, note.trimmed()).bind(8, before);
    auto row = s->next();
    if (!row)
        return Result<qint64>::failure(row.error());
    const qint64 id = s->int64(0);
    if (auto st = s->run(); !st) // steps to the end, which completes the insert
        return Result<qint64>::failure(st.error());
    return id;
}

Result<int> ReconcileStore::undoDecisions(Database& db, const char* action, qint64 providerTxn, qint64 salesTxn)
{
    auto s =
        db.prepare(std::string("UPDATE reconcile_decisions SET undone_utc = ?, undone_by = ?, undone_version = (") +
                   s_reviewVersion +
                   ") + 1 WHERE undone_utc IS NULL AND action = ? AND provider_txn_id IS NOT DISTINCT FROM ? AND "
                   "sales_txn_id IS NOT DISTINCT FROM ?");
    if (!s)
        return Result<int>::failure(s.error());
    s->bind(1, QDateTime::currentSecsSinceEpoch()).bind(2, db.userName()).bind(3, std::string_view(action));
    s->bind(4, idOrNull(providerTxn)).bind(5, idOrNull(salesTxn));
    if (auto st = s->run(); !st)
        return Result<int>::failure(st.error());
    return db.changes();
}

Result<qint64> ReconcileStore::lastDecisionId(Database& db)
{
    return db.queryInt64(s_reviewVersion);
}

Result<std::optional<ReconcileStore::DecisionRecord>> ReconcileStore::decisionAfter(Database& db, qint64 afterId,
                                                                                    qint64 providerTxn, qint64 salesTxn)
{
    using R = Result<std::optional<DecisionRecord>>;
    auto s = db.prepare(std::string("SELECT ") + s_decisionColumns +
                        " FROM reconcile_decisions WHERE (id > ?1 OR undone_version > ?1) AND (provider_txn_id IN "
                        "(?2, ?3) OR sales_txn_id IN (?2, ?3)) ORDER BY CASE WHEN undone_version > id THEN "
                        "undone_version ELSE id END DESC LIMIT 1");
    if (!s)
        return R::failure(s.error());
    s->bind(1, afterId).bind(2, providerTxn).bind(3, salesTxn);
    auto found = readDecisions(s.value());
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R(std::nullopt);
    return R(found->constFirst());
}

Result<std::optional<ReconcileStore::DecisionRecord>> ReconcileStore::decision(Database& db, qint64 id)
{
    using R = Result<std::optional<DecisionRecord>>;
    auto s = db.prepare(std::string("SELECT ") + s_decisionColumns + " FROM reconcile_decisions WHERE id = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, id);
    auto list = readDecisions(*s);
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return std::optional<DecisionRecord>();
    return std::optional<DecisionRecord>(list->first());
}

Status ReconcileStore::markDecisionUndone(Database& db, qint64 id)
{
    auto s =
        db.prepare(std::string("UPDATE reconcile_decisions SET undone_utc = ?, undone_by = ?, undone_version = (") +
                   s_reviewVersion + ") + 1 WHERE id = ?");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, QDateTime::currentSecsSinceEpoch()).bind(2, db.userName()).bind(3, id);
    return s->run();
}

Result<QList<ReconcileStore::DecisionRecord>> ReconcileStore::decisionsAbout(Database& db, qint64 txnId)
{
    auto s = db.prepare(std::string("SELECT ") + s_decisionColumns +
                        " FROM reconcile_decisions WHERE provider_txn_id = ?1 UNION SELECT " + s_decisionColumns +
                        " FROM reconcile_decisions WHERE sales_txn_id = ?1 ORDER BY 1 DESC");
    if (!s)
        return Result<QList<DecisionRecord>>::failure(s.error());
    s->bind(1, txnId);
    return readDecisions(*s);
}

Result<QList<ReconcileStore::DecisionRecord>> ReconcileStore::recentDecisions(Database& db, int limit)
{
    auto s =
        db.prepare(std::string("SELECT ") + s_decisionColumns + " FROM reconcile_decisions ORDER BY id DESC LIMIT ?");
    if (!s)
        return Result<QList<DecisionRecord>>::failure(s.error());
    s->bind(1, limit);
    return readDecisions(*s);
}

Result<ReconcileStore::PairDecisions> ReconcileStore::activePairDecisions(Database& db)
{
    PairDecisions d;
    auto s = db.prepare("SELECT action, provider_txn_id, sales_txn_id FROM reconcile_decisions WHERE undone_utc IS "
                        "NULL AND action IN (?, ?) AND provider_txn_id IS NOT NULL AND sales_txn_id IS NOT NULL "
                        "ORDER BY id");
    if (!s)
        return Result<PairDecisions>::failure(s.error());
    s->bind(1, std::string_view(kMatch)).bind(2, std::string_view(kUnmatch));
    auto st = s->forEach([&] {
        (s->textView(0) == kMatch ? d.matches : d.unmatches).push_back({s->int64(1), s->int64(2)});
    });
    if (!st)
        return Result<PairDecisions>::failure(st.error());
    return d;
}

Result<QList<ReconcileStore::DecisionLink>> ReconcileStore::activeDecisionLinks(Database& db)
{
    auto s = db.prepare("SELECT id, provider_txn_id, provider_row_hash, sales_txn_id, sales_row_hash FROM "
                        "reconcile_decisions WHERE undone_utc IS NULL");
    if (!s)
        return Result<QList<DecisionLink>>::failure(s.error());
    QList<DecisionLink> out;
    auto st = s->forEach([&] {
        out.append(DecisionLink{s->int64(0), s->optionalInt64(1), s->optionalInt64(2).value_or(0), s->optionalInt64(3),
                                s->optionalInt64(4).value_or(0)});
    });
    if (!st)
        return Result<QList<DecisionLink>>::failure(st.error());
    return out;
}

Status ReconcileStore::relinkDecision(Database& db, qint64 decision, bool providerSide, qint64 txnId)
{
    auto s = db.prepare(providerSide ? "UPDATE reconcile_decisions SET provider_txn_id = ? WHERE id = ?"
                                     : "UPDATE reconcile_decisions SET sales_txn_id = ? WHERE id = ?");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, txnId).bind(2, decision);
    return s->run();
}

Result<QList<ReconcileStore::DayEarnings>> ReconcileStore::earnings(Database& db)
{
    auto s = db.prepare("SELECT provider, currency, day, net_minor, rows, rows_without_net, paid_minor, payments FROM "
                        "reconcile_earnings ORDER BY provider, currency, day");
    if (!s)
        return Result<QList<DayEarnings>>::failure(s.error());
    QList<DayEarnings> out;
    auto st = s->forEach([&] {
        out.append(DayEarnings{s->text(0), s->text(1), s->int64(2), s->int64(3), s->int64(4), s->int64(5), s->int64(6),
                               s->int64(7)});
    });
    if (!st)
        return Result<QList<DayEarnings>>::failure(st.error());
    return out;
}

Result<QList<ReconcileStore::Duplicate>> ReconcileStore::duplicates(Database& db)
{
    auto s = db.prepare("SELECT provider, currency, occurred_utc, provider_net FROM reconcile_items WHERE outcome = " +
                        outcomeCodes({ReconcileOutcome::DuplicateAtProvider}));
    if (!s)
        return Result<QList<Duplicate>>::failure(s.error());
    QList<Duplicate> out;
    auto st = s->forEach([&] { out.append(Duplicate{s->text(0), s->text(1), s->int64(2), s->optionalInt64(3)}); });
    if (!st)
        return Result<QList<Duplicate>>::failure(st.error());
    return out;
}
