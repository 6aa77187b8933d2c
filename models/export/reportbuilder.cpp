#include "reportbuilder.h"

#include "books.h"
#include "booksstore.h"
#include "catalog/catalogstore.h"
#include "core/interner.h"
#include "importing/importstore.h"
#include "money/money.h"
#include "ratesstore.h"
#include "reconcile/payoutfollowup.h"
#include "reconcile/reconcilebrowser.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilestore.h"
#include "revenue/localcalendar.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenuecatalog.h"
#include "revenue/revenuequery.h"
#include "storage/database.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

constexpr qint64 s_progressEvery = 0x10000;
// A report lists at most this many open discrepancies (the reconciliation page shows them all).
constexpr qsizetype s_maxDiscrepancies = 100000;

QString qtext(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

struct GroupKey
{
    qint64 day;
    quint32 provider;
    quint32 channel;
    quint32 product;
    quint32 currency;
    bool refund; // refunds (negative amounts) are grouped apart: the FEC books them as entries of their own
    bool operator==(const GroupKey&) const = default;
};

struct GroupKeyHash
{
    size_t operator()(const GroupKey& k) const
    {
        quint64 h = quint64(k.day) * 0x9e3779b97f4a7c15ULL;
        h ^= (quint64(k.provider) << 40) ^ (quint64(k.channel) << 20) ^ quint64(k.product);
        h = (h ^ (h >> 31)) * 0xbf58476d1ce4e5b9ULL;
        return size_t(h ^ (h >> 29) ^ (quint64(k.currency) * 0x94d049bb133111ebULL) ^ quint64(k.refund));
    }
};

// Which provider stands behind a sale that does not name one (see ReportBuilder).
class ProviderGuess final
{
public:
    explicit ProviderGuess(const Catalog& catalog)
    {
        QHash<qint64, QString> codes;
        for (const Provider& p : catalog.providers)
            codes.insert(p.id, p.code);
        // The product a name stands for: the lowest id, as RevenueCatalog reads it.
        QHash<QString, qint64> productOfName;
        for (const Product& p : catalog.products) {
            auto it = productOfName.find(p.name);
            if (it == productOfName.end())
                productOfName.insert(p.name, p.id);
            else if (p.id < *it)
                *it = p.id;
        }
        QHash<qint64, QString> nameOfProduct;
        for (auto it = productOfName.cbegin(); it != productOfName.cend(); ++it)
            nameOfProduct.insert(it.value(), it.key());
        std::map<std::string, QSet<QString>> byProduct;
        for (const PricePoint& p : catalog.pricePoints) {
            const auto name = nameOfProduct.constFind(p.productId);
            if (name != nameOfProduct.cend())
                byProduct[utf8(*name) + '\x1f' + utf8(Channels::id(p.channel))].insert(codes.value(p.providerId));
        }
        for (const auto& [key, providers] : byProduct) {
            if (providers.size() == 1)
                m_byProduct.emplace(key, utf8(*providers.cbegin()));
        }
        QHash<QString, QSet<QString>> byChannel;
        for (const Provider& p : catalog.providers) {
            for (Channel c : p.channels)
                byChannel[Channels::id(c)].insert(p.code);
        }
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
            if (it->size() == 1)
                m_byChannel.emplace(utf8(it.key()), utf8(*it->cbegin()));
        }
    }

    std::string_view guess(std::string_view product, std::string_view channel)
    {
        m_key.assign(product);
        m_key += '\x1f';
        m_key.append(channel);
        if (auto it = m_byProduct.find(m_key); it != m_byProduct.end())
            return it->second;
        m_key.assign(channel);
        if (auto it = m_byChannel.find(m_key); it != m_byChannel.end())
            return it->second;
        return {};
    }

private:
    std::unordered_map<std::string, std::string> m_byProduct;
    std::unordered_map<std::string, std::string> m_byChannel;
    std::string m_key;
};

struct ProviderCurrency
{
    quint32 provider;
    quint32 currency;
    auto operator<=>(const ProviderCurrency&) const = default;
};

