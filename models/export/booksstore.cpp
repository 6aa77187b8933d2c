#include "booksstore.h"

#include "reconcile/reconciletypes.h"
#include "storage/database.h"

#include <string>

namespace {

constexpr const char* s_lineColumns =
    "journal_code, journal_label, entry_number, entry_day, account, account_label, auxiliary, auxiliary_label, "
    "piece, piece_day, label, debit_minor, credit_minor, c.valid_day, lettering, lettering_day, foreign_minor, "
    "foreign_currency";

Result<QList<FecLine>> readLines(Statement& s)
{
    QList<FecLine> out;
    auto st = s.forEach([&] {
        FecLine l;
        l.journalCode = s.text(0);
        l.journalLabel = s.text(1);
        l.entryNumber = s.text(2);
        l.entryDate = QDate::fromJulianDay(s.int64(3));
        l.account = s.text(4);
        l.accountLabel = s.text(5);
        l.auxiliaryAccount = s.text(6);
        l.auxiliaryLabel = s.text(7);
        l.pieceReference = s.text(8);
        l.pieceDate = QDate::fromJulianDay(s.int64(9));
        l.label = s.text(10);
        l.debit = s.int64(11);
        l.credit = s.int64(12);
        l.validDate = QDate::fromJulianDay(s.int64(13));
        l.lettering = s.text(14);
        if (const qint64 day = s.int64(15); day != 0)
            l.letteringDate = QDate::fromJulianDay(day);
        l.foreignAmount = s.int64(16);
        l.foreignCurrency = s.text(17);
        out.append(l);
    });
    if (!st)
        return Result<QList<FecLine>>::failure(st.error());
    return out;
}

} // namespace

Result<QList<BooksClosing>> BooksStore::closings(Database& db)
{
    auto s = db.prepare("SELECT c.id, c.first_day, c.last_day, c.valid_day, c.closed_utc, c.watermark, "
                        "c.reopened_utc, (SELECT count(DISTINCT e.journal_code || e.entry_number) FROM books_entries "
                        "e WHERE e.closing_id = c.id) FROM books_closings c ORDER BY c.id");
    if (!s)
        return Result<QList<BooksClosing>>::failure(s.error());
    QList<BooksClosing> out;
    auto st = s->forEach([&] {
        BooksClosing c;
        c.id = s->int64(0);
        c.firstDay = QDate::fromJulianDay(s->int64(1));
        c.lastDay = QDate::fromJulianDay(s->int64(2));
        c.validDay = QDate::fromJulianDay(s->int64(3));
        c.closedUtc = s->int64(4);
        c.watermark = s->int64(5);
        c.reopenedUtc = s->optionalInt64(6);
        c.entries = s->int64(7);
        out.append(c);
    });
    if (!st)
        return Result<QList<BooksClosing>>::failure(st.error());
    return out;
}

Result<QList<FecLine>> BooksStore::frozenLines(Database& db, QDate firstDay, QDate lastDay)
{
    auto s = db.prepare(std::string("SELECT ") + s_lineColumns +
                        " FROM books_entries e JOIN books_closings c ON c.id = e.closing_id WHERE c.reopened_utc IS "
                        "NULL AND e.entry_day BETWEEN ? AND ? ORDER BY c.id, e.line");
    if (!s)
        return Result<QList<FecLine>>::failure(s.error());
    s->bind(1, firstDay.toJulianDay()).bind(2, lastDay.toJulianDay());
    return readLines(*s);
}

Result<QList<FecLine>> BooksStore::linesOf(Database& db, qint64 closingId)
{
    auto s = db.prepare(std::string("SELECT ") + s_lineColumns +
                        " FROM books_entries e JOIN books_closings c ON c.id = e.closing_id WHERE c.id = ? ORDER BY "
                        "e.line");
    if (!s)
        return Result<QList<FecLine>>::failure(s.error());
    s->bind(1, closingId);
    return readLines(*s);
}

