#include "revenueaggregates.h"

#include "core/hashmix.h"
#include "core/interner.h"
#include "export/accountingsettings.h"
#include "importing/importstore.h"
#include "localcalendar.h"
#include "money/money.h"
#include "revenuecatalog.h"
#include "salesconfirmation.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

Q_LOGGING_CATEGORY(lcRevenue, "obole.revenue", QtWarningMsg)

namespace {

constexpr const char* s_stateKey = "revenue.aggregates";
constexpr const char* s_zoneKey = "time_zone";
// Bumped whenever the tables' meaning changes, so stored totals are rebuilt.
constexpr int s_layoutVersion = 2;
constexpr qint64 s_progressEvery = 0x10000;

struct Sums
{
    qint64 sales = 0;
    qint64 gross = 0;
    qint64 payout = 0;
    qint64 unknown = 0;
    qint64 net = 0;
    void add(const Sums& o, int sign = 1)
    {
        sales += sign * o.sales;
        gross += sign * o.gross;
        payout += sign * o.payout;
        unknown += sign * o.unknown;
        net += sign * o.net;
    }
};

struct SlotKey
{
    qint64 time = 0; // hour start (UTC) or Julian day
    qint64 site = 0; // site id, or interned product
    quint32 channel = 0;
    quint32 currency = 0;
    bool confirmed = false;
    bool operator==(const SlotKey&) const = default;
};
struct SlotHash
{
    size_t operator()(const SlotKey& k) const
    {
        return size_t(splitMix64(quint64(k.time) * 0x9e3779b97f4a7c15ULL ^
                                 splitMix64(quint64(k.site) << 1 | k.confirmed) ^
                                 (quint64(k.channel) << 32 | k.currency)));
    }
};
using SlotMap = std::unordered_map<SlotKey, Sums, SlotHash>;

// One sales row as read from the database.
struct SaleRow
{
    qint64 id = 0;
    SalesConfirmation::Row key;
    std::string_view product;
    std::optional<qint64> net;
};

// Reads a row of ImportStore::saleReader().
SaleRow saleAt(const Statement& stmt)
{
    using Col = ImportStore::SaleColumn;
    SaleRow row;
    row.id = stmt.int64(Col::SId);
    row.key.provider = stmt.textView(Col::SProvider);
    row.key.channel = stmt.textView(Col::SChannel);
    row.key.reference = stmt.textView(Col::SReference);
    row.key.currency = stmt.textView(Col::SCurrency);
    row.key.gross = stmt.int64(Col::SGross);
    row.key.occurredUtc = stmt.int64(Col::SOccurred);
    row.product = stmt.textView(Col::SProduct);
    row.net = stmt.optionalInt64(Col::SNet);
    return row;
}

// Values sales and counts them in their local hour (site, channel, currency, confirmed) and local day (product,
// currency, confirmed); days per site come from the hours. Used whole by a rebuild and as deltas by a fold.
class Accumulator final
{
public:
    Accumulator(const RevenueCatalog& catalog, const LocalCalendar& calendar) : m_catalog(catalog), m_calendar(calendar)
    {
        m_hourly.reserve(1 << 12);
    }

    void add(const SaleRow& row, bool confirmed, int sign = 1)
    {
        // Totals of bounded amounts fit in 64 bits; a row beyond the bound (written by other means than an import)
        // is not added, and the first one is named so the update fails instead of writing wrapped totals.
        if (!Money::withinBound(row.key.gross) || (row.net && !Money::withinBound(*row.net))) {
            if (m_beyondBoundId == 0)
                m_beyondBoundId = row.id;
            return;
        }
        RevenueCatalog::Sale sale;
        sale.provider = row.key.provider;
        sale.channel = row.key.channel;
        sale.currency = row.key.currency;
        sale.gross = row.key.gross;
        sale.product = row.product;
        sale.net = row.net;
        const RevenueCatalog::Value value = m_catalog.value(sale);
        const qint64 utc = row.key.occurredUtc;
        if (m_dayJd < 0 || utc < m_dayStart || utc >= m_dayEnd) {
            m_dayJd = m_calendar.julianDayOf(utc);
            m_dayStart = m_calendar.startOfDay(m_dayJd);
            m_dayEnd = m_calendar.startOfDay(m_dayJd + 1);
        }
        const qint64 hour = m_dayStart + (utc - m_dayStart) / 3600 * 3600;
        const quint32 channel = m_channels.id(row.key.channel);
        const quint32 currency = m_currencies.id(row.key.currency);
        const quint32 product = m_productNames.id(row.product);
        if (product == m_productSite.size())
            m_productSite.push_back(value.siteId);
        const Sums sums{1, row.key.gross, value.payoutKnown ? value.payout : 0, value.payoutKnown ? 0 : 1,
                        value.netOfVat};
        m_hourly[SlotKey{hour, value.siteId, channel, currency, confirmed}].add(sums, sign);
        m_productDays[SlotKey{m_dayJd, qint64(product), 0, currency, confirmed}].add(sums, sign);
    }

    // Writes the totals: as new rows after the tables were emptied (upsert false), or added to what is stored.
    // The first row whose amount lies beyond Money::kMaxMinorUnits, 0 when none.
    qint64 beyondBound() const { return m_beyondBoundId; }

    // The rows of a slot map into an empty table, columns as write() binds them.
    bool writeNew(Database& db, const char* table, const QByteArray& columns, const SlotMap& rows, bool byProduct)
    {
        auto insert = BulkInsert::create(db, table, std::string_view(columns.constData(), size_t(columns.size())));
        if (!insert)
            return false;
        for (const auto& [key, s] : sorted(rows, byProduct)) {
            if (s.sales == 0 && s.gross == 0 && s.payout == 0 && s.net == 0 && s.unknown == 0)
                continue;
            BulkInsert& row = *insert;
            row.number(key.time);
            if (byProduct) {
                row.text(m_productNames.name(quint32(key.site))).text(m_currencies.name(key.currency));
                row.number(key.confirmed ? 1 : 0).number(m_productSite[size_t(key.site)]);
            } else {
                row.number(key.site).text(m_channels.name(key.channel)).text(m_currencies.name(key.currency));
                row.number(key.confirmed ? 1 : 0);
            }
            if (!row.number(s.sales).number(s.gross).number(s.payout).number(s.unknown).number(s.net).endRow())
                return false;
        }
        return insert->flush().ok();
    }

