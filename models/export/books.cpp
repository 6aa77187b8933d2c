#include "books.h"

#include "catalog/audittrail.h"
#include "fecexport.h"
#include "importing/importstore.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <map>

namespace {

const QString s_correctionPrefix = QStringLiteral("Correction : ");

// One entry: the lines of one journal and number.
struct Entry
{
    QString journal;
    QDate date;
    QList<FecLine> lines;
    bool correction = false;
};

// Splits lines in file order into entries.
QList<Entry> entriesOf(const QList<FecLine>& lines)
{
    QList<Entry> out;
    for (const FecLine& l : lines) {
        if (out.isEmpty() || out.constLast().journal != l.journalCode ||
            out.constLast().lines.constFirst().entryNumber != l.entryNumber)
            out.append(Entry{l.journalCode, l.entryDate, {}, false});
        out.last().lines.append(l);
    }
    return out;
}

// What an entry says, numbers and validation aside: an entry closed again unchanged gets its number back.
QString signature(const Entry& e)
{
    QString s = e.journal + u'|' + e.date.toString(Qt::ISODate);
    for (const FecLine& l : e.lines) {
        s += u'|' + l.account + u'/' + l.auxiliaryAccount + u'/' + l.pieceReference + u'/' + l.label + u'/' +
             QString::number(l.debit) + u'/' + QString::number(l.credit);
    }
    return s;
}

// What closed days hold now against what was frozen for them (corrections included), per journal and piece: the
// differences, as entries dated `day`. Both sides balance piece by piece, so every correction balances too.
QList<Entry> corrections(const QList<FecLine>& frozen, const QList<FecLine>& current, QDate day)
{
    struct Side
    {
        qint64 net = 0; // debit minus credit
        std::optional<FecLine> sample;
    };
    std::map<std::pair<QString, QString>, std::map<std::pair<QString, QString>, Side>> byPiece;
    const auto add = [&](const FecLine& l, qint64 sign) {
        Side& side = byPiece[{l.journalCode, l.pieceReference}][{l.account, l.auxiliaryAccount}];
        if (!side.sample)
            side.sample = l;
        side.net += sign * (l.debit - l.credit);
    };
    for (const FecLine& l : current)
        add(l, 1);
    for (const FecLine& l : frozen)
        add(l, -1);
    QList<Entry> out;
    for (const auto& [piece, accounts] : byPiece) {
        Entry e{piece.first, day, {}, true};
        for (const auto& [account, side] : accounts) {
            if (side.net == 0)
                continue;
            FecLine l = *side.sample;
            l.entryDate = day;
            QString label = l.label;
            if (label.startsWith(s_correctionPrefix))
                label = label.mid(s_correctionPrefix.size());
            l.label = s_correctionPrefix + label;
            l.debit = side.net > 0 ? side.net : 0;
            l.credit = side.net < 0 ? -side.net : 0;
            e.lines.append(l);
        }
        if (!e.lines.isEmpty())
            out.append(e);
    }
    return out;
}

// Numbers entries in date order (a day's corrections first), after the highest numbers given; an entry whose
// signature is in `keep` gets that number back. Returns how many did.
qint64 number(QList<Entry>& entries, QHash<QString, int> highest, const QHash<QString, QString>& keep, QDate validDate)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::make_tuple(a.date, a.journal, !a.correction) < std::make_tuple(b.date, b.journal, !b.correction);
    });
    QSet<QString> used;
    qint64 kept = 0;
    for (Entry& e : entries) {
        QString n;
        if (const auto it = keep.constFind(signature(e)); it != keep.constEnd() && !used.contains(*it)) {
            n = *it;
            ++kept;
        } else {
            n = e.journal + QString::number(++highest[e.journal]).rightJustified(6, u'0');
        }
        used.insert(n);
        for (FecLine& l : e.lines) {
            l.entryNumber = n;
            l.validDate = validDate;
        }
    }
    return kept;
}

FecBook bookOf(const QList<FecLine>& lines)
{
    FecBook book;
    book.lines = lines;
    QString last;
    for (const FecLine& l : lines) {
        const QString key = l.journalCode + u'|' + l.entryNumber;
        if (key != last)
            ++book.entries;
        last = key;
        book.totalDebit += l.debit;
        book.totalCredit += l.credit;
    }
    return book;
}

QList<FecLine> flatten(const QList<Entry>& entries)
{
    QList<FecLine> out;
    for (const Entry& e : entries)
        out.append(e.lines);
    return out;
}

struct OpenPart
{
    QList<Entry> entries; // not numbered yet
    qint64 corrections = 0;
    QList<FecExport::MissingRate> missingRates; // days whose amounts in another currency have no rate
};

