#include "fecexport.h"

#include "money/money.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <deque>
#include <list>
#include <map>
#include <memory>

namespace {

QString fecDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString frenchDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString frenchRate(int basisPoints)
{
    // "20", "5,5", "2,1": the way rates are written on French invoices.
    QString text = QString::number(basisPoints / 100);
    const int rest = basisPoints % 100;
    if (rest != 0) {
        QString decimals = QString::number(rest).rightJustified(2, u'0');
        if (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += u',' + decimals;
    }
    return text + QStringLiteral(" %");
}

// Separators and line breaks cannot appear inside a field.
QString field(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == u'|' || c == u'\t' || c == u'\r' || c == u'\n')
            c = u' ';
    }
    return out.trimmed();
}

class EntryWriter final
{
public:
    explicit EntryWriter(QDate validDate) : m_validDate(validDate) {}

    struct Line
    {
        const AccountingSettings::Account* account;
        QString auxiliary;
        QString auxiliaryLabel;
        QString label;
        qint64 debit; // signed: a negative debit is written as a credit
        QString lettering = {};
        QDate letteringDate = {};
        qint64 foreign = 0; // the amount in `currency`, when the entry is in another currency than the books'
        QString currency = {};
    };

    // Adds one entry if it moves any money; its lines must sum to zero (debit positive, credit negative).
    void add(const AccountingSettings::Journal& journal, QDate date, const QString& piece, const QList<Line>& lines)
    {
        qint64 balance = 0;
        bool moves = false;
        for (const Line& l : lines) {
            balance += l.debit;
            moves = moves || l.debit != 0;
        }
        Q_ASSERT(balance == 0);
        if (!moves || balance != 0)
            return;
        Pending p{date, journal.code, journal.label, piece, lines};
        m_pending.append(p);
    }

    FecExport::Book finish()
    {
        // Entries in date order, then by journal; numbers follow that order within each journal.
        std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
            return std::tie(a.date, a.journalCode) < std::tie(b.date, b.journalCode);
        });
        FecExport::Book book;
        QHash<QString, int> sequence;
        for (const Pending& p : std::as_const(m_pending)) {
            const QString number = p.journalCode + QString::number(++sequence[p.journalCode]).rightJustified(6, u'0');
            ++book.entries;
            for (const Line& l : p.lines) {
                if (l.debit == 0)
                    continue;
                FecLine line;
                line.journalCode = p.journalCode;
                line.journalLabel = p.journalLabel;
                line.entryNumber = number;
                line.entryDate = p.date;
                line.account = l.account->number;
                line.accountLabel = l.account->label;
                line.auxiliaryAccount = l.auxiliary;
                line.auxiliaryLabel = l.auxiliaryLabel;
                line.pieceReference = p.piece;
                line.pieceDate = p.date;
                line.label = l.label;
                line.debit = l.debit > 0 ? l.debit : 0;
                line.credit = l.debit < 0 ? -l.debit : 0;
                line.lettering = l.lettering;
                line.letteringDate = l.letteringDate;
                if (!l.currency.isEmpty()) {
                    line.foreignAmount = l.foreign < 0 ? -l.foreign : l.foreign;
                    line.foreignCurrency = l.currency;
                }
                line.validDate = qMax(m_validDate, p.date);
                book.totalDebit += line.debit;
                book.totalCredit += line.credit;
                book.lines.append(line);
            }
        }
        return book;
    }

private:
    struct Pending
    {
        QDate date;
        QString journalCode;
        QString journalLabel;
        QString piece;
        QList<Line> lines;
    };
    QDate m_validDate;
    QList<Pending> m_pending;
};

QString pieceCode(const QString& providerCode)
{
    QString out;
    for (QChar c : providerCode.toUpper()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("INCONNU") : out.left(20);
}

char latin9Of(char32_t u, bool& exact)
{
    exact = true;
    switch (u) {
    case 0x20AC:
        return char(0xA4);
    case 0x0160:
        return char(0xA6);
    case 0x0161:
        return char(0xA8);
    case 0x017D:
        return char(0xB4);
    case 0x017E:
        return char(0xB8);
    case 0x0152:
        return char(0xBC);
    case 0x0153:
        return char(0xBD);
    case 0x0178:
        return char(0xBE);
    case 0xA4:
    case 0xA6:
    case 0xA8:
    case 0xB4:
    case 0xB8:
    case 0xBC:
    case 0xBD:
    case 0xBE:
        exact = false;
        return 0;
    default:
        break;
    }
    if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') {
        exact = false;
        return ' ';
    }
    if (u < 0x100)
        return char(u);
    exact = false;
    return 0;
}

