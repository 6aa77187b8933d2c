#include "revenuequery.h"

#include "catalog/channel.h"
#include "localcalendar.h"
#include "revenueaggregates.h"
#include "revenueperiod.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

RevenueFigures figuresAt(const Statement& stmt, int first)
{
    RevenueFigures f;
    f.sales = stmt.int64(first);
    f.gross = stmt.int64(first + 1);
    f.payout = stmt.int64(first + 2);
    f.payoutUnknown = stmt.int64(first + 3);
    f.netOfVat = stmt.int64(first + 4);
    return f;
}

// The few distinct texts of a column (channels, currencies), converted once: the loops below read tens of thousands
// of rows per request and must not allocate per row.
class Texts final
{
public:
    const QString& at(const Statement& stmt, int column)
    {
        const std::string_view text = stmt.textView(column);
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
        auto days = db.prepare(daily.constData());
        if (!days)
            return failed();
        Statement& stmt = *days;
        stmt.bind(1, previous.from.toJulianDay());
        stmt.bind(2, range.to.toJulianDay());
        while (stmt.step()) {
            const qint64 day = stmt.int64(0);
            const bool confirmed = stmt.int64(3) != 0;
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
        if (stmt.failed())
            return failed();
    }

    if (byHour && !data.buckets.isEmpty()) {
        const QByteArray hourly =
            QStringLiteral("SELECT hour_utc, channel, currency, confirmed, sales, gross_minor, "
                           "payout_minor, payout_unknown, net_of_vat_minor FROM revenue_hourly "
                           "WHERE hour_utc >= ? AND hour_utc < ?%1%2")
                .arg(siteClause(request), request.confirmedOnly ? QStringLiteral(" AND confirmed = 1") : QString())
                .toUtf8();
        auto hours = db.prepare(hourly.constData());
        if (!hours)
            return failed();
        Statement& stmt = *hours;
        stmt.bind(1, data.buckets.constFirst().startUtc);
        stmt.bind(2, data.buckets.constLast().endUtc);
        while (stmt.step()) {
            const qint64 hour = stmt.int64(0);
            const auto it = std::upper_bound(data.buckets.cbegin(), data.buckets.cend(), hour,
                                             [](qint64 t, const RevenueBucketSpan& s) { return t < s.startUtc; });
            const int b = int(it - data.buckets.cbegin()) - 1;
            collect.currency(currencies.at(stmt, 2));
            collect.channel(channels.at(stmt, 1)).buckets[b].add(figuresAt(stmt, 4));
        }
        if (stmt.failed())
            return failed();
    }

    {
        const QByteArray productSql =
            QStringLiteral("SELECT product, site_id, currency, sales, gross_minor, "
                           "payout_minor, payout_unknown, net_of_vat_minor "
                           "FROM revenue_daily_products WHERE day BETWEEN ? AND ?%1%2")
                .arg(siteClause(request), request.confirmedOnly ? QStringLiteral(" AND confirmed = 1") : QString())
                .toUtf8();
        auto products = db.prepare(productSql.constData());
        if (!products)
            return failed();
        Statement& stmt = *products;
        stmt.bind(1, firstDay);
        stmt.bind(2, range.to.toJulianDay());
        // Product and currency -> index in the currency's list.
        std::unordered_map<std::string, int> index;
        std::string key;
        while (stmt.step()) {
            const std::string_view name = stmt.textView(0);
            const QString& currency = currencies.at(stmt, 2);
            CurrencyRevenue& cur = collect.currency(currency);
            key.assign(name);
            key += '\x1f';
            key += currency.toStdString();
            auto [it, added] = index.try_emplace(key, int(cur.products.size()));
            if (added) {
                ProductRevenue p;
                p.product = QString::fromUtf8(name.data(), qsizetype(name.size()));
                p.siteId = stmt.int64(1);
                cur.products.append(p);
            }
            cur.products[it->second].total.add(figuresAt(stmt, 3));
        }
        if (stmt.failed())
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
