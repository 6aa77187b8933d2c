#include "importing/amountparser.h"
#include "importing/csvreader.h"
#include "importing/importprofile.h"
#include "importing/rowparser.h"
#include "importing/timestampparser.h"
#include "money/money.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QString u8(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString dataPath(const char* name)
{
    return QStringLiteral(OBOLE_TEST_DATA "/csv/") + QString::fromUtf8(name);
}

ImportProfile loadProfile(const char* name)
{
    Result<ImportProfile> p = ImportProfile::fromFile(dataPath(name));
    if (!p.ok())
        qFatal("%s", qPrintable(p.error()));
    return p.value();
}

struct ImportOutcome
{
    QList<ParsedRow> rows;
    int skipped = 0;
    QString error; // the first error, as the user would see it
};

// Reads every record of an opened file through a profile, as the importer does.
ImportOutcome readRows(CsvReader& reader, const ImportProfile& profile)
{
    ImportOutcome out;
    Result<RowParser> parser = RowParser::create(profile, reader.header(), reader.displayName());
    if (!parser.ok()) {
        out.error = parser.error();
        return out;
    }
    CsvRecord record;
    ParsedRow row;
    RowError error;
    while (reader.next(record)) {
        if (!parser.value().parse(record, row, error)) {
            out.error = error.message();
            return out;
        }
        if (row.skipped)
            ++out.skipped;
        else
            out.rows.append(row);
    }
    if (reader.hasError())
        out.error = reader.error();
    return out;
}

// Reads a whole file through a profile.
ImportOutcome importFile(const QString& path, const ImportProfile& profile)
{
    CsvReader reader(profile.csvOptions());
    if (const Status st = reader.open(path); !st.ok())
        return ImportOutcome{{}, 0, st.error()};
    return readRows(reader, profile);
}

// The same from text, named `name` in messages.
ImportOutcome importText(const QByteArray& text, const QString& name, const ImportProfile& profile)
{
    CsvReader reader(profile.csvOptions());
    if (const Status st = reader.openData(text, name); !st.ok())
        return ImportOutcome{{}, 0, st.error()};
    return readRows(reader, profile);
}

} // namespace

class TestImportProfile final : public QObject
{
    Q_OBJECT

private slots:
    // --- amounts -----------------------------------------------------------------------------------------------

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<char>("mark");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error"); // a part of the message, when it must fail