QByteArray approximate(char32_t u)
{
    switch (u) {
    case 0xA4:
        return QByteArrayLiteral("?");
    case 0xA6:
        return QByteArrayLiteral("!");
    case 0xA8:
        return QByteArrayLiteral("\"");
    case 0xB4:
        return QByteArrayLiteral("'");
    case 0xB8:
        return QByteArrayLiteral(",");
    case 0xBC:
        return QByteArrayLiteral("1/4");
    case 0xBD:
        return QByteArrayLiteral("1/2");
    case 0xBE:
        return QByteArrayLiteral("3/4");
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QByteArrayLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return QByteArrayLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QByteArrayLiteral("-");
    case 0x2026:
        return QByteArrayLiteral("...");
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x2007:
    case 0x2002:
    case 0x2003:
        return QByteArrayLiteral(" ");
    default:
        break;
    }
    // A letter with an accent Latin-9 lacks: the letter without it.
    const QString decomposed = QString::fromUcs4(&u, 1).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).unicode() >= 0x20)
        return QByteArray(1, char(decomposed.at(0).unicode()));
    return QByteArrayLiteral("?");
}

// The VAT included in an amount at a rate in basis points, rounded half away from zero.
qint64 vatIncluded(qint64 amount, int basisPoints)
{
    return basisPoints <= 0 ? 0 : divideRoundHalfAwayFromZero(Int128(amount) * basisPoints, 10000 + basisPoints);
}

// The VAT on top of an amount net of VAT.
qint64 vatOnTop(qint64 amount, int basisPoints)
{
    return basisPoints <= 0 ? 0 : divideRoundHalfAwayFromZero(Int128(amount) * basisPoints, 10000);
}

// Turnover of one VAT rate in a day's sales entry.
struct RateBooking
{
    bool operatorSupplies = false;
    int rate = 0;
    qint64 net = 0; // 706, net of VAT
    qint64 vat = 0; // output VAT, computed on the entry's total at this rate
};

// What one day's sales through one provider put on the books (FecExport::entries).
struct DayBooking
{
    QDate day;
    bool inPeriod = false;
    qint64 receivable = 0; // debited by the sales entry
    QList<RateBooking> rates;
    FeeAccount feeAccount = FeeAccount::Banking;
    qint64 fee = 0;    // the merchant model's fees, credited to the receivable
    qint64 feeVat = 0; // the deductible VAT in them
    qint64 vat = 0;    // the output VAT of the sales entry, all rates
    QString lettering;
    QDate letteringDate;
    // For sales in another currency (`currency`), the same booking in that currency: the amounts written beside.
    std::shared_ptr<DayBooking> foreign;
    QString currency;
    bool refund = false;
    qint64 owed() const { return receivable - fee; }
};

// The rate of a currency on a day, if the accountant imported one.
std::optional<ExchangeRate> rateOn(const PeriodReport& report, const QString& currency, qint64 julianDay)
{
    const auto byDay = report.rates.constFind(currency);
    if (byDay == report.rates.constEnd())
        return std::nullopt;
    const auto rate = byDay->constFind(julianDay);
    if (rate == byDay->constEnd())
        return std::nullopt;
    return *rate;
}

// A day's sales groups under a provider's VAT model (Provider::vatModelFor):
//  - the operator sells: turnover is the reversement (the groups' payout) at the product's VAT rate, the VAT
//    included in it or, when the provider states it net of VAT, on top of it;
//  - the merchant sells: turnover is the buyer price; the provider's fees are an expense, less the VAT it invoices.
// VAT is computed on each rate's total, never summed from rounded sales.
DayBooking bookDay(const QList<const ReportSalesGroup*>& groups, const Provider& terms)
{
    DayBooking b;
    b.feeAccount = terms.feeAccount;
    std::map<std::pair<bool, int>, qint64> base; // (operator, rate) -> reversement or buyer price
    for (const ReportSalesGroup* g : groups) {
        if (terms.operatorSellsOn(g->channel)) {
            base[{true, g->vatBasisPoints}] += g->figures.payout;
        } else {
            base[{false, g->vatBasisPoints}] += g->figures.gross;
            b.fee += g->figures.fees;
        }
    }
    for (const auto& [key, amount] : base) {
        RateBooking r;
        r.operatorSupplies = key.first;
        r.rate = key.second;
        if (r.operatorSupplies && terms.reversementExcludesVat) {
            r.net = amount;
            r.vat = vatOnTop(amount, r.rate);
        } else {
            r.vat = vatIncluded(amount, r.rate);
            r.net = amount - r.vat;
        }
        b.receivable += r.net + r.vat;
        b.vat += r.vat;
        b.rates.append(r);
    }
    b.feeVat = vatIncluded(b.fee, terms.feeVatBasisPoints);
    return b;
}

