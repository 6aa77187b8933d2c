#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Database;

// Generates a sales log and provider statements whose reconciliation is known in advance: every kind of
// discrepancy (missing at the provider, missing in the sales log, amount mismatch, duplicate at the provider), rows
// without reference (audiotel calls) matched by amount and time, pairs of identical legitimate rows, late reports,
// rows on and around the two DST changes of Europe/Paris. Deterministic for a seed.
//
// So that the truth is unambiguous, rows without reference are all on the audiotel channel and are spaced out per
// amount by more than twice the window plus the largest clock delay; rows with a reference are never on audiotel.
class ReconcileGen final
{
public:
    struct Options
    {
        qint64 sales = 10000; // sales before discrepancies are taken out or added
        quint32 seed = 1;
        int providers = 2; // provider codes gen-a, gen-b, ...; each channel belongs to one of them
        int noReferencePercent = 10;
        int discrepancyPerMille = 5;    // of each kind
        int identicalPairs = 5;         // pairs of identical sales without reference, each paid twice
        int lateReports = 3;            // reported a day late, with a reference (still matched by reference)
        qint64 windowSeconds = 600;     // the window the data is spaced for
        bool salesNameProvider = false; // sales rows carry their provider code (as the demo's do)
        qint64 startUtc = 1742860800;   // 2025-03-25 00:00 UTC: the spring DST change is 5 days in
        int days = 220;                 // to 2025-10-31: the autumn change too
        // Rows are kept out of the autumn's repeated local hour (02:00-03:00 on 2025-10-26 happens twice in Paris),
        // so that a statement written in local time without an offset stays unambiguous.
        bool avoidRepeatedHour = true;
        QString referencePrefix = QStringLiteral("R"); // distinct prefixes give distinct references
    };

    struct Row
    {
        qint64 t = 0; // UTC seconds
        QString provider;
        QString channel;
        QString reference;
        QString product;
        qint64 gross = 0;
        std::optional<qint64> net;
        QString currency = QStringLiteral("EUR");
    };

    // What reconciliation must find, with the DESIGN.md key names.
    struct Truth
    {
        qint64 providerRows = 0;
        qint64 salesRows = 0;
        qint64 matchedByReference = 0;
        qint64 matchedFuzzy = 0;
        qint64 amountMismatch = 0;
        qint64 missingAtProvider = 0;
        qint64 missingInSalesLog = 0;
        qint64 duplicatesAtProvider = 0;
        qint64 providerGross = 0;
        qint64 salesGross = 0;
        qint64 matched() const { return matchedByReference + matchedFuzzy; }
    };

    struct Data
    {
        std::vector<Row> sales;    // in time order
        std::vector<Row> provider; // in each provider's statement order (its own time)
        QStringList providers;
        Truth truth;
    };

    static Data generate(const Options& options);

    // Writes the rows straight into the transactions table, one batch per provider plus one for the sales log.
    static Status insert(Database& db, const Data& data, const QString& batchTag = QStringLiteral("gen"));
    // Writes sales.csv, statement-<provider>.csv, their profiles (sales-profile.json, statement-<provider>.json)
    // and truth.json into `dir`. The sales log is UTF-8 with ISO 8601 UTC times; statements are ';'-separated with
    // a decimal comma and local Paris times: with their offset when `localWithOffset`, else without (DST applies).
    static Status writeCsv(const Data& data, const QString& dir, bool localWithOffset = true);
    static QString truthJson(const Truth& truth);
};
