#pragma once

#include "core/result.h"
#include "importing/csvreader.h"
#include "importing/textcodec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// How to read one shape of file (a provider's statement, a payout statement, the site's sales log): a plain value,
// saved as JSON. The format:
//
//   key             type / values                                   default     meaning
//   name            string (required)                                           shown in lists
//   kind            "provider" | "sales" | "payout" (required)                  provider statement, the site's own
//                                                                               sales log (gross = price paid), or a
//                                                                               provider's payout statement (gross =
//                                                                               amount paid out)
//   provider        string id (required for provider and payout)
//   encoding        "auto" | "utf-8" | "windows-1252" | "iso-8859-15"  "auto"    see TextCodec; a BOM always wins
//                   | "iso-8859-1"
//   delimiter       "auto" | "tab" | one character (, ; | …)         "auto"      see CsvReader for the detection rule
//   decimal_mark    "auto" | "." | ","                               "auto"      auto: the amounts of the whole
//                                                                               file decide (see ProfileSurvey)
//   skip_lines      whole number ≥ 0                                 0           physical lines before the header
//   header          true | false                                     true        is there a header row?
//   skip_rows       [{"column": C, "matches": REGEX}, …]             []          rows whose column C matches REGEX
//                                                                               (QRegularExpression, unanchored) are
//                                                                               skipped and counted; C is a field
//                                                                               name of `columns`, a header, or a
//                                                                               1-based position
//   date_format     "iso8601" | "unix" | "unix_ms" | a Qt format,    (required)  see TimestampParser; given a list,
//                   or a list of them                                           the first that reads every date of
//                                                                               the file is used (ProfileSurvey)
//   timezone        IANA id ("Europe/Paris")                         "UTC"       zone of local times in the file
//   columns         {field: column}                                  (required)  fields: timestamp and gross
//                                                                               (required), reference, channel,
//                                                                               product, net, fee, currency, status,
//                                                                               provider (a sales log naming the
//                                                                               provider of each sale), time (when a
//                                                                               file keeps the time of day apart from
//                                                                               the date: it is appended to the
//                                                                               timestamp with a space before parsing),
//                                                                               zone (a column naming each row's time
//                                                                               zone: CET, PDT, +01:00, Europe/Paris;
//                                                                               it wins over timezone).
//                                                                               A column is a header's text (exact
//                                                                               match first, then trimmed and
//                                                                               case-insensitive), a list of headers
//                                                                               (the first the file has), or a 1-based
//                                                                               position: a JSON number, or a string
//                                                                               of digits when header is false
//   optional_columns [field, …]                                      []          fields that may be missing from a
//                                                                               file (their headers are looked for,
//                                                                               not required)
//   channel_values  {"value in the file": channel id}                {}          values of the channel column; a value
//                                                                               that is itself a channel id is
//                                                                               accepted as is
//   default_channel channel id                                                   when there is no channel column, or
//                                                                               its cell is empty
//   default_currency ISO 4217 code (required without a currency column)         likewise for the currency
//   formula_apostrophes true | false                                 false       drop the apostrophe the file puts
//                                                                               before text starting with = + - @
//
// Channel ids: audiotel sms internet_plus carrier_billing prepaid_card crypto wallet. Currencies are read in any
// case and stored in upper case. Any other key is kept as is (extras) and written back by toJson().
//
// fromJson() reports every problem it finds, one a line, each starting with its key path
// ("columns.gross: missing (required)").
class ImportProfile final
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    enum class Kind { Provider, Sales, Payout };
    enum class Field {
        Timestamp,
        Reference,
        Channel,
        Product,
        Gross,
        Net,
        Fee,
        Currency,
        PaymentStatus,
        Provider,
        Time,
        Zone,
        // A rate the file gives with each row (BTCPay's "Rate"): the price of one unit of a currency in another, one
        // of them the row's. `rate_of` is the column of the currency priced when the row's currency is the one the
        // price is in (BTCPay's Payments report read in the invoice currency: rate_of PaymentCurrency); `rate_in` the
        // column of the currency the price is in when the row's currency is the one priced (read in the payment
        // currency: rate_in InvoiceCurrency).
        Rate,
        RateOf,
        RateIn
    };
    static constexpr int FieldCount = 15;

    struct ColumnRef
    {
        QString header;           // named by its header text…
        int position = 0;         // …or by its 1-based position (then header is empty)
        QStringList otherHeaders; // other names the same column has in other files (another language), in order
        bool isSet() const { return position > 0 || !header.isEmpty(); }
        bool operator==(const ColumnRef&) const = default;
    };

    struct SkipRule
    {
        QString column;   // a field name, a header, or digits
        int position = 0; // set when the JSON gave a number
        QString matches;
        QRegularExpression regex;
    };

    // 0-based column indexes, -1 for a field the profile does not map.
    struct ResolvedColumns
    {
        std::array<int, FieldCount> index{};
        QList<int> skipRuleIndex;
    };

    QString name;
    Kind kind = Kind::Provider;
    QString provider;
    TextCodec::Encoding encoding = TextCodec::Encoding::Auto;
    char delimiter = 0;   // 0: detect
    char decimalMark = 0; // 0: "auto", settled by ProfileSurvey from the file's amounts
    int skipLines = 0;
    bool header = true;
    QList<SkipRule> skipRows;
    QString dateFormat;
    QStringList otherDateFormats; // tried after dateFormat, when the file's dates do not all read with it
    QString timeZone;
    std::array<ColumnRef, FieldCount> columns;
    std::array<bool, FieldCount> optional{}; // optional_columns: a field whose column a file may lack
    const ColumnRef& column(Field field) const { return columns[static_cast<size_t>(field)]; }
    ColumnRef& column(Field field) { return columns[static_cast<size_t>(field)]; }
    QMap<QString, QString> channelValues;
    QString defaultChannel;
    QString defaultCurrency;
    // The file puts an apostrophe before text a spreadsheet would run as a formula (=, +, -, @), as the sales log of
    // the generated snippets does (SpreadsheetText): the apostrophe is dropped, so references match the provider's.
    bool formulaApostrophes = false;
    QJsonObject extras;

    static Result<ImportProfile> fromJson(const QByteArray& json);
    static Result<ImportProfile> fromJsonObject(const QJsonObject& object);
    static Result<ImportProfile> fromFile(const QString& path);
    QJsonObject toJson() const;

    // Checks a profile built in code (by the mapping wizard) with the same rules as fromJson().
    Status validate() const;

    CsvReader::Options csvOptions() const;

    // Finds the profile's columns in a header row. The error names every column not found, with its key path,
    // and lists the headers the file has.
    Result<ResolvedColumns> resolveColumns(const QList<QString>& headerRow) const;

    // True when reading a file takes a look at the whole of it first (decimal mark "auto", several date formats).
    bool needsSurvey() const { return decimalMark == 0 || !otherDateFormats.isEmpty(); }
    QStringList dateFormats() const { return QStringList{dateFormat} + otherDateFormats; }

    static QString fieldName(Field field);
    static std::optional<Field> fieldFromName(QStringView name);
    // The field in the UI language, for messages ("Date and time").
    static QString fieldDisplayName(Field field);
    static QString kindName(Kind kind);
    static const QStringList& channelIds();
    static bool isChannelId(QStringView id);
    static QString delimiterName(char delimiter);

private:
    void checkSemantics(QStringList& problems, const QStringList& alreadyReported) const;
    static std::optional<int> findHeader(const QList<QString>& headerRow, const QString& wanted);
};
