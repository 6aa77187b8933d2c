#pragma once

#include "storage/deskrights.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class ChangeListener;
class Database;
class QSocketNotifier;
class QTimer;
class HelpDialog;
class ImportDialog;
class Page;
class PricePointsPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class WelcomePage;

// The main window: a navigation list on the left, the page on the right, the open database in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database file and shows it; on failure the current one stays and false is returned
    // with the reason shown to the user.
    bool openDatabase(const QString& path);
    // The same at start: when the file cannot be opened, the user is offered to open another or create a new one;
    // false only when they choose to quit.
    bool openAtStart(const QString& path);
    // A test seam, as MessageBox's: the path the next New/Open Database file dialog returns without showing.
    static void setNextDatabasePath(const QString& path);
    Database* database() const { return m_db.get(); }
    int pageCount() const;
    Page* page(int index) const;
    void showPage(int index);
    int currentPage() const;
    // Catalog edits (and any other undoable change) go on this stack; Edit → Undo/Redo act on it.
    QUndoStack* undoStack() const { return m_undoStack; }

    // Opens the import dialog on these files (none: the user adds them there).
    ImportDialog* importFiles(const QStringList& paths);

    // The welcome page: shown instead of the pages while the database is empty, or when asked for (Help → Getting
    // Started); choosing a page in the list leaves it.
    void showWelcome();
    bool isWelcomeShown() const;
    // Opens the demo merchant's database, writing it first (off the GUI thread) when it does not exist yet.
    void openDemo();
    // Where the demo merchant is kept: demo.sqlite in the application's data folder (the same file as obole --demo).
    static QString demoPath();
    // Help → Obole Help (F1): the guide of the page on show, or of the first steps on the welcome page.
    HelpDialog* showHelp();

public slots:
    // Every page reads the database again (after an import, an undone batch…).
    void refreshPages();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Brings a restored or default size and position within the available area of the window's screen.
    void fitToScreen();
    void createMenus();
    void addPage(Page* page);
    void useDatabase(std::unique_ptr<Database> db);
    // The file dialogs of File → New Database and Open Database: empty when cancelled (or the new file exists).
    QString askNewDatabasePath();
    QString askDatabasePath();
    void newDatabase();
    void chooseDatabase();
    void chooseServerDatabase();
    void listenForChanges();
    void watch(std::unique_ptr<ChangeListener> listener);
    // The listener's connection was lost: listened to again once the server answers (quietly, every few seconds).
    void listenAgain();
    void showOthersChanges();
    void showAbout();
    void showPreferences();
    // True when the database has no site, no product and no import.
    bool databaseIsEmpty() const;
    void updateWelcome();

    std::unique_ptr<Database> m_db;
    DeskRights m_rights; // what this desk may change in m_db
    // On a server: other desks' commits, which refresh the pages (see listenForChanges()).
    std::unique_ptr<ChangeListener> m_listener;
    QSocketNotifier* m_changes = nullptr;
    QTimer* m_changesSettle = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStackedWidget* m_body;
    WelcomePage* m_welcome;
    bool m_welcomeAsked = false;
    QFutureWatcher<QString> m_demoWriter;
    QLabel* m_databaseLabel;
    QLabel* m_lastImportLabel;
    QUndoStack* m_undoStack = nullptr;
    PricePointsPage* m_pricePoints = nullptr;
    HelpDialog* m_help = nullptr;
};
