#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "support/testhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::fileHash;
using TestSupport::location;
using TestSupport::onServer;
using TestSupport::scalar;

// This suite runs twice: on files, and (tst_storage_server) with each database on the tests' PostgreSQL server,
// where the steps are the server's (Schema::serverMigrations). What only a file has (pragmas, pages, its bytes on
// disk) is checked on files; the server's counterpart is checked on the server.
namespace {
QList<Database::Migration> engineSteps()
{
    return onServer() ? Schema::serverMigrations() : Schema::migrations();
}

QList<Database::Migration> upTo(int version)
{
    QList<Database::Migration> steps;
    for (const auto& m : engineSteps()) {
        if (m.version <= version)
            steps.append(m);
    }
    return steps;
}

int firstVersion()
{
    return engineSteps().constFirst().version;
}

// Whether the database holds a table of this name.
bool hasTable(Database& db, const char* name)
{
    const QByteArray table = QByteArray("'") + name + "'";
    if (onServer())
        return scalar(db, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = " +
                              table) > 0;
    return scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = " + table) > 0;
}

} // namespace

class TestStorage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabase()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("new.sqlite")));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM channels"), 7);
        QVERIFY(scalar(*db.value(), "SELECT count(*) FROM channel_rules WHERE country = 'FR'") >= 17);
        if (onServer()) {
            // One version row, and the id a new row takes (after the table's last) given back as on a file.
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM obole_schema"), 1);
            QVERIFY(db.value()->exec("INSERT INTO sites (name, created_utc) VALUES ('First', 0)").ok());
            QCOMPARE(scalar(*db.value(), "SELECT id FROM sites WHERE name = 'First'"), db.value()->lastInsertId());
            QVERIFY(db.value()->lastInsertId() > 0);
            return;
        }
        QCOMPARE(scalar(*db.value(), "PRAGMA foreign_keys"), 1);
        QCOMPARE(scalar(*db.value(), "PRAGMA page_size"), 8192);
        auto mode = db.value()->prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->next().value_or(false));
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }

    void upgradeFromPreviousVersion_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        const auto steps = engineSteps();
        for (qsizetype i = 1; i < steps.size(); ++i) {
            QTest::addRow("%d to %d", steps.at(i - 1).version, steps.at(i).version)
                << steps.at(i - 1).version << steps.at(i).version;
        }
    }

    // Every step runs on a database of the version before it, holding data, and keeps that data.
    void upgradeFromPreviousVersion()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("old.sqlite")));
        {
            auto old = Database::open(path, upTo(from));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QCOMPARE(old.value()->schemaVersion(), from);
            QVERIFY(old.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'Kept', 0)").ok());
            QVERIFY(old.value()
                        ->exec("INSERT INTO import_batches (id, kind, file_name, file_sha256, profile, "
                               "imported_utc) VALUES (1, 'sales', 'log.csv', 'abc', 'p', 0)")
                        .ok());
            // Before step 13 every row carried a text identity (row_key).
            QVERIFY(old.value()
                        ->exec(from < 13 ? "INSERT INTO transactions (batch_id, kind, row_key, occurred_utc, "
                                           "gross_minor, currency) VALUES (1, 'sales', 'k', 0, 150, 'EUR')"
                                         : "INSERT INTO transactions (batch_id, kind, occurred_utc, gross_minor, "
                                           "currency) VALUES (1, 'sales', 0, 150, 'EUR')")
                        .ok());
        }
        auto db = Database::open(path, upTo(to));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), to);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM sites WHERE name = 'Kept'"), 1);
        QCOMPARE(scalar(*db.value(), "SELECT sum(gross_minor) FROM transactions"), 150);
        if (!onServer())
            QCOMPARE(scalar(*db.value(), "PRAGMA foreign_key_check"), -1);
        if (from < 9 && to >= 9) {
            // The batch learns the range of ids its rows lie in.
            QCOMPARE(scalar(*db.value(), "SELECT first_txn_id = (SELECT min(id) FROM transactions) AND "
                                         "last_txn_id = (SELECT max(id) FROM transactions) FROM import_batches"),
                     1);
        }
        if (from < 11 && to >= 11) {
            // The batch learns the span of time its rows cover.
            QCOMPARE(scalar(*db.value(), "SELECT first_occurred_utc = 0 AND last_occurred_utc = 0 FROM import_batches"),
                     1);
        }
        if (from < 13 && to >= 13) {
            // The text identity of the first version is gone; the row is not.
            QCOMPARE(
                scalar(*db.value(), "SELECT count(*) FROM pragma_table_info('transactions') WHERE name = 'row_key'"),
                0);
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions"), 1);
        }
        if (onServer() && from < 21 && to >= 21) {
            // A row given no id still takes the next one, now from the column's default instead of a trigger.
            QVERIFY(db.value()
                        ->exec("INSERT INTO transactions (batch_id, kind, occurred_utc, gross_minor, currency) VALUES "
                               "(1, 'sales', 0, 250, 'EUR')")
                        .ok());
            QCOMPARE(scalar(*db.value(), "SELECT count(DISTINCT id) FROM transactions"), 2);
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM pg_trigger WHERE tgname = 'transactions_assign_id'"), 0);
        }
        if (from < 14 && to >= 14) {
            // The books start with no period closed.
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM books_closings"), 0);
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM books_entries"), 0);
        }
    }

    void upgradeFromFirstToLatest()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("first.sqlite")));
        {
            auto first = Database::open(path, upTo(firstVersion()));
            QVERIFY(first.ok());
            QCOMPARE(first.value()->schemaVersion(), firstVersion());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    }

    void failingMigrationLeavesFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("fail.sqlite")));
        const int first = firstVersion();
        {
            auto old = Database::open(path, upTo(first));
            QVERIFY(old.ok());
            QVERIFY(old.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'Kept', 0)").ok());
            if (!onServer())
                QVERIFY(old.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        const QByteArray before = onServer() ? QByteArray() : fileHash(path);
        QList<Database::Migration> steps = upTo(first);
        steps.append({first + 1, "CREATE TABLE half_done (x INTEGER);"});
        steps.append({first + 2, "THIS IS NOT SQL;"});
        auto db = Database::open(path, steps);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("left as it was")), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QStringLiteral("Step %1").arg(first + 2)), qPrintable(db.error()));
        if (!onServer())
            QCOMPARE(fileHash(path), before);
        auto reopened = Database::open(path, upTo(first));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->schemaVersion(), first);
        QVERIFY(!hasTable(*reopened.value(), "half_done"));
        QCOMPARE(scalar(*reopened.value(), "SELECT count(*) FROM sites WHERE name = 'Kept'"), 1);
    }

    // A database whose very first step fails is not left behind half made: no file, or on a server no table.
    void failingCreationLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("never.sqlite")));
        auto db = Database::open(path, {{1, "CREATE TABLE t (x INTEGER); BROKEN;"}});
        QVERIFY(!db.ok());
        if (!onServer()) {
            QVERIFY(!QFile::exists(path));
            return;
        }
        auto look = Database::openReadOnly(path);
        QVERIFY2(look.ok(), qPrintable(look.error()));
        QCOMPARE(scalar(*look.value(), "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), 0);
    }

    void refusesNonDatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("date;amount\n2026-01-01;1,50\n") << QStringLiteral("not an SQLite file");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("not an SQLite file");
        QByteArray damaged("SQLite format 3\0", 16);
        damaged.append(QByteArray(2000, '\xff'));
        QTest::newRow("damaged") << damaged << QStringLiteral("damaged");
    }

    void refusesNonDatabase()
    {
        if (onServer())
            QSKIP("a file's own check of its bytes; a server's other program is refusesForeignSqliteDatabase");
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("newer.sqlite")));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(onServer() ? "UPDATE obole_schema SET version = 999"
                                          : "PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);")
                        .ok());
        }
        const QByteArray before = onServer() ? QByteArray() : fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer version")), qPrintable(db.error()));
        if (!onServer()) {
            QCOMPARE(fileHash(path), before);
            return;
        }
        auto look = Database::openReadOnly(path);
        QVERIFY2(look.ok(), qPrintable(look.error()));
        QCOMPARE(scalar(*look.value(), "SELECT version FROM obole_schema"), 999);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = location(dir.filePath(QStringLiteral("other.sqlite")));
        {
            auto db = Database::open(path, {{1, "CREATE TABLE other_app (x INTEGER);"}});
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(onServer() ? "DROP TABLE obole_schema"
                                          : "PRAGMA user_version = 0; PRAGMA journal_mode = DELETE;")
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
        // Its tables are left as they were, and none of Obole's is added.
        auto look = Database::openReadOnly(path);
        QVERIFY2(look.ok(), qPrintable(look.error()));
        QVERIFY(hasTable(*look.value(), "other_app"));
        QVERIFY(!hasTable(*look.value(), "sites"));
    }

    // A check within a budget stops when the budget runs out, says it did not cover the file, and leaves the
    // connection working; a check without a budget reads the whole file. (That a big table no longer holds the open
    // of a 2 GB database for seconds is shown by tests/bench/gui_scale_bench: 1.8 s down to 0.1 s.)
    void structureCheckKeepsItsBudgetOnOneBigTable()
    {
        if (onServer())
            QSKIP("a file's own check of its pages; a server checks its own");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()
                        ->exec("CREATE TABLE big(b BLOB); WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM "
                               "c WHERE n < 12000) INSERT INTO big SELECT randomblob(4000) FROM c")
                        .ok());
        }
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& db = *opened.value();
        auto budgeted = db.checkStructure(false, 1);
        QVERIFY2(budgeted.ok(), qPrintable(budgeted.error()));
        QVERIFY2(!budgeted->complete, "a 1 ms budget cannot cover 48 MB of one table");
        QVERIFY(budgeted->problems.isEmpty());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        auto whole = db.checkStructure(false);
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        QVERIFY(whole->complete);
        QVERIFY(whole->problems.isEmpty());
    }

    // Free pages (as a large undone import leaves) are given back to the disk; a cancelled compaction leaves the
    // file and its data as they were.
    void compactionGivesFreeSpaceBack()
    {
        if (onServer())
            QSKIP("a file's free pages; a server gives back its own (autovacuum)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compact.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        QVERIFY(
            db.exec("CREATE TABLE scratch(b BLOB); CREATE TABLE kept(v INTEGER); INSERT INTO kept VALUES (42)").ok());
        for (int i = 0; i < 24; ++i)
            QVERIFY(db.exec("INSERT INTO scratch VALUES (zeroblob(1048576))").ok());
        // Enough rows kept for the compaction to run a while (a cancel is seen every 10,000 steps of SQLite).
        QVERIFY(db.exec("CREATE TABLE rows(v INTEGER, b BLOB); WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                        "FROM c WHERE x < 50000) INSERT INTO rows SELECT x, randomblob(8) FROM c")
                    .ok());
        QVERIFY(db.exec("DELETE FROM scratch; PRAGMA wal_checkpoint(TRUNCATE)").ok());
        auto before = db.space();
        QVERIFY(before.ok());
        QVERIFY2(before.value().freeBytes >= 24 * 1024 * 1024, qPrintable(QString::number(before.value().freeBytes)));
        QVERIFY(Database::worthCompacting(before.value()));
        QVERIFY(!Database::worthCompacting({before.value().fileBytes, 1024 * 1024}));

        const std::atomic<bool> cancelled(true);
        const Status stopped = db.compact(&cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().contains(u"cancelled"), qPrintable(stopped.error()));
        QCOMPARE(db.space().value().freeBytes, before.value().freeBytes);
        QCOMPARE(db.queryInt64("SELECT v FROM kept").value(), 42);

        const std::atomic<bool> running(false);
        QVERIFY(db.compact(&running).ok());
        auto after = db.space();
        QVERIFY(after.ok());
        QCOMPARE(after.value().freeBytes, 0);
        QVERIFY(after.value().fileBytes < 4 * 1024 * 1024);
        QVERIFY2(QFileInfo(path).size() < 4 * 1024 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
        QCOMPARE(db.queryInt64("SELECT count(*) FROM rows").value(), 50000);
        QCOMPARE(db.queryInt64("SELECT v FROM kept").value(), 42);
        // The statements that run after it still run.
        QVERIFY(db.exec("INSERT INTO kept VALUES (43)").ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(location(dir.filePath(QStringLiteral("tx.sqlite"))));
        QVERIFY(db.ok());
        {
            Transaction tx(*db.value());
            QVERIFY(db.value()->exec("INSERT INTO sites (name, created_utc) VALUES ('gone', 0)").ok());
            {
                Transaction nested(*db.value());
                QVERIFY(nested.isActive());
                QVERIFY(db.value()->exec("INSERT INTO sites (name, created_utc) VALUES ('gone too', 0)").ok());
                QVERIFY(nested.commit().ok());
            }
        }
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM sites"), 0);
    }

    // A row given no id takes the one after the table's last, on a server as in a file: what a rolled-back
    // transaction inserted leaves no gap, and the last row's id is taken again once it is gone.
    void rowsAreNumberedAfterTheLast()
    {
        QTemporaryDir dir;
        auto opened = Database::open(location(dir.filePath(QStringLiteral("ids.sqlite"))));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        auto add = [&db](const char* name) -> qint64 {
            Transaction tx(db);
            auto insert = db.prepare("INSERT INTO sites (name, created_utc) VALUES (?, 0) RETURNING id");
            if (!insert)
                return -1;
            insert->bind(1, std::string_view(name));
            if (!insert->step())
                return -1;
            const qint64 id = insert->int64(0);
            insert->reset();
            return tx.commit().ok() ? id : -1;
        };
        {
            Transaction undone(db);
            QVERIFY(db.exec("INSERT INTO sites (name, created_utc) VALUES ('undone', 0), ('undone too', 0)").ok());
        }
        QCOMPARE(add("first"), 1);
        QCOMPARE(add("second"), 2);
        {
            // Several rows of one statement each take the next.
            Transaction tx(db);
            QVERIFY(db.exec("INSERT INTO sites (name, created_utc) VALUES ('third', 0), ('fourth', 0)").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(db, "SELECT max(id) FROM sites"), 4);
        QVERIFY(db.exec("DELETE FROM sites WHERE id = 4").ok());
        QCOMPARE(add("fourth again"), 4);
    }

    // Rows added in bulk (on a server, by a COPY kept open while they come, a few hundred kilobytes at a time) are all
    // there once, as given, with two writers taking turns, and a query between them sees every row added before it.
    void rowsAddedInBulkAreAllThere()
    {
        QTemporaryDir dir;
        auto opened = Database::open(location(dir.filePath(QStringLiteral("bulk.sqlite"))));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        constexpr int n = 30000; // some 2 MB of rows: each writer sends several times
        const std::string url(48, 'u');
        {
            Transaction tx(db);
            auto even = BulkInsert::create(db, "sites", "name, url, created_utc");
            auto odd = BulkInsert::create(db, "sites", "name, url, created_utc");
            QVERIFY(even.ok() && odd.ok());
            for (int i = 0; i < n; ++i) {
                BulkInsert& into = i % 2 ? *odd : *even;
                const std::string name = (i % 2 ? "odd " : "even ") + std::to_string(i);
                QVERIFY(into.text(name).text(url).number(i).endRow().ok());
                if (i == n / 2)
                    QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), n / 2 + 1);
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), n);
        QCOMPARE(scalar(db, "SELECT count(DISTINCT created_utc) FROM sites"), n);
        QCOMPARE(scalar(db, "SELECT sum(created_utc) FROM sites"), qint64(n) * (n - 1) / 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites WHERE name = 'odd ' || created_utc AND length(url) = 48"),
                 n / 2);
    }

    // A row refused among many added in bulk fails the transaction (in a file at once; on a server, where the rows go
    // by COPY, at the next command or the commit at the latest), says why, and none of the rows stays.
    void aRowRefusedInBulkLeavesNothing()
    {
        QTemporaryDir dir;
        auto opened = Database::open(location(dir.filePath(QStringLiteral("refused.sqlite"))));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        const std::string url(48, 'u');
        QString why;
        {
            Transaction tx(db);
            auto rows = BulkInsert::create(db, "sites", "name, url, created_utc");
            QVERIFY(rows.ok());
            for (int i = 0; i < 20000 && why.isEmpty(); ++i) {
                const std::string name = "site " + std::to_string(i); // read by endRow()
                rows->text(name).text(url);
                rows->number(i == 12345 ? std::nullopt : std::optional<qint64>(i)); // NOT NULL
                if (const Status st = rows->endRow(); !st)
                    why = st.error();
            }
            if (why.isEmpty()) {
                if (const Status st = tx.commit(); !st)
                    why = st.error();
            }
        }
        QVERIFY2(why.contains(u"created_utc"), qPrintable(why));
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
