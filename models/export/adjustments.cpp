#include "adjustments.h"

#include "accountingsettings.h"
#include "books.h"
#include "booksstore.h"
#include "catalog/audittrail.h"
#include "catalog/catalogstore.h"
#include "fecexport.h"
#include "importing/importstore.h"
#include "ratesstore.h"
#include "reconcile/reconcilereview.h"
#include "revenue/localcalendar.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenuecatalog.h"
#include "storage/database.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace {

// What a discrepancy is, in the FEC's French.
QString frenchWhat(ReconcileOutcome outcome)
{
    switch (outcome) {
    case ReconcileOutcome::MissingAtProvider:
        return QStringLiteral("vente non reportée par l'opérateur");
    case ReconcileOutcome::MissingInSalesLog:
        return QStringLiteral("vente absente du journal des ventes");
    case ReconcileOutcome::AmountMismatch:
        return QStringLiteral("écart de montant");
    case ReconcileOutcome::DuplicateAtProvider:
        return QStringLiteral("doublon de l'opérateur");
    default:
        break;
    }
    return QStringLiteral("régularisation");
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

Result<BooksAdjustment> Adjustments::propose(Database& db, const ReconcileEntry& e)
{
    using R = Result<BooksAdjustment>;
    const bool supported =
        e.outcome == ReconcileOutcome::MissingAtProvider || e.outcome == ReconcileOutcome::MissingInSalesLog ||
        e.outcome == ReconcileOutcome::AmountMismatch || e.outcome == ReconcileOutcome::DuplicateAtProvider;
    if (!supported)
        return R::failure(tr("Only a discrepancy (an amount mismatch, a line missing on one side, a duplicate) gets a "
                             "correcting entry."));
    auto settings = AccountingSettingsStore::load(db);
    if (!settings)
        return R::failure(settings.error());
    const AccountingSettings& s = settings.value();
    auto catalog = CatalogStore(db).load();
    if (!catalog)
        return R::failure(catalog.error());
    auto rows = ImportStore(db).transactions({e.providerTxn, e.salesTxn});
    if (!rows)
        return R::failure(rows.error());
    const StoredTransaction providerRow = rows->value(e.providerTxn);
    const StoredTransaction saleRow = rows->value(e.salesTxn);

    BooksAdjustment a;
    a.outcome = e.outcome;
    a.providerTxn = e.providerTxn;
    a.salesTxn = e.salesTxn;
    a.provider = e.provider;
    a.currency = e.currency;
    a.reference = !providerRow.reference.isEmpty() ? providerRow.reference : saleRow.reference;
    a.what = frenchWhat(e.outcome);
    // The discrepancy's day in the books; its entry is dated then, or the first open day when that one is closed.
    const QDate day = LocalCalendar(RevenueAggregates::timeZone(db)).dayOf(e.time);
    a.day = day;
    auto standing = Books::standing(db);
    if (!standing)
        return R::failure(standing.error());
    if (standing->closedTo && a.day <= *standing->closedTo)
        a.day = standing->closedTo->addDays(1);

    // The provider's terms and auxiliary account, as the FEC names it.
    PeriodReport names;
    names.settings = s;
    names.setProviders(catalog->providers);
    const Provider terms = names.providerRecords.value(a.provider);
    if (!names.providerCodes.contains(a.provider))
        names.providerCodes << a.provider;
    const QString aux =
        FecExport::auxiliaryAccounts(names).value(a.provider, FecExport::auxiliaryAccount(s, a.provider));
    const QString auxLabel =
        a.provider.isEmpty() ? QStringLiteral("Opérateur non identifié") : names.providerName(a.provider);

    // Each side as the books would hold it, in the book currency.
    std::optional<ExchangeRate> rate;
    // The rate the statement gave with either row first, as the sale is booked at it; else the day's.
    for (const qint64 txn : {a.providerTxn, a.salesTxn}) {
        if (a.currency == s.bookCurrency || rate || txn == 0)
            continue;
        auto own = RatesStore::statementRateOf(db, txn, s.bookCurrency);
        if (!own)
            return R::failure(own.error());
        if (own->has_value() && (*own)->currency == a.currency)
            rate = own.value();
    }
    if (a.currency != s.bookCurrency && !rate) {
        auto found = RatesStore::rateOn(db, a.currency, s.bookCurrency, day);
        if (!found)
            return R::failure(found.error());
        if (!found->has_value())
            return R::failure(tr("No exchange rate from %1 to %2 is known for %3: import it first.")
                                  .arg(a.currency, s.bookCurrency, day.toString(Qt::ISODate)));
        rate = found.value();
    }
    const RevenueCatalog valuation = RevenueCatalog::fromCatalog(catalog.value(), s.defaultVatBasisPoints);
    const auto sideOf = [&](const StoredTransaction& row, bool statement) {
        RevenueCatalog::Sale sale;
        const std::string provider = utf8(a.provider), channel = utf8(row.channel), product = utf8(row.product),
                          currency = utf8(row.currency);
        sale.provider = provider;
        sale.channel = channel;
        sale.product = product;
        sale.currency = currency;
        sale.gross = row.gross;
        if (row.net)
            sale.net = *row.net;
        else if (statement && row.fee)
            sale.net = row.gross - *row.fee;
        const RevenueCatalog::Value value = valuation.value(sale);
        ReportSalesGroup g;
        g.provider = a.provider;
        g.channel = row.channel;
        g.currency = s.bookCurrency;
        g.vatBasisPoints = valuation.vatRateOf(product);
        g.figures.sales = 1;
        const auto book = [&rate](qint64 amount) { return rate ? rate->toBook(amount).value_or(0) : amount; };
        g.figures.gross = book(row.gross);
        if (value.payoutKnown) {
            g.figures.payout = book(value.payout);
            g.figures.fees = g.figures.gross - g.figures.payout;
        } else {
            g.figures.payoutUnknown = 1;
        }
        return FecExport::bookingOf(g, terms, s, aux, auxLabel);
    };

    std::map<std::pair<QString, QString>, FecExport::BookLine> sum; // (account, auxiliary) -> line
    QList<std::pair<QString, QString>> order;
    const auto add = [&](const QList<FecExport::BookLine>& lines, qint64 sign) {
        for (const FecExport::BookLine& l : lines) {
            const std::pair<QString, QString> key{l.account, l.auxiliary};
            auto it = sum.find(key);
            if (it == sum.end()) {
                it = sum.emplace(key, l).first;
                it->second.amount = 0;
                order << key;
            }
            it->second.amount += sign * l.amount;
        }
    };
    switch (e.outcome) {
    case ReconcileOutcome::MissingAtProvider:
        add(sideOf(saleRow, false), -1);
        break;
    case ReconcileOutcome::MissingInSalesLog:
        add(sideOf(providerRow, true), 1);
        break;
    case ReconcileOutcome::AmountMismatch:
        add(sideOf(providerRow, true), 1);
        add(sideOf(saleRow, false), -1);
        break;
    default: {
        // A duplicate: what the provider's line says it owes, owed back.
        const QList<FecExport::BookLine> side = sideOf(providerRow, true);
        qint64 owed = 0;
        for (const FecExport::BookLine& l : side) {
            if (l.account == s.receivable.number)
                owed += l.amount;
        }
        add({{s.receivable.number, s.receivable.label, aux, auxLabel, QString(), owed},
             {s.other.number, s.other.label, QString(), QString(), QString(), -owed}},
            1);
        break;
    }
    }
    const QString label = QStringLiteral("Régularisation : %1%2")
                              .arg(a.what, a.reference.isEmpty() ? QString() : u' ' + a.reference)
                              .left(200);
    for (const auto& key : std::as_const(order)) {
        FecExport::BookLine l = sum.at(key);
        if (l.amount == 0)
            continue;
        l.label = label;
        a.lines.append(l);
    }
    if (a.lines.isEmpty())
        return R::failure(tr("Nothing to correct: the books hold the same amounts either way (the sale's payout, or "
                             "its reversement, is not known)."));
    return a;
}

Result<qint64> Adjustments::accept(Database& db, BooksAdjustment a, const QString& note)
{
    using R = Result<qint64>;
    a.note = note.trimmed();
    if (a.note.isEmpty())
        return R::failure(tr("A correcting entry needs a note saying why it is booked."));
    if (a.lines.isEmpty())
        return R::failure(tr("The correcting entry has no lines."));
    qint64 balance = 0;
    for (const FecExport::BookLine& l : std::as_const(a.lines))
        balance += l.amount;
    if (balance != 0)
        return R::failure(tr("The correcting entry does not balance; nothing was booked."));
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    auto existing = BooksStore::adjustmentFor(db, a.providerTxn, a.salesTxn);
    if (!existing)
        return R::failure(existing.error());
    if (existing->has_value())
        return R::failure(tr("This discrepancy has a correcting entry already."));
    auto standing = Books::standing(db);
    if (!standing)
        return R::failure(standing.error());
    if (standing->closedTo && a.day <= *standing->closedTo)
        a.day = standing->closedTo->addDays(1);
    a.acceptedUtc = QDateTime::currentSecsSinceEpoch();
    auto id = BooksStore::addAdjustment(db, a);
    if (!id)
        return id;
    if (auto explained =
            ReconcileReview::explain(db, a.providerTxn, a.salesTxn, tr("Correcting entry booked: %1").arg(a.note));
        !explained)
        return R::failure(explained.error());
    qint64 total = 0;
    for (const FecExport::BookLine& l : std::as_const(a.lines))
        total += qMax<qint64>(l.amount, 0);
    if (auto st = AuditTrail::recordEvent(
            db, QStringLiteral("book"), QStringLiteral("books_adjustment"), id.value(),
            a.what + (a.reference.isEmpty() ? QString() : u' ' + a.reference),
            QStringLiteral("%1, %2 minor units").arg(a.day.toString(Qt::ISODate)).arg(total), a.acceptedUtc);
        !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return id;
}

Status Adjustments::withdraw(Database& db, qint64 id)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto found = BooksStore::adjustment(db, id);
    if (!found)
        return Status::failure(found.error());
    if (!found->has_value())
        return Status::failure(tr("No correcting entry has the number %1.").arg(id));
    const BooksAdjustment& a = **found;
    auto standing = Books::standing(db);
    if (!standing)
        return Status::failure(standing.error());
    if (standing->closedTo && a.day <= *standing->closedTo)
        return Status::failure(
            tr("The correcting entry of %1 is in a closed period: reopen it first.").arg(a.day.toString(Qt::ISODate)));
    if (auto st = BooksStore::removeAdjustment(db, id); !st)
        return st;
    if (auto st = ReconcileReview::reopen(db, a.providerTxn, a.salesTxn); !st)
        return st;
    if (auto st = AuditTrail::recordEvent(db, QStringLiteral("withdraw"), QStringLiteral("books_adjustment"), id,
                                          a.what + (a.reference.isEmpty() ? QString() : u' ' + a.reference),
                                          QStringLiteral("withdrawn"), QDateTime::currentSecsSinceEpoch());
        !st)
        return st;
    return tx.commit();
}

Result<std::optional<qint64>> Adjustments::forDiscrepancy(Database& db, qint64 providerTxn, qint64 salesTxn)
{
    return BooksStore::adjustmentFor(db, providerTxn, salesTxn);
}
