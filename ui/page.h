#pragma once

#include <QWidget>

class Database;

// A page of the main window. The window hands each page the open database (or none) and tells it when the data
// changed; a page reads what it shows from there.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // The name of the page's guide in Help (docs/guide/<language>/<topic>.md).
    virtual QString helpTopic() const = 0;
    virtual void setDatabase(Database* db) = 0;

signals:
    void statusMessage(const QString& message);
};
