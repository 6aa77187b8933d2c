#pragma once

#include "accountingsettings.h"
#include "adjustments.h"
#include "catalog/catalogtypes.h"
#include "exchangerates.h"
#include "fecbook.h"
#include "reconcile/reconciletypes.h"
#include "reporttable.h"
#include "revenue/revenuetypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Sums over sales of one currency, in its minor units. Definitions are those of the Revenue page (RevenueCatalog):
// gross is what buyers paid, VAT is included in it at the product's rate and rounded per sale, payout is the net the
// sales row states or else the one its price point promises. Fees are gross less payout, for the sales whose payout
// is known; a sale whose payout cannot be told counts in gross, VAT and net of VAT, and in payoutUnknown.
struct ReportFigures
{
    qint64 sales = 0;
    qint64 gross = 0;
    qint64 vat = 0;
    qint64 netOfVat = 0;
    qint64 fees = 0;
    qint64 payout = 0;
    qint64 payoutUnknown = 0;

    void add(const ReportFigures& other);
    bool operator==(const ReportFigures&) const = default;
};

// Sales of one local day, provider, channel, product and currency: the grain every table and the FEC are built from.
struct ReportSalesGroup
{
    qint64 julianDay = 0;
    QString provider; // code; empty when neither the row nor the catalog tells it
    QString channel;
    QString product;
    QString currency;
    qint64 siteId = 0; // 0: a product the catalog does not know
    int vatBasisPoints = 0;
    bool refund = false; // refunds (negative amounts), apart from the day's sales
    ReportFigures figures;
    // In another currency than the books': the part of `figures` whose sales come with a statement's own rate
    // (BTCPay's "Rate"), and the same in the book currency, each sale at its rate. The rest goes at the day's rate.
    ReportFigures rated;
    ReportFigures ratedBook;
};

// What a provider's statements say about the period's sales.
struct ReportStatement
{
    QString provider;
    QString currency;
    qint64 rows = 0;
    qint64 gross = 0;
    qint64 fees = 0; // the fee column, else gross less net
    qint64 net = 0;
    qint64 rowsWithoutNet = 0;
};

// One payout a provider made (a row of a payout statement).
struct ReportPayout
{
    qint64 id = 0;
    qint64 occurredUtc = 0;
    QDate day;
    QString provider;
    QString reference;
    qint64 amount = 0;
    QString currency;
};

// What a provider owes the merchant: payouts earned on sales (as in ReportFigures) less payouts received, from the
// first sale on record to the start of the period, then to its end.
struct ReportBalance
{
    QString provider;
    QString currency;
    qint64 openingOwed = 0;
    qint64 earned = 0;
    qint64 received = 0;
    qint64 closingOwed() const { return openingOwed + earned - received; }
};

// A discrepancy reconciliation found in the period and nobody has explained yet.
struct ReportDiscrepancy
{
    qint64 occurredUtc = 0;
    QString provider;
    QString channel;
    ReconcileOutcome outcome = ReconcileOutcome::MissingAtProvider;
    QString reference;
    QString product;
    QString currency;
    std::optional<qint64> providerGross;
    std::optional<qint64> salesGross;
};

// What a provider still owes by its own statements, as reconciliation's payout follow-up tells it today: the net
// its statements acknowledge less what it paid, what of it is due (older than its payout delay), and how old the
// oldest unpaid earning is.
struct ReportOwed
{
    QString provider;
    QString currency;
    qint64 earned = 0;
    qint64 paid = 0;
    qint64 owed = 0;
    qint64 due = 0;
    std::optional<QDate> oldestUnpaid;
    int ageDays = 0;
    QString state; // for people
};

struct ReportReconciliation
{
    bool available = false;
    QString unavailableReason; // why there are no figures, for people
    bool stale = false;        // rows were imported since the last run
    qint64 lastRunUtc = 0;
    ReconcileCounts counts;
    bool discrepanciesAvailable = false;
    QList<ReportDiscrepancy> open;
    qint64 openLeftOut = 0; // beyond the most a report lists
    bool owedAvailable = false;
    QDate owedAsOf;
    QList<ReportOwed> owed;
};

// Everything an accountant's report of a period holds, computed once (ReportBuilder) and written in every format.
// Amounts are minor units of their currency; currencies are never added together.
struct PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)
public:
    QDate from; // local days, both included
    QDate to;
    QTimeZone zone;
    qint64 fromUtc = 0; // start of `from`
    qint64 toUtc = 0;   // start of the day after `to`
    QDateTime generated;
    AccountingSettings settings;
    // The FEC's entries with the numbers of the closed periods (Books::attach); empty: numbered for this export.
    std::optional<FecBook> fecBook;
    // The first day the books leave open when the FEC is built: a receivable settled after it that holds lines
    // before it is not lettered, as those lines were frozen unlettered (Books).
    QDate letteringFrom;
    QString databaseName;

    QHash<QString, QString> providerNames;    // code -> name, from the catalog
    QStringList providerCodes;                // the catalog's providers, oldest first
    QHash<QString, Provider> providerRecords; // code -> the catalog's provider (its books terms: VatModel…)
    QHash<qint64, QString> siteNames;
    QList<ReportSalesGroup> sales;
    QList<ReportStatement> statements;
    QList<ReportPayout> payouts; // received in the period
    // The receivable's history before the period, for the FEC's lettering and the VAT due on payment: the sales before
    // it, grouped as `sales` (not sorted), and the payouts received.
    QList<ReportSalesGroup> earlierSales;
    QList<ReportPayout> earlierPayouts;
    // Correcting entries accepted for discrepancies, dated in the period.
    QList<BooksAdjustment> adjustments;
    // The exchange rates of the other currencies against the book currency, by currency and Julian day.
    QHash<QString, QHash<qint64, ExchangeRate>> rates;
    QList<ReportBalance> balances;
    ReportReconciliation reconciliation;
    // The Revenue page's figures for the period (daily buckets), for the charts; empty when they could not be read.
    std::optional<RevenueData> revenue;
    QStringList notes; // things the reader must know (left-out currencies, unknown products…)

    // The catalog's providers: their names, codes (oldest first) and records.
    void setProviders(QList<Provider> providers);
    // Currencies with sales, statements or payouts, the book currency first.
    QStringList currencies() const;
    ReportFigures total(const QString& currency) const;
    qint64 payoutsReceived(const QString& currency) const;
    qint64 owedAtEnd(const QString& currency) const;
    // "Micropaie" for a known code, the code itself otherwise, "Provider not named" for none.
    QString providerName(const QString& code) const;
    QString siteName(qint64 siteId) const;
    bool isEmpty() const { return sales.isEmpty() && statements.isEmpty() && payouts.isEmpty(); }

    // The tables, in the order every format shows them. ids: report, summary, channels, providers, products,
    // statements, balances, owed, payouts, daily, reconciliation, discrepancies, and notes when there are any.
    QList<ReportTable> tables() const;
    // A title for people: "Report for March 2025", "Report from 1 to 15 March 2025".
    QString title(const QLocale& locale) const;
    QString periodText(const QLocale& locale) const;
};
