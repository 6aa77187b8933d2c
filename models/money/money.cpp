#include "money/money.h"

#include <QDebugStateSaver>
#include <QList>

#include <algorithm>
#include <limits>

namespace {

struct CurrencyInfo
{
    QStringView code;
    int decimals;
    QStringView symbol; // empty: the code stands for itself
};

// The currencies Obole expects to meet: the euro and its neighbours, the Canadian dollar (Quebec), the yen, bitcoin,
// and the CFA and CFP francs of French-speaking Africa and the Pacific, which have no decimals. Any other code is
// accepted with two decimals. A locale whose own currency is the amount's supplies its symbol (see Money::symbol()).
constexpr CurrencyInfo s_currencies[] = {
    {u"EUR", 2, u"\u20AC"}, // euro, €
    {u"USD", 2, u"$"},      // US dollar
    {u"GBP", 2, u"\u00A3"}, // pound sterling, £
    {u"CHF", 2, u"CHF"},    // Swiss franc
    {u"JPY", 0, u"\u00A5"}, // yen, ¥
    {u"BTC", 8, u"\u20BF"}, // bitcoin, ₿ (not ISO 4217; counted in satoshis)
    {u"CAD", 2, {}},        // Canadian dollar
    {u"XOF", 0, {}},        // West African CFA franc
    {u"XAF", 0, {}},        // Central African CFA franc
    {u"XPF", 0, {}},        // CFP franc (French Polynesia, New Caledonia)
};

constexpr int s_defaultDecimals = 2;
constexpr quint64 s_int64Magnitude = quint64(1) << 63; // |INT64_MIN|
// Stands for the currency symbol in the pattern QLocale builds; a private-use character no locale prints.
constexpr QChar s_symbolPlaceholder = u'\uE000';
constexpr qsizetype s_longestQuotedInput = 40;

const CurrencyInfo* findCurrency(QStringView code)
{
    for (const CurrencyInfo& info : s_currencies) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

// "$" is USD and "¥" is JPY here, although CAD or CNY write them too: a file in those names its code instead.
QString currencyOfSign(QChar sign)
{
    if (sign == u'\uFFE5') // the full-width yen sign ja_JP prints
        return QStringLiteral("JPY");
    for (const CurrencyInfo& info : s_currencies) {
        if (info.symbol.size() == 1 && info.symbol.front() == sign)
            return info.code.toString();
    }
    return {};
}

quint64 powerOfTen(int exponent)
{
    quint64 power = 1;
    for (int i = 0; i < exponent; ++i)
        power *= 10;
    return power;
}

// |value| without the overflow of -INT64_MIN: unsigned arithmetic wraps by definition.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
}

// The input as error messages quote it: whole, unless someone pasted a whole line.
QString quoted(QStringView text)
{
    if (text.size() <= s_longestQuotedInput)
        return text.toString();
    return text.first(s_longestQuotedInput).toString() + u'\u2026';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isMark(QChar c)
{
    return c == u',' || c == u'.';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'\u2212'; // U+2212 MINUS SIGN, as some locales print it
}

// Only ever between two digits: a space of any width, or the apostrophes Swiss German groups with.
bool isGroupingOnly(QChar c)
{
    return c.isSpace() || c == u'\'' || c == u'\u2019';
}

// Direction marks that localized text copied from elsewhere carries around signs and numbers.
bool isInvisible(QChar c)
{
    return c == u'\u200E' || c == u'\u200F' || c == u'\u061C';
}

enum class TokenKind { Number, Currency, Sign, OpenParenthesis, CloseParenthesis };

struct Token
{
    TokenKind kind;
    QStringView text;
    bool negative = false;
};

Result<QList<Token>> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace() || isInvisible(c)) {
            ++i;
        } else if (isAsciiDigit(c) || (isMark(c) && i + 1 < size && isAsciiDigit(text[i + 1]))) {
            const qsizetype start = i++;
            while (i < size) {
                const QChar d = text[i];
                const bool betweenDigits = isAsciiDigit(text[i - 1]) && i + 1 < size && isAsciiDigit(text[i + 1]);
                if (isAsciiDigit(d) || isMark(d) || (isGroupingOnly(d) && betweenDigits))
                    ++i;
                else
                    break;
            }
            tokens.append({TokenKind::Number, text.sliced(start, i - start)});
        } else if (c == u'+' || isMinus(c)) {
            tokens.append({TokenKind::Sign, text.sliced(i++, 1), isMinus(c)});
        } else if (c == u'(') {
            tokens.append({TokenKind::OpenParenthesis, text.sliced(i++, 1)});
        } else if (c == u')') {
            tokens.append({TokenKind::CloseParenthesis, text.sliced(i++, 1)});
        } else if (!currencyOfSign(c).isEmpty()) {
            tokens.append({TokenKind::Currency, text.sliced(i++, 1)});
        } else if (c.isLetter()) {
            const qsizetype start = i;
            while (i < size && text[i].isLetter())
                ++i;
            const QStringView word = text.sliced(start, i - start);
            if (Money::isCurrencyCode(word)) {
                tokens.append({TokenKind::Currency, word});
                continue;
            }
            const bool followsNumber = start > 0 && (isAsciiDigit(text[start - 1]) || isMark(text[start - 1]));
            if ((word == u"e" || word == u"E") && followsNumber) {
                //: %1 is the text as typed or read from a file
                return Result<QList<Token>>::failure(
                    Money::tr("\"%1\" is not an amount: exponents are not accepted").arg(quoted(text)));
            }
            return Result<QList<Token>>::failure(Money::tr("\"%1\" is not an amount").arg(quoted(text)));
        } else {
            return Result<QList<Token>>::failure(Money::tr("\"%1\" is not an amount").arg(quoted(text)));
        }
    }
    return tokens;
}