// What a payout settled: the output VAT that became due with it, its lettering when it completed one, and the
// receivable it cleared in the book currency (for a payout in another currency: at the rates the sales were booked
// at; the payout's own value less this is an exchange difference).
struct Settlement
{
    qint64 vat = 0;
    QString lettering;
    QDate letteringDate;
    qint64 receivable = 0;
};

// A payout as a ledger sees it: in the book currency, and its amount in the ledger's currency.
struct LedgerPayout
{
    const ReportPayout* payout = nullptr;
    qint64 amount = 0;
};

// "AAA", "AAB", …: the n-th lettering code of an account (n from 0).
QString letteringCode(qint64 n)
{
    QString code;
    for (int i = 0; i < 3 || n > 0; ++i) {
        code.prepend(QChar(u'A' + int(n % 26)));
        n /= 26;
    }
    return code;
}

// Payouts settle a provider's receivable in one currency oldest day first, in that currency.
//  - The output VAT of what a payout settles becomes due with it: the whole VAT of each day it settles in full, the
//    share of a day it settles in part (rounded; the rest follows with the payout that completes it).
//  - What it settles leaves the receivable at the value it was booked at; what it pays beyond the open receivable
//    at its own value.
//  - When the payouts so far add up exactly to the days they cover, those days' receivable lines and the payouts are
//    lettered together, dated the last payout's day. A group holding a line before `letteringFrom` and settled on or
//    after it is left unlettered: those lines were frozen when their period was closed.
void settle(QList<DayBooking>& ledger, const QList<LedgerPayout>& payouts, bool foreign, QDate letteringFrom,
            qint64& codes, QHash<qint64, Settlement>& settlements)
{
    struct Open
    {
        qint64 amount; // in the ledger's currency
        qint64 book;   // the same in the book currency, as booked
        qint64 vat;
    };
    const auto owedOf = [foreign](const DayBooking& b) { return foreign && b.foreign ? b.foreign->owed() : b.owed(); };
    std::deque<Open> open;
    qsizetype added = 0;        // days of the ledger put in `open` so far
    qsizetype letteredDays = 0; // days before this are lettered (or passed over)
    qsizetype firstPayout = 0;  // payouts before this are lettered (or passed over)
    for (qsizetype j = 0; j < payouts.size(); ++j) {
        const ReportPayout& p = *payouts.at(j).payout;
        while (added < ledger.size() && ledger.at(added).day <= p.day) {
            const DayBooking& b = ledger.at(added);
            open.push_back({owedOf(b), b.owed(), b.vat});
            ++added;
        }
        Settlement& settled = settlements[p.id];
        const qint64 amount = payouts.at(j).amount;
        qint64 rest = amount;
        while (!open.empty() && (rest > 0 || open.front().amount <= 0)) {
            Open& o = open.front();
            if (o.amount <= 0 || rest >= o.amount) {
                settled.vat += o.vat;
                settled.receivable += o.book;
                rest -= std::max<qint64>(o.amount, 0);
                open.pop_front();
                continue;
            }
            const qint64 share = divideRoundHalfAwayFromZero(Int128(o.vat) * rest, o.amount);
            const qint64 bookShare = divideRoundHalfAwayFromZero(Int128(o.book) * rest, o.amount);
            settled.vat += share;
            settled.receivable += bookShare;
            o.vat -= share;
            o.book -= bookShare;
            o.amount -= rest;
            rest = 0;
        }
        if (rest != 0)
            settled.receivable += amount == 0 ? rest : divideRoundHalfAwayFromZero(Int128(p.amount) * rest, amount);

        // Lettering: the payouts since the last group against the days since it, up to this payout's day.
        qint64 paid = 0;
        for (qsizetype k = firstPayout; k <= j; ++k)
            paid += payouts.at(k).amount;
        qint64 owed = 0;
        std::optional<qsizetype> end;
        for (qsizetype k = letteredDays; k < added; ++k) {
            owed += owedOf(ledger.at(k));
            if (owed == paid)
                end = k + 1;
        }
        if (!end || paid == 0)
            continue;
        const QDate first = std::min(ledger.at(letteredDays).day, payouts.at(firstPayout).payout->day);
        const bool frozenApart = letteringFrom.isValid() && first < letteringFrom && p.day >= letteringFrom;
        const QString code = frozenApart ? QString() : letteringCode(codes++);
        for (qsizetype k = letteredDays; k < *end; ++k) {
            ledger[k].lettering = code;
            ledger[k].letteringDate = frozenApart ? QDate() : p.day;
        }
        for (qsizetype k = firstPayout; k <= j; ++k) {
            Settlement& s = settlements[payouts.at(k).payout->id];
            s.lettering = code;
            s.letteringDate = frozenApart ? QDate() : p.day;
        }
        letteredDays = *end;
        firstPayout = j + 1;
    }
}

} // namespace

