#pragma once

#include "adjustments.h"
#include "core/result.h"
#include "fecbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// One closing of the books: the days it covers, the day its entries were validated, and whether it was reopened.
struct BooksClosing
{
    qint64 id = 0;
    QDate firstDay; // days of the books' time zone, both included
    QDate lastDay;
    QDate validDay;       // the ValidDate of its entries
    qint64 closedUtc = 0; // when it was closed
    qint64 watermark = 0; // the highest transaction id it saw
    qint64 entries = 0;   // FEC entries (not lines) frozen
    std::optional<qint64> reopenedUtc;

    bool inForce() const { return !reopenedUtc.has_value(); }
};

// The only code that speaks SQL for the books (books_closings, books_entries): closed periods and their frozen FEC
// lines.
class BooksStore final
{
    Q_DECLARE_TR_FUNCTIONS(BooksStore)
public:
    // Every closing, oldest first, reopened ones included.
    static Result<QList<BooksClosing>> closings(Database& db);
    // The frozen lines of the closings in force dated firstDay..lastDay (both included), in file order.
    static Result<QList<FecLine>> frozenLines(Database& db, QDate firstDay, QDate lastDay);
    // The frozen lines of one closing, in file order.
    static Result<QList<FecLine>> linesOf(Database& db, qint64 closingId);
    // The highest entry number ever given in each journal ("VT" -> 41), reopened closings included: numbers are
    // never given twice.
    static Result<QHash<QString, int>> highestNumbers(Database& db);
    // Records a closing and its lines (in the caller's transaction); returns its id.
    static Result<qint64> addClosing(Database& db, const BooksClosing& closing, const QList<FecLine>& lines);
    static Status markReopened(Database& db, qint64 closingId, qint64 atUtc);

    // Correcting entries accepted for discrepancies (books_adjustments, books_adjustment_lines).
    static Result<qint64> addAdjustment(Database& db, const BooksAdjustment& adjustment);
    static Status removeAdjustment(Database& db, qint64 id);
    static Result<std::optional<BooksAdjustment>> adjustment(Database& db, qint64 id);
    // The one accepted for a discrepancy, if any.
    static Result<std::optional<qint64>> adjustmentFor(Database& db, qint64 providerTxn, qint64 salesTxn);
    // Those dated firstDay..lastDay, by day then id.
    static Result<QList<BooksAdjustment>> adjustments(Database& db, QDate firstDay, QDate lastDay);
};
