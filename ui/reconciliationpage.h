#pragma once

#include "page.h"
#include "reconcile/payoutfollowup.h"
#include "reconcile/reconcilebrowser.h"
#include "reconcile/reconciler.h"

#include <QFutureWatcher>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>

class PayoutFollowUpModel;
class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLayout;
class EmptyState;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QUndoStack;
class ReconcileItemModel;
class SummaryTile;

// Reconciliation: summary tiles (count and amount per outcome), filters, the lines (a lazy table over every pair
// and lone row, with a detail pane saying why each matched or not), the review actions (match, unmatch, explain,
// reopen; undone with Edit → Undo), and the payout follow-up per provider. Reconciling runs on a worker thread with
// its own database connection, with progress and Cancel; it starts by itself when new rows were imported.
class ReconciliationPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationPage)
public:
    explicit ReconciliationPage(QWidget* parent = nullptr);
    ~ReconciliationPage() override;
    QString title() const override;
    QString helpTopic() const override { return QStringLiteral("reconciliation"); }
    void setDatabase(Database* db) override;

protected:
    void rightsChanged() override;

public:
    Database* database() const { return m_db; }
    bool isRunning() const;
    ReconcileItemModel* model() const { return m_model; }
    // Review decisions go on the main window's undo stack (Edit → Undo); a page on its own keeps its own.
    QUndoStack* undoStack() const;

public slots:
    // Reconciles now, on the worker thread (F5). `full` starts over rather than look at new rows only.
    void reconcile(bool full = false);
    void cancelRun();
    void matchSelected();
    void unmatchSelected();
    void explainSelected();
    void reopenSelected();
    // Proposes the correcting entry of the selected discrepancy (AdjustmentDialog) and books it if accepted.
    void bookCorrectionSelected();

protected:
    // The note field lets the review shortcuts through (a line edit takes Ctrl+E for the end of the line).
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct RunOutcome
    {
        QString error;
        Reconciler::RunInfo info;
    };
    struct Progress;
    // What the tiles and the filter lists show, read together off the GUI thread when the page is loaded.
    struct Overview
    {
        QString error;
        QStringList providers;
        QStringList channels;
        ReconcileCounts counts;
        QHash<ReconcileOutcome, qint64> explained;
        QString currency = QStringLiteral("EUR");
        ReconcileState state;
        QList<PayoutFollowUp::Line> payouts; // read with the lists only
    };
    static Overview readOverview(Database& db, const ReconcileFilter& filter, bool withLists);

    QLayout* buildFilters();
    // Reads everything again in the background (a new database, a run finished); a hidden page waits until shown.
    void load();
    void overviewRead();
    void fillFilterChoices(const QStringList& providers, const QStringList& channels);
    void refresh();
    void refreshSummary();
    void showOverview(const Overview& o);
    // The filter the tiles count by: the lines' filter without their outcome choice.
    ReconcileFilter summaryFilter() const;
    void applyFilter();
    void startSearch();
    void runFinished();
    void showDetail();
    void updateActions();
    void updateProgress();
    QList<int> selectedRows() const;
    ReconcileFilter currentFilter() const;
    bool resultsCurrent() const;
    // The books' time zone: periods are its days, and times are shown in it, as on every page and export.
    QTimeZone booksZone() const;
    // Runs a decision through the undo stack; `apply` and `revert` return an error message, empty when fine.
    void decide(const QString& text, std::function<QString()> apply, std::function<QString()> revert);
    void afterDecision(qint64 focusTxn);
    void rememberSeenDecisions();
    QString nearestHint(const ReconcileItemModel& model, int row) const;

    Database* m_db = nullptr;
    QTimeZone m_zone;
    ReconcileItemModel* m_model;
    PayoutFollowUpModel* m_payoutModel;
    QUndoStack* m_ownUndoStack;

    SummaryTile* m_matchedTile;
    SummaryTile* m_mismatchTile;
    SummaryTile* m_missingAtProviderTile;
    SummaryTile* m_missingInLogTile;
    SummaryTile* m_duplicateTile;
    SummaryTile* m_payoutTile;

    QComboBox* m_providerCombo;
    QComboBox* m_channelCombo;
    QComboBox* m_periodCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QComboBox* m_outcomeCombo;
    QLineEdit* m_searchEdit;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progressBar;
    QLabel* m_progressLabel;
    QLabel* m_runLabel;

    QTabWidget* m_tabs;
    QStackedWidget* m_linesStack;
    QTableView* m_table;
    EmptyState* m_empty;
    QTextBrowser* m_detail;
    QLineEdit* m_noteEdit;
    QPushButton* m_matchButton;
    QPushButton* m_unmatchButton;
    QPushButton* m_explainButton;
    QPushButton* m_reopenButton;
    QPushButton* m_bookButton;
    QTableView* m_payoutTable;

    QAction* m_runAction;
    QAction* m_matchAction;
    QAction* m_unmatchAction;
    QAction* m_explainAction;
    QAction* m_reopenAction;
    QAction* m_bookAction;

    QFutureWatcher<RunOutcome>* m_runWatcher;
    std::shared_ptr<Progress> m_progress;
    QTimer* m_progressTimer;
    QFutureWatcher<std::shared_ptr<const ReconcileBrowser::IdSet>>* m_searchWatcher;
    std::shared_ptr<std::atomic<bool>> m_searchCancel;
    QTimer* m_searchDelay;
    std::shared_ptr<const ReconcileBrowser::IdSet> m_searchHits;
    bool m_filling = false;
    QFutureWatcher<Overview>* m_overviewWatcher;
    bool m_loadPending = false;
    // Counts the tiles' refreshes: an overview read before the latest one is not shown over it.
    quint64 m_summaryStamp = 0;
    qint64 m_seenDecision = -1; // the newest decision this page had read (ReconcileReview::lastDecisionId)
    quint64 m_overviewStamp = 0;
};