// What the tokens say once their order is checked: one number, at most one currency, at most one way of being
// negative (a sign or parentheses), signs and "(" before the number, ")" after it.
struct Layout
{
    QStringView number;
    QString currency;
    bool negative = false;
};

Result<Layout> readLayout(const QList<Token>& tokens, QStringView text)
{
    Layout layout;
    qsizetype numberAt = -1;
    int numbers = 0;
    int currencies = 0;
    int signs = 0;
    int opening = 0;
    int closing = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        switch (token.kind) {
        case TokenKind::Number:
            ++numbers;
            numberAt = i;
            layout.number = token.text;
            break;
        case TokenKind::Currency:
            ++currencies;
            layout.currency = token.text.size() == 1 ? currencyOfSign(token.text.front()) : token.text.toString();
            break;
        case TokenKind::Sign:
            ++signs;
            layout.negative = token.negative;
            break;
        case TokenKind::OpenParenthesis:
            ++opening;
            break;
        case TokenKind::CloseParenthesis:
            ++closing;
            break;
        }
    }

    if (numbers != 1)
        return Result<Layout>::failure(Money::tr("\"%1\" is not an amount").arg(quoted(text)));
    if (currencies > 1) {
        return Result<Layout>::failure(
            Money::tr("\"%1\" is not an amount: it names more than one currency").arg(quoted(text)));
    }
    if (signs > 1 || (signs == 1 && opening + closing > 0))
        return Result<Layout>::failure(Money::tr("\"%1\" is not an amount: more than one sign").arg(quoted(text)));

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TokenKind kind = tokens[i].kind;
        if (kind == TokenKind::Sign && i > numberAt) {
            return Result<Layout>::failure(
                Money::tr("\"%1\" is not an amount: the sign must come before the number").arg(quoted(text)));
        }
        const bool misplaced = (kind == TokenKind::OpenParenthesis && i > numberAt) ||
                               (kind == TokenKind::CloseParenthesis && i < numberAt);
        if (misplaced || opening > 1 || opening != closing) {
            return Result<Layout>::failure(
                Money::tr("\"%1\" is not an amount: unbalanced parentheses").arg(quoted(text)));
        }
    }
    if (opening == 1)
        layout.negative = true;
    return layout;
}

// Grouped digits: a first group of one to three digits, then groups of exactly three ("1 234 567"). Anything that is
// not a digit here is a group separator.
bool groupsAreValid(QStringView integerPart)
{
    qsizetype groupLength = 0;
    bool firstGroup = true;
    for (const QChar c : integerPart) {
        if (isAsciiDigit(c)) {
            ++groupLength;
            continue;
        }
        if (groupLength == 0 || groupLength > 3 || (!firstGroup && groupLength != 3))
            return false;
        firstGroup = false;
        groupLength = 0;
    }
    return firstGroup || groupLength == 3;
}

