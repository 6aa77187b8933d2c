#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <string_view>

// Reads an amount of money written by a person or a spreadsheet into integer minor units (cents), never through a
// floating-point number.
//
// Accepted around the number: spaces (also U+00A0 and U+202F), one currency sign or ISO code before or after it
// (€ $ £ ¥ ₿, or three capital letters such as EUR), a sign before it ('-', '+', U+2212) or a minus after it
// ("1,50-"), or parentheses for a negative amount ("(1,50)").
// Inside the number: the given decimal mark once, and thousands separators — space, U+00A0, U+202F, U+2009,
// apostrophes (' and ’), or the other one of '.' and ','. Each separator must be followed by exactly three digits
// and the first group must have one to three: so with a decimal comma "1.234,56" is 1234.56 while "1.5" is an
// error, which catches a profile whose decimal mark is wrong instead of reading amounts a thousand times too big.
// More decimals than the currency has are accepted only when the extra ones are zeros ("1,500" as 1.50 EUR): an
// amount is never rounded.
class AmountParser final
{
    Q_DECLARE_TR_FUNCTIONS(AmountParser)

public:
    // `text` is UTF-8; `decimalMark` is '.' or ','; `decimals` is the currency's number of minor digits (0 to 18).
    static Result<qint64> parse(std::string_view text, char decimalMark, int decimals);
};
