// obole-cli export and accounting: the accountant's reports (CSV, XLSX, PDF, FEC) and the settings of the books.
#include "clicommands.h"

#include "export/accountingsettings.h"
#include "export/reportbuilder.h"
#include "export/reportexport.h"
#include "money/money.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

namespace {

std::optional<QDate> parseDay(const QString& text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

} // namespace

int commandExport(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return CliContext::fail(CliCommands::tr("export takes no argument, got \"%1\".").arg(ctx.args.first()));
    const QString formatText = ctx.parser.value(QStringLiteral("format"));
    if (formatText.isEmpty())
        return CliContext::fail(CliCommands::tr("export needs --format csv, xlsx, pdf or fec."));
    const auto format = ReportExport::formatFromName(formatText);
    if (!format)
        return CliContext::fail(CliCommands::tr("--format is csv, xlsx, pdf or fec, not \"%1\".").arg(formatText));
    const QString output = ctx.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CliContext::fail(CliCommands::tr("export needs --output: a file (for csv, a folder or a name ending "
                                                "in .csv; for fec, a file or a folder)."));

    // The period: the last full month unless told otherwise.
    auto [from, to] = ReportBuilder::lastFullMonth(QDate::currentDate());
    const bool hasFrom = ctx.parser.isSet(QStringLiteral("from"));
    const bool hasTo = ctx.parser.isSet(QStringLiteral("to"));
    if (hasFrom) {
        const QString text = ctx.parser.value(QStringLiteral("from"));
        const auto day = parseDay(text);
        if (!day)
            return CliContext::fail(CliCommands::tr("--from is a day written YYYY-MM-DD, not \"%1\".").arg(text));
        from = *day;
    }
    if (hasTo) {
        const QString text = ctx.parser.value(QStringLiteral("to"));
        const auto day = parseDay(text);
        if (!day)
            return CliContext::fail(CliCommands::tr("--to is a day written YYYY-MM-DD, not \"%1\".").arg(text));
        to = *day;
        if (!hasFrom)
            from = QDate(to.year(), to.month(), 1);
    }
    if (from > to)
        return CliContext::fail(CliCommands::tr("the period starts on %1, after its last day %2.")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    CsvConventions csv = CsvConventions::forLocale(QLocale());
    if (ctx.parser.isSet(QStringLiteral("csv-style"))) {
        const QString style = ctx.parser.value(QStringLiteral("csv-style"));
        if (style == u"fr")
            csv = CsvConventions::french();
        else if (style == u"en")
            csv = CsvConventions::english();
        else
            return CliContext::fail(CliCommands::tr("--csv-style is fr or en, not \"%1\".").arg(style));
        if (*format != ReportFormat::Csv)
            return CliContext::fail(CliCommands::tr("--csv-style applies to --format csv only."));
    }
    if (*format == ReportFormat::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return CliContext::fail(CliCommands::tr("the PDF cannot be drawn: no fonts are available to this program."));

    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    auto report = ReportBuilder::build(*db.value(), {from, to, *format == ReportFormat::Pdf});
    if (!report)
        return CliContext::fail(report.error());

    ReportExport::Request request;
    request.format = *format;
    request.output = output;
    request.csv = csv;
    request.locale = QLocale();
    request.overwrite = ctx.parser.isSet(QStringLiteral("force"));
    auto written = ReportExport::write(report.value(), request);
    if (!written)
        return CliContext::fail(written.error());

    const PeriodReport& r = report.value();
    CliContext::out() << CliCommands::tr("%1 (%2 to %3) written:")
                             .arg(r.title(QLocale()), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                      << Qt::endl;
    for (const QString& file : written->files)
        CliContext::out() << QStringLiteral("  ") << QDir::toNativeSeparators(file) << Qt::endl;
    for (const QString& currency : r.currencies()) {
        const ReportFigures f = r.total(currency);
        CliContext::out() << CliCommands::tr("  %1: %n sale(s), gross %2, VAT %3, net of VAT %4, fees %5, payout %6, "
                                             "received %7, receivable %8",
                                             nullptr, int(f.sales))
                                 .arg(currency, Money(f.gross, currency).toPlainString(),
                                      Money(f.vat, currency).toPlainString(),
                                      Money(f.netOfVat, currency).toPlainString(),
                                      Money(f.fees, currency).toPlainString(),
                                      Money(f.payout, currency).toPlainString(),
                                      Money(r.payoutsReceived(currency), currency).toPlainString(),
                                      Money(r.owedAtEnd(currency), currency).toPlainString())
                          << Qt::endl;
    }
    for (const QString& warning : written->warnings)
        CliContext::err() << CliCommands::tr("obole-cli: note: %1").arg(warning) << Qt::endl;
    return 0;
}

int commandAccounting(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    const bool show = action == u"show" && ctx.args.size() == 1;
    const bool set = action == u"set" && ctx.args.size() >= 3 && ctx.args.size() % 2 == 1;
    if (!show && !set)
        return CliContext::fail(CliCommands::tr("usage: obole-cli accounting show | set KEY VALUE [KEY VALUE]..."));
    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    auto settings = AccountingSettingsStore::load(*db.value());
    if (!settings)
        return CliContext::fail(settings.error());
    if (set) {
        for (qsizetype i = 1; i + 1 < ctx.args.size(); i += 2) {
            if (auto st = AccountingSettingsStore::setValue(settings.value(), ctx.args.at(i), ctx.args.at(i + 1)); !st)
                return CliContext::fail(st.error());
        }
        if (auto st = AccountingSettingsStore::save(*db.value(), settings.value()); !st)
            return CliContext::fail(st.error());
    }
    for (const QString& key : AccountingSettingsStore::keys())
        CliContext::out() << key << QStringLiteral(" = ") << AccountingSettingsStore::value(settings.value(), key)
                          << Qt::endl;
    return 0;
}