const QStringList& FecExport::columnNames()
{
    static const QStringList names = {
        QStringLiteral("JournalCode"),  QStringLiteral("JournalLib"),    QStringLiteral("EcritureNum"),
        QStringLiteral("EcritureDate"), QStringLiteral("CompteNum"),     QStringLiteral("CompteLib"),
        QStringLiteral("CompAuxNum"),   QStringLiteral("CompAuxLib"),    QStringLiteral("PieceRef"),
        QStringLiteral("PieceDate"),    QStringLiteral("EcritureLib"),   QStringLiteral("Debit"),
        QStringLiteral("Credit"),       QStringLiteral("EcritureLet"),   QStringLiteral("DateLet"),
        QStringLiteral("ValidDate"),    QStringLiteral("Montantdevise"), QStringLiteral("Idevise")};
    return names;
}

QString FecExport::auxiliaryAccount(const AccountingSettings& settings, const QString& providerCode)
{
    QString code;
    const QString plain = providerCode.normalized(QString::NormalizationForm_D).toUpper();
    for (QChar c : plain) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            code += c;
    }
    if (code.isEmpty())
        code = QStringLiteral("INCONNU");
    return settings.auxiliaryPrefix + code;
}

QHash<QString, QString> FecExport::auxiliaryAccounts(const PeriodReport& report)
{
    QStringList codes = report.providerCodes;
    QStringList others;
    for (const ReportSalesGroup& g : report.sales)
        others << g.provider;
    for (const ReportPayout& p : report.payouts)
        others << p.provider;
    others.sort();
    others.removeDuplicates();
    for (const QString& code : std::as_const(others)) {
        if (!codes.contains(code))
            codes << code;
    }
    QHash<QString, QString> accounts;
    QSet<QString> taken;
    // Accounts the accountant set are kept as they are, and no derived one takes them.
    for (auto it = report.providerRecords.cbegin(); it != report.providerRecords.cend(); ++it) {
        if (!it->auxiliaryAccount.isEmpty()) {
            accounts.insert(it.key(), it->auxiliaryAccount);
            taken.insert(it->auxiliaryAccount);
        }
    }
    for (const QString& code : std::as_const(codes)) {
        if (accounts.contains(code))
            continue;
        const QString base = auxiliaryAccount(report.settings, code);
        QString account = base;
        for (int n = 2; taken.contains(account); ++n)
            account = base + QString::number(n);
        taken.insert(account);
        accounts.insert(code, account);
    }
    return accounts;
}