// The minor units the digits of `number` stand for, given the currency's decimals. See Money::parse() for the rule
// that tells the decimal mark from a group separator.
Result<qint64> readNumber(QStringView number, bool negative, const QString& currency, QChar forcedMark,
                          QStringView text)
{
    const int decimals = Money::decimals(currency);
    const qsizetype commas = number.count(u',');
    const qsizetype dots = number.count(u'.');
    qsizetype markAt = -1;
    bool repeatedMarkGroups = false;
    if (!forcedMark.isNull()) {
        if ((forcedMark == u',' ? commas : dots) > 1) {
            return Result<qint64>::failure(
                Money::tr("\"%1\" is not an amount: more than one decimal mark").arg(quoted(text)));
        }
        markAt = number.indexOf(forcedMark);
    } else if (commas > 0 && dots > 0) {
        markAt = std::max(number.lastIndexOf(u','), number.lastIndexOf(u'.'));
        if (number.count(number[markAt]) > 1) {
            return Result<qint64>::failure(
                Money::tr("\"%1\" is not an amount: more than one decimal mark").arg(quoted(text)));
        }
    } else if (commas + dots == 1) {
        markAt = commas == 1 ? number.indexOf(u',') : number.indexOf(u'.');
        const QStringView after = number.sliced(markAt + 1);
        const bool threeDigitsAfter = after.size() == 3 && std::all_of(after.begin(), after.end(), isAsciiDigit);
        if (decimals == 0 && threeDigitsAfter)
            markAt = -1;
    } else {
        repeatedMarkGroups = commas + dots > 1;
    }

    const QStringView integerPart = markAt < 0 ? number : number.first(markAt);
    QStringView fraction = markAt < 0 ? QStringView() : number.sliced(markAt + 1);
    if (markAt >= 0 && fraction.isEmpty()) {
        return Result<qint64>::failure(
            Money::tr("\"%1\" is not an amount: no digits after the decimal mark").arg(quoted(text)));
    }
    const bool fractionIsDigits = std::all_of(fraction.begin(), fraction.end(), isAsciiDigit);
    if (!fractionIsDigits || !groupsAreValid(integerPart)) {
        if (repeatedMarkGroups) {
            return Result<qint64>::failure(
                Money::tr("\"%1\" is not an amount: more than one decimal mark").arg(quoted(text)));
        }
        return Result<qint64>::failure(
            Money::tr("\"%1\" is not an amount: digits must be grouped by three").arg(quoted(text)));
    }
    // Once the caller has said which mark the file uses, "12.5000" is exact; only a guess must refuse it ("1,500").
    while (!forcedMark.isNull() && fraction.size() > decimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals) {
        //: %2 is a currency code such as EUR, %3 the number of decimals it has
        return Result<qint64>::failure(Money::tr("\"%1\" has more decimals than %2 allows (%3)")
                                           .arg(quoted(text), currency, QString::number(decimals)));
    }

    quint64 magnitude = 0;
    bool overflow = false;
    const auto append = [&](int digit) {
        overflow = overflow || __builtin_mul_overflow(magnitude, 10U, &magnitude) ||
                   __builtin_add_overflow(magnitude, static_cast<quint64>(digit), &magnitude);
    };
    for (const QChar c : integerPart) {
        if (isAsciiDigit(c))
            append(c.unicode() - u'0');
    }
    for (const QChar c : fraction)
        append(c.unicode() - u'0');
    for (qsizetype i = fraction.size(); i < decimals; ++i)
        append(0);

    const quint64 limit = negative ? s_int64Magnitude : s_int64Magnitude - 1;
    if (overflow || magnitude > limit)
        return Result<qint64>::failure(Money::tr("\"%1\" is too large").arg(quoted(text)));
    // Unsigned to signed conversion is modular since C++20, which gives -2^63 for the largest negative magnitude.
    return negative ? static_cast<qint64>(quint64(0) - magnitude) : static_cast<qint64>(magnitude);
}

Int128 roundedQuotient(Int128 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    const Int128 divisor = denominator;
    Int128 quotient = numerator / divisor;
    const Int128 remainder = numerator % divisor;
    const Int128 twiceRemainder = 2 * (remainder < 0 ? -remainder : remainder);
    if (twiceRemainder >= (divisor < 0 ? -divisor : divisor))
        quotient += (numerator < 0) == (divisor < 0) ? 1 : -1;
    return quotient;
}

bool fitsInt64(Int128 value)
{
    return value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max();
}

} // namespace

Money::Money(qint64 minorUnits, const QString& currency) : m_minorUnits(minorUnits), m_currency(currency)
{
    Q_ASSERT_X(currency.isEmpty() || isCurrencyCode(currency), "Money", "currency must be an upper-case code");
}

