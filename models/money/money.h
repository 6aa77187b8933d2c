#pragma once

#include "core/result.h"

#include <QChar>
#include <QCoreApplication>
#include <QDebug>
#include <QLocale>
#include <QString>
#include <QStringView>

// GCC and Clang have a 128-bit integer but ISO C++ does not; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

// An amount of money: a whole number of minor units (cents, satoshis, yen) and the ISO 4217 code of its currency.
// Never a double, so sums and exports are exact. Arithmetic that can fail (different currencies, overflow) returns a
// Result; rounding happens only in shareBasisPoints(), scaled() and percentBasisPoints(), always half away from zero.
//
// A default-constructed Money (zero, no currency) is the neutral start of a sum: plus() and minus() take the other
// operand's currency.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The largest amount one row, price or payout may hold, in minor units either way: 10¹² (ten billion euros,
    // ten thousand bitcoins). A sum of 9 million such amounts still fits in 64 bits, and every sum is checked anyway
    // (addChecked): an amount beyond it is refused where it comes in (import, catalog, dialogs), with its line.
    static constexpr qint64 kMaxMinorUnits = 1'000'000'000'000;
    static bool withinBound(qint64 minorUnits) { return minorUnits >= -kMaxMinorUnits && minorUnits <= kMaxMinorUnits; }
    // The bound written in a currency's units, for messages ("10000000000.00").
    static QString boundText(int decimals);

    Money() = default;
    // currency: three upper-case letters (ISO 4217, or BTC), or empty for an amount of no currency.
    explicit Money(qint64 minorUnits, const QString& currency);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    // Digits after the decimal mark: EUR, USD, GBP, CHF 2; JPY 0; BTC 8; a code not in the table 2.
    static int decimals(const QString& currency);
    // In the table Obole knows (symbol and decimals), not merely well-formed.
    static bool isKnownCurrency(const QString& code);
    // Well-formed: three ASCII upper-case letters.
    static bool isCurrencyCode(QStringView code);

    // Reads an amount as people type it or as files hold it: "1,50", "1.50", "1 234,56 €", "€1,234.56", "-0,05",
    // "1.234,56", "EUR 3", "3 EUR", "$2.00", "(1,50)" (negative), "+2". Spaces may be U+0020, U+00A0 or U+202F;
    // apostrophes group digits too ("1'234.56").
    //
    // A currency sign (€ $ £ ¥ ₿) or code in the text must be defaultCurrency; when defaultCurrency is empty the
    // text must name its currency.
    //
    // decimalMark ',' or '.' forces the mark; the other one then only groups digits. A null QChar guesses:
    //  - both ',' and '.' present: the last one is the decimal mark ("1.234,56", "1,234.56");
    //  - one of them repeated: it groups digits ("1.234.567"), and groups must be of three digits;
    //  - one of them once: it is the decimal mark, so "1,505 €" is refused (three decimals) rather than silently
    //    read as 1505 €. Only for a currency without decimals (JPY) is ",ddd" read as grouping ("¥1,234").
    // More fraction digits than the currency has is an error: nothing is rounded. Only with a forced mark may the
    // extra digits be zeros ("12.5000" from a provider's file).
    static Result<Money> parse(QStringView text, const QString& defaultCurrency, QChar decimalMark = QChar());

    // For people: the locale's digits, grouping, decimal mark and currency pattern ("1 234,56 €" in fr_FR,
    // "€1,234.56" in en_US), with all the currency's decimals. Negative amounts follow QLocale's currency pattern,
    // which in Qt 6.4 is the accounting one for many locales: "(1 234,56 €)", "(€1,234.56)".
    QString toString(const QLocale& locale) const;
    // For machines: "-1234.56", '.' mark, no grouping, all the currency's decimals, no currency.
    QString toPlainString() const;
    // For the French FEC export: "-1234,56", decimal comma, no grouping, no currency.
    QString toFecString() const;

    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;
    Result<Money> times(qint64 factor) const;

    // basisPoints / 10000 of this amount (7000 = 70 %), rounded half away from zero.
    Money shareBasisPoints(qint64 basisPoints) const;
    // this × numerator / denominator, rounded half away from zero, computed on 128 bits so the product never
    // overflows. Preconditions: denominator != 0 and the result fits in qint64 (asserted; saturates otherwise).
    Money scaled(qint64 numerator, qint64 denominator) const;
    // part / whole in basis points, rounded half away from zero. Refuses different currencies and a zero whole.
    static Result<qint64> percentBasisPoints(const Money& part, const Money& whole);

    bool operator==(const Money&) const = default;

private:
    QString formatPlain(QChar decimalMark) const;
    QString symbol(const QLocale& locale) const;
    bool isNeutral() const { return m_minorUnits == 0 && m_currency.isEmpty(); }

    qint64 m_minorUnits = 0;
    QString m_currency;
};

// sum += value, false (sum unchanged) when the result would not fit in 64 bits: totals fail with a clear error instead
// of wrapping to a negative figure.
[[nodiscard]] inline bool addChecked(qint64& sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
}

// numerator / denominator rounded half away from zero (5/2 = 3, -5/2 = -3). Precondition: denominator != 0 and the
// quotient fits in qint64 (asserted; saturates to the qint64 range otherwise).
qint64 divideRoundHalfAwayFromZero(Int128 numerator, qint64 denominator);

// "Money(-1234.56 EUR)"; QtTest uses it to show both sides of a failed QCOMPARE.
QDebug operator<<(QDebug debug, const Money& money);