Result<QHash<QString, int>> BooksStore::highestNumbers(Database& db)
{
    // A number is the journal's code and a sequence: "VT000041".
    auto s = db.prepare("SELECT journal_code, max(CAST(substr(entry_number, length(journal_code) + 1) AS INTEGER)) "
                        "FROM books_entries GROUP BY journal_code");
    if (!s)
        return Result<QHash<QString, int>>::failure(s.error());
    QHash<QString, int> out;
    auto st = s->forEach([&] { out.insert(s->text(0), int(s->int64(1))); });
    if (!st)
        return Result<QHash<QString, int>>::failure(st.error());
    return out;
}

Result<qint64> BooksStore::addClosing(Database& db, const BooksClosing& c, const QList<FecLine>& lines)
{
    using R = Result<qint64>;
    auto closing = db.prepare("INSERT INTO books_closings (first_day, last_day, valid_day, closed_utc, watermark) "
                              "VALUES (?, ?, ?, ?, ?) RETURNING id");
    if (!closing)
        return R::failure(closing.error());
    closing->bind(1, c.firstDay.toJulianDay()).bind(2, c.lastDay.toJulianDay()).bind(3, c.validDay.toJulianDay());
    closing->bind(4, c.closedUtc).bind(5, c.watermark);
    auto row = closing->next();
    if (!row)
        return R::failure(row.error());
    const qint64 id = closing->int64(0);
    if (auto st = closing->run(); !st)
        return R::failure(st.error());
    auto line = db.prepare("INSERT INTO books_entries (closing_id, line, journal_code, journal_label, entry_number, "
                           "entry_day, account, account_label, auxiliary, auxiliary_label, piece, piece_day, label, "
                           "debit_minor, credit_minor, lettering, lettering_day, foreign_minor, foreign_currency) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!line)
        return R::failure(line.error());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const FecLine& l = lines.at(i);
        line->bind(1, id).bind(2, qint64(i)).bind(3, l.journalCode).bind(4, l.journalLabel).bind(5, l.entryNumber);
        line->bind(6, l.entryDate.toJulianDay()).bind(7, l.account).bind(8, l.accountLabel);
        line->bind(9, l.auxiliaryAccount).bind(10, l.auxiliaryLabel).bind(11, l.pieceReference);
        line->bind(12, l.pieceDate.toJulianDay()).bind(13, l.label).bind(14, l.debit).bind(15, l.credit);
        line->bind(16, l.lettering).bind(17, l.letteringDate.isValid() ? l.letteringDate.toJulianDay() : qint64(0));
        line->bind(18, l.foreignAmount).bind(19, l.foreignCurrency);
        if (auto st = line->run(); !st)
            return R::failure(st.error());
    }
    return id;
}

Status BooksStore::markReopened(Database& db, qint64 closingId, qint64 atUtc)
{
    auto s = db.prepare("UPDATE books_closings SET reopened_utc = ? WHERE id = ? AND reopened_utc IS NULL");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, atUtc).bind(2, closingId);
    return s->run();
}