QString cancelledMessage()
{
    return ReportBuilder::tr("The report was cancelled.");
}

// The discrepancies of a period nobody has explained, with the reference and product of their rows.
Result<QList<ReportDiscrepancy>> openDiscrepancies(Database& db, qint64 fromUtc, qint64 toUtc, qint64& leftOut)
{
    using R = Result<QList<ReportDiscrepancy>>;
    ReconcileFilter filter;
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    filter.openOnly = true;
    for (ReconcileOutcome o : ReconcileText::allOutcomes()) {
        if (ReconcileText::isDiscrepancy(o))
            filter.outcomes.append(o);
    }
    ReconcileBrowser browser(db, filter);
    QList<ReconcileEntry> entries;
    while (!browser.atEnd() && entries.size() <= s_maxDiscrepancies) {
        if (auto st = browser.fetch(4096, entries); !st)
            return R::failure(st.error());
    }
    leftOut = 0;
    while (entries.size() > s_maxDiscrepancies) {
        entries.removeLast();
        ++leftOut;
    }
    QList<qint64> ids;
    for (const ReconcileEntry& e : std::as_const(entries)) {
        if (e.providerTxn)
            ids.append(e.providerTxn);
        if (e.salesTxn)
            ids.append(e.salesTxn);
    }
    auto rows = ImportStore(db).transactions(ids);
    if (!rows)
        return R::failure(rows.error());
    QList<ReportDiscrepancy> out;
    out.reserve(entries.size());
    for (const ReconcileEntry& e : std::as_const(entries)) {
        if (e.explained || !filter.acceptsOutcome(e.outcome))
            continue;
        ReportDiscrepancy d;
        d.occurredUtc = e.time;
        d.provider = e.provider;
        d.channel = e.channel;
        d.outcome = e.outcome;
        d.currency = e.currency;
        d.providerGross = e.providerGross;
        d.salesGross = e.salesGross;
        const StoredTransaction sale = rows->value(e.salesTxn);
        const StoredTransaction statement = rows->value(e.providerTxn);
        d.reference = !statement.reference.isEmpty() ? statement.reference : sale.reference;
        d.product = !sale.product.isEmpty() ? sale.product : statement.product;
        out.append(d);
    }
    return out;
}

} // namespace

std::pair<QDate, QDate> ReportBuilder::lastFullMonth(QDate today)
{
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    const QDate first = firstOfThisMonth.addMonths(-1);
    return {first, firstOfThisMonth.addDays(-1)};
}

