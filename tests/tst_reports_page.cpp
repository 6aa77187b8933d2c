#include "accountingsettingsdialog.h"
#include "demo/demodata.h"
#include "export/accountingsettings.h"
#include "export/books.h"
#include "export/ratesstore.h"
#include "export/reporttablemodel.h"
#include "itemmodels/roles.h"
#include "messagebox.h"
#include "money/money.h"
#include "reportspage.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestReportsPage final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void waitIdle(ReportsPage& page) { QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db.value());
        auto demo = DemoData::create(*m_db, QDate(2025, 4, 12));
        QVERIFY2(demo, qPrintable(demo.error()));
        QVERIFY(RevenueAggregates::setTimeZone(*m_db, QTimeZone("Europe/Paris")));
    }

    void periods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        using P = ReportsPage::Period;
        QTest::newRow("last month") << int(P::LastMonth) << QDate(2025, 3, 15) << QDate(2025, 2, 1)
                                    << QDate(2025, 2, 28);
        QTest::newRow("last month in January")
            << int(P::LastMonth) << QDate(2025, 1, 1) << QDate(2024, 12, 1) << QDate(2024, 12, 31);
        QTest::newRow("leap February") << int(P::LastMonth) << QDate(2024, 3, 31) << QDate(2024, 2, 1)
                                       << QDate(2024, 2, 29);
        QTest::newRow("this month") << int(P::ThisMonth) << QDate(2025, 3, 15) << QDate(2025, 3, 1)
                                    << QDate(2025, 3, 15);
        QTest::newRow("last quarter") << int(P::LastQuarter) << QDate(2025, 5, 2) << QDate(2025, 1, 1)
                                      << QDate(2025, 3, 31);
        QTest::newRow("last quarter in Q1")
            << int(P::LastQuarter) << QDate(2025, 2, 2) << QDate(2024, 10, 1) << QDate(2024, 12, 31);
        QTest::newRow("this quarter") << int(P::ThisQuarter) << QDate(2025, 8, 20) << QDate(2025, 7, 1)
                                      << QDate(2025, 8, 20);
        QTest::newRow("last year") << int(P::LastYear) << QDate(2025, 8, 20) << QDate(2024, 1, 1)
                                   << QDate(2024, 12, 31);
        QTest::newRow("this year") << int(P::ThisYear) << QDate(2025, 8, 20) << QDate(2025, 1, 1) << QDate(2025, 8, 20);
    }

    void periods()
    {
        QFETCH(int, period);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto [first, last] = ReportsPage::range(ReportsPage::Period(period), today);
        QCOMPARE(first, from);
        QCOMPARE(last, to);
    }

    void previewShowsTheReport()
    {
        ReportsPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.setDatabase(m_db.get());
        page.setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QTRY_VERIFY_WITH_TIMEOUT(page.report().has_value() && page.report()->from == QDate(2025, 3, 1), 60000);
        waitIdle(page);
        QVERIFY(shown.count() >= 1);

        const PeriodReport& report = *page.report();
        const ReportFigures f = report.total(QStringLiteral("EUR"));
        QVERIFY(f.sales > 1000);
        auto* gross = page.findChild<SummaryTile*>(QStringLiteral("grossTile"));
        QVERIFY(gross);
        QCOMPARE(gross->value(), Money(f.gross, QStringLiteral("EUR")).toString(QLocale()));

        // The charts first, then the tables in groups (summary, revenue, providers, reconciliation), a tab inside for
        // each table: no tab bar needs scroll arrows at the width of a laptop screen.
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("reportTabWidget"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 5);
        page.resize(1100, 700);
        int tables = 0;
        for (QTabWidget* t : page.findChildren<QTabWidget*>()) {
            QVERIFY2(t->tabBar()->sizeHint().width() <= 1100 - 20, qPrintable(t->objectName()));
            if (t != tabs)
                tables += t->count();
        }
        QVERIFY(tables >= 9);
        auto* channels = page.findChild<QTableView*>(QStringLiteral("channelsTableView"));
        QVERIFY(channels);
        auto* model = qobject_cast<ReportTableModel*>(channels->model());
        QVERIFY(model);
        QVERIFY(model->rowCount() >= 6);
        // Every table that is not itself a total ends with a total row per currency, adding up counts and amounts.
        const ReportTable& table = model->table();
        QCOMPARE(model->rowCount(), table.rows.size() + 1); // the demo sells in euros only
        const int last = model->rowCount() - 1;
        QVERIFY(model->isTotalRow(last) && !model->isTotalRow(last - 1));
        QCOMPARE(model->index(last, 0).data().toString(), QStringLiteral("Total"));
        QVERIFY(model->index(last, 0).data(Qt::FontRole).value<QFont>().bold());
        for (int c = 0; c < table.columns.size(); ++c) {
            if (!table.columns.at(c).isNumeric() || table.columns.at(c).type == ReportColumn::Type::Percent)
                continue;
            qint64 sum = 0;
            for (const QList<ReportCell>& row : table.rows)
                sum += row.at(c).number;
            QCOMPARE(model->index(last, c).data(ModelRoles::RawValueRole).toLongLong(), sum);
        }
        for (QTableView* view : page.findChildren<QTableView*>()) {
            auto* m = qobject_cast<ReportTableModel*>(view->model());
            if (!m || m->table().rows.size() < 2)
                continue;
            const bool totals = m->isTotalRow(m->rowCount() - 1);
            QVERIFY2(totals == m->table().totalRow, qPrintable(m->table().id));
            QVERIFY2(totals || m->table().id == u"summary" || m->table().id == u"report", qPrintable(m->table().id));
        }
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        QCOMPARE(combo->currentData().toInt(), int(ReportsPage::Period::Custom));

        // Choosing a preset moves the dates and builds again.
        combo->setCurrentIndex(combo->findData(int(ReportsPage::Period::LastYear)));
        QCOMPARE(page.from(), QDate(QDate::currentDate().year() - 1, 1, 1));
        QTRY_VERIFY_WITH_TIMEOUT(page.report()->from == page.from(), 60000);
        waitIdle(page);
    }

    // With OBOLE_SCREENSHOT_DIR set, saves the page showing a month of the demonstration data there, to look at it.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set OBOLE_SCREENSHOT_DIR to write the screenshot");
        ReportsPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(m_db.get());
        page.setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QTRY_VERIFY_WITH_TIMEOUT(page.report().has_value() && page.report()->from == QDate(2025, 3, 1), 60000);
        waitIdle(page);
        QTest::qWait(100);
        QVERIFY(page.grab().save(dir + QStringLiteral("/reports.png")));
        // A table, with its total row.
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("reportTabWidget"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(2);
        QTest::qWait(100);
        QVERIFY(page.grab().save(dir + QStringLiteral("/reports-revenue.png")));
    }

    void exportWithProgressAndCancel()
    {
        ReportsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(m_db.get());
        page.setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QTRY_VERIFY_WITH_TIMEOUT(page.report().has_value(), 60000);
        waitIdle(page);

        QSignalSpy done(&page, &ReportsPage::exportDone);
        const QString xlsx = m_dir.filePath(QStringLiteral("page.xlsx"));
        page.exportTo(ReportFormat::Xlsx, xlsx);
        QVERIFY(page.isBusy());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(QFile::exists(xlsx));
        QVERIFY2(page.lastExportSummary().contains(QDir::toNativeSeparators(xlsx)),
                 qPrintable(page.lastExportSummary()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());

        // Cancelled straight away: nothing is written.
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        page.exportTo(ReportFormat::Pdf, pdf);
        page.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).isEmpty());

        // A FEC without the company's SIREN is refused, saying what to set; nothing is written.
        const QString folder = m_dir.filePath(QStringLiteral("fec"));
        QVERIFY(QDir().mkpath(folder));
        page.exportTo(ReportFormat::Fec, folder + u'/');
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 60000);
        QCOMPARE(done.at(2).at(0).toBool(), false);
        QVERIFY2(page.lastExportSummary().contains(u"SIREN"), qPrintable(page.lastExportSummary()));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());

        // With it, into the folder under its legal name: the SIREN and the end of the fiscal year.
        auto settings = AccountingSettingsStore::load(*m_db);
        QVERIFY(settings.ok());
        settings->siren = QStringLiteral("732829320");
        QVERIFY(AccountingSettingsStore::save(*m_db, settings.value()).ok());
        page.exportTo(ReportFormat::Fec, folder + u'/'); // an export builds its report afresh
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 60000);
        QVERIFY2(done.at(3).at(0).toBool(), qPrintable(page.lastExportSummary()));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("732829320FEC20251231.txt")});
        // Not replaced unless asked to.
        page.exportTo(ReportFormat::Fec, folder + u'/');
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 5, 60000);
        QCOMPARE(done.at(4).at(0).toBool(), false);
        page.exportTo(ReportFormat::Fec, folder + u'/', true);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 6, 60000);
        QCOMPARE(done.at(5).at(0).toBool(), true);
    }

    void settingsDialogRefusesWhatTheFecCannotUse()
    {
        AccountingSettings start;
        AccountingSettingsDialog dialog(start);
        QCOMPARE(dialog.settings(), start);
        auto* siren = dialog.findChild<QLineEdit*>(QStringLiteral("sirenLineEdit"));
        auto* fees = dialog.findChild<QLineEdit*>(QStringLiteral("feesNumberLineEdit"));
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"));
        QVERIFY(siren && fees && problems);
        dialog.show();
        QTest::keyClicks(siren, QStringLiteral("123456789"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("123456789")));

        siren->clear();
        QTest::keyClicks(siren, QStringLiteral("732829320abc")); // the validator keeps the digits only
        QCOMPARE(siren->text(), QStringLiteral("732829320"));
        fees->setText(QStringLiteral("6278"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().siren, QStringLiteral("732829320"));
        QCOMPARE(dialog.settings().fees.number, QStringLiteral("6278"));
        QCOMPARE(dialog.settings().defaultVatBasisPoints, 2000);
    }

    // The end of the fiscal year is chosen as a day and a month, 29 February included, and kept by Restore Defaults.
    void settingsDialogSetsTheFiscalYearEnd()
    {
        AccountingSettings start;
        start.fiscalYearEnd = QStringLiteral("06-30");
        AccountingSettingsDialog dialog(start);
        QCOMPARE(dialog.settings(), start);
        auto* end = dialog.findChild<QDateEdit*>(QStringLiteral("fiscalYearEndDateEdit"));
        QVERIFY(end);
        QCOMPARE(end->date().month(), 6);
        QCOMPARE(end->date().day(), 30);
        end->setDate(QDate(2000, 2, 29));
        QCOMPARE(dialog.settings().fiscalYearEnd, QStringLiteral("02-29"));
        QCOMPARE(dialog.settings().fiscalYearEndFor(QDate(2025, 1, 10)), QDate(2025, 2, 28));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings().fiscalYearEnd, QStringLiteral("02-29"));
    }

    // The buttons close the books up to the period's last day (after a confirmation) and reopen the last period;
    // the line beside them says how far the books are closed.
    void closingAndReopeningTheBooks()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("books.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        Database& db = *opened.value();
        QVERIFY(DemoData::create(db, QDate(2025, 4, 12)));
        ReportsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(&db);
        page.setPeriod(QDate(2025, 2, 1), QDate(2025, 2, 28));
        waitIdle(page);
        auto* close = page.findChild<QPushButton*>(QStringLiteral("closeBooksButton"));
        auto* reopen = page.findChild<QPushButton*>(QStringLiteral("reopenBooksButton"));
        QVERIFY(close && reopen);
        QVERIFY(close->isEnabled());
        QVERIFY(!reopen->isEnabled());
        QVERIFY2(page.booksStatusText().contains(u"not closed"), qPrintable(page.booksStatusText()));

        QSignalSpy changed(&page, &ReportsPage::booksChanged);
        // Declined: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::No);
        close->click();
        QVERIFY(!page.isBusy());
        QCOMPARE(changed.count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        close->click();
        QVERIFY2(MessageBox::lastText().contains(QLocale().toString(QDate(2025, 2, 28), QLocale::ShortFormat)),
                 qPrintable(MessageBox::lastText()));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 60000);
        QVERIFY2(changed.at(0).at(0).toBool(), qPrintable(page.lastExportSummary()));
        QVERIFY2(page.lastExportSummary().contains(u"entr"), qPrintable(page.lastExportSummary()));
        QVERIFY2(page.booksStatusText().contains(QLocale().toString(QDate(2025, 2, 28), QLocale::ShortFormat)),
                 qPrintable(page.booksStatusText()));
        QTRY_VERIFY(reopen->isEnabled());
        auto standing = Books::standing(db);
        QVERIFY(standing);
        QCOMPARE(*standing->closedTo, QDate(2025, 2, 28));

        // Closing the same days again is refused, saying up to when the books are closed.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        close->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 60000);
        QVERIFY(!changed.at(1).at(0).toBool());
        QVERIFY2(page.lastExportSummary().contains(u"2025-02-28"), qPrintable(page.lastExportSummary()));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        reopen->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 60000);
        QVERIFY(changed.at(2).at(0).toBool());
        QVERIFY2(page.booksStatusText().contains(u"not closed"), qPrintable(page.booksStatusText()));
        QVERIFY(!reopen->isEnabled());
    }

    // Exchange Rates… stores a file's rates; a bad file is refused with its line and column, and nothing is kept.
    void importingExchangeRates()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("rates.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        Database& db = *opened.value();
        ReportsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(&db);
        waitIdle(page);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("importRatesButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());

        const QString bad = m_dir.filePath(QStringLiteral("bad-rates.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Date,USD,BTC/EUR\n2025-03-12,1.0880,80000\n2025-03-13,1.09x,81000\n");
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.importRates(bad));
        QVERIFY2(MessageBox::lastText().contains(u"line 3") && MessageBox::lastText().contains(u"USD"),
                 qPrintable(MessageBox::lastText()));
        auto none = RatesStore::coverage(db, QStringLiteral("EUR"));
        QVERIFY(none && none->isEmpty());

        const QString good = m_dir.filePath(QStringLiteral("rates.csv"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Date,USD,BTC/EUR\n2025-03-12,1.0880,80000\n2025-03-13,1.0901,81000\n");
        }
        QSignalSpy status(&page, &ReportsPage::statusMessage);
        QVERIFY(page.importRates(good));
        QVERIFY(status.count() >= 1);
        QVERIFY2(status.constFirst().at(0).toString().contains(u"BTC"),
                 qPrintable(status.constFirst().at(0).toString()));
        auto stored = RatesStore::coverage(db, QStringLiteral("EUR"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).currency, QStringLiteral("BTC"));
        QCOMPARE(stored->at(0).days, 2);
        waitIdle(page);
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
