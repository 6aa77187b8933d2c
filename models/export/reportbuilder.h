#pragma once

#include "core/result.h"
#include "periodreport.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

// Computes a PeriodReport from the database: the sales log and provider statements of the period (one pass over the
// transactions up to its end), the catalog (product VAT rates and promised payouts, through RevenueCatalog, so the
// figures are the Revenue page's), the reconciliation results and the Revenue page's daily series for the charts.
//
// Rules (docs/reports.md):
//  - Days are local days of the reporting time zone (RevenueAggregates::timeZone: the database's setting, else the
//    system's). The period runs from the start of `from` to the start of the day after `to`.
//  - A sale's product is found in the catalog by its exact name (the lowest product id when names repeat); a product
//    the catalog does not know takes the default VAT rate of the accounting settings.
//  - A sale that names no provider is given to the provider of its product's price point on its channel, else to
//    the only provider serving that channel; else it stays under "provider not named".
//  - What a provider still owes is the payout earned on every sale before the period's end less every payout
//    received before it.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    // Work done of total (any unit); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Request
    {
        QDate from;
        QDate to;
        bool withCharts = true; // read the Revenue page's series (brings its totals up to date)
        bool withBooks = false; // carry the FEC entries with the closed periods' numbers (Books::attach)
    };

    static Result<PeriodReport> build(Database& db, const Request& request, const Progress& progress = {});

    // The last full calendar month before `today`.
    static std::pair<QDate, QDate> lastFullMonth(QDate today);
};