Result<PeriodReport> ReportBuilder::build(Database& db, const Request& request, const Progress& progress)
{
    using R = Result<PeriodReport>;
    if (!request.from.isValid() || !request.to.isValid())
        return R::failure(tr("The period needs a first and a last day."));
    if (request.from > request.to)
        return R::failure(tr("The period starts on %1, after its last day %2.")
                              .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));

    PeriodReport report;
    report.from = request.from;
    report.to = request.to;
    report.zone = RevenueAggregates::timeZone(db);
    report.generated = QDateTime::currentDateTime().toTimeZone(report.zone);
    report.databaseName = QFileInfo(db.path()).fileName();
    LocalCalendar calendar(report.zone);
    report.fromUtc = calendar.startOfDay(request.from);
    report.toUtc = calendar.startOfDay(request.to.addDays(1));

    auto settings = AccountingSettingsStore::load(db);
    if (!settings)
        return R::failure(settings.error());
    report.settings = settings.value();

    auto catalog = CatalogStore(db).load();
    if (!catalog)
        return R::failure(catalog.error());
    report.setProviders(catalog->providers);
    for (const Site& s : catalog->sites)
        report.siteNames.insert(s.id, s.name);
    const RevenueCatalog valuation =
        RevenueCatalog::fromCatalog(catalog.value(), report.settings.defaultVatBasisPoints);
    ProviderGuess guess(catalog.value());

    // Reconciliation first, so its summary covers every row imported so far; it only reads what is new.
    const qint64 reconcileShare = 200; // of 1000: progress of the reconciliation step, the scan gets the rest
    auto say = [&progress](qint64 done) { return !progress || progress(done, 1000); };
    {
        Reconciler::Options options = Reconciler::defaultOptions();
        if (progress)
            options.progress = [&](int permille, const QString&) { say(permille * reconcileShare / 1000); };
        auto run = Reconciler::run(db, options);
        if (!run) {
            report.reconciliation.unavailableReason = run.error();
        }
    }
    if (!say(reconcileShare))
        return R::failure(cancelledMessage());

    // One pass over every transaction up to the period's end: the period's sales, statements and payouts, and what
    // was earned and received before it for the providers' balances.
    qint64 minId = 0;
    qint64 maxId = 0;
    {
        auto span = ImportStore(db).idSpan();
        if (!span)
            return R::failure(span.error());
        minId = span->first;
        maxId = span->second;
    }

    auto scan = ImportStore(db).rowsBefore(report.toUtc);
    if (!scan)
        return R::failure(scan.error());
    Statement& stmt = *scan;
    using Col = ImportStore::RowColumn;

    // The rates statements gave with the rows of sales in another currency: those sales are booked at them.
    auto statementRates = RatesStore::statementRatesOfSales(db, report.settings.bookCurrency);
    if (!statementRates)
        return R::failure(statementRates.error());
    const QByteArray bookCurrency = report.settings.bookCurrency.toUtf8();
    // GroupKey -> (figures of the sales with a statement's rate, the same in the book currency)
    std::unordered_map<GroupKey, std::pair<ReportFigures, ReportFigures>, GroupKeyHash> rated;

    Interner strings;
    std::unordered_map<GroupKey, ReportFigures, GroupKeyHash> groups;
    std::unordered_map<int, int> vatOfProduct;     // product id -> basis points
    std::unordered_map<int, qint64> siteOfProduct; // product id -> site id
    std::map<ProviderCurrency, ReportStatement> statements;
    std::map<ProviderCurrency, ReportBalance> balances;
    qint64 unknownProductSales = 0;
    qint64 unnamedProviderSales = 0;
    const int defaultVat = report.settings.defaultVatBasisPoints;
    // Sales before the period, grouped as the period's: the receivable's history (FEC lettering, VAT on payment).
    std::unordered_map<GroupKey, ReportFigures, GroupKeyHash> earlier;

    qint64 rows = 0;
    while (stmt.step()) {
        if (++rows % s_progressEvery == 0 && maxId > minId) {
            const qint64 id = stmt.int64(Col::QId);
            if (!say(reconcileShare + (id - minId) * (1000 - reconcileShare - 50) / (maxId - minId)))
                return R::failure(cancelledMessage());
        }
        const std::string_view kind = stmt.textView(Col::QKind);
        if (kind.empty())
            continue;
        const std::string_view provider = stmt.textView(Col::QProvider);
        const std::string_view currency = stmt.textView(Col::QCurrency);
        const qint64 gross = stmt.int64(Col::QGross);
        // Every amount Obole takes in is bounded (Money::kMaxMinorUnits), which keeps the sums below within 64 bits;
        // a row beyond it did not come through an import, and a total built on it would wrap round.
        if (!Money::withinBound(gross) || !Money::withinBound(stmt.int64(Col::QNet)) ||
            !Money::withinBound(stmt.int64(Col::QFee))) {
            const qint64 id = stmt.int64(Col::QId);
            return R::failure(tr("Transaction %1 holds an amount beyond the largest Obole accepts (%2 either way): "
                                 "the report would add it up wrong, so none was written.")
                                  .arg(id)
                                  .arg(Money::boundText(2)));
        }
        const bool hasNet = !stmt.isNull(Col::QNet);
        const bool hasFee = !stmt.isNull(Col::QFee);
        const qint64 t = stmt.int64(Col::QOccurred);
        const bool inPeriod = t >= report.fromUtc;

        if (kind[0] == 's') {
            const std::string_view channel = stmt.textView(Col::QChannel);
            const std::string_view product = stmt.textView(Col::QProduct);
            RevenueCatalog::Sale sale;
            sale.provider = provider;
            sale.channel = channel;
            sale.product = product;
            sale.currency = currency;
            sale.gross = gross;
            if (hasNet)
                sale.net = stmt.int64(Col::QNet);
            const RevenueCatalog::Value value = valuation.value(sale);
            std::string_view owner = provider;
            if (owner.empty())
                owner = guess.guess(product, channel);
            const quint32 ownerId = strings.id(owner);
            const quint32 currencyId = strings.id(currency);
            const quint32 productId = strings.id(product);
            auto vat = vatOfProduct.find(productId);
            if (vat == vatOfProduct.end()) {
                vat = vatOfProduct.emplace(productId, valuation.vatRateOf(product)).first;
                siteOfProduct.emplace(productId, value.siteId);
            }
            const qint64 netOfVat = value.netOfVat;
            if (inPeriod && value.siteId == 0)
                ++unknownProductSales;
            if (inPeriod && provider.empty())
                ++unnamedProviderSales;
            const GroupKey key{calendar.julianDayOf(t), ownerId, strings.id(channel), productId, currencyId, gross < 0};
            ReportFigures& f = (inPeriod ? groups : earlier)[key];
            if (!statementRates->empty() &&
                currency != std::string_view(bookCurrency.constData(), bookCurrency.size())) {
                const auto it = statementRates->find(stmt.int64(Col::QId));
                if (it != statementRates->end() &&
                    it->second.currency == QLatin1StringView(currency.data(), qsizetype(currency.size()))) {
                    const ExchangeRate& rate = it->second;
                    auto& [own, book] = rated[key];
                    const auto add = [&rate](qint64& ownSum, qint64& bookSum, qint64 amount) {
                        ownSum += amount;
                        bookSum += rate.toBook(amount).value_or(0);
                    };
                    own.sales += 1;
                    book.sales += 1;
                    add(own.gross, book.gross, gross);
                    if (value.payoutKnown) {
                        add(own.payout, book.payout, value.payout);
                        add(own.fees, book.fees, gross - value.payout);
                    } else {
                        own.payoutUnknown += 1;
                        book.payoutUnknown += 1;
                    }
                }
            }
            f.sales += 1;
            f.gross += gross;
            f.netOfVat += netOfVat;
            f.vat += gross - netOfVat;
            if (value.payoutKnown) {
                f.payout += value.payout;
                f.fees += gross - value.payout;
                ReportBalance& b = balances[{ownerId, currencyId}];
                (inPeriod ? b.earned : b.openingOwed) += value.payout;
            } else {
                f.payoutUnknown += 1;
            }
        } else if (kind.size() > 1 && kind[0] == 'p' && kind[1] == 'r') {
            if (!inPeriod)
                continue;
            ReportStatement& s = statements[{strings.id(provider), strings.id(currency)}];
            s.rows += 1;
            s.gross += gross;
            if (hasNet) {
                const qint64 net = stmt.int64(Col::QNet);
                s.net += net;
                s.fees += hasFee ? stmt.int64(Col::QFee) : gross - net;
            } else if (hasFee) {
                const qint64 fee = stmt.int64(Col::QFee);
                s.fees += fee;
                s.net += gross - fee;
            } else {
                s.rowsWithoutNet += 1;
            }
        } else if (kind.size() > 1 && kind[0] == 'p' && kind[1] == 'a') {
            ReportBalance& b = balances[{strings.id(provider), strings.id(currency)}];
            if (!inPeriod) {
                b.openingOwed -= gross;
                ReportPayout p;
                p.id = stmt.int64(Col::QId);
                p.occurredUtc = t;
                p.day = calendar.dayOf(t);
                p.provider = qtext(provider);
                p.amount = gross;
                p.currency = qtext(currency);
                report.earlierPayouts.append(p);
                continue;
            }
            b.received += gross;
            ReportPayout p;
            p.id = stmt.int64(Col::QId);
            p.occurredUtc = t;
            p.day = calendar.dayOf(t);
            p.provider = qtext(provider);
            p.reference = qtext(stmt.textView(Col::QReference));
            p.amount = gross;
            p.currency = qtext(currency);
            report.payouts.append(p);
        }
    }
    if (stmt.failed())
        return R::failure(stmt.error());

    auto qname = [&strings](quint32 id) { return QString::fromStdString(strings.name(id)); };
    const auto groupsOf = [&](const std::unordered_map<GroupKey, ReportFigures, GroupKeyHash>& from) {
        QList<ReportSalesGroup> out;
        out.reserve(qsizetype(from.size()));
        for (const auto& [key, figures] : from) {
            ReportSalesGroup g;
            g.julianDay = key.day;
            g.provider = qname(key.provider);
            g.channel = qname(key.channel);
            g.product = qname(key.product);
            g.currency = qname(key.currency);
            g.siteId = siteOfProduct[key.product];
            g.vatBasisPoints = vatOfProduct[key.product];
            g.refund = key.refund;
            g.figures = figures;
            if (const auto r = rated.find(key); r != rated.end()) {
                g.rated = r->second.first;
                g.ratedBook = r->second.second;
            }
            out.append(g);
        }
        return out;
    };
    report.sales = groupsOf(groups);
    report.earlierSales = groupsOf(earlier);
    std::sort(report.sales.begin(), report.sales.end(), [](const ReportSalesGroup& a, const ReportSalesGroup& b) {
        return std::tie(a.julianDay, a.currency, a.provider, a.channel, a.product, a.refund) <
               std::tie(b.julianDay, b.currency, b.provider, b.channel, b.product, b.refund);
    });
    std::sort(report.earlierPayouts.begin(), report.earlierPayouts.end(),
              [](const ReportPayout& a, const ReportPayout& b) {
                  return std::tie(a.occurredUtc, a.id) < std::tie(b.occurredUtc, b.id);
              });
    for (const auto& [key, s] : statements) {
        ReportStatement copy = s;
        copy.provider = qname(key.provider);
        copy.currency = qname(key.currency);
        report.statements.append(copy);
    }
    for (const auto& [key, b] : balances) {
        ReportBalance copy = b;
        copy.provider = qname(key.provider);
        copy.currency = qname(key.currency);
        report.balances.append(copy);
    }
    auto byProviderCurrency = [](const auto& a, const auto& b) {
        return std::tie(a.currency, a.provider) < std::tie(b.currency, b.provider);
    };
    std::sort(report.statements.begin(), report.statements.end(), byProviderCurrency);
    std::sort(report.balances.begin(), report.balances.end(), byProviderCurrency);
    std::sort(report.payouts.begin(), report.payouts.end(), [](const ReportPayout& a, const ReportPayout& b) {
        return std::tie(a.occurredUtc, a.id) < std::tie(b.occurredUtc, b.id);
    });

    // The exchange rates of every other currency the books meet, from the first sale on.
    {
        QStringList others;
        const auto note = [&](const QString& currency) {
            if (currency != report.settings.bookCurrency && !others.contains(currency))
                others << currency;
        };
        for (const QList<ReportSalesGroup>* list : {&report.earlierSales, &report.sales})
            for (const ReportSalesGroup& g : *list)
                note(g.currency);
        for (const QList<ReportPayout>* list : {&report.earlierPayouts, &report.payouts})
            for (const ReportPayout& p : *list)
                note(p.currency);
        auto rates = RatesStore::ratesOf(db, others, report.settings.bookCurrency);
        if (!rates)
            return R::failure(rates.error());
        report.rates = std::move(rates.value());
    }

    auto adjustments = BooksStore::adjustments(db, report.from, report.to);
    if (!adjustments)
        return R::failure(adjustments.error());
    report.adjustments = std::move(adjustments.value());

    // Reconciliation: the counts of the period, and the discrepancies nobody explained yet.
    ReportReconciliation& rec = report.reconciliation;
    auto state = ReconcileStore::state(db);
    if (!state) {
        rec.unavailableReason = state.error();
    } else if (!state->exists) {
        if (rec.unavailableReason.isEmpty())
            rec.unavailableReason = tr("Reconciliation has not been run on this database yet.");
    } else {
        ReconcileFilter filter;
        filter.fromUtc = report.fromUtc;
        filter.toUtc = report.toUtc;
        auto counts = ReconcileStore::summary(db, filter);
        if (!counts) {
            rec.unavailableReason = counts.error();
        } else {
            rec.available = true;
            rec.counts = counts.value();
            rec.lastRunUtc = state->runUtc;
            rec.stale = state->dirty || state->watermark < maxId;
        }
    }
    if (rec.available) {
        if (auto open = openDiscrepancies(db, report.fromUtc, report.toUtc, rec.openLeftOut); open) {
            rec.open = open.value();
            rec.discrepanciesAvailable = true;
        } else {
            report.notes << tr("The open discrepancies could not be listed: %1").arg(open.error());
        }
    }
    // What providers owe by their own statements, with the age of what is unpaid.
    const QDate today = QDateTime::currentDateTime().toTimeZone(report.zone).date();
    if (auto followUp = PayoutFollowUp::compute(db, today); followUp) {
        rec.owedAvailable = true;
        rec.owedAsOf = today;
        for (const PayoutFollowUp::Line& line : followUp.value()) {
            if (line.earned == 0 && line.paid == 0)
                continue;
            ReportOwed o;
            o.provider = line.provider;
            o.currency = line.currency;
            o.earned = line.earned;
            o.paid = line.paid;
            o.owed = line.owed;
            o.due = line.due;
            o.oldestUnpaid = line.oldestUnpaid;
            o.ageDays = line.ageDays;
            o.state = PayoutFollowUp::stateText(line);
            rec.owed.append(o);
        }
    } else {
        report.notes << tr("What providers still owe by their statements could not be read: %1").arg(followUp.error());
    }

    if (request.withCharts) {
        RevenueRequest revenue;
        revenue.from = request.from;
        revenue.to = request.to;
        revenue.bucket = RevenueBucket::Day;
        auto data = RevenueQuery::run(db, revenue);
        if (data)
            report.revenue = data.value();
        else
            report.notes << tr("The revenue charts could not be drawn: %1").arg(data.error());
    }

    // What the reader must know to read the figures right.
    if (unknownProductSales > 0)
        report.notes << tr("%n sale(s) name a product the catalog does not know; they are taxed at the default VAT "
                           "rate of the accounting settings (%1).",
                           nullptr, int(unknownProductSales))
                            .arg(RevenueText::percent(defaultVat, QLocale()));
    qint64 unknownPayout = 0;
    for (const ReportSalesGroup& g : std::as_const(report.sales))
        unknownPayout += g.figures.payoutUnknown;
    if (unknownPayout > 0)
        report.notes << tr("%n sale(s) neither state a payout nor match a price point: their fees and payout are "
                           "left out, their gross and VAT are counted.",
                           nullptr, int(unknownPayout));
    if (unnamedProviderSales > 0)
        report.notes << tr("%n sale(s) of the sales log name no provider; they are given to the provider of their "
                           "price point or channel where the catalog tells it.",
                           nullptr, int(unnamedProviderSales));
    for (const QString& currency : report.currencies()) {
        if (currency == report.settings.bookCurrency)
            continue;
        const ReportFigures f = report.total(currency);
        if (f.sales > 0 || report.payoutsReceived(currency) != 0)
            report.notes << tr("Amounts in %1 are reported apart from those in %2; the FEC books them in %2 at each "
                               "day's exchange rate (Reports page, Exchange Rates…).")
                                .arg(currency, report.settings.bookCurrency);
    }
    if (request.withBooks) {
        if (auto st = Books::attach(db, report, progress); !st)
            return R::failure(st.error());
    }
    if (!say(1000))
        return R::failure(cancelledMessage());
    return report;
}
