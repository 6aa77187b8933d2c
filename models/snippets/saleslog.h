#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The sales log the generated snippets append to (obole-data/sales-log.csv), one line per accepted code:
//
//   UTF-8 without BOM, LF line ends, ',' delimiter, a header line first, then one line per sale. Text fields
//   (reference, product, provider) are always double-quoted, a quote inside doubled (RFC 4180); control characters
//   in them are written as spaces, so every sale is exactly one physical line. Columns, in this order:
//     timestamp       when the code was accepted, UTC, ISO 8601 with Z: 2025-03-14T18:05:09Z
//     reference       the provider's transaction reference when its reply carries one, else empty
//     site_id         Obole's site id
//     product_id      Obole's product id
//     product         the product's name when the snippet was generated
//     channel         channel id: audiotel sms internet_plus carrier_billing prepaid_card crypto wallet
//     provider        the provider's code in Obole
//     gross           the price the buyer paid, '.' decimal mark, no grouping, all the currency's decimals: 1.50
//     currency        ISO 4217 code: EUR
//     access_seconds  0 for a single-use access, else how long the access lasts
//     code_hash       HMAC-SHA256 of "code|<provider>|<code>" keyed with the site secret, 64 lower-case hex digits;
//                     the code itself is never written. Obole, holding the site secret, can recompute it. A code of a
//                     provider whose codes ignore case is upper-cased first.
//   A text field starting with = + - @ (a formula to a spreadsheet) is written with a leading apostrophe, the rule of
//   the CSV export (SpreadsheetText). References are cut to 128 characters, never inside a character.
//
// Used codes are recorded apart (obole-data/used-codes/), one file each named by usedCodeName(): no secret enters it,
// so a new site secret never makes a used code usable again.
class SalesLog final
{
public:
    static QStringList columns();
    static QString headerLine();
    static QString codeHash(const QByteArray& siteSecret, const QString& providerCode, const QString& code);
    // SHA-256 of "obole used code|<provider>|<code>", 64 lower-case hex digits (the code upper-cased first when the
    // provider's codes ignore case).
    static QString usedCodeName(const QString& providerCode, const QString& code);
};
