#pragma once

#include "core/result.h"
#include "importing/csvrecord.h"
#include "importing/importprofile.h"
#include "importing/timestampparser.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// One row of a statement or sales log, as the profile reads it.
struct ParsedRow
{
    qint64 line = 0;        // 1-based physical line where the record starts
    qint64 occurredUtc = 0; // seconds since 1970-01-01 UTC
    QString reference;
    QString channel; // a channel id, or empty when the profile gives none
    QString product;
    qint64 grossMinor = 0; // minor units of `currency`
    std::optional<qint64> netMinor;
    std::optional<qint64> feeMinor;
    QString currency; // ISO 4217, upper case
    QString status;
    QString provider; // the provider code a sales log line names; empty when the profile maps none
    // The rate the row gives, "BTC/EUR 59856.34" (one BTC is 59856.34 EUR), the decimal with a '.'; empty: none.
    QString rate;
    bool skipped = false; // a blank row or one matching skip_rows: counted, not imported
    int skipRule = -1;    // index in skip_rows of the rule that matched, -1 for a blank row
};

// Why a row could not be read, and where.
struct RowError
{
    Q_DECLARE_TR_FUNCTIONS(RowError)

public:
    QString file;
    qint64 line = 0;
    int column = 0;     // 1-based, 0 when the error is not about one column
    QString columnName; // the header's text, when there is a header
    QString field;      // the profile's field name (gross, timestamp…)
    QString reason;

    // "statement.csv, line 12, column "Montant TTC" (gross): amount with letters: "12,3a""
    QString message() const;
};

// Applies a profile to the records of one file. Build it once per file (after reading the header) and call
// parse() for each record; it keeps small caches (time-zone offsets, repeated currency/channel/product strings), so
// use one per thread.
//
// Row rules: a blank record (only empty cells) is skipped; then skip_rows rules are tried; then every mapped
// column must exist in the row (a short row is an error, not a row of empty cells); timestamp and gross must not
// be empty; net and fee may be empty (absent). The currency comes from its column (upper-cased; € $ £ ¥ are read
// as EUR USD GBP JPY) or from default_currency when the cell is empty or there is no column. A channel cell is
// looked up in channel_values (exact, then trimmed and case-insensitive), else accepted when it is itself a channel
// id, else the row is an error; an empty cell takes default_channel.
class RowParser final
{
    Q_DECLARE_TR_FUNCTIONS(RowParser)

public:
    // `header` is the file's header row (empty when the profile has none). Fails when a column is not found.
    static Result<RowParser> create(const ImportProfile& profile, const QList<QString>& header,
                                    const QString& fileName = QString());

    // Returns false and fills `error` when the row cannot be read.
    bool parse(const CsvRecord& record, ParsedRow& row, RowError& error);

    // True for a record parse() skips (blank, or matching a skip_rows rule); `rule` gets the rule's index, -1 for a
    // blank record.
    bool skips(const CsvRecord& record, int* rule = nullptr) const;
    // The 0-based column a field is read from, -1 when the profile (or the file, for an optional one) has none.
    int columnIndex(ImportProfile::Field field) const { return index(field); }
    // The text of a row's date and time, joined when the file keeps them in two columns.
    std::string_view dateTimeText(const CsvRecord& record);

    // Minor digits of a currency: 2 unless the small table says otherwise (JPY 0, BTC 8…).
    static int currencyDecimals(QStringView code);

private:
    struct SkipMatcher
    {
        enum class Mode { Prefix, Contains, Regex } mode = Mode::Regex;
        std::string literal;
        QRegularExpression regex;
        int index = -1;
    };

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    // Looked up by std::string_view without building a std::string per row; the last hit is kept aside, since
    // consecutive rows often repeat a value. Values are handed out by pointer (map nodes do not move), so a hit
    // costs no reference counting.
    struct Cache
    {
        std::unordered_map<std::string, QString, StringHash, std::equal_to<>> map;
        std::string lastKey;
        const QString* last = nullptr;

        const QString* find(std::string_view key)
        {
            if (last && key == lastKey)
                return last;
            const auto it = map.find(key);
            if (it == map.end())
                return nullptr;
            lastKey.assign(key);
            last = &it->second;
            return last;
        }
        void insert(std::string_view key, const QString& value)
        {
            if (map.size() >= kLimit)
                return;
            last = &map.emplace(std::string(key), value).first->second;
            lastKey.assign(key);
        }
        // Beyond this many distinct values (references, free text) a cache would only cost memory.
        static constexpr size_t kLimit = 256;
    };

    RowParser() = default;
    bool fail(RowError& error, const CsvRecord& record, ImportProfile::Field field, const QString& reason) const;
    int index(ImportProfile::Field field) const { return m_columns.index[static_cast<size_t>(field)]; }
    // Returns a cached QString for small, repeated values (channel names, products, currencies, statuses).
    void assignCached(Cache& cache, std::string_view value, QString& out);
    const QString* resolveChannel(std::string_view value);
    bool resolveCurrency(std::string_view value, QString& out);
    Result<qint64> zonedTimestamp(std::string_view dateTime, std::string_view zone);

    ImportProfile m_profile;
    ImportProfile::ResolvedColumns m_columns;
    int m_lastColumn = -1; // the largest mapped index: a shorter row lacks a column
    QList<QString> m_header;
    QString m_fileName;
    std::optional<TimestampParser> m_timestamps;
    // With a zone column: the file's format read as UTC (the wall-clock time), and a parser per IANA zone named.
    std::optional<TimestampParser> m_wallClock;
    std::unordered_map<QString, TimestampParser> m_zoneParsers;
    std::vector<SkipMatcher> m_skip;
    Cache m_channelCache;
    Cache m_currencyCache;
    Cache m_productCache;
    Cache m_statusCache;
    QString m_channelOverflow;
    std::string m_dateTime; // date and time columns joined, when a file keeps them apart
    QString m_lastCurrency;
    int m_lastDecimals = 2;
};