FecExport::Book FecExport::entries(const PeriodReport& report, QDate validDate)
{
    const QHash<QString, QString> auxiliary = auxiliaryAccounts(report);
    const AccountingSettings& s = report.settings;
    const bool vatOnPayment = s.vatDue == AccountingSettings::VatDue::OnPayment;
    const AccountingSettings::Account& outputVat = s.outputVatAccount();
    EntryWriter writer(validDate);

    auto auxLabel = [&report](const QString& code) {
        return code.isEmpty() ? QStringLiteral("Opérateur non identifié") : report.providerName(code);
    };
    auto auxOf = [&](const QString& provider) { return auxiliary.value(provider, auxiliaryAccount(s, provider)); };

    // What each day's sales through a provider put on the books, for the days before the period too: the receivable's
    // history is what payouts settle (lettering, VAT due on payment). Amounts in another currency are booked at their
    // day's rate, with the amount in that currency beside (Montantdevise, Idevise); without a rate they stay out.
    // Refunds are entries of their own, never netted into the day's sales.
    std::map<std::tuple<qint64, QString, QString, bool>, QList<const ReportSalesGroup*>> days;
    for (const QList<ReportSalesGroup>* list : {&report.earlierSales, &report.sales}) {
        for (const ReportSalesGroup& g : *list)
            days[{g.julianDay, g.provider, g.currency, g.refund}].append(&g);
    }
    const qint64 firstDay = report.from.toJulianDay();
    // (provider, currency) -> its days, in date order
    std::map<std::pair<QString, QString>, QList<DayBooking>> ledgers;
    for (const auto& [key, groups] : days) {
        const auto& [julianDay, provider, currency, refund] = key;
        const auto record = report.providerRecords.constFind(provider);
        const Provider terms = record != report.providerRecords.constEnd() ? *record : Provider{};
        DayBooking b;
        if (currency == s.bookCurrency) {
            b = bookDay(groups, terms);
        } else {
            // Sales that came with a statement's own rate are at it; the others at the day's rate.
            const std::optional<ExchangeRate> rate = rateOn(report, currency, julianDay);
            const bool needsDayRate = std::any_of(groups.cbegin(), groups.cend(), [](const ReportSalesGroup* g) {
                return g->figures.sales > g->rated.sales;
            });
            if (needsDayRate && !rate)
                continue;
            const auto atDayRate = [&rate](qint64 amount) {
                return amount == 0 || !rate ? 0 : rate->toBook(amount).value_or(0);
            };
            QList<ReportSalesGroup> converted;
            converted.reserve(groups.size());
            for (const ReportSalesGroup* g : groups) {
                ReportSalesGroup c = *g;
                c.figures.gross = g->ratedBook.gross + atDayRate(g->figures.gross - g->rated.gross);
                c.figures.payout = g->ratedBook.payout + atDayRate(g->figures.payout - g->rated.payout);
                c.figures.fees = g->ratedBook.fees + atDayRate(g->figures.fees - g->rated.fees);
                converted.append(c);
            }
            QList<const ReportSalesGroup*> pointers;
            for (const ReportSalesGroup& c : std::as_const(converted))
                pointers.append(&c);
            b = bookDay(pointers, terms);
            b.foreign = std::make_shared<DayBooking>(bookDay(groups, terms));
            b.currency = currency;
        }
        b.day = QDate::fromJulianDay(julianDay);
        b.inPeriod = julianDay >= firstDay;
        b.refund = refund;
        ledgers[{provider, currency}].append(b);
    }
    // A payout settles the receivable of its own currency, in that currency; one in a currency the provider has no
    // sales in settles the book currency's, at its value in it.
    std::list<ReportPayout> convertedPayouts; // payouts in another currency, in the book currency
    std::map<std::pair<QString, QString>, QList<LedgerPayout>> payoutsOf;
    QHash<qint64, const ReportPayout*> ownPayouts; // id -> as received, for those converted
    for (const QList<ReportPayout>* list : {&report.earlierPayouts, &report.payouts}) {
        for (const ReportPayout& p : *list) {
            if (p.currency == s.bookCurrency) {
                payoutsOf[{p.provider, p.currency}].append({&p, p.amount});
                continue;
            }
            const std::optional<ExchangeRate> rate = rateOn(report, p.currency, p.day.toJulianDay());
            const std::optional<qint64> amount = rate ? rate->toBook(p.amount) : std::nullopt;
            if (!amount)
                continue;
            ReportPayout& c = convertedPayouts.emplace_back(p);
            c.amount = *amount;
            c.currency = s.bookCurrency;
            if (ledgers.count({p.provider, p.currency}))
                payoutsOf[{p.provider, p.currency}].append({&c, p.amount});
            else
                payoutsOf[{p.provider, s.bookCurrency}].append({&c, c.amount});
            ownPayouts.insert(p.id, &p);
        }
    }
    for (auto& [key, payouts] : payoutsOf)
        std::stable_sort(payouts.begin(), payouts.end(), [](const LedgerPayout& a, const LedgerPayout& b) {
            return std::tie(a.payout->occurredUtc, a.payout->id) < std::tie(b.payout->occurredUtc, b.payout->id);
        });
    QHash<qint64, Settlement> settlements;    // payout id -> what it settled
    std::map<QString, qint64> letteringCodes; // provider -> codes given on its auxiliary account
    for (auto& [key, ledger] : ledgers)
        settle(ledger, payoutsOf[key], key.second != s.bookCurrency, report.letteringFrom, letteringCodes[key.first],
               settlements);

    for (const auto& [key, ledger] : ledgers) {
        const QString& provider = key.first;
        const QString aux = auxOf(provider);
        const QString name = field(auxLabel(provider));
        for (const DayBooking& b : ledger) {
            if (!b.inPeriod)
                continue;
            const DayBooking* own = b.foreign.get();
            const auto foreign = [&](qint64 DayBooking::*amount) { return own ? own->*amount : 0; };
            const QString date = frenchDate(b.day);
            const QString inCurrency = own ? QStringLiteral(" en %1").arg(b.currency) : QString();
            const QString suffix =
                (own ? u'-' + b.currency : QString()) + (b.refund ? QStringLiteral("-R") : QString());
            const QString sold = b.refund ? QStringLiteral("Remboursements") : QStringLiteral("Ventes");
            QList<EntryWriter::Line> sales;
            sales << EntryWriter::Line{&s.receivable,
                                       aux,
                                       name,
                                       QStringLiteral("%1 %2 du %3%4").arg(sold, name, date, inCurrency),
                                       b.receivable,
                                       b.lettering,
                                       b.letteringDate,
                                       foreign(&DayBooking::receivable),
                                       b.currency};
            for (qsizetype i = 0; i < b.rates.size(); ++i) {
                const RateBooking& r = b.rates.at(i);
                const RateBooking ownRate = own ? own->rates.value(i) : RateBooking{};
                const QString what = b.refund             ? QStringLiteral("Remboursements")
                                     : r.operatorSupplies ? QStringLiteral("Reversements")
                                                          : QStringLiteral("Ventes");
                sales << EntryWriter::Line{
                    &s.sales,  {}, {}, QStringLiteral("%1 %2 HT, TVA %3").arg(what, name, frenchRate(r.rate)),
                    -r.net,    {}, {}, ownRate.net,
                    b.currency};
                sales << EntryWriter::Line{
                    &outputVat, {},
                    {},         QStringLiteral("TVA collectée %1, %2 %3").arg(frenchRate(r.rate), what.toLower(), name),
                    -r.vat,     {},
                    {},         ownRate.vat,
                    b.currency};
            }
            writer.add(s.salesJournal, b.day,
                       s.salesJournal.code + fecDate(b.day) + u'-' + pieceCode(provider) + suffix, sales);
            const QString feeLabel =
                QStringLiteral("%1 %2 du %3%4")
                    .arg(b.refund ? QStringLiteral("Commissions sur remboursements") : QStringLiteral("Commissions"),
                         name, date, inCurrency);
            const AccountingSettings::Account& expense = s.feeExpenseAccount(b.feeAccount);
            writer.add(s.feesJournal, b.day, s.feesJournal.code + fecDate(b.day) + u'-' + pieceCode(provider) + suffix,
                       {EntryWriter::Line{&expense,
                                          {},
                                          {},
                                          feeLabel,
                                          b.fee - b.feeVat,
                                          {},
                                          {},
                                          foreign(&DayBooking::fee) - foreign(&DayBooking::feeVat),
                                          b.currency},
                        EntryWriter::Line{&s.deductibleVat,
                                          {},
                                          {},
                                          QStringLiteral("TVA déductible, commissions %1 du %2").arg(name, date),
                                          b.feeVat,
                                          {},
                                          {},
                                          foreign(&DayBooking::feeVat),
                                          b.currency},
                        EntryWriter::Line{&s.receivable, aux, name, feeLabel, -b.fee, b.lettering, b.letteringDate,
                                          foreign(&DayBooking::fee), b.currency}});
        }
    }

    // Payouts received; with VAT due on payment, the VAT they settle becomes due. A payout in another currency
    // clears the receivable at the value its sales were booked at: the difference with its own value at its day's
    // rate is an exchange gain or loss.
    std::vector<const ReportPayout*> received;
    for (const auto& [key, payouts] : payoutsOf) {
        for (const LedgerPayout& lp : payouts)
            received.push_back(lp.payout);
    }
    // In the order they were before payouts were kept per currency: provider, then time.
    std::stable_sort(received.begin(), received.end(), [](const ReportPayout* a, const ReportPayout* b) {
        return std::tie(a->provider, a->occurredUtc, a->id) < std::tie(b->provider, b->occurredUtc, b->id);
    });
    for (const ReportPayout* payout : received) {
        const ReportPayout& p = *payout;
        if (p.day < report.from)
            continue;
        const ReportPayout* own = ownPayouts.value(p.id);
        const QString aux = auxOf(p.provider);
        const QString name = field(auxLabel(p.provider));
        const QString piece = p.reference.isEmpty() ? QStringLiteral("VIR%1").arg(p.id) : field(p.reference);
        const QString label =
            QStringLiteral("Reversement %1 du %2%3")
                .arg(name, frenchDate(p.day), own ? QStringLiteral(" en %1").arg(own->currency) : QString());
        const Settlement settled = settlements.value(p.id);
        const qint64 ownAmount = own ? own->amount : 0;
        const QString ownCurrency = own ? own->currency : QString();
        // Only a payout settling its own currency's receivable clears another value than its own.
        const bool ownCurrencyLedger = own && ledgers.count({p.provider, own->currency});
        const qint64 cleared = ownCurrencyLedger ? settled.receivable : p.amount;
        QList<EntryWriter::Line> lines = {
            EntryWriter::Line{&s.bank, {}, {}, label, p.amount, {}, {}, ownAmount, ownCurrency},
            EntryWriter::Line{&s.receivable, aux, name, label, -cleared, settled.lettering, settled.letteringDate,
                              ownAmount, ownCurrency}};
        if (const qint64 difference = p.amount - cleared; difference != 0) {
            lines << EntryWriter::Line{
                difference > 0 ? &s.exchangeGain : &s.exchangeLoss,
                {},
                {},
                QStringLiteral("%1 de change, reversement %2 du %3")
                    .arg(difference > 0 ? QStringLiteral("Gain") : QStringLiteral("Perte"), name, frenchDate(p.day)),
                -difference};
        }
        if (vatOnPayment && settled.vat != 0) {
            const QString vatLabel = QStringLiteral("TVA exigible, reversement %1 du %2").arg(name, frenchDate(p.day));
            lines << EntryWriter::Line{&s.pendingVat, {}, {}, vatLabel, settled.vat}
                  << EntryWriter::Line{&s.vat, {}, {}, vatLabel, -settled.vat};
        }
        writer.add(s.bankJournal, p.day, piece, lines);
    }

    // Correcting entries the accountant accepted for discrepancies, as accepted.
    std::list<AccountingSettings::Account> accounts;
    for (const BooksAdjustment& a : report.adjustments) {
        QList<EntryWriter::Line> lines;
        for (const BookLine& l : a.lines) {
            const AccountingSettings::Account& account =
                accounts.emplace_back(AccountingSettings::Account{l.account, l.accountLabel});
            lines << EntryWriter::Line{&account, l.auxiliary, l.auxiliaryLabel, l.label, l.amount};
        }
        writer.add(s.adjustmentJournal, a.day,
                   s.adjustmentJournal.code + fecDate(a.day) + QStringLiteral("-%1").arg(a.id), lines);
    }

    Book result = writer.finish();
    result.warnings = warnings(report);
    return result;
}

