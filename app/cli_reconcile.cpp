// obole-cli reconcile: brings the stored reconciliation up to date, then reports it for a provider and period.
#include "clicommands.h"

#include "catalog/catalogstore.h"
#include "core/settings.h"
#include "money/money.h"
#include "reconcile/payoutfollowup.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilestore.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString amount(qint64 minor)
{
    // The report sums minor units; the currency is the one of the rows (EUR in practice), shown without a symbol.
    return Money(minor, QStringLiteral("EUR")).toPlainString();
}

QJsonObject toJson(const ReconcileCounts& c, qint64 window)
{
    return QJsonObject{
        {QStringLiteral("provider_rows"), c.providerRows},
        {QStringLiteral("sales_rows"), c.salesRows},
        {QStringLiteral("matched"), c.matched},
        {QStringLiteral("matched_by_reference"), c.matchedByReference},
        {QStringLiteral("matched_fuzzy"), c.matchedFuzzy},
        {QStringLiteral("matched_manual"), c.matchedManual},
        {QStringLiteral("amount_mismatch"), c.amountMismatch},
        {QStringLiteral("missing_at_provider"), c.missingAtProvider},
        {QStringLiteral("missing_in_sales_log"), c.missingInSalesLog},
        {QStringLiteral("duplicates_at_provider"), c.duplicatesAtProvider},
        {QStringLiteral("provider_gross_cents"), c.providerGross},
        {QStringLiteral("sales_gross_cents"), c.salesGross},
        {QStringLiteral("payout_differences"), c.payoutDifferences},
        {QStringLiteral("explained"), c.explained},
        {QStringLiteral("window_seconds"), window},
    };
}

} // namespace