int Money::decimals(const QString& currency)
{
    const CurrencyInfo* info = findCurrency(currency);
    return info ? info->decimals : s_defaultDecimals;
}

bool Money::isKnownCurrency(const QString& code)
{
    return findCurrency(code) != nullptr;
}

bool Money::isCurrencyCode(QStringView code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString Money::boundText(int decimals)
{
    QString digits = QString::number(kMaxMinorUnits);
    if (decimals > 0 && decimals < digits.size())
        digits.insert(digits.size() - decimals, u'.');
    return digits;
}

Result<Money> Money::parse(QStringView text, const QString& defaultCurrency, QChar decimalMark)
{
    if (!defaultCurrency.isEmpty() && !isCurrencyCode(defaultCurrency))
        return Result<Money>::failure(tr("\"%1\" is not a currency code").arg(defaultCurrency));
    if (!decimalMark.isNull() && !isMark(decimalMark))
        return Result<Money>::failure(tr("\"%1\" cannot be a decimal mark").arg(decimalMark));
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace() || isInvisible(c); }))
        return Result<Money>::failure(tr("\"%1\" is empty, an amount was expected").arg(quoted(text)));

    const Result<QList<Token>> tokens = tokenize(text);
    if (!tokens.ok())
        return Result<Money>::failure(tokens.error());
    const Result<Layout> layout = readLayout(tokens.value(), text);
    if (!layout.ok())
        return Result<Money>::failure(layout.error());

    QString currency = defaultCurrency;
    if (!layout->currency.isEmpty()) {
        if (!defaultCurrency.isEmpty() && layout->currency != defaultCurrency) {
            //: %2 and %3 are currency codes such as EUR
            return Result<Money>::failure(
                tr("\"%1\" is in %2, but %3 was expected").arg(quoted(text), layout->currency, defaultCurrency));
        }
        currency = layout->currency;
    }
    if (currency.isEmpty())
        return Result<Money>::failure(tr("\"%1\" does not say which currency it is in").arg(quoted(text)));

    const Result<qint64> minorUnits = readNumber(layout->number, layout->negative, currency, decimalMark, text);
    if (!minorUnits.ok())
        return Result<Money>::failure(minorUnits.error());

    return Money(minorUnits.value(), currency);
}

QString Money::formatPlain(QChar decimalMark) const
{
    const int places = decimals(m_currency);
    const quint64 unit = powerOfTen(places);
    const quint64 magnitude = magnitudeOf(m_minorUnits);
    QString text = isNegative() ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / unit);
    if (places > 0)
        text += decimalMark + QStringLiteral("%1").arg(magnitude % unit, places, 10, QLatin1Char('0'));
    return text;
}

QString Money::toPlainString() const
{
    return formatPlain(u'.');
}

QString Money::toFecString() const
{
    return formatPlain(u',');
}

QString Money::symbol(const QLocale& locale) const
{
    // The locale knows how its own currency is written ("￥" in ja_JP, "$" in en_CA).
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const CurrencyInfo* info = findCurrency(m_currency);
    return info && !info->symbol.isEmpty() ? info->symbol.toString() : m_currency;
}

QString Money::toString(const QLocale& locale) const
{
    const int places = decimals(m_currency);
    const quint64 unit = powerOfTen(places);
    const quint64 magnitude = magnitudeOf(m_minorUnits);

    QString digits = locale.toString(static_cast<qulonglong>(magnitude / unit));
    if (places > 0) {
        // QLocale formats only integers without a double; the fraction is an integer padded with the locale's zero.
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const quint64 fraction = magnitude % unit;
        const qsizetype padding = places - QString::number(fraction).size();
        digits += locale.decimalPoint() + locale.zeroDigit().repeated(padding) +
                  ungrouped.toString(static_cast<qulonglong>(fraction));
    }
    if (m_currency.isEmpty())
        return isNegative() ? locale.negativeSign() + digits : digits;

    // The locale's currency pattern (symbol placement, spacing, negative form), learnt by formatting ±1 with a
    // placeholder symbol, then filled with the real digits and symbol.
    const QString pattern = locale.toCurrencyString(qlonglong(isNegative() ? -1 : 1), QString(s_symbolPlaceholder));
    const QString one = locale.toString(qlonglong(1));
    const qsizetype numberAt = pattern.indexOf(one);
    const qsizetype symbolAt = pattern.indexOf(s_symbolPlaceholder);
    Q_ASSERT(numberAt >= 0 && symbolAt >= 0);

    // As CLDR's currency spacing: a symbol made of letters ("CHF") never touches the digits.
    QString symbolText = symbol(locale);
    if (symbolAt + 1 == numberAt && !symbolText.back().isSymbol())
        symbolText += QChar(QChar::Nbsp);
    else if (numberAt + one.size() == symbolAt && !symbolText.front().isSymbol())
        symbolText.prepend(QChar(QChar::Nbsp));

    QString text = pattern;
    if (symbolAt > numberAt) {
        text.replace(symbolAt, 1, symbolText);
        text.replace(numberAt, one.size(), digits);
    } else {
        text.replace(numberAt, one.size(), digits);
        text.replace(symbolAt, 1, symbolText);
    }
    return text;
}

