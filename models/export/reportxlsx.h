#pragma once

#include "core/result.h"
#include "periodreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

// Writes a report as an Excel workbook through libxlsxwriter: a sheet per table, its header row frozen and
// filterable, columns as wide as their contents. Numbers are stored as numbers with a number format (amounts with
// their currency's decimals, counts, percentages), dates as dates; the daily sheet carries a stacked column chart
// per currency. An XLSX number is a binary double by the format's definition: amounts in minor units are divided by
// the currency's scale only when written, and are exact to the cent far beyond any report's totals.
class ReportXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)
public:
    // Returns false to cancel; called between sheets.
    using Continue = std::function<bool(int done, int total)>;

    // Writes to a temporary file beside `path`, then renames it over `path`: a failed or cancelled export leaves
    // nothing behind.
    static Status write(const PeriodReport& report, const QString& path, const Continue& keepGoing = {});

    // A valid, unique sheet name from a title: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString& title, const QStringList& taken);
};
