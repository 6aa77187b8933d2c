#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

class Database;

// Runs reconciliation on a database and stores the results (see docs/reconciliation.md).
//
// The first run, or one after an import was undone, the window or tolerance changed or the catalog was edited,
// reads every row ("full run"). Later runs read only the rows imported since (above a watermark), plus the few
// stored rows they can concern: open discrepancies sharing a reference with a new row or lying within the window of
// one, and settled rows sharing a reference (to tell duplicates apart). The cost follows the new rows, not the
// history. Decisions taken by hand are applied on every run.
class Reconciler final
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)
public:
    static constexpr int s_engineVersion = 1;
    // Shares of this size are no slower than every row in memory (they fit the caches better); smaller ones save
    // little more memory for more time (see docs/reconciliation.md).
    static constexpr qint64 s_shareRows = 500000;

    struct Options
    {
        qint64 windowSeconds = 600;
        qint64 toleranceMinor = 1; // payout check: the largest difference not flagged, in minor units
        bool full = false;         // start over even when an incremental run would do
        // A full run over more rows than this works by shares of about this many rows, the rest set aside in
        // temporary files, so that its memory stays the same whatever the database's size. 0: all in memory.
        qint64 shareRows = s_shareRows;
        // Rows to look at again whatever else happens (after a decision by hand): they and whatever they are
        // paired with are reconciled anew.
        std::vector<qint64> reexamine;
        const std::atomic<bool>* cancel = nullptr;
        // Progress in thousandths, with the stage in words. Called from the calling thread.
        std::function<void(int permille, const QString& stage)> progress;
    };

    struct RunInfo
    {
        bool full = false;
        bool upToDate = false; // there was nothing new: the stored results stand
        QString why;           // why a full run was needed, for people
        qint64 newRows = 0;
        qint64 rowsExamined = 0;
        qint64 itemsWritten = 0;
        qint64 pairsPacked = 0;
        int shares = 0; // a full run by shares: how many (0: all rows at once)
        qint64 elapsedMs = 0;
        // Where the time went: reading, matching, writing (milliseconds).
        qint64 readMs = 0;
        qint64 matchMs = 0;
        qint64 writeMs = 0;
    };

    static Result<RunInfo> run(Database& db, const Options& options);
    // True when the stored results hold for the database as it is and these options: nothing imported, removed or
    // changed in the catalog since the last run, made by this engine with this window and tolerance. The same rule
    // run() follows to decide whether it has anything to do.
    static Result<bool> resultsCurrent(Database& db, const Options& options);
    // Options from the user's settings (window, tolerance).
    static Options defaultOptions();
};
