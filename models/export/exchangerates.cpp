#include "exchangerates.h"

#include "importing/csvreader.h"
#include "money/money.h"
#include "ratesstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

constexpr int s_maxDigits = 12;
constexpr int s_maxDecimals = 10;

// A decimal as digits and a scale: "1.0823" is 10823 and 4.
struct Decimal
{
    Int128 digits = 0;
    int scale = 0;
};

std::optional<Decimal> readDecimal(QStringView text)
{
    Decimal d;
    int significant = 0;
    bool mark = false;
    bool any = false;
    for (QChar c : text) {
        if (c == u'.' && !mark) {
            mark = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        any = true;
        d.digits = d.digits * 10 + (c.unicode() - u'0');
        if (d.digits != 0)
            ++significant;
        if (mark)
            ++d.scale;
    }
    if (!any || d.digits <= 0 || significant > s_maxDigits || d.scale > s_maxDecimals)
        return std::nullopt;
    return d;
}

Int128 power10(int n)
{
    Int128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// numerator / denominator, rounded half away from zero; denominator > 0.
Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    Int128 q = numerator / denominator;
    const Int128 r = numerator % denominator;
    if ((r < 0 ? -r : r) * 2 >= denominator)
        q += numerator < 0 ? -1 : 1;
    return q;
}

std::optional<QDate> readDay(const QString& text)
{
    QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

bool ExchangeRates::isValidValue(QStringView value)
{
    return readDecimal(value).has_value();
}

std::optional<qint64> ExchangeRate::toBook(qint64 minorUnits) const
{
    const auto rate = readDecimal(value);
    if (!rate)
        return std::nullopt;
    const Int128 own = power10(Money::decimals(currency));
    const Int128 book = power10(Money::decimals(bookCurrency));
    const Int128 result = perBook ? divideRounded(Int128(minorUnits) * power10(rate->scale) * book, rate->digits * own)
                                  : divideRounded(Int128(minorUnits) * rate->digits * book, power10(rate->scale) * own);
    if (result > Money::kMaxMinorUnits || result < -Money::kMaxMinorUnits)
        return std::nullopt;
    return qint64(result);
}

Result<QList<ExchangeRate>> ExchangeRates::parse(const QByteArray& bytes, const QString& name,
                                                 const QString& bookCurrency)
{
    using R = Result<QList<ExchangeRate>>;
    CsvReader reader;
    if (auto st = reader.openData(bytes, name); !st)
        return R::failure(st.error());
    const QList<QString>& header = reader.header();
    const QString first = header.value(0).trimmed().toLower();
    if (first != u"date" && first != u"day" && first != u"jour")
        return R::failure(tr("%1, line %2: the first column holds the day and is named \"Date\", not \"%3\".")
                              .arg(name)
                              .arg(reader.headerLine())
                              .arg(header.value(0)));
    struct Column
    {
        qsizetype index;
        QString name;
        QString currency;
        bool perBook;
    };
    QList<Column> columns;
    QSet<QString> seen;
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QString title = header.at(i).trimmed();
        if (title.isEmpty())
            continue; // the ECB's files end each line with a comma
        QString currency;
        bool perBook = true;
        const QStringList pair = title.toUpper().split(u'/');
        if (pair.size() == 1) {
            currency = pair.at(0);
        } else if (pair.size() == 2 && pair.at(1) == bookCurrency) {
            currency = pair.at(0);
            perBook = false;
        } else if (pair.size() == 2 && pair.at(0) == bookCurrency) {
            currency = pair.at(1);
        } else {
            return R::failure(tr("%1, line %2, column \"%3\": a pair of currencies names the currency of the books "
                                 "(%4) on one side, such as BTC/%4.")
                                  .arg(name)
                                  .arg(reader.headerLine())
                                  .arg(title, bookCurrency));
        }
        if (!Money::isCurrencyCode(currency) || currency == bookCurrency)
            return R::failure(tr("%1, line %2, column \"%3\": \"%4\" is not a currency code other than the books' "
                                 "(%5).")
                                  .arg(name)
                                  .arg(reader.headerLine())
                                  .arg(title, currency, bookCurrency));
        if (seen.contains(currency))
            return R::failure(
                tr("%1, line %2: two columns give rates for %3.").arg(name).arg(reader.headerLine()).arg(currency));
        seen.insert(currency);
        columns.append({i, title, currency, perBook});
    }
    if (columns.isEmpty())
        return R::failure(tr("%1: no column of rates after the day (such as USD, or BTC/%2).").arg(name, bookCurrency));

    QList<ExchangeRate> out;
    QSet<std::pair<qint64, QString>> days;
    CsvRecord record;
    const QString source = QFileInfo(name).fileName();
    while (reader.next(record)) {
        if (record.isEmpty() || (record.size() == 1 && record.string(0).trimmed().isEmpty()))
            continue;
        const QString dayText = record.string(0).trimmed();
        const auto day = readDay(dayText);
        if (!day)
            return R::failure(tr("%1, line %2, column \"%3\": \"%4\" is not a day such as 2025-03-14.")
                                  .arg(name)
                                  .arg(record.line())
                                  .arg(header.value(0), dayText));
        for (const Column& c : std::as_const(columns)) {
            QString text = record.string(c.index).trimmed();
            if (text.isEmpty() || text.compare(u"N/A", Qt::CaseInsensitive) == 0 || text == u"-")
                continue;
            if (!text.contains(u'.') && text.count(u',') == 1)
                text.replace(u',', u'.');
            if (!isValidValue(text))
                return R::failure(tr("%1, line %2, column \"%3\": \"%4\" is not a rate: a positive number, '.' as "
                                     "its decimal mark, at most 12 significant digits and 10 decimals.")
                                      .arg(name)
                                      .arg(record.line())
                                      .arg(c.name, text));
            if (days.contains({day->toJulianDay(), c.currency}))
                return R::failure(tr("%1, line %2: a second rate for %3 on %4.")
                                      .arg(name)
                                      .arg(record.line())
                                      .arg(c.currency, day->toString(Qt::ISODate)));
            days.insert({day->toJulianDay(), c.currency});
            out.append(ExchangeRate{*day, c.currency, bookCurrency, text, c.perBook, source});
        }
    }
    if (reader.hasError())
        return R::failure(reader.error());
    return out;
}

Result<ExchangeRates::Imported> ExchangeRates::importFile(Database& db, const QString& path,
                                                          const QString& bookCurrency)
{
    using R = Result<Imported>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto rates = parse(file.readAll(), QFileInfo(path).fileName(), bookCurrency);
    if (!rates)
        return R::failure(rates.error());
    if (rates->isEmpty())
        return R::failure(tr("%1 holds no rate.").arg(QFileInfo(path).fileName()));
    if (auto st = RatesStore::save(db, *rates); !st)
        return R::failure(st.error());
    Imported summary;
    summary.rates = rates->size();
    for (const ExchangeRate& r : std::as_const(*rates)) {
        if (!summary.currencies.contains(r.currency))
            summary.currencies.append(r.currency);
        if (!summary.first.isValid() || r.day < summary.first)
            summary.first = r.day;
        if (!summary.last.isValid() || r.day > summary.last)
            summary.last = r.day;
    }
    return summary;
}