    bool write(Database& db, bool upsert)
    {
        SlotMap daily;
        for (const auto& [key, sums] : m_hourly) {
            SlotKey day = key;
            day.time = m_calendar.julianDayOf(key.time);
            daily[day].add(sums);
        }
        const char* sums = "sales, gross_minor, payout_minor, payout_unknown, net_of_vat_minor";
        struct Table
        {
            const char* name;
            const char* key;   // the columns bound first, primary key first
            const char* match; // the primary key
            const char* primaryKey;
            const SlotMap* rows;
            bool byProduct;
        };
        const Table tables[] = {{"revenue_hourly", "hour_utc, site_id, channel, currency, confirmed",
                                 "hour_utc = ? AND site_id = ? AND channel = ? AND currency = ? AND confirmed = ?",
                                 "hour_utc, site_id, channel, currency, confirmed", &m_hourly, false},
                                {"revenue_daily", "day, site_id, channel, currency, confirmed",
                                 "day = ? AND site_id = ? AND channel = ? AND currency = ? AND confirmed = ?",
                                 "day, site_id, channel, currency, confirmed", &daily, false},
                                {"revenue_daily_products", "day, product, currency, confirmed, site_id",
                                 "day = ? AND product = ? AND currency = ? AND confirmed = ?",
                                 "day, product, currency, confirmed", &m_productDays, true}};
        for (const Table& t : tables) {
            QByteArray insertSql = QByteArray("INSERT INTO ") + t.name + " (" + t.key + ", " + sums +
                                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            if (upsert) {
                insertSql += QByteArray(" ON CONFLICT (") + t.primaryKey + ") DO UPDATE SET ";
                for (const char* column :
                     {"sales", "gross_minor", "payout_minor", "payout_unknown", "net_of_vat_minor"}) {
                    insertSql += QByteArray(column) + " = " + t.name + '.' + column + " + excluded." + column +
                                 (qstrcmp(column, "net_of_vat_minor") == 0 ? "" : ", ");
                }
            }
            auto insert = db.prepare(insertSql.constData());
            // A fold can bring a slot down to no sale: the row goes.
            const QByteArray emptySql = QByteArray("DELETE FROM ") + t.name + " WHERE " + t.match + " AND sales = 0";
            auto empty = db.prepare(emptySql.constData());
            if (!insert || !empty)
                return false;
            if (!upsert) {
                // Into empty tables (a rebuild): tens of thousands of rows, by COPY on a server.
                if (!writeNew(db, t.name, QByteArray(t.key) + ", " + sums, *t.rows, t.byProduct))
                    return false;
                continue;
            }
            for (const auto& [key, s] : sorted(*t.rows, t.byProduct)) {
                if (s.sales == 0 && s.gross == 0 && s.payout == 0 && s.net == 0 && s.unknown == 0)
                    continue;
                Statement& stmt = *insert;
                stmt.bind(1, key.time);
                if (t.byProduct) {
                    stmt.bindStatic(2, m_productNames.name(quint32(key.site)));
                    stmt.bindStatic(3, m_currencies.name(key.currency));
                    stmt.bind(4, key.confirmed ? 1 : 0);
                    stmt.bind(5, m_productSite[size_t(key.site)]);
                } else {
                    stmt.bind(2, key.site);
                    stmt.bindStatic(3, m_channels.name(key.channel));
                    stmt.bindStatic(4, m_currencies.name(key.currency));
                    stmt.bind(5, key.confirmed ? 1 : 0);
                }
                stmt.bind(6, s.sales);
                stmt.bind(7, s.gross);
                stmt.bind(8, s.payout);
                stmt.bind(9, s.unknown);
                stmt.bind(10, s.net);
                if (!stmt.run())
                    return false;
                if (upsert && s.sales < 0) {
                    Statement& del = *empty;
                    del.bind(1, key.time);
                    if (t.byProduct) {
                        del.bindStatic(2, m_productNames.name(quint32(key.site)));
                        del.bindStatic(3, m_currencies.name(key.currency));
                        del.bind(4, key.confirmed ? 1 : 0);
                    } else {
                        del.bind(2, key.site);
                        del.bindStatic(3, m_channels.name(key.channel));
                        del.bindStatic(4, m_currencies.name(key.currency));
                        del.bind(5, key.confirmed ? 1 : 0);
                    }
                    if (!del.run())
                        return false;
                }
            }
        }
        return true;
    }

private:
    // Primary-key order, so each table grows at its end.
    std::vector<std::pair<SlotKey, Sums>> sorted(const SlotMap& map, bool byProduct) const
    {
        std::vector<std::pair<SlotKey, Sums>> rows(map.begin(), map.end());
        std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
            const SlotKey& x = a.first;
            const SlotKey& y = b.first;
            if (x.time != y.time)
                return x.time < y.time;
            if (byProduct) {
                if (x.site != y.site)
                    return m_productNames.name(quint32(x.site)) < m_productNames.name(quint32(y.site));
            } else {
                if (x.site != y.site)
                    return x.site < y.site;
                if (x.channel != y.channel)
                    return m_channels.name(x.channel) < m_channels.name(y.channel);
            }
            if (x.currency != y.currency)
                return m_currencies.name(x.currency) < m_currencies.name(y.currency);
            return x.confirmed < y.confirmed;
        });
        return rows;
    }

    const RevenueCatalog& m_catalog;
    const LocalCalendar& m_calendar;
    Interner m_channels;
    Interner m_currencies;
    Interner m_productNames;
    std::vector<qint64> m_productSite;
    SlotMap m_hourly;
    SlotMap m_productDays;
    qint64 m_dayJd = -1;
    qint64 m_dayStart = 0;
    qint64 m_dayEnd = 0;
    qint64 m_beyondBoundId = 0;
};