Result<Money> Money::plus(const Money& other) const
{
    if (isNeutral())
        return other;
    if (other.isNeutral())
        return *this;
    if (m_currency != other.m_currency) {
        //: %1 and %2 are currency codes such as EUR
        return Result<Money>::failure(tr("cannot add %1 to %2").arg(other.m_currency, m_currency));
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minorUnits, other.m_minorUnits, &sum)) {
        //: %1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR
        return Result<Money>::failure(
            tr("%1 + %2 %3 is too large").arg(toPlainString(), other.toPlainString(), m_currency));
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    const QString currency = isNeutral() ? other.m_currency : m_currency;
    if (other.isNeutral())
        return *this;
    if (currency != other.m_currency) {
        //: %1 and %2 are currency codes such as EUR
        return Result<Money>::failure(tr("cannot subtract %1 from %2").arg(other.m_currency, m_currency));
    }
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minorUnits, other.m_minorUnits, &difference)) {
        //: %1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR
        return Result<Money>::failure(
            tr("%1 - %2 %3 is too large").arg(toPlainString(), other.toPlainString(), currency));
    }
    return Money(difference, currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minorUnits, factor, &product)) {
        //: %1 is an amount such as 12.50, %2 a currency code such as EUR, %3 a whole number
        return Result<Money>::failure(
            tr("%1 %2 × %3 is too large").arg(toPlainString(), m_currency, QString::number(factor)));
    }
    return Money(product, m_currency);
}

Money Money::shareBasisPoints(qint64 basisPoints) const
{
    return scaled(basisPoints, 10000);
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(divideRoundHalfAwayFromZero(Int128(m_minorUnits) * numerator, denominator), m_currency);
}

Result<qint64> Money::percentBasisPoints(const Money& part, const Money& whole)
{
    if (part.m_currency != whole.m_currency && !part.isNeutral()) {
        //: %1 and %2 are currency codes such as EUR
        return Result<qint64>::failure(tr("cannot express %1 as a share of %2").arg(part.m_currency, whole.m_currency));
    }
    if (whole.isZero()) {
        //: %1 is an amount such as 12.50, %2 a currency code such as EUR
        return Result<qint64>::failure(
            tr("cannot express %1 %2 as a share of zero").arg(part.toPlainString(), part.m_currency));
    }
    const Int128 basisPoints = roundedQuotient(Int128(part.m_minorUnits) * 10000, whole.m_minorUnits);
    if (!fitsInt64(basisPoints)) {
        //: %1 and %3 are amounts such as 12.50, %2 and %4 currency codes such as EUR
        return Result<qint64>::failure(
            tr("%1 %2 is too large a share of %3 %4")
                .arg(part.toPlainString(), part.m_currency, whole.toPlainString(), whole.m_currency));
    }
    return static_cast<qint64>(basisPoints);
}

qint64 divideRoundHalfAwayFromZero(Int128 numerator, qint64 denominator)
{
    if (denominator == 0) {
        Q_ASSERT_X(false, "divideRoundHalfAwayFromZero", "division by zero");
        return 0;
    }
    const Int128 quotient = roundedQuotient(numerator, denominator);
    if (fitsInt64(quotient))
        return static_cast<qint64>(quotient);
    Q_ASSERT_X(false, "divideRoundHalfAwayFromZero", "the quotient does not fit in qint64");
    return quotient < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
}

QDebug operator<<(QDebug debug, const Money& money)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Money(" << money.toPlainString();
    if (!money.currency().isEmpty())
        debug << ' ' << money.currency();
    debug << ')';
    return debug;
}