namespace {

Result<QList<BooksAdjustment>> readAdjustments(Database& db, const char* where, const QList<qint64>& values)
{
    using R = Result<QList<BooksAdjustment>>;
    auto head = db.prepare(std::string("SELECT id, day, provider, currency, outcome, provider_txn, sales_txn, "
                                       "reference, note, accepted_utc, what FROM books_adjustments WHERE ") +
                           where + " ORDER BY day, id");
    if (!head)
        return R::failure(head.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        head->bind(int(i + 1), values.at(i));
    QList<BooksAdjustment> out;
    auto st = head->forEach([&] {
        BooksAdjustment a;
        a.id = head->int64(0);
        a.day = QDate::fromJulianDay(head->int64(1));
        a.provider = head->text(2);
        a.currency = head->text(3);
        a.outcome = ReconcileText::outcomeFromKey(head->text(4)).value_or(ReconcileOutcome::MissingAtProvider);
        a.providerTxn = head->int64(5);
        a.salesTxn = head->int64(6);
        a.reference = head->text(7);
        a.note = head->text(8);
        a.acceptedUtc = head->int64(9);
        a.what = head->text(10);
        out.append(a);
    });
    if (!st)
        return R::failure(st.error());
    auto lines = db.prepare("SELECT account, account_label, auxiliary, auxiliary_label, label, debit_minor, "
                            "credit_minor FROM books_adjustment_lines WHERE adjustment_id = ? ORDER BY line");
    if (!lines)
        return R::failure(lines.error());
    for (BooksAdjustment& a : out) {
        lines->reset();
        lines->bind(1, a.id);
        auto read = lines->forEach([&] {
            a.lines.append({lines->text(0), lines->text(1), lines->text(2), lines->text(3), lines->text(4),
                            lines->int64(5) - lines->int64(6)});
        });
        if (!read)
            return R::failure(read.error());
    }
    return out;
}

} // namespace

Result<qint64> BooksStore::addAdjustment(Database& db, const BooksAdjustment& a)
{
    using R = Result<qint64>;
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    auto head = db.prepare("INSERT INTO books_adjustments (day, provider, currency, outcome, provider_txn, sales_txn, "
                           "reference, note, accepted_utc, what) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!head)
        return R::failure(head.error());
    head->bind(1, a.day.toJulianDay()).bind(2, a.provider).bind(3, a.currency);
    head->bind(4, ReconcileText::outcomeKey(a.outcome)).bind(5, a.providerTxn).bind(6, a.salesTxn);
    head->bind(7, a.reference).bind(8, a.note).bind(9, a.acceptedUtc).bind(10, a.what);
    auto row = head->next();
    if (!row)
        return R::failure(row.error());
    const qint64 id = head->int64(0);
    if (auto st = head->run(); !st)
        return R::failure(st.error());
    auto line = db.prepare("INSERT INTO books_adjustment_lines (adjustment_id, line, account, account_label, "
                           "auxiliary, auxiliary_label, label, debit_minor, credit_minor) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!line)
        return R::failure(line.error());
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        const FecBookLine& l = a.lines.at(i);
        line->bind(1, id).bind(2, qint64(i)).bind(3, l.account).bind(4, l.accountLabel).bind(5, l.auxiliary);
        line->bind(6, l.auxiliaryLabel).bind(7, l.label);
        line->bind(8, l.amount > 0 ? l.amount : 0).bind(9, l.amount < 0 ? -l.amount : 0);
        if (auto st = line->run(); !st)
            return R::failure(st.error());
    }
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return id;
}

Status BooksStore::removeAdjustment(Database& db, qint64 id)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const char* sql :
         {"DELETE FROM books_adjustment_lines WHERE adjustment_id = ?", "DELETE FROM books_adjustments WHERE id = ?"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return Status::failure(stmt.error());
        stmt->bind(1, id);
        if (auto st = stmt->run(); !st)
            return st;
    }
    return tx.commit();
}

Result<std::optional<BooksAdjustment>> BooksStore::adjustment(Database& db, qint64 id)
{
    auto list = readAdjustments(db, "id = ?", {id});
    if (!list)
        return Result<std::optional<BooksAdjustment>>::failure(list.error());
    if (list->isEmpty())
        return std::optional<BooksAdjustment>();
    return std::optional<BooksAdjustment>(list->constFirst());
}

Result<std::optional<qint64>> BooksStore::adjustmentFor(Database& db, qint64 providerTxn, qint64 salesTxn)
{
    auto stmt = db.prepare("SELECT id FROM books_adjustments WHERE provider_txn = ? AND sales_txn = ?");
    if (!stmt)
        return Result<std::optional<qint64>>::failure(stmt.error());
    stmt->bind(1, providerTxn).bind(2, salesTxn);
    auto row = stmt->next();
    if (!row)
        return Result<std::optional<qint64>>::failure(row.error());
    return row.value() ? std::optional<qint64>(stmt->int64(0)) : std::nullopt;
}

Result<QList<BooksAdjustment>> BooksStore::adjustments(Database& db, QDate firstDay, QDate lastDay)
{
    return readAdjustments(db, "day >= ? AND day <= ?", {firstDay.toJulianDay(), lastDay.toJulianDay()});
}
