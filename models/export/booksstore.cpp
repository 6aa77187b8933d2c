#include "booksstore.h"

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
