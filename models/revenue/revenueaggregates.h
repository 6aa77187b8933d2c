#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

class Database;

// The revenue totals per local hour and day (tables revenue_hourly, revenue_daily, revenue_daily_products), from
// which the Revenue page and the reports read. They are derived data: rebuild() recomputes them from the sales rows,
// the catalog (site, VAT rate, promised payout) and the reporting time zone, and refresh() does so only when one of
// those changed since, which a signature stored with the totals tells cheaply (the highest transaction id, the
// import batches, the catalog's valuation fingerprint and the zone).
//
// The importer calls rowsAdded() after adding a batch and batchRemoved() when undoing one, inside its transaction.
// Both are cheap: they mark the totals out of date, and the next reader rebuilds them. The rebuild reads each
// transaction once or twice (about 1.5 s per million rows on two cores, see tests/bench/revenue_bench), because
// whether a sale is confirmed depends on provider rows of any date (see SalesConfirmation).
class RevenueAggregates final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueAggregates)
public:
    // Reports work done of total (any unit); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status rowsAdded(Database& db, qint64 batchId);
    static Status batchRemoved(Database& db, qint64 batchId);
    // For any other change to sales or provider rows, or to what confirms a sale.
    static Status invalidate(Database& db);

    static Result<bool> isCurrent(Database& db);
    // Rebuilds the totals when they are out of date; a no-op costing about a millisecond otherwise.
    static Status refresh(Database& db, const Progress& progress = {});
    // Recomputes the totals from the rows. Reads from one snapshot without blocking imports, then writes in one
    // short transaction; a cancelled or failed rebuild leaves the previous totals as they were.
    static Status rebuild(Database& db, const Progress& progress = {});

    // The zone whose local days the totals follow: the database's "time_zone" setting when it names a valid zone,
    // else the system's.
    static QTimeZone timeZone(Database& db);
    static Status setTimeZone(Database& db, const QTimeZone& zone);

private:
    static Status rebuildOnce(Database& db, const Progress& progress, bool& retry);
};
