#include "reportexport.h"

#include "fecexport.h"
#include "reportpdf.h"
#include "reportxlsx.h"

const QList<ReportFormat>& ReportExport::formats()
{
    static const QList<ReportFormat> all = {ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Pdf,
                                            ReportFormat::Fec};
    return all;
}

std::optional<ReportFormat> ReportExport::formatFromName(QStringView name)
{
    for (ReportFormat f : formats()) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString ReportExport::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Fec:
        break;
    }
    return QStringLiteral("fec");
}

Result<ReportExport::Outcome> ReportExport::write(const PeriodReport& report, const Request& request,
                                                  const Continue& keepGoing)
{
    using R = Result<Outcome>;
    Outcome outcome;
    outcome.warnings = report.notes;
    switch (request.format) {
    case ReportFormat::Csv: {
        auto files = ReportCsv::write(report, request.output, request.csv);
        if (!files)
            return R::failure(files.error());
        outcome.files = files.value();
        break;
    }
    case ReportFormat::Xlsx:
        if (auto st = ReportXlsx::write(report, request.output, keepGoing); !st)
            return R::failure(st.error());
        outcome.files << request.output;
        break;
    case ReportFormat::Pdf:
        if (auto st = ReportPdf::write(report, request.output, request.locale, keepGoing); !st)
            return R::failure(st.error());
        outcome.files << request.output;
        break;
    case ReportFormat::Fec: {
        QStringList warnings;
        auto path = FecExport::write(report, request.output, &warnings, request.overwrite);
        if (!path)
            return R::failure(path.error());
        outcome.files << path.value();
        // The FEC's own warnings say the same as the report's notes about currencies, and more.
        outcome.warnings = warnings;
        break;
    }
    }
    return outcome;
}