QString beyondBoundMessage(qint64 transactionId)
{
    return QCoreApplication::translate("RevenueAggregates",
                                       "transaction %1 holds an amount beyond the largest Obole accepts (%2 either "
                                       "way); totals built on it would be wrong, so none were written")
        .arg(transactionId)
        .arg(Money::boundText(2));
}

// What the stored totals reflect: how they were computed (layout, zone, catalog) and which rows they hold (every
// transaction up to `watermark`, every batch up to `lastBatch`, whose ids and sizes hash to `batches`).
struct State
{
    QString config;
    qint64 watermark = -1;
    qint64 lastBatch = 0;
    QString batches;

    QString text() const
    {
        return QStringLiteral("%1|%2|%3|%4").arg(config).arg(watermark).arg(lastBatch).arg(batches);
    }
    static State parse(const QString& text)
    {
        State s;
        const QStringList parts = text.split(u'|');
        if (parts.size() != 4)
            return s;
        s.config = parts.at(0);
        s.watermark = parts.at(1).toLongLong();
        s.lastBatch = parts.at(2).toLongLong();
        s.batches = parts.at(3);
        return s;
    }
};

QString configOf(const RevenueCatalog& catalog, const QTimeZone& zone)
{
    return QStringLiteral("%1;%2;%3")
        .arg(s_layoutVersion)
        .arg(QString::fromUtf8(zone.id()), QString::fromLatin1(catalog.fingerprint()));
}

// The hash of the batches up to `upTo` (all when negative), and the last batch id.
Result<std::pair<QString, qint64>> batchesHash(Database& db, qint64 upTo)
{
    using R = Result<std::pair<QString, qint64>>;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto list = ImportStore(db).batchSizes(upTo < 0 ? std::numeric_limits<qint64>::max() : upTo);
    if (!list)
        return R::failure(list.error());
    qint64 last = 0;
    for (const auto& [id, rowsAdded] : std::as_const(*list)) {
        last = id;
        const QByteArray entry = QByteArray::number(last) + ':' + QByteArray::number(rowsAdded) + ';';
        hash.addData(entry);
    }
    return std::make_pair(QString::fromLatin1(hash.result().toHex()), last);
}

Result<State> currentState(Database& db, const QString& config)
{
    State s;
    s.config = config;
    auto highest = ImportStore(db).lastTransactionId();
    if (!highest)
        return Result<State>::failure(highest.error());
    s.watermark = highest.value();
    auto batches = batchesHash(db, -1);
    if (!batches)
        return Result<State>::failure(batches.error());
    s.batches = batches->first;
    s.lastBatch = batches->second;
    return s;
}

// What refresh() has to do.
enum class Plan { Nothing, Fold, Revalue, Rebuild };

Result<std::pair<Plan, State>> plan(Database& db, const RevenueCatalog& catalog, const QTimeZone& zone)
{
    using R = Result<std::pair<Plan, State>>;
    auto storedText = AccountingSettingsStore::databaseSetting(db, s_stateKey);
    if (!storedText)
        return R::failure(storedText.error());
    const State stored = State::parse(storedText.value());
    if (stored.watermark < 0)
        return std::make_pair(Plan::Rebuild, stored);
    auto highest = ImportStore(db).lastTransactionId();
    if (!highest)
        return R::failure(highest.error());
    if (highest.value() < stored.watermark)
        return std::make_pair(Plan::Rebuild, stored);
    // The batches counted then must all be there, unchanged; only new ones may have come.
    auto known = batchesHash(db, stored.lastBatch);
    if (!known)
        return R::failure(known.error());
    if (known->first != stored.batches)
        return std::make_pair(Plan::Rebuild, stored);
    // The rows counted are all there: what confirms them still holds, only their value or their day changed.
    if (stored.config != configOf(catalog, zone))
        return std::make_pair(Plan::Revalue, stored);
    auto lastBatch = ImportStore(db).lastBatchId();
    if (!lastBatch)
        return R::failure(lastBatch.error());
    if (highest.value() == stored.watermark && lastBatch.value() == stored.lastBatch)
        return std::make_pair(Plan::Nothing, stored);
    return std::make_pair(Plan::Fold, stored);
}

// What the totals need now, with the catalog and the zone it was decided from (the work that follows uses them).
struct Planned
{
    RevenueCatalog catalog;
    QTimeZone zone;
    Plan plan = Plan::Nothing;
    State state;
};

Result<Planned> planNow(Database& db)
{
    auto catalog = RevenueCatalog::load(db);
    if (!catalog)
        return Result<Planned>::failure(catalog.error());
    Planned planned{std::move(catalog.value()), RevenueAggregates::timeZone(db), Plan::Nothing, State()};
    auto p = plan(db, planned.catalog, planned.zone);
    if (!p)
        return Result<Planned>::failure(p.error());
    planned.plan = p->first;
    planned.state = p->second;
    return planned;
}

} // namespace

Status RevenueAggregates::rowsAdded(Database& db)
{
    // Small batches (a day's statement) are folded in at once, inside the import's transaction; a big one (years of
    // history at the first import), or totals that need more than a fold, are left to the next reader, who shows
    // progress. The new rows are counted by id, so the batch's own counts need not be written yet.
    auto p = planNow(db);
    if (!p)
        return Status::failure(p.error());
    if (p->plan != Plan::Fold)
        return {};
    auto count = ImportStore(db).rowsAfter(p->state.watermark);
    if (!count)
        return Status::failure(count.error());
    const qint64 added = count.value();
    const qint64 limit = db.engine() == Database::Engine::Server ? s_foldOnServerLimit : s_foldAtImportLimit;
    return added > limit ? Status() : fold(db);
}

