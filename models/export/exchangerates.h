#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One day's rate between a currency and the currency of the books, as it was given: the decimal text and which way
// it reads. `perBook` false: the price of one unit of `currency` in the book currency (BTC/EUR 91234.56, as a
// statement's "Rate" column or a market quote gives it); true: units of `currency` for one unit of the book currency
// (the ECB's reference rates: USD 1.0823 for one euro).
struct ExchangeRate
{
    QDate day;
    QString currency;
    QString bookCurrency;
    QString value; // a positive decimal, '.' as its mark, at most 12 significant digits and 10 decimals
    bool perBook = false;
    QString source; // the file it came from
    bool operator==(const ExchangeRate&) const = default;

    // An amount in minor units of `currency` in minor units of the book currency, rounded half away from zero;
    // empty when the rate cannot be read.
    std::optional<qint64> toBook(qint64 minorUnits) const;
};

// The daily rates the accountant imports (the ECB's reference rates, or a CSV of quotes), kept in the database so the
// books read the same everywhere. A sale in another currency is booked at its day's rate.
//
// The file: a header whose first column is the day ("Date", dates YYYY-MM-DD or DD/MM/YYYY) and one column per
// currency, named either by its code alone, read the ECB's way (units of it for one unit of the book currency), or as
// a pair "BTC/EUR", read the market's way (the price of one BTC in EUR; "EUR/USD" is the ECB's way again). Empty
// cells and "N/A" mean no rate that day. Every problem is named by file, line and column, and nothing is kept from a
// file that has one.
class ExchangeRates final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRates)
public:
    struct Imported
    {
        qint64 rates = 0;
        QStringList currencies;
        QDate first;
        QDate last;
    };
    // Reads a file of rates against `bookCurrency` and stores them, replacing any of the same day and currency.
    static Result<Imported> importFile(Database& db, const QString& path, const QString& bookCurrency);
    // The same from bytes (tests, fuzzing); `name` names the file in messages.
    static Result<QList<ExchangeRate>> parse(const QByteArray& bytes, const QString& name, const QString& bookCurrency);

    // Whether a decimal rate can be used (positive, at most 12 significant digits and 10 decimals).
    static bool isValidValue(QStringView value);
};
