#pragma once

#include <QDialog>

class CatalogEditor;
class CatalogTableModel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

// Sites, products and providers, one tab each: a table and New/Edit/Delete. Every change goes through the editor,
// so it is checked, recorded in the audit trail and undoable.
class CatalogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDialog)
public:
    enum Tab { SitesTab, ProductsTab, ProvidersTab };

    explicit CatalogDialog(CatalogEditor* editor, QWidget* parent = nullptr);

private:
    struct TabParts
    {
        CatalogTableModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
        QTableView* table = nullptr;
        QPushButton* edit = nullptr;
        QPushButton* remove = nullptr;
    };
    QWidget* makeTab(Tab tab, CatalogTableModel* model, const QString& name);
    void refresh();
    qint64 selectedId(Tab tab) const;
    void addRecord(Tab tab);
    void editRecord(Tab tab);
    void removeRecord(Tab tab);

    CatalogEditor* m_editor;
    QTabWidget* m_tabs;
    TabParts m_parts[3];
};
