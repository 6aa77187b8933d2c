#pragma once

#include "core/result.h"
#include "reconcile/reconcilerows.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

class Database;

// Reads sales-log and provider rows from the transactions table into compact rows: one lean query, no QString per
// row, small strings interned, references in one arena. A large range is read by two threads, each on its own
// read-only connection to the same file.
class ReconcileLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileLoader)
public:
    struct Options
    {
        bool products = false;                     // read product names (the payout check needs them)
        const std::atomic<bool>* cancel = nullptr; // set from another thread to stop
        std::function<void(qint64 done)> progress; // rows read so far; called from the calling thread
    };

    // Every sales and provider row with lo < id <= hi, appended to `rows` in id order: from the packed blocks the
    // import wrote (transaction_blocks) where there are some, else from the table.
    static Status loadRange(Database& db, qint64 lo, qint64 hi, ReconcileRows& rows, const Options& options);
    // The same, always from the table.
    static Status loadTable(Database& db, qint64 lo, qint64 hi, ReconcileRows& rows, const Options& options);
    // The rows with these ids (any order, unknown ids skipped), appended to `rows` with `flags` set.
    static Status loadIds(Database& db, const std::vector<qint64>& ids, ReconcileRows& rows, bool products,
                          quint8 flags = 0);
    // Sorts both lists by id and drops repeated ids (a row loaded twice as context).
    static void sortAndDeduplicate(ReconcileRows& rows);
};
