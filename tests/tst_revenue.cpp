#include "catalog/catalogstore.h"
#include "demo/demodata.h"
#include "export/accountingsettings.h"
#include "itemmodels/roles.h"
#include "revenue/channelrevenuemodel.h"
#include "revenue/localcalendar.h"
#include "revenue/productrevenuemodel.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenuecatalog.h"
#include "revenue/revenuechartstyle.h"
#include "revenue/revenueperiod.h"
#include "revenue/revenuequery.h"
#include "revenue/salesconfirmation.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RevenueBucket)
Q_DECLARE_METATYPE(RevenuePreset)
Q_DECLARE_METATYPE(QList<QStringList>)

using TestSupport::scalar;

namespace {

const QTimeZone& paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

// "2024-03-31 03:30" is Paris local time; an explicit offset ("2024-10-27T02:30:00+01:00") picks one side of a
// repeated hour.
qint64 at(const QString& text)
{
    if (text.contains(u'T'))
        return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QDateTime parsed = local.isValid() ? local : QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(parsed.date(), parsed.time(), paris()).toSecsSinceEpoch();
}

Catalog testCatalog()
{
    Catalog c;
    c.sites = {{1, QStringLiteral("Site A"), QString(), 0}, {2, QStringLiteral("Site B"), QString(), 0}};
    auto product = [](qint64 id, qint64 site, const char* name, int vat) {
        Product p;
        p.id = id;
        p.siteId = site;
        p.name = QString::fromUtf8(name);
        p.vatRateBasisPoints = vat;
        return p;
    };
    c.products = {product(1, 1, "Article", 2000), product(2, 1, "Pass", 550), product(3, 2, "Gems", 2000)};
    Provider micropaie;
    micropaie.id = 1;
    micropaie.code = QStringLiteral("micropaie");
    micropaie.name = QStringLiteral("Micropaie");
    micropaie.channels = {Channel::Sms, Channel::Audiotel};
    Provider prepago;
    prepago.id = 2;
    prepago.code = QStringLiteral("prepago");
    prepago.name = QStringLiteral("Prepago");
    prepago.channels = {Channel::PrepaidCard};
    c.providers = {micropaie, prepago};

    PricePoint sms;
    sms.id = 1;
    sms.productId = 1;
    sms.channel = Channel::Sms;
    sms.providerId = 1;
    sms.priceMinor = 150;
    sms.payoutKind = PayoutKind::Share;
    sms.payoutValue = 6000;
    PricePoint call;
    call.id = 2;
    call.productId = 1;
    call.channel = Channel::Audiotel;
    call.providerId = 1;
    call.priceMinor = 80;
    call.billing = Billing::PerMinute;
    call.expectedSeconds = 240;
    call.payoutKind = PayoutKind::Amount;
    call.payoutValue = 100; // for the expected 4-minute call of 3.20
    PricePoint card;
    card.id = 3;
    card.productId = 2;
    card.channel = Channel::PrepaidCard;
    card.providerId = 2;
    card.priceMinor = 299;
    card.payoutKind = PayoutKind::Amount;
    card.payoutValue = 250;
    PricePoint gems;
    gems.id = 4;
    gems.productId = 3;
    gems.channel = Channel::Sms;
    gems.providerId = 1;
    gems.priceMinor = 300;
    gems.payoutKind = PayoutKind::Share;
    gems.payoutValue = 5000;
    c.pricePoints = {sms, call, card, gems};
    return c;
}

// A database with the test catalog, days counted in Paris.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 batch = 0;
    qint64 line = 0;

    bool open()
    {
        auto opened = Database::open(TestSupport::location(dir.filePath(QStringLiteral("revenue.sqlite"))));
        if (!opened)
            return false;
        db = std::move(opened.value());
        CatalogStore store(*db);
        auto rules = store.rules();
        Catalog catalog = testCatalog();
        catalog.rules = rules.value_or({});
        return store.replace(catalog).ok() && RevenueAggregates::setTimeZone(*db, paris()).ok();
    }

    qint64 newBatch(const QString& kind)
    {
        auto stmt = db->prepare("INSERT INTO import_batches (kind, file_name, file_sha256, profile, imported_utc) "
                                "VALUES (?, 'test.csv', ?, 'test', 0)");
        stmt->bind(1, kind).bind(2, QString::number(++line) + kind);
        (void)stmt->run();
        batch = db->lastInsertId();
        return batch;
    }

    // One row, "kind|local time|provider|channel|reference|product|gross|net|currency" (net empty: none; currency
    // left out or empty: EUR).
    void add(const QString& spec)
    {
        QStringList f = spec.split(u'|');
        if (f.size() == 8)
            f.append(QString());
        QVERIFY2(f.size() == 9, qPrintable(spec));
        if (f.at(8).isEmpty())
            f[8] = QStringLiteral("EUR");
        auto stmt = db->prepare("INSERT INTO transactions (batch_id, kind, provider, channel, reference, occurred_utc, "
                                "product, gross_minor, net_minor, currency, line) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(stmt.ok());
        stmt->bind(1, batch ? batch : newBatch(f.at(0))).bind(2, f.at(0)).bind(3, f.at(2)).bind(4, f.at(3));
        stmt->bind(5, f.at(4)).bind(6, at(f.at(1))).bind(7, f.at(5)).bind(8, f.at(6).toLongLong());
        if (f.at(7).isEmpty())
            stmt->bindNull(9);
        else
            stmt->bind(9, f.at(7).toLongLong());
        stmt->bind(10, f.at(8)).bind(11, ++line);
        QVERIFY(stmt->run().ok());
    }

    void addAll(const QStringList& specs)
    {
        for (const QString& s : specs)
            add(s);
        QVERIFY(RevenueAggregates::rowsAdded(*db).ok());
    }

    RevenueData query(QDate from, QDate to, RevenueBucket bucket, std::optional<qint64> site = {},
                      bool confirmedOnly = false)
    {
        RevenueRequest r;
        r.from = from;
        r.to = to;
        r.bucket = bucket;
        r.siteId = site;
        r.confirmedOnly = confirmedOnly;
        auto data = RevenueQuery::run(*db, r);
        if (!data)
            qWarning() << data.error();
        return data.value_or(RevenueData());
    }
};

QList<qint64> bucketGross(const RevenueData& data, const QString& currency)
{
    QList<qint64> values(data.buckets.size(), 0);
    if (const CurrencyRevenue* c = data.currency(currency)) {
        for (int b = 0; b < values.size(); ++b)
            values[b] = c->bucketTotal(b).gross;
    }
    return values;
}

} // namespace

