// The window fits the screens our users have: every page's minimum size, in French and in English, within the usable
// area of a 1280×800 screen (1280×720 once the panel and the title bar are taken), and a geometry saved on a larger
// screen comes back within the screen it opens on.
#include "accountingsettingsdialog.h"
#include "catalog/catalogeditor.h"
#include "catalog/pricepointdefaults.h"
#include "core/settings.h"
#include "core/translations.h"
#include "demo/demodata.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "page.h"
#include "preferencesdialog.h"
#include "pricepointdialog.h"
#include "pricepointspage.h"
#include "productdialog.h"
#include "providerdialog.h"
#include "ruledialog.h"
#include "sitedialog.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class TestWindowFit final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    // The dialogs a user meets, each made on the demo's catalog: a name (for screenshots) and how to open it.
    static QList<std::pair<const char*, std::function<QDialog*()>>> dialogsOf(MainWindow& window)
    {
        auto* prices = qobject_cast<PricePointsPage*>(window.page(0));
        CatalogEditor* editor = prices ? prices->editor() : nullptr;
        if (!editor || editor->catalog().providers.isEmpty() || editor->catalog().pricePoints.isEmpty() ||
            editor->catalog().rules.isEmpty())
            return {};
        const Catalog& catalog = editor->catalog();
        return {
            {"accounting-settings", [&window] { return new AccountingSettingsDialog(AccountingSettings(), &window); }},
            {"preferences", [&window] { return new PreferencesDialog(window.database(), &window); }},
            {"provider", [&window, editor,
                          &catalog] { return new ProviderDialog(editor, catalog.providers.constFirst(), &window); }},
            {"price-point",
             [&window, editor, &catalog] {
                 return new PricePointDialog(editor, catalog.pricePoints.constFirst(), &window);
             }},
            {"new-price-point",
             [&window, editor, &catalog] {
                 return new PricePointDialog(editor,
                                             PricePointDefaults::make(catalog, catalog.products.constFirst().id,
                                                                      Channel::Audiotel, CatalogEditor::checkDate()),
                                             &window);
             }},
            {"site", [&window, editor] { return new SiteDialog(editor, Site{}, &window); }},
            {"product", [&window, editor] { return new ProductDialog(editor, Product{}, &window); }},
            {"rule",
             [&window, editor, &catalog] { return new RuleDialog(editor, catalog.rules.constFirst(), &window); }},
            {"help",
             [&window] {
                 auto* help = new HelpDialog(&window);
                 help->showTopic(QStringLiteral("reconciliation"));
                 return help;
             }},
        };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(
            QStringLiteral("tst_windowfit-%1").arg(QCoreApplication::applicationPid()));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::open(m_demo);
        QVERIFY(db.ok());
        QVERIFY(DemoData::create(*db.value(), QDate::currentDate()).ok());
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        // English first: installing French afterwards takes precedence, while English after French would leave the
        // French translator in place.
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyPageFits()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        MainWindow window;
        QVERIFY(window.openDatabase(m_demo));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The page shortcuts need the keyboard: on an X server without a window manager (xvfb-run) nothing gives it.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QStringList tooLarge;
        for (int i = 0; i < window.pageCount(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), i);
            // Measured once the page has settled: the Revenue page shows a progress panel while it builds its
            // totals for the first time.
            if (auto* panel = window.page(i)->findChild<QWidget*>(QStringLiteral("updatePanel")))
                QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 60000);
            QCoreApplication::processEvents();
            const QSize hint = window.minimumSizeHint().expandedTo(window.minimumSize());
            const QSize pageHint = window.page(i)->minimumSizeHint();
            qInfo("%s page %d (%s): window minimum %dx%d, page minimum %dx%d", qPrintable(language), i,
                  qPrintable(window.page(i)->objectName()), hint.width(), hint.height(), pageHint.width(),
                  pageHint.height());
            if (qEnvironmentVariableIsSet("OBOLE_FIT_DEBUG")) {
                std::function<void(QWidget*, int)> dump = [&](QWidget* w, int depth) {
                    if (depth > 4)
                        return;
                    for (QObject* o : w->children())
                        if (auto* c = qobject_cast<QWidget*>(o); c && c->minimumSizeHint().width() > 500) {
                            qInfo("%*s%s %s: %d", depth * 2, "", c->metaObject()->className(),
                                  qPrintable(c->objectName()), c->minimumSizeHint().width());
                            dump(c, depth + 1);
                        }
                };
                dump(window.page(i), 1);
                if (QLayout* top = window.page(i)->layout())
                    for (int k = 0; k < top->count(); ++k)
                        qInfo("  layout item %d: min width %d", k, top->itemAt(k)->minimumSize().width());
            }
            if (hint.width() > 1280 || hint.height() > 720)
                tooLarge << QStringLiteral("page %1 (%2): %3x%4")
                                .arg(i)
                                .arg(window.page(i)->objectName())
                                .arg(hint.width())
                                .arg(hint.height());
        }
        // The welcome page of an empty database fits too.
        window.showWelcome();
        QCoreApplication::processEvents();
        const QSize welcomeHint = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (welcomeHint.width() > 1280 || welcomeHint.height() > 720)
            tooLarge << QStringLiteral("welcome page: %1x%2").arg(welcomeHint.width()).arg(welcomeHint.height());

        // So do the dialogs, at the size they open with: on a 1366x768 laptop too (1366x688 once the panel and the
        // title bar are taken), which 1280x720 covers.
        const QString out = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR");
        const auto dialogs = dialogsOf(window);
        QVERIFY(!dialogs.isEmpty());
        for (const auto& [name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QSize size = dialog->size().expandedTo(dialog->minimumSizeHint());
            qInfo("%s dialog %s: %dx%d", qPrintable(language), name, size.width(), size.height());
            if (size.width() > 1280 || size.height() > 688)
                tooLarge << QStringLiteral("%1 dialog: %2x%3")
                                .arg(QLatin1StringView(name))
                                .arg(size.width())
                                .arg(size.height());
            if (!out.isEmpty())
                QVERIFY(dialog->grab().save(
                    QStringLiteral("%1/dialog-%2-%3.png").arg(out, QLatin1StringView(name), language)));
            dialog->reject();
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
        // The window takes the keyboard back from the dialogs, for the page shortcuts below.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The screenshots of docs/screenshots/: each page at 1280x720, the window area of a 1280x800 screen.
        if (out.isEmpty())
            return;
        static const char* const names[] = {"price-points",   "snippets", "revenue",
                                            "reconciliation", "reports",  "import-history"};
        window.resize(1280, 720);
        // The status bar names the database by its file alone: a screenshot shows no machine path.
        if (auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel")))
            label->setText(label->text().section(u'/', 0, 0).section(u' ', 0, -2) + u' ' +
                           QFileInfo(m_demo).fileName());
        for (int i = 0; i < window.pageCount() && i < 6; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTest::qWait(300);
            QVERIFY(window.grab().save(
                QStringLiteral("%1/page-%2-%3.png").arg(out, QLatin1StringView(names[i]), language)));
        }
        // The welcome page, as a new database opens on it.
        QTemporaryDir empty;
        QVERIFY(window.openDatabase(empty.filePath(QStringLiteral("obole.sqlite"))));
        QVERIFY(window.isWelcomeShown());
        if (auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel")))
            label->setText(label->text().section(u'/', 0, 0).section(u' ', 0, -2) + QStringLiteral(" obole.sqlite"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/page-welcome-%2.png").arg(out, language)));
        // An empty page, with the button for its next step.
        window.showPage(5);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/page-empty-%2.png").arg(out, language)));
    }

    // In a French run, no English word is left where a user reads: labels, buttons, tabs, group titles, column headers,
    // choices of lists, placeholders, tooltips and the menus, on every page of the demo merchant.
    void frenchRunHasNoEnglish()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        MainWindow window;
        QVERIFY(window.openDatabase(m_demo));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        static const QRegularExpression english(QStringLiteral(
            "\\b(the|and|with|from|your|this|that|Open|Save|Close|Cancel|Settings|Provider|Providers|Channel|"
            "Channels|Revenue|Payout|Payouts|Sales|Price|Products|Reconciliation|Missing|Matched|Amount|Gross|Fees|"
            "Owed|Paid|Books|Help|Edit|File|View|Undo|Redo|Quit|Search|Filter|Show|All)\\b"));
        QStringList found;
        const auto check = [&](const QString& where, const QString& text) {
            const QString plain = QString(text).remove(u'&');
            if (const auto m = english.match(plain); m.hasMatch())
                found << QStringLiteral("%1: \"%2\" (%3)").arg(where, plain.left(120), m.captured(1));
        };
        const auto walk = [&](QWidget* root, const QString& where) {
            QList<QWidget*> widgets = root->findChildren<QWidget*>();
            widgets.prepend(root);
            for (QWidget* w : std::as_const(widgets)) {
                if (!w->isVisibleTo(root))
                    continue;
                check(where, w->toolTip());
                check(where, w->accessibleName());
                if (auto* label = qobject_cast<QLabel*>(w))
                    check(where, label->text());
                else if (auto* button = qobject_cast<QAbstractButton*>(w))
                    check(where, button->text());
                else if (auto* box = qobject_cast<QGroupBox*>(w))
                    check(where, box->title());
                else if (auto* edit = qobject_cast<QLineEdit*>(w))
                    check(where, edit->placeholderText());
                else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                    for (int i = 0; i < combo->count(); ++i)
                        check(where, combo->itemText(i));
                } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                    for (int i = 0; i < tabs->count(); ++i)
                        check(where, tabs->tabText(i));
                } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                    for (int c = 0; c < view->model()->columnCount(); ++c)
                        check(where, view->model()->headerData(c, Qt::Horizontal).toString());
                }
            }
        };
        for (QAction* menu : window.menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text());
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    check(QStringLiteral("menu"), a->text() + u' ' + a->toolTip());
        }
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            if (auto* panel = window.page(i)->findChild<QWidget*>(QStringLiteral("updatePanel")))
                QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 60000);
            QTest::qWait(200);
            walk(window.page(i), window.page(i)->title());
        }
        for (const auto& [name, make] : dialogsOf(window)) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            walk(dialog.get(), QLatin1StringView(name));
            check(QLatin1StringView(name), dialog->windowTitle());
            dialog->reject();
        }
        found.removeDuplicates();
        for (const QString& f : std::as_const(found)) // every one, where the failure message is cut
            qWarning("English in the French run: %s", qPrintable(f));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // A geometry saved on a screen larger than this one comes back within this screen.
    void restoredGeometryIsClampedToTheScreen()
    {
        {
            MainWindow big;
            big.setGeometry(QRect(QPoint(300, 200), QSize(2500, 1500)));
            Settings::setValue(Settings::Key::WindowGeometry, big.saveGeometry());
        }
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(window.width() <= qMax(available.width(), minimum.width()) &&
                     window.height() <= qMax(available.height(), minimum.height()),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(window.width() < 2500 && window.height() < 1500);
        Settings::setValue(Settings::Key::WindowGeometry, QByteArray());
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
