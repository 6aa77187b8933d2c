#include "revenuequery.h"

#include "catalog/channel.h"
#include "localcalendar.h"
#include "revenueaggregates.h"
#include "revenueperiod.h"
#include "storage/database.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

RevenueFigures figuresAt(sqlite3_stmt* stmt, int first)
{
    RevenueFigures f;
    f.sales = sqlite3_column_int64(stmt, first);
    f.gross = sqlite3_column_int64(stmt, first + 1);
    f.payout = sqlite3_column_int64(stmt, first + 2);
    f.payoutUnknown = sqlite3_column_int64(stmt, first + 3);
    f.netOfVat = sqlite3_column_int64(stmt, first + 4);
    return f;
}

// The few distinct texts of a column (channels, currencies), converted once: the loops below read tens of thousands
// of rows per request and must not allocate per row.
class Texts final
{
public:
    const QString& at(sqlite3_stmt* stmt, int column)
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        const std::string_view text =
            bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(stmt, column))) : std::string_view();
        if (m_last < m_items.size() && m_items[m_last].first == text)
            return m_items[m_last].second;
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].first == text) {
                m_last = i;
                return m_items[i].second;
            }
        }
        m_items.emplace_back(std::string(text), QString::fromUtf8(text.data(), qsizetype(text.size())));
        m_last = m_items.size() - 1;
        return m_items[m_last].second;
    }

private:
    std::vector<std::pair<std::string, QString>> m_items;
    size_t m_last = 0;
};

// A statement on the raw handle, finalised on scope exit.
class Query final
{
public:
    Query(Database& db, const QByteArray& sql)
    {
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

int channelRank(const QString& id)
{
    if (const auto known = Channels::fromId(id))
        return int(Channels::all().indexOf(*known));
    return int(Channels::all().size());
}

// Builds the per-currency, per-channel structure as rows come.
class Collector final
{
public:
    explicit Collector(int bucketCount) : m_bucketCount(bucketCount) {}

    CurrencyRevenue& currency(const QString& code)
    {
        auto it = m_currencyIndex.constFind(code);
        if (it == m_currencyIndex.constEnd()) {
            it = m_currencyIndex.insert(code, int(m_currencies.size()));
            m_currencies.append(CurrencyRevenue{});
            m_currencies.last().currency = code;
            m_channelIndex.append(QHash<QString, int>());
        }
        m_current = *it;
        return m_currencies[*it];
    }
    // The channel of the currency last returned by currency().
    ChannelRevenue& channel(const QString& id)
    {
        QHash<QString, int>& index = m_channelIndex[m_current];
        CurrencyRevenue& cur = m_currencies[m_current];
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            it = index.insert(id, int(cur.channels.size()));
            ChannelRevenue c;
            c.channel = id;
            c.buckets.resize(m_bucketCount);
            cur.channels.append(c);
        }
        return cur.channels[*it];
    }
    QList<CurrencyRevenue> take()
    {
        for (CurrencyRevenue& c : m_currencies) {
            std::sort(c.channels.begin(), c.channels.end(), [](const ChannelRevenue& a, const ChannelRevenue& b) {
                const int ra = channelRank(a.channel);
                const int rb = channelRank(b.channel);
                return ra != rb ? ra < rb : a.channel < b.channel;
            });
        }
        std::sort(m_currencies.begin(), m_currencies.end(), [](const CurrencyRevenue& a, const CurrencyRevenue& b) {
            if (a.allSales.gross != b.allSales.gross)
                return a.allSales.gross > b.allSales.gross;
            return a.currency < b.currency;
        });
        return std::move(m_currencies);
    }

private:
    int m_bucketCount = 0;
    int m_current = 0;
    QList<CurrencyRevenue> m_currencies;
    QHash<QString, int> m_currencyIndex;
    QList<QHash<QString, int>> m_channelIndex;
};

QString siteClause(const RevenueRequest& request)
{
    return request.siteId ? QStringLiteral(" AND site_id = %1").arg(*request.siteId) : QString();
}

} // namespace

Result<RevenueData> RevenueQuery::run(Database& db, const RevenueRequest& request)
{
    if (auto st = RevenueAggregates::refresh(db); !st)
        return Result<RevenueData>::failure(st.error());
    return read(db, request);
}

