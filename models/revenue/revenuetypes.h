#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// What a revenue figure measures.
enum class RevenueMeasure { Gross, Payout, NetOfVat };
// How much time one bar of the revenue chart covers.
enum class RevenueBucket { Hour, Day, Week, Month };

// Sums over a set of sales of one currency, in its minor units.
struct RevenueFigures
{
    qint64 sales = 0;         // how many sales
    qint64 gross = 0;         // what buyers paid
    qint64 payout = 0;        // what providers pay out: stated on the sales row, else promised by the price point
    qint64 netOfVat = 0;      // gross less the VAT it includes, at the product's rate (each sale rounded)
    qint64 payoutUnknown = 0; // sales whose payout cannot be told (no net, no price point); they add 0 to payout

    qint64 value(RevenueMeasure measure) const;
    void add(const RevenueFigures& other);
    bool isEmpty() const { return sales == 0; }
    bool operator==(const RevenueFigures&) const = default;
};

// One bar of the chart: a local hour, day, week or month, cut to the period.
struct RevenueBucketSpan
{
    qint64 startUtc = 0; // included
    qint64 endUtc = 0;   // excluded
    QDate firstDay;
    QDate lastDay;
    bool operator==(const RevenueBucketSpan&) const = default;
};

// What the Revenue page (or a report) asks for.
struct RevenueRequest
{
    QDate from; // local days, both included
    QDate to;
    RevenueBucket bucket = RevenueBucket::Day;
    std::optional<qint64> siteId; // none: every site; 0: products that are not in the catalog
    bool confirmedOnly = false;   // only sales a provider has confirmed
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    // Compare with the same days a year before (year to date) rather than the days just before.
    bool compareWithLastYear = false;
};

struct ChannelRevenue
{
    QString channel;               // a channel id ("sms"), or the text the rows hold for a channel Obole does not know
    QList<RevenueFigures> buckets; // one per RevenueData::buckets
    RevenueFigures total;          // this period
    RevenueFigures previous;       // the previous period of the same length
};

struct ProductRevenue
{
    QString product; // as the sales rows name it
    qint64 siteId = 0;
    RevenueFigures total;
};

// Everything about one currency: currencies are never added together.
struct CurrencyRevenue
{
    QString currency;
    QList<ChannelRevenue> channels; // every channel with sales in either period, in the order of Channels::all()
    RevenueFigures total;           // this period, as requested (all sales, or only confirmed ones)
    RevenueFigures previous;        // the previous period, as requested
    RevenueFigures allSales;        // this period, confirmed or not
    RevenueFigures unconfirmed;     // this period, sales no provider has confirmed yet
    QList<ProductRevenue> products; // this period, as requested, largest gross first

    RevenueFigures bucketTotal(int bucket) const;
    const ChannelRevenue* channel(QStringView id) const;
};

struct RevenueData
{
    RevenueRequest request;
    QDate previousFrom;
    QDate previousTo;
    QTimeZone zone;
    QList<RevenueBucketSpan> buckets;
    QList<CurrencyRevenue> currencies; // largest gross first
    bool databaseHasSales = false;     // any sale at all, in any period

    const CurrencyRevenue* currency(QStringView code) const;
};

// (current - previous) / |previous| in basis points, rounded half away from zero; none when previous is 0.
std::optional<qint64> revenueChangeBasisPoints(qint64 current, qint64 previous);

// Names people read.
class RevenueText final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueText)
public:
    static QString measureName(RevenueMeasure measure);
    static QString bucketName(RevenueBucket bucket);
    static QString channelName(QStringView channel);
    // The name in a word or two, for legends and narrow columns ("Audiotel", "SMS+").
    static QString channelShortName(QStringView channel);
    // "+12.5%", "-3.0%", "new", "no change": how `current` compares with `previous`, in the locale.
    static QString change(qint64 current, qint64 previous, const QLocale& locale);
    static QString percent(qint64 basisPoints, const QLocale& locale);
};