// The entries of the open days from..to, and the corrections of the closed days when the first open day is in it.
Result<OpenPart> openPart(Database& db, const Books::Standing& standing, QDate from, QDate to, QDate validDate,
                          const PeriodReport* given, const Books::Progress& progress)
{
    using R = Result<OpenPart>;
    OpenPart part;
    if (from <= to) {
        std::optional<PeriodReport> built;
        if (!given || given->from != from || given->to != to) {
            auto report = ReportBuilder::build(db, {from, to, false}, progress);
            if (!report)
                return R::failure(report.error());
            built = std::move(report.value());
        } else {
            built = *given;
        }
        // Closed lines were frozen with the lettering they had: a receivable settled since is not lettered again.
        if (standing.closedTo)
            built->letteringFrom = standing.closedTo->addDays(1);
        part.entries = entriesOf(FecExport::entries(*built, validDate).lines);
        part.missingRates = FecExport::missingRates(*built);
    }
    if (standing.closedTo && standing.firstClosed) {
        const QDate day = standing.closedTo->addDays(1);
        if (day >= from && day <= to) {
            auto current = ReportBuilder::build(db, {*standing.firstClosed, *standing.closedTo, false}, progress);
            if (!current)
                return R::failure(current.error());
            auto frozen = BooksStore::frozenLines(db, *standing.firstClosed, *standing.closedTo);
            if (!frozen)
                return R::failure(frozen.error());
            const QList<Entry> fixes = corrections(*frozen, FecExport::entries(*current, validDate).lines, day);
            part.corrections = fixes.size();
            part.entries.append(fixes);
        }
    }
    return part;
}

QString periodLabel(const BooksClosing& c)
{
    return Books::tr("%1 to %2").arg(c.firstDay.toString(Qt::ISODate), c.lastDay.toString(Qt::ISODate));
}

} // namespace

QDate Books::today(Database& db)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(RevenueAggregates::timeZone(db)).date();
}

Result<Books::Standing> Books::standing(Database& db)
{
    auto closings = BooksStore::closings(db);
    if (!closings)
        return Result<Standing>::failure(closings.error());
    Standing s;
    s.closings = closings.value();
    for (const BooksClosing& c : std::as_const(s.closings)) {
        if (!c.inForce())
            continue;
        if (!s.firstClosed)
            s.firstClosed = c.firstDay;
        s.closedTo = c.lastDay;
    }
    return s;
}

