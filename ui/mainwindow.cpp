#include "mainwindow.h"
#include "jobpool.h"
#include "passwordkeyring.h"
#include "serverdialog.h"
#include "storage/changelistener.h"

#include "aboutdialog.h"
#include "catalog/catalogeditor.h"
#include "core/settings.h"
#include "demo/demodata.h"
#include "helpdialog.h"
#include "importdialog.h"
#include "importhistorypage.h"
#include "importing/importstore.h"
#include "messagebox.h"
#include "preferencesdialog.h"
#include "pricepointspage.h"
#include "reconciliationpage.h"
#include "reportspage.h"
#include "revenuepage.h"
#include "snippetspage.h"
#include "storage/database.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSocketNotifier>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace {
// How often a lost listener tries the server again.
constexpr int s_listenAgainMs = 5000;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_body(new QStackedWidget(this)), m_welcome(new WelcomePage(this)), m_databaseLabel(new QLabel(this)),
      m_lastImportLabel(new QLabel(this))
{
    setWindowTitle(tr("Obole"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.obole.Obole.svg")));

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setMaximumWidth(230);
    m_navigation->setSpacing(2);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    m_undoStack = new QUndoStack(this);
    m_pricePoints = new PricePointsPage(m_undoStack, this);
    addPage(m_pricePoints);
    addPage(new SnippetsPage(this));
    addPage(new RevenuePage(this));
    addPage(new ReconciliationPage(this));
    addPage(new ReportsPage(this));
    auto* history = new ImportHistoryPage(this);
    connect(history, &ImportHistoryPage::batchesChanged, this, &MainWindow::refreshPages);
    addPage(history);
    setAcceptDrops(true);

    m_body->setObjectName(QStringLiteral("bodyStackedWidget"));
    m_body->addWidget(m_pages);
    m_body->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::catalogRequested, this, [this] {
        showPage(m_pages->indexOf(m_pricePoints));
        m_pricePoints->catalogActions().constFirst()->trigger();
    });
    connect(m_welcome, &WelcomePage::importCatalogRequested, this, [this] {
        showPage(m_pages->indexOf(m_pricePoints));
        m_pricePoints->fileActions().constFirst()->trigger();
    });
    connect(m_welcome, &WelcomePage::importFilesRequested, this, [this] { importFiles({}); });
    // A first site or product, or a catalog imported, ends the welcome.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateWelcome);
    connect(&m_demoWriter, &QFutureWatcher<QString>::finished, this, [this] {
        m_welcome->setBusy(false);
        const QString error = m_demoWriter.result();
        if (!error.isEmpty()) {
            MessageBox::critical(this, tr("Cannot create the demo database"), error);
            return;
        }
        openDatabase(demoPath());
    });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_lastImportLabel->setObjectName(QStringLiteral("lastImportLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_lastImportLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    // Choosing the page already selected leaves the welcome too.
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showPage(m_navigation->row(item)); });
    createMenus();
    // The list is never squeezed below its longest page name, whatever the pages' own minimum widths ask for.
    int navigationWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navigationWidth =
            qMax(navigationWidth, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setMinimumWidth(qMin(navigationWidth + 3 * m_navigation->frameWidth() + 24, 230));

    if (!restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1280, 800);
    fitToScreen();
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    m_navigation->setCurrentRow(qBound(0, Settings::value(Settings::Key::LastPage).toInt(), pageCount() - 1));
}

MainWindow::~MainWindow()
{
    // The undo stack outlives this object's own destructor: it must no longer call back.
    disconnect(m_undoStack, nullptr, this, nullptr);
    m_demoWriter.waitForFinished();
}

void MainWindow::fitToScreen()
{
    // A size saved on a larger screen, or the default 1280x800 on a screen of that size, would put the window's
    // right side or bottom off screen: it is brought within the available area of the screen it opens on, its frame
    // (title bar, borders) allowed for. Never below the window's own minimum.
    const QScreen* screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame =
        isVisible()
            ? QMargins(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                       frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom())
            : QMargins(4, 32, 4, 4);
    const QSize room = available.size().shrunkBy(frame).expandedTo(minimumSizeHint());
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    const QRect outer = frameGeometry();
    if (!available.contains(outer)) {
        const int left =
            qBound(available.left(), outer.left(), qMax(available.left(), available.right() - outer.width() + 1));
        const int top =
            qBound(available.top(), outer.top(), qMax(available.top(), available.bottom() - outer.height() + 1));
        move(left, top); // a window's position is its frame's
    }
}

void MainWindow::addPage(Page* page)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_navigation);
    item->setSizeHint(QSize(0, 34));
    connect(page, &Page::importRequested, this, [this] { importFiles({}); });
    connect(page, &Page::pageRequested, this, [this](const QString& topic) {
        for (int i = 0; i < pageCount(); ++i)
            if (this->page(i)->helpTopic() == topic)
                showPage(i);
    });
    connect(page, &Page::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction* openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    openDb->setShortcut(QKeySequence::Open);
    openDb->setObjectName(QStringLiteral("openDatabaseAction"));
    QAction* openServer = file->addAction(tr("Open S&hared Database…"), this, &MainWindow::chooseServerDatabase);
    openServer->setObjectName(QStringLiteral("openSharedDatabaseAction"));
    openServer->setToolTip(tr("Open a database on a PostgreSQL server, shared by a team"));
    file->addSeparator();
    QAction* import = file->addAction(tr("Im&port…"), this, [this] { importFiles({}); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    import->setToolTip(tr("Import providers' statements and the site's sales log (Ctrl+I, or drop the files on the "
                          "window)"));
    file->addActions(m_pricePoints->fileActions());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu* catalog = menuBar()->addMenu(tr("&Catalog"));
    catalog->addActions(m_pricePoints->catalogActions());

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < pageCount(); ++i) {
        QAction* action = go->addAction(page(i)->title(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("Obole &Help"), this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("The guide of the page on show (F1)"));
    QAction* welcome = help->addAction(tr("&Getting Started"), this, [this] {
        m_welcomeAsked = true;
        showWelcome();
    });
    welcome->setObjectName(QStringLiteral("gettingStartedAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Obole"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_pages->widget(index));
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_welcomeAsked = false;
    m_body->setCurrentWidget(m_pages);
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot open the database"), db.error());
        return false;
    }
    useDatabase(std::move(db.value()));
    return true;
}

bool MainWindow::openAtStart(const QString& path)
{
    // A file that cannot be opened (damaged, written by a newer Obole, not a database, on a drive gone) is left as
    // it is, and the user chooses another or a new one: Obole does not simply quit on them.
    // A server that cannot be reached now may answer in a moment (being started, a network coming back): it can be
    // tried again.
    QString problem;
    QString tried = path;
    for (QString candidate = path;;) {
        if (!candidate.isEmpty()) { // empty: a file dialog was cancelled, the last problem stands
            tried = candidate;
            auto db = Database::open(PasswordKeyring::withKeptPassword(candidate));
            if (db) {
                useDatabase(std::move(db.value()));
                return true;
            }
            problem = db.error();
        }
        const bool server = Database::isServerLocation(tried);
        const QString text =
            server
                ? tr("%1\n\nNothing was changed on the server. Try again, open another database, create a new "
                     "one, or quit.")
                      .arg(problem)
                : tr("%1\n\nThe file is left as it is. Open another database, create a new one, or quit.").arg(problem);
        QStringList choices = {tr("&Open Another Database…"), tr("&New Database…"), tr("&Quit")};
        if (server)
            choices.prepend(tr("&Try Again"));
        int choice = MessageBox::choose(this, tr("Cannot open the database"), text, choices);
        if (server && choice == 0) {
            candidate = tried;
            continue;
        }
        if (server)
            --choice;
        if (choice == 0)
            candidate = askDatabasePath();
        else if (choice == 1)
            candidate = askNewDatabasePath();
        else
            return false;
    }
}

void MainWindow::useDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    Settings::setValue(Settings::Key::LastDatabase, m_db->path());
    setWindowFilePath(m_db->path());
    setWindowTitle(tr("%1 — Obole").arg(QFileInfo(m_db->path()).fileName()));
    // What this desk may change, asked once per database: a viewer's window greys out the rest (the server refuses it
    // anyway).
    m_rights = DeskRights::of(*m_db);
    const QString shown = QDir::toNativeSeparators(m_db->path());
    m_databaseLabel->setText(m_rights.readOnly() ? tr("Database: %1 (read only)").arg(shown)
                                                 : tr("Database: %1").arg(shown));
    if (auto* import = findChild<QAction*>(QStringLiteral("importAction")))
        import->setEnabled(m_rights.importRows);
    for (int i = 0; i < pageCount(); ++i)
        page(i)->setRights(m_rights);
    listenForChanges();
    refreshPages();
    // An empty database opens on the ways to start.
    m_welcomeAsked = false;
    if (databaseIsEmpty())
        showWelcome();
    else
        showPage(m_pages->currentIndex());
}

void MainWindow::refreshPages()
{
    for (int i = 0; i < pageCount(); ++i)
        page(i)->setDatabase(m_db.get());

    QString lastImport = tr("No import yet");
    if (m_db) {
        auto last = ImportStore(*m_db).lastBatch();
        if (last && last.value()) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(last.value()->importedUtc).toLocalTime();
            lastImport =
                tr("Last import: %1, %2").arg(last.value()->fileName, QLocale().toString(at, QLocale::ShortFormat));
        }
    }
    m_lastImportLabel->setText(lastImport);
    updateWelcome();
}

void MainWindow::showWelcome()
{
    m_welcome->setDatabaseEmpty(m_db && databaseIsEmpty());
    m_body->setCurrentWidget(m_welcome);
    // No page is on show: none stays selected in the list.
    m_navigation->setCurrentRow(-1);
    m_welcome->setFocus();
}

bool MainWindow::isWelcomeShown() const
{
    return m_body->currentWidget() == m_welcome;
}

bool MainWindow::databaseIsEmpty() const
{
    // The catalog as the Price points page's editor holds it; a database that cannot be read is not called empty:
    // its pages say what is wrong.
    const CatalogEditor* editor = m_pricePoints->editor();
    if (!m_db || !editor || editor->catalog().sites.size() + editor->catalog().products.size() > 0)
        return false;
    const auto last = ImportStore(*m_db).lastBatch();
    return last && !last->has_value();
}

void MainWindow::updateWelcome()
{
    // Once the database holds something, the pages come back (unless the welcome was asked for).
    if (isWelcomeShown() && !m_welcomeAsked && !databaseIsEmpty())
        showPage(m_pages->currentIndex());
}

QString MainWindow::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

void MainWindow::openDemo()
{
    if (m_demoWriter.isRunning())
        return;
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    m_welcome->setBusy(true, tr("Writing the demo merchant…"));
    statusBar()->showMessage(tr("Writing the demo merchant…"));
    m_demoWriter.setFuture(QtConcurrent::run(JobPool::pool(), [path]() -> QString {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        auto db = Database::open(path);
        if (!db)
            return db.error();
        auto created = DemoData::create(*db.value());
        return created ? QString() : created.error();
    }));
}

namespace {
QString s_nextDatabasePath;
}

void MainWindow::setNextDatabasePath(const QString& path)
{
    s_nextDatabasePath = path;
}

QString MainWindow::askNewDatabasePath()
{
    const QString path = !s_nextDatabasePath.isEmpty()
                             ? std::exchange(s_nextDatabasePath, QString())
                             : QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath(),
                                                            tr("Obole databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        MessageBox::critical(this, tr("New Database"),
                             tr("%1 already exists. Choose File → Open Database to open it, or another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString MainWindow::askDatabasePath()
{
    if (!s_nextDatabasePath.isEmpty())
        return std::exchange(s_nextDatabasePath, QString());
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    return QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                        tr("Obole databases (*.sqlite *.db);;All files (*)"));
}

void MainWindow::newDatabase()
{
    const QString path = askNewDatabasePath();
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString path = askDatabasePath();
    if (!path.isEmpty())
        openDatabase(path);
}

// A server database is shared: what another desk commits shows here without a restart. Notifications that come
// close together (an import's, then the revenue totals') refresh the pages once.
void MainWindow::listenForChanges()
{
    delete m_changes;
    m_changes = nullptr;
    m_listener.reset();
    if (!m_db || m_db->engine() != Database::Engine::Server)
        return;
    auto listener = ChangeListener::listen(m_db->path());
    if (!listener) {
        statusBar()->showMessage(
            tr("Changes made at other desks will show when a page is opened again: %1").arg(listener.error()));
        QTimer::singleShot(s_listenAgainMs, this, &MainWindow::listenAgain);
        return;
    }
    watch(std::move(listener.value()));
}

void MainWindow::watch(std::unique_ptr<ChangeListener> listener)
{
    m_listener = std::move(listener);
    if (!m_changesSettle) {
        m_changesSettle = new QTimer(this);
        m_changesSettle->setSingleShot(true);
        m_changesSettle->setInterval(700);
        connect(m_changesSettle, &QTimer::timeout, this, &MainWindow::showOthersChanges);
    }
    m_changes = new QSocketNotifier(qintptr(m_listener->socket()), QSocketNotifier::Read, this);
    connect(m_changes, &QSocketNotifier::activated, this, [this] {
        if (!m_listener)
            return;
        if (m_listener->othersChanged())
            m_changesSettle->start();
        if (m_listener->isLost()) {
            // The server restarted, or the network was cut: listened to again once the server answers.
            m_changes->setEnabled(false);
            m_changes->deleteLater();
            m_changes = nullptr;
            m_listener.reset();
            QTimer::singleShot(s_listenAgainMs, this, &MainWindow::listenAgain);
        }
    });
}

void MainWindow::listenAgain()
{
    if (m_listener || !m_db || m_db->engine() != Database::Engine::Server)
        return;
    auto listener = ChangeListener::listen(m_db->path());
    if (!listener) {
        QTimer::singleShot(s_listenAgainMs, this, &MainWindow::listenAgain);
        return;
    }
    watch(std::move(listener.value()));
    // What other desks did while nobody listened shows now.
    refreshPages();
    statusBar()->showMessage(tr("The server answers again: the pages show the data as it is now."), 10000);
}

void MainWindow::showOthersChanges()
{
    // Not under a dialog the user is filling in: the pages are read again once it is closed.
    if (QApplication::activeModalWidget()) {
        m_changesSettle->start();
        return;
    }
    refreshPages();
    statusBar()->showMessage(tr("Another desk changed the data: the pages show it now."), 10000);
}

void MainWindow::chooseServerDatabase()
{
    ServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Without a password typed, the keyring's (else ~/.pgpass, which libpq reads).
    const QString uri =
        dialog.password().isEmpty() ? PasswordKeyring::withKeptPassword(dialog.shownUri()) : dialog.uri();
    if (!openDatabase(uri))
        return;
    ServerDialog::remember(dialog.shownUri());
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        if (const QString why = PasswordKeyring::write(dialog.shownUri(), dialog.password()); !why.isEmpty())
            statusBar()->showMessage(
                tr("The password was not kept in the system keyring (%1): it is used until Obole closes.").arg(why),
                10000);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_db.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A new time zone moves every day boundary; a new window changes what reconciliation matches.
    refreshPages();
    statusBar()->showMessage(tr("Preferences saved."), 10000);
}

HelpDialog* MainWindow::showHelp()
{
    // One guide window, kept beside the main window: F1 again brings it forward on the page now on show.
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showTopic(isWelcomeShown() ? QStringLiteral("welcome") : page(currentPage())->helpTopic());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db ? m_db->path() : QString(), this);
    dialog.exec();
}

ImportDialog* MainWindow::importFiles(const QStringList& paths)
{
    if (!m_db) {
        MessageBox::critical(this, tr("Import"), tr("Open or create a database first (File → Open Database)."));
        return nullptr;
    }
    if (!m_rights.importRows) {
        MessageBox::critical(this, tr("Import"),
                             tr("Your role on this server reads the data but may not import: an accountant's desk "
                                "imports statements."));
        return nullptr;
    }
    auto* dialog = new ImportDialog(m_db->path(), paths, this);
    dialog->setCatalogEditor(m_pricePoints->editor());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &MainWindow::refreshPages);
    dialog->open();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportDialog::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = ImportDialog::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A message given before the window showed (a page's, while the database opened) would be drawn over the
    // database's label: the status bar hides its widgets for a message only when they are visible. It is shown
    // again once they are.
    if (const QString pending = statusBar()->currentMessage(); !pending.isEmpty()) {
        QTimer::singleShot(0, this, [this, pending] {
            if (statusBar()->currentMessage() != pending)
                return;
            statusBar()->clearMessage();
            statusBar()->showMessage(pending, 10000);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    Settings::setValue(Settings::Key::LastPage, currentPage());
    event->accept();
}
