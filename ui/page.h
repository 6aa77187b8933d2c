#pragma once

#include "storage/deskrights.h"

#include <QAction>
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
    // What the desk may change in the database about to be set (DeskRights): a page greys out the rest.
    void setRights(const DeskRights& rights)
    {
        m_rights = rights;
        if (m_importAction)
            m_importAction->setEnabled(rights.importRows);
        rightsChanged();
    }
    const DeskRights& rights() const { return m_rights; }

signals:
    void statusMessage(const QString& message);
    // The page's Import… button was used: the window opens its import dialog.
    void importRequested();
    // The next step is on another page (named by its help topic, "price-points"): the window shows it.
    void pageRequested(const QString& topic);

protected:
    virtual void rightsChanged() {}
    // Import… for the page's empty state: the next step of a page with nothing imported yet.
    QAction* importAction()
    {
        if (!m_importAction) {
            m_importAction = new QAction(tr("Im&port…"), this);
            m_importAction->setObjectName(QStringLiteral("pageImportAction"));
            m_importAction->setToolTip(tr("Import providers' statements and the site's sales log (Ctrl+I)"));
            connect(m_importAction, &QAction::triggered, this, &Page::importRequested);
            m_importAction->setEnabled(m_rights.importRows);
        }
        return m_importAction;
    }

private:
    QAction* m_importAction = nullptr;
    DeskRights m_rights;
};