QTimeZone RevenueAggregates::timeZone(Database& db)
{
    const QString id = AccountingSettingsStore::databaseSetting(db, s_zoneKey).value_or(QString());
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(defaultTimeZoneId());
}

Status RevenueAggregates::setTimeZone(Database& db, const QTimeZone& zone)
{
    if (!zone.isValid())
        return Status::failure(tr("Not a valid time zone."));
    return AccountingSettingsStore::setDatabaseSetting(db, s_zoneKey, QString::fromUtf8(zone.id()));
}

Result<bool> RevenueAggregates::isCurrent(Database& db)
{
    auto p = planNow(db);
    if (!p)
        return Result<bool>::failure(p.error());
    return p->plan == Plan::Nothing;
}

Status RevenueAggregates::refresh(Database& db, const Progress& progress)
{
    auto p = planNow(db);
    if (!p)
        return Status::failure(p.error());
    if ((p->plan == Plan::Fold || p->plan == Plan::Revalue) && db.engine() == Database::Engine::Server) {
        auto count = ImportStore(db).rowsAfter(p->state.watermark);
        if (!count)
            return Status::failure(count.error());
        if (count.value() > s_foldOnServerLimit)
            return rebuild(db, progress);
    }
    switch (p->plan) {
    case Plan::Nothing:
        return {};
    case Plan::Fold:
        return fold(db, progress);
    case Plan::Revalue:
        if (auto st = revalue(db, progress); !st)
            return st;
        return fold(db, progress);
    case Plan::Rebuild:
        break;
    }
    return rebuild(db, progress);
}

Status RevenueAggregates::revalue(Database& db, const Progress& progress)
{
    const auto fail = &RevenueAggregates::updateFailure;
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error());
    auto p = planNow(db);
    if (!p)
        return fail(p.error());
    if (p->plan != Plan::Revalue)
        return {};
    const RevenueCatalog& catalog = p->catalog;
    const QTimeZone& zone = p->zone;
    State state = p->state;
    state.config = configOf(catalog, zone);
    QElapsedTimer phase;
    phase.start();

    std::unordered_set<qint64> waiting;
    {
        auto ids = db.prepare("SELECT transaction_id FROM revenue_unconfirmed_sales");
        if (!ids)
            return fail(db.lastError());
        while (ids->step())
            waiting.insert(ids->int64(0));
        if (ids->failed())
            return fail(ids->error());
    }
    const LocalCalendar calendar(zone);
    Accumulator totals(catalog, calendar);
    auto sales = ImportStore(db).saleReader(ImportStore::SaleRange::SalesUpTo, state.watermark);
    if (!sales)
        return fail(sales.error());
    const qint64 total = qMax<qint64>(1, state.watermark);
    qint64 rows = 0;
    while (sales->step()) {
        const SaleRow row = saleAt(*sales);
        totals.add(row, waiting.count(row.id) == 0);
        if ((++rows & (s_progressEvery - 1)) == 0 && progress && !progress(rows, total))
            return Status::failure(tr("Cancelled."));
    }
    if (sales->failed())
        return fail(db.lastError());
    if (auto st = db.exec("DELETE FROM revenue_hourly; DELETE FROM revenue_daily; DELETE FROM revenue_daily_products;");
        !st)
        return fail(st.error());
    if (totals.beyondBound())
        return fail(beyondBoundMessage(totals.beyondBound()));
    if (!totals.write(db, false))
        return fail(db.lastError());
    if (auto st = AccountingSettingsStore::setDatabaseSetting(db, s_stateKey, state.text()); !st)
        return fail(st.error());
    if (auto st = tx.commit(); !st)
        return fail(st.error());
    qCDebug(lcRevenue) << "revalue:" << rows << "sales in" << phase.elapsed() << "ms";
    return {};
}

Status RevenueAggregates::rebuild(Database& db, const Progress& progress)
{
    // The reads run on a snapshot, so an import may commit meanwhile: its rows are folded in at the next refresh.
    // A batch removed meanwhile makes the write refuse, and the rebuild starts over.
    for (int attempt = 0;; ++attempt) {
        bool retry = false;
        Status st = rebuildOnce(db, progress, retry);
        if (st || !retry || attempt == 2)
            return st;
    }
}

Status RevenueAggregates::updateFailure(const QString& why)
{
    return Status::failure(tr("Cannot update the revenue totals: %1").arg(why));
}

