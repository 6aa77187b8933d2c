#include "core/settings.h"
#include "core/translations.h"
#include "demo/demodata.h"
#include "helpdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "page.h"
#include "passwordkeyring.h"
#include "preferencesdialog.h"
#include "revenue/revenueaggregates.h"
#include "serverdialog.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void visitsEveryPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoData::create(*db.value(), QDate(2026, 10, 31)).ok());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* status = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("demo.sqlite")), qPrintable(status->text()));
        auto* lastImport = window.findChild<QLabel*>(QStringLiteral("lastImportLabel"));
        // The demo's last file is a provider's payouts.
        QVERIFY2(lastImport->text().contains(QStringLiteral("virements-")), qPrintable(lastImport->text()));

        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        const QStringList expected = {QStringLiteral("Price points"), QStringLiteral("Snippets"),
                                      QStringLiteral("Revenue"),      QStringLiteral("Reconciliation"),
                                      QStringLiteral("Reports"),      QStringLiteral("Import history")};
        for (int i = 0; i < nav->count(); ++i) {
            QCOMPARE(nav->item(i)->text(), expected.at(i));
            // Keyboard: Ctrl+1..6 go to the pages.
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), i);
            QVERIFY(window.page(i)->isVisible());
        }
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Up);
        QCOMPARE(window.currentPage(), 4);

        window.showPage(0);
        // The price matrix: the eight demo products down, the product and the seven channels across.
        auto* prices = window.page(0)->findChild<QTableView*>(QStringLiteral("priceMatrixTableView"));
        QVERIFY(prices && prices->isVisible());
        QCOMPARE(prices->model()->rowCount(), 8);
        QCOMPARE(prices->model()->columnCount(), 8);
        window.showPage(5);
        auto* batches = window.page(5)->findChild<QTableView*>(QStringLiteral("batchesTableView"));
        QVERIFY(batches && batches->isVisible());
        QVERIFY(batches->model()->rowCount() > 4);
    }

    void emptyDatabaseShowsNextStep()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(0);
        auto* empty = window.page(0)->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("demo")));
        window.showPage(5);
        auto* noImport = window.page(5)->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
        QVERIFY(noImport && noImport->isVisible());

        // Each empty page has the button for its next step, never a command line to type.
        window.showPage(0);
        QVERIFY(window.page(0)->findChild<QPushButton*>(QStringLiteral("catalogDialogActionButton")));
        QVERIFY(window.page(0)->findChild<QPushButton*>(QStringLiteral("importCatalogActionButton")));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            auto* label = window.page(i)->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
            QVERIFY(label);
            QTRY_VERIFY2(label->isVisible(), qPrintable(window.page(i)->title()));
            QVERIFY2(!label->text().contains(u"obole-cli") && !label->text().contains(u"--demo"),
                     qPrintable(label->text()));
        }
        for (int i : {2, 3, 4, 5}) { // revenue, reconciliation, reports, import history
            window.showPage(i);
            // The Reports page builds its (empty) report in the background first.
            const auto shown = [&] {
                auto* button = window.page(i)->findChild<QPushButton*>(QStringLiteral("pageImportActionButton"));
                return button && button->isVisible();
            };
            QTRY_VERIFY2(shown(), qPrintable(window.page(i)->title()));
        }
        // The Snippets page's next step is on Price points.
        window.showPage(1);
        auto* toPrices = window.page(1)->findChild<QPushButton*>(QStringLiteral("goToPricePointsActionButton"));
        QVERIFY(toPrices);
        QTRY_VERIFY(toPrices->isVisible());
        QTest::mouseClick(toPrices, Qt::LeftButton);
        QCOMPARE(window.currentPage(), 0);
        auto* import = window.page(5)->findChild<QPushButton*>(QStringLiteral("pageImportActionButton"));
        QVERIFY(!window.findChild<ImportDialog*>());
        QTest::mouseClick(import, Qt::LeftButton);
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
    }

    // An empty database opens on the welcome page; its demo button writes and opens the demo merchant, off the GUI
    // thread, and the pages come back; Help → Getting Started shows it again.
    void welcomePageStartsAnEmptyDatabase()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("welcome.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());
        auto* welcome = window.findChild<QWidget*>(QStringLiteral("welcomePage"));
        QVERIFY(welcome && welcome->isVisible());
        for (const char* name : {"openDemoButton", "addSiteButton", "importCatalogButton", "importStatementButton"}) {
            auto* button = welcome->findChild<QPushButton*>(QLatin1StringView(name));
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
        }
        // The first way to start has the focus.
        QCOMPARE(QApplication::focusWidget(), welcome->findChild<QPushButton*>(QStringLiteral("openDemoButton")));

        // Choosing a page leaves it; the pages say what each needs.
        window.showPage(2);
        QVERIFY(!window.isWelcomeShown());
        auto* gettingStarted = window.findChild<QAction*>(QStringLiteral("gettingStartedAction"));
        QVERIFY(gettingStarted);
        gettingStarted->trigger();
        QVERIFY(window.isWelcomeShown());

        // The import button opens the import dialog.
        welcome->findChild<QPushButton*>(QStringLiteral("importStatementButton"))->click();
        QWidget* dialog = nullptr;
        QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr);
        dialog->close();

        const QString demo = MainWindow::demoPath();
        QFile::remove(demo);
        welcome->findChild<QPushButton*>(QStringLiteral("openDemoButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.database()->path() == demo, 60000);
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(QFile::exists(demo));
    }

    // Edit → Preferences: the language (from the next start), the books' time zone (in the database), the
    // reconciliation window and the export folder; a zone that does not exist is refused, saying so.
    void preferencesAreSaved()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("preferences.sqlite"))));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("preferencesAction")));
        PreferencesDialog dialog(window.database(), &window);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("timeZoneComboBox"));
        auto* windowSeconds = dialog.findChild<QSpinBox*>(QStringLiteral("windowSpinBox"));
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("exportFolderLineEdit"));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY(language && zone && windowSeconds && folder && problem);
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Paris"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString out = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(dialog.grab().save(out + QStringLiteral("/preferences-dialog.png")));

        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->isVisible() && problem->text().contains(u"Mars/Olympus"), qPrintable(problem->text()));

        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        zone->setCurrentText(QStringLiteral("America/New_York"));
        windowSeconds->setValue(900);
        folder->setText(QDir::toNativeSeparators(m_dir.path()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Settings::value(Settings::Key::Language).toString(), QStringLiteral("fr"));
        QCOMPARE(Settings::value(Settings::Key::ReconcileWindowSeconds).toInt(), 900);
        QCOMPARE(Settings::value(Settings::Key::ExportFolder).toString(), m_dir.path());
        QCOMPARE(RevenueAggregates::timeZone(*window.database()).id(), QByteArray("America/New_York"));
        for (Settings::Key key :
             {Settings::Key::Language, Settings::Key::ReconcileWindowSeconds, Settings::Key::ExportFolder})
            Settings::remove(key);
    }

    // File → Open Shared Database…: the URI it builds, the password kept out of the recent list, and a recent server
    // filling the fields again.
    void sharedDatabaseDialog()
    {
        MainWindow window;
        QVERIFY(window.findChild<QAction*>(QStringLiteral("openSharedDatabaseAction")));
        Settings::remove(Settings::Key::RecentServers);
        {
            ServerDialog dialog(&window);
            auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"));
            auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"));
            auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"));
            auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
            auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            auto* security = dialog.findChild<QComboBox*>(QStringLiteral("securityComboBox"));
            QVERIFY(host && port && database && user && password && security);
            auto* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
            QVERIFY(!open->isEnabled()); // no database named yet
            host->setText(QStringLiteral("books.example.org"));
            port->setValue(5433);
            database->setText(QStringLiteral("books"));
            user->setText(QStringLiteral("alice"));
            password->setText(QStringLiteral("p@ss word"));
            security->setCurrentIndex(security->findData(QStringLiteral("verify-full")));
            QVERIFY(open->isEnabled());
            QCOMPARE(dialog.shownUri(),
                     QStringLiteral("postgresql://alice@books.example.org:5433/books?sslmode=verify-full"));
            QCOMPARE(
                dialog.uri(),
                QStringLiteral("postgresql://alice:p%40ss%20word@books.example.org:5433/books?sslmode=verify-full"));
            QVERIFY(Database::isServerLocation(dialog.uri()));
            // The authority that signed the server's certificate, only when the certificate is checked.
            auto* authority = dialog.findChild<QLineEdit*>(QStringLiteral("authorityLineEdit"));
            QVERIFY(authority && authority->isEnabled());
            authority->setText(QStringLiteral("/etc/obole/team ca.crt"));
            QCOMPARE(dialog.shownUri(), QStringLiteral("postgresql://alice@books.example.org:5433/books?sslmode=verify-"
                                                       "full&sslrootcert=/etc/obole/team%20ca.crt"));
            security->setCurrentIndex(security->findData(QStringLiteral("require")));
            QVERIFY(!authority->isEnabled());
            QCOMPARE(dialog.shownUri(),
                     QStringLiteral("postgresql://alice@books.example.org:5433/books?sslmode=require"));
            security->setCurrentIndex(security->findData(QStringLiteral("verify-full")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            if (const QString out = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR"); !out.isEmpty())
                QVERIFY(dialog.grab().save(out + QStringLiteral("/shared-database-dialog.png")));
            ServerDialog::remember(dialog.shownUri());
        }
        const QStringList recent = Settings::value(Settings::Key::RecentServers).toStringList();
        QCOMPARE(recent,
                 QStringList{QStringLiteral("postgresql://alice@books.example.org:5433/books?sslmode=verify-full&"
                                            "sslrootcert=/etc/obole/team%20ca.crt")});
        ServerDialog again(&window);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->text(),
                 QStringLiteral("books.example.org"));
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text(), QString());
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("authorityLineEdit"))->text(),
                 QStringLiteral("/etc/obole/team ca.crt"));
        QCOMPARE(again.shownUri(), recent.constFirst());
        Settings::remove(Settings::Key::RecentServers);
    }

    // A server password kept in the system keyring comes back for the same server, never for another, and goes when
    // removed; where no keyring answers (a machine without a desktop session), keeping it says why. Its second run
    // (tst_mainwindow_keyring, tests/keyring/run.sh) has a real secret service, which must answer.
    void keyringKeepsServerPasswords()
    {
        const bool keyringThere = qEnvironmentVariable("OBOLE_TEST_KEYRING") == u"1";
        const QString location = QStringLiteral("postgresql://alice@keyring-test.invalid:5432/books?sslmode=prefer");
        const QString other = QStringLiteral("postgresql://bob@keyring-test.invalid:5432/books?sslmode=prefer");
        PasswordKeyring::remove(location);
        QElapsedTimer timer;
        timer.start();
        const QString why = PasswordKeyring::write(location, QStringLiteral("s3cret:/@"));
        QVERIFY2(timer.elapsed() < 10000, "a keyring that does not answer holds the window at most a few seconds");
        if (keyringThere)
            QVERIFY2(why.isEmpty(), qPrintable(why));
        if (why.isEmpty()) {
            QCOMPARE(PasswordKeyring::read(location), QStringLiteral("s3cret:/@"));
            QCOMPARE(PasswordKeyring::read(other), QString());
            // The URI that opens the server carries it, encoded where a URI needs it.
            const QUrl kept(PasswordKeyring::withKeptPassword(location));
            QVERIFY(kept.isValid());
            QCOMPARE(kept.password(QUrl::FullyDecoded), QStringLiteral("s3cret:/@"));
            QCOMPARE(kept.userName(), QStringLiteral("alice"));
            QCOMPARE(kept.host(), QStringLiteral("keyring-test.invalid"));
            QCOMPARE(kept.path(), QStringLiteral("/books"));
            // Kept again, it replaces the first.
            QCOMPARE(PasswordKeyring::write(location, QStringLiteral("newer")), QString());
            QCOMPARE(PasswordKeyring::read(location), QStringLiteral("newer"));
            PasswordKeyring::remove(location);
        } else {
            qInfo("no system keyring here: %s", qPrintable(why));
        }
        QCOMPARE(PasswordKeyring::read(location), QString());
        QCOMPARE(PasswordKeyring::withKeptPassword(location), location);
        // A file is never looked up.
        QCOMPARE(PasswordKeyring::withKeptPassword(QStringLiteral("/tmp/x.sqlite")), QStringLiteral("/tmp/x.sqlite"));
    }

    void refusesBadFileAndKeepsCurrent()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
        MainWindow window;
        QVERIFY(window.openDatabase(good));
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openDatabase(bad));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not an Obole database")));
        QVERIFY(window.database());
        QVERIFY(window.database()->path().endsWith(QStringLiteral("good.sqlite")));
    }

    // A file that cannot be opened at start is left as it is, and the user opens or creates another instead of
    // being put out of the application.
    void badDatabaseAtStartOffersAnother()
    {
        const QString bad = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        {
            MainWindow window;
            MessageBox::setNextChoice(2); // Quit
            QVERIFY(!window.openAtStart(bad));
            QVERIFY2(MessageBox::lastText().contains(u"not an Obole database"), qPrintable(MessageBox::lastText()));
            QVERIFY(MessageBox::lastText().contains(u"left as it is"));
        }
        // New Database…: the file dialog names a new file, which opens on the welcome page.
        const QString fresh = m_dir.filePath(QStringLiteral("instead.sqlite"));
        MainWindow window;
        MessageBox::setNextChoice(1);
        MainWindow::setNextDatabasePath(fresh);
        QVERIFY(window.openAtStart(bad));
        QVERIFY(window.database());
        QCOMPARE(QFileInfo(window.database()->path()).fileName(), QStringLiteral("instead.sqlite"));
        QVERIFY(window.isWelcomeShown());
        QFile again(bad);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("not a database at all"));
    }

    // F1 opens the guide of the page on show, titled as the page.
    void f1ShowsTheGuideOfThePage()
    {
        // The demo written by visitsEveryPage().
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(QFileInfo::exists(path));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(3);
        QTest::keyClick(&window, Qt::Key_F1);
        auto* help = window.findChild<HelpDialog*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->currentTopic(), QStringLiteral("reconciliation"));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QCOMPARE(window.showHelp(), help); // one guide window
            QCOMPARE(help->currentTopic(), window.page(i)->helpTopic());
            const QString text = help->currentText();
            QCOMPARE(text.section(u'\n', 0, 0).trimmed(), window.page(i)->title());
            QVERIFY2(text.size() > 1000, qPrintable(window.page(i)->helpTopic()));
        }
        window.showWelcome();
        window.showHelp();
        QCOMPARE(help->currentTopic(), QStringLiteral("welcome"));
        // Every guide is there in both languages, and the French one is not the English one.
        for (const QString& topic : HelpDialog::topics()) {
            const QString en = HelpDialog::guide(topic, QStringLiteral("en"));
            const QString fr = HelpDialog::guide(topic, QStringLiteral("fr"));
            QVERIFY2(en.startsWith(u"# ") && fr.startsWith(u"# "), qPrintable(topic));
            QVERIFY2(en != fr, qPrintable(topic));
        }
        help->close();
    }

    void geometryIsRemembered()
    {
        QRect saved;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTest::qWait(10);
            saved = window.geometry();
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), saved.size());
    }

    // A message given while the window was still hidden (a page's, as the database opened) is not drawn over the
    // database's label once the window shows: the label makes way for it, as for any message.
    void aMessageBeforeShowDoesNotCoverTheLabel()
    {
        MainWindow window;
        auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        window.statusBar()->showMessage(QStringLiteral("given before the window showed"), 10000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!label->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("given before the window showed"));
        window.statusBar()->clearMessage();
        QVERIFY(label->isVisible());
    }

    void menusHaveShortcuts()
    {
        MainWindow window;
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles.append(a->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Catalog"),
                                      QStringLiteral("&Go"), QStringLiteral("&Help")}));
        auto* open = window.findChild<QAction*>(QStringLiteral("openDatabaseAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    }

    // Last: the French translation stays installed. Each page's French guide is titled as the French page.
    void frenchGuidesFollowTheFrenchPages()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("french.sqlite"))));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            HelpDialog* help = window.showHelp();
            QCOMPARE(help->currentText().section(u'\n', 0, 0).trimmed(), window.page(i)->title());
            QCOMPARE(help->windowTitle(), QStringLiteral("Aide d'Obole"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
