// A damaged database is refused by every command and never written: garbage lands in a leaf page of the
// transactions table of a reconciled demo database, and each command must say so, exit non-zero, and leave the file
// byte for byte as it was.
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using TestSupport::cli;
using TestSupport::fileHash;
using TestSupport::Run;

class TestDamaged final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pristine; // a reconciled demo database, checkpointed into its main file
    QList<qint64> m_leafPages;
    qint64 m_pageSize = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), m_pristine, QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_pristine, QStringLiteral("reconcile"), QStringLiteral("--json")}).exitCode,
            0);
        auto db = Database::open(m_pristine);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        auto size = db.value()->prepare("PRAGMA page_size");
        QVERIFY(size && size->next().value_or(false));
        m_pageSize = size->int64(0);
        auto pages = db.value()->prepare("SELECT pageno FROM dbstat WHERE name = 'transactions' AND pagetype = 'leaf'");
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY(pages->forEach([&] { m_leafPages.append(pages->int64(0)); }).ok());
        QVERIFY(m_leafPages.size() > 10);
        QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE").ok());
    }

    // A copy of the pristine database with 1 KiB of garbage in one of the transactions table's leaf pages.
    QString damagedCopy(const QString& name, int leafIndex)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        const qint64 page = m_leafPages.at(leafIndex % m_leafPages.size());
        f.seek((page - 1) * m_pageSize + 1024);
        QByteArray garbage(1024, '\0');
        QRandomGenerator generator(quint32(leafIndex) + 7);
        for (char& c : garbage)
            c = char(generator.bounded(256));
        f.write(garbage);
        return path;
    }

    void everyCommandRefusesAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("leaf");
        const QString sample = QStringLiteral(OBOLE_TEST_DATA "/samples/obole-sales-log.csv");
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QTest::newRow("reconcile --json") << QStringList{QStringLiteral("reconcile"), QStringLiteral("--json")} << 3;
        QTest::newRow("reconcile, another page") << QStringList{QStringLiteral("reconcile")} << 17;
        QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("csv"), QStringLiteral("--output"),
                                                   out + QStringLiteral(".csv")}
                                    << 5;
        QTest::newRow("export fec") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("fec"), QStringLiteral("--output"),
                                                   out + QStringLiteral(".txt")}
                                    << 9;
        QTest::newRow("import") << QStringList{QStringLiteral("import"), sample} << 11;
        QTest::newRow("batches list") << QStringList{QStringLiteral("batches"), QStringLiteral("list")} << 2;
        QTest::newRow("catalog export") << QStringList{QStringLiteral("catalog"), QStringLiteral("export"),
                                                       out + QStringLiteral(".json")}
                                        << 23;
    }

    void everyCommandRefusesAndWritesNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(int, leaf);
        const QString path =
            damagedCopy(QStringLiteral("damaged-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())), leaf);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        const Run r = cli(QStringList{QStringLiteral("--db"), path} + command);
        QVERIFY2(r.exitCode > 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"damaged"), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile(path + QStringLiteral("-wal")).size() == 0);
    }

    // obole-cli db check reads the whole file and lists what is wrong, changing nothing; on a sound file it says ok.
    void dbCheckReports()
    {
        const QString path = damagedCopy(QStringLiteral("checked.sqlite"), 7);
        const QByteArray before = fileHash(path);
        const Run damaged = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(u"is damaged") && damaged.err.contains(u"page"), qPrintable(damaged.err));
        QCOMPARE(fileHash(path), before);

        const Run sound = cli({QStringLiteral("--db"), m_pristine, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(sound.exitCode, 0);
        QVERIFY2(sound.out.contains(u"ok"), qPrintable(sound.out));
    }

    // A database nothing can write (the file and its folder read-only, or immutable for root): it opens and exports,
    // and an import says the database is read-only, not damaged.
    void readOnlyDatabase()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/books.sqlite");
        QVERIFY(QFile::copy(m_pristine, path));
        {
            auto db = Database::open(path); // back to the write-ahead log the application uses
            QVERIFY2(db.ok(), qPrintable(db.error()));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const bool root = ::geteuid() == 0;
        const auto protect = [&](bool on) {
            if (root) {
                return QProcess::execute(QStringLiteral("chattr"),
                                         {on ? QStringLiteral("+i") : QStringLiteral("-i"), path, folder}) == 0;
            }
            const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
            return QFile::setPermissions(path, on ? readOnly : readOnly | QFileDevice::WriteOwner) &&
                   QFile::setPermissions(folder,
                                         (on ? readOnly : readOnly | QFileDevice::WriteOwner) | QFileDevice::ExeOwner);
        };
        QVERIFY(protect(true));
        const auto unprotect = qScopeGuard([&] { protect(false); });
        const QByteArray before = fileHash(path);

        const QString out = m_dir.filePath(QStringLiteral("readonly-report.xlsx"));
        const Run exported =
            cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("xlsx"), QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2100-01-01"), QStringLiteral("--output"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(out).size() > 0);
        const Run listed = cli({QStringLiteral("--db"), path, QStringLiteral("batches"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0 && !listed.out.isEmpty(), qPrintable(listed.err));

        const Run imported = cli({QStringLiteral("--db"), path, QStringLiteral("import"),
                                  QStringLiteral(OBOLE_TEST_DATA "/samples/obole-sales-log.csv")});
        QVERIFY(imported.exitCode > 0);
        QVERIFY2(imported.err.contains(u"readonly") || imported.err.contains(u"read-only"), qPrintable(imported.err));
        QVERIFY2(!imported.err.contains(u"damaged"), qPrintable(imported.err));
        QCOMPARE(fileHash(path), before);
    }

    // Amounts written into the file by something other than an import, beyond the bound: the totals would wrap
    // round to a negative figure. Reconciliation and exports refuse them instead.
    void amountsBeyondTheBoundAreNeverAddedUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_pristine, path));
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(db.value()
                        ->exec("INSERT INTO transactions (batch_id, kind, provider, channel, reference, "
                               "occurred_utc, gross_minor, currency) SELECT batch_id, kind, provider, channel, "
                               "'HUGE-' || id, occurred_utc, 9223372036854775807, currency FROM transactions "
                               "WHERE kind = 'provider' ORDER BY id DESC LIMIT 2")
                        .ok());
        }
        const Run reconciled =
            cli({QStringLiteral("--db"), path, QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(reconciled.exitCode > 0, qPrintable(reconciled.out));
        QVERIFY(!reconciled.out.contains(u"provider_gross_cents\":-"));
        const Run exported =
            cli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2100-01-01"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("huge.csv"))});
        QVERIFY2(exported.exitCode > 0, qPrintable(exported.out));
        QVERIFY2(exported.err.contains(u"beyond the largest"), qPrintable(exported.err));
        // The revenue totals too: rebuilt from the rows, they fail rather than wrap.
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()
                    ->exec("UPDATE transactions SET gross_minor = 9223372036854775807 WHERE kind = 'sales' AND "
                           "id = (SELECT max(id) FROM transactions WHERE kind = 'sales')")
                    .ok());
        const Status rebuilt = RevenueAggregates::rebuild(*db.value());
        QVERIFY(!rebuilt.ok());
        QVERIFY2(rebuilt.error().contains(u"beyond the largest"), qPrintable(rebuilt.error()));
    }

    // Opening in the library refuses too, with the same message, before any upgrade or write.
    void openRefuses()
    {
        const QString path = damagedCopy(QStringLiteral("opened.sqlite"), 29);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"damaged"), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
