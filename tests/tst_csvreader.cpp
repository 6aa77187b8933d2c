#include "importing/csvreader.h"
#include "importing/textcodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Encoding = TextCodec::Encoding;

CsvReader::Options options(Encoding encoding = Encoding::Auto, char delimiter = 0, int skipLines = 0,
                           bool header = true)
{
    CsvReader::Options o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    o.skipLines = skipLines;
    o.header = header;
    return o;
}

// Every data record as strings, each prefixed with its line: "3|a|b".
QStringList readAll(CsvReader& reader)
{
    QStringList out;
    CsvRecord record;
    while (reader.next(record))
        out << QString::number(record.line()) + u'|' + record.toStringList().join(u'|');
    return out;
}

QString u8(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Q_DECLARE_METATYPE(TextCodec::Encoding)

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("declared");
        QTest::addColumn<Encoding>("detected");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");

        const QString cafeEuro = u8("Caf\xC3\xA9 \xE2\x82\xAC");
        const QString ref = u8("R\xC3\xA9"
                               "f");
        QTest::newRow("utf-8") << QByteArray("R\xC3\xA9"
                                             "f;Montant\nCaf\xC3\xA9 \xE2\x82\xAC;1\n")
                               << Encoding::Utf8 << Encoding::Utf8 << ref << cafeEuro;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBFR\xC3\xA9"
                                                      "f;Montant\nCaf\xC3\xA9 \xE2\x82\xAC;1\n")
                                        << Encoding::Utf8 << Encoding::Utf8 << ref << cafeEuro;
        QTest::newRow("BOM wins over a declared windows-1252")
            << QByteArray("\xEF\xBB\xBFR\xC3\xA9"
                          "f;Montant\nCaf\xC3\xA9 \xE2\x82\xAC;1\n")
            << Encoding::Windows1252 << Encoding::Utf8 << ref << cafeEuro;
        QTest::newRow("windows-1252") << QByteArray("R\xE9"
                                                    "f;Montant\nCaf\xE9 \x80;1\n")
                                      << Encoding::Windows1252 << Encoding::Windows1252 << ref << cafeEuro;
        QTest::newRow("windows-1252 quotes and dashes")
            << QByteArray("R\xE9"
                          "f;Montant\n\x93Pass\x94 \x96 24 h \x85;1\n")
            << Encoding::Windows1252 << Encoding::Windows1252 << ref
            << u8("\xE2\x80\x9CPass\xE2\x80\x9D \xE2\x80\x93 24 h \xE2\x80\xA6");
        QTest::newRow("iso-8859-15") << QByteArray("R\xE9"
                                                   "f;Montant\nCaf\xE9 \xA4;1\n")
                                     << Encoding::Iso8859_15 << Encoding::Iso8859_15 << ref << cafeEuro;
        QTest::newRow("iso-8859-15 oe ligature")
            << QByteArray("R\xE9"
                          "f;Montant\n\xBD"
                          "uvre \xA6;1\n")
            << Encoding::Iso8859_15 << Encoding::Iso8859_15 << ref << u8("\xC5\x93uvre \xC5\xA0");
        QTest::newRow("iso-8859-1") << QByteArray("R\xE9"
                                                  "f;Montant\nCaf\xE9 \xA4;1\n")
                                    << Encoding::Iso8859_1 << Encoding::Iso8859_1 << ref << u8("Caf\xC3\xA9 \xC2\xA4");
        QTest::newRow("auto: valid UTF-8") << QByteArray("R\xC3\xA9"
                                                         "f;Montant\nCaf\xC3\xA9 \xE2\x82\xAC;1\n")
                                           << Encoding::Auto << Encoding::Utf8 << ref << cafeEuro;
        QTest::newRow("auto: BOM") << QByteArray("\xEF\xBB\xBFR\xC3\xA9"
                                                 "f;Montant\nCaf\xC3\xA9 \xE2\x82\xAC;1\n")
                                   << Encoding::Auto << Encoding::Utf8 << ref << cafeEuro;
        QTest::newRow("auto: not UTF-8, so windows-1252") << QByteArray("R\xE9"
                                                                        "f;Montant\nCaf\xE9 \x80;1\n")
                                                          << Encoding::Auto << Encoding::Windows1252 << ref << cafeEuro;
        QTest::newRow("auto: ASCII") << QByteArray("Ref;Montant\nCafe;1\n") << Encoding::Auto << Encoding::Utf8
                                     << QStringLiteral("Ref") << QStringLiteral("Cafe");
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFER\0\xE9\0f\0;\0M\0\n\0C\0\xAC\x20;\0001\0\n\0", 22)
                                           << Encoding::Auto << Encoding::Utf16LE << ref << u8("C\xE2\x82\xAC");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, declared);
        QFETCH(Encoding, detected);
        QFETCH(QString, header);
        QFETCH(QString, value);

        CsvReader reader(options(declared));
        const Status st = reader.openData(bytes, QStringLiteral("f.csv"));
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(reader.encoding(), detected);
        QCOMPARE(reader.header().value(0), header);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.string(0), value);
        QCOMPARE(record.line(), 2);
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.hasError());
    }

    void invalidUtf8WhenUtf8IsDeclared()
    {
        CsvReader reader(options(Encoding::Utf8));
        const Status st = reader.openData(QByteArray("Ref;Montant\nA;1\nCaf\xE9;2\n"), QStringLiteral("stmt.csv"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().startsWith(u"stmt.csv: line 3:"), qPrintable(st.error()));
        QVERIFY2(st.error().contains(u"0xE9"), qPrintable(st.error()));
        QVERIFY2(st.error().contains(u"not valid UTF-8"), qPrintable(st.error()));
    }

    void utf8WhenWindows1252IsDeclared()
    {
        CsvReader reader(options(Encoding::Windows1252));
        const Status st = reader.openData(QByteArray("Ref;Montant\nCaf\xC3\xA9;2\n"), QStringLiteral("stmt.csv"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(u"UTF-8") && st.error().contains(u"windows-1252"), qPrintable(st.error()));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("invalidAt");
        QTest::newRow("ascii") << QByteArray("hello, world 0123456789") << -1;
        QTest::newRow("2, 3 and 4 bytes") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") << -1;
        QTest::newRow("overlong") << QByteArray("ab\xC0\xAF") << 2;
        QTest::newRow("overlong 3 bytes") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("abcdefgh\xED\xA0\x80") << 8;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated at end") << QByteArray("abc\xE2\x82") << 3;
        QTest::newRow("lone continuation") << QByteArray("0123456789\x80") << 10;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, invalidAt);
        QCOMPARE(TextCodec::findInvalidUtf8(bytes), qsizetype(invalidAt));
    }

    // How far a piece can be checked before the rest of the text comes: up to a multi-byte sequence its end cuts.
    void completeUtf8Length()
    {
        QCOMPARE(TextCodec::completeUtf8Length("abc"), 3);
        QCOMPARE(TextCodec::completeUtf8Length(""), 0);
        QCOMPARE(TextCodec::completeUtf8Length("caf\xc3\xa9"), 5);
        QCOMPARE(TextCodec::completeUtf8Length("caf\xc3"), 3);
        QCOMPARE(TextCodec::completeUtf8Length("a\xf0\x9f\x98"), 1);
        QCOMPARE(TextCodec::completeUtf8Length("a\xf0\x9f\x98\x80"), 5);
        QCOMPARE(TextCodec::completeUtf8Length("a\xe2\x82"), 1);
        // Stray continuation bytes are not a sequence waiting for its end: the check says they are ill-formed.
        QCOMPARE(TextCodec::completeUtf8Length("a\x80\x80\x80\x80"), 5);
    }

    void delimiters_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("forced");
        for (const char d : {',', ';', '\t', '|'}) {
            const QByteArray name = d == '\t' ? QByteArray("tab") : QByteArray(1, d);
            QTest::newRow(QByteArray("forced " + name).constData()) << d << true;
            QTest::newRow(QByteArray("detected " + name).constData()) << d << false;
        }
    }

    void delimiters()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, forced);
        QByteArray text = "Date,Ref,Amount\n2025-01-01,\"A,1\",1.50\n2025-01-02,B,2.00\n";
        text.replace(',', delimiter); // the quoted "A,1" keeps the delimiter inside
        CsvReader reader(options(Encoding::Utf8, forced ? delimiter : 0));
        QVERIFY(reader.openData(text).ok());
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.header().size(), 3);
        const QString d(QLatin1Char{delimiter});
        QCOMPARE(readAll(reader),
                 (QStringList{u"2|2025-01-01|A" + d + u"1|1.50", QStringLiteral("3|2025-01-02|B|2.00")}));
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("expected");
        QTest::newRow("semicolons with decimal commas")
            << QByteArray("Date;Montant;Devise\n01/10/2025;1,50;EUR\n02/10/2025;12,00;EUR\n") << ';';
        QTest::newRow("commas with free text holding semicolons")
            << QByteArray("date,product,amount\n2025-01-01,\"VIP; 24h\",1.50\n2025-01-02,Article,2.00\n") << ',';
        QTest::newRow("tabs") << QByteArray("a\tb\tc\n1,5\t2\t3\n") << '\t';
        QTest::newRow("pipes with commas in values") << QByteArray("a|b\n1,5|x, y\n2,5|z\n") << '|';
        QTest::newRow("one column") << QByteArray("amount\n1\n2\n") << ',';
        QTest::newRow("a separator line does not vote")
            << QByteArray("Date;Ref;Montant\n;;\n01/10/2025;R1;1,50\n") << ';';
    }

    void detection()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, expected);
        QCOMPARE(CsvReader::detectDelimiter(text), expected);
        CsvReader reader;
        QVERIFY(reader.openData(text).ok());
        QCOMPARE(reader.delimiter(), expected);
    }

    void detectionAfterPreamble()
    {
        // The title block has commas; only what follows skip_lines is looked at.
        const QByteArray text =
            "Report, October, 2025, all, sites\nGenerated, today\nDate;Ref;Montant\n01/10/2025;R1;1,50\n";
        CsvReader reader(options(Encoding::Auto, 0, 2));
        QVERIFY(reader.openData(text).ok());
        QCOMPARE(reader.delimiter(), ';');
        QCOMPARE(reader.headerLine(), 3);
        QCOMPARE(readAll(reader), QStringList{QStringLiteral("4|01/10/2025|R1|1,50")});
    }

    void quotes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("delimiter inside quotes")
            << QByteArray("a;b\n\"x;y\";z\n") << QStringList{QStringLiteral("2|x;y|z")};
        QTest::newRow("doubled quotes") << QByteArray("a;b\n\"say \"\"hi\"\"\";\"\"\"\"\n")
                                        << QStringList{QStringLiteral("2|say \"hi\"|\"")};
        QTest::newRow("line breaks inside quotes, then line numbers carry on")
            << QByteArray("a;b\n\"one\ntwo\nthree\";x\nnext;y\n")
            << QStringList{QStringLiteral("2|one\ntwo\nthree|x"), QStringLiteral("5|next|y")};
        QTest::newRow("CRLF inside quotes")
            << QByteArray("a;b\r\n\"one\r\ntwo\";x\r\nnext;y\r\n")
            << QStringList{QStringLiteral("2|one\r\ntwo|x"), QStringLiteral("4|next|y")};
        QTest::newRow("empty quoted and unquoted fields")
            << QByteArray("a;b;c\n\"\";;\"\"\n") << QStringList{QStringLiteral("2|||")};
        QTest::newRow("spaces around a quoted field")
            << QByteArray("a;b;c\n1; \"x;y\" ;3\n") << QStringList{QStringLiteral("2|1|x;y|3")};
        QTest::newRow("quote inside an unquoted field is a character")
            << QByteArray("a;b\n5\" screen;1\n") << QStringList{QStringLiteral("2|5\" screen|1")};
        QTest::newRow("trailing delimiter makes an empty last field")
            << QByteArray("a;b\n1;\n") << QStringList{QStringLiteral("2|1|")};
        QTest::newRow("last line without line break") << QByteArray("a;b\n1;2") << QStringList{QStringLiteral("2|1|2")};
        QTest::newRow("several unescaped fields in one record")
            << QByteArray("a;b;c\n\"" + QByteArray(100, 'x') + "\"\"\";\"" + QByteArray(300, 'y') +
                          "\"\"\";\"\"\"z\"\"\"\n")
            << QStringList{u"2|" + QString(100, u'x') + u"\"|" + QString(300, u'y') + u"\"|\"z\""};
    }

    void quotes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, records);
        CsvReader reader(options(Encoding::Utf8, ';'));
        const Status st = reader.openData(text);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(readAll(reader), records);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, eol);
        QByteArray text = "title\nDate;Ref\n\n2025;A\n2026;B\n\n\n";
        text.replace("\n", eol);
        CsvReader reader(options(Encoding::Utf8, 0, 1));
        QVERIFY(reader.openData(text).ok());
        QCOMPARE(reader.header(), (QList<QString>{QStringLiteral("Date"), QStringLiteral("Ref")}));
        QCOMPARE(reader.headerLine(), 2);
        QCOMPARE(readAll(reader), (QStringList{QStringLiteral("4|2025|A"), QStringLiteral("5|2026|B")}));
    }

    void preambleMayHoldAnything()
    {
        const QByteArray text =
            "Relev\xC3\xA9 \"octobre\nP\xC3\xA9riode : 01/10 - 31/10\n\nDate;Montant\n01/10/2025;1,50\n";
        CsvReader reader(options(Encoding::Auto, 0, 3));
        const Status st = reader.openData(text);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(reader.headerLine(), 4);
        QCOMPARE(readAll(reader), QStringList{QStringLiteral("5|01/10/2025|1,50")});
    }

    void noHeader()
    {
        CsvReader reader(options(Encoding::Utf8, ';', 0, false));
        QVERIFY(reader.openData("01/10/2025;1,50\n02/10/2025;2,00\n").ok());
        QVERIFY(reader.header().isEmpty());
        QCOMPARE(readAll(reader),
                 (QStringList{QStringLiteral("1|01/10/2025|1,50"), QStringLiteral("2|02/10/2025|2,00")}));
    }

    void blankLinesAndSeparatorRows()
    {
        CsvReader reader(options(Encoding::Utf8, ';'));
        QVERIFY(reader.openData("a;b\n1;2\n\n   \n;\n3;4\n\r\n\n").ok());
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.line(), 2);
        QVERIFY(reader.next(record));
        QCOMPARE(record.line(), 5);
        QVERIFY(record.isBlank());
        QVERIFY(reader.next(record));
        QCOMPARE(record.line(), 6);
        QVERIFY(!record.isBlank());
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.hasError());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("skipLines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote names the line it opened on")
            << QByteArray("a;b\n1;2\n3;\"open\n\n4;5\n6;7\n") << 0
            << QStringLiteral("x.csv: line 3: a quoted field opens here and is never closed");
        QTest::newRow("text after a closing quote")
            << QByteArray("a;b\n1;\"x\"y\n") << 0
            << QStringLiteral("x.csv: line 2: unexpected text after the closing quote of field 2");
        QTest::newRow("0-byte file") << QByteArray() << 0 << QStringLiteral("x.csv: the file is empty (0 bytes)");
        QTest::newRow("blank lines only")
            << QByteArray("\r\n  \n\t\n") << 0 << QStringLiteral("x.csv: the file is empty: it holds only blank lines");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 0
                                  << QStringLiteral("x.csv: the file is empty: it holds only blank lines");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << 0
                                << QStringLiteral(
                                       "x.csv: this is a binary file, not CSV text (NUL byte at offset 5, line 1)");
        QTest::newRow("preamble longer than the file")
            << QByteArray("title\nsubtitle\n") << 5
            << QStringLiteral("x.csv: the file has only 2 line(s), but the profile skips 5 line(s) before the header");
        QTest::newRow("no header after the preamble")
            << QByteArray("title\nsubtitle\n\n") << 2
            << QStringLiteral("x.csv: no header row after the 2 skipped line(s)");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, skipLines);
        QFETCH(QString, expected);
        CsvReader reader(options(Encoding::Auto, ';', skipLines));
        Status st = reader.openData(bytes, QStringLiteral("x.csv"));
        if (st.ok()) {
            readAll(reader);
            QVERIFY(reader.hasError());
            st = Status::failure(reader.error());
        }
        QVERIFY2(st.error().startsWith(expected), qPrintable(st.error()));
        CsvRecord record;
        QVERIFY(!reader.next(record));
    }

    void decodingAsReadReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("declared");
        QTest::addColumn<int>("skipLines");
        // Big enough to take several pieces of the look-ahead (4 MiB), with what may straddle their boundaries.
        QByteArray latin = "Relev\xe9\r\n\r\nDate;R\xe9"
                           "f;Libell\xe9;Montant\r\n";
        for (int i = 0; latin.size() < 13 * 1024 * 1024; ++i)
            latin += "01/10/2025 08:15:00;K-" + QByteArray::number(i) + ";Caf\xe9 cr\xe8me \x80;1,50\r\n";
        QTest::newRow("windows-1252, many pieces") << latin << Encoding::Windows1252 << 2;
        QByteArray quoted = latin;
        quoted.insert(4 * 1024 * 1024 - 1000, "01/10/2025;Q;\"" + QByteArray(3 * 1024 * 1024, 'x') + "\n\xe9\";2\r\n");
        QTest::newRow("windows-1252, a quoted field across pieces") << quoted << Encoding::Windows1252 << 2;
        QByteArray open = latin + "01/10/2025;Q;\"never closed\r\n1;2;3;4\r\n";
        QTest::newRow("windows-1252, a quote never closed") << open << Encoding::Iso8859_15 << 2;
        QByteArray blank = QByteArray(5 * 1024 * 1024, '\n') + "a;b\n1;2\n";
        QTest::newRow("windows-1252, blank lines first") << blank << Encoding::Windows1252 << 0;
        QTest::newRow("windows-1252, blank lines only")
            << QByteArray(9 * 1024 * 1024, '\n') << Encoding::Windows1252 << 0;
        QByteArray utf8 = "Date;R\xc3\xa9"
                          "f;Libell\xc3\xa9\n";
        for (int i = 0; utf8.size() < 13 * 1024 * 1024; ++i)
            utf8 += "2025-10-01;K-" + QByteArray::number(i) + ";\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" +
                    QByteArray(i % 5, 'z') + "\n";
        QTest::newRow("utf-8, many pieces") << utf8 << Encoding::Utf8 << 0;
        QTest::newRow("utf-8 with BOM, many pieces") << "\xEF\xBB\xBF" + utf8 << Encoding::Utf8 << 0;
        QByteArray bad = utf8;
        bad.insert(9 * 1024 * 1024 + 3, "\xe9");
        QTest::newRow("utf-8, an ill-formed byte far in") << bad << Encoding::Utf8 << 0;
        QTest::newRow("utf-8 declared, windows-1252 given") << latin << Encoding::Utf8 << 2;
        QTest::newRow("windows-1252 declared, utf-8 given") << utf8 << Encoding::Windows1252 << 0;
        QTest::newRow("small") << QByteArray("a;b\n1;\"x\ny\"\n") << Encoding::Windows1252 << 0;
        QByteArray nul = utf8;
        nul.insert(6 * 1024 * 1024 + 7, '\0');
        QTest::newRow("utf-8, a NUL byte far in") << nul << Encoding::Utf8 << 0;
        QTest::newRow("windows-1252, a NUL byte far in") << "a;b\r\n" + nul << Encoding::Windows1252 << 0;
        // A sequence of four bytes across the end of the first piece a file is read in (4 MiB).
        QByteArray cut = "a;b\n";
        while (cut.size() < 4 * 1024 * 1024 - 200)
            cut += "1;" + QByteArray(60, 'z') + "\n";
        cut += "2;" + QByteArray(4 * 1024 * 1024 - 2 - cut.size() - 2, 'z') + "\xf0\x9f\x98\x80\r\n";
        while (cut.size() < 9 * 1024 * 1024)
            cut += "3;\xc3\xa9\n";
        QTest::newRow("utf-8, a sequence across pieces") << cut << Encoding::Utf8 << 0;
        QTest::newRow("windows-1252 declared, utf-8 across pieces given") << cut << Encoding::Windows1252 << 0;
        QByteArray cutLatin = cut;
        cutLatin[cutLatin.size() - 2] = '\xe9';
        QTest::newRow("windows-1252, utf-8 until its last line") << cutLatin << Encoding::Windows1252 << 0;
    }

    // Decoding as read (as imports do), reading the file piece by piece (imports of a file on disk) and all at once
    // give the same records, lines and header, and the same error. (Reading as it goes may find an error after
    // records were handed out: an import then fails all the same.)
    void decodingAsReadReadsTheSame()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, declared);
        QFETCH(int, skipLines);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        enum class Mode { Whole, AsRead, Streamed };
        auto read = [&](Mode mode, QString& error) {
            CsvReader::Options o = options(declared, ';', skipLines);
            o.decodeAsRead = mode != Mode::Whole;
            CsvReader reader(o);
            const Status st =
                mode == Mode::Streamed ? reader.open(path) : reader.openData(bytes, QStringLiteral("x.csv"));
            if (!st.ok()) {
                error = st.error();
                return QStringList();
            }
            if (mode == Mode::Streamed && !reader.isStreaming())
                error = QStringLiteral("not read piece by piece");
            QStringList out{reader.header().join(u'|')};
            out << readAll(reader);
            if (error.isEmpty())
                error = reader.error();
            return out;
        };
        QString wholeError, asReadError, streamedError;
        const QStringList whole = read(Mode::Whole, wholeError);
        const QStringList asRead = read(Mode::AsRead, asReadError);
        const QStringList streamed = read(Mode::Streamed, streamedError);
        QCOMPARE(asReadError, wholeError);
        QCOMPARE(streamedError, wholeError);
        if (!wholeError.isEmpty())
            return;
        QCOMPARE(asRead.size(), whole.size());
        QCOMPARE(streamed.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(asRead.at(i), whole.at(i));
            QCOMPARE(streamed.at(i), whole.at(i));
        }
    }

    // Ill-formed UTF-8 marks its records when bad rows are skipped: the same records, read from memory or piece by
    // piece from the file, the marks of the text let go of shifting with it.
    void invalidUtf8PerRecordWhenStreamed()
    {
        // One record is longer than what is checked ahead of the reader (1 to 5 MiB), its bad byte near its end.
        QByteArray bytes = "a;b\n";
        QList<qint64> badLines;
        for (int i = 0; bytes.size() < 20 * 1024 * 1024; ++i) {
            if (i == 200000) {
                bytes += "long;\"" + QByteArray(6 * 1024 * 1024, 'x') + "\xe9\"\n";
                badLines << i + 2;
                continue;
            }
            const bool bad = i % 50000 == 7;
            bytes += QByteArray::number(i) + ";" + (bad ? "caf\xe9" : "caf\xc3\xa9") + "\n";
            if (bad)
                badLines << i + 2;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        auto marked = [&](bool streamed) {
            CsvReader::Options o = options(Encoding::Utf8, ';');
            o.decodeAsRead = true;
            o.invalidUtf8PerRecord = true;
            CsvReader reader(o);
            const Status st = streamed ? reader.open(path) : reader.openData(bytes, QStringLiteral("log.csv"));
            QList<qint64> lines;
            CsvRecord record;
            while (st.ok() && reader.next(record)) {
                if (record.hasInvalidText())
                    lines << record.line();
            }
            return lines;
        };
        QCOMPARE(marked(false), badLines);
        QCOMPARE(marked(true), badLines);
    }

    void openFile()
    {
        CsvReader reader(options(Encoding::Windows1252, 0, 3));
        const Status st = reader.open(QStringLiteral(OBOLE_TEST_DATA "/csv/example-agg.csv"));
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(reader.delimiter(), ';');
        QCOMPARE(reader.header().value(1), u8("R\xC3\xA9"
                                              "f\xC3\xA9rence"));
        QCOMPARE(reader.displayName(), QStringLiteral("example-agg.csv"));
        const QStringList rows = readAll(reader);
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows.at(1).startsWith(u8("6|01/10/2025 09:00:00|EA-0002|Audiotel 0899|Article \"premium\"; \xC3\xA9"
                                         "dition")));
        QVERIFY(rows.at(3).startsWith(u"9|"));
        QVERIFY(rows.at(4).startsWith(u"10|Total"));
        QCOMPARE(reader.position(), reader.size());
    }

    void missingFile()
    {
        CsvReader reader;
        const Status st = reader.open(QStringLiteral("/nonexistent/statement.csv"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().startsWith(u"statement.csv: cannot open the file"), qPrintable(st.error()));
    }

    void viewsPointIntoTheBuffer()
    {
        CsvReader reader(options(Encoding::Utf8, ','));
        QVERIFY(reader.openData("a,b\nplain,\"quoted\"\n").ok());
        CsvRecord record;
        QVERIFY(reader.next(record));
        const char* begin = reader.text().constData();
        const char* end = begin + reader.text().size();
        for (qsizetype i = 0; i < record.size(); ++i)
            QVERIFY(record.field(i).data() >= begin && record.field(i).data() < end);
        QCOMPARE(record.field(1), std::string_view("quoted"));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