Result<Books::Closed> Books::close(Database& db, QDate to, QDate today, const Progress& progress)
{
    using R = Result<Closed>;
    if (!to.isValid())
        return R::failure(tr("No day given to close the books up to."));
    if (to >= today)
        return R::failure(tr("%1 has not ended yet in the books' time zone: a day can be closed from the next day on.")
                              .arg(to.toString(Qt::ISODate)));
    auto standing = Books::standing(db);
    if (!standing)
        return R::failure(standing.error());
    if (standing->closedTo && to <= *standing->closedTo)
        return R::failure(tr("The books are closed up to %1 already: close a later day, or reopen the last period "
                             "first.")
                              .arg(standing->closedTo->toString(Qt::ISODate)));
    QDate first = to;
    if (standing->closedTo) {
        first = standing->closedTo->addDays(1);
    } else {
        auto span = ImportStore(db).rowsSpan();
        if (!span)
            return R::failure(span.error());
        if (span->has_value())
            first = std::min(to, QDateTime::fromSecsSinceEpoch((*span)->first, RevenueAggregates::timeZone(db)).date());
    }
    auto watermark = ImportStore(db).lastTransactionId();
    if (!watermark)
        return R::failure(watermark.error());

    auto part = openPart(db, *standing, first, to, today, nullptr, progress);
    if (!part)
        return R::failure(part.error());
    // A sale in another currency without its day's rate would be left out of a period closed for good.
    if (!part->missingRates.isEmpty()) {
        QStringList days;
        for (const FecExport::MissingRate& m : std::as_const(part->missingRates)) {
            if (days.size() == 5) {
                days << QStringLiteral("…");
                break;
            }
            days << QStringLiteral("%1 %2").arg(m.day.toString(Qt::ISODate), m.currency);
        }
        return R::failure(tr("%n day(s) hold sales or payouts in another currency without an exchange rate (%1): "
                             "import the rates of those days, then close again. Nothing was closed.",
                             nullptr, int(part->missingRates.size()))
                              .arg(days.join(QStringLiteral(", "))));
    }
    auto highest = BooksStore::highestNumbers(db);
    if (!highest)
        return R::failure(highest.error());
    // Numbers of reopened periods that no period in force holds: an unchanged entry takes its number back.
    QSet<QString> inForce;
    QHash<QString, QString> keep;
    QList<std::pair<QString, QString>> reopened; // signature, number
    for (const BooksClosing& c : std::as_const(standing->closings)) {
        auto lines = BooksStore::linesOf(db, c.id);
        if (!lines)
            return R::failure(lines.error());
        for (const Entry& e : entriesOf(*lines)) {
            const QString n = e.lines.constFirst().entryNumber;
            if (c.inForce())
                inForce.insert(n);
            else
                reopened.append({signature(e), n});
        }
    }
    for (const auto& [sig, n] : std::as_const(reopened)) {
        if (!inForce.contains(n))
            keep.insert(sig, n);
    }
    Closed closed;
    closed.corrections = part->corrections;
    closed.numbersKept = number(part->entries, *highest, keep, today);
    const QList<FecLine> lines = flatten(part->entries);

    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    auto now = ImportStore(db).lastTransactionId();
    if (!now)
        return R::failure(now.error());
    if (now.value() != watermark.value())
        return R::failure(tr("Rows were imported while the books were being closed; nothing was closed. Close "
                             "again."));
    BooksClosing& c = closed.closing;
    c.firstDay = first;
    c.lastDay = to;
    c.validDay = today;
    c.closedUtc = QDateTime::currentSecsSinceEpoch();
    c.watermark = watermark.value();
    c.entries = part->entries.size();
    auto id = BooksStore::addClosing(db, c, lines);
    if (!id)
        return R::failure(id.error());
    c.id = id.value();
    const QString value = QStringLiteral("%1..%2, %3 entries, %4 corrections")
                              .arg(first.toString(Qt::ISODate), to.toString(Qt::ISODate))
                              .arg(c.entries)
                              .arg(closed.corrections);
    if (auto st = AuditTrail::recordEvent(db, QStringLiteral("close"), QStringLiteral("books_period"), c.id,
                                          periodLabel(c), value, c.closedUtc);
        !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return closed;
}

Result<BooksClosing> Books::reopen(Database& db)
{
    using R = Result<BooksClosing>;
    auto standing = Books::standing(db);
    if (!standing)
        return R::failure(standing.error());
    std::optional<BooksClosing> last;
    for (const BooksClosing& c : std::as_const(standing->closings)) {
        if (c.inForce())
            last = c;
    }
    if (!last)
        return R::failure(tr("No period of the books is closed."));
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (auto st = BooksStore::markReopened(db, last->id, now); !st)
        return R::failure(st.error());
    if (auto st = AuditTrail::recordEvent(db, QStringLiteral("reopen"), QStringLiteral("books_period"), last->id,
                                          periodLabel(*last), QStringLiteral("reopened"), now);
        !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    last->reopenedUtc = now;
    return *last;
}

Status Books::attach(Database& db, PeriodReport& report, const Progress& progress)
{
    auto standing = Books::standing(db);
    if (!standing)
        return Status::failure(standing.error());
    if (standing->closings.isEmpty())
        return {};
    QList<FecLine> lines;
    if (standing->closedTo && report.from <= *standing->closedTo) {
        auto frozen = BooksStore::frozenLines(db, report.from, std::min(report.to, *standing->closedTo));
        if (!frozen)
            return Status::failure(frozen.error());
        lines = frozen.value();
    }
    QStringList warnings = FecExport::warnings(report);
    if (!standing->closedTo || report.to > *standing->closedTo) {
        // Open days are numbered from the first open day, whatever the export's first day.
        const QDate from = standing->closedTo ? standing->closedTo->addDays(1) : report.from;
        auto part = openPart(db, *standing, from, report.to, report.generated.date(), &report, progress);
        if (!part)
            return Status::failure(part.error());
        auto highest = BooksStore::highestNumbers(db);
        if (!highest)
            return Status::failure(highest.error());
        number(part->entries, *highest, {}, report.generated.date());
        qint64 shown = 0;
        for (const Entry& e : std::as_const(part->entries)) {
            if (e.date < report.from)
                continue;
            lines.append(e.lines);
            ++shown;
        }
        if (shown > 0) {
            warnings << tr("Entries from %1 on are not closed: their numbers and validation date are provisional "
                           "until the period is closed (Reports page, or obole-cli books close --to DATE).")
                            .arg(from.toString(Qt::ISODate));
        }
        if (part->corrections > 0 && from >= report.from) {
            warnings << tr("%n correcting entry(s) on %1 for data imported after its period was closed.", nullptr,
                           int(part->corrections))
                            .arg(from.toString(Qt::ISODate));
        }
    }
    FecBook book = bookOf(lines);
    book.warnings = warnings;
    report.fecBook = std::move(book);
    return {};
}
