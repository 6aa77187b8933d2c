#include "importing/importer.h"
#include "importing/profileregistry.h"
#include "money/money.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using TestSupport::scalar;

namespace {

const QByteArray s_profileJson = R"JSON({
  "name": "Example aggregator (FR)", "kind": "provider", "provider": "example-agg",
  "encoding": "windows-1252", "delimiter": ";", "decimal_mark": ",", "skip_lines": 1, "header": true,
  "skip_rows": [{"column": "timestamp", "matches": "^Total"}],
  "date_format": "dd/MM/yyyy HH:mm:ss", "timezone": "Europe/Paris",
  "columns": {"timestamp": "Date", "reference": "Ref", "channel": "Moyen", "product": "Libelle",
              "gross": "Montant", "net": "Reversement"},
  "channel_values": {"SMS+": "sms", "Audiotel 0899": "audiotel"},
  "default_currency": "EUR"
})JSON";

QByteArray statement(const QList<QByteArray>& lines)
{
    QByteArray out = "Relev\xe9 de transactions\r\nDate;Ref;Moyen;Libelle;Montant;Reversement\r\n";
    for (const QByteArray& l : lines)
        out += l + "\r\n";
    out += "Total;;;;;\r\n";
    return out;
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ImportProfile m_profile;
    int m_dbCount = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(TestSupport::location(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount))));
        return db ? std::move(db.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto profile = ImportProfile::fromJson(s_profileJson);
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        m_profile = profile.value();
    }

    void rowsLandExactly()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QByteArray file = statement({"30/03/2025 03:30:00;A-1;SMS+;Pass \xe9t\xe9;1,50;0,98",
                                           "26/10/2025 02:30:00;A-2;Audiotel 0899;Appel;2,99;1,80",
                                           "15/01/2025 12:00:00;A-3;sms;Cr\xe9"
                                           "dits;1 234,56;800,00"});
        auto summary = Importer::importData(*db, m_profile, file, QStringLiteral("oct.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsRead, 3);
        QCOMPARE(summary->rowsAdded, 3);
        QCOMPARE(summary->rowsSkipped, 1); // the Total line
        auto stmt = db->prepare("SELECT reference, channel, product, gross_minor, net_minor, currency, occurred_utc, "
                                "provider, kind FROM transactions ORDER BY reference");
        QVERIFY(stmt);
        QVERIFY(stmt->next().value_or(false));
        QCOMPARE(stmt->text(0), QStringLiteral("A-1"));
        QCOMPARE(stmt->text(1), QStringLiteral("sms"));
        QCOMPARE(stmt->text(2), QStringLiteral("Pass été"));
        QCOMPARE(stmt->int64(3), 150);
        QCOMPARE(stmt->int64(4), 98);
        QCOMPARE(stmt->text(5), QStringLiteral("EUR"));
        // 03:30 in Paris on the spring-forward day is 01:30 UTC.
        QCOMPARE(stmt->int64(6), QDateTime(QDate(2025, 3, 30), QTime(1, 30), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(stmt->text(7), QStringLiteral("example-agg"));
        QCOMPARE(stmt->text(8), QStringLiteral("provider"));
        QVERIFY(stmt->next().value_or(false));
        QCOMPARE(stmt->text(1), QStringLiteral("audiotel"));
        // 02:30 on the fall-back day happens twice; the first one (summer time, UTC+2) is taken.
        QCOMPARE(stmt->int64(6), QDateTime(QDate(2025, 10, 26), QTime(0, 30), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(stmt->next().value_or(false));
        QCOMPARE(stmt->int64(3), 123456);
        QCOMPARE(stmt->int64(6), QDateTime(QDate(2025, 1, 15), QTime(11, 0), Qt::UTC).toSecsSinceEpoch());
    }

    // Rows are written 64 to a statement, in forms that differ by the columns a profile has and by whether 64 rows
    // share their currency: every value must land as read whatever the form.
    void everyValueLandsWhateverTheStatementForm()
    {
        auto profile = ImportProfile::fromJson(R"JSON({
          "name": "Mixed", "kind": "provider", "provider": "agg", "delimiter": ",", "decimal_mark": ".", "header": true,
          "date_format": "iso8601", "timezone": "UTC",
          "columns": {"timestamp": "t", "reference": "ref", "gross": "gross", "net": "net", "fee": "fee",
                      "currency": "cur", "provider": "prov"},
          "default_channel": "sms"
        })JSON");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        QByteArray file = "t,ref,gross,net,fee,cur,prov\n";
        for (int i = 0; i < 300; ++i) {
            // Currencies change every 100 rows (groups of 64 mixed and not), net or fee missing on some rows.
            const QByteArray cur = i < 100 ? "EUR" : i < 200 ? "USD" : (i % 2 ? "EUR" : "GBP");
            file += "2025-10-01T08:00:" + QByteArray::number(i % 60).rightJustified(2, '0') + "Z,M-" +
                    QByteArray::number(i) + "," + QByteArray::number(100 + i) + ".00," +
                    (i % 7 ? QByteArray::number(60 + i) + ".00" : QByteArray()) + "," +
                    (i % 5 ? QByteArray::number(i) + ".00" : QByteArray()) + "," + cur + ",p" +
                    QByteArray::number(i % 3) + "\n";
        }
        auto db = freshDb();
        auto summary = Importer::importData(*db, profile.value(), file, QStringLiteral("mixed.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 300);
        auto rows = db->prepare("SELECT reference, gross_minor, net_minor, fee_minor, currency, provider, line "
                                "FROM transactions ORDER BY line");
        QVERIFY(rows.ok());
        int i = 0;
        QVERIFY(rows->forEach([&] {
                        const QString cur = i < 100   ? QStringLiteral("EUR")
                                            : i < 200 ? QStringLiteral("USD")
                                                      : (i % 2 ? QStringLiteral("EUR") : QStringLiteral("GBP"));
                        QCOMPARE(rows->text(0), QStringLiteral("M-%1").arg(i));
                        QCOMPARE(rows->int64(1), qint64(10000 + 100 * i));
                        QCOMPARE(rows->isNull(2), i % 7 == 0);
                        if (i % 7)
                            QCOMPARE(rows->int64(2), qint64(6000 + 100 * i));
                        QCOMPARE(rows->isNull(3), i % 5 == 0);
                        if (i % 5)
                            QCOMPARE(rows->int64(3), qint64(100 * i));
                        QCOMPARE(rows->text(4), cur);
                        QCOMPARE(rows->text(5), QStringLiteral("p%1").arg(i % 3));
                        QCOMPARE(rows->int64(6), qint64(i + 2));
                        ++i;
                    })
                    .ok());
        QCOMPARE(i, 300);
    }

    void tableChecksStandAfterAnImport()
    {
        if (TestSupport::onServer())
            QSKIP("a file's own mechanism (pragmas, journal); tst_server tests the server's");
        // The import skips the table's CHECK on the kind for its own rows, which can only be right; afterwards the
        // check holds again for anything else that writes.
        auto db = freshDb();
        QVERIFY(Importer::importData(*db, m_profile, statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98"}),
                                     QStringLiteral("a.csv"))
                    .ok());
        QCOMPARE(scalar(*db, "PRAGMA ignore_check_constraints"), 0);
        QVERIFY(!db->exec("INSERT INTO transactions (batch_id, kind, occurred_utc, gross_minor, currency) "
                          "VALUES (1, 'bogus', 0, 1, 'EUR')")
                     .ok());
    }

    void sameFileTwiceAddsNothing()
    {
        auto db = freshDb();
        const QByteArray file = statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98"});
        QVERIFY(Importer::importData(*db, m_profile, file, QStringLiteral("a.csv")).ok());
        auto again = Importer::importData(*db, m_profile, file, QStringLiteral("a-copy.csv"));
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QVERIFY2(again->text().contains(QStringLiteral("already imported")), qPrintable(again->text()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 1);
    }

    void overlappingFileAddsOnlyNewRows()
    {
        auto db = freshDb();
        const QByteArray first =
            statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98", "02/10/2025 08:15:00;A-2;SMS+;Pass;1,50;0,98",
                       "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80"});
        const QByteArray second = statement({"02/10/2025 08:15:00;A-2;SMS+;Pass;1,50;0,98",
                                             "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80",
                                             "03/10/2025 08:15:00;A-3;SMS+;Pass;1,50;0,98"});
        QVERIFY(Importer::importData(*db, m_profile, first, QStringLiteral("1.csv")).ok());
        auto summary = Importer::importData(*db, m_profile, second, QStringLiteral("2.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 1);
        QCOMPARE(summary->rowsPresent, 2);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 4);
    }

    void batchRowsFoundByRangeOrWithoutOne_data()
    {
        QTest::addColumn<bool>("rangeKnown");
        QTest::newRow("range recorded") << true;
        QTest::newRow("range unknown") << false;
    }

    // The rows of earlier batches are read along their range of ids; a batch with an empty range (nothing added) or
    // no range at all (written by something else) must not make the next import or an undo miss rows.
    void batchRowsFoundByRangeOrWithoutOne()
    {
        QFETCH(bool, rangeKnown);
        auto db = freshDb();
        const QByteArray first = statement(
            {"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98", "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80"});
        auto a = Importer::importData(*db, m_profile, first, QStringLiteral("1.csv"));
        QVERIFY(a.ok());
        auto empty = Importer::importData(*db, m_profile, first + "\r\n", QStringLiteral("1-again.csv"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->rowsAdded, 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches WHERE first_txn_id > last_txn_id"), 1);
        if (!rangeKnown)
            QVERIFY(db->exec("UPDATE import_batches SET first_txn_id = NULL, last_txn_id = NULL").ok());
        const QByteArray second = statement(
            {"02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80", "03/10/2025 08:15:00;A-3;SMS+;Pass;1,50;0,98"});
        auto b = Importer::importData(*db, m_profile, second, QStringLiteral("2.csv"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->rowsAdded, 1);
        QCOMPARE(b->rowsPresent, 1);
        QVERIFY(Importer::undoBatch(*db, a->batchId).ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE reference = 'A-3'"), 1);
    }

    // Identities are stored: a later version must compute the same ones, or a file imported before would be
    // imported again. These values were computed when the identity was defined.
    void identitiesStayTheSameAcrossVersions()
    {
        auto db = freshDb();
        const QByteArray file = statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98",
                                           "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80",
                                           "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80"});
        QVERIFY(Importer::importData(*db, m_profile, file, QStringLiteral("pinned.csv")).ok());
        auto rows = db->prepare("SELECT row_hash FROM transactions ORDER BY line");
        QVERIFY(rows.ok());
        QList<qint64> hashes;
        QVERIFY(rows->forEach([&] { hashes.append(rows->int64(0)); }).ok());
        QCOMPARE(hashes, (QList<qint64>{4767452365027372204, 7569046593954357909, 6076574596398003004}));
    }

    void identicalLegitimateRowsBothCount()
    {
        auto db = freshDb();
        const QByteArray line = "02/10/2025 09:00:00;;Audiotel 0899;Appel;2,99;1,80";
        auto summary = Importer::importData(*db, m_profile, statement({line, line}), QStringLiteral("calls.csv"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->rowsAdded, 2);
        // A later file holding the same two calls and a third identical one adds only the third.
        auto later = Importer::importData(*db, m_profile, statement({line, line, line}), QStringLiteral("calls2.csv"));
        QVERIFY2(later.ok(), qPrintable(later.error()));
        QCOMPARE(later->rowsAdded, 1);
        QCOMPARE(later->rowsPresent, 2);
    }

    void malformedRowRejectsWholeFile()
    {
        auto db = freshDb();
        const QByteArray file =
            statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98", "01/10/2025 08:16:00;A-2;SMS+;Pass;12,3a;0,98"});
        auto summary = Importer::importData(*db, m_profile, file, QStringLiteral("bad.csv"));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(QStringLiteral("bad.csv")), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(QStringLiteral("line 4")), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(QStringLiteral("Montant")), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);

        ImportOptions skip;
        skip.skipBadRows = true;
        auto skipped = Importer::importData(*db, m_profile, file, QStringLiteral("bad.csv"), skip);
        QVERIFY2(skipped.ok(), qPrintable(skipped.error()));
        // Numbered as if the refused import had never been (on a server as in a file).
        QCOMPARE(skipped->batchId, 1);
        QCOMPARE(skipped->rowsAdded, 1);
        QCOMPARE(skipped->rowsRejected, 1);
        QCOMPARE(skipped->rejected.size(), 1);
        QVERIFY(skipped->rejected.first().contains(QStringLiteral("line 4")));
    }

    void cancelChangesNothing()
    {
        auto db = freshDb();
        QList<QByteArray> lines;
        for (int i = 0; i < 200000; ++i)
            lines.append("01/10/2025 08:15:00;R-" + QByteArray::number(i) + ";SMS+;Pass;1,50;0,98");
        // Cancelled in the middle, with rows already written (on a server, a COPY under way).
        ImportOptions options;
        int calls = 0;
        options.progress = [&calls](qint64, qint64) { return ++calls < 4; };
        auto summary = Importer::importData(*db, m_profile, statement(lines), QStringLiteral("big.csv"), options);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(QStringLiteral("cancelled")));
        QCOMPARE(calls, 4); // four chunks were written before the cancel
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);
        // The next import takes the numbers the cancelled one would have: its batch and its rows start at 1.
        auto next = Importer::importData(*db, m_profile, statement({lines.first()}), QStringLiteral("one.csv"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->batchId, 1);
        QCOMPARE(scalar(*db, "SELECT min(id) FROM transactions"), 1);
    }

    void undoRemovesTheBatch()
    {
        auto db = freshDb();
        auto a = Importer::importData(*db, m_profile, statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98"}),
                                      QStringLiteral("a.csv"));
        auto b = Importer::importData(*db, m_profile, statement({"02/10/2025 08:15:00;A-2;SMS+;Pass;1,50;0,98"}),
                                      QStringLiteral("b.csv"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transaction_blocks"), 2);
        QVERIFY(Importer::undoBatch(*db, a->batchId).ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transaction_blocks"), 1);
        QVERIFY(!Importer::undoBatch(*db, a->batchId).ok());
        // Once undone, the same file may be imported again.
        auto again = Importer::importData(*db, m_profile, statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;1,50;0,98"}),
                                          QStringLiteral("a.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->rowsAdded, 1);
    }

    // One bound for every amount (Money::kMaxMinorUnits): at the bound a row imports, beyond it the file is refused
    // with the line and the value, and nothing is written.
    void amountsBeyondTheBoundAreRefused()
    {
        auto db = freshDb();
        auto at = Importer::importData(*db, m_profile,
                                       statement({"01/10/2025 08:15:00;A-1;SMS+;Pass;10 000 000 000,00;0,98",
                                                  "01/10/2025 08:16:00;A-2;SMS+;Pass;-10 000 000 000,00;0,98"}),
                                       QStringLiteral("at.csv"));
        QVERIFY2(at.ok(), qPrintable(at.error()));
        QCOMPARE(scalar(*db, "SELECT max(gross_minor) FROM transactions"), Money::kMaxMinorUnits);
        for (const QByteArray& amount : {QByteArray("10 000 000 000,01"), QByteArray("92233720368547758,07"),
                                         QByteArray("-92233720368547758,08")}) {
            auto beyond = Importer::importData(*db, m_profile,
                                               statement({"02/10/2025 08:15:00;B-1;SMS+;Pass;1,50;0,98",
                                                          "02/10/2025 08:16:00;B-2;SMS+;Pass;" + amount + ";0,98"}),
                                               QStringLiteral("beyond.csv"));
            QVERIFY(!beyond.ok());
            QVERIFY2(beyond.error().contains(u"line 4") && beyond.error().contains(QString::fromLatin1(amount)) &&
                         beyond.error().contains(u"beyond the largest amount"),
                     qPrintable(beyond.error()));
            QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 2);
        }
    }

    // A sales log line cut in the middle of a character (a lone 0xC3) refuses the file by default; with bad rows
    // skipped, that line alone is rejected and listed, and the rest of the log imports.
    // The sales log puts an apostrophe before a reference or product a spreadsheet would run as a formula; importing
    // drops it, so the reference matches the provider's own.
    void salesLogFormulaApostrophesAreDropped()
    {
        auto entry = ProfileRegistry::find(QStringLiteral("obole-sales-log"));
        QVERIFY(entry.ok());
        QVERIFY(entry->profile.formulaApostrophes);
        const QByteArray log = "timestamp,reference,site_id,product_id,product,channel,provider,gross,currency,"
                               "access_seconds,code_hash\n"
                               "2025-03-14T18:05:09Z,\"'=1+2\",1,2,\"'@Pass\",sms,\"micropaie\",1.50,EUR,86400,ab\n"
                               "2025-03-14T18:06:00Z,\"'plain\",1,2,\"Pass\",sms,\"micropaie\",1.50,EUR,86400,cd\n";
        auto db = freshDb();
        auto summary = Importer::importData(*db, entry->profile, log, QStringLiteral("sales-log.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE reference = '=1+2' AND product = '@Pass'"), 1);
        // An apostrophe before anything else is the text's own.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE reference = '''plain'"), 1);
    }

    void salesLogLineThatIsNotUtf8()
    {
        auto entry = ProfileRegistry::find(QStringLiteral("obole-sales-log"));
        QVERIFY(entry.ok());
        const QByteArray log = "timestamp,reference,site_id,product_id,product,channel,provider,gross,currency,"
                               "access_seconds,code_hash\n"
                               "2025-03-14T18:05:09Z,\"MIC-1\",1,2,\"Pass\",sms,\"micropaie\",1.50,EUR,86400,ab\n"
                               "2025-03-14T18:06:00Z,\"R\xC3\",1,2,\"Pass\",sms,\"micropaie\",1.50,EUR,86400,cd\n"
                               "2025-03-14T18:07:00Z,\"MIC-3\",1,2,\"Pass\",sms,\"micropaie\",1.50,EUR,86400,ef\n";
        auto db = freshDb();
        auto refused = Importer::importData(*db, entry->profile, log, QStringLiteral("sales-log.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"line 3"), qPrintable(refused.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);

        ImportOptions skip;
        skip.skipBadRows = true;
        auto summary = Importer::importData(*db, entry->profile, log, QStringLiteral("sales-log.csv"), skip);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 2);
        QCOMPARE(summary->rowsRejected, 1);
        QVERIFY2(summary->rejected.join(u'\n').contains(u"line 3") && summary->rejected.join(u'\n').contains(u"UTF-8"),
                 qPrintable(summary->rejected.join(u'\n')));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE reference IN ('MIC-1', 'MIC-3')"), 2);
    }

    void builtInProfilesAreValid()
    {
        const auto entries = ProfileRegistry::all();
        QStringList ids;
        for (const auto& e : entries)
            ids.append(e.id);
        for (const char* id : {"obole-sales-log", "generic-provider", "btcpay-payments", "btcpay-sales",
                               "stripe-itemized", "paypal-activity"})
            QVERIFY2(ids.contains(QLatin1StringView(id)), qPrintable(ids.join(u',')));
    }

    void salesLogNamesTheProviderOfEachSale()
    {
        auto db = freshDb();
        auto entry = ProfileRegistry::find(QStringLiteral("obole-sales-log"));
        QVERIFY(entry.ok());
        const QByteArray log =
            "timestamp,reference,site_id,product_id,product,channel,provider,gross,currency,"
            "access_seconds,code_hash\n"
            "2025-03-14T18:05:09Z,\"MIC-1\",1,2,\"Pass VIP 24 h\",sms,\"micropaie\",1.50,EUR,86400,ab\n"
            "2025-03-14T18:06:00Z,\"\",1,2,\"Pass VIP 24 h\",audiotel,\"micropaie\",2.99,EUR,0,cd\n"
            "2025-03-14T18:07:00Z,\"INV-9\",1,3,\"O'Brien \"\"VIP\"\"\",crypto,\"btcpay\",3.00,EUR,0,ef\n";
        auto summary = Importer::importData(*db, entry->profile, log, QStringLiteral("sales-log.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 3);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE kind = 'sales' AND provider = 'micropaie'"), 2);
        QCOMPARE(scalar(*db, "SELECT gross_minor FROM transactions WHERE reference = 'INV-9' AND provider = 'btcpay'"),
                 300);
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions WHERE reference = 'MIC-1'"),
                 QDateTime(QDate(2025, 3, 14), QTime(18, 5, 9), Qt::UTC).toSecsSinceEpoch());
        // The next day's log repeats yesterday's lines: only the new one is added.
        auto next = Importer::importData(
            *db, entry->profile,
            log + "2025-03-15T09:00:00Z,\"MIC-2\",1,2,\"Pass VIP 24 h\",sms,\"micropaie\",1.50,EUR,86400,aa\n",
            QStringLiteral("sales-log.csv"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->rowsAdded, 1);
        QCOMPARE(next->rowsPresent, 3);
    }

    void paypalDateAndTimeApart()
    {
        auto db = freshDb();
        auto entry = ProfileRegistry::find(QStringLiteral("paypal-activity"));
        QVERIFY(entry.ok());
        const QByteArray file =
            "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\","
            "\"Transaction ID\",\"Item Title\"\r\n"
            "\"14/07/2025\",\"21:15:00\",\"CEST\",\"A. Buyer\",\"Website Payment\",\"Completed\",\"EUR\","
            "\"10.00\",\"-0.64\",\"9.36\",\"5TY05013RG002845M\",\"Wallet top-up\"\r\n"
            "\"15/07/2025\",\"08:00:00\",\"CEST\",\"\",\"General Withdrawal\",\"Completed\",\"EUR\","
            "\"-9.36\",\"0.00\",\"-9.36\",\"7KM12345AB1234567\",\"\"\r\n";
        auto summary = Importer::importData(*db, entry->profile, file, QStringLiteral("Download.CSV"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 1);
        QCOMPARE(summary->rowsSkipped, 1);
        QCOMPARE(scalar(*db, "SELECT occurred_utc FROM transactions"),
                 QDateTime(QDate(2025, 7, 14), QTime(19, 15), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(scalar(*db, "SELECT fee_minor FROM transactions"), -64);
    }

    void stripeItemizedWithBomAndCrlf()
    {
        auto db = freshDb();
        auto entry = ProfileRegistry::find(QStringLiteral("stripe-itemized"));
        QVERIFY(entry.ok());
        const QByteArray file = "\xef\xbb\xbf"
                                "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category\r\n"
                                "txn_1,2025-06-01 10:00:00,eur,10.00,0.45,9.55,charge\r\n"
                                "txn_2,2025-06-02 10:00:00,eur,-10.00,0.00,-10.00,refund\r\n"
                                "po_1,2025-06-03 10:00:00,eur,-9.55,0.00,-9.55,payout\r\n";
        auto summary = Importer::importData(*db, entry->profile, file, QStringLiteral("stripe.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowsAdded, 2);
        QCOMPARE(summary->rowsSkipped, 1);
        QCOMPARE(scalar(*db, "SELECT sum(gross_minor) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT fee_minor FROM transactions WHERE reference = 'txn_1'"), 45);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions WHERE currency = 'EUR'"), 2);
    }

    void malformedCorpusChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated quote") << QStringLiteral("truncated_quote.csv") << QStringLiteral("quote");
        QTest::newRow("nonexistent local time")
            << QStringLiteral("nonexistent_local_time.csv") << QStringLiteral("does not exist");
        QTest::newRow("amount with letters") << QStringLiteral("amount_with_letters.csv") << QStringLiteral("letters");
        QTest::newRow("missing column") << QStringLiteral("missing_column.csv") << QStringLiteral("Montant");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty");
        QTest::newRow("zero bytes") << QStringLiteral("zero_bytes.csv") << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("binary.csv") << QStringLiteral("binary");
        QTest::newRow("wrong encoding") << QStringLiteral("wrong_encoding.csv") << QStringLiteral("UTF-8");
    }

    void malformedCorpusChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString dir = QStringLiteral(OBOLE_TEST_DATA "/csv/");
        auto profile = ImportProfile::fromJson(R"JSON({
          "name": "Corpus", "kind": "provider", "provider": "example-agg", "encoding": "auto", "delimiter": ";",
          "decimal_mark": ",", "date_format": "dd/MM/yyyy HH:mm:ss", "timezone": "Europe/Paris",
          "columns": {"timestamp": "Date", "reference": "Référence", "gross": "Montant", "currency": "Devise"},
          "default_channel": "sms"})JSON");
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        ImportProfile p = profile.value();
        p.encoding = file == u"wrong_encoding.csv" ? TextCodec::Encoding::Utf8 : TextCodec::Encoding::Auto;
        auto db = freshDb();
        auto summary = Importer::importFile(*db, p, dir + file);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(file), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(expected, Qt::CaseInsensitive), qPrintable(summary.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);
    }

    void bigImportAloneOrBesideAnotherConnection()
    {
        if (TestSupport::onServer())
            QSKIP("a file's own mechanism (pragmas, journal); tst_server tests the server's");
        // A file this size is written with a rollback journal when the database is not shared, and through the
        // write-ahead log when another connection has it open; either way every row lands and the file is left
        // in write-ahead-log mode for the next reader.
        QByteArray big = "Relev\xe9\r\nDate;Ref;Moyen;Libelle;Montant;Reversement\r\n";
        for (int i = 0; i < 200000; ++i)
            big += "01/10/2025 08:15:00;B-" + QByteArray::number(i) + ";SMS+;Pass;1,50;0,98\r\n";
        QVERIFY(big.size() > 8 * 1024 * 1024);
        const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
        auto db = Database::open(TestSupport::location(path));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        auto first = Importer::importData(*db.value(), m_profile, big, QStringLiteral("alone.csv"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->rowsAdded, 200000);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions"), 200000);
        {
            auto mode = db.value()->prepare("PRAGMA journal_mode");
            QVERIFY(mode && mode->next().value_or(false));
            QCOMPARE(mode->text(0), QStringLiteral("wal"));
        }

        // The same file again: recognised by its hash (computed while the rows are being written, which are then
        // all taken back), nothing added.
        auto again = Importer::importData(*db.value(), m_profile, big, QStringLiteral("alone-again.csv"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->previousBatchId, first->batchId);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions"), 200000);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM import_batches"), 1);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transaction_blocks"),
                 scalar(*db.value(), "SELECT count(*) FROM transaction_blocks WHERE batch_id = 1"));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM import_batches WHERE file_sha256 = 'pending'"), 0);

        auto other = Database::open(TestSupport::location(path));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(scalar(*other.value(), "SELECT count(*) FROM transactions"), 200000);
        big.replace("B-", "C-");
        auto second = Importer::importData(*db.value(), m_profile, big, QStringLiteral("shared.csv"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->rowsAdded, 200000);
        QCOMPARE(scalar(*other.value(), "SELECT count(*) FROM transactions"), 400000);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }

    // A file on disk is read piece by piece (the reader and the hash each on their own): the rows, the file's hash
    // and the refusal of the same file again are those of the file read whole, and an error far into the file
    // leaves nothing.
    void bigFileFromDiskAsFromMemory()
    {
        QByteArray big = "Relev\xe9\r\nDate;Ref;Moyen;Libelle;Montant;Reversement\r\n";
        for (int i = 0; big.size() < 20 * 1024 * 1024; ++i)
            big += "01/10/2025 08:15:00;D-" + QByteArray::number(i) + ";SMS+;Caf\xe9 cr\xe8me;1,50;0,98\r\n";
        const QString file = m_dir.filePath(QStringLiteral("big-statement.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(big), big.size());
        }
        auto fromMemory = freshDb();
        auto inMemory = Importer::importData(*fromMemory, m_profile, big, QStringLiteral("big-statement.csv"));
        QVERIFY2(inMemory.ok(), qPrintable(inMemory.error()));
        auto fromDisk = freshDb();
        auto onDisk = Importer::importFile(*fromDisk, m_profile, file);
        QVERIFY2(onDisk.ok(), qPrintable(onDisk.error()));
        QVERIFY(onDisk->rowsAdded > 300000);
        QCOMPARE(onDisk->rowsAdded, inMemory->rowsAdded);
        QCOMPARE(onDisk->sha256, Importer::sha256Hex(big));
        QCOMPARE(onDisk->sha256, inMemory->sha256);
        for (const char* digest : {"SELECT sum(row_hash % 1000003) FROM transactions",
                                   "SELECT sum(line * 7 + gross_minor + occurred_utc % 977) FROM transactions",
                                   "SELECT count(*) FROM transactions WHERE product = 'Café crème'"})
            QCOMPARE(scalar(*fromDisk, digest), scalar(*fromMemory, digest));
        QCOMPARE(scalar(*fromDisk, "SELECT count(*) FROM transactions WHERE product = 'Café crème'"),
                 onDisk->rowsAdded);
        auto again = Importer::importFile(*fromDisk, m_profile, file);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->alreadyImported);

        // A line that does not parse, 15 MB in: the file is refused, by its line, and nothing of it stays.
        QByteArray broken = big;
        const qsizetype at = broken.indexOf("\r\n", 15 * 1024 * 1024) + 2;
        broken.insert(at, "01/10/2025 08:15:00;BAD;SMS+;Pass;1,5x;0,98\r\n");
        const qint64 badLine = broken.left(at).count("\r\n") + 1;
        const QString brokenFile = m_dir.filePath(QStringLiteral("broken-statement.csv"));
        {
            QFile out(brokenFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(broken), broken.size());
        }
        auto db = freshDb();
        auto refused = Importer::importFile(*db, m_profile, brokenFile);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("line %1").arg(badLine)), qPrintable(refused.error()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_batches"), 0);
    }

    // A sales log the site still appends to is imported as it was when the import began: its rows and its hash are
    // of those bytes, and the lines appended meanwhile come with the next import.
    void fileGrowingWhileImported()
    {
        auto line = [](int i) -> QByteArray {
            return "01/10/2025 08:15:00;G-" + QByteArray::number(i) + ";SMS+;Pass;1,50;0,98\r\n";
        };
        QByteArray bytes = "Relev\xe9\r\nDate;Ref;Moyen;Libelle;Montant;Reversement\r\n";
        for (int i = 0; i < 100000; ++i)
            bytes += line(i);
        const QString file = m_dir.filePath(QStringLiteral("growing.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(bytes), bytes.size());
        }
        auto db = freshDb();
        Importer::Options options;
        bool appended = false;
        options.progress = [&](qint64, qint64) {
            if (!appended) {
                QFile out(file);
                if (out.open(QIODevice::Append)) {
                    for (int i = 100000; i < 101000; ++i)
                        out.write(line(i));
                    appended = true;
                }
            }
            return true;
        };
        auto first = Importer::importFile(*db, m_profile, file, options);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(appended);
        QCOMPARE(first->rowsAdded, 100000);
        QCOMPARE(first->sha256, Importer::sha256Hex(bytes));
        auto next = Importer::importFile(*db, m_profile, file);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->rowsAdded, 1000);
        QCOMPARE(next->rowsPresent, 100000);
    }

    void killedImportLeavesDatabaseAsItWas()
    {
        if (TestSupport::onServer())
            QSKIP("a file's own mechanism (pragmas, journal); tst_server tests the server's");
        const QString dbPath = m_dir.filePath(QStringLiteral("killed.sqlite"));
        const QString profilePath = m_dir.filePath(QStringLiteral("profile.json"));
        QFile pf(profilePath);
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write(s_profileJson);
        pf.close();
        QByteArray big = "Relev\xe9\r\nDate;Ref;Moyen;Libelle;Montant;Reversement\r\n";
        for (int i = 0; i < 600000; ++i)
            big += "01/10/2025 08:15:00;K-" + QByteArray::number(i) + ";SMS+;Pass;1,50;0,98\r\n";
        const QString file = m_dir.filePath(QStringLiteral("big.csv"));
        QFile bf(file);
        QVERIFY(bf.open(QIODevice::WriteOnly));
        bf.write(big);
        bf.close();
        {
            auto db = Database::open(TestSupport::location(dbPath));
            QVERIFY(db.ok());
        }
        QProcess p;
        p.start(QStringLiteral(OBOLE_CLI_PATH),
                {QStringLiteral("--db"), TestSupport::location(dbPath), QStringLiteral("import"),
                 QStringLiteral("--profile-file"), profilePath, file});
        QVERIFY(p.waitForStarted());
        // Killed while it writes: once its journal is there (a file this size is written with a rollback journal).
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(dbPath + QStringLiteral("-journal")) || p.state() == QProcess::NotRunning, 20000);
        p.kill();
        p.waitForFinished();
        auto db = Database::open(TestSupport::location(dbPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const qint64 batches = scalar(*db.value(), "SELECT count(*) FROM import_batches");
        const qint64 rows = scalar(*db.value(), "SELECT count(*) FROM transactions");
        // Either the import finished before the kill, whole, or nothing of it is there.
        QVERIFY2((batches == 0 && rows == 0) || (batches == 1 && rows == 600000),
                 qPrintable(QStringLiteral("%1 batches, %2 rows").arg(batches).arg(rows)));
        QCOMPARE(scalar(*db.value(), "PRAGMA integrity_check") == -1, false);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
