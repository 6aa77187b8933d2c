#include "importing/amountparser.h"

#include "money/money.h"

#include <QString>

namespace {

using namespace std::string_view_literals;

QString quoted(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Length of the space-like character at the start of `s` (ASCII space or tab, U+00A0, U+202F, U+2009), or 0.
size_t spaceAt(std::string_view s)
{
    if (s.empty())
        return 0;
    if (s[0] == ' ' || s[0] == '\t')
        return 1;
    if (s.starts_with("\xC2\xA0"sv))
        return 2;
    if (s.starts_with("\xE2\x80\xAF"sv) || s.starts_with("\xE2\x80\x89"sv))
        return 3;
    return 0;
}

size_t spaceBefore(std::string_view s)
{
    if (s.empty())
        return 0;
    if (s.back() == ' ' || s.back() == '\t')
        return 1;
    if (s.ends_with("\xC2\xA0"sv))
        return 2;
    if (s.ends_with("\xE2\x80\xAF"sv) || s.ends_with("\xE2\x80\x89"sv))
        return 3;
    return 0;
}

std::string_view trimmed(std::string_view s)
{
    while (size_t n = spaceAt(s))
        s.remove_prefix(n);
    while (size_t n = spaceBefore(s))
        s.remove_suffix(n);
    return s;
}

constexpr std::string_view kSymbols[] = {"\xE2\x82\xAC"sv, "$"sv, "\xC2\xA3"sv, "\xC2\xA5"sv, "\xE2\x82\xBF"sv};

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Length of a currency sign or three-capital-letter code starting `s` (and not followed by another letter).
size_t currencyPrefix(std::string_view s)
{
    for (const std::string_view sym : kSymbols)
        if (s.starts_with(sym))
            return sym.size();
    if (s.size() >= 3 && isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2]) && (s.size() == 3 || !isLetter(s[3])))
        return 3;
    return 0;
}

size_t currencySuffix(std::string_view s)
{
    for (const std::string_view sym : kSymbols)
        if (s.ends_with(sym))
            return sym.size();
    const size_t n = s.size();
    if (n >= 3 && isUpper(s[n - 1]) && isUpper(s[n - 2]) && isUpper(s[n - 3]) && (n == 3 || !isLetter(s[n - 4])))
        return 3;
    return 0;
}

// Length of a sign at the start of `s`; sets `negative`.
size_t signPrefix(std::string_view s, bool& negative)
{
    if (s.starts_with('-')) {
        negative = true;
        return 1;
    }
    if (s.starts_with("\xE2\x88\x92"sv)) {
        negative = true;
        return 3;
    }
    if (s.starts_with('+')) {
        negative = false;
        return 1;
    }
    return 0;
}

size_t signSuffix(std::string_view s, bool& negative)
{
    if (s.ends_with('-')) {
        negative = true;
        return 1;
    }
    if (s.ends_with("\xE2\x88\x92"sv)) {
        negative = true;
        return 3;
    }
    if (s.ends_with('+')) {
        negative = false;
        return 1;
    }
    return 0;
}

// Length of a thousands separator at the start of `s`, given the decimal mark, or 0.
size_t groupSeparatorAt(std::string_view s, char decimalMark)
{
    if (size_t n = spaceAt(s))
        return n;
    if (s[0] == '\'')
        return 1;
    if (s.starts_with("\xE2\x80\x99"sv))
        return 3;
    if ((s[0] == '.' || s[0] == ',') && s[0] != decimalMark)
        return 1;
    return 0;
}

constexpr qint64 kPow10[] = {1,
                             10,
                             100,
                             1000,
                             10000,
                             100000,
                             1000000,
                             10000000,
                             100000000,
                             1000000000,
                             10000000000,
                             100000000000,
                             1000000000000,
                             10000000000000,
                             100000000000000,
                             1000000000000000,
                             10000000000000000,
                             100000000000000000,
                             1000000000000000000};

} // namespace

