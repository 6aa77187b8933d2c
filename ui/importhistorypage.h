#pragma once

#include "page.h"

class ImportBatchModel;
class QLabel;
class QStackedWidget;
class QTableView;
class SummaryTile;

// Every import batch: which file, when, how many rows were read, added, already there or rejected.
class ImportHistoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryPage)
public:
    explicit ImportHistoryPage(QWidget* parent = nullptr);
    QString title() const override;
    void setDatabase(Database* db) override;

private:
    ImportBatchModel* m_model;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QStackedWidget* m_stack;
    SummaryTile* m_batchesTile;
    SummaryTile* m_rowsTile;
};
