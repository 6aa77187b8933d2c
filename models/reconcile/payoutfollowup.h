#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// What each provider owes the merchant: what its statements acknowledge (the net of its rows, duplicates left out),
// what its payout statements show it paid, and what is left, with its age. Payments settle the oldest earnings
// first. A provider pays what it owes for sales older than its payout delay, and only once that reaches its
// minimum payout: smaller sums are carried over to the next statement ("regroupement"). It reads the sums that
// reconciliation keeps (reconcile_earnings, reconcile_items): run it after reconciling.
class PayoutFollowUp final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutFollowUp)
public:
    enum class State {
        PaidUp,       // nothing owed
        Overpaid,     // paid more than the statements acknowledge
        NotYetDue,    // owed, but all within the payout delay
        BelowMinimum, // due, but less than the minimum payout: carried over
        Due           // due and above the minimum: a payment is expected
    };

    struct Line
    {
        QString provider;
        QString name; // from the catalog; the code when the catalog does not know it
        QString currency;
        bool inCatalog = false;
        qint64 minPayout = 0;
        int delayDays = 0;
        qint64 earned = 0;
        qint64 paid = 0;
        qint64 owed = 0;           // earned - paid
        qint64 due = 0;            // owed for sales older than the delay
        qint64 rows = 0;           // provider rows counted (duplicates left out)
        qint64 rowsWithoutNet = 0; // rows whose statement gives no net: not in `earned`
        qint64 payments = 0;
        std::optional<QDate> oldestUnpaid; // the day of the oldest earning not yet covered by payments
        int ageDays = 0;
        std::optional<QDate> lastPayment;
        State state = State::PaidUp;
    };

    // One line per provider and currency found in the statements or the catalog, as of `today` (UTC days).
    static Result<QList<Line>> compute(Database& db, QDate today = QDate::currentDate());
    static QString stateText(const Line& line);
};
