#include "periodreport.h"

#include "catalog/channel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>

void ReportFigures::add(const ReportFigures& o)
{
    sales += o.sales;
    gross += o.gross;
    vat += o.vat;
    netOfVat += o.netOfVat;
    fees += o.fees;
    payout += o.payout;
    payoutUnknown += o.payoutUnknown;
}

namespace {

int channelRank(const QString& id)
{
    if (const auto known = Channels::fromId(id))
        return int(Channels::all().indexOf(*known));
    return int(Channels::all().size());
}

bool channelLess(const QString& a, const QString& b)
{
    const int ra = channelRank(a);
    const int rb = channelRank(b);
    return ra != rb ? ra < rb : a < b;
}

using Type = ReportColumn::Type;

// The figure columns shared by the channel, provider and product tables.
void addFigureColumns(ReportTable& t)
{
    t.columns << ReportColumn{PeriodReport::tr("Sales"), Type::Integer}
              << ReportColumn{PeriodReport::tr("Gross (buyer price)"), Type::Money}
              << ReportColumn{PeriodReport::tr("VAT"), Type::Money}
              << ReportColumn{PeriodReport::tr("Net of VAT"), Type::Money}
              << ReportColumn{PeriodReport::tr("Provider fees"), Type::Money}
              << ReportColumn{PeriodReport::tr("Payout"), Type::Money};
}

void addFigureCells(QList<ReportCell>& row, const ReportFigures& f, const QString& currency)
{
    row << ReportCell::ofInteger(f.sales) << ReportCell::ofMoney(f.gross, currency)
        << ReportCell::ofMoney(f.vat, currency) << ReportCell::ofMoney(f.netOfVat, currency)
        << ReportCell::ofMoney(f.fees, currency) << ReportCell::ofMoney(f.payout, currency);
}

} // namespace

void PeriodReport::setProviders(QList<Provider> providers)
{
    std::sort(providers.begin(), providers.end(), [](const Provider& a, const Provider& b) { return a.id < b.id; });
    for (const Provider& p : std::as_const(providers)) {
        providerNames.insert(p.code, p.name);
        providerCodes.append(p.code);
        providerRecords.insert(p.code, p);
    }
}

QStringList PeriodReport::currencies() const
{
    QSet<QString> set;
    for (const ReportSalesGroup& g : sales)
        set.insert(g.currency);
    for (const ReportStatement& s : statements)
        set.insert(s.currency);
    for (const ReportPayout& p : payouts)
        set.insert(p.currency);
    for (const ReportBalance& b : balances) {
        if (b.openingOwed != 0 || b.earned != 0 || b.received != 0)
            set.insert(b.currency);
    }
    QStringList out(set.cbegin(), set.cend());
    const QString book = settings.bookCurrency;
    std::sort(out.begin(), out.end(), [&book](const QString& a, const QString& b) {
        if ((a == book) != (b == book))
            return a == book;
        return a < b;
    });
    return out;
}

ReportFigures PeriodReport::total(const QString& currency) const
{
    ReportFigures f;
    for (const ReportSalesGroup& g : sales) {
        if (g.currency == currency)
            f.add(g.figures);
    }
    return f;
}

qint64 PeriodReport::payoutsReceived(const QString& currency) const
{
    qint64 sum = 0;
    for (const ReportPayout& p : payouts) {
        if (p.currency == currency)
            sum += p.amount;
    }
    return sum;
}

qint64 PeriodReport::owedAtEnd(const QString& currency) const
{
    qint64 sum = 0;
    for (const ReportBalance& b : balances) {
        if (b.currency == currency)
            sum += b.closingOwed();
    }
    return sum;
}

QString PeriodReport::providerName(const QString& code) const
{
    if (code.isEmpty())
        return tr("Provider not named");
    return providerNames.value(code, code);
}

QString PeriodReport::siteName(qint64 siteId) const
{
    if (siteId == 0)
        return tr("Not in the catalog");
    return siteNames.value(siteId, QString::number(siteId));
}

