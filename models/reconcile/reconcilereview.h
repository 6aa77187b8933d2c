#pragma once

#include "core/result.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilestore.h"

#include <QLocale>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Decisions taken by hand on reconciliation results: pairing two rows, separating a pair, marking a discrepancy as
// explained. Each is a row of reconcile_decisions naming the rows by id and by identity (the import's row hash, so
// that it finds them again after an import is undone and done again), applied by every later run. Nothing is ever
// changed in the imported rows: undoing a decision (it is marked undone, never deleted) reconciles the rows
// concerned anew, which restores what the rules alone say, as they said it before.
class ReconcileReview final
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileReview)
public:
    enum class Action { Match, Unmatch, Explain };

    struct Decision
    {
        qint64 id = 0;
        qint64 madeUtc = 0;
        Action action = Action::Explain;
        qint64 providerTxn = 0; // 0: none
        qint64 salesTxn = 0;
        QString note;
        QString before; // what the rows were before, in words (outcome names in the UI language at the time)
        std::optional<qint64> undoneUtc;
        QString madeBy;   // the server role that took it; empty in a file
        QString undoneBy; // the server role that took it back; empty in a file
        bool active() const { return !undoneUtc; }
    };

    // Several desks review at once: a decision says what its reviewer had seen (the decisions' count when the lines
    // were read, lastDecisionId(): the newest decision or taking back), and is refused, saying who changed the rows and
    // when, if another decision about the same rows was taken, or taken back, since. kUnseen skips the check (a
    // command's redo, a script).
    static constexpr qint64 kUnseen = -1;
    static Result<qint64> lastDecisionId(Database& db);

    // Pairs a provider row and a sale. Whatever each was paired with is reconciled anew.
    static Result<qint64> match(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                const Reconciler::Options& options, qint64 seen = kUnseen);
    // Separates a pair, made by the rules or by hand, for good: the rules will not pair these two again.
    static Result<qint64> unmatch(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                  const Reconciler::Options& options, qint64 seen = kUnseen);
    // Marks a discrepancy (amount mismatch, missing, duplicate) as explained. Its counts do not change: it is
    // listed as explained rather than open.
    static Result<qint64> explain(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                  qint64 seen = kUnseen);
    // Takes back the explanation of a discrepancy.
    static Status reopen(Database& db, qint64 providerTxn, qint64 salesTxn, qint64 seen = kUnseen);
    // Takes back any decision; the rows it concerned are reconciled anew. `seen` as above: the desk that took the
    // decision passes its id, so that a decision another desk took since about the same rows is not undone under it.
    static Status undo(Database& db, qint64 decisionId, const Reconciler::Options& options, qint64 seen = kUnseen);

    // The decisions about a row (active and undone), newest first.
    static Result<QList<Decision>> decisionsFor(Database& db, qint64 txnId);
    static Result<QList<Decision>> recent(Database& db, int limit = 200);

    static QString actionName(Action action);

    // What differs between a provider row and a sale someone is about to pair by hand, one sentence each in the UI
    // language: the channel, the currency, the amount, the product, and a time gap beyond the reconciliation window.
    // Empty when they agree on all of it.
    static QStringList differences(const StoredTransaction& providerRow, const StoredTransaction& sale,
                                   qint64 windowSeconds, const QLocale& locale);
};
