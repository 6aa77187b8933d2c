#include "revenueaggregates.h"

#include "localcalendar.h"
#include "revenuecatalog.h"
#include "salesconfirmation.h"
#include "storage/database.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

constexpr const char* s_stateKey = "revenue.aggregates";
constexpr const char* s_zoneKey = "time_zone";
// Bumped whenever the tables' meaning changes, so stored totals are rebuilt.
constexpr int s_layoutVersion = 1;
constexpr qint64 s_progressEvery = 0x10000;

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

std::string_view column(sqlite3_stmt* stmt, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(stmt, i))) : std::string_view();
}

// A prepared statement on the raw handle, for the loops over millions of rows where the wrapper's QString
// conversions would dominate.
class RawStatement final
{
public:
    RawStatement(Database& db, const char* sql)
    {
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

struct Sums
{
    qint64 sales = 0;
    qint64 gross = 0;
    qint64 payout = 0;
    qint64 unknown = 0;
    qint64 net = 0;
    void add(const Sums& o)
    {
        sales += o.sales;
        gross += o.gross;
        payout += o.payout;
        unknown += o.unknown;
        net += o.net;
    }
};

// Small repeated texts (channels, currencies, products) numbered in order of appearance.
class Interner final
{
public:
    quint32 id(std::string_view text)
    {
        if (m_last != UINT32_MAX && text == m_names[m_last])
            return m_last;
        auto it = m_ids.find(text);
        if (it == m_ids.end()) {
            it = m_ids.emplace(std::string(text), quint32(m_names.size())).first;
            m_names.emplace_back(text);
        }
        m_last = it->second;
        return m_last;
    }
    const std::string& name(quint32 id) const { return m_names[id]; }
    size_t size() const { return m_names.size(); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_ids;
    std::vector<std::string> m_names;
    quint32 m_last = UINT32_MAX;
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
        return size_t(mix(quint64(k.time) * 0x9e3779b97f4a7c15ULL ^ mix(quint64(k.site) << 1 | k.confirmed) ^
                          (quint64(k.channel) << 32 | k.currency)));
    }
};
using SlotMap = std::unordered_map<SlotKey, Sums, SlotHash>;

Result<QString> settingValue(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM database_settings WHERE key = ?");
    if (!stmt)
        return Result<QString>::failure(stmt.error());
    stmt->bind(1, std::string_view(key));
    auto row = stmt->next();
    if (!row)
        return Result<QString>::failure(row.error());
    return row.value() ? stmt->text(0) : QString();
}

Status setSetting(Database& db, const char* key, const QString& value)
{
    auto stmt = db.prepare("INSERT INTO database_settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return Status::failure(stmt.error());
    stmt->bind(1, std::string_view(key)).bind(2, value);
    return stmt->run();
}

// What the stored totals were computed from.
Result<QString> signature(Database& db, const RevenueCatalog& catalog, const QTimeZone& zone)
{
    using R = Result<QString>;
    auto maxId = db.prepare("SELECT coalesce(max(id), 0) FROM transactions");
    if (!maxId)
        return R::failure(maxId.error());
    auto row = maxId->next();
    if (!row)
        return R::failure(row.error());
    const qint64 highest = maxId->int64(0);

    QCryptographicHash batches(QCryptographicHash::Sha1);
    auto list = db.prepare("SELECT id, rows_added FROM import_batches ORDER BY id");
    if (!list)
        return R::failure(list.error());
    for (;;) {
        auto next = list->next();
        if (!next)
            return R::failure(next.error());
        if (!next.value())
            break;
        const QByteArray entry = QByteArray::number(list->int64(0)) + ':' + QByteArray::number(list->int64(1)) + ';';
        batches.addData(entry);
    }
    return QStringLiteral("%1;%2;%3;%4;%5")
        .arg(s_layoutVersion)
        .arg(QString::fromUtf8(zone.id()), QString::fromLatin1(catalog.fingerprint()))
        .arg(highest)
        .arg(QString::fromLatin1(batches.result().toHex()));
}

bool isBusy(Database& db)
{
    const int code = sqlite3_extended_errcode(db.handle());
    return code == SQLITE_BUSY || code == SQLITE_BUSY_SNAPSHOT || code == SQLITE_LOCKED;
}

} // namespace

Status RevenueAggregates::rowsAdded(Database& db, qint64 batchId)
{
    Q_UNUSED(batchId);
    return invalidate(db);
}

Status RevenueAggregates::batchRemoved(Database& db, qint64 batchId)
{
    Q_UNUSED(batchId);
    return invalidate(db);
}

Status RevenueAggregates::invalidate(Database& db)
{
    auto stmt = db.prepare("DELETE FROM database_settings WHERE key = ?");
    if (!stmt)
        return Status::failure(stmt.error());
    stmt->bind(1, std::string_view(s_stateKey));
    return stmt->run();
}

QTimeZone RevenueAggregates::timeZone(Database& db)
{
    const QString id = settingValue(db, s_zoneKey).value_or(QString());
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

Status RevenueAggregates::setTimeZone(Database& db, const QTimeZone& zone)
{
    if (!zone.isValid())
        return Status::failure(tr("Not a valid time zone."));
    return setSetting(db, s_zoneKey, QString::fromUtf8(zone.id()));
}

Result<bool> RevenueAggregates::isCurrent(Database& db)
{
    auto catalog = RevenueCatalog::load(db);
    if (!catalog)
        return Result<bool>::failure(catalog.error());
    auto now = signature(db, catalog.value(), timeZone(db));
    if (!now)
        return Result<bool>::failure(now.error());
    auto stored = settingValue(db, s_stateKey);
    if (!stored)
        return Result<bool>::failure(stored.error());
    return stored.value() == now.value();
}

Status RevenueAggregates::refresh(Database& db, const Progress& progress)
{
    auto current = isCurrent(db);
    if (!current)
        return Status::failure(current.error());
    return current.value() ? Status() : rebuild(db, progress);
}

Status RevenueAggregates::rebuild(Database& db, const Progress& progress)
{
    // The reads run on a snapshot, so an import may commit meanwhile; the write then fails as busy and the rebuild
    // starts over on the new data.
    for (int attempt = 0;; ++attempt) {
        bool retry = false;
        Status st = rebuildOnce(db, progress, retry);
        if (st || !retry || attempt == 2)
            return st;
    }
}

Status RevenueAggregates::rebuildOnce(Database& db, const Progress& progress, bool& retry)
{
    const auto fail = [](const QString& why) {
        return Status::failure(tr("Cannot update the revenue totals: %1").arg(why));
    };
    Transaction tx(db, false);
    if (!tx.isActive())
        return fail(tx.error());

    const QTimeZone zone = timeZone(db);
    auto catalog = RevenueCatalog::load(db);
    if (!catalog)
        return fail(catalog.error());
    auto state = signature(db, catalog.value(), zone);
    if (!state)
        return fail(state.error());
    qint64 total = 1;
    {
        auto maxId = db.prepare("SELECT coalesce(max(id), 0) FROM transactions");
        if (maxId && maxId->next().value_or(false))
            total = qMax<qint64>(1, maxId->int64(0));
    }

    if (progress && !progress(0, total))
        return Status::failure(tr("Cancelled."));

    // First pass: what providers have confirmed.
    SalesConfirmation confirmation;
    bool cancelled = false;
    const auto goOn = [&](qint64 rows) {
        cancelled = progress && !progress(rows, total);
        return !cancelled;
    };
    if (auto st = confirmation.load(db, goOn); !st)
        return cancelled ? Status::failure(tr("Cancelled.")) : fail(st.error());
    const qint64 providerRows = confirmation.providerRows();

    // Second pass: every sale, valued and counted in its local hour.
    const LocalCalendar calendar(zone);
    Interner channels;
    Interner currencies;
    Interner products;
    std::vector<qint64> productSite;
    SlotMap hourly;
    SlotMap productDaily;
    hourly.reserve(1 << 16);
    {
        RawStatement sales(db, "SELECT provider, channel, reference, currency, gross_minor, occurred_utc, product, "
                               "net_minor FROM transactions WHERE kind = 'sales'");
        if (!sales)
            return fail(db.lastError());
        sqlite3_stmt* stmt = sales.get();
        qint64 rows = 0;
        int rc = SQLITE_ROW;
        qint64 dayJd = -1;
        qint64 dayStart = 0;
        qint64 dayEnd = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            SalesConfirmation::Row row;
            row.provider = column(stmt, 0);
            row.channel = column(stmt, 1);
            row.reference = column(stmt, 2);
            row.currency = column(stmt, 3);
            row.gross = sqlite3_column_int64(stmt, 4);
            row.occurredUtc = sqlite3_column_int64(stmt, 5);
            RevenueCatalog::Sale sale;
            sale.provider = row.provider;
            sale.channel = row.channel;
            sale.currency = row.currency;
            sale.gross = row.gross;
            sale.product = column(stmt, 6);
            if (sqlite3_column_type(stmt, 7) != SQLITE_NULL)
                sale.net = sqlite3_column_int64(stmt, 7);
            const RevenueCatalog::Value value = catalog->value(sale);

            if (row.occurredUtc < dayStart || row.occurredUtc >= dayEnd || dayJd < 0) {
                dayJd = calendar.julianDayOf(row.occurredUtc);
                dayStart = calendar.startOfDay(dayJd);
                dayEnd = calendar.startOfDay(dayJd + 1);
            }
            const qint64 hour = dayStart + (row.occurredUtc - dayStart) / 3600 * 3600;
            const bool confirmed = confirmation.isConfirmed(row);
            const quint32 channel = channels.id(row.channel);
            const quint32 currency = currencies.id(row.currency);
            const quint32 product = products.id(sale.product);
            if (product == productSite.size())
                productSite.push_back(value.siteId);

            const Sums sums{1, row.gross, value.payoutKnown ? value.payout : 0, value.payoutKnown ? 0 : 1,
                            value.netOfVat};
            hourly[SlotKey{hour, value.siteId, channel, currency, confirmed}].add(sums);
            productDaily[SlotKey{dayJd, qint64(product), 0, currency, confirmed}].add(sums);

            if ((++rows & (s_progressEvery - 1)) == 0 && progress && !progress(providerRows + rows, total))
                return Status::failure(tr("Cancelled."));
        }
        if (rc != SQLITE_DONE)
            return fail(db.lastError());
    }
    SlotMap daily;
    for (const auto& [key, sums] : hourly) {
        SlotKey day = key;
        day.time = calendar.julianDayOf(key.time);
        daily[day].add(sums);
    }

    // Rows go in primary-key order, so each table grows at its end.
    auto sorted = [](const SlotMap& map, const Interner& names, const Interner& currencyNames, bool byProduct) {
        std::vector<std::pair<SlotKey, Sums>> rows(map.begin(), map.end());
        std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
            const SlotKey& x = a.first;
            const SlotKey& y = b.first;
            if (x.time != y.time)
                return x.time < y.time;
            if (byProduct) {
                if (x.site != y.site)
                    return names.name(quint32(x.site)) < names.name(quint32(y.site));
            } else {
                if (x.site != y.site)
                    return x.site < y.site;
                if (x.channel != y.channel)
                    return names.name(x.channel) < names.name(y.channel);
            }
            if (x.currency != y.currency)
                return currencyNames.name(x.currency) < currencyNames.name(y.currency);
            return x.confirmed < y.confirmed;
        });
        return rows;
    };

