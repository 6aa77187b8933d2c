#include "adjustmentdialog.h"
#include "demo/demodata.h"
#include "export/adjustments.h"
#include "itemmodels/reconcileitemmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilereview.h"
#include "reconcile/reconcilestore.h"
#include "reconcilegen.h"
#include "reconciliationpage.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

namespace {

ReconciliationPage* findPage(MainWindow& w)
{
    for (int i = 0; i < w.pageCount(); ++i) {
        if (auto* p = qobject_cast<ReconciliationPage*>(w.page(i))) {
            w.showPage(i);
            return p;
        }
    }
    return nullptr;
}

int rowWith(const ReconcileItemModel& m, ReconcileOutcome outcome, const QString& channel = {})
{
    for (int r = 0; r < m.rowCount(); ++r) {
        const ReconcileEntry& e = m.line(r).entry;
        if (e.outcome == outcome && (channel.isEmpty() || e.channel == channel))
            return r;
    }
    return -1;
}

void selectOnly(QTableView* table, int row)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString tileValue(QWidget* page, const char* name)
{
    auto* tile = page->findChild<SummaryTile*>(QLatin1StringView(name));
    return tile ? tile->value() : QString();
}

// A generated merchant of `sales` sales over `days` days ending five days ago, opened in the window on the
// Reconciliation page once its first run is done; null when something failed (the test says what).
ReconciliationPage* openGenerated(MainWindow& w, const QString& path, int sales, int days)
{
    {
        auto db = Database::open(path);
        if (!db)
            return nullptr;
        ReconcileGen::Options o;
        o.sales = sales;
        o.days = days;
        o.startUtc = QDateTime(QDate::currentDate().addDays(-days - 5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        if (!ReconcileGen::insert(*db.value(), ReconcileGen::generate(o)).ok())
            return nullptr;
    }
    if (!w.openDatabase(path))
        return nullptr;
    ReconciliationPage* page = findPage(w);
    w.show();
    if (!page || !QTest::qWaitForWindowExposed(&w) || !QTest::qWaitFor([page] { return !page->isRunning(); }, 20000))
        return nullptr;
    return page;
}

} // namespace

class TestReconciliationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // On the demo database the page reconciles by itself and shows the demo's slips.
    void demo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoData::create(*db.value(), QDate::currentDate().addDays(-1)).ok());
        }
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(w.openDatabase(path));
        ReconciliationPage* page = findPage(w);
        QVERIFY(page);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
        QTRY_COMPARE(tileValue(page, "amountMismatchTile"), QStringLiteral("1"));
        QCOMPARE(tileValue(page, "duplicateTile"), QStringLiteral("1"));
        const int missing = tileValue(page, "missingAtProviderTile").toInt();
        QVERIFY(missing == 1 || missing == 2);
        QCOMPARE(tileValue(page, "missingInSalesLogTile").toInt(), missing);
        auto* table = page->findChild<QTableView*>(QStringLiteral("reconcileTableView"));
        QVERIFY(table && table->model()->rowCount() > 0);

        // Only what needs a look.
        auto* show = page->findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
        show->setCurrentIndex(show->findText(QStringLiteral("Open discrepancies")));
        QCOMPARE(page->model()->rowCount(), 1 + 1 + 2 * missing);

        // A tile is a filter: a click (or Space) shows its lines.
        auto* mismatchTile = page->findChild<SummaryTile*>(QStringLiteral("amountMismatchTile"));
        QTest::mouseClick(mismatchTile, Qt::LeftButton, {}, mismatchTile->rect().center());
        QCOMPARE(show->currentData().toInt(), int(ReconcileOutcome::AmountMismatch));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        auto* duplicateTile = page->findChild<SummaryTile*>(QStringLiteral("duplicateTile"));
        duplicateTile->setFocus();
        QTest::keyClick(duplicateTile, Qt::Key_Space);
        QCOMPARE(show->currentData().toInt(), int(ReconcileOutcome::DuplicateAtProvider));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        show->setCurrentIndex(show->findText(QStringLiteral("Open discrepancies")));
        QTRY_COMPARE(page->model()->rowCount(), 1 + 1 + 2 * missing);

        // The detail pane says why; for a call reported a day late (missing on both sides), it points at the other
        // side's unmatched row.
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("reconcileDetailBrowser"));
        bool hinted = false;
        for (int r = page->model()->rowCount() - 1; r >= 0 && !hinted; --r) {
            if (page->model()->line(r).entry.outcome != ReconcileOutcome::MissingAtProvider)
                continue;
            selectOnly(table, r);
            QVERIFY(detail->toPlainText().contains(QStringLiteral("Missing at provider")));
            hinted = detail->toPlainText().contains(QStringLiteral("Unmatched provider row of the same channel"));
        }
        QCOMPARE(hinted, missing == 2);
        const QByteArray shot = qgetenv("OBOLE_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(w.grab().save(QString::fromLocal8Bit(shot)));
        }
        // The payout follow-up: one line per provider of the demo.
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("reconcileTabWidget"));
        tabs->setCurrentIndex(1);
        auto* payouts = page->findChild<QTableView*>(QStringLiteral("payoutFollowUpTableView"));
        QCOMPARE(payouts->model()->rowCount(), 4);
        const QByteArray payoutShot = qgetenv("OBOLE_SCREENSHOT_PAYOUTS");
        if (!payoutShot.isEmpty())
            QVERIFY(w.grab().save(QString::fromLocal8Bit(payoutShot)));
    }

    // Review by keyboard: match (Ctrl+M), undo (Edit → Undo), explain (Ctrl+E), reopen (Ctrl+R).
    void reviewByKeyboard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.sqlite"));
        MainWindow w;
        ReconciliationPage* page = openGenerated(w, path, 1500, 20);
        QVERIFY(page);
        QTRY_VERIFY(tileValue(page, "missingAtProviderTile").toInt() > 0);
        auto* show = page->findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
        show->setCurrentIndex(show->findText(QStringLiteral("Open discrepancies")));
        auto* table = page->findChild<QTableView*>(QStringLiteral("reconcileTableView"));
        const int missingAt = tileValue(page, "missingAtProviderTile").toInt();
        const int missingIn = tileValue(page, "missingInSalesLogTile").toInt();
        QVERIFY(missingAt > 0 && missingIn > 0);

        const int a = rowWith(*page->model(), ReconcileOutcome::MissingAtProvider);
        const int b = rowWith(*page->model(), ReconcileOutcome::MissingInSalesLog);
        table->setFocus();
        table->selectionModel()->select(page->model()->index(a, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(page->model()->index(b, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // Two lines that disagree (at least in time): the match is refused until a note says why, then confirmed.
        {
            auto db = Database::open(path);
            const qint64 saleId = page->model()->line(a).entry.salesTxn;
            const qint64 providerId = page->model()->line(b).entry.providerTxn;
            auto rows = ImportStore(*db.value()).transactions({providerId, saleId});
            QVERIFY(rows.ok());
            const QStringList differences = ReconcileReview::differences(
                rows->value(providerId), rows->value(saleId), Reconciler::defaultOptions().windowSeconds, QLocale());
            QVERIFY(!differences.isEmpty());
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastText().contains(u"do not agree"), qPrintable(MessageBox::lastText()));
        QCOMPARE(tileValue(page, "missingAtProviderTile").toInt(), missingAt);
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("reviewNoteLineEdit")),
                         QStringLiteral("same buyer, the provider's clock is off"));
        table->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(tileValue(page, "missingAtProviderTile").toInt(), missingAt - 1);
        QCOMPARE(tileValue(page, "missingInSalesLogTile").toInt(), missingIn - 1);
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();
        QCOMPARE(tileValue(page, "missingAtProviderTile").toInt(), missingAt);
        QCOMPARE(tileValue(page, "missingInSalesLogTile").toInt(), missingIn);

        // Explaining needs a note.
        const int dup = rowWith(*page->model(), ReconcileOutcome::DuplicateAtProvider);
        const int duplicates = tileValue(page, "duplicateTile").toInt();
        QVERIFY(duplicates > 0);
        selectOnly(table, dup);
        QSignalSpy messages(page, &Page::statusMessage);
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!messages.isEmpty());
        auto* note = page->findChild<QLineEdit*>(QStringLiteral("reviewNoteLineEdit"));
        QTest::keyClicks(note, QStringLiteral("sent twice, credited next month"));
        const int open = page->model()->rowCount();
        // Ctrl+E works from the note field too, where a line edit would take it for the end of the line.
        QVERIFY(note->hasFocus());
        QTest::keyClick(note, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(page->model()->rowCount(), open - 1);
        // Explained, it leaves its tile's count for the "explained" line under it.
        QCOMPARE(tileValue(page, "duplicateTile").toInt(), duplicates - 1);
        QVERIFY(page->findChild<SummaryTile*>(QStringLiteral("duplicateTile"))->detail().contains(u"1 explained"));
        auto db = Database::open(path);
        QCOMPARE(ReconcileStore::summary(*db.value(), {})->explained, 1);
        // The explained line left the open discrepancies; show it among all lines and reopen it.
        show->setCurrentIndex(show->findText(QStringLiteral("Duplicate at provider")));
        int explainedRow = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->line(r).entry.explained)
                explainedRow = r;
        }
        QVERIFY(explainedRow >= 0);
        selectOnly(table, explainedRow);
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(ReconcileStore::summary(*db.value(), {})->explained, 0);
        w.undoStack()->undo();
        QCOMPARE(ReconcileStore::summary(*db.value(), {})->explained, 1);
    }

    // Ctrl+B proposes the correcting entry of a discrepancy; booked with a note, the line is explained and the entry
    // is in the books; undone, both go back.
    void bookCorrectingEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("entries.sqlite"));
        MainWindow w;
        ReconciliationPage* page = openGenerated(w, path, 600, 10);
        QVERIFY(page);
        QTRY_VERIFY(tileValue(page, "missingInSalesLogTile").toInt() > 0);
        // The page opens on the open discrepancies, not on the thousands of matched lines.
        auto* show = page->findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
        QCOMPARE(show->currentText(), QStringLiteral("Open discrepancies"));
        QVERIFY(page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            const ReconcileEntry& line = page->model()->line(r).entry;
            QVERIFY(ReconcileText::isDiscrepancy(line.outcome) && !line.explained);
        }
        auto* table = page->findChild<QTableView*>(QStringLiteral("reconcileTableView"));
        // Every column is at least as wide as its header: none is cut.
        QHeaderView* header = table->horizontalHeader();
        for (int c = 0; c + 1 < header->count(); ++c)
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(table->model()->headerData(c, Qt::Horizontal).toString()));
        const int row = rowWith(*page->model(), ReconcileOutcome::MissingInSalesLog);
        QVERIFY(row >= 0);
        const ReconcileEntry e = page->model()->line(row).entry;
        table->setFocus();
        selectOnly(table, row);
        auto* button = page->findChild<QPushButton*>(QStringLiteral("bookEntryButton"));
        QVERIFY(button && button->isEnabled());

        bool shown = false;
        QTimer::singleShot(0, page, [&] {
            auto* dialog = qobject_cast<AdjustmentDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = true;
            auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("adjustmentLinesTable"));
            QVERIFY(lines && lines->rowCount() >= 2);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no note yet
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("adjustmentNoteLineEdit")),
                             QStringLiteral("the site lost this sale's log line"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(shown);
        auto db = Database::open(path);
        auto booked = Adjustments::forDiscrepancy(*db.value(), e.providerTxn, e.salesTxn);
        QVERIFY(booked && booked->has_value());
        QCOMPARE(ReconcileStore::summary(*db.value(), {})->explained, 1);
        w.undoStack()->undo();
        booked = Adjustments::forDiscrepancy(*db.value(), e.providerTxn, e.salesTxn);
        QVERIFY(booked && !booked->has_value());
        QCOMPARE(ReconcileStore::summary(*db.value(), {})->explained, 0);
    }

    // A long run can be cancelled: the results stay as they were.
    // A filter changed while the page reads its figures in the background: the lists and the payout follow-up still
    // come, and the tiles count by the filter as it is.
    void filterChangedWhileReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoData::create(*db.value(), QDate::currentDate().addDays(-1)).ok());
            QVERIFY(Reconciler::run(*db.value(), Reconciler::defaultOptions()).ok());
        }
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(w.openDatabase(path));
        w.show();
        ReconciliationPage* page = findPage(w);
        QVERIFY(page && page->isVisible());
        // The read started when the page was shown; its answer comes through the event loop, after this change.
        // Meanwhile the lists offer all providers and channels, and the tiles say their figures are coming.
        auto* providers = page->findChild<QComboBox*>(QStringLiteral("providerComboBox"));
        QCOMPARE(providers->currentText(), QStringLiteral("All providers"));
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("channelComboBox"))->currentText(),
                 QStringLiteral("All channels"));
        QCOMPARE(tileValue(page, "matchedTile"), QStringLiteral("…"));
        auto* period = page->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        period->setCurrentIndex(period->findText(QStringLiteral("This month")));
        QTRY_VERIFY(providers->count() > 2);
        auto* payouts = page->findChild<QTableView*>(QStringLiteral("payoutFollowUpTableView"));
        QVERIFY(payouts);
        QTRY_VERIFY(payouts->model()->rowCount() > 0);
        QCOMPARE(period->currentText(), QStringLiteral("This month"));
        QVERIFY(tileValue(page, "matchedTile") != QStringLiteral("…"));
    }

    void cancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        {
            auto db = Database::open(path);
            ReconcileGen::Options o;
            o.sales = 400000;
            QVERIFY(ReconcileGen::insert(*db.value(), ReconcileGen::generate(o)).ok());
        }
        auto db = Database::open(path);
        ReconciliationPage page;
        QSignalSpy messages(&page, &Page::statusMessage);
        page.setDatabase(db.value().get());
        QVERIFY(page.isRunning());
        page.cancelRun();
        auto said = [&](const QString& word) {
            for (const auto& m : messages) {
                if (m.first().toString().contains(word))
                    return true;
            }
            return false;
        };
        // The watcher's finished signal arrives through the event loop, after the run itself ends.
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("cancelled")), 30000);
        QVERIFY(!page.isRunning());
        QVERIFY(!ReconcileStore::state(*db.value())->exists);
        // Run again to the end.
        page.reconcile();
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("Reconciled")), 60000);
        QVERIFY(ReconcileStore::state(*db.value())->exists);
        // A hidden page reads nothing; shown, it reads its lines, lists and counts without holding the window.
        QCOMPARE(page.model()->rowCount(), 0);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QVERIFY(page.model()->canFetchMore({}));
        QVERIFY(QLocale().toLongLong(tileValue(&page, "matchedTile")) > 0);
    }
};

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