Status RevenueAggregates::rebuildOnce(Database& db, const Progress& progress, bool& retry)
{
    const auto fail = &RevenueAggregates::updateFailure;
    // Inside a caller's transaction, its snapshot is ours; otherwise a read transaction holds one, until the write.
    const bool nested = db.inTransaction();
    std::unique_ptr<Transaction> read;
    if (!nested) {
        read = std::make_unique<Transaction>(db, false);
        if (!read->isActive())
            return fail(read->error());
    }

    const QTimeZone zone = timeZone(db);
    auto catalog = RevenueCatalog::load(db);
    if (!catalog)
        return fail(catalog.error());
    auto snapshot = currentState(db, configOf(catalog.value(), zone));
    if (!snapshot)
        return fail(snapshot.error());
    // Reading: the provider rows, then the sales; about the number of transactions in all.
    const qint64 total = qMax<qint64>(1, snapshot->watermark);
    const qint64 estimate = total + total / 2;
    if (progress && !progress(0, estimate))
        return Status::failure(tr("Cancelled."));
    QElapsedTimer phase;
    phase.start();

    // First pass: what providers have confirmed.
    SalesConfirmation confirmation;
    bool cancelled = false;
    const auto goOn = [&](qint64 rows) {
        cancelled = progress && !progress(rows, estimate);
        return !cancelled;
    };
    if (auto st = confirmation.load(db, goOn); !st)
        return cancelled ? Status::failure(tr("Cancelled.")) : fail(st.error());
    const qint64 providerRows = confirmation.providerRows();
    qCDebug(lcRevenue) << "rebuild: provider rows read:" << providerRows << "in" << phase.restart() << "ms";

    // Second pass: every sale, valued and counted in its local hour.
    const LocalCalendar calendar(zone);
    Accumulator totals(catalog.value(), calendar);
    struct Unconfirmed
    {
        qint64 id;
        qint64 reference;
        qint64 amount;
        qint64 utc;
        qint64 provider;
    };
    std::vector<Unconfirmed> unconfirmed;
    {
        auto sales = ImportStore(db).saleReader(ImportStore::SaleRange::SalesUpTo, snapshot->watermark);
        if (!sales)
            return fail(sales.error());
        qint64 rows = 0;
        while (sales->step()) {
            const SaleRow row = saleAt(*sales);
            const bool confirmed = confirmation.isConfirmed(row.key);
            totals.add(row, confirmed);
            if (!confirmed) {
                unconfirmed.push_back(
                    {row.id, row.key.reference.empty() ? 0 : SalesConfirmation::referenceHash(row.key.reference),
                     SalesConfirmation::amountHash(row.key), row.key.occurredUtc,
                     SalesConfirmation::providerHash(row.key.provider)});
            }
            if ((++rows & (s_progressEvery - 1)) == 0 && progress && !progress(providerRows + rows, estimate))
                return Status::failure(tr("Cancelled."));
        }
        if (sales->failed())
            return fail(db.lastError());
    }
    qCDebug(lcRevenue) << "rebuild: sales valued and counted in" << phase.restart() << "ms";
    const std::vector<SalesConfirmation::ReferenceKey> references = confirmation.references();
    // Writing the keys takes about as long as reading the rows: it has its share of the progress, and can be
    // cancelled too.
    const qint64 writes = qint64(references.size() + confirmation.amounts().size() + unconfirmed.size());
    const qint64 grandTotal = total + writes;
    qint64 written = 0;
    const auto writing = [&]() {
        return (++written & (s_progressEvery - 1)) != 0 || !progress || progress(total + written, grandTotal);
    };

    // The write: nested in a caller's transaction, the same one; otherwise a new one, once the batches read are
    // checked to be all still there.
    read.reset();
    Transaction write(db);
    if (!write.isActive()) {
        retry = db.lastErrorIsBusy();
        return fail(write.error());
    }
    if (!nested) {
        auto still = batchesHash(db, snapshot->lastBatch);
        if (!still)
            return fail(still.error());
        if (still->first != snapshot->batches) {
            retry = true;
            return fail(tr("an import was undone meanwhile"));
        }
    }
    if (auto st = db.exec("DELETE FROM revenue_hourly; DELETE FROM revenue_daily; DELETE FROM revenue_daily_products; "
                          "DELETE FROM revenue_provider_references; DELETE FROM revenue_provider_amounts; "
                          "DELETE FROM revenue_unconfirmed_sales;");
        !st) {
        retry = db.lastErrorIsBusy();
        return fail(st.error());
    }
    if (totals.beyondBound())
        return fail(beyondBoundMessage(totals.beyondBound()));
    if (!totals.write(db, false)) {
        retry = db.lastErrorIsBusy();
        return fail(db.lastError());
    }
    // Millions of keys: a file inserts each with one prepared statement, a server takes them by COPY (BulkInsert).
    {
        auto insert = BulkInsert::create(db, "revenue_provider_references", "reference_hash, provider_hash");
        if (!insert)
            return fail(insert.error());
        for (const SalesConfirmation::ReferenceKey& k : references) {
            if (auto st = insert->number(k.reference).number(k.provider).endRow(); !st)
                return fail(st.error());
            if (!writing())
                return Status::failure(tr("Cancelled."));
        }
        if (auto st = insert->flush(); !st)
            return fail(st.error());
    }
    {
        auto insert = BulkInsert::create(db, "revenue_provider_amounts", "amount_hash, occurred_utc, provider_hash");
        if (!insert)
            return fail(insert.error());
        for (const SalesConfirmation::AmountKey& k : confirmation.amounts()) {
            if (auto st = insert->number(k.amount).number(k.utc).number(k.provider).endRow(); !st)
                return fail(st.error());
            if (!writing())
                return Status::failure(tr("Cancelled."));
        }
        if (auto st = insert->flush(); !st)
            return fail(st.error());
    }
    {
        auto insert = BulkInsert::create(db, "revenue_unconfirmed_sales",
                                         "transaction_id, reference_hash, amount_hash, occurred_utc, provider_hash");
        if (!insert)
            return fail(insert.error());
        for (const Unconfirmed& u : unconfirmed) {
            insert->number(u.id).number(u.reference == 0 ? std::nullopt : std::optional<qint64>(u.reference));
            if (auto st = insert->number(u.amount).number(u.utc).number(u.provider).endRow(); !st)
                return fail(st.error());
            if (!writing())
                return Status::failure(tr("Cancelled."));
        }
        if (auto st = insert->flush(); !st)
            return fail(st.error());
    }
    if (auto st = AccountingSettingsStore::setDatabaseSetting(db, s_stateKey, snapshot->text()); !st) {
        retry = db.lastErrorIsBusy();
        return fail(st.error());
    }
    if (auto st = write.commit(); !st) {
        retry = db.lastErrorIsBusy();
        return fail(st.error());
    }
    qCDebug(lcRevenue) << "rebuild: totals written in" << phase.restart() << "ms";
    if (progress)
        progress(grandTotal, grandTotal);
    return {};
}