QList<FecExport::BookLine> FecExport::bookingOf(const ReportSalesGroup& group, const Provider& terms,
                                                const AccountingSettings& s, const QString& auxiliary,
                                                const QString& auxiliaryLabel)
{
    const DayBooking b = bookDay({&group}, terms);
    QList<BookLine> out;
    const auto add = [&out](const AccountingSettings::Account& account, const QString& aux, const QString& auxLabel,
                            qint64 amount) {
        if (amount != 0)
            out.append({account.number, account.label, aux, auxLabel, QString(), amount});
    };
    add(s.receivable, auxiliary, auxiliaryLabel, b.owed());
    for (const RateBooking& r : b.rates) {
        add(s.sales, {}, {}, -r.net);
        add(s.outputVatAccount(), {}, {}, -r.vat);
    }
    add(s.feeExpenseAccount(b.feeAccount), {}, {}, b.fee - b.feeVat);
    add(s.deductibleVat, {}, {}, b.feeVat);
    return out;
}

QList<FecExport::MissingRate> FecExport::missingRates(const PeriodReport& report)
{
    std::map<std::pair<QString, qint64>, MissingRate> missing;
    const QString& book = report.settings.bookCurrency;
    for (const ReportSalesGroup& g : report.sales) {
        if (g.currency == book || g.figures.sales == g.rated.sales || rateOn(report, g.currency, g.julianDay))
            continue;
        MissingRate& m = missing[{g.currency, g.julianDay}];
        m.currency = g.currency;
        m.day = QDate::fromJulianDay(g.julianDay);
        m.sales += g.figures.sales - g.rated.sales;
    }
    for (const ReportPayout& p : report.payouts) {
        if (p.currency == book || rateOn(report, p.currency, p.day.toJulianDay()))
            continue;
        MissingRate& m = missing[{p.currency, p.day.toJulianDay()}];
        m.currency = p.currency;
        m.day = p.day;
        m.payouts += 1;
    }
    QList<MissingRate> out;
    for (const auto& [key, m] : missing)
        out.append(m);
    return out;
}

