#include "ratesstore.h"

#include "reconcile/reconcilestore.h"
#include "storage/database.h"

namespace {

// One `base` is `value` `quote`, one of them the book currency: read the market's way when the quote is the book
// currency, the ECB's otherwise.
ExchangeRate rateAgainst(const QString& base, const QString& quote, const QString& value, const QString& bookCurrency)
{
    ExchangeRate r;
    r.perBook = quote != bookCurrency;
    r.currency = r.perBook ? quote : base;
    r.bookCurrency = bookCurrency;
    r.value = value;
    r.source = QStringLiteral("statement");
    return r;
}

} // namespace

Status RatesStore::save(Database& db, const QList<ExchangeRate>& rates)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto stmt = db.prepare("INSERT INTO exchange_rates (day, currency, book_currency, rate, per_book, source) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, currency, book_currency) DO UPDATE SET "
                           "rate = excluded.rate, per_book = excluded.per_book, source = excluded.source");
    if (!stmt)
        return Status::failure(stmt.error());
    for (const ExchangeRate& r : rates) {
        stmt->bind(1, r.day.toJulianDay())
            .bind(2, r.currency)
            .bind(3, r.bookCurrency)
            .bind(4, r.value)
            .bind(5, qint64(r.perBook ? 1 : 0))
            .bind(6, r.source);
        if (auto st = stmt->run(); !st)
            return st;
    }
    return tx.commit();
}

Result<QHash<QString, QHash<qint64, ExchangeRate>>> RatesStore::ratesOf(Database& db, const QStringList& currencies,
                                                                        const QString& bookCurrency)
{
    using R = Result<QHash<QString, QHash<qint64, ExchangeRate>>>;
    QHash<QString, QHash<qint64, ExchangeRate>> out;
    auto stmt = db.prepare("SELECT day, rate, per_book, source FROM exchange_rates "
                           "WHERE currency = ? AND book_currency = ?");
    if (!stmt)
        return R::failure(stmt.error());
    for (const QString& currency : currencies) {
        stmt->reset();
        stmt->bind(1, currency).bind(2, bookCurrency);
        QHash<qint64, ExchangeRate>& days = out[currency];
        auto st = stmt->forEach([&] {
            ExchangeRate r;
            r.day = QDate::fromJulianDay(stmt->int64(0));
            r.currency = currency;
            r.bookCurrency = bookCurrency;
            r.value = stmt->text(1);
            r.perBook = stmt->int64(2) != 0;
            r.source = stmt->text(3);
            days.insert(stmt->int64(0), r);
        });
        if (!st)
            return R::failure(st.error());
    }
    return out;
}

Result<std::unordered_map<qint64, ExchangeRate>> RatesStore::statementRatesOfSales(Database& db,
                                                                                   const QString& bookCurrency)
{
    using R = Result<std::unordered_map<qint64, ExchangeRate>>;
    auto stmt = db.prepare("SELECT s.transaction_id, t.kind, s.base_currency, s.quote_currency, s.rate "
                           "FROM statement_rates s JOIN transactions t ON t.id = s.transaction_id "
                           "WHERE s.base_currency = ?1 OR s.quote_currency = ?1");
    if (!stmt)
        return R::failure(stmt.error());
    stmt->bind(1, bookCurrency);
    std::vector<std::pair<qint64, ExchangeRate>> own;
    std::vector<std::pair<qint64, ExchangeRate>> statements;
    auto st = stmt->forEach([&] {
        (stmt->text(1) == u"sales" ? own : statements)
            .emplace_back(stmt->int64(0), rateAgainst(stmt->text(2), stmt->text(3), stmt->text(4), bookCurrency));
    });
    if (!st)
        return R::failure(st.error());
    std::unordered_map<qint64, ExchangeRate> out;
    // A statement row's rate goes to the sale reconciliation matched it with; a sale's own rate wins.
    std::vector<qint64> providerTxns;
    providerTxns.reserve(statements.size());
    for (const auto& [txn, rate] : statements)
        providerTxns.push_back(txn);
    auto partners = ReconcileStore::salesPartners(db, std::move(providerTxns));
    if (!partners)
        return R::failure(partners.error());
    for (auto& [txn, rate] : statements) {
        if (const auto sale = partners->find(txn); sale != partners->end())
            out.insert_or_assign(sale->second, std::move(rate));
    }
    for (auto& [txn, rate] : own)
        out.insert_or_assign(txn, std::move(rate));
    return out;
}

Result<std::optional<ExchangeRate>> RatesStore::statementRateOf(Database& db, qint64 txnId, const QString& bookCurrency)
{
    using R = Result<std::optional<ExchangeRate>>;
    auto stmt = db.prepare("SELECT base_currency, quote_currency, rate FROM statement_rates "
                           "WHERE transaction_id = ?1 AND (base_currency = ?2 OR quote_currency = ?2)");
    if (!stmt)
        return R::failure(stmt.error());
    stmt->bind(1, txnId).bind(2, bookCurrency);
    auto row = stmt->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return R(std::nullopt);
    return R(rateAgainst(stmt->text(0), stmt->text(1), stmt->text(2), bookCurrency));
}

Result<std::optional<ExchangeRate>> RatesStore::rateOn(Database& db, const QString& currency,
                                                       const QString& bookCurrency, QDate day)
{
    using R = Result<std::optional<ExchangeRate>>;
    auto stmt = db.prepare("SELECT rate, per_book, source FROM exchange_rates "
                           "WHERE day = ? AND currency = ? AND book_currency = ?");
    if (!stmt)
        return R::failure(stmt.error());
    stmt->bind(1, day.toJulianDay()).bind(2, currency).bind(3, bookCurrency);
    auto row = stmt->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<ExchangeRate>();
    return std::optional<ExchangeRate>(
        ExchangeRate{day, currency, bookCurrency, stmt->text(0), stmt->int64(1) != 0, stmt->text(2)});
}

Result<QList<RatesStore::Coverage>> RatesStore::coverage(Database& db, const QString& bookCurrency)
{
    using R = Result<QList<Coverage>>;
    auto stmt = db.prepare("SELECT currency, count(*), min(day), max(day) FROM exchange_rates "
                           "WHERE book_currency = ? GROUP BY currency ORDER BY currency");
    if (!stmt)
        return R::failure(stmt.error());
    stmt->bind(1, bookCurrency);
    QList<Coverage> out;
    auto st = stmt->forEach([&] {
        out.append({stmt->text(0), stmt->int64(1), QDate::fromJulianDay(stmt->int64(2)),
                    QDate::fromJulianDay(stmt->int64(3))});
    });
    if (!st)
        return R::failure(st.error());
    return out;
}
