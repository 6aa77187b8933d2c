#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// What reconciliation says about a row or a pair. The values are stored in the database: never renumber them.
enum class ReconcileOutcome : quint8 {
    MatchedByReference = 1, // provider row and sale share a reference, amounts agree
    MatchedFuzzy = 2,       // no reference on one side: same channel, currency and amount, nearest time in the window
    MatchedManual = 3,      // paired by hand, amounts agree
    AmountMismatch = 4,     // paired (by reference, or by hand) but the amounts or currencies differ
    MissingAtProvider = 5,  // a sale no provider row accounts for
    MissingInSalesLog = 6,  // a provider row no sale accounts for
    DuplicateAtProvider = 7 // a provider row repeating a reference already seen in that provider's data
};

// How a sale that no provider row accounts for was given to a provider (the sales log may not name one).
enum class ReconcileAttribution : quint8 {
    Own = 0,         // the row names its provider
    ByReference = 1, // a provider row of that provider carries the same reference
    ByChannel = 2,   // the provider serving the sale's channel
    None = 3         // no provider serves the channel
};

// Why a discrepancy is there for the payout check.
enum class PayoutFlag : quint8 { None = 0, Differs = 1 };

// The figures of a reconciliation, as `obole-cli reconcile --json` prints them (DESIGN.md), plus what the page shows.
// Every provider row has exactly one outcome (matched, amount mismatch, missing in sales log, duplicate) and every
// sale one (matched, amount mismatch, missing at provider): provider_rows and sales_rows are their sums.
struct ReconcileCounts
{
    qint64 providerRows = 0;
    qint64 salesRows = 0;
    qint64 matched = 0; // pairs whose amounts agree: by reference + fuzzy + by hand
    qint64 matchedByReference = 0;
    qint64 matchedFuzzy = 0;
    qint64 matchedManual = 0;
    qint64 amountMismatch = 0;
    qint64 missingAtProvider = 0;
    qint64 missingInSalesLog = 0;
    qint64 duplicatesAtProvider = 0;
    qint64 providerGross = 0; // minor units, summed over every provider row
    qint64 salesGross = 0;    // minor units, summed over every sale

    qint64 matchedGross = 0;
    qint64 mismatchProviderGross = 0;
    qint64 mismatchSalesGross = 0;
    qint64 missingAtProviderGross = 0;
    qint64 missingInSalesLogGross = 0;
    qint64 duplicatesGross = 0;
    qint64 payoutDifferences = 0; // pairs whose provider net is off the promised payout by more than the tolerance
    qint64 explained = 0;         // discrepancies marked explained by hand (still counted under their outcome)

    bool operator==(const ReconcileCounts&) const = default;
};

// What to report: every filter is optional. The period applies to an item's time: the sale's for a pair, the row's
// own otherwise. Times are UTC seconds, `toUtc` exclusive.
struct ReconcileFilter
{
    QString provider;
    QString channel;
    std::optional<qint64> fromUtc;
    std::optional<qint64> toUtc;
    QList<ReconcileOutcome> outcomes; // empty: all
    bool openOnly = false;            // discrepancies not marked explained

    bool acceptsTime(qint64 t) const { return (!fromUtc || t >= *fromUtc) && (!toUtc || t < *toUtc); }
    bool acceptsOutcome(ReconcileOutcome o) const { return outcomes.isEmpty() || outcomes.contains(o); }
};

// Names of outcomes, for people and for files.
class ReconcileText final
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileText)
public:
    // A short name for people ("Missing at provider"), translated.
    static QString outcomeName(ReconcileOutcome outcome);
    // The key used in JSON and on the command line ("missing_at_provider").
    static QString outcomeKey(ReconcileOutcome outcome);
    static std::optional<ReconcileOutcome> outcomeFromKey(QStringView key);
    static bool isDiscrepancy(ReconcileOutcome outcome);
    static bool isPair(ReconcileOutcome outcome);
    static const QList<ReconcileOutcome>& allOutcomes();
    // A moment as the results show it: the date and time of day in the books' time zone (RevenueAggregates::
    // timeZone), whatever the computer's.
    static QString timeText(qint64 utc, const QTimeZone& zone);
};
