#pragma once

#include "core/result.h"
#include "periodreport.h"
#include "reportcsv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <functional>
#include <optional>

enum class ReportFormat { Csv, Xlsx, Pdf, Fec };

// One way in for the command line and the Reports page: writes a built report in a format.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    struct Request
    {
        ReportFormat format = ReportFormat::Pdf;
        QString output; // a file; for CSV a folder or a base name ending in .csv; for FEC a file or a folder
        CsvConventions csv = CsvConventions::english();
        QLocale locale;         // PDF
        bool overwrite = false; // FEC: replace a file of the same name (the legal name repeats for a fiscal year)
    };
    struct Outcome
    {
        QStringList files;
        QStringList warnings; // for people: what was left out, what to set
    };
    // Returns false to cancel.
    using Continue = std::function<bool(int done, int total)>;

    static std::optional<ReportFormat> formatFromName(QStringView name);
    static QString formatName(ReportFormat format);
    static const QList<ReportFormat>& formats();

    static Result<Outcome> write(const PeriodReport& report, const Request& request, const Continue& keepGoing = {});
};