class TestRevenue final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dayLengths_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("hours");
        QTest::newRow("ordinary day") << QDate(2024, 6, 1) << qint64(86400) << 24;
        QTest::newRow("spring forward: 23 hours") << QDate(2024, 3, 31) << qint64(82800) << 23;
        QTest::newRow("fall back: 25 hours") << QDate(2024, 10, 27) << qint64(90000) << 25;
        QTest::newRow("leap day") << QDate(2024, 2, 29) << qint64(86400) << 24;
    }
    void dayLengths()
    {
        QFETCH(QDate, day);
        QFETCH(qint64, seconds);
        QFETCH(int, hours);
        const LocalCalendar calendar(paris());
        QCOMPARE(calendar.dayLength(day), seconds);
        QCOMPARE(calendar.hourStarts(day).size(), hours);
        QCOMPARE(calendar.dayOf(calendar.startOfDay(day)), day);
        QCOMPARE(calendar.dayOf(calendar.startOfDay(day.addDays(1)) - 1), day);
    }

    void dayOfInstant_data()
    {
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QDate>("local");
        QTest::newRow("last second of a winter day") << u"2024-01-15T22:59:59Z"_s << QDate(2024, 1, 15);
        QTest::newRow("midnight in winter is 23:00 UTC") << u"2024-01-15T23:00:00Z"_s << QDate(2024, 1, 16);
        QTest::newRow("midnight in summer is 22:00 UTC") << u"2024-07-14T22:00:00Z"_s << QDate(2024, 7, 15);
        QTest::newRow("just before the summer midnight") << u"2024-07-14T21:59:59Z"_s << QDate(2024, 7, 14);
        QTest::newRow("new year") << u"2024-12-31T23:00:00Z"_s << QDate(2025, 1, 1);
    }
    void dayOfInstant()
    {
        QFETCH(QString, utc);
        QFETCH(QDate, local);
        const LocalCalendar calendar(paris());
        // Asked in and out of order, the cache must not matter.
        const qint64 t = QDateTime::fromString(utc, Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(calendar.dayOf(t - 86400 * 40), local.addDays(-40));
        QCOMPARE(calendar.dayOf(t), local);
        QCOMPARE(calendar.dayOf(t + 86400 * 400), local.addDays(400));
        QCOMPARE(calendar.dayOf(t), local);
    }

    void presets_data()
    {
        QTest::addColumn<RevenuePreset>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        // Today is Wednesday 15 May 2024.
        QTest::newRow("today") << RevenuePreset::Today << QDate(2024, 5, 15) << QDate(2024, 5, 15) << QDate(2024, 5, 14)
                               << QDate(2024, 5, 14);
        QTest::newRow("last 7 days") << RevenuePreset::Last7Days << QDate(2024, 5, 9) << QDate(2024, 5, 15)
                                     << QDate(2024, 5, 2) << QDate(2024, 5, 8);
        QTest::newRow("last 30 days") << RevenuePreset::Last30Days << QDate(2024, 4, 16) << QDate(2024, 5, 15)
                                      << QDate(2024, 3, 17) << QDate(2024, 4, 15);
        QTest::newRow("this month") << RevenuePreset::ThisMonth << QDate(2024, 5, 1) << QDate(2024, 5, 15)
                                    << QDate(2024, 4, 16) << QDate(2024, 4, 30);
        QTest::newRow("last month") << RevenuePreset::LastMonth << QDate(2024, 4, 1) << QDate(2024, 4, 30)
                                    << QDate(2024, 3, 2) << QDate(2024, 3, 31);
        QTest::newRow("this quarter") << RevenuePreset::ThisQuarter << QDate(2024, 4, 1) << QDate(2024, 5, 15)
                                      << QDate(2024, 2, 16) << QDate(2024, 3, 31);
        QTest::newRow("last quarter") << RevenuePreset::LastQuarter << QDate(2024, 1, 1) << QDate(2024, 3, 31)
                                      << QDate(2023, 10, 2) << QDate(2023, 12, 31);
        // The year to date compares with the same days a year before.
        QTest::newRow("year to date") << RevenuePreset::ThisYear << QDate(2024, 1, 1) << QDate(2024, 5, 15)
                                      << QDate(2023, 1, 1) << QDate(2023, 5, 15);
        QTest::newRow("last year") << RevenuePreset::LastYear << QDate(2023, 1, 1) << QDate(2023, 12, 31)
                                   << QDate(2022, 1, 1) << QDate(2022, 12, 31);
    }
    void presets()
    {
        QFETCH(RevenuePreset, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        QFETCH(QDate, previousTo);
        const DateRange range = RevenuePeriods::range(preset, QDate(2024, 5, 15));
        QCOMPARE(range.from, from);
        QCOMPARE(range.to, to);
        const DateRange previous = RevenuePeriods::comparesWithLastYear(preset) ? range.yearBefore() : range.previous();
        QCOMPARE(previous.from, previousFrom);
        QCOMPARE(previous.to, previousTo);
        if (!RevenuePeriods::comparesWithLastYear(preset))
            QCOMPARE(previous.days(), range.days());
    }

    void automaticBucket_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<RevenueBucket>("bucket");
        QTest::newRow("a day") << 1 << RevenueBucket::Hour;
        QTest::newRow("three days") << 3 << RevenueBucket::Hour;
        QTest::newRow("four days") << 4 << RevenueBucket::Day;
        QTest::newRow("a quarter") << 92 << RevenueBucket::Day;
        QTest::newRow("a bit more") << 93 << RevenueBucket::Week;
        QTest::newRow("a year") << 366 << RevenueBucket::Week;
        QTest::newRow("three years") << 1096 << RevenueBucket::Month;
    }
    void automaticBucket()
    {
        QFETCH(int, days);
        QFETCH(RevenueBucket, bucket);
        const QDate from(2024, 1, 1);
        QCOMPARE(RevenuePeriods::automaticBucket({from, from.addDays(days - 1)}), bucket);
    }

    void bucketSpans_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<RevenueBucket>("bucket");
        QTest::addColumn<int>("firstDayOfWeek");
        QTest::addColumn<QStringList>("spans"); // first day..last day of each bucket (hours: the count only)
        QTest::newRow("days of a DST week")
            << QDate(2024, 3, 29) << QDate(2024, 4, 1) << RevenueBucket::Day << 1
            << QStringList{u"03-29..03-29"_s, u"03-30..03-30"_s, u"03-31..03-31"_s, u"04-01..04-01"_s};
        QTest::newRow("weeks from Monday, cut to the month")
            << QDate(2024, 3, 1) << QDate(2024, 3, 31) << RevenueBucket::Week << 1
            << QStringList{u"03-01..03-03"_s, u"03-04..03-10"_s, u"03-11..03-17"_s, u"03-18..03-24"_s,
                           u"03-25..03-31"_s};
        QTest::newRow("weeks from Sunday") << QDate(2024, 3, 1) << QDate(2024, 3, 31) << RevenueBucket::Week << 7
                                           << QStringList{u"03-01..03-02"_s, u"03-03..03-09"_s, u"03-10..03-16"_s,
                                                          u"03-17..03-23"_s, u"03-24..03-30"_s, u"03-31..03-31"_s};
        QTest::newRow("months cut at both ends")
            << QDate(2024, 1, 15) << QDate(2024, 4, 10) << RevenueBucket::Month << 1
            << QStringList{u"01-15..01-31"_s, u"02-01..02-29"_s, u"03-01..03-31"_s, u"04-01..04-10"_s};
        QTest::newRow("hours of a spring-forward day")
            << QDate(2024, 3, 31) << QDate(2024, 3, 31) << RevenueBucket::Hour << 1 << QStringList{u"23"_s};
        QTest::newRow("hours of a fall-back day")
            << QDate(2024, 10, 27) << QDate(2024, 10, 27) << RevenueBucket::Hour << 1 << QStringList{u"25"_s};
        QTest::newRow("hours of three days across the change")
            << QDate(2024, 10, 26) << QDate(2024, 10, 28) << RevenueBucket::Hour << 1 << QStringList{u"73"_s};
    }
    void bucketSpans()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(RevenueBucket, bucket);
        QFETCH(int, firstDayOfWeek);
        QFETCH(QStringList, spans);
        const LocalCalendar calendar(paris());
        const auto buckets = RevenuePeriods::buckets({from, to}, bucket, calendar, Qt::DayOfWeek(firstDayOfWeek));
        // Buckets tile the period exactly: each starts where the previous ended.
        QCOMPARE(buckets.constFirst().startUtc, calendar.startOfDay(from));
        QCOMPARE(buckets.constLast().endUtc, calendar.startOfDay(to.addDays(1)));
        for (int i = 1; i < buckets.size(); ++i)
            QCOMPARE(buckets.at(i).startUtc, buckets.at(i - 1).endUtc);
        if (bucket == RevenueBucket::Hour) {
            QCOMPARE(QString::number(buckets.size()), spans.constFirst());
            for (const RevenueBucketSpan& s : buckets)
                QCOMPARE(s.endUtc - s.startUtc, qint64(3600));
            return;
        }
        QStringList got;
        for (const RevenueBucketSpan& s : buckets)
            got << s.firstDay.toString(QStringLiteral("MM-dd")) + QStringLiteral("..") +
                       s.lastDay.toString(QStringLiteral("MM-dd"));
        QCOMPARE(got, spans);
    }

    // Rows (see Fixture::add), a period and a bucket; the gross per bucket in EUR and the unconfirmed gross.
    void aggregation_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<RevenueBucket>("bucket");
        QTest::addColumn<bool>("confirmedOnly");
        QTest::addColumn<QList<qint64>>("buckets");
        QTest::addColumn<qint64>("unconfirmed");

        QTest::newRow("day edges at local midnight")
            << QStringList{u"sales|2024-05-01 00:00:00|micropaie|sms|A|Article|100|"_s,
                           u"sales|2024-05-01 23:59:59|micropaie|sms|B|Article|200|"_s,
                           u"sales|2024-05-02 00:00:00|micropaie|sms|C|Article|400|"_s,
                           u"sales|2024-04-30 23:59:59|micropaie|sms|D|Article|800|"_s}
            << QDate(2024, 5, 1) << QDate(2024, 5, 2) << RevenueBucket::Day << false << QList<qint64>{300, 400}
            << qint64(700);
        QTest::newRow("empty buckets are zero")
            << QStringList{u"sales|2024-05-03 12:00|micropaie|sms|A|Article|150|"_s} << QDate(2024, 5, 1)
            << QDate(2024, 5, 5) << RevenueBucket::Day << false << QList<qint64>{0, 0, 150, 0, 0} << qint64(150);
        QTest::newRow("an empty period") << QStringList{u"sales|2024-06-03 12:00|micropaie|sms|A|Article|150|"_s}
                                         << QDate(2024, 5, 1) << QDate(2024, 5, 3) << RevenueBucket::Day << false
                                         << QList<qint64>{0, 0, 0} << qint64(0);
        QTest::newRow("spring-forward day by day: 23 hours in one bucket")
            << QStringList{u"sales|2024-03-31 00:30|micropaie|sms|A|Article|1|"_s,
                           u"sales|2024-03-31 03:30|micropaie|sms|B|Article|2|"_s,
                           u"sales|2024-03-31 23:59:59|micropaie|sms|C|Article|4|"_s,
                           u"sales|2024-04-01 00:00|micropaie|sms|D|Article|8|"_s}
            << QDate(2024, 3, 31) << QDate(2024, 4, 1) << RevenueBucket::Day << false << QList<qint64>{7, 8}
            << qint64(15);
        QTest::newRow("spring-forward day by hour: 02:00 does not exist")
            << QStringList{u"sales|2024-03-31 01:59:59|micropaie|sms|A|Article|1|"_s,
                           u"sales|2024-03-31 03:00|micropaie|sms|B|Article|2|"_s,
                           u"sales|2024-03-31 23:10|micropaie|sms|C|Article|4|"_s}
            << QDate(2024, 3, 31) << QDate(2024, 3, 31) << RevenueBucket::Hour << false
            << QList<qint64>{0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4} << qint64(7);
        QTest::newRow("fall-back day by hour: 02:00 twice")
            << QStringList{u"sales|2024-10-27T02:30:00+02:00|micropaie|sms|A|Article|1|"_s,
                           u"sales|2024-10-27T02:30:00+01:00|micropaie|sms|B|Article|2|"_s,
                           u"sales|2024-10-27 23:30|micropaie|sms|C|Article|4|"_s}
            << QDate(2024, 10, 27) << QDate(2024, 10, 27) << RevenueBucket::Hour << false
            << QList<qint64>{0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4} << qint64(7);
        QTest::newRow("fall-back day by day: 25 hours in one bucket")
            << QStringList{u"sales|2024-10-27 00:00|micropaie|sms|A|Article|1|"_s,
                           u"sales|2024-10-27T02:30:00+01:00|micropaie|sms|B|Article|2|"_s,
                           u"sales|2024-10-27 23:59:59|micropaie|sms|C|Article|4|"_s}
            << QDate(2024, 10, 27) << QDate(2024, 10, 27) << RevenueBucket::Day << false << QList<qint64>{7}
            << qint64(7);
        QTest::newRow("weeks follow local days") << QStringList{u"sales|2024-03-03 23:30|micropaie|sms|A|Article|1|"_s,
                                                                u"sales|2024-03-04 00:30|micropaie|sms|B|Article|2|"_s}
                                                 << QDate(2024, 3, 1) << QDate(2024, 3, 10) << RevenueBucket::Week
                                                 << false << QList<qint64>{1, 2} << qint64(3);
        QTest::newRow("months follow local days") << QStringList{u"sales|2024-03-31 23:30|micropaie|sms|A|Article|1|"_s,
                                                                 u"sales|2024-04-01 00:30|micropaie|sms|B|Article|2|"_s}
                                                  << QDate(2024, 3, 1) << QDate(2024, 4, 30) << RevenueBucket::Month
                                                  << false << QList<qint64>{1, 2} << qint64(3);
        QTest::newRow("other currencies are kept apart")
            << QStringList{u"sales|2024-05-01 10:00|micropaie|sms|A|Article|100|"_s,
                           u"sales|2024-05-01 11:00|micropaie|sms|B|Article|5000||CHF"_s}
            << QDate(2024, 5, 1) << QDate(2024, 5, 1) << RevenueBucket::Day << false << QList<qint64>{100}
            << qint64(100);
        QTest::newRow("provider rows are not revenue")
            << QStringList{u"provider|2024-05-01 10:00|micropaie|sms|A|Article|999|500|"_s} << QDate(2024, 5, 1)
            << QDate(2024, 5, 1) << RevenueBucket::Day << false << QList<qint64>{0} << qint64(0);
        QTest::newRow("all sales, some confirmed")
            << QStringList{u"sales|2024-05-01 10:00|micropaie|sms|A|Article|100|"_s,
                           u"sales|2024-05-01 11:00|micropaie|sms|B|Article|200|"_s,
                           u"provider|2024-05-03 08:00|micropaie|sms|A|Article|100|60|"_s}
            << QDate(2024, 5, 1) << QDate(2024, 5, 1) << RevenueBucket::Day << false << QList<qint64>{300}
            << qint64(200);
        QTest::newRow("only confirmed sales")
            << QStringList{u"sales|2024-05-01 10:00|micropaie|sms|A|Article|100|"_s,
                           u"sales|2024-05-01 11:00|micropaie|sms|B|Article|200|"_s,
                           u"provider|2024-05-03 08:00|micropaie|sms|A|Article|100|60|"_s}
            << QDate(2024, 5, 1) << QDate(2024, 5, 1) << RevenueBucket::Day << true << QList<qint64>{100}
            << qint64(200);
        QTest::newRow("only confirmed sales, by hour")
            << QStringList{u"sales|2024-05-01 10:00|micropaie|sms|A|Article|100|"_s,
                           u"sales|2024-05-01 11:00|micropaie|sms|B|Article|200|"_s,
                           u"provider|2024-05-03 08:00|micropaie|sms|A|Article|100|60|"_s}
            << QDate(2024, 5, 1) << QDate(2024, 5, 1) << RevenueBucket::Hour << true
            << QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << qint64(200);
    }
    void aggregation()
    {
        QFETCH(QStringList, rows);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(RevenueBucket, bucket);
        QFETCH(bool, confirmedOnly);
        QFETCH(QList<qint64>, buckets);
        QFETCH(qint64, unconfirmed);

        Fixture f;
        QVERIFY(f.open());
        for (const QString& row : rows) {
            f.batch = 0;
            f.add(row);
        }
        QVERIFY(RevenueAggregates::rowsAdded(*f.db).ok());
        const RevenueData data = f.query(from, to, bucket, {}, confirmedOnly);
        QCOMPARE(bucketGross(data, QStringLiteral("EUR")), buckets);
        const CurrencyRevenue* eur = data.currency(QStringLiteral("EUR"));
        QCOMPARE(eur ? eur->unconfirmed.gross : 0, unconfirmed);
        // The period's total is the sum of its buckets, whatever their size.
        qint64 sum = 0;
        for (qint64 b : buckets)
            sum += b;
        QCOMPARE(eur ? eur->total.gross : 0, sum);
        if (const CurrencyRevenue* chf = data.currency(QStringLiteral("CHF"))) {
            QCOMPARE(chf->total.gross, qint64(5000));
            QCOMPARE(data.currencies.constFirst().currency, QStringLiteral("CHF")); // the largest first
        }
    }

    // How each measure values a sale.
    void measures_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<qint64>("payout");
        QTest::addColumn<qint64>("payoutUnknown");
        QTest::addColumn<qint64>("netOfVat");
        QTest::newRow("net stated on the row wins")
            << u"sales|2024-05-01 10:00||sms|A|Article|150|77|EUR"_s << qint64(77) << qint64(0) << qint64(125);
        QTest::newRow("share of the price point")
            << u"sales|2024-05-01 10:00||sms|A|Article|150||EUR"_s << qint64(90) << qint64(0) << qint64(125);
        QTest::newRow("share rounds half away from zero")
            << u"sales|2024-05-01 10:00||sms|A|Gems|301||EUR"_s << qint64(151) << qint64(0) << qint64(251);
        QTest::newRow("fixed amount per purchase")
            << u"sales|2024-05-01 10:00||prepaid_card|A|Pass|299||EUR"_s << qint64(250) << qint64(0) << qint64(283);
        QTest::newRow("fixed amount in another currency is unknown")
            << u"sales|2024-05-01 10:00||prepaid_card|A|Pass|299||CHF"_s << qint64(0) << qint64(1) << qint64(283);
        QTest::newRow("per-minute call: amount scaled to the call's charge")
            << u"sales|2024-05-01 10:00||audiotel||Article|160||EUR"_s << qint64(50) << qint64(0) << qint64(133);
        QTest::newRow("no price point on that channel")
            << u"sales|2024-05-01 10:00||wallet|A|Article|150||EUR"_s << qint64(0) << qint64(1) << qint64(125);
        QTest::newRow("product not in the catalog: VAT 20 %")
            << u"sales|2024-05-01 10:00||sms|A|Mystery|120||EUR"_s << qint64(0) << qint64(1) << qint64(100);
        QTest::newRow("a refund") << u"sales|2024-05-01 10:00||sms|A|Article|-150||EUR"_s << qint64(-90) << qint64(0)
                                  << qint64(-125);
    }
    void measures()
    {
        QFETCH(QString, row);
        QFETCH(qint64, payout);
        QFETCH(qint64, payoutUnknown);
        QFETCH(qint64, netOfVat);
        Fixture f;
        QVERIFY(f.open());
        f.addAll({row});
        const QString currency = row.section(u'|', 8);
        const RevenueData data = f.query(QDate(2024, 5, 1), QDate(2024, 5, 1), RevenueBucket::Day);
        const CurrencyRevenue* c = data.currency(currency);
        QVERIFY(c);
        QCOMPARE(c->total.payout, payout);
        QCOMPARE(c->total.payoutUnknown, payoutUnknown);
        QCOMPARE(c->total.netOfVat, netOfVat);
        QCOMPARE(c->total.value(RevenueMeasure::Payout), payout);
        QCOMPARE(c->total.value(RevenueMeasure::NetOfVat), netOfVat);
    }

    void netOfVat_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("net");
        QTest::newRow("20 %") << qint64(120) << 2000 << qint64(100);
        QTest::newRow("20 %, rounded up") << qint64(299) << 2000 << qint64(249);       // 249.17
        QTest::newRow("20 %, VAT of 0.5 rounds up") << qint64(3) << 2000 << qint64(2); // VAT 0.5 -> 1
        QTest::newRow("5.5 %") << qint64(299) << 550 << qint64(283);                   // 283.41
        QTest::newRow("no VAT") << qint64(299) << 0 << qint64(299);
        QTest::newRow("negative") << qint64(-299) << 2000 << qint64(-249);
    }
    void netOfVat()
    {
        QFETCH(qint64, gross);
        QFETCH(int, rate);
        QFETCH(qint64, net);
        QCOMPARE(RevenueCatalog::netOfVat(gross, rate), net);
        // The same split as the Price points page makes for a purchase at that price.
        PricePoint p;
        p.priceMinor = gross;
        QCOMPARE(RevenueCatalog::netOfVat(gross, rate), gross - p.vatMinor(rate));
    }

    // Which sales a provider row confirms.
    void confirmation_data()
    {
        QTest::addColumn<QString>("sale");     // provider|channel|reference|gross|seconds after noon
        QTest::addColumn<QString>("provider"); // the same fields for the provider row
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("same reference, same provider")
            << u"micropaie|sms|R1|150|0"_s << u"micropaie|sms|R1|150|86400"_s << true;
        QTest::newRow("same reference, months later")
            << u"micropaie|sms|R1|150|0"_s << u"micropaie|sms|R1|140|9000000"_s << true;
        QTest::newRow("same reference, other provider")
            << u"micropaie|sms|R1|150|0"_s << u"prepago|sms|R1|150|0"_s << false;
        QTest::newRow("sale names no provider") << u"|sms|R1|150|0"_s << u"prepago|sms|R1|150|0"_s << true;
        QTest::newRow("other reference") << u"micropaie|sms|R1|150|0"_s << u"micropaie|sms|R2|150|0"_s << false;
        QTest::newRow("no reference, 9 min 59 s later")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|audiotel||299|599"_s << true;
        QTest::newRow("no reference, 10 min before")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|audiotel||299|-600"_s << true;
        QTest::newRow("no reference, 10 min 1 s later")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|audiotel||299|601"_s << false;
        QTest::newRow("no reference, other amount")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|audiotel||298|0"_s << false;
        QTest::newRow("no reference, other channel")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|sms||299|0"_s << false;
        QTest::newRow("provider row with a reference never matches by amount")
            << u"micropaie|audiotel||299|0"_s << u"micropaie|audiotel|CALL-1|299|30"_s << false;
        QTest::newRow("provider row without a reference matches a sale that has one")
            << u"micropaie|audiotel|S-9|299|0"_s << u"micropaie|audiotel||299|30"_s << true;
        QTest::newRow("no reference, sale names no provider")
            << u"|audiotel||299|0"_s << u"micropaie|audiotel||299|-30"_s << true;
    }
    void confirmation()
    {
        QFETCH(QString, sale);
        QFETCH(QString, provider);
        QFETCH(bool, confirmed);
        const qint64 noon = at(QStringLiteral("2024-05-01 12:00"));
        const auto toRow = [noon](const QStringList& f, std::vector<std::string>& keep) {
            keep = {f.at(0).toStdString(), f.at(1).toStdString(), f.at(2).toStdString(), "EUR"};
            SalesConfirmation::Row r;
            r.provider = keep[0];
            r.channel = keep[1];
            r.reference = keep[2];
            r.currency = keep[3];
            r.gross = f.at(3).toLongLong();
            r.occurredUtc = noon + f.at(4).toLongLong();
            return r;
        };
        std::vector<std::string> a;
        std::vector<std::string> b;
        SalesConfirmation c;
        c.addProviderRow(toRow(provider.split(u'|'), b));
        c.finish();
        QCOMPARE(c.isConfirmed(toRow(sale.split(u'|'), a)), confirmed);

        // The same through the database: stored totals agree with the rule.
        Fixture f;
        QVERIFY(f.open());
        const QStringList s = sale.split(u'|');
        const QStringList p = provider.split(u'|');
        const auto local = [noon](const QString& seconds) {
            return QDateTime::fromSecsSinceEpoch(noon + seconds.toLongLong(), Qt::UTC).toString(Qt::ISODate);
        };
        f.add(QStringLiteral("sales|%1|%2|%3|%4|Article|%5||EUR")
                  .arg(local(s.at(4)), s.at(0), s.at(1), s.at(2), s.at(3)));
        f.batch = 0;
        f.add(QStringLiteral("provider|%1|%2|%3|%4|Article|%5||EUR")
                  .arg(local(p.at(4)), p.at(0), p.at(1), p.at(2), p.at(3)));
        QVERIFY(RevenueAggregates::rowsAdded(*f.db).ok());
        const RevenueData data = f.query(QDate(2024, 5, 1), QDate(2024, 5, 1), RevenueBucket::Day);
        QCOMPARE(data.currency(QStringLiteral("EUR"))->unconfirmed.sales, confirmed ? 0 : 1);
    }

    // The year to date compares with the same days a year before, not with the end of the year before.
    void yearToDateComparesWithLastYear()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addAll({u"sales|2024-02-10 10:00||sms|A|Article|300|"_s, u"sales|2023-02-10 10:00||sms|B|Article|200|"_s,
                  u"sales|2023-11-10 10:00||sms|C|Article|999|"_s});
        RevenueRequest r;
        r.from = QDate(2024, 1, 1);
        r.to = QDate(2024, 5, 15);
        r.bucket = RevenueBucket::Week;
        r.compareWithLastYear = true;
        auto data = RevenueQuery::run(*f.db, r);
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->previousFrom, QDate(2023, 1, 1));
        QCOMPARE(data->previousTo, QDate(2023, 5, 15));
        QCOMPARE(data->currency(u"EUR")->total.gross, qint64(300));
        QCOMPARE(data->currency(u"EUR")->previous.gross, qint64(200));
    }

    void comparisonWithPreviousPeriod()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addAll({u"sales|2024-05-08 10:00||sms|A|Article|150|"_s, u"sales|2024-05-09 10:00||sms|B|Article|150|"_s,
                  u"sales|2024-05-09 10:00||prepaid_card|C|Pass|299|"_s,
                  u"sales|2024-05-02 10:00||sms|D|Article|100|"_s,    // previous week
                  u"sales|2024-05-07 23:59:59||sms|E|Article|100|"_s, // previous week, its last second
                  u"sales|2024-05-01 23:59:59||sms|F|Article|999|"_s, // before both
                  u"sales|2024-05-03 10:00||audiotel||Article|160|"_s});
        const RevenueData data = f.query(QDate(2024, 5, 8), QDate(2024, 5, 14), RevenueBucket::Day);
        QCOMPARE(data.previousFrom, QDate(2024, 5, 1));
        QCOMPARE(data.previousTo, QDate(2024, 5, 7));
        QCOMPARE(data.currencies.size(), 1);
        const CurrencyRevenue* eur = data.currency(u"EUR");
        QVERIFY(eur);
        QCOMPARE(eur->total.gross, qint64(599));
        QCOMPARE(eur->previous.gross, qint64(100 + 100 + 999 + 160));
        const ChannelRevenue* sms = eur->channel(u"sms");
        QVERIFY(sms);
        QCOMPARE(sms->total.gross, qint64(300));
        QCOMPARE(sms->previous.gross, qint64(1199));
        QCOMPARE(revenueChangeBasisPoints(sms->total.gross, sms->previous.gross), qint64(-7498));
        const ChannelRevenue* card = eur->channel(u"prepaid_card");
        QCOMPARE(card->previous.gross, qint64(0));
        QCOMPARE(revenueChangeBasisPoints(card->total.gross, card->previous.gross), std::nullopt);
        // A channel with sales only in the previous period is listed, at zero now.
        const ChannelRevenue* call = eur->channel(u"audiotel");
        QVERIFY(call);
        QCOMPARE(call->total.gross, qint64(0));
        QCOMPARE(call->previous.gross, qint64(160));
        QCOMPARE(call->buckets, QList<RevenueFigures>(7));
        // Channels come in the usual order.
        QStringList order;
        for (const ChannelRevenue& c : eur->channels)
            order << c.channel;
        QCOMPARE(order, (QStringList{u"audiotel"_s, u"sms"_s, u"prepaid_card"_s}));
    }

    void sitesAndProducts()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addAll({u"sales|2024-05-08 10:00||sms|A|Article|150|"_s, u"sales|2024-05-08 11:00||sms|B|Article|150|"_s,
                  u"sales|2024-05-08 12:00||prepaid_card|C|Pass|299|"_s, u"sales|2024-05-08 13:00||sms|D|Gems|310|"_s,
                  u"sales|2024-05-08 14:00||sms|E|Mystery|50|"_s});
        const QDate day(2024, 5, 8);
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.gross, qint64(959));
        QCOMPARE(f.query(day, day, RevenueBucket::Day, 1).currencies.constFirst().total.gross, qint64(599));
        QCOMPARE(f.query(day, day, RevenueBucket::Hour, 1).currencies.constFirst().bucketTotal(12).gross, qint64(299));
        QCOMPARE(f.query(day, day, RevenueBucket::Day, 2).currencies.constFirst().total.gross, qint64(310));
        QCOMPARE(f.query(day, day, RevenueBucket::Day, 0).currencies.constFirst().total.gross, qint64(50));
        QVERIFY(f.query(day, day, RevenueBucket::Day, 3).currencies.isEmpty());

        const RevenueData all = f.query(day, day, RevenueBucket::Day);
        const QList<ProductRevenue>& products = all.currencies.constFirst().products;
        QCOMPARE(products.size(), 4);
        QCOMPARE(products.at(0).product, QStringLiteral("Gems"));
        QCOMPARE(products.at(0).siteId, 2);
        QCOMPARE(products.at(1).product, QStringLiteral("Article"));
        QCOMPARE(products.at(1).total.sales, 2);
        QCOMPARE(products.at(3).product, QStringLiteral("Mystery"));
        QCOMPARE(products.at(3).siteId, 0);

        ProductRevenueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRevenue(all.currencies.constFirst(), RevenueMeasure::Payout, {{1, QStringLiteral("Site A")}}, 3);
        QCOMPARE(model.rowCount(), 3);
        // By payout, the pass (a fixed 2.50) comes first.
        QCOMPARE(model.index(0, ProductRevenueModel::ProductColumn).data().toString(), QStringLiteral("Pass"));
        QCOMPARE(model.index(0, ProductRevenueModel::AmountColumn).data(ModelRoles::RawValueRole).toLongLong(), 250);
        QCOMPARE(model.index(0, ProductRevenueModel::SiteColumn).data().toString(), QStringLiteral("Site A"));

        ChannelRevenueModel channels;
        QAbstractItemModelTester channelTester(&channels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        channels.setRevenue(all.currencies.constFirst(), RevenueMeasure::Gross);
        QCOMPARE(channels.rowCount(), 2);
        QCOMPARE(channels.channelAt(0), QStringLiteral("sms"));
        QCOMPARE(channels.index(0, ChannelRevenueModel::AmountColumn).data(ModelRoles::RawValueRole).toLongLong(), 660);
        QCOMPARE(channels.index(0, ChannelRevenueModel::ShareColumn).data(ModelRoles::RawValueRole).toLongLong(),
                 6882); // 660 / 959
        QCOMPARE(channels.index(1, ChannelRevenueModel::ChannelColumn).data(Qt::DecorationRole).value<QColor>(),
                 RevenueChartStyle::channelColor(u"prepaid_card"));
        channels.clear();
        QCOMPARE(channels.rowCount(), 0);
    }

    // The stored totals follow every change they depend on, whether or not the writer called the hooks.
    void totalsFollowChanges()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDate day(2024, 5, 8);
        f.addAll({u"sales|2024-05-08 10:00||sms|A|Article|120|"_s});
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.netOfVat, qint64(100));
        QVERIFY(RevenueAggregates::isCurrent(*f.db).value_or(false));

        // Rows added without the hook.
        f.batch = 0;
        f.add(QStringLiteral("sales|2024-05-08 11:00||sms|B|Article|240||EUR"));
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.gross, qint64(360));

        // A provider statement confirms one of them.
        f.batch = 0;
        f.add(QStringLiteral("provider|2024-05-09 08:00|micropaie|sms|B|Article|240|140|EUR"));
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().unconfirmed.gross, qint64(120));

        // Undoing that statement: the sale is unconfirmed again.
        const qint64 statement = f.batch;
        auto undo = f.db->prepare("DELETE FROM import_batches WHERE id = ?");
        undo->bind(1, statement);
        QVERIFY(undo->run().ok());
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().unconfirmed.gross, qint64(360));

        // The product's VAT rate changes in the catalog.
        auto vat = f.db->prepare("UPDATE products SET vat_rate_bp = 0 WHERE name = 'Article'");
        QVERIFY(vat->run().ok());
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.netOfVat, qint64(360));

        // Another time zone moves the day's edges: 10:00 and 11:00 in Paris are 21:00 and 22:00 in Tahiti, a day
        // earlier.
        QVERIFY(RevenueAggregates::setTimeZone(*f.db, QTimeZone("Pacific/Tahiti")).ok());
        QVERIFY(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.isEmpty());
        QCOMPARE(f.query(day.addDays(-1), day.addDays(-1), RevenueBucket::Day).currencies.constFirst().total.gross,
                 qint64(360));
    }

    // A product the catalog does not know counts at the accounting settings' default rate, as the reports count it;
    // changing that rate rebuilds the totals.
    void unknownProductsTakeTheDefaultRate()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDate day(2024, 5, 8);
        f.addAll({u"sales|2024-05-08 10:00||sms|U|Unknown product|121|"_s});
        // 20 %: VAT 121 × 2000 / 12000 = 20.17, 20 cents.
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.netOfVat, qint64(101));
        auto settings = AccountingSettingsStore::load(*f.db);
        QVERIFY(settings.ok());
        AccountingSettings changed = settings.value();
        changed.defaultVatBasisPoints = 1000;
        QVERIFY(AccountingSettingsStore::save(*f.db, changed).ok());
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
        // 10 %: VAT 11.
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.netOfVat, qint64(110));
    }

    // Batches folded in one after the other give exactly what a rebuild from all the rows gives.
    void foldEqualsRebuild_data()
    {
        QTest::addColumn<QList<QStringList>>("batches");
        QTest::newRow("sales, then the statement that confirms them") << QList<QStringList>{
            {u"sales|2024-05-01 10:00||sms|A|Article|150|"_s, u"sales|2024-05-01 11:00||sms|B|Article|150|"_s,
             u"sales|2024-05-01 12:00||audiotel||Article|160|"_s,
             u"sales|2024-05-02 09:00||prepaid_card|C|Pass|299|"_s},
            {u"provider|2024-05-03 08:00|micropaie|sms|A|Article|150|90|"_s,
             u"provider|2024-05-01 12:05|micropaie|audiotel||Article|160|50|"_s},
            {u"sales|2024-05-02 23:30||sms|D|Gems|300|"_s},
            {u"provider|2024-05-04 08:00|micropaie|sms|D|Gems|300|150|"_s,
             u"provider|2024-05-04 08:00|micropaie|sms|B|Article|150|90|"_s}};
        QTest::newRow("the statement before the sales log") << QList<QStringList>{
            {u"provider|2024-05-03 08:00|micropaie|sms|X|Article|150|90|"_s,
             u"provider|2024-05-03 08:00|prepago|prepaid_card||Pass|299|250|"_s},
            {u"sales|2024-05-01 10:00||sms|X|Article|150|"_s, u"sales|2024-05-01 10:00|micropaie|sms|Y|Article|150|"_s,
             u"sales|2024-05-03 07:55||prepaid_card|Z|Pass|299|"_s}};
        QTest::newRow("a provider's own sales log, another provider's statement")
            << QList<QStringList>{{u"sales|2024-05-01 10:00|micropaie|sms|R|Article|150|"_s},
                                  {u"provider|2024-05-02 10:00|prepago|sms|R|Article|150|90|"_s},
                                  {u"provider|2024-05-02 10:00|micropaie|sms|R|Article|150|90|"_s}};
        QTest::newRow("duplicates, refunds, currencies, DST")
            << QList<QStringList>{{u"sales|2024-10-27T02:30:00+02:00||sms|A|Article|150|"_s,
                                   u"sales|2024-10-27T02:30:00+01:00||sms|B|Article|150||CHF"_s,
                                   u"sales|2024-03-31 03:30||wallet|C|Mystery|500|"_s},
                                  {u"provider|2024-10-28 10:00|micropaie|sms|A|Article|150|90|"_s,
                                   u"provider|2024-10-28 10:00|micropaie|sms|A|Article|150|90|"_s},
                                  {u"sales|2024-10-29 10:00||sms|A2|Article|-150|"_s,
                                   u"provider|2024-10-29 10:00|micropaie|sms|B|Article|150|90|CHF"_s}};
    }
    void foldEqualsRebuild()
    {
        QFETCH(QList<QStringList>, batches);
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(RevenueAggregates::rebuild(*f.db).ok());
        const auto dump = [&f] {
            QStringList lines;
            for (const char* sql : {"SELECT * FROM revenue_hourly ORDER BY 1, 2, 3, 4, 5",
                                    "SELECT * FROM revenue_daily ORDER BY 1, 2, 3, 4, 5",
                                    "SELECT * FROM revenue_daily_products ORDER BY 1, 2, 3, 4",
                                    "SELECT * FROM revenue_provider_references ORDER BY 1, 2",
                                    "SELECT * FROM revenue_provider_amounts ORDER BY 1, 2, 3",
                                    "SELECT * FROM revenue_unconfirmed_sales ORDER BY 1"}) {
                auto stmt = f.db->prepare(sql);
                while (stmt && stmt->next().value_or(false)) {
                    QStringList cells;
                    for (int c = 0; c < 10; ++c)
                        cells << stmt->text(c);
                    lines << QString::fromLatin1(sql).section(u' ', 3, 3) + u": " + cells.join(u'|');
                }
            }
            return lines;
        };
        for (const QStringList& batch : batches) {
            f.batch = 0;
            // As the importer does: the rows and the hook in one transaction.
            Transaction tx(*f.db);
            for (const QString& row : batch)
                f.add(row);
            QVERIFY(RevenueAggregates::rowsAdded(*f.db).ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(RevenueAggregates::isCurrent(*f.db).value_or(false));
        }
        const QStringList folded = dump();
        QVERIFY(!folded.isEmpty());
        QVERIFY(RevenueAggregates::rebuild(*f.db).ok());
        QCOMPARE(folded, dump());

        // A new VAT rate and another zone: the sales are valued again, confirmed as they were.
        QVERIFY(f.db->exec("UPDATE products SET vat_rate_bp = 1000 WHERE name = 'Article'").ok());
        QVERIFY(RevenueAggregates::setTimeZone(*f.db, QTimeZone("America/Montreal")).ok());
        QVERIFY(RevenueAggregates::refresh(*f.db).ok());
        const QStringList revalued = dump();
        QVERIFY(revalued != folded);
        QVERIFY(RevenueAggregates::rebuild(*f.db).ok());
        QCOMPARE(revalued, dump());
    }

    void undoneBatchRebuildsTheTotals()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(RevenueAggregates::rebuild(*f.db).ok());
        f.addAll({u"sales|2024-05-01 10:00||sms|A|Article|150|"_s});
        const qint64 first = f.batch;
        f.batch = 0;
        f.addAll({u"sales|2024-05-01 11:00||sms|B|Article|300|"_s});
        QVERIFY(RevenueAggregates::isCurrent(*f.db).value_or(false));
        // The trigger marks the totals, whoever removes the batch.
        auto undo = f.db->prepare("DELETE FROM import_batches WHERE id = ?");
        undo->bind(1, first);
        QVERIFY(undo->run().ok());
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
        const QDate day(2024, 5, 1);
        QCOMPARE(f.query(day, day, RevenueBucket::Day).currencies.constFirst().total.gross, qint64(300));
    }

    void bigBatchIsLeftToTheReader()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(RevenueAggregates::rebuild(*f.db).ok());
        Transaction tx(*f.db);
        const qint64 batch = f.newBatch(u"sales"_s);
        auto insert = f.db->prepare("INSERT INTO transactions (batch_id, kind, channel, reference, occurred_utc, "
                                    "product, gross_minor, currency) VALUES (?, 'sales', 'sms', '', ?, 'Article', 150, "
                                    "'EUR')");
        const qint64 start = at(u"2024-05-01 00:00"_s);
        // On a server, whose folds look each row up, the limit is lower, and the reader rebuilds instead of folding.
        const qint64 rows = (TestSupport::onServer() ? RevenueAggregates::s_foldOnServerLimit
                                                     : RevenueAggregates::s_foldAtImportLimit) +
                            1;
        for (qint64 i = 0; i < rows; ++i) {
            insert->bind(1, batch).bind(2, start + i);
            QVERIFY(insert->run().ok());
        }
        auto count = f.db->prepare("UPDATE import_batches SET rows_added = ? WHERE id = ?");
        count->bind(1, rows).bind(2, batch);
        QVERIFY(count->run().ok());
        QVERIFY(RevenueAggregates::rowsAdded(*f.db).ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
        QVERIFY(RevenueAggregates::refresh(*f.db).ok());
        QCOMPARE(scalar(*f.db, "SELECT sum(sales) FROM revenue_daily"), rows);
    }

    void cancelledRebuildKeepsThePreviousTotals()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addAll({u"sales|2024-05-08 10:00||sms|A|Article|120|"_s});
        QVERIFY(RevenueAggregates::refresh(*f.db).ok());
        f.batch = 0;
        f.add(QStringLiteral("sales|2024-05-08 11:00||sms|B|Article|240||EUR"));
        const Status st = RevenueAggregates::rebuild(*f.db, [](qint64, qint64) { return false; });
        QVERIFY(!st.ok());
        QCOMPARE(scalar(*f.db, "SELECT sum(gross_minor) FROM revenue_daily"), 120);
        QVERIFY(!RevenueAggregates::isCurrent(*f.db).value_or(true));
    }

    void rejectsUnreadableRequests()
    {
        Fixture f;
        QVERIFY(f.open());
        RevenueRequest r;
        r.from = QDate(2024, 5, 8);
        r.to = QDate(2024, 5, 1);
        QVERIFY(!RevenueQuery::run(*f.db, r).ok());
        r.to = QDate(2024, 7, 1);
        r.bucket = RevenueBucket::Hour;
        const auto tooMany = RevenueQuery::run(*f.db, r);
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().contains(QStringLiteral("By hour")), qPrintable(tooMany.error()));
    }

    // On the demo database, the page's totals are the sums of the sales rows, channel by channel.
    void demoTotalsAreTheSumOfTheRows()
    {
        QTemporaryDir dir;
        auto opened = Database::open(TestSupport::location(dir.filePath(QStringLiteral("demo.sqlite"))));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        const QDate last(2026, 10, 31);
        QVERIFY(RevenueAggregates::setTimeZone(db, paris()).ok());
        QVERIFY(DemoData::create(db, last).ok());

        RevenueRequest r;
        r.from = last.addDays(-89);
        r.to = last;
        r.bucket = RevenueBucket::Week;
        auto data = RevenueQuery::run(db, r);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->currencies.size(), 1);
        const CurrencyRevenue& eur = data->currencies.constFirst();
        QCOMPARE(eur.total.gross, scalar(db, "SELECT sum(gross_minor) FROM transactions WHERE kind = 'sales'"));
        QCOMPARE(eur.total.sales, scalar(db, "SELECT count(*) FROM transactions WHERE kind = 'sales'"));
        for (const ChannelRevenue& c : eur.channels) {
            auto stmt = db.prepare("SELECT sum(gross_minor), count(*) FROM transactions WHERE kind = 'sales' AND "
                                   "channel = ?");
            stmt->bind(1, c.channel);
            QVERIFY(stmt->next().value_or(false));
            QCOMPARE(c.total.gross, stmt->int64(0));
            QCOMPARE(c.total.sales, stmt->int64(1));
            qint64 buckets = 0;
            for (const RevenueFigures& b : c.buckets)
                buckets += b.gross;
            QCOMPARE(buckets, c.total.gross);
        }
        qint64 products = 0;
        for (const ProductRevenue& p : eur.products)
            products += p.total.gross;
        QCOMPARE(products, eur.total.gross);
        // Every demo sale has a price point, and the demo's statements mostly confirm them.
        QCOMPARE(eur.total.payoutUnknown, 0);
        QVERIFY(eur.unconfirmed.sales > 0);
        QVERIFY(eur.unconfirmed.sales < eur.total.sales / 10);

        // Net of VAT is each sale's gross less 20 % VAT, rounded sale by sale.
        qint64 net = 0;
        auto rows = db.prepare("SELECT gross_minor FROM transactions WHERE kind = 'sales'");
        while (rows->next().value_or(false))
            net += RevenueCatalog::netOfVat(rows->int64(0), 2000);
        QCOMPARE(eur.total.netOfVat, net);

        // The previous period of a month, channel by channel, is the sum of that month's rows.
        RevenueRequest month;
        month.from = QDate(2026, 10, 2);
        month.to = last;
        month.bucket = RevenueBucket::Day;
        auto compared = RevenueQuery::run(db, month);
        QVERIFY(compared.ok());
        QCOMPARE(compared->previousFrom, QDate(2026, 9, 2));
        const LocalCalendar calendar(paris());
        for (const ChannelRevenue& c : compared->currencies.constFirst().channels) {
            auto stmt = db.prepare("SELECT coalesce(sum(gross_minor), 0) FROM transactions WHERE kind = 'sales' AND "
                                   "channel = ? AND occurred_utc >= ? AND occurred_utc < ?");
            stmt->bind(1, c.channel).bind(2, calendar.startOfDay(QDate(2026, 9, 2)));
            stmt->bind(3, calendar.startOfDay(QDate(2026, 10, 2)));
            QVERIFY(stmt->next().value_or(false));
            QCOMPARE(c.previous.gross, stmt->int64(0));
        }

        // Only confirmed sales, and the same period by day: the figures agree.
        r.confirmedOnly = true;
        r.bucket = RevenueBucket::Day;
        auto confirmed = RevenueQuery::run(db, r);
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed->currencies.constFirst().total.gross + eur.unconfirmed.gross, eur.total.gross);
    }
};

QTEST_GUILESS_MAIN(TestRevenue)
#include "tst_revenue.moc"