Status RevenueAggregates::fold(Database& db, const Progress& progress)
{
    bool otherwise = false;
    Status st = foldOnce(db, progress, otherwise);
    // The totals need more than new rows folded in: refresh() knows what.
    return otherwise ? refresh(db, progress) : st;
}

namespace {
// A sale's keys, as fold_sales and revenue_unconfirmed_sales take them: id, reference (0, or NULL when
// `nullWithoutReference`, for a sale without one), amount, time, provider.
Status writeSaleKeys(BulkInsert& into, const SaleRow& row, bool nullWithoutReference)
{
    const qint64 reference = row.key.reference.empty() ? 0 : SalesConfirmation::referenceHash(row.key.reference);
    into.number(row.id).number(reference == 0 && nullWithoutReference ? std::nullopt
                                                                      : std::optional<qint64>(reference));
    return into.number(SalesConfirmation::amountHash(row.key))
        .number(row.key.occurredUtc)
        .number(SalesConfirmation::providerHash(row.key.provider))
        .endRow();
}

// Adds the ids a statement returns (its first column) to `into`.
Status collectIds(Database& db, const std::string& sql, std::unordered_set<qint64>& into)
{
    auto s = db.prepare(sql);
    if (!s)
        return Status::failure(s.error());
    return s->forEach([&] { into.insert(s->int64(0)); });
}
} // namespace

