#pragma once

#include "booksstore.h"
#include "core/result.h"
#include "periodreport.h"
#include "reportbuilder.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Database;

// The books of a database: periods closed with their FEC entries frozen, and the entries of the days still open.
//
//  - Closing up to a day freezes the entries of every day not closed yet up to it, numbered after the highest number
//    ever given in each journal (reopened periods included: a number is never given to two entries), with the
//    closing day as ValidDate. A closed day's FEC lines are then read back as they were frozen: the same bytes at
//    every export, whatever range is exported.
//  - Data imported later for closed days does not change them: the difference between what the closed days hold now
//    and what was frozen becomes correcting entries, dated the first open day and labelled with what they correct.
//  - Only the last period in force can be reopened; closing it again gives an unchanged entry its number back.
//  - Open days are numbered after the closed ones, from the first open day, with the export day as ValidDate: their
//    numbers are provisional until they are closed.
// Closing and reopening are written in the audit trail.
class Books final
{
    Q_DECLARE_TR_FUNCTIONS(Books)
public:
    using Progress = ReportBuilder::Progress;

    struct Standing
    {
        QList<BooksClosing> closings;  // oldest first, reopened ones included
        std::optional<QDate> closedTo; // the last day closed, if any
        std::optional<QDate> firstClosed;
    };
    static Result<Standing> standing(Database& db);

    struct Closed
    {
        BooksClosing closing;
        qint64 corrections = 0; // correcting entries for data imported late into earlier closed periods
        qint64 numbersKept = 0; // entries that got back the number they had before a reopening
    };
    // Closes the books up to `to`, which must have ended (before `today`, a day of the books' time zone).
    static Result<Closed> close(Database& db, QDate to, QDate today, const Progress& progress = {});
    // Reopens the last period closed; its numbers stay reserved.
    static Result<BooksClosing> reopen(Database& db);

    // Sets the report's fecBook: frozen lines for its closed days, open days numbered after them, corrections.
    // Leaves it empty when the books were never closed (the FEC is then numbered for the export alone).
    static Status attach(Database& db, PeriodReport& report, const Progress& progress = {});

    // Today in the books' time zone.
    static QDate today(Database& db);
};