        const auto ok = [](const char* name, const QString& text, char mark, int decimals, qint64 expected) {
            QTest::newRow(name) << text << mark << decimals << expected << QString();
        };
        const auto bad = [](const char* name, const QString& text, char mark, int decimals, const char* error) {
            QTest::newRow(name) << text << mark << decimals << qint64(0) << QString::fromUtf8(error);
        };
        ok("decimal comma", QStringLiteral("1,50"), ',', 2, 150);
        ok("decimal point", QStringLiteral("1.50"), '.', 2, 150);
        ok("space thousands", QStringLiteral("1 234,56"), ',', 2, 123456);
        ok("NBSP thousands",
           u8("1\xC2\xA0"
              "234,56"),
           ',', 2, 123456);
        ok("narrow NBSP thousands",
           u8("12\xE2\x80\xAF"
              "345\xE2\x80\xAF"
              "678,00"),
           ',', 2, 1234567800);
        ok("negative cents", QStringLiteral("-0,05"), ',', 2, -5);
        ok("point thousands, euro sign", u8("1.234,56 \xE2\x82\xAC"), ',', 2, 123456);
        ok("comma thousands, dollar first", QStringLiteral("$1,234.56"), '.', 2, 123456);
        ok("apostrophe thousands", QStringLiteral("1'234.50 CHF"), '.', 2, 123450);
        ok("code first", QStringLiteral("EUR 12,00"), ',', 2, 1200);
        ok("minus before the sign",
           u8("-\xE2\x82\xAC"
              "3.20"),
           '.', 2, -320);
        ok("sign after the currency", u8("\xE2\x82\xAC-3.20"), '.', 2, -320);
        ok("trailing minus", QStringLiteral("3,20-"), ',', 2, -320);
        ok("trailing minus after the currency", u8("3,20 \xE2\x82\xAC-"), ',', 2, -320);
        ok("parentheses", QStringLiteral("(1,50)"), ',', 2, -150);
        ok("parentheses and currency",
           u8("(\xC2\xA3"
              "1.50)"),
           '.', 2, -150);
        ok("unicode minus",
           u8("\xE2\x88\x92"
              "2,00"),
           ',', 2, -200);
        ok("plus", QStringLiteral("+2,00"), ',', 2, 200);
        ok("no decimals given", QStringLiteral("12"), ',', 2, 1200);
        ok("one decimal", QStringLiteral("12,3"), ',', 2, 1230);
        ok("leading mark", QStringLiteral(",5"), ',', 2, 50);
        ok("extra zero decimals", QStringLiteral("1,500"), ',', 2, 150);
        ok("zero", QStringLiteral("0"), '.', 2, 0);
        ok("yen", QStringLiteral("1 234"), '.', 0, 1234);
        ok("bitcoin", QStringLiteral("0.00012345 BTC"), '.', 8, 12345);
        ok("thousands only", QStringLiteral("1.000"), ',', 2, 100000);
        ok("spaces around", QStringLiteral("  7,10  "), ',', 2, 710);
        ok("largest", QStringLiteral("10 000 000 000.00"), '.', 2, Money::kMaxMinorUnits);
        ok("smallest", QStringLiteral("-10000000000.00"), '.', 2, -Money::kMaxMinorUnits);
        bad("beyond the bound", QStringLiteral("10000000000.01"), '.', 2, "beyond the largest amount");
        bad("largest qint64", QStringLiteral("92233720368547758.07"), '.', 2, "beyond the largest amount");
        bad("letters", QStringLiteral("12,3a"), ',', 2, "amount with letters: \"12,3a\"");
        bad("word", QStringLiteral("twelve"), ',', 2, "amount with letters");
        bad("too many decimals", QStringLiteral("1,505"), ',', 2,
            "too many decimals in the amount \"1,505\": 3 given, the currency has 2");
        bad("wrong decimal mark", QStringLiteral("1.5"), ',', 2, "thousands separator not followed by three digits");
        bad("misplaced thousands", QStringLiteral("12,34.56"), '.', 2,
            "thousands separator not followed by three digits");
        bad("two decimal marks", QStringLiteral("1,2,3"), '.', 2, "misplaced ','");
        bad("two decimal commas", QStringLiteral("1,2,3"), ',', 2, "more than one decimal mark");
        bad("overflow", QStringLiteral("92233720368547758.08"), '.', 2, "beyond the largest amount");
        bad("overflow in digits", QStringLiteral("99999999999999999999999"), '.', 0, "beyond the largest amount");
        bad("empty", QStringLiteral("  "), ',', 2, "the amount is empty");
        bad("sign only", QStringLiteral("-"), ',', 2, "no digits");
        bad("two signs", QStringLiteral("-(1,50)"), ',', 2, "more than one sign");
        bad("odd character", QStringLiteral("1#50"), ',', 2, "unexpected character '#'");
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(char, mark);
        QFETCH(int, decimals);
        QFETCH(qint64, expected);
        QFETCH(QString, error);
        const QByteArray utf8 = text.toUtf8();
        const Result<qint64> r =
            AmountParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())), mark, decimals);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r.value(), expected);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(error), qPrintable(r.error()));
        }
    }

    // --- timestamps --------------------------------------------------------------------------------------------

    void timestamps_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error");

        const QString fr = QStringLiteral("dd/MM/yyyy HH:mm:ss");
        const QString paris = QStringLiteral("Europe/Paris");
        const auto ok = [](const char* name, const QString& f, const QString& z, const char* t, qint64 e) {
            QTest::newRow(name) << f << z << QString::fromUtf8(t) << e << QString();
        };
        const auto bad = [](const char* name, const QString& f, const QString& z, const char* t, const char* error) {
            QTest::newRow(name) << f << z << QString::fromUtf8(t) << qint64(0) << QString::fromUtf8(error);
        };
        ok("summer time", fr, paris, "01/10/2025 08:15:00", 1759299300);
        ok("just before the gap", fr, paris, "30/03/2025 01:59:59", 1743296399);
        ok("just after the gap", fr, paris, "30/03/2025 03:00:00", 1743296400);
        bad("inside the gap", fr, paris, "30/03/2025 02:30:00",
            "2025-03-30 02:30:00 does not exist in the time zone Europe/Paris");
        ok("ambiguous hour: first occurrence", fr, paris, "26/10/2025 02:30:00", 1761438600);
        ok("after the ambiguous hour", fr, paris, "26/10/2025 03:30:00", 1761445800);
        ok("one-digit day and month before separators", QStringLiteral("d/M/yyyy H:mm"), paris, "1/10/2025 8:15",
           1759299300);
        ok("two-digit year", QStringLiteral("dd/MM/yy HH:mm"), QStringLiteral("UTC"), "01/02/25 14:30", 1738420200);
        ok("glued fields", QStringLiteral("yyyyMMddHHmmss"), QStringLiteral("UTC"), "20250201143000", 1738420200);
        ok("quoted literal", QStringLiteral("yyyy-MM-dd'T'HH:mm"), QStringLiteral("UTC"), "2025-02-01T14:30",
           1738420200);
        ok("milliseconds dropped", QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("UTC"),
           "2025-02-01 14:30:00.999", 1738420200);
        ok("New York fall back: first occurrence", QStringLiteral("yyyy-MM-dd HH:mm"),
           QStringLiteral("America/New_York"), "2025-11-02 01:30", 1762061400);
        ok("New York winter", QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("America/New_York"),
           "2025-01-15 09:05", 1736949900);
        ok("no time zone means UTC", QStringLiteral("yyyy-MM-dd HH:mm"), QString(), "2025-02-01 14:30", 1738420200);
        bad("31 February", fr, paris, "31/02/2025 10:00:00", "is not a valid date and time");
        bad("hour 24", fr, paris, "01/02/2025 24:00:00", "is not a valid date and time");
        bad("does not match", fr, paris, "2025-02-01 10:00:00", "does not match the date format");
        bad("trailing text", fr, paris, "01/02/2025 10:00:00 CET", "does not match the date format");
        bad("empty", fr, paris, "", "the date is empty");

        const QString iso = QStringLiteral("iso8601");
        ok("iso: offset wins over the zone, even in its gap", iso, paris, "2025-03-30T02:30:00+02:00", 1743294600);
        ok("iso: Z", iso, paris, "2025-07-01T12:00:00Z", 1751371200);
        ok("iso: no offset, the zone applies", iso, paris, "2025-07-01 12:00:00", 1751364000);
        ok("iso: fraction and compact offset", iso, paris, "2025-07-01T12:00:00.123+0530", 1751351400);
        ok("iso: minutes only", iso, QStringLiteral("UTC"), "2025-02-01T14:30", 1738420200);
        ok("iso: date only", iso, QStringLiteral("UTC"), "2025-02-01", 1738368000);
        ok("iso: before 1970", iso, QStringLiteral("UTC"), "1969-12-31T23:59:59Z", -1);
        bad("iso: gap without offset", iso, paris, "2025-03-30T02:30:00", "does not exist");
        bad("iso: garbage", iso, paris, "yesterday", "is not an ISO 8601 date");

        ok("unix", QStringLiteral("unix"), paris, "1759299300", 1759299300);
        ok("unix with fraction", QStringLiteral("unix"), paris, "1759299300.75", 1759299300);
        ok("unix_ms", QStringLiteral("unix_ms"), paris, "1759299300999", 1759299300);
        bad("unix: letters", QStringLiteral("unix"), paris, "17592a", "is not a Unix timestamp");

        const QString named = QStringLiteral("dd MMM yyyy HH:mm");
        ok("month names through Qt", named, paris, "01 Jul 2025 12:00", 1751364000);
        bad("month names: gap", named, paris, "30 Mar 2025 02:30", "does not exist");
        ok("12-hour clock through Qt", QStringLiteral("MM/dd/yyyy h:mm AP"), QStringLiteral("UTC"),
           "02/01/2025 2:30 PM", 1738420200);
    }

    void timestamps()
    {
        QFETCH(QString, format);
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(QString, error);
        Result<TimestampParser> parser = TimestampParser::create(format, zone);
        QVERIFY2(parser.ok(), qPrintable(parser.error()));
        const QByteArray utf8 = text.toUtf8();
        const Result<qint64> r = parser.value().parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r.value(), expected);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(error), qPrintable(r.error()));
        }
    }

    void badDateFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error");
        QTest::newRow("moment.js style") << QStringLiteral("DD/MM/YYYY")
                                         << QStringLiteral("'D' is not a Qt date format letter");
        QTest::newRow("three y") << QStringLiteral("dd/MM/yyy") << QStringLiteral("\"yyy\" is not a year field");
        QTest::newRow("no day") << QStringLiteral("MM/yyyy") << QStringLiteral("must have a year");
        QTest::newRow("open quote") << QStringLiteral("yyyy-MM-dd 'at HH:mm") << QStringLiteral("never closed");
        QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("empty");
    }

    void badDateFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, error);
        const Status st = TimestampParser::checkFormat(format);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(error), qPrintable(st.error()));
    }

    // The cached offsets agree with QTimeZone for every half hour of two years, transitions included.
    void zoneCacheAgreesWithQt_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("Paris") << QStringLiteral("Europe/Paris");
        QTest::newRow("New York") << QStringLiteral("America/New_York");
        QTest::newRow("Lord Howe (30-minute DST)") << QStringLiteral("Australia/Lord_Howe");
        QTest::newRow("Kolkata (no DST)") << QStringLiteral("Asia/Kolkata");
    }

    void zoneCacheAgreesWithQt()
    {
        QFETCH(QString, zone);
        Result<TimestampParser> parser = TimestampParser::create(QStringLiteral("iso8601"), zone);
        QVERIFY(parser.ok());
        const QTimeZone tz(zone.toUtf8());
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        int gaps = 0;
        for (qint64 local = start; local < start + 2 * 366 * 86400; local += 1800) {
            const Result<qint64> utc = parser.value().localToUtc(local);
            // What the result must satisfy: shown in the zone, it is the local time asked for, and no earlier
            // instant is.
            if (!utc.ok()) {
                ++gaps;
                continue;
            }
            const qint64 u = utc.value();
            QCOMPARE(u + tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(u, QTimeZone::utc())), local);
            const qint64 earlier = u - 3600;
            QVERIFY(earlier + tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(earlier, QTimeZone::utc())) != local);
        }
        QVERIFY(gaps <= 4 * 2); // two spring-forward transitions a year at most, two half hours each
    }

    // --- profiles ----------------------------------------------------------------------------------------------

    void exampleProfileParses()
    {
        const ImportProfile p = loadProfile("example-agg.json");
        QCOMPARE(p.name, QStringLiteral("Example aggregator (FR)"));
        QCOMPARE(p.kind, ImportProfile::Kind::Provider);
        QCOMPARE(p.provider, QStringLiteral("example-agg"));
        QCOMPARE(p.encoding, TextCodec::Encoding::Windows1252);
        QCOMPARE(p.delimiter, ';');
        QCOMPARE(p.decimalMark, ',');
        QCOMPARE(p.skipLines, 3);
        QVERIFY(p.header);
        QCOMPARE(p.skipRows.size(), 1);
        QCOMPARE(p.skipRows.at(0).column, QStringLiteral("timestamp"));
        QCOMPARE(p.skipRows.at(0).matches, QStringLiteral("^Total"));
        QCOMPARE(p.dateFormat, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        QCOMPARE(p.timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(p.column(ImportProfile::Field::Reference).header, u8("R\xC3\xA9"
                                                                      "f\xC3\xA9rence"));
        QCOMPARE(p.column(ImportProfile::Field::Gross).header, QStringLiteral("Montant TTC"));
        QVERIFY(!p.column(ImportProfile::Field::Fee).isSet());
        QCOMPARE(p.channelValues.value(u8("SMS+ surtax\xC3\xA9")), QStringLiteral("sms"));
        QCOMPARE(p.defaultChannel, QStringLiteral("sms"));
        QCOMPARE(p.defaultCurrency, QStringLiteral("EUR"));
        QVERIFY(p.validate().ok());
    }

    void toJsonRoundTrips()
    {
        QByteArray json = readFile(dataPath("example-agg.json"));
        json.replace("\"default_currency\"", "\"comment\": \"kept\", \"columns_extra\": [1, 2], \"default_currency\"");
        Result<ImportProfile> p = ImportProfile::fromJson(json);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->extras.value(QStringLiteral("comment")).toString(), QStringLiteral("kept"));
        const QJsonObject once = p->toJson();
        QCOMPARE(once.value(QStringLiteral("comment")).toString(), QStringLiteral("kept"));
        Result<ImportProfile> again = ImportProfile::fromJsonObject(once);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->toJson(), once);
        // Every key of the original is written back with its meaning.
        const QJsonObject original = QJsonDocument::fromJson(json).object();
        for (auto it = original.begin(); it != original.end(); ++it)
            QCOMPARE(once.value(it.key()), it.value());
    }

    void positionsAndTabs()
    {
        const QByteArray json = R"({"name": "No header", "kind": "sales", "delimiter": "tab", "header": false,
            "date_format": "unix", "columns": {"timestamp": 1, "gross": "3", "reference": 2},
            "skip_rows": [{"column": 4, "matches": "^(failed|refunded)$"}], "default_currency": "eur"})";
        Result<ImportProfile> p = ImportProfile::fromJson(json);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->delimiter, '\t');
        QCOMPARE(p->column(ImportProfile::Field::Timestamp).position, 1);
        QCOMPARE(p->column(ImportProfile::Field::Gross).header, QStringLiteral("3"));
        QCOMPARE(p->defaultCurrency, QStringLiteral("EUR"));
        const Result<ImportProfile::ResolvedColumns> cols = p->resolveColumns({});
        QVERIFY2(cols.ok(), qPrintable(cols.error()));
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Timestamp)], 0);
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Gross)], 2);
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Reference)], 1);
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Currency)], -1);
        QCOMPARE(cols->skipRuleIndex, QList<int>{3});
        QCOMPARE(p->toJson().value(QStringLiteral("delimiter")).toString(), QStringLiteral("tab"));
    }

    void everyMistakeIsListed()
    {
        const QByteArray json = R"({
            "name": 12,
            "kind": "statement",
            "encoding": "utf-16",
            "delimiter": ";;",
            "decimal_mark": "\u0027",
            "skip_lines": -1,
            "header": "yes",
            "skip_rows": [{"column": "timestamp", "matches": "*Total"}, {"matches": "x"}],
            "date_format": "DD/MM/YYYY",
            "timezone": "Europe/Pariss",
            "columns": {"timestamp": "Date", "amount": "Montant", "net": ""},
            "channel_values": {"SMS+": "smss"},
            "default_channel": "telephone",
            "default_currency": "euro"
        })";
        const Result<ImportProfile> p = ImportProfile::fromJson(json);
        QVERIFY(!p.ok());
        const QStringList lines = p.error().split(u'\n');
        const QStringList expected = {
            QStringLiteral("(name): must be a string"),
            QStringLiteral("(kind): \"statement\" is not one of provider, sales, payout"),
            QStringLiteral("(encoding): \"utf-16\" is not a supported encoding"),
            QStringLiteral("(delimiter): \";;\" is not a delimiter"),
            QStringLiteral("(decimal_mark): \"'\" is not a decimal mark"),
            QStringLiteral("(skip_lines): must be a whole number from 0 to"),
            QStringLiteral("(header): must be true or false"),
            QStringLiteral("(skip_rows[0].matches): \"*Total\" is not a valid regular expression"),
            QStringLiteral("(skip_rows[1].column): missing (required)"),
            QStringLiteral("(date_format): 'D' is not a Qt date format letter"),
            QStringLiteral("(timezone): \"Europe/Pariss\" is not a known time zone"),
            QStringLiteral("(columns.amount): unknown field"),
            QStringLiteral(
                "(columns.net): must be a header (a non-empty string), a list of headers, or a 1-based column number"),
            QStringLiteral("(columns.gross): missing (required)"),
            QStringLiteral("(channel_values.\"SMS+\"): \"smss\" is not a channel id"),
            QStringLiteral("(default_channel): \"telephone\" is not a channel id"),
            QStringLiteral("(default_currency): \"EURO\" is not an ISO 4217 currency code"),
        };
        for (const QString& e : expected) {
            const bool found =
                std::any_of(lines.cbegin(), lines.cend(), [&e](const QString& l) { return l.contains(e); });
            QVERIFY2(found, qPrintable(u"missing: " + e + u"\nin:\n" + p.error()));
        }
        // Each in words first, then the key path.
        QVERIFY2(lines.contains(QStringLiteral("Time zone (timezone): \"Europe/Pariss\" is not a known time zone (use "
                                               "an IANA id such as \"Europe/Paris\" or \"UTC\")")),
                 qPrintable(p.error()));
        // One problem a line, nothing else; name is wrong rather than missing, so it is said once.
        QCOMPARE(lines.size(), expected.size());
    }

    void requiredKeys()
    {
        const Result<ImportProfile> p = ImportProfile::fromJson("{}");
        QVERIFY(!p.ok());
        for (const char* e : {"(name): missing (required)", "(kind): missing", "(columns): missing (required)",
                              "(date_format): missing (required)", "provider: missing (required for kind \"provider\")",
                              "(default_currency): missing (required when columns.currency is not set)"})
            QVERIFY2(p.error().contains(QString::fromUtf8(e)), qPrintable(p.error()));
        QVERIFY2(!p.error().contains(u"columns.gross"), qPrintable(p.error()));
    }

    void headerNamesWithoutHeader()
    {
        const Result<ImportProfile> p = ImportProfile::fromJson(
            R"({"name": "n", "kind": "sales", "header": false, "date_format": "iso8601", "default_currency": "EUR",
                "columns": {"timestamp": "Date", "gross": 2}})");
        QVERIFY(!p.ok());
        QVERIFY2(p.error().startsWith(
                     u"Date and time column (columns.timestamp): \"Date\" names a header, but \"header\" is false"),
                 qPrintable(p.error()));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("{\n\"name\": \"x\",\n}") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    }

    void notJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<ImportProfile> p = ImportProfile::fromJson(json);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(error), qPrintable(p.error()));
    }

    void resolveColumns()
    {
        const ImportProfile p = loadProfile("example-agg.json");
        const QList<QString> header = {QStringLiteral("Date"),
                                       u8("r\xC3\xA9"
                                          "f\xC3\xA9rence "),
                                       QStringLiteral("Moyen de paiement"),
                                       u8("Libell\xC3\xA9"),
                                       QStringLiteral("Montant TTC"),
                                       QStringLiteral("Reversement"),
                                       QStringLiteral("Devise")};
        const Result<ImportProfile::ResolvedColumns> cols = p.resolveColumns(header);
        QVERIFY2(cols.ok(), qPrintable(cols.error()));
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Reference)], 1); // trimmed, case-insensitive
        QCOMPARE(cols->index[size_t(ImportProfile::Field::Currency)], 6);
        QCOMPARE(cols->skipRuleIndex, QList<int>{0});

        const Result<ImportProfile::ResolvedColumns> missing =
            p.resolveColumns({QStringLiteral("Date"), QStringLiteral("Amount"), QStringLiteral("Devise")});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(
                     u"Gross amount column (columns.gross): no column \"Montant TTC\" in the file's header"),
                 qPrintable(missing.error()));
        QVERIFY2(missing.error().contains(u"(columns.product): no column"), qPrintable(missing.error()));
        QVERIFY2(missing.error().endsWith(u"The header has: \"Date\", \"Amount\", \"Devise\""),
                 qPrintable(missing.error()));
    }

    // --- rows --------------------------------------------------------------------------------------------------

    void exampleStatement()
    {
        const ImportOutcome out = importFile(dataPath("example-agg.csv"), loadProfile("example-agg.json"));
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.skipped, 1); // the Total line
        QCOMPARE(out.rows.size(), 4);

        const ParsedRow& a = out.rows.at(0);
        QCOMPARE(a.line, 5);
        QCOMPARE(a.occurredUtc, 1759299300);
        QCOMPARE(a.reference, QStringLiteral("EA-0001"));
        QCOMPARE(a.channel, QStringLiteral("sms"));
        QCOMPARE(a.product, QStringLiteral("Pass 24 h"));
        QCOMPARE(a.grossMinor, 150);
        QCOMPARE(a.netMinor, std::optional<qint64>(98));
        QCOMPARE(a.feeMinor, std::optional<qint64>());
        QCOMPARE(a.currency, QStringLiteral("EUR"));

        const ParsedRow& b = out.rows.at(1);
        QCOMPARE(b.channel, QStringLiteral("audiotel"));
        QCOMPARE(b.product, u8("Article \"premium\"; \xC3\xA9"
                               "dition du soir"));
        QCOMPARE(b.grossMinor, 299);

        const ParsedRow& c = out.rows.at(2);
        QCOMPARE(c.line, 7);
        QCOMPARE(c.occurredUtc, 1761438600);        // 26/10/2025 02:30, the first of the two
        QCOMPARE(c.channel, QStringLiteral("sms")); // a channel id as is
        QCOMPARE(c.product, u8("Cr\xC3\xA9"
                               "dits\r\njeu"));
        QCOMPARE(c.grossMinor, 123456);

        const ParsedRow& d = out.rows.at(3);
        QCOMPARE(d.line, 9);
        QCOMPARE(d.occurredUtc, 1761445800);
        QCOMPARE(d.channel, QStringLiteral("sms")); // empty cell: default_channel
        QCOMPARE(d.grossMinor, -5);
        QCOMPARE(d.netMinor, std::optional<qint64>());
        QCOMPARE(d.currency, QStringLiteral("EUR")); // written as € in the file
    }

    void rowRules_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("result"); // "gross currency channel" or "skipped" or the error's start

        QTest::newRow("plain") << QByteArray("2025-01-01;R;1,50;EUR;sms;") << QStringLiteral("150 EUR sms");
        QTest::newRow("lower-case currency")
            << QByteArray("2025-01-01;R;1,50;eur;sms;") << QStringLiteral("150 EUR sms");
        QTest::newRow("yen has no decimals")
            << QByteArray("2025-01-01;R;1 234;JPY;sms;") << QStringLiteral("1234 JPY sms");
        QTest::newRow("bitcoin has eight")
            << QByteArray("2025-01-01;R;0,00012345;btc;crypto;") << QStringLiteral("12345 BTC crypto");
        QTest::newRow("empty currency: default")
            << QByteArray("2025-01-01;R;1,50;;sms;") << QStringLiteral("150 EUR sms");
        QTest::newRow("mapped channel, other case")
            << QByteArray("2025-01-01;R;1,50;EUR;  carte PREPAYEE ;") << QStringLiteral("150 EUR prepaid_card");
        QTest::newRow("separator row") << QByteArray(";;;;;") << QStringLiteral("skipped");
        QTest::newRow("status rule") << QByteArray("2025-01-01;R;1,50;EUR;sms;refunded") << QStringLiteral("skipped");
        QTest::newRow("short Total row skipped before the length check")
            << QByteArray("Total;;3,00") << QStringLiteral("skipped");
        QTest::newRow("unknown channel")
            << QByteArray("2025-01-01;R;1,50;EUR;minitel;")
            << QStringLiteral("s.csv, line 2, column \"Moyen\" (channel): \"minitel\" is not a known channel");
        QTest::newRow("bad currency")
            << QByteArray("2025-01-01;R;1,50;euro;sms;")
            << QStringLiteral("s.csv, line 2, column \"Devise\" (currency): \"euro\" is not an ISO 4217");
        QTest::newRow("too many decimals for JPY")
            << QByteArray("2025-01-01;R;1,50;JPY;sms;")
            << QStringLiteral("s.csv, line 2, column \"Montant\" (gross): too many decimals");
        QTest::newRow("empty gross") << QByteArray("2025-01-01;R;;EUR;sms;")
                                     << QStringLiteral(
                                            "s.csv, line 2, column \"Montant\" (gross): the amount is empty");
        QTest::newRow("short row") << QByteArray("2025-01-01;R;1,50")
                                   << QStringLiteral(
                                          "s.csv, line 2, column \"Devise\" (currency): the row has 3 field(s)");
        QTest::newRow("bad date")
            << QByteArray("01/01/2025;R;1,50;EUR;sms;")
            << QStringLiteral("s.csv, line 2, column \"Date\" (timestamp): \"01/01/2025\" is not an ISO 8601");
    }

    void rowRules()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, result);
        const Result<ImportProfile> profile = ImportProfile::fromJson(R"({
            "name": "rules", "kind": "provider", "provider": "p", "delimiter": ";", "decimal_mark": ",",
            "date_format": "iso8601", "timezone": "UTC", "default_currency": "EUR",
            "columns": {"timestamp": "Date", "reference": "Ref", "gross": "Montant", "currency": "Devise",
                        "channel": "Moyen", "status": "Statut"},
            "channel_values": {"Carte prépayée": "prepaid_card", "carte prepayee": "prepaid_card"},
            "skip_rows": [{"column": "Date", "matches": "^Total"},
                          {"column": "status", "matches": "^(refunded|failed)$"}]
        })");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        const ImportOutcome out =
            importText("Date;Ref;Montant;Devise;Moyen;Statut\n" + line + "\n", QStringLiteral("s.csv"), *profile);
        if (!out.error.isEmpty()) {
            QVERIFY2(out.error.startsWith(result), qPrintable(out.error));
            return;
        }
        if (out.skipped == 1) {
            QCOMPARE(QStringLiteral("skipped"), result);
            return;
        }
        QCOMPARE(out.rows.size(), 1);
        const ParsedRow& row = out.rows.constFirst();
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(row.grossMinor).arg(row.currency, row.channel), result);
    }

    // A rate given with each row: read with the file's marks, paired with the row's currency the way the profile
    // says (rate_of: the currency priced; rate_in: the currency of the price), or the line and column named.
    void rates_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("result");
        QTest::newRow("of") << QByteArray("rate_of") << QByteArray("EUR;3,00;BTC;59 856,34") << "BTC/EUR 59856.34";
        QTest::newRow("in") << QByteArray("rate_in") << QByteArray("BTC;0,00005012;EUR;59856,34") << "BTC/EUR 59856.34";
        QTest::newRow("small") << QByteArray("rate_in") << QByteArray("EUR;3,00;USD;1,0823") << "EUR/USD 1.0823";
        QTest::newRow("empty") << QByteArray("rate_of") << QByteArray("EUR;3,00;BTC;") << "";
        QTest::newRow("itself") << QByteArray("rate_of") << QByteArray("BTC;0,0001;BTC;1") << "";
        QTest::newRow("letters") << QByteArray("rate_of") << QByteArray("EUR;3,00;BTC;eighty")
                                 << "s.csv, line 2, column \"Taux\" (rate): \"eighty\" is not a rate";
        QTest::newRow("zero") << QByteArray("rate_of") << QByteArray("EUR;3,00;BTC;0,00")
                              << "s.csv, line 2, column \"Taux\" (rate): \"0,00\" is not a rate";
        QTest::newRow("no currency") << QByteArray("rate_of") << QByteArray("EUR;3,00;;59856")
                                     << "s.csv, line 2, column \"Autre\" (rate_of): the row gives a rate but not";
        QTest::newRow("bad currency") << QByteArray("rate_in") << QByteArray("EUR;3,00;Bitcoin;59856")
                                      << "s.csv, line 2, column \"Autre\" (rate_in): \"Bitcoin\" is not an ISO 4217";
    }

    void rates()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, line);
        QFETCH(QString, result);
        const Result<ImportProfile> profile = ImportProfile::fromJson(R"({
            "name": "rates", "kind": "provider", "provider": "p", "delimiter": ";", "decimal_mark": ",",
            "date_format": "iso8601", "timezone": "UTC",
            "columns": {"timestamp": "Date", "gross": "Montant", "currency": "Devise", "rate": "Taux", ")" +
                                                                      key + R"(": "Autre"}})");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        const ImportOutcome out = importText("Date;Devise;Montant;Autre;Taux\n2025-03-12T10:00:00Z;" + line + "\n",
                                             QStringLiteral("s.csv"), *profile);
        if (!out.error.isEmpty()) {
            QVERIFY2(out.error.startsWith(result) && !result.isEmpty(), qPrintable(out.error));
            return;
        }
        QCOMPARE(out.rows.size(), 1);
        QCOMPARE(out.rows.constFirst().rate, result);
    }

    void rateColumnsGoTogether()
    {
        const QByteArray start = R"({"name": "n", "kind": "sales", "date_format": "iso8601", "default_currency": "EUR",
                                     "columns": {"timestamp": "Date", "gross": "Montant", )";
        const auto error = [&start](const QByteArray& columns) {
            const Result<ImportProfile> p = ImportProfile::fromJson(start + columns + "}}");
            return p ? QString() : p.error();
        };
        QVERIFY2(error(R"("rate": "Taux")").contains(u"Exchange rate column (columns.rate): needs columns.rate_of"),
                 qPrintable(error(R"("rate": "Taux")")));
        QVERIFY(error(R"("rate": "Taux", "rate_of": "A", "rate_in": "B")").contains(u"not both"));
        QVERIFY(error(R"("rate_in": "B")").contains(u"(columns.rate_in): used only together with columns.rate"));
        QVERIFY(error(R"("rate": "Taux", "rate_in": "B")").isEmpty());
    }

    // The malformed corpus: each file gives its own clear error, naming the file and, where there is one, the line.
    void malformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated quote")
            << QStringLiteral("truncated_quote.csv")
            << QStringLiteral("truncated_quote.csv: line 3: a quoted field opens here and is never closed");
        QTest::newRow("wrong encoding declared")
            << QStringLiteral("wrong_encoding.csv")
            << QStringLiteral(
                   "wrong_encoding.csv: line 1: byte 0xE9 is not valid UTF-8, but the profile declares UTF-8");
        QTest::newRow("nonexistent local time")
            << QStringLiteral("nonexistent_local_time.csv")
            << QStringLiteral("nonexistent_local_time.csv, line 3, column \"Date\" (timestamp): 2025-03-30 02:30:00 "
                              "does not exist in the time zone Europe/Paris");
        QTest::newRow("amount with letters")
            << QStringLiteral("amount_with_letters.csv")
            << QStringLiteral("amount_with_letters.csv, line 4, column \"Montant\" (gross): amount with letters: "
                              "\"12,3a\"");
        QTest::newRow("missing column") << QStringLiteral("missing_column.csv")
                                        << QStringLiteral("missing_column.csv: Gross amount column (columns.gross): no "
                                                          "column \"Montant\" in the file's header\nThe "
                                                          "header has: \"Date\", \"R") +
                                               u8("\xC3\xA9") + QStringLiteral("f") + u8("\xC3\xA9") +
                                               QStringLiteral("rence\", \"Total\", \"Devise\"");
        QTest::newRow("empty file") << QStringLiteral("empty.csv")
                                    << QStringLiteral("empty.csv: the file is empty: it holds only blank lines");
        QTest::newRow("0-byte file") << QStringLiteral("zero_bytes.csv")
                                     << QStringLiteral("zero_bytes.csv: the file is empty (0 bytes)");
        QTest::newRow("binary file") << QStringLiteral("binary.csv")
                                     << QStringLiteral("binary.csv: this is a binary file, not CSV text");
    }

    void malformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const ImportOutcome out =
            importFile(QStringLiteral(OBOLE_TEST_DATA "/csv/") + file, loadProfile("malformed-profile.json"));
        QVERIFY2(out.error.startsWith(error), qPrintable(out.error));
    }
};

QTEST_APPLESS_MAIN(TestImportProfile)
#include "tst_importprofile.moc"
