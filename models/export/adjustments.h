#pragma once

#include "core/result.h"
#include "fecbook.h"
#include "reconcile/reconcilestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// A correcting entry the accountant accepted for a discrepancy reconciliation found: its day, what it corrects and
// its lines, kept as they were accepted (journal OD, AccountingSettings::adjustmentJournal).
struct BooksAdjustment
{
    qint64 id = 0;
    QDate day; // of the books' time zone: the discrepancy's day, or the first open day when that one is closed
    QString provider;
    QString currency;
    ReconcileOutcome outcome = ReconcileOutcome::MissingAtProvider;
    qint64 providerTxn = 0;
    qint64 salesTxn = 0;
    QString reference;
    QString note;
    qint64 acceptedUtc = 0;
    QString what; // for the entries' labels, in French like the FEC: "vente non reversée", …
    QList<FecBookLine> lines;
};

// Correcting entries for what reconciliation found. Nothing is booked silently: a proposal is shown, and only what
// the accountant accepts (with a note) goes into the books.
//  - A sale the provider never reported (missing at the provider): what the sale put on the books is taken back.
//  - A line the provider reported that the site never sold (missing in the sales log): it is booked as a sale.
//  - An amount mismatch: the difference between what the provider's line and the sale put on the books.
//  - A duplicate the provider reported: its net is what the provider owes, and would be owed back if it paid it
//    twice: moved from the receivable to the account of amounts owed back (467).
// Amounts are booked under the provider's VAT model, in the book currency (other currencies at the day's rate).
class Adjustments final
{
    Q_DECLARE_TR_FUNCTIONS(Adjustments)
public:
    // The entry proposed for a discrepancy; refused for a matched line or one without a correcting entry to make.
    static Result<BooksAdjustment> propose(Database& db, const ReconcileEntry& entry);
    // Books a proposal with the accountant's note, and marks the discrepancy explained (one transaction). Refused
    // when the discrepancy has one already.
    static Result<qint64> accept(Database& db, BooksAdjustment adjustment, const QString& note);
    // Takes an accepted entry back while its day is open, and reopens its discrepancy.
    static Status withdraw(Database& db, qint64 id);
    // The entry accepted for a discrepancy, if any.
    static Result<std::optional<qint64>> forDiscrepancy(Database& db, qint64 providerTxn, qint64 salesTxn);
};
