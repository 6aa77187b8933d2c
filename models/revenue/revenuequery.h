#pragma once

#include "core/result.h"
#include "revenuetypes.h"

#include <QCoreApplication>

class Database;

// Reads the figures of the Revenue page (and of the reports' revenue section) from the stored totals: series per
// channel and bucket, totals of the period and of the previous one of the same length, what is not yet confirmed,
// and products, one set per currency.
class RevenueQuery final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueQuery)
public:
    // Brings the totals up to date when the rows changed (RevenueAggregates::refresh), then reads.
    static Result<RevenueData> run(Database& db, const RevenueRequest& request);
    // Reads only; the caller has refreshed the totals.
    static Result<RevenueData> read(Database& db, const RevenueRequest& request);
};
