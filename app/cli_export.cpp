// obole-cli export, accounting and books: the accountant's reports (CSV, XLSX, PDF, FEC) and the settings of the books.
#include "clicommands.h"

#include "export/accountingsettings.h"
#include "export/books.h"
#include "export/exchangerates.h"
#include "export/ratesstore.h"
#include "export/reportbuilder.h"
#include "export/reportexport.h"
#include "money/money.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimeZone>

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
    // A FEC carries the numbers of the closed periods.
    auto report =
        ReportBuilder::build(*db.value(), {from, to, *format == ReportFormat::Pdf, *format == ReportFormat::Fec});
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

int commandBooks(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    const bool close = action == u"close" && ctx.args.size() == 1;
    const bool status = action == u"status" && ctx.args.size() == 1;
    const bool reopen = action == u"reopen" && ctx.args.size() == 1;
    if (!close && !status && !reopen)
        return CliContext::fail(CliCommands::tr("usage: obole-cli books close --to DATE | status | reopen"));
    const bool hasTo = ctx.parser.isSet(QStringLiteral("to"));
    if (close && !hasTo)
        return CliContext::fail(CliCommands::tr("books close needs --to DATE: the last day to close (YYYY-MM-DD)."));
    if (!close && hasTo)
        return CliContext::fail(CliCommands::tr("--to applies to books close only."));
    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    Database& d = *db.value();
    if (close) {
        const QString text = ctx.parser.value(QStringLiteral("to"));
        const auto to = parseDay(text);
        if (!to)
            return CliContext::fail(
                CliCommands::tr("--to needs a date as YYYY-MM-DD (a day of the books' time zone), got \"%1\".")
                    .arg(text));
        auto closed = Books::close(d, *to, Books::today(d));
        if (!closed)
            return CliContext::fail(closed.error());
        const BooksClosing& c = closed->closing;
        CliContext::out() << CliCommands::tr("Books closed from %1 to %2: %n entry(s) numbered and validated on %3.",
                                             nullptr, int(c.entries))
                                 .arg(c.firstDay.toString(Qt::ISODate), c.lastDay.toString(Qt::ISODate),
                                      c.validDay.toString(Qt::ISODate))
                          << Qt::endl;
        if (closed->corrections > 0)
            CliContext::out() << CliCommands::tr("%n correcting entry(s) for data imported after an earlier closing.",
                                                 nullptr, int(closed->corrections))
                              << Qt::endl;
        if (closed->numbersKept > 0)
            CliContext::out() << CliCommands::tr("%n entry(s) unchanged since the period was reopened kept their "
                                                 "number.",
                                                 nullptr, int(closed->numbersKept))
                              << Qt::endl;
        return 0;
    }
    if (reopen) {
        auto reopened = Books::reopen(d);
        if (!reopened)
            return CliContext::fail(reopened.error());
        CliContext::out() << CliCommands::tr("Reopened the period from %1 to %2; its entry numbers stay reserved.")
                                 .arg(reopened->firstDay.toString(Qt::ISODate), reopened->lastDay.toString(Qt::ISODate))
                          << Qt::endl;
        return 0;
    }
    auto standing = Books::standing(d);
    if (!standing)
        return CliContext::fail(standing.error());
    if (standing->closings.isEmpty())
        CliContext::out() << CliCommands::tr("The books were never closed: every day is open.") << Qt::endl;
    for (const BooksClosing& c : std::as_const(standing->closings)) {
        const QString state =
            c.inForce()
                ? CliCommands::tr("closed")
                : CliCommands::tr("reopened %1")
                      .arg(QDateTime::fromSecsSinceEpoch(*c.reopenedUtc, QTimeZone::utc()).toString(Qt::ISODate));
        CliContext::out() << CliCommands::tr("%1 to %2: %3, %n entry(s), validated on %4", nullptr, int(c.entries))
                                 .arg(c.firstDay.toString(Qt::ISODate), c.lastDay.toString(Qt::ISODate), state,
                                      c.validDay.toString(Qt::ISODate))
                          << Qt::endl;
    }
    if (standing->closedTo)
        CliContext::out() << CliCommands::tr("Closed up to %1; open from %2.")
                                 .arg(standing->closedTo->toString(Qt::ISODate),
                                      standing->closedTo->addDays(1).toString(Qt::ISODate))
                          << Qt::endl;
    return 0;
}

int commandRates(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    const bool import = action == u"import" && ctx.args.size() == 2;
    const bool status = action == u"status" && ctx.args.size() == 1;
    if (!import && !status)
        return CliContext::fail(CliCommands::tr("usage: obole-cli rates import FILE.csv | status"));
    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    Database& d = *db.value();
    auto settings = AccountingSettingsStore::load(d);
    if (!settings)
        return CliContext::fail(settings.error());
    if (import) {
        auto imported = ExchangeRates::importFile(d, ctx.args.at(1), settings->bookCurrency);
        if (!imported)
            return CliContext::fail(imported.error());
        CliContext::out() << CliCommands::tr("%n rate(s) against %1 stored for %2, from %3 to %4.", nullptr,
                                             int(imported->rates))
                                 .arg(settings->bookCurrency, imported->currencies.join(QStringLiteral(", ")),
                                      imported->first.toString(Qt::ISODate), imported->last.toString(Qt::ISODate))
                          << Qt::endl;
        return 0;
    }
    auto coverage = RatesStore::coverage(d, settings->bookCurrency);
    if (!coverage)
        return CliContext::fail(coverage.error());
    if (coverage->isEmpty())
        CliContext::out() << CliCommands::tr("No exchange rate against %1 is stored.").arg(settings->bookCurrency)
                          << Qt::endl;
    for (const RatesStore::Coverage& c : std::as_const(*coverage))
        CliContext::out() << CliCommands::tr("%1: %n day(s) from %2 to %3", nullptr, int(c.days))
                                 .arg(c.currency, c.first.toString(Qt::ISODate), c.last.toString(Qt::ISODate))
                          << Qt::endl;
    return 0;
}
