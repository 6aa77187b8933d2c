#pragma once

#include "core/result.h"
#include "periodreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

// Writes a report as a PDF (QPdfWriter, A4 portrait): the title and period, the summary, the revenue charts (drawn
// by RevenueChartPainter, as on the Revenue page), then each table. Tables break across pages with their header
// repeated; wide tables use a smaller type, and text that still does not fit is cut with an ellipsis. Every page
// has "page X of Y" at the foot. Needs a QGuiApplication (fonts); the offscreen platform will do.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    // Returns false to cancel; called once per page painted.
    using Continue = std::function<bool(int done, int total)>;

    // Writes to a temporary file beside `path`, then renames it over `path`.
    static Status write(const PeriodReport& report, const QString& path, const QLocale& locale = QLocale(),
                        const Continue& keepGoing = {});

    // How a cell reads in the PDF (and in the preview): the locale's digits and money with its currency.
    static QString cellText(const ReportTable& table, const ReportCell& cell, int column, const QLocale& locale);
};
