#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What an empty database opens on: the four ways to start, each a button (the demo merchant, a first site and
// product, a catalog file, a statement or sales log). Help → Getting Started shows it again.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // While the demo merchant is being written: the buttons wait, a line says so.
    void setBusy(bool busy, const QString& message = {});
    // Whether the open database is empty (the page then says so).
    void setDatabaseEmpty(bool empty);

signals:
    void demoRequested();
    void catalogRequested();
    void importCatalogRequested();
    void importFilesRequested();

private:
    QList<QPushButton*> m_buttons;
    QLabel* m_intro;
    QLabel* m_busy;
};
