#pragma once

#include <QDialog>

class AuditLogModel;
class CatalogEditor;
class QLabel;
class QTableView;

// The audit trail of catalog edits, newest first, and its export to CSV.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)
public:
    explicit AuditDialog(CatalogEditor* editor, QWidget* parent = nullptr);
    // Writes the whole trail to a CSV file; false (with the reason shown) when it cannot.
    bool exportTo(const QString& path);

private:
    void refresh();
    void chooseExportFile();

    CatalogEditor* m_editor;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLabel* m_countLabel;
};
