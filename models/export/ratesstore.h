#pragma once

#include "core/result.h"
#include "exchangerates.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <unordered_map>

class Database;

// The only code that speaks SQL for exchange rates (table exchange_rates).
class RatesStore final
{
    Q_DECLARE_TR_FUNCTIONS(RatesStore)
public:
    // Stores rates in one transaction, replacing those of the same day, currency and book currency.
    static Status save(Database& db, const QList<ExchangeRate>& rates);
    // The rates of some currencies against a book currency, by currency and Julian day.
    static Result<QHash<QString, QHash<qint64, ExchangeRate>>> ratesOf(Database& db, const QStringList& currencies,
                                                                       const QString& bookCurrency);
    // The rate of one currency on one day, if one is stored.
    static Result<std::optional<ExchangeRate>> rateOn(Database& db, const QString& currency,
                                                      const QString& bookCurrency, QDate day);
    // The rates statements gave with their rows (table statement_rates) that read against the book currency, for
    // the sales they stand for: a sales row that carries one itself, and the sale reconciliation matched with a
    // statement row that carries one (the sale's own wins); read after reconciliation has run. By sales transaction
    // id; `day` is not set.
    static Result<std::unordered_map<qint64, ExchangeRate>> statementRatesOfSales(Database& db,
                                                                                  const QString& bookCurrency);
    // The rate a statement gave with one row, read against the book currency, if it gave one.
    static Result<std::optional<ExchangeRate>> statementRateOf(Database& db, qint64 txnId, const QString& bookCurrency);
    struct Coverage
    {
        QString currency;
        qint64 days = 0;
        QDate first;
        QDate last;
    };
    // What is stored, per currency.
    static Result<QList<Coverage>> coverage(Database& db, const QString& bookCurrency);
};
