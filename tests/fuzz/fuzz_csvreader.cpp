// libFuzzer target: the CSV reader, then the field parsers and a row parser on every record it yields.
// The first input byte chooses the reader's options (and the parity of the size, whether it decodes as it reads);
// the rest is the file.
#include "importing/amountparser.h"
#include "importing/csvreader.h"
#include "importing/importprofile.h"
#include "importing/rowparser.h"
#include "importing/textcodec.h"
#include "importing/timestampparser.h"

#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

RowParser& rowParser(bool qtFormat)
{
    static std::optional<RowParser> parsers[2];
    std::optional<RowParser>& p = parsers[qtFormat ? 1 : 0];
    if (!p) {
        ImportProfile profile;
        profile.name = QStringLiteral("fuzz");
        profile.provider = QStringLiteral("fuzz");
        profile.header = false;
        profile.decimalMark = qtFormat ? ',' : '.';
        profile.dateFormat = qtFormat ? QStringLiteral("dd MMM yyyy HH:mm") : QStringLiteral("dd/MM/yyyy HH:mm:ss");
        profile.timeZone = QStringLiteral("Europe/Paris");
        profile.column(ImportProfile::Field::Timestamp).position = 1;
        profile.column(ImportProfile::Field::Gross).position = 2;
        profile.column(ImportProfile::Field::Net).position = 3;
        profile.column(ImportProfile::Field::Currency).position = 4;
        profile.column(ImportProfile::Field::Channel).position = 5;
        profile.defaultCurrency = QStringLiteral("EUR");
        profile.channelValues.insert(QStringLiteral("SMS+"), QStringLiteral("sms"));
        ImportProfile::SkipRule rule;
        rule.column = QStringLiteral("timestamp");
        rule.matches = QStringLiteral("^Total");
        rule.regex = QRegularExpression(rule.matches);
        profile.skipRows.append(rule);
        ImportProfile::SkipRule regexRule;
        regexRule.position = 5;
        regexRule.matches = QStringLiteral("(?i)^refund(ed)?$");
        regexRule.regex = QRegularExpression(regexRule.matches);
        profile.skipRows.append(regexRule);
        Result<RowParser> created = RowParser::create(profile, {}, QStringLiteral("fuzz.csv"));
        if (!created.ok())
            std::abort();
        p.emplace(std::move(created.value()));
    }
    return *p;
}

TimestampParser& isoParser()
{
    static std::optional<TimestampParser> p;
    if (!p)
        p.emplace(TimestampParser::create(QStringLiteral("iso8601"), QStringLiteral("America/New_York")).value());
    return *p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    static constexpr TextCodec::Encoding encodings[] = {
        TextCodec::Encoding::Auto, TextCodec::Encoding::Utf8, TextCodec::Encoding::Windows1252,
        TextCodec::Encoding::Iso8859_15, TextCodec::Encoding::Iso8859_1};
    static constexpr char delimiters[] = {0, ',', ';', '\t', '|', 0, ';', ','};
    CsvReader::Options options;
    options.encoding = encodings[flags % 5];
    options.delimiter = delimiters[(flags >> 3) & 7];
    options.skipLines = (flags >> 6) & 1;
    options.header = (flags >> 7) & 1;
    options.decodeAsRead = size % 2 == 0; // as imports read

    CsvReader reader(options);
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if (!reader.openData(bytes, QStringLiteral("fuzz.csv")).ok())
        return 0;

    RowParser& rows = rowParser(flags & 4);
    CsvRecord record;
    ParsedRow row;
    RowError error;
    qint64 previousLine = 0;
    while (reader.next(record)) {
        // Invariants: records move forward, end where they start or later, and never split a UTF-8 sequence.
        if (record.line() <= previousLine || record.endLine() < record.line() || record.isEmpty())
            std::abort();
        previousLine = record.endLine();
        if (reader.position() > reader.size())
            std::abort();
        for (qsizetype i = 0; i < record.size(); ++i) {
            const std::string_view f = record.field(i);
            if (TextCodec::findInvalidUtf8(QByteArrayView(f.data(), static_cast<qsizetype>(f.size()))) >= 0)
                std::abort();
            static_cast<void>(AmountParser::parse(f, ',', 2));
            static_cast<void>(AmountParser::parse(f, '.', 8));
            static_cast<void>(isoParser().parse(f));
        }
        if (!rows.parse(record, row, error))
            static_cast<void>(error.message());
    }
    return 0;
}