Status RevenueAggregates::foldOnce(Database& db, const Progress& progress, bool& rebuildInstead)
{
    const auto fail = &RevenueAggregates::updateFailure;
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error());
    // Decided again inside the write transaction: nothing changes under it now.
    auto p = planNow(db);
    if (!p)
        return fail(p.error());
    if (p->plan == Plan::Nothing)
        return {};
    if (p->plan == Plan::Rebuild || p->plan == Plan::Revalue) {
        rebuildInstead = true;
        return {};
    }
    const RevenueCatalog& catalog = p->catalog;
    const QTimeZone& zone = p->zone;
    const State stored = p->state;
    auto now = currentState(db, stored.config);
    if (!now)
        return fail(now.error());
    QElapsedTimer phase;
    phase.start();
    const qint64 total = qMax<qint64>(1, now->watermark - stored.watermark);

    auto addReference = db.prepare("INSERT INTO revenue_provider_references (reference_hash, provider_hash) "
                                   "VALUES (?, ?) ON CONFLICT DO NOTHING");
    auto addAmount = db.prepare("INSERT INTO revenue_provider_amounts (amount_hash, occurred_utc, provider_hash) "
                                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    auto waitingByReference = db.prepare("SELECT transaction_id FROM revenue_unconfirmed_sales WHERE reference_hash = "
                                         "? AND (provider_hash = 0 OR provider_hash = ?)");
    auto waitingByAmount = db.prepare("SELECT transaction_id FROM revenue_unconfirmed_sales WHERE amount_hash = ? AND "
                                      "occurred_utc BETWEEN ? AND ? AND (provider_hash = 0 OR provider_hash = ?)");
    if (!addReference || !addAmount || !waitingByReference || !waitingByAmount)
        return fail(db.lastError());

    // New provider rows: their keys join the stored ones, and the waiting sales they confirm are noted. A lookup
    // that fails (a damaged page) is not "no row": the update stops on its message instead of writing totals from a
    // partial read.
    std::unordered_set<qint64> nowConfirmed;
    qint64 done = 0;
    // Every s_progressEvery rows: whether the progress callback asks to stop.
    auto cancelled = [&] { return (++done & (s_progressEvery - 1)) == 0 && progress && !progress(done, total); };
    // On a server, where a lookup a row is a round trip a row, the new keys and sales go by COPY into temporary
    // tables and are matched by joins: the same rules, by sets.
    const bool bySets = db.engine() == Database::Engine::Server;
    const std::string window = std::to_string(SalesConfirmation::s_windowSeconds);
    if (bySets) {
        if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS fold_references (reference_hash BIGINT NOT NULL, "
                              "provider_hash BIGINT NOT NULL); CREATE TEMP TABLE IF NOT EXISTS fold_amounts "
                              "(amount_hash BIGINT NOT NULL, occurred_utc BIGINT NOT NULL, provider_hash BIGINT NOT "
                              "NULL); CREATE TEMP TABLE IF NOT EXISTS fold_sales (transaction_id BIGINT NOT NULL, "
                              "reference_hash BIGINT NOT NULL, amount_hash BIGINT NOT NULL, occurred_utc BIGINT NOT "
                              "NULL, provider_hash BIGINT NOT NULL); TRUNCATE fold_references, fold_amounts, "
                              "fold_sales");
            !st)
            return fail(st.error());
        auto references = BulkInsert::create(db, "fold_references", "reference_hash, provider_hash");
        auto amounts = BulkInsert::create(db, "fold_amounts", "amount_hash, occurred_utc, provider_hash");
        auto rows = ImportStore(db).providerRowReader(stored.watermark);
        if (!references || !amounts || !rows)
            return fail(!references ? references.error() : !amounts ? amounts.error() : rows.error());
        while (rows->step()) {
            const SalesConfirmation::Row r = SalesConfirmation::Row::at(*rows);
            const qint64 provider = SalesConfirmation::providerHash(r.provider);
            const Status st =
                r.reference.empty()
                    ? amounts->number(SalesConfirmation::amountHash(r)).number(r.occurredUtc).number(provider).endRow()
                    : references->number(SalesConfirmation::referenceHash(r.reference)).number(provider).endRow();
            if (!st)
                return fail(st.error());
            if (cancelled())
                return Status::failure(tr("Cancelled."));
        }
        if (rows->failed())
            return fail(db.lastError());
        if (auto st = references->flush(); !st)
            return fail(st.error());
        if (auto st = amounts->flush(); !st)
            return fail(st.error());
        if (auto st = db.exec("INSERT INTO revenue_provider_references (reference_hash, provider_hash) SELECT DISTINCT "
                              "reference_hash, provider_hash FROM fold_references ON CONFLICT DO NOTHING; INSERT INTO "
                              "revenue_provider_amounts (amount_hash, occurred_utc, provider_hash) SELECT DISTINCT "
                              "amount_hash, occurred_utc, provider_hash FROM fold_amounts ON CONFLICT DO NOTHING");
            !st)
            return fail(st.error());
        const std::string sql =
            "SELECT u.transaction_id FROM revenue_unconfirmed_sales u JOIN fold_references r ON u.reference_hash = "
            "r.reference_hash AND (u.provider_hash = 0 OR u.provider_hash = r.provider_hash) UNION SELECT "
            "u.transaction_id FROM revenue_unconfirmed_sales u JOIN fold_amounts a ON u.amount_hash = a.amount_hash "
            "AND u.occurred_utc BETWEEN a.occurred_utc - " +
            window + " AND a.occurred_utc + " + window +
            " AND (u.provider_hash = 0 OR u.provider_hash = a.provider_hash)";
        if (auto st = collectIds(db, sql, nowConfirmed); !st)
            return fail(st.error());
    } else {
        auto rows = ImportStore(db).providerRowReader(stored.watermark);
        if (!rows)
            return fail(rows.error());
        while (rows->step()) {
            const SalesConfirmation::Row r = SalesConfirmation::Row::at(*rows);
            const qint64 provider = SalesConfirmation::providerHash(r.provider);
            Statement* find = nullptr;
            if (!r.reference.empty()) {
                const qint64 reference = SalesConfirmation::referenceHash(r.reference);
                addReference->bind(1, reference);
                addReference->bind(2, provider);
                if (!addReference->run())
                    return fail(db.lastError());
                find = &*waitingByReference;
                find->bind(1, reference);
                find->bind(2, provider);
            } else {
                const qint64 amount = SalesConfirmation::amountHash(r);
                addAmount->bind(1, amount);
                addAmount->bind(2, r.occurredUtc);
                addAmount->bind(3, provider);
                if (!addAmount->run())
                    return fail(db.lastError());
                find = &*waitingByAmount;
                find->bind(1, amount);
                find->bind(2, r.occurredUtc - SalesConfirmation::s_windowSeconds);
                find->bind(3, r.occurredUtc + SalesConfirmation::s_windowSeconds);
                find->bind(4, provider);
            }
            while (find->step())
                nowConfirmed.insert(find->int64(0));
            find->reset();
            if (find->failed())
                return fail(find->error());
            if (cancelled())
                return Status::failure(tr("Cancelled."));
        }
        if (rows->failed())
            return fail(db.lastError());
    }

    const LocalCalendar calendar(zone);
    Accumulator deltas(catalog, calendar);
    // Sales that were waiting and are confirmed now move from one side of the totals to the other.
    {
        auto sale = ImportStore(db).saleReader(ImportStore::SaleRange::OneRow, 0);
        auto confirmed = db.prepare("DELETE FROM revenue_unconfirmed_sales WHERE transaction_id = ?");
        if (!sale || !confirmed)
            return fail(db.lastError());
        std::vector<qint64> ids(nowConfirmed.begin(), nowConfirmed.end());
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids) {
            sale->bind(1, id);
            if (sale->step()) {
                const SaleRow row = saleAt(*sale);
                deltas.add(row, false, -1);
                deltas.add(row, true, 1);
            }
            sale->reset();
            if (sale->failed())
                return fail(sale->error());
            confirmed->bind(1, id);
            if (!confirmed->run())
                return fail(db.lastError());
        }
    }

    // New sales, checked against every provider row's key, old and new.
    if (bySets) {
        // Their keys first, matched in one statement; then the sales again, counted as confirmed or waiting.
        auto keys = BulkInsert::create(db, "fold_sales",
                                       "transaction_id, reference_hash, amount_hash, occurred_utc, provider_hash");
        auto rows = ImportStore(db).saleReader(ImportStore::SaleRange::SalesBetween, stored.watermark, now->watermark);
        if (!keys || !rows)
            return fail(!keys ? keys.error() : rows.error());
        while (rows->step()) {
            if (auto st = writeSaleKeys(*keys, saleAt(*rows), false); !st)
                return fail(st.error());
        }
        if (rows->failed())
            return fail(db.lastError());
        if (auto st = keys->flush(); !st)
            return fail(st.error());
        const std::string sql =
            "SELECT s.transaction_id FROM fold_sales s WHERE (s.reference_hash <> 0 AND EXISTS (SELECT 1 FROM "
            "revenue_provider_references r WHERE r.reference_hash = s.reference_hash AND (s.provider_hash = 0 OR "
            "r.provider_hash = s.provider_hash))) OR EXISTS (SELECT 1 FROM revenue_provider_amounts a WHERE "
            "a.amount_hash = s.amount_hash AND a.occurred_utc BETWEEN s.occurred_utc - " +
            window + " AND s.occurred_utc + " + window +
            " AND (s.provider_hash = 0 OR a.provider_hash = s.provider_hash))";
        std::unordered_set<qint64> confirmedNew;
        if (auto st = collectIds(db, sql, confirmedNew); !st)
            return fail(st.error());
        auto waiting = BulkInsert::create(db, "revenue_unconfirmed_sales",
                                          "transaction_id, reference_hash, amount_hash, occurred_utc, provider_hash");
        auto again = ImportStore(db).saleReader(ImportStore::SaleRange::SalesBetween, stored.watermark, now->watermark);
        if (!waiting || !again)
            return fail(!waiting ? waiting.error() : again.error());
        while (again->step()) {
            const SaleRow row = saleAt(*again);
            const bool confirmed = confirmedNew.contains(row.id);
            deltas.add(row, confirmed);
            if (!confirmed) {
                if (auto st = writeSaleKeys(*waiting, row, true); !st)
                    return fail(st.error());
            }
            if (cancelled())
                return Status::failure(tr("Cancelled."));
        }
        if (again->failed())
            return fail(db.lastError());
        if (auto st = waiting->flush(); !st)
            return fail(st.error());
    } else {
        auto byReference = db.prepare("SELECT 1 FROM revenue_provider_references WHERE reference_hash = ? AND "
                                      "(? = 0 OR provider_hash = ?) LIMIT 1");
        auto byAmount = db.prepare("SELECT 1 FROM revenue_provider_amounts WHERE amount_hash = ? AND occurred_utc "
                                   "BETWEEN ? AND ? AND (? = 0 OR provider_hash = ?) LIMIT 1");
        auto waiting = db.prepare("INSERT INTO revenue_unconfirmed_sales (transaction_id, reference_hash, amount_hash, "
                                  "occurred_utc, provider_hash) VALUES (?, ?, ?, ?, ?)");
        auto rows = ImportStore(db).saleReader(ImportStore::SaleRange::SalesBetween, stored.watermark, now->watermark);
        if (!byReference || !byAmount || !waiting || !rows)
            return fail(rows ? db.lastError() : rows.error());
        while (rows->step()) {
            const SaleRow row = saleAt(*rows);
            const qint64 provider = SalesConfirmation::providerHash(row.key.provider);
            const qint64 reference =
                row.key.reference.empty() ? 0 : SalesConfirmation::referenceHash(row.key.reference);
            const qint64 amount = SalesConfirmation::amountHash(row.key);
            bool confirmed = false;
            if (reference != 0) {
                byReference->bind(1, reference);
                byReference->bind(2, provider);
                byReference->bind(3, provider);
                confirmed = byReference->step();
                byReference->reset();
            }
            if (!confirmed) {
                byAmount->bind(1, amount);
                byAmount->bind(2, row.key.occurredUtc - SalesConfirmation::s_windowSeconds);
                byAmount->bind(3, row.key.occurredUtc + SalesConfirmation::s_windowSeconds);
                byAmount->bind(4, provider);
                byAmount->bind(5, provider);
                confirmed = byAmount->step();
                byAmount->reset();
            }
            // In the order asked, so the message is the first failure's (one at an earlier row stopped the update).
            if (byReference->failed())
                return fail(byReference->error());
            if (byAmount->failed())
                return fail(byAmount->error());
            deltas.add(row, confirmed);
            if (!confirmed) {
                waiting->bind(1, row.id);
                if (reference == 0)
                    waiting->bindNull(2);
                else
                    waiting->bind(2, reference);
                waiting->bind(3, amount);
                waiting->bind(4, row.key.occurredUtc);
                waiting->bind(5, provider);
                if (!waiting->run())
                    return fail(db.lastError());
            }
            if (cancelled())
                return Status::failure(tr("Cancelled."));
        }
        if (rows->failed())
            return fail(db.lastError());
    }
    if (deltas.beyondBound())
        return fail(beyondBoundMessage(deltas.beyondBound()));
    if (!deltas.write(db, true))
        return fail(db.lastError());
    if (auto st = AccountingSettingsStore::setDatabaseSetting(db, s_stateKey, now->text()); !st)
        return fail(st.error());
    if (auto st = tx.commit(); !st)
        return fail(st.error());
    qCDebug(lcRevenue) << "fold:" << done << "new rows," << nowConfirmed.size() << "sales confirmed since, in"
                       << phase.elapsed() << "ms";
    if (progress)
        progress(total, total);
    return {};
}

