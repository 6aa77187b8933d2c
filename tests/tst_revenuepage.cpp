#include "demo/demodata.h"
#include "messagebox.h"
#include "money/money.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenuechartpainter.h"
#include "revenue/revenuechartstyle.h"
#include "revenue/revenuequery.h"
#include "revenuechartview.h"
#include "revenuedonutview.h"
#include "revenuelegend.h"
#include "revenuepage.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QDate s_lastDay(2026, 10, 31);

QString demoDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"demo.sqlite"_s);
    auto db = Database::open(path);
    if (!db || !RevenueAggregates::setTimeZone(*db.value(), QTimeZone("Europe/Paris")).ok() ||
        !DemoData::create(*db.value(), s_lastDay).ok())
        return {};
    return path;
}

RevenueData expected(Database& db, QDate from, QDate to, RevenueBucket bucket, bool confirmedOnly = false)
{
    RevenueRequest r;
    r.from = from;
    r.to = to;
    r.bucket = bucket;
    r.confirmedOnly = confirmedOnly;
    r.firstDayOfWeek = QLocale().firstDayOfWeek();
    return RevenueQuery::run(db, r).value_or(RevenueData());
}

// How many pixels of the image have exactly this colour.
int pixelsOf(const QImage& image, const QColor& color)
{
    int n = 0;
    const QRgb wanted = color.rgb();
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xFF000000) == wanted ? 1 : 0;
    }
    return n;
}

} // namespace