QStringList FecExport::warnings(const PeriodReport& report)
{
    const QString& book = report.settings.bookCurrency;
    QStringList out;
    std::map<QString, std::pair<qint64, QList<QDate>>> byCurrency; // rows, days
    for (const MissingRate& m : missingRates(report)) {
        auto& [rows, days] = byCurrency[m.currency];
        rows += m.sales + m.payouts;
        days.append(m.day);
    }
    for (const auto& [currency, missing] : byCurrency) {
        QStringList shown;
        for (qsizetype i = 0; i < missing.second.size() && i < 3; ++i)
            shown << missing.second.at(i).toString(Qt::ISODate);
        if (missing.second.size() > 3)
            shown << QStringLiteral("…");
        out << tr("%n sale(s) or payout(s) in %1 are not in the FEC: no exchange rate to %2 is known for %3. Import "
                  "the day's rates (Reports page, Exchange Rates…, or obole-cli rates import FILE.csv); the "
                  "books cannot be closed over these days until then.",
                  nullptr, int(missing.first))
                   .arg(currency, book, shown.join(QStringLiteral(", ")));
    }
    // Under the operator model the turnover is the reversement: a sale whose reversement cannot be told is not booked.
    std::map<QString, qint64> unbooked;
    for (const ReportSalesGroup& g : report.sales) {
        if (g.currency == book && g.figures.payoutUnknown > 0 &&
            report.providerRecords.value(g.provider).operatorSellsOn(g.channel))
            unbooked[g.provider] += g.figures.payoutUnknown;
    }
    for (const auto& [provider, count] : unbooked)
        out << tr("%n sale(s) through %1 are not in the FEC: the operator sells to the buyer, so the turnover is the "
                  "reversement, and neither the sales log nor a price point tells it for them.",
                  nullptr, int(count))
                   .arg(report.providerName(provider));
    if (report.settings.siren.isEmpty())
        out << tr("No SIREN is set: the FEC's file name lacks it. Set it in the accounting settings "
                  "(Reports page, or obole-cli accounting set siren NUMBER) before filing.");
    return out;
}

