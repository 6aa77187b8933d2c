// Day one with a merchant's real files: PayPal downloads in French and English, the decimal mark and the date
// order decided by the file, the profile recognised from the file, and the warnings an import should raise.
#include "catalog/catalogstore.h"
#include "importing/importer.h"
#include "importing/profilerecognizer.h"
#include "importing/profileregistry.h"
#include "importing/profilesurvey.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sample(const QString& name)
{
    return QStringLiteral(OBOLE_TEST_DATA "/samples/") + name;
}

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

ImportProfile builtIn(const char* id)
{
    auto entry = ProfileRegistry::find(QLatin1StringView(id));
    return entry ? entry->profile : ImportProfile();
}

} // namespace

using TestSupport::scalar;

class TestImportRecognition final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)));
        return db ? std::move(db.value()) : nullptr;
    }

    void clearSavedProfiles()
    {
        QDir folder(ProfileRegistry::userFolder());
        if (folder.exists())
            QVERIFY(folder.removeRecursively());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the applications name themselves, so the command line finds the profiles saved here.
        QCoreApplication::setOrganizationName(QStringLiteral("Obole"));
        QCoreApplication::setApplicationName(QStringLiteral("Obole"));
        QVERIFY(m_dir.isValid());
        clearSavedProfiles();
    }

    void cleanup() { clearSavedProfiles(); }

    // The evidence one value gives about the decimal mark.
    void classify_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<int>("evidence");
        using E = ProfileSurvey::Evidence;
        QTest::newRow("3,00") << QStringLiteral("3,00") << int(E::Comma);
        QTest::newRow("-0,44") << QStringLiteral("-0,44") << int(E::Comma);
        QTest::newRow("1 234,56") << QStringLiteral("1 234,56") << int(E::Comma);
        QTest::newRow("1 234,56 nbsp") << QStringLiteral("1\u00A0234,56 €") << int(E::Comma);
        QTest::newRow("1.234,56") << QStringLiteral("1.234,56") << int(E::Comma);
        QTest::newRow("1,234.56") << QStringLiteral("1,234.56") << int(E::Point);
        QTest::newRow("1,234,567") << QStringLiteral("1,234,567") << int(E::Point);
        QTest::newRow("1.5") << QStringLiteral("1.5") << int(E::Point);
        QTest::newRow("0,125") << QStringLiteral("0,125") << int(E::Comma);
        QTest::newRow("1234,567") << QStringLiteral("1234,567") << int(E::Comma);
        QTest::newRow("1,234") << QStringLiteral("1,234") << int(E::Ambiguous);
        QTest::newRow("1.234") << QStringLiteral("1.234") << int(E::Ambiguous);
        QTest::newRow("12") << QStringLiteral("12") << int(E::None);
        QTest::newRow("(12) EUR") << QStringLiteral("(12) EUR") << int(E::None);
    }

    void classify()
    {
        QFETCH(QString, amount);
        QFETCH(int, evidence);
        const QByteArray utf8 = amount.toUtf8();
        QCOMPARE(int(ProfileSurvey::classify(std::string_view(utf8.constData(), size_t(utf8.size())))), evidence);
    }

    // A French PayPal download: BOM, French headers, decimal commas, "1 234,56" with a no-break space, negative
    // fees, CEST and CET rows, a withdrawal skipped.
    void paypalFrench()
    {
        auto db = freshDb();
        auto summary =
            Importer::importFile(*db, builtIn("paypal-activity"), sample(QStringLiteral("paypal-activity-fr.csv")));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 4);
        QCOMPARE(summary->rowsSkipped, 1);
        QCOMPARE(scalar(*db, "SELECT sum(gross_minor) FROM transactions"), 300 + 123456 - 300 + 450);
        QCOMPARE(scalar(*db, "SELECT sum(fee_minor) FROM transactions"), -44 - 4232 + 44 - 50);
        QCOMPARE(scalar(*db, "SELECT sum(net_minor) FROM transactions"), 256 + 119224 - 256 + 400);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE currency = 'EUR' AND channel = 'wallet'"), 4);
        // 21:15 in summer time (CEST) is 19:15 UTC; 18:45:12 in winter time (CET) is 17:45:12 UTC.
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions WHERE reference = '1AB23456CD789012E'"),
                 utc(2026, 9, 14, 19, 15, 0));
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions WHERE reference = '5EF67890GH123456I'"),
                 utc(2026, 11, 2, 17, 45, 12));
        QVERIFY2(summary->notes.join(u'\n').contains(u"decimal comma"), qPrintable(summary->notes.join(u'\n')));
        QVERIFY2(summary->notes.join(u'\n').contains(u"dd/MM/yyyy"), qPrintable(summary->notes.join(u'\n')));
    }

    // An English (United States) download: month first, decimal points with comma grouping, PDT and PST rows.
    void paypalEnglish()
    {
        auto db = freshDb();
        auto summary =
            Importer::importFile(*db, builtIn("paypal-activity"), sample(QStringLiteral("paypal-activity-en.csv")));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 3);
        QCOMPARE(summary->rowsSkipped, 1);
        QCOMPARE(scalar(*db, "SELECT sum(gross_minor) FROM transactions"), 300 + 123456 + 450);
        QCOMPARE(scalar(*db, "SELECT sum(fee_minor) FROM transactions"), -44 - 3610 - 43);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE currency = 'USD'"), 3);
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions WHERE reference = '6FG78901HI234567J'"),
                 utc(2026, 9, 14, 19, 15, 0));
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions WHERE reference = '9IJ01234KL567890M'"),
                 utc(2026, 11, 2, 18, 45, 12));
        QVERIFY2(summary->notes.join(u'\n').contains(u"MM/dd/yyyy"), qPrintable(summary->notes.join(u'\n')));
    }

    // Dates that read both ways are read as the profile's first format, and the note says they are ambiguous.
    void ambiguousDatesAreNoted()
    {
        auto db = freshDb();
        const QByteArray file =
            "\"Date\",\"Time\",\"TimeZone\",\"Type\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\"\n"
            "\"01/02/2026\",\"10:00:00\",\"GMT\",\"Express Checkout "
            "Payment\",\"GBP\",\"3.50\",\"-0.40\",\"3.10\",\"T1\"\n";
        auto summary = Importer::importData(*db, builtIn("paypal-activity"), file, QStringLiteral("uk.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions"), utc(2026, 2, 1, 10, 0, 0));
        QVERIFY2(summary->notes.join(u'\n').contains(u"would also read as MM/dd/yyyy"),
                 qPrintable(summary->notes.join(u'\n')));
    }

    // "auto" reads every built-in's sample exactly as the mark the built-in names.
    void autoMarkOnEveryBuiltInSample_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("file");
        QTest::newRow("sales log") << QStringLiteral("obole-sales-log") << QStringLiteral("obole-sales-log.csv");
        QTest::newRow("generic") << QStringLiteral("generic-provider") << QStringLiteral("generic-provider.csv");
        QTest::newRow("btcpay payments") << QStringLiteral("btcpay-payments") << QStringLiteral("btcpay-payments.csv");
        QTest::newRow("btcpay sales") << QStringLiteral("btcpay-sales") << QStringLiteral("btcpay-sales.csv");
        QTest::newRow("stripe") << QStringLiteral("stripe-itemized") << QStringLiteral("stripe-itemized.csv");
        QTest::newRow("paypal fr") << QStringLiteral("paypal-activity") << QStringLiteral("paypal-activity-fr.csv");
        QTest::newRow("paypal en") << QStringLiteral("paypal-activity") << QStringLiteral("paypal-activity-en.csv");
    }

    void autoMarkOnEveryBuiltInSample()
    {
        QFETCH(QString, profile);
        QFETCH(QString, file);
        auto entry = ProfileRegistry::find(profile);
        QVERIFY2(entry.ok(), qPrintable(entry.error()));
        ImportProfile named = entry->profile;
        ImportProfile automatic = entry->profile;
        automatic.decimalMark = 0;
        auto a = freshDb();
        auto b = freshDb();
        auto withNamed = Importer::importFile(*a, named, sample(file));
        auto withAuto = Importer::importFile(*b, automatic, sample(file));
        QVERIFY2(withNamed.ok(), qPrintable(withNamed.error()));
        QVERIFY2(withAuto.ok(), qPrintable(withAuto.error()));
        QVERIFY(withAuto->rowsAdded > 0);
        QCOMPARE(withAuto->rowsAdded, withNamed->rowsAdded);
        const char* totals =
            "SELECT sum(gross_minor) * 7 + coalesce(sum(net_minor), 0) * 3 + coalesce(sum(fee_minor), 0) "
            "FROM transactions";
        QCOMPARE(scalar(*b, totals), scalar(*a, totals));
    }

    // Files where the mark cannot be told are refused, with a message asking for decimal_mark, and nothing is written.
    void autoMarkRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("columns disagree")
            << QByteArray("2026-09-01T10:00:00Z,A,\"3,00\",1.5\n") << QStringLiteral("the columns disagree");
        QTest::newRow("a column both ways")
            << QByteArray("2026-09-01T10:00:00Z,A,\"3,00\",1\n2026-09-01T11:00:00Z,B,1.50,1\n")
            << QStringLiteral("the column gross has");
        QTest::newRow("ambiguous everywhere") << QByteArray("2026-09-01T10:00:00Z,A,\"1,234\",\"1,000\"\n")
                                              << QStringLiteral("read either as a decimal or as a thousand");
    }

    void autoMarkRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        auto profile = ImportProfile::fromJson(R"JSON({"name": "T", "kind": "provider", "provider": "p",
            "delimiter": ",", "date_format": "iso8601", "default_currency": "EUR",
            "columns": {"timestamp": "date", "reference": "ref", "gross": "gross", "net": "net"}})JSON");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        QCOMPARE(profile->decimalMark, char(0)); // "auto" is the default
        auto db = freshDb();
        auto summary = Importer::importData(*db, *profile, "date,ref,gross,net\n" + body, QStringLiteral("odd.csv"));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(u"decimal_mark"), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
    }

    // The malformed corpus is still refused whole when the profile leaves the mark to the file.
    void autoMarkOnTheMalformedCorpus_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"truncated_quote.csv", "nonexistent_local_time.csv", "amount_with_letters.csv",
                              "missing_column.csv", "empty.csv", "zero_bytes.csv", "binary.csv", "wrong_encoding.csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void autoMarkOnTheMalformedCorpus()
    {
        QFETCH(QString, file);
        auto profile = ImportProfile::fromJson(R"JSON({
          "name": "Corpus", "kind": "provider", "provider": "example-agg", "encoding": "auto", "delimiter": ";",
          "decimal_mark": "auto", "date_format": "dd/MM/yyyy HH:mm:ss", "timezone": "Europe/Paris",
          "columns": {"timestamp": "Date", "reference": "Référence", "gross": "Montant", "currency": "Devise"},
          "default_channel": "sms"})JSON");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        if (file == u"wrong_encoding.csv") // declared UTF-8, written in Windows-1252
            profile->encoding = TextCodec::Encoding::Utf8;
        auto db = freshDb();
        auto summary = Importer::importFile(*db, *profile, QStringLiteral(OBOLE_TEST_DATA "/csv/") + file);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(file), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);
    }

    // Each built-in's sample is recognised as its own, among every built-in.
    void recognisesEachBuiltInSample_data() { autoMarkOnEveryBuiltInSample_data(); }

    void recognisesEachBuiltInSample()
    {
        QFETCH(QString, profile);
        QFETCH(QString, file);
        const ProfileRecognizer::Outcome outcome = ProfileRecognizer::recogniseFile(sample(file));
        QVERIFY2(outcome.chosen.has_value(), qPrintable(outcome.problem));
        QCOMPARE(outcome.chosen->id, profile);
    }

    // A saved profile that reads a file better (more of its columns) wins over a built-in that also fits.
    void savedProfileNamingMoreColumnsWins()
    {
        auto general = ProfileRegistry::find(QStringLiteral("generic-provider"));
        QVERIFY(general.ok());
        ImportProfile precise = general->profile;
        precise.name = QStringLiteral("Micropaie statement");
        precise.provider = QStringLiteral("micropaie");
        precise.column(ImportProfile::Field::Fee) = {QStringLiteral("fee"), 0, {}};
        QVERIFY(ProfileRegistry::save(precise).ok());
        const QByteArray file = "date,reference,channel,product,gross,net,fee,currency\n"
                                "2026-09-14T19:15:02Z,MIC-1001,sms,Pass,3.00,1.95,0.10,EUR\n";
        const auto outcome = ProfileRecognizer::recognise(file, ProfileRegistry::all(), QStringLiteral("m.csv"));
        QVERIFY2(outcome.chosen.has_value(), qPrintable(outcome.problem));
        QCOMPARE(outcome.chosen->profile.name, QStringLiteral("Micropaie statement"));
        QVERIFY(outcome.fitting.size() >= 2);
    }

    // Two saved profiles that read the same file equally well: the command line refuses, lists both, writes nothing.
    void twoSavedProfilesThatFitAreRefused()
    {
        const QByteArray json = R"JSON({"name": "%1", "kind": "provider", "provider": "%2", "delimiter": ";",
            "decimal_mark": ",", "date_format": "dd/MM/yyyy", "default_currency": "EUR",
            "columns": {"timestamp": "Jour", "reference": "Ticket", "gross": "Montant TTC"}})JSON";
        for (const auto& [name, provider] : {std::pair{"Agrégateur A", "agg-a"}, std::pair{"Agrégateur B", "agg-b"}}) {
            auto p = ImportProfile::fromJson(
                QString::fromUtf8(json).arg(QString::fromUtf8(name), QLatin1StringView(provider)).toUtf8());
            QVERIFY2(p.ok(), qPrintable(p.error()));
            QVERIFY(ProfileRegistry::save(*p).ok());
        }
        const QString path = m_dir.filePath(QStringLiteral("agg.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Jour;Ticket;Montant TTC\n14/09/2026;T-1;3,00\n15/09/2026;T-2;4,50\n");
        }
        const auto outcome = ProfileRecognizer::recogniseFile(path);
        QVERIFY(!outcome.chosen);
        QVERIFY2(outcome.problem.contains(u"Agrégateur A") && outcome.problem.contains(u"Agrégateur B"),
                 qPrintable(outcome.problem));

        const QString dbPath = m_dir.filePath(QStringLiteral("refused.sqlite"));
        QProcess cli;
        // The command line looks for saved profiles where this test saved them.
        QDir data(ProfileRegistry::userFolder());
        for (int up = 0; up < 3; ++up) // …/share/Obole/Obole/profiles → …/share
            data.cdUp();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.absolutePath());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(OBOLE_CLI_PATH), {QStringLiteral("--db"), dbPath, QStringLiteral("import"), path});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"Agrégateur A") && err.contains(u"Agrégateur B"), qPrintable(err));
        auto db = Database::open(dbPath);
        if (db) // the command may refuse before creating the database at all
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM import_batches"), 0);
    }

    // Without a profile, the command line recognises each file and says which profile it used.
    void commandLineRecognisesTheFile()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QProcess cli;
        cli.start(QStringLiteral(OBOLE_CLI_PATH),
                  {QStringLiteral("--db"), dbPath, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("import"), sample(QStringLiteral("obole-sales-log.csv")),
                   sample(QStringLiteral("paypal-activity-fr.csv"))});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(
            out.contains(u"read as \"Obole sales log (written by the generated snippets)\" (recognised from the file)"),
            qPrintable(out));
        QVERIFY2(out.contains(u"read as \"PayPal activity download (CSV)\" (recognised from the file)"),
                 qPrintable(out));
        auto db = Database::open(dbPath);
        QVERIFY(db.ok());
        QCOMPARE(
            scalar(*db.value(), "SELECT count(*) FROM transactions WHERE kind = 'provider' AND provider = 'paypal'"),
            4);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions WHERE kind = 'sales'"), 3);
    }

    // A file no profile reads is refused with nothing written.
    void commandLineRefusesAnUnknownFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("unknown.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("alpha;beta\n1;2\n");
        }
        const QString dbPath = m_dir.filePath(QStringLiteral("unknown.sqlite"));
        QProcess cli;
        cli.start(QStringLiteral(OBOLE_CLI_PATH), {QStringLiteral("--db"), dbPath, QStringLiteral("import"), path});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(QString::fromUtf8(cli.readAllStandardError()).contains(u"no import profile fits"), "no reason given");
    }

    // A statement from a provider the catalog does not know, and one far outside the sales log's span: warnings,
    // and the import lands all the same.
    void warningsOnUnknownProviderAndDistantDates()
    {
        auto db = freshDb();
        Provider known;
        known.code = QStringLiteral("generic");
        known.name = QStringLiteral("Generic");
        QVERIFY(CatalogStore(*db).save(known).ok());

        auto sales =
            Importer::importFile(*db, builtIn("obole-sales-log"), sample(QStringLiteral("obole-sales-log.csv")));
        QVERIFY2(sales.ok(), qPrintable(sales.error()));
        // The sales log names micropaie, which the catalog lacks.
        QVERIFY2(sales->warnings.join(u'\n').contains(u"micropaie"), qPrintable(sales->warnings.join(u'\n')));

        // Within the span, from a known provider: nothing to say.
        auto near =
            Importer::importFile(*db, builtIn("generic-provider"), sample(QStringLiteral("generic-provider.csv")));
        QVERIFY2(near.ok(), qPrintable(near.error()));
        QVERIFY2(near->warnings.isEmpty(), qPrintable(near->warnings.join(u'\n')));

        // A year before the sales log, from a provider the catalog lacks.
        const QByteArray old = "date,reference,channel,product,gross,net,currency\n"
                               "2025-09-14T19:15:02Z,OLD-1,sms,Pass,3.00,1.95,EUR\n";
        ImportProfile other = builtIn("generic-provider");
        other.provider = QStringLiteral("old-agg");
        auto far = Importer::importData(*db, other, old, QStringLiteral("old.csv"));
        QVERIFY2(far.ok(), qPrintable(far.error()));
        QCOMPARE(far->rowsAdded, 1);
        const QString warnings = far->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"old-agg"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"31 days outside the sales log"), qPrintable(warnings));
        QCOMPARE(scalar(*db.get(), "SELECT count(*) FROM transactions WHERE provider = 'old-agg'"), 1);
        // 31 days after the last sale is still within; 32 is not.
        const QByteArray edge = "date,reference,channel,product,gross,net,currency\n"
                                "2026-10-16T08:02:40Z,EDGE-1,sms,Pass,3.00,1.95,EUR\n";
        auto within = Importer::importData(*db, builtIn("generic-provider"), edge, QStringLiteral("edge.csv"));
        QVERIFY2(within.ok() && within->warnings.isEmpty(), qPrintable(within->warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestImportRecognition)
#include "tst_importrecognition.moc"