QString PeriodReport::periodText(const QLocale& locale) const
{
    if (from == to)
        return locale.toString(from, QLocale::LongFormat);
    return tr("%1 to %2").arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat));
}

QString PeriodReport::title(const QLocale& locale) const
{
    const bool wholeMonth = from.day() == 1 && to == from.addMonths(1).addDays(-1);
    if (wholeMonth)
        return tr("Report for %1").arg(locale.toString(from, QStringLiteral("MMMM yyyy")));
    if (from == to)
        return tr("Report for %1").arg(locale.toString(from, QLocale::LongFormat));
    return tr("Report from %1 to %2")
        .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

QList<ReportTable> PeriodReport::tables() const
{
    QList<ReportTable> out;
    const QStringList currencyList = currencies();
    const QLocale locale;

    // What the report is: for files that travel without the PDF's title page.
    {
        ReportTable t;
        t.id = QStringLiteral("report");
        t.title = tr("Report");
        t.columns << ReportColumn{tr("Field"), Type::Text} << ReportColumn{tr("Value"), Type::Text};
        auto add = [&t](const QString& field, const QString& value) {
            t.rows << QList<ReportCell>{ReportCell::ofText(field), ReportCell::ofText(value)};
        };
        add(tr("Title"), title(locale));
        add(tr("Company"), settings.company);
        add(tr("SIREN"), settings.siren);
        add(tr("First day"), from.toString(Qt::ISODate));
        add(tr("Last day"), to.toString(Qt::ISODate));
        add(tr("Time zone"), QString::fromUtf8(zone.id()));
        add(tr("Currency of the books"), settings.bookCurrency);
        add(tr("Generated"), generated.toString(Qt::ISODate));
        add(tr("Database"), databaseName);
        t.pdfRowLimit = -1; // the PDF's title block says it
        t.totalRow = false;
        out << t;
    }

    // Summary: one column per currency, a row per figure.
    {
        ReportTable t;
        t.id = QStringLiteral("summary");
        t.title = tr("Summary");
        t.note = tr("Sales are those of the site's sales log in the period; provider statements are the lines the "
                    "providers reported for it. The receivable is the payout earned on every sale up to the end of "
                    "the period less every payout received, as the FEC's receivable account shows it.");
        t.totalRow = false;
        t.columns << ReportColumn{tr("Figure"), Type::Text};
        for (const QString& c : currencyList)
            t.columns << ReportColumn{c, Type::Money};
        QList<ReportFigures> totals;
        QList<ReportStatement> stated;
        for (const QString& c : currencyList) {
            totals << total(c);
            ReportStatement s;
            for (const ReportStatement& x : statements) {
                if (x.currency == c) {
                    s.rows += x.rows;
                    s.gross += x.gross;
                    s.fees += x.fees;
                    s.net += x.net;
                }
            }
            stated << s;
        }
        auto addRow = [&](const QString& label, const std::function<ReportCell(qsizetype)>& cell) {
            QList<ReportCell> row{ReportCell::ofText(label)};
            for (qsizetype i = 0; i < currencyList.size(); ++i)
                row << cell(i);
            t.rows << row;
        };
        auto money = [&currencyList](qsizetype i, qint64 v) { return ReportCell::ofMoney(v, currencyList.at(i)); };
        addRow(tr("Sales"), [&](qsizetype i) { return ReportCell::ofCount(totals.at(i).sales); });
        addRow(tr("Gross (buyer price)"), [&](qsizetype i) { return money(i, totals.at(i).gross); });
        addRow(tr("VAT"), [&](qsizetype i) { return money(i, totals.at(i).vat); });
        addRow(tr("Net of VAT"), [&](qsizetype i) { return money(i, totals.at(i).netOfVat); });
        addRow(tr("Provider fees"), [&](qsizetype i) { return money(i, totals.at(i).fees); });
        addRow(tr("Payout"), [&](qsizetype i) { return money(i, totals.at(i).payout); });
        addRow(tr("Sales without a known payout"),
               [&](qsizetype i) { return ReportCell::ofCount(totals.at(i).payoutUnknown); });
        addRow(tr("Provider statements: lines"), [&](qsizetype i) { return ReportCell::ofCount(stated.at(i).rows); });
        addRow(tr("Provider statements: gross"), [&](qsizetype i) { return money(i, stated.at(i).gross); });
        addRow(tr("Provider statements: fees"), [&](qsizetype i) { return money(i, stated.at(i).fees); });
        addRow(tr("Provider statements: net"), [&](qsizetype i) { return money(i, stated.at(i).net); });
        addRow(tr("Payouts received"), [&](qsizetype i) { return money(i, payoutsReceived(currencyList.at(i))); });
        addRow(tr("Receivable from providers at the end of the period"),
               [&](qsizetype i) { return money(i, owedAtEnd(currencyList.at(i))); });
        if (reconciliation.owedAvailable) {
            addRow(tr("Still owed by the providers' statements, today"), [&](qsizetype i) {
                qint64 sum = 0;
                for (const ReportOwed& o : reconciliation.owed) {
                    if (o.currency == currencyList.at(i))
                        sum += o.owed;
                }
                return money(i, sum);
            });
        }
        out << t;
    }

    // Per channel, provider, product: the same figures along another dimension.
    {
        std::map<std::pair<QString, QString>, ReportFigures> byChannel;
        std::map<std::pair<QString, QString>, ReportFigures> byProvider;
        std::map<std::tuple<QString, qint64, QString>, std::pair<ReportFigures, int>> byProduct;
        for (const ReportSalesGroup& g : sales) {
            byChannel[{g.currency, g.channel}].add(g.figures);
            byProvider[{g.currency, g.provider}].add(g.figures);
            auto& p = byProduct[{g.currency, g.siteId, g.product}];
            p.first.add(g.figures);
            p.second = g.vatBasisPoints;
        }

        ReportTable channels;
        channels.id = QStringLiteral("channels");
        channels.title = tr("Revenue per channel");
        channels.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Channel"), Type::Text};
        addFigureColumns(channels);
        QList<std::pair<QString, QString>> channelKeys;
        for (const auto& [key, f] : byChannel)
            channelKeys << key;
        std::sort(channelKeys.begin(), channelKeys.end(), [&currencyList](const auto& a, const auto& b) {
            if (a.first != b.first)
                return currencyList.indexOf(a.first) < currencyList.indexOf(b.first);
            return channelLess(a.second, b.second);
        });
        for (const auto& key : channelKeys) {
            QList<ReportCell> row{ReportCell::ofText(key.first),
                                  ReportCell::ofText(RevenueText::channelName(key.second))};
            addFigureCells(row, byChannel[key], key.first);
            channels.rows << row;
        }
        out << channels;

        ReportTable providers;
        providers.id = QStringLiteral("providers");
        providers.title = tr("Revenue per provider");
        providers.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Provider"), Type::Text};
        addFigureColumns(providers);
        for (const QString& c : currencyList) {
            for (const auto& [key, f] : byProvider) {
                if (key.first != c)
                    continue;
                QList<ReportCell> row{ReportCell::ofText(c), ReportCell::ofText(providerName(key.second))};
                addFigureCells(row, f, c);
                providers.rows << row;
            }
        }
        out << providers;

        ReportTable products;
        products.id = QStringLiteral("products");
        products.title = tr("Revenue per product");
        products.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Site"), Type::Text}
                         << ReportColumn{tr("Product"), Type::Text} << ReportColumn{tr("VAT rate"), Type::Percent};
        addFigureColumns(products);
        for (const QString& c : currencyList) {
            for (const auto& [key, value] : byProduct) {
                if (std::get<0>(key) != c)
                    continue;
                QList<ReportCell> row{ReportCell::ofText(c), ReportCell::ofText(siteName(std::get<1>(key))),
                                      ReportCell::ofText(std::get<2>(key)), ReportCell::ofPercent(value.second)};
                addFigureCells(row, value.first, c);
                products.rows << row;
            }
        }
        out << products;
    }

    // What the providers' statements say.
    {
        ReportTable t;
        t.id = QStringLiteral("statements");
        t.title = tr("Provider statements");
        t.note = tr("The lines providers reported for the period, as imported.");
        t.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Provider"), Type::Text}
                  << ReportColumn{tr("Lines"), Type::Integer} << ReportColumn{tr("Gross"), Type::Money}
                  << ReportColumn{tr("Fees"), Type::Money} << ReportColumn{tr("Net"), Type::Money}
                  << ReportColumn{tr("Lines without net"), Type::Integer};
        for (const ReportStatement& s : statements) {
            t.rows << QList<ReportCell>{
                ReportCell::ofText(s.currency),          ReportCell::ofText(providerName(s.provider)),
                ReportCell::ofInteger(s.rows),           ReportCell::ofMoney(s.gross, s.currency),
                ReportCell::ofMoney(s.fees, s.currency), ReportCell::ofMoney(s.net, s.currency),
                ReportCell::ofInteger(s.rowsWithoutNet)};
        }
        out << t;
    }

    // The receivable per provider, as the books (and the FEC) hold it.
    {
        ReportTable t;
        t.id = QStringLiteral("balances");
        t.title = tr("Receivable per provider");
        t.note = tr("Payouts earned on the sales log (stated, or promised by the price point) less payouts received, "
                    "from the first sale on record: the balance of each provider's account in the FEC.");
        t.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Provider"), Type::Text}
                  << ReportColumn{tr("Owed at the start"), Type::Money}
                  << ReportColumn{tr("Payout earned"), Type::Money} << ReportColumn{tr("Payouts received"), Type::Money}
                  << ReportColumn{tr("Owed at the end"), Type::Money};
        for (const ReportBalance& b : balances) {
            if (b.openingOwed == 0 && b.earned == 0 && b.received == 0)
                continue;
            t.rows << QList<ReportCell>{ReportCell::ofText(b.currency),
                                        ReportCell::ofText(providerName(b.provider)),
                                        ReportCell::ofMoney(b.openingOwed, b.currency),
                                        ReportCell::ofMoney(b.earned, b.currency),
                                        ReportCell::ofMoney(b.received, b.currency),
                                        ReportCell::ofMoney(b.closingOwed(), b.currency)};
        }
        out << t;
    }

    // What each provider still owes by its own statements (reconciliation's payout follow-up).
    {
        ReportTable t;
        t.id = QStringLiteral("owed");
        t.title = tr("What each provider still owes");
        t.note = reconciliation.owedAvailable
                     ? tr("By the providers' own statements (duplicates left out) less what they paid, on %1, from "
                          "every statement imported. Due: owed for sales older than the provider's payout delay.")
                           .arg(locale.toString(reconciliation.owedAsOf, QLocale::ShortFormat))
                     : tr("Not available: reconciliation's payout follow-up could not be read.");
        t.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Provider"), Type::Text}
                  << ReportColumn{tr("Acknowledged"), Type::Money} << ReportColumn{tr("Paid"), Type::Money}
                  << ReportColumn{tr("Owed"), Type::Money} << ReportColumn{tr("Due"), Type::Money}
                  << ReportColumn{tr("Oldest unpaid"), Type::Date}
                  << ReportColumn{tr("Age (days)"), Type::Integer, false} << ReportColumn{tr("State"), Type::Text};
        for (const ReportOwed& o : reconciliation.owed) {
            t.rows << QList<ReportCell>{ReportCell::ofText(o.currency),
                                        ReportCell::ofText(providerName(o.provider)),
                                        ReportCell::ofMoney(o.earned, o.currency),
                                        ReportCell::ofMoney(o.paid, o.currency),
                                        ReportCell::ofMoney(o.owed, o.currency),
                                        ReportCell::ofMoney(o.due, o.currency),
                                        o.oldestUnpaid ? ReportCell::ofDate(*o.oldestUnpaid) : ReportCell::blank(),
                                        o.oldestUnpaid ? ReportCell::ofInteger(o.ageDays) : ReportCell::blank(),
                                        ReportCell::ofText(o.state)};
        }
        out << t;
    }

    // Payouts received.
    {
        ReportTable t;
        t.id = QStringLiteral("payouts");
        t.title = tr("Payouts received");
        t.columns << ReportColumn{tr("Date"), Type::Date} << ReportColumn{tr("Provider"), Type::Text}
                  << ReportColumn{tr("Reference"), Type::Text} << ReportColumn{tr("Currency"), Type::Text}
                  << ReportColumn{tr("Amount"), Type::Money};
        for (const ReportPayout& p : payouts) {
            t.rows << QList<ReportCell>{ReportCell::ofDate(p.day), ReportCell::ofText(providerName(p.provider)),
                                        ReportCell::ofText(p.reference), ReportCell::ofText(p.currency),
                                        ReportCell::ofMoney(p.amount, p.currency)};
        }
        out << t;
    }

    // Gross per day and channel: the data of the revenue chart.
    {
        ReportTable t;
        t.id = QStringLiteral("daily");
        t.title = tr("Gross per day and channel");
        t.note = tr("What buyers paid each day, channel by channel: the figures of the revenue chart.");
        QSet<QString> channelSet;
        std::map<std::pair<QString, qint64>, QHash<QString, qint64>> cells;
        for (const ReportSalesGroup& g : sales) {
            channelSet.insert(g.channel);
            cells[{g.currency, g.julianDay}][g.channel] += g.figures.gross;
        }
        QStringList channelIds(channelSet.cbegin(), channelSet.cend());
        std::sort(channelIds.begin(), channelIds.end(), channelLess);
        t.columns << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Date"), Type::Date};
        for (const QString& id : channelIds)
            t.columns << ReportColumn{RevenueText::channelName(id), Type::Money};
        t.columns << ReportColumn{tr("Total"), Type::Money};
        for (const QString& c : currencyList) {
            if (total(c).sales == 0)
                continue;
            // Every day of the period, with zeros on days without sales.
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                const QHash<QString, qint64> perChannel = cells[{c, day.toJulianDay()}];
                QList<ReportCell> row{ReportCell::ofText(c), ReportCell::ofDate(day)};
                qint64 sum = 0;
                for (const QString& id : channelIds) {
                    row << ReportCell::ofMoney(perChannel.value(id), c);
                    sum += perChannel.value(id);
                }
                row << ReportCell::ofMoney(sum, c);
                t.rows << row;
            }
        }
        t.pdfRowLimit = -1; // the PDF shows the chart instead
        out << t;
    }

    // Reconciliation.
    {
        ReportTable t;
        t.id = QStringLiteral("reconciliation");
        t.title = tr("Reconciliation");
        const ReconcileCounts& n = reconciliation.counts;
        const bool oneCurrency = currencyList.size() <= 1;
        const QString cur = currencyList.value(0, settings.bookCurrency);
        t.columns << ReportColumn{tr("Outcome"), Type::Text} << ReportColumn{tr("Lines"), Type::Integer}
                  << ReportColumn{oneCurrency ? tr("Amount") : tr("Amount (minor units, all currencies)"),
                                  oneCurrency ? Type::Money : Type::Integer};
        if (!reconciliation.available) {
            t.note = tr("No reconciliation figures: %1").arg(reconciliation.unavailableReason);
        } else {
            t.note = reconciliation.stale
                         ? tr("Rows were imported since reconciliation last ran; run it again for current figures.")
                         : tr("Sales and provider lines of the period, as reconciliation matched them.");
            auto amount = [&](qint64 v) {
                return oneCurrency ? ReportCell::ofMoney(v, cur) : ReportCell::ofInteger(v);
            };
            auto add = [&](const QString& label, qint64 count, std::optional<qint64> value) {
                t.rows << QList<ReportCell>{ReportCell::ofText(label), ReportCell::ofInteger(count),
                                            value ? amount(*value) : ReportCell::blank()};
            };
            add(tr("Sales log lines"), n.salesRows, n.salesGross);
            add(tr("Provider statement lines"), n.providerRows, n.providerGross);
            add(tr("Matched"), n.matched, n.matchedGross);
            add(tr("Matched by reference"), n.matchedByReference, std::nullopt);
            add(tr("Matched by channel, amount and time"), n.matchedFuzzy, std::nullopt);
            add(tr("Matched by hand"), n.matchedManual, std::nullopt);
            add(ReconcileText::outcomeName(ReconcileOutcome::AmountMismatch), n.amountMismatch,
                n.mismatchProviderGross);
            add(ReconcileText::outcomeName(ReconcileOutcome::MissingAtProvider), n.missingAtProvider,
                n.missingAtProviderGross);
            add(ReconcileText::outcomeName(ReconcileOutcome::MissingInSalesLog), n.missingInSalesLog,
                n.missingInSalesLogGross);
            add(ReconcileText::outcomeName(ReconcileOutcome::DuplicateAtProvider), n.duplicatesAtProvider,
                n.duplicatesGross);
            add(tr("Payouts off the promised amount"), n.payoutDifferences, std::nullopt);
            add(tr("Discrepancies explained by hand"), n.explained, std::nullopt);
        }
        out << t;
    }

    // Open discrepancies.
    {
        ReportTable t;
        t.id = QStringLiteral("discrepancies");
        t.title = tr("Open discrepancies");
        if (!reconciliation.available)
            t.note = tr("No reconciliation figures: %1").arg(reconciliation.unavailableReason);
        else if (!reconciliation.discrepanciesAvailable)
            t.note = tr("The list of discrepancies is not available in this version.");
        else if (reconciliation.openLeftOut > 0)
            t.note = tr("Discrepancies of the period nobody has marked as explained; %n more are left out of this "
                        "report, see the Reconciliation page.",
                        nullptr, int(qMin<qint64>(reconciliation.openLeftOut, std::numeric_limits<int>::max())));
        else
            t.note = tr("Discrepancies of the period nobody has marked as explained.");
        t.columns << ReportColumn{tr("Date and time"), Type::DateTime} << ReportColumn{tr("Provider"), Type::Text}
                  << ReportColumn{tr("Channel"), Type::Text} << ReportColumn{tr("Outcome"), Type::Text}
                  << ReportColumn{tr("Reference"), Type::Text} << ReportColumn{tr("Product"), Type::Text}
                  << ReportColumn{tr("Currency"), Type::Text} << ReportColumn{tr("Provider amount"), Type::Money}
                  << ReportColumn{tr("Sales log amount"), Type::Money};
        for (const ReportDiscrepancy& d : reconciliation.open) {
            t.rows << QList<ReportCell>{
                ReportCell::ofDateTime(QDateTime::fromSecsSinceEpoch(d.occurredUtc, zone)),
                ReportCell::ofText(providerName(d.provider)),
                ReportCell::ofText(RevenueText::channelName(d.channel)),
                ReportCell::ofText(ReconcileText::outcomeName(d.outcome)),
                ReportCell::ofText(d.reference),
                ReportCell::ofText(d.product),
                ReportCell::ofText(d.currency),
                d.providerGross ? ReportCell::ofMoney(*d.providerGross, d.currency) : ReportCell::blank(),
                d.salesGross ? ReportCell::ofMoney(*d.salesGross, d.currency) : ReportCell::blank()};
        }
        t.pdfRowLimit = 500;
        out << t;
    }

    if (!notes.isEmpty()) {
        ReportTable t;
        t.id = QStringLiteral("notes");
        t.title = tr("Notes");
        t.columns << ReportColumn{tr("Note"), Type::Text};
        for (const QString& n : notes)
            t.rows << QList<ReportCell>{ReportCell::ofText(n)};
        t.pdfRowLimit = -1; // the PDF lists them as paragraphs
        out << t;
    }
    return out;
}