class TestRevenuePage final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    // A page on the demo database, "today" being the demo's last day, with its first figures shown.
    std::unique_ptr<RevenuePage> openPage()
    {
        auto page = std::make_unique<RevenuePage>();
        page->resize(1200, 820);
        page->setToday(s_lastDay);
        page->setDatabase(m_db.get());
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        return page;
    }

    static bool settle(RevenuePage& page)
    {
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000);
    }

    static void choose(QComboBox* combo, const QVariant& data)
    {
        combo->setCurrentIndex(combo->findData(data));
        emit combo->activated(combo->currentIndex());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = demoDatabase(m_dir);
        QVERIFY(!m_path.isEmpty());
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }

    // The chart's bars are the figures of the period, channel by channel and day by day.
    void chartShowsTheFigures()
    {
        auto page = openPage();
        QVERIFY(page);
        QVERIFY(settle(*page));
        auto* preset = page->findChild<QComboBox*>(u"presetComboBox"_s);
        QCOMPARE(preset->currentData().toInt(), int(RevenuePreset::Last30Days));

        const RevenueData want = expected(*m_db, s_lastDay.addDays(-29), s_lastDay, RevenueBucket::Day);
        QCOMPARE(want.currencies.size(), 1);
        const CurrencyRevenue& eur = want.currencies.constFirst();
        auto* chart = page->findChild<RevenueChartView*>(u"revenueChartView"_s);
        QVERIFY(chart);
        QStackedBarSeries* series = chart->series();
        QCOMPARE(series->barSets().size(), eur.channels.size());
        for (QBarSet* set : series->barSets()) {
            const ChannelRevenue* c = eur.channel(set->property("channel").toString());
            QVERIFY(c);
            QCOMPARE(set->count(), 30);
            QCOMPARE(set->color(), RevenueChartStyle::channelColor(c->channel));
            for (int b = 0; b < 30; ++b)
                QCOMPARE(qint64(set->at(b)), c->buckets.at(b).gross);
        }
        // The tiles agree with the chart, and say how the period compares with the one before.
        auto* total = page->findChild<SummaryTile*>(u"totalTile"_s);
        QCOMPARE(total->value(), Money(eur.total.gross, u"EUR"_s).toString(QLocale()));
        auto* sales = page->findChild<SummaryTile*>(u"salesTile"_s);
        QCOMPARE(sales->value(), QLocale().toString(eur.total.sales));
        auto* unconfirmed = page->findChild<SummaryTile*>(u"unconfirmedTile"_s);
        QCOMPARE(unconfirmed->value(), Money(eur.unconfirmed.gross, u"EUR"_s).toString(QLocale()));

        // The amount axis speaks money in the locale; the day labels are thinned so none overlaps.
        const QStringList amounts = chart->amountAxis()->categoriesLabels();
        QVERIFY(amounts.size() >= 3);
        QVERIFY2(amounts.constLast().contains(u'$') || amounts.constLast().contains(u"€"_s),
                 qPrintable(amounts.join(u", ")));
        const QStringList days = chart->bucketAxis()->categoriesLabels();
        QVERIFY(days.size() > 2);
        QVERIFY(days.size() <= 30);
        const QFontMetrics fm(chart->bucketAxis()->labelsFont());
        const qreal slot = chart->chart()->plotArea().width() / 30;
        const int step = int(chart->bucketAxis()->endValue(days.at(1)) - chart->bucketAxis()->endValue(days.at(0)));
        for (const QString& label : days)
            QVERIFY2(fm.horizontalAdvance(label) < slot * step, qPrintable(label));

        // A tooltip gives the exact amount and its share of the bar.
        const ChannelRevenue& first = eur.channels.constFirst();
        const QString tip = chart->toolTipFor(first.channel, 3);
        QVERIFY2(tip.contains(Money(first.buckets.at(3).gross, u"EUR"_s).toString(QLocale())), qPrintable(tip));
        const qint64 bar = eur.bucketTotal(3).gross;
        QVERIFY2(tip.contains(Money(bar, u"EUR"_s).toString(QLocale())), qPrintable(tip));
        QVERIFY2(tip.contains(RevenueText::percent(
                     divideRoundHalfAwayFromZero(Int128(first.buckets.at(3).gross) * 10000, bar), QLocale())),
                 qPrintable(tip));

        // The donut has a slice per channel, and the total in its middle.
        auto* donut = page->findChild<RevenueDonutView*>(u"revenueDonutView"_s);
        QCOMPARE(donut->series()->count(), int(eur.channels.size()));
        QCOMPARE(donut->centerText(), Money(eur.total.gross, u"EUR"_s).toString(QLocale()));

        // Tables: every channel against the previous period, and the top products.
        auto* channels = page->findChild<QTableView*>(u"channelsTableView"_s);
        QCOMPARE(channels->model()->rowCount(), int(eur.channels.size()));
        auto* products = page->findChild<QTableView*>(u"productsTableView"_s);
        QCOMPARE(products->model()->rowCount(), qMin(10, int(eur.products.size())));
    }

    void legendHidesAndShowsChannels()
    {
        auto page = openPage();
        QVERIFY(page);
        QVERIFY(settle(*page));
        auto* chart = page->findChild<RevenueChartView*>(u"revenueChartView"_s);
        auto* donut = page->findChild<RevenueDonutView*>(u"revenueDonutView"_s);
        const int slices = donut->series()->count();
        auto* legend = page->findChild<RevenueLegend*>(u"revenueLegend"_s);
        QToolButton* sms = legend->button(u"sms"_s);
        QVERIFY(sms && sms->isChecked());

        QTest::mouseClick(sms, Qt::LeftButton);
        QVERIFY(chart->hiddenChannels().contains(u"sms"_s));
        for (QBarSet* set : chart->series()->barSets()) {
            if (set->property("channel").toString() != u"sms")
                continue;
            for (int b = 0; b < set->count(); ++b)
                QCOMPARE(set->at(b), 0.0);
        }
        QCOMPARE(donut->series()->count(), slices - 1);

        // The same with the keyboard.
        sms = legend->button(u"sms"_s);
        sms->setFocus();
        QTest::keyClick(sms, Qt::Key_Space);
        QVERIFY(!chart->hiddenChannels().contains(u"sms"_s));
        QCOMPARE(donut->series()->count(), slices);
    }

    void measuresPeriodsAndBuckets()
    {
        auto page = openPage();
        QVERIFY(page);
        QVERIFY(settle(*page));
        auto* chart = page->findChild<RevenueChartView*>(u"revenueChartView"_s);

        // Payout instead of the buyer price: no new reading, the same bars in other amounts.
        choose(page->findChild<QComboBox*>(u"measureComboBox"_s), int(RevenueMeasure::Payout));
        const RevenueData month = expected(*m_db, s_lastDay.addDays(-29), s_lastDay, RevenueBucket::Day);
        const ChannelRevenue& c = month.currencies.constFirst().channels.constFirst();
        QBarSet* set = chart->series()->barSets().constFirst();
        QCOMPARE(qint64(set->at(5)), c.buckets.at(5).payout);
        auto* total = page->findChild<SummaryTile*>(u"totalTile"_s);
        QCOMPARE(total->value(), Money(month.currencies.constFirst().total.payout, u"EUR"_s).toString(QLocale()));

        // Today by hour: 24 bars.
        choose(page->findChild<QComboBox*>(u"presetComboBox"_s), int(RevenuePreset::Today));
        QVERIFY(settle(*page));
        QCOMPARE(page->revenueData().request.bucket, RevenueBucket::Hour);
        QCOMPARE(chart->series()->barSets().constFirst()->count(), 24);

        // Last month by week, chosen over the automatic days.
        choose(page->findChild<QComboBox*>(u"presetComboBox"_s), int(RevenuePreset::LastMonth));
        auto* bucket = page->findChild<QComboBox*>(u"bucketComboBox"_s);
        bucket->setCurrentIndex(3);
        emit bucket->activated(3);
        QVERIFY(settle(*page));
        QCOMPARE(page->revenueData().request.from, QDate(2026, 9, 1));
        QCOMPARE(page->revenueData().request.bucket, RevenueBucket::Week);
        QCOMPARE(chart->series()->barSets().constFirst()->count(), 5); // 1-6, 7-13, 14-20, 21-27, 28-30 Sep

        // Hours are not offered for this year: too many bars.
        choose(page->findChild<QComboBox*>(u"presetComboBox"_s), int(RevenuePreset::ThisYear));
        auto* model = qobject_cast<QStandardItemModel*>(bucket->model());
        QVERIFY(!model->item(1)->isEnabled());
        QVERIFY(model->item(2)->isEnabled());
        QVERIFY(settle(*page));
        QCOMPARE(page->revenueData().request.from, QDate(2026, 1, 1));
        QCOMPARE(page->revenueData().request.bucket, RevenueBucket::Week);
    }

    void confirmedOnly()
    {
        auto page = openPage();
        QVERIFY(page);
        QVERIFY(settle(*page));
        page->findChild<QCheckBox*>(u"confirmedOnlyCheckBox"_s)->setChecked(true);
        QVERIFY(settle(*page));
        const RevenueData want =
            expected(*m_db, s_lastDay.addDays(-89), s_lastDay, RevenueBucket::Week, true); // the whole demo
        const RevenueData shown = page->revenueData();
        QVERIFY(shown.request.confirmedOnly);
        const RevenueData all = expected(*m_db, shown.request.from, shown.request.to, RevenueBucket::Day);
        const CurrencyRevenue& eur = shown.currencies.constFirst();
        QCOMPARE(eur.total.gross + eur.unconfirmed.gross, all.currencies.constFirst().total.gross);
        auto* total = page->findChild<SummaryTile*>(u"totalTile"_s);
        QCOMPARE(total->value(), Money(eur.total.gross, u"EUR"_s).toString(QLocale()));
        QVERIFY(want.currencies.constFirst().unconfirmed.sales > 0);
    }

    // A second currency gets its own series, behind a selector.
    void currenciesAreNeverAdded()
    {
        QTemporaryDir dir;
        const QString path = demoDatabase(dir);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        QVERIFY(db.exec("INSERT INTO import_batches (kind, file_name, file_sha256, profile, imported_utc) VALUES "
                        "('sales', 'chf.csv', 'chf', 'test', 0)")
                    .ok());
        auto insert = db.prepare("INSERT INTO transactions (batch_id, kind, channel, reference, occurred_utc, "
                                 "product, gross_minor, currency) VALUES (last_insert_rowid(), 'sales', 'sms', "
                                 "'CHF-1', ?, '100 gemmes', 500000, 'CHF')");
        insert->bind(1, QDateTime(s_lastDay, QTime(12, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch());
        QVERIFY(insert->run().ok());

        RevenuePage page;
        page.resize(1200, 820);
        page.setToday(s_lastDay);
        page.setDatabase(&db);
        page.show();
        QVERIFY(settle(page));
        auto* currency = page.findChild<QComboBox*>(u"currencyComboBox"_s);
        QVERIFY(currency->isVisible());
        QCOMPARE(currency->count(), 2);
        choose(currency, u"CHF"_s);
        QCOMPARE(page.currentCurrency(), u"CHF"_s);
        auto* chart = page.findChild<RevenueChartView*>(u"revenueChartView"_s);
        QCOMPARE(chart->series()->barSets().size(), 1);
        QCOMPARE(qint64(chart->series()->barSets().constFirst()->at(29)), 500000);
        auto* total = page.findChild<SummaryTile*>(u"totalTile"_s);
        QCOMPARE(total->value(), Money(500000, u"CHF"_s).toString(QLocale()));
    }

    void exportsPngAndSvg()
    {
        auto page = openPage();
        QVERIFY(page);
        QVERIFY(settle(*page));
        QTemporaryDir dir;
        const QString png = dir.filePath(u"revenue.png"_s);
        const QString svg = dir.filePath(u"revenue.svg"_s);
        QVERIFY(page->exportChart(png, RevenueChartExport::Chart::OverTime, RevenueChartExport::Format::Png));
        QVERIFY(page->exportChart(svg, RevenueChartExport::Chart::Shares, RevenueChartExport::Format::Svg));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1200));
        for (const ChannelRevenue& c : page->revenueData().currencies.constFirst().channels)
            QVERIFY2(pixelsOf(image, RevenueChartStyle::channelColor(c.channel)) > 100, qPrintable(c.channel));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Share of each channel"));
        // A file that cannot be written: a clear message naming it, and nothing left behind.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const QString nowhere = dir.filePath(u"missing/revenue.png"_s);
        QVERIFY(!page->exportChart(nowhere, RevenueChartExport::Chart::OverTime, RevenueChartExport::Format::Png));
        QVERIFY2(MessageBox::lastText().contains(u"revenue.png"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(nowhere));
    }

    // The painter the PDF report uses draws the same bars, without any widget.
    void painterDrawsBarsPerChannel()
    {
        const RevenueData data = expected(*m_db, s_lastDay.addDays(-6), s_lastDay, RevenueBucket::Day);
        RevenueChartOptions options;
        options.currency = u"EUR"_s;
        options.title = u"Revenue"_s;
        options.hiddenChannels = {u"sms"_s};
        const QImage image = RevenueChartPainter::timeChartImage(data, options, QSize(900, 400));
        QCOMPARE(image.size(), QSize(900, 400));
        QCOMPARE(pixelsOf(image, RevenueChartStyle::channelColor(u"sms")), 0);
        QVERIFY(pixelsOf(image, RevenueChartStyle::channelColor(u"audiotel")) > 200);
        // The tallest stack reaches the top of the axis range, never beyond the image.
        int topmost = image.height();
        for (int y = 0; y < image.height() && topmost == image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (QColor(image.pixel(x, y)) == RevenueChartStyle::channelColor(u"wallet")) {
                    topmost = y;
                    break;
                }
            }
        }
        QVERIFY(topmost > 20);
        // Nothing to show: a sentence instead of an empty frame.
        RevenueData none = data;
        none.currencies.clear();
        const QImage empty = RevenueChartPainter::timeChartImage(none, options, QSize(400, 200));
        QVERIFY(pixelsOf(empty, Qt::white) < 400 * 200);
    }

    // With OBOLE_SCREENSHOT_DIR set, saves the page in a few states there, to look at them.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("OBOLE_SCREENSHOT_DIR is not set");
        auto page = openPage();
        QVERIFY(page);
        page->resize(1050, 760);
        QVERIFY(settle(*page));
        auto* preset = page->findChild<QComboBox*>(u"presetComboBox"_s);
        auto* measure = page->findChild<QComboBox*>(u"measureComboBox"_s);
        auto* bucket = page->findChild<QComboBox*>(u"bucketComboBox"_s);
        const auto grab = [&](const QString& name) {
            QVERIFY(settle(*page));
            QTest::qWait(50);
            QVERIFY(page->grab().save(dir + u'/' + name + u".png"_s));
        };
        grab(u"revenue-30-days"_s);
        auto* from = page->findChild<QDateEdit*>(u"fromDateEdit"_s);
        auto* to = page->findChild<QDateEdit*>(u"toDateEdit"_s);
        from->setDate(QDate(2026, 10, 25));
        to->setDate(QDate(2026, 10, 25));
        grab(u"revenue-dst-day-by-hour"_s);
        choose(preset, int(RevenuePreset::ThisYear));
        grab(u"revenue-year-by-week"_s);
        bucket->setCurrentIndex(2);
        emit bucket->activated(2);
        choose(measure, int(RevenueMeasure::Payout));
        grab(u"revenue-year-by-day-payout"_s);
        choose(preset, int(RevenuePreset::LastMonth));
        page->findChild<QCheckBox*>(u"confirmedOnlyCheckBox"_s)->setChecked(true);
        choose(page->findChild<QComboBox*>(u"siteComboBox"_s), 2);
        grab(u"revenue-last-month-site-confirmed"_s);
        QVERIFY(page->exportChart(dir + u"/export-over-time.png"_s, RevenueChartExport::Chart::OverTime,
                                  RevenueChartExport::Format::Png));
        QVERIFY(page->exportChart(dir + u"/export-over-time.svg"_s, RevenueChartExport::Chart::OverTime,
                                  RevenueChartExport::Format::Svg));
        QVERIFY(page->exportChart(dir + u"/export-shares.png"_s, RevenueChartExport::Chart::Shares,
                                  RevenueChartExport::Format::Png));
    }

    void emptyDatabaseShowsNextStep()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"empty.sqlite"_s));
        QVERIFY(db.ok());
        RevenuePage page;
        page.setToday(s_lastDay);
        page.setDatabase(db.value().get());
        page.show();
        QVERIFY(settle(page));
        auto* empty = page.findChild<QLabel*>(u"emptyStateLabel"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Import"_s));
    }
};

QTEST_MAIN(TestRevenuePage)
#include "tst_revenuepage.moc"