Result<qint64> AmountParser::parse(std::string_view text, char decimalMark, int decimals)
{
    using R = Result<qint64>;
    if (decimals < 0 || decimals > 18)
        return R::failure(tr("a currency cannot have %1 decimals").arg(decimals));

    // Fast path for what most files hold: [-]digits[mark digits], within the currency's decimals.
    {
        const char* p = text.data();
        const char* const end = p + text.size();
        const bool negative = p < end && *p == '-';
        if (negative)
            ++p;
        qint64 v = 0;
        int digits = 0;
        int fraction = -1;
        for (; p < end; ++p) {
            const char c = *p;
            if (c >= '0' && c <= '9') {
                if (digits == 18)
                    break; // may not fit: the careful path below checks
                v = v * 10 + (c - '0');
                ++digits;
                if (fraction >= 0)
                    ++fraction;
            } else if (c == decimalMark && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
        }
        const int kept = fraction < 0 ? 0 : fraction;
        if (p == end && digits > 0 && kept <= decimals && digits + (decimals - kept) <= 18) {
            v *= kPow10[decimals - kept];
            if (v <= Money::kMaxMinorUnits)
                return negative ? -v : v;
            return R::failure(tr("the amount \"%1\" is beyond the largest amount Obole accepts (%2 either way)")
                                  .arg(quoted(text), Money::boundText(decimals)));
        }
    }

    std::string_view s = trimmed(text);
    if (s.empty())
        return R::failure(tr("the amount is empty"));

    bool negative = false;
    int signs = 0;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        ++signs;
        s = trimmed(s.substr(1, s.size() - 2));
    }

    bool currencySeen = false;
    // Before the number: sign and currency, in either order.
    for (int round = 0; round < 2; ++round) {
        bool neg = false;
        if (const size_t n = signPrefix(s, neg)) {
            negative = negative || neg;
            ++signs;
            s = trimmed(s.substr(n));
        }
        if (!currencySeen) {
            if (const size_t n = currencyPrefix(s)) {
                currencySeen = true;
                s = trimmed(s.substr(n));
            }
        }
    }
    // After it: a trailing sign and currency, in either order.
    for (int round = 0; round < 2; ++round) {
        bool neg = false;
        if (const size_t n = signSuffix(s, neg)) {
            negative = negative || neg;
            ++signs;
            s = trimmed(s.substr(0, s.size() - n));
        }
        if (!currencySeen) {
            if (const size_t n = currencySuffix(s)) {
                currencySeen = true;
                s = trimmed(s.substr(0, s.size() - n));
            }
        }
    }
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') { // "-(1,50)"
        negative = true;
        ++signs;
        s = trimmed(s.substr(1, s.size() - 2));
    }
    if (signs > 1)
        return R::failure(tr("more than one sign in the amount \"%1\"").arg(quoted(text)));

    qint64 value = 0;
    bool overflow = false;
    int digits = 0;
    int keptDecimals = 0;
    int givenDecimals = 0;
    bool extraNonZeroDecimals = false;
    bool seenDecimal = false;
    int groupDigits = -1;  // digits since the last thousands separator; -1 before the first one
    int leadingDigits = 0; // digits before the first thousands separator
    char groupKind = 0;    // the first separator seen ('s' for any space), all others must match

    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            ++digits;
            if (seenDecimal) {
                ++givenDecimals;
                if (givenDecimals > decimals) {
                    if (c != '0')
                        extraNonZeroDecimals = true;
                    ++i;
                    continue;
                }
                ++keptDecimals;
            } else if (groupDigits >= 0) {
                ++groupDigits;
            } else {
                ++leadingDigits;
            }
            if (__builtin_mul_overflow(value, qint64(10), &value) ||
                __builtin_add_overflow(value, qint64(c - '0'), &value))
                overflow = true;
            ++i;
            continue;
        }
        if (c == decimalMark) {
            if (seenDecimal)
                return R::failure(tr("the amount \"%1\" has more than one decimal mark '%2'")
                                      .arg(quoted(text), QString(QLatin1Char(c))));
            if (groupDigits >= 0 && groupDigits != 3)
                return R::failure(tr("the amount \"%1\" has a thousands separator not followed by three digits "
                                     "(is the decimal mark '%2' right?)")
                                      .arg(quoted(text), QString(QLatin1Char(decimalMark))));
            seenDecimal = true;
            ++i;
            continue;
        }
        if (const size_t n = groupSeparatorAt(s.substr(i), decimalMark)) {
            const char kind = spaceAt(s.substr(i)) ? 's' : (c == '\'' || n == 3) ? '\'' : c;
            if (seenDecimal || digits == 0 || (groupKind != 0 && kind != groupKind) || leadingDigits > 3 ||
                (groupDigits >= 0 && groupDigits != 3)) {
                return R::failure(tr("the amount \"%1\" is not a number with the decimal mark '%2' "
                                     "(misplaced '%3')")
                                      .arg(quoted(text), QString(QLatin1Char(decimalMark)),
                                           QString::fromUtf8(s.data() + i, static_cast<qsizetype>(n))));
            }
            groupKind = kind;
            groupDigits = 0;
            i += n;
            continue;
        }
        if (isLetter(c))
            return R::failure(tr("amount with letters: \"%1\"").arg(quoted(text)));
        // Show the whole UTF-8 character, not one of its bytes.
        size_t n = 1;
        while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
            ++n;
        return R::failure(tr("unexpected character '%1' in the amount \"%2\"")
                              .arg(QString::fromUtf8(s.data() + i, static_cast<qsizetype>(n)), quoted(text)));
    }

    if (digits == 0)
        return R::failure(tr("no digits in the amount \"%1\"").arg(quoted(text)));
    if (groupDigits >= 0 && groupDigits != 3)
        return R::failure(tr("the amount \"%1\" has a thousands separator not followed by three digits "
                             "(is the decimal mark '%2' right?)")
                              .arg(quoted(text), QString(QLatin1Char(decimalMark))));
    if (extraNonZeroDecimals)
        return R::failure(tr("too many decimals in the amount \"%1\": %2 given, the currency has %3")
                              .arg(quoted(text))
                              .arg(givenDecimals)
                              .arg(decimals));
    if (!overflow && __builtin_mul_overflow(value, kPow10[decimals - keptDecimals], &value))
        overflow = true;
    if (overflow || value > Money::kMaxMinorUnits)
        return R::failure(tr("the amount \"%1\" is beyond the largest amount Obole accepts (%2 either way)")
                              .arg(quoted(text), Money::boundText(decimals)));
    return negative ? -value : value;
}