QByteArray FecExport::toLatin9(QStringView text, QStringList* lossy)
{
    QByteArray out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (uint code : codes) {
        const char32_t u = char32_t(code);
        bool exact = false;
        const char c = latin9Of(u, exact);
        if (exact) {
            out += c;
            continue;
        }
        if (u < 0x20) {
            out += ' '; // a control character inside a field: nothing to show
            continue;
        }
        out += approximate(u);
        if (lossy) {
            const QString shown = QString::fromUcs4(&u, 1);
            if (!lossy->contains(shown))
                lossy->append(shown);
        }
    }
    return out;
}

QByteArray FecExport::encode(const Book& book, const AccountingSettings& settings, QStringList* lossy)
{
    const QString separator =
        settings.fecSeparator == AccountingSettings::FecSeparator::Tab ? QStringLiteral("\t") : QStringLiteral("|");
    const QString currency = settings.bookCurrency;
    QString text = columnNames().join(separator) + QStringLiteral("\r\n");
    for (const FecLine& l : book.lines) {
        const QStringList fields = {
            field(l.journalCode),
            field(l.journalLabel),
            field(l.entryNumber),
            fecDate(l.entryDate),
            field(l.account),
            field(l.accountLabel),
            field(l.auxiliaryAccount),
            field(l.auxiliaryLabel),
            field(l.pieceReference),
            fecDate(l.pieceDate),
            field(l.label),
            Money(l.debit, currency).toFecString(),
            Money(l.credit, currency).toFecString(),
            field(l.lettering),
            l.letteringDate.isValid() ? fecDate(l.letteringDate) : QString(),
            fecDate(l.validDate),
            l.foreignCurrency.isEmpty() ? QString() : Money(l.foreignAmount, l.foreignCurrency).toFecString(),
            field(l.foreignCurrency)};
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return toLatin9(text, lossy);
}

QString FecExport::fileName(const AccountingSettings& settings, QDate periodEnd)
{
    const QDate yearEnd = settings.fiscalYearEndFor(periodEnd);
    return settings.siren + QStringLiteral("FEC") + fecDate(yearEnd.isValid() ? yearEnd : periodEnd) +
           QStringLiteral(".txt");
}

Result<QString> FecExport::write(const PeriodReport& report, const QString& output, QStringList* warnings,
                                 bool overwrite)
{
    using R = Result<QString>;
    if (output.isEmpty())
        return R::failure(tr("No output given for the FEC."));
    if (report.settings.siren.isEmpty())
        return R::failure(tr("A FEC names the company by its SIREN, which is not set: set it in Reports → Accounting "
                             "Settings, or with obole-cli accounting set siren NNNNNNNNN; nothing was written."));
    if (const QStringList problems = AccountingSettingsStore::problems(report.settings); !problems.isEmpty())
        return R::failure(tr("The accounting settings cannot be used: %1").arg(problems.join(u' ')));
    const QFileInfo info(output);
    const bool folder = info.isDir() || output.endsWith(u'/') || output.endsWith(QDir::separator());
    const QString path = folder ? QDir(output).filePath(fileName(report.settings, report.to)) : output;
    if (QFileInfo::exists(path) && !overwrite)
        return R::failure(tr("%1 exists already and was left as it is: export with --force, or confirm in the "
                             "dialog, to replace it.")
                              .arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return R::failure(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    const Book book = report.fecBook ? *report.fecBook : entries(report, report.generated.date());
    if (book.totalDebit != book.totalCredit)
        return R::failure(tr("The entries do not balance (debit %1, credit %2); nothing was written.")
                              .arg(book.totalDebit)
                              .arg(book.totalCredit));
    QStringList lossy;
    const QByteArray bytes = encode(book, report.settings, &lossy);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (warnings) {
        *warnings << book.warnings;
        if (!lossy.isEmpty())
            *warnings << tr("ISO-8859-15 lacks these characters, replaced by their closest equivalent: %1")
                             .arg(lossy.join(u' '));
    }
    return path;
}
