#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>
#include <optional>

#include "storage/database.h"

// The revenue totals per local hour and day (tables revenue_hourly, revenue_daily, revenue_daily_products), from
// which the Revenue page and the reports read. They are derived data, kept with what they were computed from: the
// reporting time zone, the catalog's valuation fingerprint (site, VAT rate and promised payout of each product), the
// highest transaction id counted and the import batches.
//
// refresh() brings them up to date at the cost of what changed:
//  - rows appended since (an import) are folded in, in time proportional to them: new sales are valued and checked
//    against the stored keys of every provider row (revenue_provider_references, revenue_provider_amounts), and new
//    provider rows confirm the sales still waiting (revenue_unconfirmed_sales), which move to the confirmed side;
//  - a change of catalog or zone values the counted sales again (one pass over the sales rows; which are confirmed
//    is kept), then folds in any new row;
//  - anything else (a batch undone, totals never built) rebuilds everything: each transaction is read twice.
//
// The importer calls rowsAdded() after adding a batch, inside its transaction: a small batch is folded in at once,
// a big one is left to the next reader (who shows progress), so a first import of years of history stays fast.
// Removing a batch marks the totals for a rebuild: the trigger revenue_batch_removed does it, whoever removes it.
class RevenueAggregates final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueAggregates)
public:
    // Reports work done of total (any unit); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Batches of at most this many rows are folded in by rowsAdded() itself.
    static constexpr qint64 s_foldAtImportLimit = 50000;
    // On a server, a fold goes by sets (the new keys by COPY into temporary tables, matched by joins), which beyond
    // this many new rows costs more than a rebuild: the totals are rebuilt instead (a million new sales: 20 s
    // folded, 5 s rebuilt), and an import folds in at most this many itself (20,000 sales: 0.9 s for the import).
    static constexpr qint64 s_foldOnServerLimit = 20000;

    static Status rowsAdded(Database& db);

    static Result<bool> isCurrent(Database& db);
    // Folds in new rows, values the sales again or rebuilds, as needed; about a millisecond when nothing changed.
    static Status refresh(Database& db, const Progress& progress = {});
    // Recomputes the totals from all the rows. Reads from one snapshot without blocking imports, then writes in one
    // transaction; a cancelled or failed rebuild leaves the previous totals as they were.
    static Status rebuild(Database& db, const Progress& progress = {});
    // Folds in the rows appended since the totals were computed (refreshes otherwise when that is not enough).
    static Status fold(Database& db, const Progress& progress = {});

    // The time zone of the books: the local days every total, page and export of the database follows. It is the
    // database's "time_zone" setting (obole-cli accounting set time_zone ZONE), Europe/Paris when it is not set, and
    // never the computer's: two offices get the same daily totals from the same data.
    static QTimeZone timeZone(Database& db);
    static QByteArray defaultTimeZoneId() { return QByteArrayLiteral("Europe/Paris"); }
    static Status setTimeZone(Database& db, const QTimeZone& zone);

    // --- Reading the totals (the Revenue page, the reports) ---
    // Statements the reader steps through, fast: their columns are these, the figures last (sales, gross, payout,
    // payout_unknown, net of VAT). `siteId` keeps one site's rows (0: products not in the catalog).
    // Daily and hourly totals: the day (Julian day) or the hour (UTC seconds), channel, currency, confirmed, figures.
    enum TotalsColumn { TWhen, TChannel, TCurrency, TConfirmed, TFigures };
    // Totals per product: product, site id, currency, figures.
    enum ProductColumn { PProduct, PSite, PCurrency, PFigures };
    // Days fromDay..toDay (Julian days, both included), confirmed or not.
    static Result<Statement> dailyTotals(Database& db, qint64 fromDay, qint64 toDay, std::optional<qint64> siteId);
    // Hours fromUtc <= hour < toUtc.
    static Result<Statement> hourlyTotals(Database& db, qint64 fromUtc, qint64 toUtc, std::optional<qint64> siteId,
                                          bool confirmedOnly);
    static Result<Statement> productTotals(Database& db, qint64 fromDay, qint64 toDay, std::optional<qint64> siteId,
                                           bool confirmedOnly);
    // True when any sale was counted.
    static Result<bool> hasTotals(Database& db);

private:
    // "Cannot update the revenue totals", and why.
    static Status updateFailure(const QString& why);
    static Status rebuildOnce(Database& db, const Progress& progress, bool& retry);
    static Status foldOnce(Database& db, const Progress& progress, bool& rebuildInstead);
    // The catalog or the zone changed, not the rows: values the counted sales again, confirmed as they were.
    static Status revalue(Database& db, const Progress& progress);
};
