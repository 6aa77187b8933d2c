// The import as a user drives it: the import dialog, the mapping wizard, the history page's undo, drag and drop.
#include "core/settings.h"
#include "importdialog.h"
#include "importhistorypage.h"
#include "importing/profileregistry.h"
#include "importjob.h"
#include "mainwindow.h"
#include "mappingproposal.h"
#include "mappingwizard.h"
#include "messagebox.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

using TestSupport::scalar;

namespace {

// The built-in generic provider profile reads this: ISO dates, a point as decimal mark, a Total line skipped.
QByteArray genericStatement(int rows, int firstReference = 1, const QByteArray& badLine = {})
{
    QByteArray out = "date,reference,channel,product,gross,net,currency\n";
    for (int i = 0; i < rows; ++i) {
        const int ref = firstReference + i;
        out += "2025-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') +
               "T08:" + QByteArray::number(i % 60).rightJustified(2, '0') + ":00Z,REF-" + QByteArray::number(ref) +
               ",sms,Pass 24 h," + QByteArray::number(1 + i % 5) + ".50,0.98,EUR\n";
        if (i == 1 && !badLine.isEmpty())
            out += badLine + '\n';
    }
    out += "Total,,,,,,\n";
    return out;
}

// A French aggregator's statement, as such files come: Windows-1252, a title block, decimal commas, local times,
// channel names of its own, a Total line; line 6 holds an amount with letters.
QByteArray frenchStatement()
{
    const QString text = QStringLiteral("Relevé de transactions Example Agrégateur\r\n"
                                        "Période : 01/10/2025 - 31/10/2025\r\n"
                                        "Date;Référence;Moyen de paiement;Libellé;Montant TTC;Reversement;Devise\r\n"
                                        "01/10/2025 08:15:00;EA-0001;SMS+ surtaxé;Pass 24 h;1,50;0,98;EUR\r\n"
                                        "01/10/2025 09:00:00;EA-0002;Audiotel 0899;Article du soir;2,99;1,80;EUR\r\n"
                                        "02/10/2025 10:30:00;EA-0003;SMS+ surtaxé;Crédits jeu;12,3a;8,00;EUR\r\n"
                                        "26/10/2025 02:30:00;EA-0004;sms;Pass VIP;1 234,56;800,00;EUR\r\n"
                                        "Total;;;;1 251,35;810,78;EUR\r\n");
    return text.toLatin1();
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestImportGui final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray& bytes, const QString& name = {})
    {
        const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("statement-%1.csv").arg(++m_files) : name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files));
        auto db = Database::open(path);
        return db ? path : QString();
    }

    // Clicks Import and waits for the run to end; returns the summary.
    static QString runImport(ImportDialog& dialog)
    {
        auto* button = child<QPushButton>(&dialog, "importButton");
        if (!button || !button->isEnabled())
            return QStringLiteral("(the Import button is disabled)");
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&dialog] { return !dialog.isRunning(); }, 60000))
            return QStringLiteral("(the import did not end)");
        QCoreApplication::processEvents();
        return dialog.summaryText();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Saved profiles and settings of this run only: another run of this suite may be going on at the same time.
        QCoreApplication::setApplicationName(
            QStringLiteral("tst_importgui-%1").arg(QCoreApplication::applicationPid()));
        QDir(ProfileRegistry::userFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        QFile::remove(QSettings().fileName());
    }

    void cleanup() { ImportJob::setProgressHookForTests({}); }

    void importsAStatementWithABuiltInProfile()
    {
        const QString db = freshDatabase();
        const QString file = writeFile(genericStatement(3));
        ImportDialog dialog(db, {file});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The dialog picks the profile that reads the file, and says so.
        QCOMPARE(dialog.currentProfileId(), QStringLiteral("generic-provider"));
        QVERIFY2(child<QLabel>(&dialog, "profileCheckLabel")->text().startsWith(u"✓"),
                 qPrintable(child<QLabel>(&dialog, "profileCheckLabel")->text()));
        QVERIFY(child<QComboBox>(&dialog, "profileComboBox")->currentText().contains(u"provider statement, generic"));
        QVERIFY(!child<QCheckBox>(&dialog, "skipBadRowsCheckBox")->isChecked());

        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        const QString summary = runImport(dialog);
        QVERIFY2(summary.contains(u"3 rows read, 3 added, 0 already present, 1 skipped, 0 rejected"),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"Files imported: 1. Rows added: 3."), qPrintable(summary));
        auto* progress = child<QProgressBar>(&dialog, "importProgressBar");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(child<QLabel>(&dialog, "progressLabel")->text().contains(u"finished"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 3);

        // The summary is read-only text the user can copy.
        QVERIFY(child<QPlainTextEdit>(&dialog, "summaryPlainTextEdit")->isReadOnly());
        QTest::mouseClick(child<QPushButton>(&dialog, "copySummaryButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), summary);

        // The same file again: recognised, nothing added, nothing to refresh.
        const QString again = runImport(dialog);
        QVERIFY2(again.contains(u"already imported on"), qPrintable(again));
        QVERIFY2(again.contains(u"Files imported: 0, already imported before: 1. Rows added: 0."), qPrintable(again));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_batches"), 1);
    }

    // The profile of the last import is not kept for a file another profile reads: a PayPal download after a
    // generic statement gets the PayPal profile, with the recognition said above the check.
    void picksTheProfileOfEachNewFile()
    {
        const QString db = freshDatabase();
        Settings::setValue(Settings::Key::ImportProfile, QStringLiteral("generic-provider"));
        ImportDialog dialog(db, {QStringLiteral(OBOLE_TEST_DATA "/samples/paypal-activity-fr.csv")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.currentProfileId(), QStringLiteral("paypal-activity"));
        QVERIFY2(child<QLabel>(&dialog, "recognitionLabel")->text().contains(u"PayPal activity download"),
                 qPrintable(child<QLabel>(&dialog, "recognitionLabel")->text()));
        QVERIFY2(child<QLabel>(&dialog, "profileCheckLabel")->text().startsWith(u"✓"),
                 qPrintable(child<QLabel>(&dialog, "profileCheckLabel")->text()));
        const QString summary = runImport(dialog);
        QVERIFY2(summary.contains(u"4 rows read, 4 added, 0 already present, 1 skipped"), qPrintable(summary));
        // The catalog is empty: the summary asks to look at the provider it does not know.
        QVERIFY2(summary.contains(u"Warning: the catalog has no provider paypal"), qPrintable(summary));
        QVERIFY2(summary.contains(u"Note: amounts read with a decimal comma"), qPrintable(summary));

        // A file no profile reads: the dialog says so and points to the mapping wizard.
        const QString unknown = writeFile("alpha;beta\n1;2\n");
        ImportDialog second(db, {unknown});
        QVERIFY2(child<QLabel>(&second, "recognitionLabel")->text().contains(u"New Profile"),
                 qPrintable(child<QLabel>(&second, "recognitionLabel")->text()));
    }

    void malformedRowRejectsTheFileUnlessSkipped()
    {
        const QString db = freshDatabase();
        // Line 4 (the header is line 1): an amount with letters.
        const QString file = writeFile(genericStatement(4, 100, "2025-10-02T10:00:00Z,REF-BAD,sms,Pass,12.3a,,EUR"));
        ImportDialog dialog(db, {file});
        dialog.show();
        QVERIFY(dialog.selectProfile(QStringLiteral("generic-provider")));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        const QString summary = runImport(dialog);
        QVERIFY2(summary.contains(u"line 4"), qPrintable(summary));
        QVERIFY2(summary.contains(u"gross"), qPrintable(summary));
        QVERIFY2(summary.contains(u"nothing was changed"), qPrintable(summary));
        QVERIFY2(summary.contains(u"not imported: 1."), qPrintable(summary));
        // Said as a failure, not as a finished import.
        QVERIFY2(child<QLabel>(&dialog, "progressLabel")->text().contains(u"failed"),
                 qPrintable(child<QLabel>(&dialog, "progressLabel")->text()));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_batches"), 0);

        // Skipping bad rows: the others are imported and the bad one listed with its line.
        child<QCheckBox>(&dialog, "skipBadRowsCheckBox")->setChecked(true);
        const QString skipped = runImport(dialog);
        QVERIFY2(skipped.contains(u"4 added"), qPrintable(skipped));
        QVERIFY2(skipped.contains(u"1 rejected"), qPrintable(skipped));
        QVERIFY2(skipped.contains(u"Rejected rows"), qPrintable(skipped));
        QVERIFY2(skipped.contains(u", line 4, "), qPrintable(skipped));
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 4);
    }

    void severalFilesOneAfterAnother()
    {
        const QString db = freshDatabase();
        const QString first = writeFile(genericStatement(2, 1));
        const QString empty = writeFile(QByteArray());
        const QString second = writeFile(genericStatement(2, 50));
        ImportDialog dialog(db, {first, empty, second});
        dialog.show();
        QVERIFY(dialog.selectProfile(QStringLiteral("generic-provider")));
        QCOMPARE(dialog.files().size(), 3);
        const QString summary = runImport(dialog);
        QCOMPARE(dialog.outcomes().size(), 3);
        QVERIFY(dialog.outcomes().at(0).summary);
        QVERIFY(!dialog.outcomes().at(1).summary);
        QVERIFY2(dialog.outcomes().at(1).error.contains(QFileInfo(empty).fileName()),
                 qPrintable(dialog.outcomes().at(1).error));
        QVERIFY(dialog.outcomes().at(2).summary);
        QVERIFY2(summary.contains(u"Files imported: 2, not imported: 1. Rows added: 4."), qPrintable(summary));
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 4);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        const QString db = freshDatabase();
        {
            ImportDialog warmup(db, {writeFile(genericStatement(5, 900000))});
            warmup.show();
            QVERIFY(warmup.selectProfile(QStringLiteral("generic-provider")));
            runImport(warmup);
        }
        const qint64 rowsBefore = scalar(db, "SELECT count(*) FROM transactions");
        const qint64 batchesBefore = scalar(db, "SELECT count(*) FROM import_batches");
        QCOMPARE(rowsBefore, 5);

        // Big enough to report progress several times; the hook holds the worker at its first report so the test
        // clicks Cancel mid-file, whatever the machine's speed.
        const QString big = writeFile(genericStatement(60000));
        std::atomic_bool reached{false};
        QSemaphore gate;
        ImportJob::setProgressHookForTests([&reached, &gate] {
            if (!reached.exchange(true))
                gate.tryAcquire(1, 30000);
        });
        ImportDialog dialog(db, {big});
        dialog.show();
        QVERIFY(dialog.selectProfile(QStringLiteral("generic-provider")));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        auto* cancel = child<QPushButton>(&dialog, "cancelImportButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(reached.load(), 30000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QCoreApplication::processEvents();
        QVERIFY2(dialog.summaryText().contains(u"cancelled"), qPrintable(dialog.summaryText()));
        QVERIFY(child<QLabel>(&dialog, "progressLabel")->text().contains(u"cancelled"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), rowsBefore);
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_batches"), batchesBefore);
    }

    void proposesColumns_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QStringList>("expected"); // field=column pairs

        QTest::newRow("french aggregator")
            << QStringList{u"Date"_s,        u"Référence"_s, u"Moyen de paiement"_s, u"Libellé"_s, u"Montant TTC"_s,
                           u"Reversement"_s, u"Devise"_s}
            << QStringList{u"01/10/2025 08:15:00"_s, u"EA-1"_s, u"SMS+"_s, u"Pass"_s, u"1,50"_s, u"0,98"_s, u"EUR"_s}
            << QStringList{u"timestamp=0"_s, u"reference=1"_s, u"channel=2"_s, u"product=3"_s,
                           u"gross=4"_s,     u"net=5"_s,       u"currency=6"_s};
        QTest::newRow("stripe itemized")
            << QStringList{u"balance_transaction_id"_s, u"created_utc"_s, u"currency"_s, u"gross"_s, u"fee"_s, u"net"_s,
                           u"reporting_category"_s,     u"description"_s}
            << QStringList{u"txn_1"_s, u"2025-10-01 08:00:00"_s, u"eur"_s, u"1.50"_s, u"0.30"_s, u"1.20"_s, u"charge"_s,
                           u"Pass"_s}
            << QStringList{u"reference=0"_s, u"timestamp=1"_s, u"currency=2"_s, u"gross=3"_s,
                           u"fee=4"_s,       u"net=5"_s,       u"status=6"_s,   u"product=7"_s};
        QTest::newRow("btcpay payments") << QStringList{u"Date"_s,
                                                        u"InvoiceId"_s,
                                                        u"OrderId"_s,
                                                        u"Category"_s,
                                                        u"PaymentMethodId"_s,
                                                        u"Confirmed"_s,
                                                        u"Address"_s,
                                                        u"PaymentCurrency"_s,
                                                        u"PaymentAmount"_s,
                                                        u"PaymentMethodFee"_s,
                                                        u"LightningAddress"_s,
                                                        u"InvoiceCurrency"_s,
                                                        u"InvoiceCurrencyAmount"_s,
                                                        u"Rate"_s}
                                         << QStringList{u"2025-10-01T08:00:00+00:00"_s,
                                                        u"Inv1"_s,
                                                        u"o1"_s,
                                                        u"Invoice"_s,
                                                        u"BTC-LN"_s,
                                                        u"True"_s,
                                                        u"lnbc"_s,
                                                        u"BTC"_s,
                                                        u"0.00002"_s,
                                                        u"0"_s,
                                                        u""_s,
                                                        u"EUR"_s,
                                                        u"1.50"_s,
                                                        u"60000"_s}
                                         << QStringList{u"timestamp=0"_s, u"reference=1"_s, u"channel=4"_s,
                                                        u"fee=9"_s,       u"currency=11"_s, u"gross=12"_s};
        QTest::newRow("english lower case")
            << QStringList{u"created"_s, u"amount"_s, u"id"_s, u"status"_s}
            << QStringList{u"2025-10-01"_s, u"2.00"_s, u"x"_s, u"paid"_s}
            << QStringList{u"timestamp=0"_s, u"gross=1"_s, u"reference=2"_s, u"status=3"_s};
    }

    void proposesColumns()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, row);
        QFETCH(QStringList, expected);
        const QHash<QString, int> proposed = MappingProposal::proposeColumns(header, {row});
        for (const QString& pair : expected) {
            const QString field = pair.section(u'=', 0, 0);
            QCOMPARE(proposed.value(field, -1), pair.section(u'=', 1).toInt());
        }
    }

    void proposesValues()
    {
        QCOMPARE(MappingProposal::proposeDateFormat({u"01/10/2025 08:15:00"_s, u"26/10/2025 02:30:00"_s}),
                 u"dd/MM/yyyy HH:mm:ss"_s);
        QCOMPARE(MappingProposal::proposeDateFormat({u"10/26/2025 02:30:00"_s}), u"MM/dd/yyyy HH:mm:ss"_s);
        QCOMPARE(MappingProposal::proposeDateFormat({u"2025-10-01T08:15:00Z"_s}), u"iso8601"_s);
        QCOMPARE(MappingProposal::proposeDateFormat({u"1759306500"_s}), u"unix"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"SMS+ surtaxé"_s), u"sms"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"Audiotel 0899"_s), u"audiotel"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"BTC-LightningNetwork"_s), u"crypto"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"Paysafecard"_s), u"prepaid_card"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"Internet+"_s), u"internet_plus"_s);
        QCOMPARE(MappingProposal::proposeChannel(u"Something else"_s), QString());
        const MappingProposal::Reading r = MappingProposal::proposeReading(frenchStatement());
        QCOMPARE(r.encoding, TextCodec::Encoding::Windows1252);
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.skipLines, 2);
        QVERIFY(r.header);
        QCOMPARE(r.decimalMark, ',');
    }

    void wizardMapsANewFile()
    {
        const QString db = freshDatabase();
        const QString file = writeFile(frenchStatement(), QStringLiteral("releve-example-2025-10.csv"));
        ImportDialog dialog(db, {file});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // No profile reads it: the dialog says why.
        QVERIFY2(child<QLabel>(&dialog, "profileCheckLabel")->text().startsWith(u"⚠"),
                 qPrintable(child<QLabel>(&dialog, "profileCheckLabel")->text()));

        QTest::mouseClick(child<QPushButton>(&dialog, "newProfileButton"), Qt::LeftButton);
        auto* wizard = dialog.findChild<MappingWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(MappingWizard::ReadingPageId));

        // Page 1: the reading settings are proposed, and the preview shows the table as read with them.
        auto* encoding = child<QComboBox>(wizard, "encodingComboBox");
        QCOMPARE(encoding->currentData().toInt(), int(TextCodec::Encoding::Windows1252));
        QCOMPARE(child<QComboBox>(wizard, "delimiterComboBox")->currentData().toInt(), int(';'));
        QCOMPARE(child<QComboBox>(wizard, "decimalMarkComboBox")->currentData().toInt(), int(','));
        QCOMPARE(child<QSpinBox>(wizard, "skipLinesSpinBox")->value(), 2);
        QVERIFY(child<QCheckBox>(wizard, "headerCheckBox")->isChecked());
        auto* raw = child<QTableWidget>(wizard, "rawPreviewTableWidget");
        QCOMPARE(raw->columnCount(), 7);
        QCOMPARE(raw->horizontalHeaderItem(1)->text(), u"Référence"_s);
        QCOMPARE(raw->rowCount(), 5);
        QCOMPARE(raw->verticalHeaderItem(0)->text(), u"4"_s);
        QCOMPARE(raw->item(0, 2)->text(), u"SMS+ surtaxé"_s);
        // Re-read on every change: with UTF-8 forced, the accents of this Windows-1252 file do not decode.
        encoding->setCurrentIndex(encoding->findData(int(TextCodec::Encoding::Utf8)));
        QVERIFY(!child<QLabel>(wizard, "readingStatusLabel")->text().startsWith(u"Read as"));
        QVERIFY(!wizard->currentPage()->isComplete());
        encoding->setCurrentIndex(encoding->findData(int(TextCodec::Encoding::Windows1252)));
        QVERIFY(wizard->currentPage()->isComplete());
        // One line fewer skipped: the title's second line becomes the header.
        child<QSpinBox>(wizard, "skipLinesSpinBox")->setValue(1);
        QVERIFY(raw->horizontalHeaderItem(0)->text().startsWith(u"Période"));
        child<QSpinBox>(wizard, "skipLinesSpinBox")->setValue(2);

        // Page 2: the mapping proposed from the headers.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(MappingWizard::ColumnsPageId));
        const QList<std::pair<const char*, int>> expected = {
            {"timestampColumnComboBox", 0}, {"referenceColumnComboBox", 1}, {"channelColumnComboBox", 2},
            {"productColumnComboBox", 3},   {"grossColumnComboBox", 4},     {"netColumnComboBox", 5},
            {"currencyColumnComboBox", 6},  {"feeColumnComboBox", -1},      {"statusColumnComboBox", -1}};
        for (const auto& [name, column] : expected)
            QCOMPARE(child<QComboBox>(wizard, name)->currentData().toInt(), column);
        QCOMPARE(child<QComboBox>(wizard, "dateFormatComboBox")->currentText(), u"dd/MM/yyyy HH:mm:ss"_s);
        child<QComboBox>(wizard, "timeZoneComboBox")->setCurrentText(u"Europe/Paris"_s);
        QVERIFY2(child<QLabel>(wizard, "dateFormatCheckLabel")->text().contains(u"2025-10-01 06:15:00 UTC"),
                 qPrintable(child<QLabel>(wizard, "dateFormatCheckLabel")->text()));
        // A provider statement needs its provider.
        QVERIFY(!wizard->currentPage()->isComplete());
        QTest::keyClicks(child<QLineEdit>(wizard, "providerLineEdit"), u"example-agg"_s);
        QVERIFY(wizard->currentPage()->isComplete());
        // A rate given with each row goes with the column of the currency it prices or the one it is in, not both.
        auto* rate = child<QComboBox>(wizard, "rateColumnComboBox");
        auto* rateOf = child<QComboBox>(wizard, "rate_ofColumnComboBox");
        auto* rateIn = child<QComboBox>(wizard, "rate_inColumnComboBox");
        for (QComboBox* combo : {rate, rateOf, rateIn})
            QCOMPARE(combo->currentData().toInt(), -1);
        auto* problem = child<QLabel>(wizard, "columnsProblemLabel");
        rate->setCurrentIndex(rate->findData(5));
        QVERIFY(!wizard->currentPage()->isComplete());
        QVERIFY2(problem->text().contains(u"the currency the rate prices"), qPrintable(problem->text()));
        rateOf->setCurrentIndex(rateOf->findData(6));
        QVERIFY(wizard->currentPage()->isComplete());
        rateIn->setCurrentIndex(rateIn->findData(6));
        QVERIFY(!wizard->currentPage()->isComplete());
        rate->setCurrentIndex(0);
        rateIn->setCurrentIndex(0);
        QVERIFY(!wizard->currentPage()->isComplete());
        QVERIFY2(problem->text().contains(u"the column of the exchange rate"), qPrintable(problem->text()));
        rateOf->setCurrentIndex(0);
        QVERIFY(wizard->currentPage()->isComplete());
        // The page, three more rows and all, fits a 1280x800 screen.
        QVERIFY2(wizard->sizeHint().height() <= 740 && wizard->sizeHint().width() <= 1260,
                 qPrintable(QStringLiteral("%1x%2").arg(wizard->sizeHint().width()).arg(wizard->sizeHint().height())));

        // Page 3: each row as read, the bad one rejected with its reason; the Total line skipped.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(MappingWizard::PreviewPageId));
        QCOMPARE(child<QLineEdit>(wizard, "skipRulePatternLineEdit")->text(), u"^Total"_s);
        auto* values = child<QTableWidget>(wizard, "channelValuesTableWidget");
        QCOMPARE(values->rowCount(), 2);
        for (int r = 0; r < values->rowCount(); ++r) {
            const QString value = values->item(r, 0)->text();
            auto* combo = qobject_cast<QComboBox*>(values->cellWidget(r, 1));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), value.startsWith(u"SMS") ? u"sms"_s : u"audiotel"_s);
        }
        auto* preview = child<QTableWidget>(wizard, "parsedPreviewTableWidget");
        QCOMPARE(preview->rowCount(), 5);
        auto rowOfLine = [preview](int line) {
            for (int r = 0; r < preview->rowCount(); ++r)
                if (preview->item(r, 0)->text() == QString::number(line))
                    return r;
            return -1;
        };
        const int bad = rowOfLine(6);
        QVERIFY(bad >= 0);
        QCOMPARE(preview->item(bad, 1)->text(), u"Rejected"_s);
        const QString reason = preview->item(bad, 2)->text();
        QCOMPARE(preview->columnSpan(bad, 2), preview->columnCount() - 2);
        QVERIFY2(reason.contains(u"line 6") && reason.contains(u"Montant TTC") && reason.contains(u"12,3a"),
                 qPrintable(reason));
        const int good = rowOfLine(4);
        QCOMPARE(preview->item(good, 1)->text(), u"Read"_s);
        QCOMPARE(preview->item(good, 3)->text(), u"2025-10-01 06:15:00"_s);
        QCOMPARE(preview->item(good, 5)->text().isEmpty(), false);
        // DST: 26/10/2025 02:30 in Paris is read as its first occurrence, 00:30 UTC.
        QCOMPARE(preview->item(rowOfLine(7), 3)->text(), u"2025-10-26 00:30:00"_s);
        QCOMPARE(preview->item(rowOfLine(8), 1)->text(), u"Skipped"_s);
        QVERIFY(child<QLabel>(wizard, "previewCountsLabel")->text().contains(u"3 read, 1 skipped, 1 rejected"));

        // Finish saves the profile (after confirming despite the rejected row) and the dialog selects it.
        auto* name = child<QLineEdit>(wizard, "profileNameLineEdit");
        name->clear();
        QTest::keyClicks(name, u"Example aggregator test"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        wizard->accept();
        QTRY_COMPARE(dialog.currentProfileId(), u"example-aggregator-test"_s);
        QVERIFY(QFile::exists(ProfileRegistry::userFolder() + u"/example-aggregator-test.json"_s));
        auto saved = ProfileRegistry::find(u"example-aggregator-test"_s);
        QVERIFY(saved.ok());
        QCOMPARE(saved->profile.channelValues.value(u"SMS+ surtaxé"_s), u"sms"_s);
        QCOMPARE(saved->profile.timeZone, u"Europe/Paris"_s);

        // The new profile imports the file when bad rows are skipped.
        child<QCheckBox>(&dialog, "skipBadRowsCheckBox")->setChecked(true);
        const QString summary = runImport(dialog);
        QVERIFY2(summary.contains(u"3 added"), qPrintable(summary));
        QVERIFY2(summary.contains(u"line 6"), qPrintable(summary));
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 3);
        QCOMPARE(scalar(db, "SELECT sum(gross_minor) FROM transactions"), 150 + 299 + 123456);
    }

    void wizardMapsAFileWithoutHeader()
    {
        const QString db = freshDatabase();
        const QString file = writeFile("2025-10-01 08:00:00|REF-1|12.50\n2025-10-01 09:00:00|REF-2|3.00\n"
                                       "2025-10-02 10:00:00|REF-3|4.99\n",
                                       QStringLiteral("site-log.txt"));
        ImportDialog dialog(db, {file});
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "newProfileButton"), Qt::LeftButton);
        auto* wizard = dialog.findChild<MappingWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        // The first row holds values, not names: no header; the delimiter is found.
        QVERIFY(!child<QCheckBox>(wizard, "headerCheckBox")->isChecked());
        QCOMPARE(child<QComboBox>(wizard, "delimiterComboBox")->currentData().toInt(), int('|'));
        auto* raw = child<QTableWidget>(wizard, "rawPreviewTableWidget");
        QCOMPARE(raw->rowCount(), 3);
        QCOMPARE(raw->horizontalHeaderItem(2)->text(), u"Column 3"_s);

        wizard->next();
        auto* timestamp = child<QComboBox>(wizard, "timestampColumnComboBox");
        auto* gross = child<QComboBox>(wizard, "grossColumnComboBox");
        QVERIFY(!wizard->currentPage()->isComplete());
        timestamp->setCurrentIndex(timestamp->findData(0));
        gross->setCurrentIndex(gross->findData(2));
        auto* reference = child<QComboBox>(wizard, "referenceColumnComboBox");
        reference->setCurrentIndex(reference->findData(1));
        QCOMPARE(child<QComboBox>(wizard, "dateFormatComboBox")->currentText(), u"iso8601"_s);
        auto* kind = child<QComboBox>(wizard, "kindComboBox");
        kind->setCurrentIndex(kind->findData(int(ImportProfile::Kind::Sales)));
        auto* channel = child<QComboBox>(wizard, "defaultChannelComboBox");
        channel->setCurrentIndex(channel->findData(u"wallet"_s));
        child<QComboBox>(wizard, "timeZoneComboBox")->setCurrentText(u"UTC"_s);
        QVERIFY(wizard->currentPage()->isComplete());

        wizard->next();
        QVERIFY(child<QLabel>(wizard, "previewCountsLabel")->text().contains(u"3 read, 0 skipped, 0 rejected"));
        QVERIFY(!child<QTableWidget>(wizard, "channelValuesTableWidget")->isVisible());
        wizard->accept();
        const QString id = dialog.currentProfileId();
        QTRY_VERIFY(!dialog.findChild<MappingWizard*>());
        auto saved = ProfileRegistry::find(dialog.currentProfileId());
        QVERIFY2(saved.ok(), qPrintable(id));
        QVERIFY(!saved->profile.header);
        QCOMPARE(saved->profile.kind, ImportProfile::Kind::Sales);
        QCOMPARE(saved->profile.column(ImportProfile::Field::Gross).position, 3);
        QCOMPARE(saved->profile.delimiter, '|');

        const QString summary = runImport(dialog);
        QVERIFY2(summary.contains(u"3 added"), qPrintable(summary));
        QCOMPARE(scalar(db, "SELECT sum(gross_minor) FROM transactions WHERE kind = 'sales' AND channel = 'wallet'"),
                 1250 + 300 + 499);
    }

    void historyPageUndoesABatch()
    {
        const QString db = freshDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int historyIndex = -1;
        for (int i = 0; i < window.pageCount(); ++i)
            if (qobject_cast<ImportHistoryPage*>(window.page(i)))
                historyIndex = i;
        QVERIFY(historyIndex >= 0);
        auto* history = qobject_cast<ImportHistoryPage*>(window.page(historyIndex));
        window.showPage(historyIndex);
        auto* empty = child<QLabel>(history, "emptyStateLabel");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"File → Import"));
        QVERIFY(empty->text().contains(u"Drag"));

        // Import two files, one with a rejected row (bad rows skipped).
        const QString good = writeFile(genericStatement(3, 1));
        const QString withBad = writeFile(genericStatement(3, 10, "2025-10-02T10:00:00Z,REF-BAD,sms,Pass,1.5x,,EUR"));
        ImportDialog* dialog = window.importFiles({good, withBad});
        QVERIFY(dialog);
        QVERIFY(dialog->selectProfile(QStringLiteral("generic-provider")));
        child<QCheckBox>(dialog, "skipBadRowsCheckBox")->setChecked(true);
        runImport(*dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 6);

        // The page was refreshed: two batches, the newest first and selected, with its rejected row.
        auto* table = child<QTableView>(history, "batchesTableView");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        auto* rejected = child<QPlainTextEdit>(history, "rejectedDetailPlainTextEdit");
        QVERIFY2(rejected->toPlainText().contains(u"line 4"), qPrintable(rejected->toPlainText()));
        QVERIFY(rejected->toPlainText().contains(u"1.5x"));
        table->selectRow(1);
        QVERIFY(rejected->toPlainText().isEmpty());

        // Delete asks first; No keeps everything.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(MessageBox::lastText().contains(u"Undo the import of"));
        QVERIFY(!history->isUndoing());
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_batches"), 2);

        // Yes removes the batch and its rows, off the GUI thread.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY(!history->isUndoing());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_batches"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 3);

        // A small undo leaves little free space: no compaction is offered.
        QVERIFY(!MessageBox::lastText().contains(u"Compact"));

        // The button does the same; the last batch gone, the empty state is back. Here the file holds 20 MiB of
        // free pages after the undo (as a large batch would leave): compacting is offered, and gives them back.
        {
            auto raw = Database::open(db);
            QVERIFY(raw.ok());
            QVERIFY(raw.value()->exec("CREATE TABLE scratch(b BLOB)").ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY(raw.value()->exec("INSERT INTO scratch VALUES (zeroblob(1048576))").ok());
            QVERIFY(raw.value()->exec("DROP TABLE scratch; PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        const qint64 bloated = QFileInfo(db).size();
        QVERIFY2(bloated > 20 * 1024 * 1024, qPrintable(QString::number(bloated)));
        table->selectRow(0);
        MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
        QTest::mouseClick(child<QPushButton>(history, "undoBatchButton"), Qt::LeftButton);
        QTRY_VERIFY(!history->isUndoing());
        QTRY_VERIFY(MessageBox::lastText().contains(u"Compact the file now?"));
        QTRY_VERIFY_WITH_TIMEOUT(!history->isCompacting(), 30000);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), 0);
        QVERIFY2(QFileInfo(db).size() < 4 * 1024 * 1024, qPrintable(QString::number(QFileInfo(db).size())));
        QCOMPARE(table->actions().size(), 1); // the context menu offers Undo too
    }

    void dropsAndMenuOpenTheImportDialog()
    {
        const QString db = freshDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.acceptDrops());

        const QString file = writeFile(genericStatement(2));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file), QUrl(QStringLiteral("https://example.org/x.csv"))});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), QStringList{QFileInfo(file).absoluteFilePath()});
        dialog->close();
        QTRY_VERIFY(!window.findChild<ImportDialog*>());

        // Something else than files is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        // File → Import… (Ctrl+I) opens it empty.
        auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        action->trigger();
        dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->files().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        dialog->close();
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set OBOLE_SCREENSHOT_DIR to write the screenshots");
        const QString db = freshDatabase();
        const QString file = writeFile(frenchStatement(), QStringLiteral("releve-example-2025-10.csv"));
        ImportDialog dialog(db, {file});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "newProfileButton"), Qt::LeftButton);
        auto* wizard = dialog.findChild<MappingWizard*>();
        QTRY_VERIFY(wizard && wizard->isVisible());
        QTest::qWait(200);
        wizard->grab().save(out + u"/import-wizard-reading.png"_s);
        wizard->next();
        child<QComboBox>(wizard, "timeZoneComboBox")->setCurrentText(u"Europe/Paris"_s);
        QTest::keyClicks(child<QLineEdit>(wizard, "providerLineEdit"), u"example-agg"_s);
        QTest::qWait(200);
        wizard->grab().save(out + u"/import-wizard-columns.png"_s);
        wizard->next();
        QTest::qWait(200);
        wizard->grab().save(out + u"/import-wizard.png"_s);
        auto* name = child<QLineEdit>(wizard, "profileNameLineEdit");
        name->setText(u"Example aggregator screenshot"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        wizard->accept();
        QTRY_COMPARE(dialog.currentProfileId(), u"example-aggregator-screenshot"_s);
        // The same statement downloaded twice, and a file this profile does not read.
        const QString copy = writeFile(frenchStatement(), QStringLiteral("releve-example-2025-10 (1).csv"));
        const QString other = writeFile(genericStatement(40), QStringLiteral("generic-2025-10.csv"));
        dialog.addFiles({copy, other});
        child<QCheckBox>(&dialog, "skipBadRowsCheckBox")->setChecked(true);
        runImport(dialog);
        QTest::qWait(200);
        dialog.grab().save(out + u"/import-summary.png"_s);

        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.pageCount(); ++i)
            if (qobject_cast<ImportHistoryPage*>(window.page(i)))
                window.showPage(i);
        QTest::qWait(200);
        window.grab().save(out + u"/import-history.png"_s);
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
