#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// Reads the timestamps of a file into UTC seconds since the epoch.
//
// Formats (a profile's `date_format`):
//  - "iso8601": 2025-03-30T02:30:00, a space instead of T, optional seconds and fraction, optional offset
//    ("Z", "+01:00", "+0100", "+01"). An offset in the value wins over the time zone; without one, the time zone
//    applies. A date alone means midnight.
//  - "unix": seconds since 1970-01-01 UTC (a fraction is dropped); "unix_ms": milliseconds.
//  - A Qt date-time format ("dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm"…). Formats made only of numeric fields
//    (yyyy yy MM M dd d HH H hh h mm m ss s zzz z, 12-hour h without AP) and literal separators are read by hand,
//    fast; a numeric field followed by a separator may have one digit fewer ("1/2/2025"). Two-digit years are
//    2000–2099. Other formats (month names MMM, AP, t) go through QDateTime::fromString, with English names.
//    Unquoted letters that are not Qt format letters are refused (a "DD/MM/YYYY" typo), except T and Z.
//
// Local times are converted in the IANA time zone given, daylight saving time included:
//  - a local time that does not exist (the hour skipped when clocks go forward, e.g. 2025-03-30 02:30 in
//    Europe/Paris) is an error saying so;
//  - an ambiguous one (the hour repeated when clocks go back, e.g. 2025-10-26 02:30 in Europe/Paris) is read as
//    its first occurrence, the daylight-saving one (00:30 UTC there), since statements list events in order and a
//    provider writing local times has already lost the information.
// The UTC offset is computed with QTimeZone once per distinct local day and cached; days with a transition
// nearby take a slower exact path. One parser per thread: the cache is not shared.
class TimestampParser final
{
    Q_DECLARE_TR_FUNCTIONS(TimestampParser)

public:
    // A failure explains what is wrong with the format.
    static Status checkFormat(const QString& format);
    static bool isKnownTimeZone(const QString& id);

    static Result<TimestampParser> create(const QString& format, const QString& timeZoneId);

    // The fixed offset east of UTC, in seconds, that a zone column's cell names: an abbreviation that says whether
    // summer time applies (CET, CEST, GMT, BST, PST, PDT, EST, EDT, JST…), or an offset ("+01:00", "UTC+1",
    // "GMT-05:00"). Nullopt for anything else, such as an IANA id, which then needs the zone's own rules.
    static std::optional<int> fixedOffset(QStringView text);

    // `text` is UTF-8; surrounding spaces are ignored.
    Result<qint64> parse(std::string_view text);

    // Local wall-clock seconds (the local date and time counted as if they were UTC) → UTC seconds.
    Result<qint64> localToUtc(qint64 localSeconds);

private:
    enum class Mode { Iso8601, Unix, UnixMs, Fields, Qt };
    enum class Kind { Literal, Year4, Year2, Month, Day, Hour, Minute, Second, Millis };
    struct Token
    {
        Kind kind;
        int width;    // nominal digits
        char literal; // for Kind::Literal (one UTF-8 byte; multi-byte literals are several tokens)
    };
    struct DayInfo
    {
        bool simple = true;
        int offset = 0;                                  // when simple: the offset all day long
        int offsetBefore = 0;                            // otherwise: the offset before the first transition
        std::vector<std::pair<qint64, int>> transitions; // (at UTC, offset after)
    };
    struct Tokenized
    {
        std::vector<Token> tokens;
        bool handParsable = true;
        bool twoDigitYear = false;
        bool hasZone = false;
    };

    TimestampParser() = default;
    static Result<Tokenized> tokenize(const QString& format);
    Result<qint64> parseFields(std::string_view text);
    Result<qint64> parseIso(std::string_view text);
    Result<qint64> parseWithQt(std::string_view text);
    const DayInfo& dayInfo(qint64 day);
    QString describeLocal(qint64 localSeconds) const;

    Mode m_mode = Mode::Iso8601;
    QString m_format;
    std::vector<Token> m_tokens;
    bool m_twoDigitYear = false;
    bool m_formatHasZone = false;
    QTimeZone m_zone;
    QString m_zoneId;
    bool m_utc = false;
    std::unordered_map<qint64, DayInfo> m_days;
    qint64 m_lastDay = 0;
    const DayInfo* m_lastInfo = nullptr;
};