Result<RevenueData> RevenueQuery::read(Database& db, const RevenueRequest& request)
{
    using R = Result<RevenueData>;
    const DateRange range{request.from, request.to};
    if (!range.isValid())
        return R::failure(tr("The period must end on or after the day it starts."));
    if (!RevenuePeriods::allows(request.bucket, range))
        return R::failure(tr("%1 over %n days would draw too many bars; choose a wider bucket.", "", int(range.days()))
                              .arg(RevenueText::bucketName(request.bucket)));

    RevenueData data;
    data.request = request;
    const DateRange previous = range.previous();
    data.previousFrom = previous.from;
    data.previousTo = previous.to;
    data.zone = RevenueAggregates::timeZone(db);
    const LocalCalendar calendar(data.zone);
    data.buckets = RevenuePeriods::buckets(range, request.bucket, calendar, request.firstDayOfWeek);
    const bool byHour = request.bucket == RevenueBucket::Hour;

    // Day -> bucket, for the day-based buckets.
    std::vector<int> bucketOfDay(size_t(range.days()), 0);
    if (!byHour) {
        for (int b = 0; b < data.buckets.size(); ++b) {
            for (QDate d = data.buckets.at(b).firstDay; d <= data.buckets.at(b).lastDay; d = d.addDays(1))
                bucketOfDay[size_t(range.from.daysTo(d))] = b;
        }
    }

    // The totals of two years and their products take a few megabytes, more than SQLite's default page cache of
    // 2 MB: with it, every request would read them again from the file.
    (void)db.exec("PRAGMA cache_size = -32768");

    Collector collect(int(data.buckets.size()));
    Texts channels;
    Texts currencies;
    const auto failed = [&db] { return R::failure(tr("Cannot read the revenue totals: %1").arg(db.lastError())); };
    const qint64 firstDay = range.from.toJulianDay();
    const QByteArray daily = QStringLiteral("SELECT day, channel, currency, confirmed, sales, gross_minor, "
                                            "payout_minor, payout_unknown, net_of_vat_minor FROM revenue_daily "
                                            "WHERE day BETWEEN ? AND ?%1")
                                 .arg(siteClause(request))
                                 .toUtf8();
    {
        Query days(db, daily);
        sqlite3_stmt* stmt = days.get();
        if (!stmt)
            return failed();
        sqlite3_bind_int64(stmt, 1, previous.from.toJulianDay());
        sqlite3_bind_int64(stmt, 2, range.to.toJulianDay());
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const qint64 day = sqlite3_column_int64(stmt, 0);
            const bool confirmed = sqlite3_column_int(stmt, 3) != 0;
            const bool shown = confirmed || !request.confirmedOnly;
            const RevenueFigures f = figuresAt(stmt, 4);
            CurrencyRevenue& cur = collect.currency(currencies.at(stmt, 2));
            ChannelRevenue& channel = collect.channel(channels.at(stmt, 1));
            if (day < firstDay) {
                if (shown) {
                    channel.previous.add(f);
                    cur.previous.add(f);
                }
                continue;
            }
            cur.allSales.add(f);
            if (!confirmed)
                cur.unconfirmed.add(f);
            if (!shown)
                continue;
            cur.total.add(f);
            channel.total.add(f);
            if (!byHour)
                channel.buckets[bucketOfDay[size_t(day - firstDay)]].add(f);
        }
        if (rc != SQLITE_DONE)
            return failed();
    }

    if (byHour && !data.buckets.isEmpty()) {
        const QByteArray hourly =
            QStringLiteral("SELECT hour_utc, channel, currency, confirmed, sales, gross_minor, "
                           "payout_minor, payout_unknown, net_of_vat_minor FROM revenue_hourly "
                           "WHERE hour_utc >= ? AND hour_utc < ?%1%2")
                .arg(siteClause(request), request.confirmedOnly ? QStringLiteral(" AND confirmed = 1") : QString())
                .toUtf8();
        Query hours(db, hourly);
        sqlite3_stmt* stmt = hours.get();
        if (!stmt)
            return failed();
        sqlite3_bind_int64(stmt, 1, data.buckets.constFirst().startUtc);
        sqlite3_bind_int64(stmt, 2, data.buckets.constLast().endUtc);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const qint64 hour = sqlite3_column_int64(stmt, 0);
            const auto it = std::upper_bound(data.buckets.cbegin(), data.buckets.cend(), hour,
                                             [](qint64 t, const RevenueBucketSpan& s) { return t < s.startUtc; });
            const int b = int(it - data.buckets.cbegin()) - 1;
            collect.currency(currencies.at(stmt, 2));
            collect.channel(channels.at(stmt, 1)).buckets[b].add(figuresAt(stmt, 4));
        }
        if (rc != SQLITE_DONE)
            return failed();
    }

    {
        const QByteArray productSql =
            QStringLiteral("SELECT product, site_id, currency, sales, gross_minor, "
                           "payout_minor, payout_unknown, net_of_vat_minor "
                           "FROM revenue_daily_products WHERE day BETWEEN ? AND ?%1%2")
                .arg(siteClause(request), request.confirmedOnly ? QStringLiteral(" AND confirmed = 1") : QString())
                .toUtf8();
        Query products(db, productSql);
        sqlite3_stmt* stmt = products.get();
        if (!stmt)
            return failed();
        sqlite3_bind_int64(stmt, 1, firstDay);
        sqlite3_bind_int64(stmt, 2, range.to.toJulianDay());
        // Product and currency -> index in the currency's list.
        std::unordered_map<std::string, int> index;
        std::string key;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            const int length = sqlite3_column_bytes(stmt, 0);
            const QString& currency = currencies.at(stmt, 2);
            CurrencyRevenue& cur = collect.currency(currency);
            key.assign(name ? name : "", size_t(length));
            key += '\x1f';
            key += currency.toStdString();
            auto [it, added] = index.try_emplace(key, int(cur.products.size()));
            if (added) {
                ProductRevenue p;
                p.product = QString::fromUtf8(name, length);
                p.siteId = sqlite3_column_int64(stmt, 1);
                cur.products.append(p);
            }
            cur.products[it->second].total.add(figuresAt(stmt, 3));
        }
        if (rc != SQLITE_DONE)
            return failed();
    }

    data.currencies = collect.take();
    for (CurrencyRevenue& c : data.currencies) {
        std::sort(c.products.begin(), c.products.end(), [](const ProductRevenue& a, const ProductRevenue& b) {
            return a.total.gross != b.total.gross ? a.total.gross > b.total.gross : a.product < b.product;
        });
    }

    auto any = db.prepare("SELECT EXISTS (SELECT 1 FROM revenue_daily)");
    if (!any)
        return R::failure(any.error());
    data.databaseHasSales = any->next().value_or(false) && any->int64(0) != 0;
    return data;
}
