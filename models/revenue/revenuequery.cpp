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
    const DateRange previous = request.compareWithLastYear ? range.yearBefore() : range.previous();
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
    db.setPageCacheKiB(32768);

    Collector collect(int(data.buckets.size()));
    Texts channels;
    Texts currencies;
    const auto failed = [&db] { return R::failure(tr("Cannot read the revenue totals: %1").arg(db.lastError())); };
    const qint64 firstDay = range.from.toJulianDay();
    using Col = RevenueAggregates::TotalsColumn;
    {
        auto days =
            RevenueAggregates::dailyTotals(db, previous.from.toJulianDay(), range.to.toJulianDay(), request.siteId);
        if (!days)
            return failed();
        Statement& stmt = *days;
        while (stmt.step()) {
            const qint64 day = stmt.int64(Col::TWhen);
            const bool confirmed = stmt.int64(Col::TConfirmed) != 0;
            const bool shown = confirmed || !request.confirmedOnly;
            const RevenueFigures f = figuresAt(stmt, Col::TFigures);
            CurrencyRevenue& cur = collect.currency(currencies.at(stmt, Col::TCurrency));
            ChannelRevenue& channel = collect.channel(channels.at(stmt, Col::TChannel));
            if (day < firstDay) {
                // Between a year-before comparison and the period: neither.
                if (day > previous.to.toJulianDay())
                    continue;
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
        auto hours =
            RevenueAggregates::hourlyTotals(db, data.buckets.constFirst().startUtc, data.buckets.constLast().endUtc,
                                            request.siteId, request.confirmedOnly);
        if (!hours)
            return failed();
        Statement& stmt = *hours;
        while (stmt.step()) {
            const qint64 hour = stmt.int64(Col::TWhen);
            const auto it = std::upper_bound(data.buckets.cbegin(), data.buckets.cend(), hour,
                                             [](qint64 t, const RevenueBucketSpan& s) { return t < s.startUtc; });
            const int b = int(it - data.buckets.cbegin()) - 1;
            collect.currency(currencies.at(stmt, Col::TCurrency));
            collect.channel(channels.at(stmt, Col::TChannel)).buckets[b].add(figuresAt(stmt, Col::TFigures));
        }
        if (stmt.failed())
            return failed();
    }

    {
        using PCol = RevenueAggregates::ProductColumn;
        auto products = RevenueAggregates::productTotals(db, firstDay, range.to.toJulianDay(), request.siteId,
                                                         request.confirmedOnly);
        if (!products)
            return failed();
        Statement& stmt = *products;
        // Product and currency -> index in the currency's list.
        std::unordered_map<std::string, int> index;
        std::string key;
        while (stmt.step()) {
            const std::string_view name = stmt.textView(PCol::PProduct);
            const QString& currency = currencies.at(stmt, PCol::PCurrency);
            CurrencyRevenue& cur = collect.currency(currency);
            key.assign(name);
            key += '\x1f';
            key += currency.toStdString();
            auto [it, added] = index.try_emplace(key, int(cur.products.size()));
            if (added) {
                ProductRevenue p;
                p.product = QString::fromUtf8(name.data(), qsizetype(name.size()));
                p.siteId = stmt.int64(PCol::PSite);
                cur.products.append(p);
            }
            cur.products[it->second].total.add(figuresAt(stmt, PCol::PFigures));
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

    auto any = RevenueAggregates::hasTotals(db);
    if (!any)
        return R::failure(any.error());
    data.databaseHasSales = any.value();
    return data;
}
