#pragma once

#include "core/result.h"
#include "periodreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// How a CSV file is written for the spreadsheet that will open it. French conventions (';', decimal comma, dates
// dd/mm/yyyy, UTF-8 with a byte-order mark) are what Excel expects on a French system; English ones (',', point,
// ISO dates, UTF-8 without BOM) what it and every other tool expect elsewhere.
struct CsvConventions
{
    QChar separator = u',';
    QChar decimalMark = u'.';
    bool byteOrderMark = false;
    bool dayFirstDates = false;

    static CsvConventions french();
    static CsvConventions english();
    // French for a locale whose decimal mark is a comma, English otherwise.
    static CsvConventions forLocale(const QLocale& locale);
    bool isFrench() const { return separator == u';'; }
};

// Writes a report as CSV, one file per table (RFC 4180: fields with a separator, quote or line break are quoted,
// lines end with CRLF). Text that a spreadsheet would take for a formula (starting with = + - @) gets a leading
// apostrophe, so a reference from a provider's file cannot run as one.
class ReportCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
public:
    static QByteArray table(const ReportTable& table, const CsvConventions& conventions);

    // Where the files go: `output` ending in ".csv" is a base name ("march.csv" gives "march-summary.csv", …);
    // anything else is a folder, created when missing, holding "summary.csv", "channels.csv", ….
    static QStringList filePaths(const QString& output, const QStringList& tableIds);

    // Writes every table; all or nothing (files already written are removed when one fails). Returns the paths.
    static Result<QStringList> write(const PeriodReport& report, const QString& output,
                                     const CsvConventions& conventions);
};
