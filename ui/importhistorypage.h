#pragma once

#include "page.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class EmptyState;
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
    QString helpTopic() const override { return QStringLiteral("import-history"); }
    void setDatabase(Database* db) override;

    bool isUndoing() const;
    // After an undo that left much free space in the file: compacting it, off the GUI thread, with Cancel.
    bool isCompacting() const;

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
    // Offers to give the free pages an undone batch left back to the disk, when they are worth it.
    void offerCompaction();
    void compactionFinished();
    void updateActions();
    qint64 selectedBatchId() const;

    Database* m_db = nullptr;
    ImportBatchModel* m_model;
    QTableView* m_table;
    EmptyState* m_empty;
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
    QPushButton* m_cancelButton;
    QFutureWatcher<QString>* m_compactWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancelCompaction;
    qint64 m_bytesBeforeCompaction = 0;
    qint64 m_undoingId = 0;
    QString m_undoingName;
    qint64 m_undoingRows = 0;
};
