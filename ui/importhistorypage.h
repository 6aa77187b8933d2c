#pragma once

#include "page.h"

#include <QFutureWatcher>

class ImportBatchModel;
class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class SummaryTile;

// Every import batch: which file, when, how many rows were read, added, already there or rejected; the rejected
// rows of the selected batch; and Undo, which removes a batch and every row it added (on a worker thread, since a
// batch may hold a million rows).
class ImportHistoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryPage)
public:
    explicit ImportHistoryPage(QWidget* parent = nullptr);
    ~ImportHistoryPage() override;
    QString title() const override;
    void setDatabase(Database* db) override;

    bool isUndoing() const;

public slots:
    // Asks for confirmation, then removes the selected batch.
    void undoSelectedBatch();

signals:
    // A batch was removed: the other pages show data that changed.
    void batchesChanged();

private:
    void reload();
    void showDetails();
    void undoFinished();
    void updateActions();
    qint64 selectedBatchId() const;

    Database* m_db = nullptr;
    ImportBatchModel* m_model;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QStackedWidget* m_stack;
    SummaryTile* m_batchesTile;
    SummaryTile* m_rowsTile;
    QAction* m_undoAction;
    QPushButton* m_undoButton;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QLabel* m_detailsLabel;
    QPlainTextEdit* m_rejected;
    QFutureWatcher<QString>* m_undoWatcher;
    qint64 m_undoingId = 0;
    QString m_undoingName;
    qint64 m_undoingRows = 0;
};
