#pragma once

#include "catalog/catalogtypes.h"
#include "page.h"

#include <memory>

class CatalogEditor;
class EmptyState;
class PriceMatrixFilterModel;
class PriceMatrixModel;
class PricePointDialog;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QUndoStack;
class SummaryTile;

// The catalog editor a webmaster uses every day: summary tiles, then the price matrix (products down, channels
// across) with each cell's buyer price, payout and net revenue, coloured when a rule is broken or the product is
// not offered; below it, the selected cell in words. Editing opens PricePointDialog; sites, products, providers,
// channel rules and the audit trail have their own dialogs; catalog files are imported and exported from here.
// Every change goes through a CatalogEditor whose commands land on the window's undo stack.
class PricePointsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePointsPage)
public:
    explicit PricePointsPage(QUndoStack* undoStack, QWidget* parent = nullptr);
    ~PricePointsPage() override;
    QString title() const override;
    QString helpTopic() const override { return QStringLiteral("price-points"); }
    void setDatabase(Database* db) override;

    // For the window's menus: File (import, export) and Catalog (sites and products, rules, audit trail).
    QList<QAction*> fileActions() const;
    QList<QAction*> catalogActions() const;
    CatalogEditor* editor() const { return m_editor.get(); }

    // Opens the editing dialog for a price point (window-modal, returns at once); the dialog deletes itself.
    PricePointDialog* openPricePointDialog(const PricePoint& point);
    // Reads a catalog file and, once confirmed, replaces the catalog with it (undoable). An invalid file changes
    // nothing and every problem is listed in a dialog. Returns whether the catalog was replaced.
    bool importCatalog(const QString& path);
    bool exportCatalog(const QString& path);

private:
    void refresh();
    void updateTiles();
    void updateDetail();
    void updateActions();
    void fillSites();
    QModelIndex currentSourceIndex() const;
    void fillCellPoints();
    // The price point Edit and Delete act on: the one chosen in the cell (the primary one unless several).
    std::optional<PricePoint> selectedPricePoint() const;
    void editCurrent();
    void addPricePoint();
    void deleteCurrent();
    void showCatalogDialog();
    void showRulesDialog();
    void showAuditDialog();
    void chooseImportFile();
    void chooseExportFile();
    void showImportProblems(const QString& path, const QString& problems);

    QUndoStack* m_undoStack;
    std::unique_ptr<CatalogEditor> m_editor;
    PriceMatrixModel* m_model;
    PriceMatrixFilterModel* m_proxy;
    QTableView* m_table;
    EmptyState* m_empty;
    QStackedWidget* m_stack;
    QComboBox* m_siteFilter;
    QLineEdit* m_nameFilter;
    QCheckBox* m_problemsOnly;
    QLabel* m_detail;
    QComboBox* m_cellPoint;
    SummaryTile* m_countTile;
    SummaryTile* m_channelsTile;
    SummaryTile* m_rulesTile;
    SummaryTile* m_missingTile;
    QAction* m_editAction;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_catalogAction;
    QAction* m_rulesAction;
    QAction* m_auditAction;
    QAction* m_importAction;
    QAction* m_exportAction;
};
