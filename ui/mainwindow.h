#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class Page;
class QLabel;
class QListWidget;
class QStackedWidget;

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
    Database* database() const { return m_db.get(); }
    int pageCount() const;
    Page* page(int index) const;
    void showPage(int index);
    int currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void addPage(Page* page);
    void refreshPages();
    void newDatabase();
    void chooseDatabase();
    void showAbout();

    std::unique_ptr<Database> m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    QLabel* m_lastImportLabel;
};