namespace {

constexpr const char* s_figures = "sales, gross_minor, payout_minor, payout_unknown, net_of_vat_minor";

// Prepares `select` + the site and confirmed conditions, and binds the range at 1 and 2, the site at 3.
Result<Statement> totalsStatement(Database& db, std::string select, qint64 from, qint64 to,
                                  std::optional<qint64> siteId, bool confirmedOnly)
{
    if (siteId)
        select += " AND site_id = ?3";
    if (confirmedOnly)
        select += " AND confirmed = 1";
    auto s = db.prepare(select);
    if (!s)
        return s;
    s->bind(1, from).bind(2, to);
    if (siteId)
        s->bind(3, *siteId);
    return s;
}

} // namespace

Result<Statement> RevenueAggregates::dailyTotals(Database& db, qint64 fromDay, qint64 toDay,
                                                 std::optional<qint64> siteId)
{
    return totalsStatement(db,
                           std::string("SELECT day, channel, currency, confirmed, ") + s_figures +
                               " FROM revenue_daily WHERE day BETWEEN ?1 AND ?2",
                           fromDay, toDay, siteId, false);
}

Result<Statement> RevenueAggregates::hourlyTotals(Database& db, qint64 fromUtc, qint64 toUtc,
                                                  std::optional<qint64> siteId, bool confirmedOnly)
{
    return totalsStatement(db,
                           std::string("SELECT hour_utc, channel, currency, confirmed, ") + s_figures +
                               " FROM revenue_hourly WHERE hour_utc >= ?1 AND hour_utc < ?2",
                           fromUtc, toUtc, siteId, confirmedOnly);
}

Result<Statement> RevenueAggregates::productTotals(Database& db, qint64 fromDay, qint64 toDay,
                                                   std::optional<qint64> siteId, bool confirmedOnly)
{
    return totalsStatement(db,
                           std::string("SELECT product, site_id, currency, ") + s_figures +
                               " FROM revenue_daily_products WHERE day BETWEEN ?1 AND ?2",
                           fromDay, toDay, siteId, confirmedOnly);
}

Result<bool> RevenueAggregates::hasTotals(Database& db)
{
    auto any = db.queryInt64("SELECT count(*) FROM (SELECT 1 FROM revenue_daily LIMIT 1) AS one");
    if (!any)
        return Result<bool>::failure(any.error());
    return any.value() != 0;
}