    if (auto st = db.exec("DELETE FROM revenue_hourly; DELETE FROM revenue_daily; DELETE FROM revenue_daily_products;");
        !st) {
        retry = isBusy(db);
        return fail(st.error());
    }
    auto bindText = [](sqlite3_stmt* stmt, int i, const std::string& text) {
        sqlite3_bind_text(stmt, i, text.data(), int(text.size()), SQLITE_STATIC);
    };
    auto bindSums = [](sqlite3_stmt* stmt, int first, const Sums& s) {
        sqlite3_bind_int64(stmt, first, s.sales);
        sqlite3_bind_int64(stmt, first + 1, s.gross);
        sqlite3_bind_int64(stmt, first + 2, s.payout);
        sqlite3_bind_int64(stmt, first + 3, s.unknown);
        sqlite3_bind_int64(stmt, first + 4, s.net);
    };
    auto step = [&](sqlite3_stmt* stmt) {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE;
    };
    for (const char* table : {"revenue_hourly", "revenue_daily"}) {
        const bool hourlyTable = qstrcmp(table, "revenue_hourly") == 0;
        const QByteArray sql = QByteArray("INSERT INTO ") + table +
                               (hourlyTable ? " (hour_utc" : " (day") +
                               ", site_id, channel, currency, confirmed, sales, gross_minor, payout_minor, "
                               "payout_unknown, net_of_vat_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        RawStatement insert(db, sql.constData());
        if (!insert)
            return fail(db.lastError());
        for (const auto& [key, sums] : sorted(hourlyTable ? hourly : daily, channels, currencies, false)) {
            sqlite3_stmt* stmt = insert.get();
            sqlite3_bind_int64(stmt, 1, key.time);
            sqlite3_bind_int64(stmt, 2, key.site);
            bindText(stmt, 3, channels.name(key.channel));
            bindText(stmt, 4, currencies.name(key.currency));
            sqlite3_bind_int(stmt, 5, key.confirmed ? 1 : 0);
            bindSums(stmt, 6, sums);
            if (!step(stmt)) {
                retry = isBusy(db);
                return fail(db.lastError());
            }
        }
    }
    {
        RawStatement insert(db, "INSERT INTO revenue_daily_products (day, product, site_id, currency, confirmed, "
                                "sales, gross_minor, payout_minor, payout_unknown, net_of_vat_minor) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return fail(db.lastError());
        for (const auto& [key, sums] : sorted(productDaily, products, currencies, true)) {
            sqlite3_stmt* stmt = insert.get();
            sqlite3_bind_int64(stmt, 1, key.time);
            bindText(stmt, 2, products.name(quint32(key.site)));
            sqlite3_bind_int64(stmt, 3, productSite[size_t(key.site)]);
            bindText(stmt, 4, currencies.name(key.currency));
            sqlite3_bind_int(stmt, 5, key.confirmed ? 1 : 0);
            bindSums(stmt, 6, sums);
            if (!step(stmt)) {
                retry = isBusy(db);
                return fail(db.lastError());
            }
        }
    }
    if (auto st = setSetting(db, s_stateKey, state.value()); !st) {
        retry = isBusy(db);
        return fail(st.error());
    }
    if (auto st = tx.commit(); !st) {
        retry = isBusy(db);
        return fail(st.error());
    }
    if (progress)
        progress(total, total);
    return {};
}