int commandReconcile(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return CliContext::fail(CliCommands::tr("reconcile takes no argument, got \"%1\".").arg(ctx.args.first()));

    Reconciler::Options options = Reconciler::defaultOptions();
    if (ctx.parser.isSet(QStringLiteral("window"))) {
        bool ok = false;
        const QString text = ctx.parser.value(QStringLiteral("window"));
        const qint64 window = text.toLongLong(&ok);
        if (!ok || window < 0 || window > 366 * 86400)
            return CliContext::fail(
                CliCommands::tr("--window needs a number of seconds between 0 and 31622400, got \"%1\".").arg(text));
        options.windowSeconds = window;
    }

    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    // Days are days of the books' time zone, whatever the computer's.
    const QTimeZone zone = RevenueAggregates::timeZone(*db.value());
    ReconcileFilter filter;
    filter.provider = ctx.parser.value(QStringLiteral("provider")).trimmed();
    for (const bool isFrom : {true, false}) {
        const QString name = isFrom ? QStringLiteral("from") : QStringLiteral("to");
        if (!ctx.parser.isSet(name))
            continue;
        const QString text = ctx.parser.value(name);
        const auto bound = ReconcileStore::parseBound(text, !isFrom, zone);
        if (!bound)
            return CliContext::fail(
                CliCommands::tr("--%1 needs a date as YYYY-MM-DD (a day of the books' time zone, %2), "
                                "got \"%3\".")
                    .arg(name, QString::fromUtf8(zone.id()), text));
        (isFrom ? filter.fromUtc : filter.toUtc) = *bound;
    }
    if (filter.fromUtc && filter.toUtc && *filter.fromUtc >= *filter.toUtc)
        return CliContext::fail(CliCommands::tr("the period is empty: --from comes after --to."));

    auto run = Reconciler::run(*db.value(), options);
    if (!run)
        return CliContext::fail(run.error());

    if (!filter.provider.isEmpty()) {
        auto known = ReconcileStore::providers(*db.value());
        if (!known)
            return CliContext::fail(known.error());
        auto catalog = CatalogStore(*db.value()).providers();
        if (!catalog)
            return CliContext::fail(catalog.error());
        const bool listed = std::any_of(catalog->cbegin(), catalog->cend(),
                                        [&](const Provider& p) { return p.code == filter.provider; });
        if (!known->contains(filter.provider) && !listed) {
            QStringList names = known.value();
            names.removeAll(QString());
            return CliContext::fail(
                CliCommands::tr("no provider \"%1\" in this database (known: %2).")
                    .arg(filter.provider, names.isEmpty() ? CliCommands::tr("none") : names.join(u", ")));
        }
    }
    auto counts = ReconcileStore::summary(*db.value(), filter);
    if (!counts)
        return CliContext::fail(counts.error());
    const ReconcileCounts& c = counts.value();

    if (ctx.parser.isSet(QStringLiteral("json"))) {
        CliContext::out() << QString::fromUtf8(
                                 QJsonDocument(toJson(c, options.windowSeconds)).toJson(QJsonDocument::Compact))
                          << Qt::endl;
        return 0;
    }

    QTextStream& out = CliContext::out();
    const QString how = run->upToDate ? CliCommands::tr("already up to date")
                        : run->full   ? CliCommands::tr("full run (%1), %2 rows in %3 ms (reading %4, matching %5, "
                                                          "writing %6)")
                                          .arg(run->why)
                                          .arg(run->rowsExamined)
                                          .arg(run->elapsedMs)
                                          .arg(run->readMs)
                                          .arg(run->matchMs)
                                          .arg(run->writeMs)
                                    : CliCommands::tr("%1 new rows, %2 rows looked at in %3 ms")
                                          .arg(run->newRows)
                                          .arg(run->rowsExamined)
                                          .arg(run->elapsedMs);
    out << CliCommands::tr("Reconciliation of %1: %2.")
               .arg(filter.provider.isEmpty() ? CliCommands::tr("every provider") : filter.provider, how)
        << Qt::endl;
    out << CliCommands::tr("  Provider rows        %1  (%2)").arg(c.providerRows, 9).arg(amount(c.providerGross))
        << Qt::endl;
    out << CliCommands::tr("  Sales log rows       %1  (%2)").arg(c.salesRows, 9).arg(amount(c.salesGross)) << Qt::endl;
    out << CliCommands::tr("  Matched              %1  (%2 by reference, %3 by amount and time, %4 by hand)")
               .arg(c.matched, 9)
               .arg(c.matchedByReference)
               .arg(c.matchedFuzzy)
               .arg(c.matchedManual)
        << Qt::endl;
    out << CliCommands::tr("  Amount mismatch      %1  (provider %2, sales log %3)")
               .arg(c.amountMismatch, 9)
               .arg(amount(c.mismatchProviderGross), amount(c.mismatchSalesGross))
        << Qt::endl;
    out << CliCommands::tr("  Missing at provider  %1  (%2)")
               .arg(c.missingAtProvider, 9)
               .arg(amount(c.missingAtProviderGross))
        << Qt::endl;
    out << CliCommands::tr("  Missing in sales log %1  (%2)")
               .arg(c.missingInSalesLog, 9)
               .arg(amount(c.missingInSalesLogGross))
        << Qt::endl;
    out << CliCommands::tr("  Duplicate at provider%1  (%2)")
               .arg(c.duplicatesAtProvider, 9)
               .arg(amount(c.duplicatesGross))
        << Qt::endl;
    out << CliCommands::tr("  Payout differences   %1").arg(c.payoutDifferences, 9) << Qt::endl;
    out << CliCommands::tr("  Explained by hand    %1").arg(c.explained, 9) << Qt::endl;

    // What each provider still owes (all time: the follow-up does not depend on the period).
    auto payouts = PayoutFollowUp::compute(*db.value());
    if (!payouts)
        return CliContext::fail(payouts.error());
    bool header = false;
    for (const PayoutFollowUp::Line& l : payouts.value()) {
        if (!filter.provider.isEmpty() && l.provider != filter.provider)
            continue;
        if (!header) {
            out << CliCommands::tr("Payout follow-up:") << Qt::endl;
            header = true;
        }
        out << CliCommands::tr("  %1: earned %2, paid %3, owed %4, due now %5 %6 - %7")
                   .arg(l.provider, Money(l.earned, l.currency).toPlainString(),
                        Money(l.paid, l.currency).toPlainString(), Money(l.owed, l.currency).toPlainString(),
                        Money(l.due, l.currency).toPlainString(), l.currency, PayoutFollowUp::stateText(l))
            << Qt::endl;
    }
    return 0;
}
