// Team mode on a real PostgreSQL server (tests/pg/cluster.sh, started by ctest before this suite): opening by URI,
// the upgrade under an advisory lock, each kind of connection failure, the same results as an SQLite file from the
// same data, copies between engines, and the server's own grants refusing a viewer's write.
#include "emptystate.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilereview.h"
#include "reconcile/reconciletypes.h"
#include "serverdialog.h"
#include "snippetspage.h"
#include "storage/bulkcopy.h"
#include "storage/changelistener.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "support/testhelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

#include <optional>

using namespace TestSupport;

class TestServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    int m_databases = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString owner() const { return m_env.value(QStringLiteral("OBOLE_TEST_PG_OWNER")); }

    // A new, empty database on the test server, owned by the ordinary role Obole logs in as; its URI.
    QString newDatabase()
    {
        return createServerDatabase(
            owner(), QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases));
    }

    // Every row of a table, in a stable order, each value's bytes: what "the same data" means between two databases.
    static QByteArray contents(Database& db, const char* table)
    {
        auto s = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        if (!s)
            return "error: " + s.error().toUtf8();
        QByteArray out;
        while (s->step()) {
            for (int i = 0; i < s->columnCount(); ++i) {
                const std::string_view v = s->blobView(i);
                out += s->isNull(i) ? QByteArray("NULL") : QByteArray(v.data(), qsizetype(v.size()));
                out += '\x1f';
            }
            out += '\n';
        }
        return s->failed() ? "error: " + s->error().toUtf8() : out;
    }

    // A generic provider statement of rows `from` to `to` - 1, one a minute from 1 March 2026.
    QString statementFile(const QString& name, int from, int to) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        QByteArray text = "date,reference,channel,product,gross,net,currency\n";
        const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        for (int i = from; i < to; ++i) {
            text += start.addSecs(qint64(i) * 60).toString(Qt::ISODate).toUtf8() + ",R-" + QByteArray::number(i) +
                    ",sms,Pass,3.00,1.95,EUR\n";
            if (text.size() > (1 << 20)) {
                f.write(text);
                text.clear();
            }
        }
        f.write(text);
        return f.fileName();
    }

    // The test server's own psql on `uri`, reading `sql` (statements stop at the first error): its output, trimmed, or
    // nothing when it failed (`ok` then false, psql's message in the log).
    QString psql(const QString& uri, const QByteArray& sql, bool* ok = nullptr)
    {
        QProcess p;
        p.start(m_env.value(QStringLiteral("OBOLE_TEST_PG_BIN")) + QStringLiteral("/psql"),
                {QStringLiteral("-AtqX"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("--dbname=") + uri});
        p.write(sql);
        p.closeWriteChannel();
        const bool done = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!done)
            qWarning("psql: %s", p.readAllStandardError().constData());
        if (ok)
            *ok = done;
        return done ? QString::fromUtf8(p.readAllStandardOutput()).trimmed() : QString();
    }

    // The URI a desk logging in as `user` (made by grantRoles) opens the database of `uri` with.
    QString deskUri(const QString& user, const QString& uri) const
    {
        return QStringLiteral("postgresql://%1:%1-pw@127.0.0.1:%2/%3")
            .arg(user, m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT")), uri.section(u'/', -1));
    }

    // As the team page says: the roles script, printed by the CLI, piped into psql as a superuser connected to the
    // database of `uri`, then a login `user` (password `user`-pw, deskUri) in `role`.
    bool grantRoles(const QString& uri, const QString& user, const char* role)
    {
        Run printed = cli({QStringLiteral("db"), QStringLiteral("roles")});
        if (printed.exitCode != 0)
            return false;
        QUrl admin(m_env.value(QStringLiteral("OBOLE_TEST_PG_ADMIN")));
        admin.setPath(u'/' + uri.section(u'/', -1));
        const QByteArray login = "DROP ROLE IF EXISTS " + user.toUtf8() + "; CREATE ROLE " + user.toUtf8() +
                                 " LOGIN PASSWORD '" + user.toUtf8() + "-pw' IN ROLE " + role + ";\n";
        bool ok = false;
        psql(admin.toString(), printed.out.toUtf8() + login, &ok);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = readServerEnv(QStringLiteral(OBOLE_PG_ENV));
        QVERIFY2(!owner().isEmpty(),
                 "the test server's settings are missing: ctest starts it (pg_cluster_start) before this suite");
        qputenv("PGPASSFILE", m_env.value(QStringLiteral("PGPASSFILE")).toUtf8());
    }

    void opensAServerDatabase()
    {
        const QString uri = newDatabase();
        QVERIFY(Database::isServerLocation(uri));
        auto db = Database::open(uri);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->engine(), Database::Engine::Server);
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(db.value()->userName(), QStringLiteral("obole_owner"));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM channels"), 7);
        // Ids: given by the database when left NULL, the sequence moved past those given.
        QVERIFY(db.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (NULL, 'a', 1)"));
        QCOMPARE(db.value()->lastInsertId(), 1);
        QVERIFY(db.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (7, 'b', 1)"));
        auto insert = db.value()->prepare("INSERT INTO sites (id, name, created_utc) VALUES (?, ?, ?)");
        QVERIFY(insert);
        insert->bindNull(1).bind(2, QStringLiteral("c")).bind(3, qint64(5'000'000'000));
        QVERIFY(insert->run());
        QCOMPARE(db.value()->lastInsertId(), 8);
        QCOMPARE(db.value()->changes(), 1);
        // A statement read halfway while another runs: the rows it had not read yet are still there.
        auto read = db.value()->prepare("SELECT id FROM sites ORDER BY id");
        QVERIFY(read);
        QVERIFY(read->step());
        QCOMPARE(read->int64(0), 1);
        QCOMPARE(scalar(*db.value(), "SELECT max(created_utc) FROM sites"), 5'000'000'000);
        QVERIFY(read->step());
        QCOMPARE(read->int64(0), 7);
        QVERIFY(read->step());
        QCOMPARE(read->int64(0), 8);
        QVERIFY(!read->step());
        QVERIFY(!read->failed());
        // Blobs go in and come back byte for byte.
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        QVERIFY(db.value()->exec("INSERT INTO import_batches (id, kind, file_name, file_sha256, profile, "
                                 "imported_utc) VALUES (1, 'sales', 'f', 'h', 'p', 0)"));
        auto blob = db.value()->prepare("INSERT INTO transaction_blocks (first_txn_id, batch_id, row_count, data) "
                                        "VALUES (1, 1, 1, ?)");
        QVERIFY(blob);
        blob->bindBlob(1, bytes);
        QVERIFY(blob->run());
        auto back = db.value()->prepare("SELECT data, data IS NULL FROM transaction_blocks");
        QVERIFY(back && back->step());
        QCOMPARE(back->blob(0), bytes);
        QCOMPARE(back->int64(1), 0);
        // A failure says why.
        auto bad = db.value()->prepare("SELECT no_such_column FROM sites");
        QVERIFY(bad);
        QVERIFY(!bad->step());
        QVERIFY(bad->failed());
        QVERIFY2(bad->error().contains(u"no_such_column"), qPrintable(bad->error()));
    }

    // A password may hold any character, those a URI gives a meaning to included: typed in the dialog, it opens the
    // database, and the URI shown and kept holds none of it.
    void aPasswordOfAnyCharactersOpens()
    {
        const QString uri = newDatabase();
        const QString name = uri.section(u'/', -1);
        const QString password = QStringLiteral("p%41@ss:w/rd?#&x é+'\"");
        {
            auto db = Database::open(uri);
            QVERIFY(db);
            QString quoted = password;
            quoted.replace(u'\'', QStringLiteral("''"));
            const QByteArray sql = (u"DROP ROLE IF EXISTS desk_odd; CREATE ROLE desk_odd LOGIN PASSWORD '" + quoted +
                                    u"'; GRANT obole_owner TO desk_odd")
                                       .toUtf8();
            QVERIFY2(db.value()->exec(sql.constData()), qPrintable(db.value()->lastError()));
        }
        ServerDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))
            ->setValue(m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT")).toInt());
        dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->setText(name);
        dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(QStringLiteral("desk_odd"));
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
        auto db = Database::open(dialog.uri());
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->userName(), QStringLiteral("desk_odd"));
        QVERIFY2(!db.value()->path().contains(u"ss:w") && !dialog.shownUri().contains(u"ss:w"),
                 qPrintable(db.value()->path()));
        // The same password written in a URI by hand, percent-encoded as URIs want.
        const QString written = QStringLiteral("postgresql://desk_odd:%1@127.0.0.1:%2/%3")
                                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(password)),
                                         m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT")), name);
        Run cliRun = cli({QStringLiteral("--db"), written, QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(cliRun.exitCode == 0, qPrintable(cliRun.err));
    }

    // Making the tables of an empty database, or bringing an older one up to date, is the owner's: another role (an
    // accountant here) is told so, naming the owner, and nothing changes.
    void onlyTheOwnerMakesOrUpgradesTables()
    {
        const QString empty = newDatabase();
        const QString older = newDatabase();
        {
            auto db = Database::open(older);
            QVERIFY(db);
            const QByteArray back =
                "UPDATE obole_schema SET version = " + QByteArray::number(Database::latestVersion() - 1);
            QVERIFY(db.value()->exec(back.constData()));
        }
        QVERIFY(grantRoles(older, QStringLiteral("desk_plain"), "obole_accountant"));
        auto as = [this](const QString& uri) { return deskUri(QStringLiteral("desk_plain"), uri); };
        auto first = Database::open(as(empty));
        QVERIFY(!first);
        QVERIFY2(first.error().contains(u"is empty, and desk_plain may not create its tables") &&
                     first.error().contains(u"obole_owner"),
                 qPrintable(first.error()));
        auto upgrade = Database::open(as(older));
        QVERIFY(!upgrade);
        QVERIFY2(upgrade.error().contains(u"must be brought up to date") &&
                     upgrade.error().contains(u"by its owner, obole_owner"),
                 qPrintable(upgrade.error()));
        // Both left as they were (read by psql: opening them as the owner would make or upgrade the tables).
        QCOMPARE(psql(empty, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public';"), QStringLiteral("0"));
        QCOMPARE(psql(older, "SELECT max(version) FROM obole_schema;"), QString::number(Database::latestVersion() - 1));
    }

    // The team's roles keep what they may do across an upgrade that adds a table: the owner's upgrade grants on it as
    // the roles script does. A database whose roles were never set up gets nothing granted by an upgrade.
    void anUpgradeGrantsTheTeamWhatItAdds()
    {
        const QString team = newDatabase();
        const QString alone = newDatabase();
        for (const QString& uri : {team, alone}) {
            auto db = Database::open(uri);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QVERIFY(grantRoles(team, QStringLiteral("desk_later"), "obole_viewer"));
        auto steps = Schema::serverMigrations();
        steps.append({Database::latestVersion() + 1, "CREATE TABLE later_table (id BIGINT); INSERT INTO later_table "
                                                     "VALUES (7);"});
        for (const QString& uri : {team, alone}) {
            auto db = Database::open(uri, steps);
            QVERIFY2(db, qPrintable(db.error()));
        }
        const QString viewer = deskUri(QStringLiteral("desk_later"), team);
        QCOMPARE(psql(viewer, "SELECT id FROM later_table;"), QStringLiteral("7"));
        // Still not the sealed secrets, nor a write.
        bool ok = true;
        psql(viewer, "SELECT count(*) FROM snippet_secrets;", &ok);
        QVERIFY(!ok);
        psql(viewer, "INSERT INTO later_table VALUES (8);", &ok);
        QVERIFY(!ok);
        QCOMPARE(psql(alone, "SELECT has_table_privilege('obole_viewer', 'later_table', 'SELECT');"),
                 QStringLiteral("f"));
    }

    // A large import's rows go into a table of their own (schema step 24), made and keyed by the owner's functions
    // for an accountant: its rows are the file's, the accountant may not write into it once keyed, undoing the import
    // removes them with their exchange rates, and the batch number taken again finds its table made anew.
    void aLargeImportHasATableOfItsOwn()
    {
        const QString uri = newDatabase();
        const QString file = path(QStringLiteral("large.sqlite"));
        {
            auto db = Database::open(uri);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QVERIFY(grantRoles(uri, QStringLiteral("desk_large"), "obole_accountant"));
        const QString accountant = deskUri(QStringLiteral("desk_large"), uri);
        const QString large = statementFile(QStringLiteral("large.csv"), 0, 100000);
        QVERIFY(QFileInfo(large).size() > (4 << 20));
        // A desk reading one snapshot taken before the import (an export under way) sees the new table once the
        // import commits, but none of its rows.
        auto reader = Database::open(uri);
        QVERIFY(reader);
        std::optional<Transaction> snapshot(std::in_place, *reader.value(), false);
        QVERIFY(snapshot->isActive());
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM import_batches"), 0);
        for (const QString& db : {accountant, file}) {
            Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), large});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM transactions"), 0);
        snapshot.reset();
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM transactions"), 100000);
        QCOMPARE(psql(uri, "SELECT count(*) FROM transactions_batch_1;"), QStringLiteral("100000"));
        QCOMPARE(psql(uri, "SELECT count(*) FROM ONLY transactions;"), QStringLiteral("0"));
        QCOMPARE(psql(uri, "SELECT count(*) FROM pg_index WHERE indrelid = 'transactions_batch_1'::regclass AND "
                           "indisprimary;"),
                 QStringLiteral("1"));
        {
            auto a = Database::open(file);
            auto b = Database::open(uri);
            QVERIFY(a && b);
            QCOMPARE(contents(*b.value(), "transactions"), contents(*a.value(), "transactions"));
        }
        bool ok = true;
        psql(accountant,
             "INSERT INTO transactions_batch_1 (id, batch_id, kind, occurred_utc, gross_minor, currency) "
             "VALUES (200000, 1, 'provider', 0, 1, 'EUR');",
             &ok);
        QVERIFY(!ok);
        QVERIFY(psql(uri, "INSERT INTO statement_rates (transaction_id, base_currency, quote_currency, rate) VALUES "
                          "(5, 'USD', 'EUR', '0.92'); SELECT 1;") == QStringLiteral("1"));
        Run undo = cli({QStringLiteral("--db"), accountant, QStringLiteral("batches"), QStringLiteral("undo"),
                        QStringLiteral("1")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(psql(uri, "SELECT count(*) FROM transactions;"), QStringLiteral("0"));
        QCOMPARE(psql(uri, "SELECT count(*) FROM statement_rates;"), QStringLiteral("0"));
        Run again = cli({QStringLiteral("--db"), accountant, QStringLiteral("import"), large});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"(batch 1)"), qPrintable(again.out));
        QCOMPARE(psql(uri, "SELECT count(*) FROM transactions;"), QStringLiteral("100000"));
    }

    // An accountant reconciles results of thousands of lines (a run that, in a file, rebuilds the lines' indexes
    // instead of keeping them up to date, which only the tables' owner may do on a server), and again from the start
    // once an import is undone.
    void anAccountantReconcilesManyLines()
    {
        const QString uri = newDatabase();
        {
            auto db = Database::open(uri);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QVERIFY(grantRoles(uri, QStringLiteral("desk_many"), "obole_accountant"));
        const QString accountant = deskUri(QStringLiteral("desk_many"), uri);
        // Provider rows without a sale: each is a line of its own.
        for (const QString& file : {statementFile(QStringLiteral("unmatched-1.csv"), 0, 6000),
                                    statementFile(QStringLiteral("unmatched-2.csv"), 6000, 12000)}) {
            Run imported = cli({QStringLiteral("--db"), accountant, QStringLiteral("import"), file});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        auto reconcile = [&](const char* missing) {
            Run reconciled =
                cli({QStringLiteral("--db"), accountant, QStringLiteral("reconcile"), QStringLiteral("--json")});
            return reconciled.exitCode == 0 && reconciled.out.contains(QString::fromUtf8(missing))
                       ? QString()
                       : reconciled.err + reconciled.out.right(300);
        };
        QString failed = reconcile("\"missing_in_sales_log\":12000");
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        Run undone = cli({QStringLiteral("--db"), accountant, QStringLiteral("batches"), QStringLiteral("undo"),
                          QStringLiteral("2")});
        QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
        failed = reconcile("\"missing_in_sales_log\":6000");
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // A server database that cannot be opened at start can be tried again (a server being started, a network
    // coming back); the box says nothing was changed on the server, and its other choices still lead where they say.
    void aServerThatCannotBeOpenedAtStartCanBeTriedAgain()
    {
        const QString missing = owner() + QStringLiteral("/no_such_database");
        {
            MainWindow window;
            MessageBox::setNextChoices({0, 3}); // Try Again, then Quit
            QVERIFY(!window.openAtStart(missing));
            QVERIFY2(MessageBox::lastText().contains(u"There is no database \"no_such_database\"") &&
                         MessageBox::lastText().contains(u"Nothing was changed on the server"),
                     qPrintable(MessageBox::lastText()));
        }
        // Try Again, then New Database…: the choices after Try Again are the file's, one place on.
        const QString file = path(QStringLiteral("instead-of-the-server.sqlite"));
        MainWindow window;
        MessageBox::setNextChoices({0, 2});
        MainWindow::setNextDatabasePath(file);
        QVERIFY(window.openAtStart(missing));
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), file);
    }

    void twoDesksUpgradeOnce()
    {
        const QString uri = newDatabase();
        auto open = [uri] {
            auto db = Database::open(uri);
            return db ? QString() : db.error();
        };
        QFuture<QString> a = QtConcurrent::run(open);
        QFuture<QString> b = QtConcurrent::run(open);
        QCOMPARE(a.result(), QString());
        QCOMPARE(b.result(), QString());
        auto db = Database::open(uri);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM obole_schema"), 1);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM channels"), 7);
    }

    void refusesWhatItCannotOpen()
    {
        const QString port = m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT"));
        // No server on this port.
        auto none = Database::open(QStringLiteral("postgresql://obole_owner@127.0.0.1:1/x"));
        QVERIFY(!none);
        QVERIFY2(none.error().contains(u"Cannot reach the PostgreSQL server at 127.0.0.1:1"), qPrintable(none.error()));
        // A database that is not there.
        auto missing = Database::open(owner() + QStringLiteral("/no_such_database"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"There is no database \"no_such_database\""), qPrintable(missing.error()));
        // A role without a password in ~/.pgpass, and a wrong password.
        auto stranger = Database::open(QStringLiteral("postgresql://stranger@127.0.0.1:%1/postgres").arg(port));
        QVERIFY(!stranger);
        QVERIFY2(stranger.error().contains(u"asks for the password of stranger"), qPrintable(stranger.error()));
        auto wrong = Database::open(QStringLiteral("postgresql://obole_owner:wrong@127.0.0.1:%1/postgres").arg(port));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"refused the login of obole_owner"), qPrintable(wrong.error()));
        QVERIFY2(!wrong.error().contains(u"wrong"), "a password never shows in a message");
        // A superuser.
        auto super = Database::open(m_env.value(QStringLiteral("OBOLE_TEST_PG_ADMIN")));
        QVERIFY(!super);
        QVERIFY2(super.error().contains(u"a superuser"), qPrintable(super.error()));
        // Another program's database, and one written by a newer Obole.
        const QString other = newDatabase();
        {
            auto db = Database::open(other);
            QVERIFY(db);
            QVERIFY(db.value()->exec("DROP TABLE obole_schema; CREATE TABLE other_program (x INTEGER)"));
        }
        auto foreign = Database::open(other);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().contains(u"another program"), qPrintable(foreign.error()));
        const QString newer = newDatabase();
        {
            auto db = Database::open(newer);
            QVERIFY(db);
            QVERIFY(db.value()->exec("UPDATE obole_schema SET version = 999"));
        }
        auto future = Database::open(newer);
        QVERIFY(!future);
        QVERIFY2(future.error().contains(u"newer version of Obole (schema 999"), qPrintable(future.error()));
    }

    // sslmode=verify-full: a server whose certificate the given authority signed, for the host named, is opened over
    // TLS; a certificate signed by another authority, or for another host name, is refused with the TLS message.
    void verifyFullChecksTheCertificate()
    {
        const QString port = m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT"));
        const QString ca = m_env.value(QStringLiteral("OBOLE_TEST_PG_CA"));
        const QString otherCa = m_env.value(QStringLiteral("OBOLE_TEST_PG_OTHER_CA"));
        QVERIFY2(QFile::exists(ca) && QFile::exists(otherCa), "tests/pg/cluster.sh makes the test authorities");
        const QString database = newDatabase();
        const QString name = database.mid(database.lastIndexOf(u'/') + 1);
        auto uri = [&](const QString& host, const QString& authority, const QString& more = {}) {
            return QStringLiteral("postgresql://obole_owner@%1:%2/%3?sslmode=verify-full&sslrootcert=%4%5")
                .arg(host, port, name, authority, more);
        };
        for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            auto db = Database::open(uri(host, ca));
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(scalar(*db.value(), "SELECT CASE WHEN ssl THEN 1 ELSE 0 END FROM pg_stat_ssl WHERE pid = "
                                         "pg_backend_pid()"),
                     1);
            QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM channels"), 7);
        }
        auto unknownAuthority = Database::open(uri(QStringLiteral("127.0.0.1"), otherCa));
        QVERIFY(!unknownAuthority);
        QVERIFY2(unknownAuthority.error().contains(u"The secure connection to the PostgreSQL server"),
                 qPrintable(unknownAuthority.error()));
        QVERIFY2(unknownAuthority.error().contains(u"verify-full"), qPrintable(unknownAuthority.error()));
        // Reached at 127.0.0.1 under a name the certificate does not give.
        auto otherName =
            Database::open(uri(QStringLiteral("db.example.org"), ca, QStringLiteral("&hostaddr=127.0.0.1")));
        QVERIFY(!otherName);
        QVERIFY2(otherName.error().contains(u"The secure connection to the PostgreSQL server"),
                 qPrintable(otherName.error()));
        QVERIFY2(otherName.error().contains(u"db.example.org"), qPrintable(otherName.error()));
    }

    void sameResultsAsAFile()
    {
        const QString file = path(QStringLiteral("same.sqlite"));
        QString server = newDatabase();
        for (const QString& db : {file, server}) {
            Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
            QVERIFY2(demo.exitCode == 0, qPrintable(db + u": " + demo.err));
        }
        // On the server, the rest is an accountant's work (the owner made the demo): imports of real providers'
        // files, the reconciliation they make stale, the closing and the exports.
        QVERIFY(grantRoles(server, QStringLiteral("desk_accountant"), "obole_accountant"));
        server = deskUri(QStringLiteral("desk_accountant"), server);
        const QStringList samples = {QStringLiteral(OBOLE_TEST_DATA "/samples/paypal-activity-fr.csv"),
                                     QStringLiteral(OBOLE_TEST_DATA "/samples/stripe-itemized.csv"),
                                     QStringLiteral(OBOLE_TEST_DATA "/samples/btcpay-payments.csv"),
                                     QStringLiteral(OBOLE_TEST_DATA "/samples/obole-sales-log.csv")};
        for (const QString& db : {file, server}) {
            Run import = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + samples);
            QVERIFY2(import.exitCode == 0, qPrintable(db + u": " + import.err));
        }
        Run fileReconcile = cli({QStringLiteral("--db"), file, QStringLiteral("reconcile"), QStringLiteral("--json")});
        Run serverReconcile =
            cli({QStringLiteral("--db"), server, QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(fileReconcile.exitCode == 0, qPrintable(fileReconcile.err));
        QVERIFY2(serverReconcile.exitCode == 0, qPrintable(serverReconcile.err));
        const QJsonObject a = QJsonDocument::fromJson(fileReconcile.out.toUtf8()).object();
        const QJsonObject b = QJsonDocument::fromJson(serverReconcile.out.toUtf8()).object();
        QVERIFY(a.value(QStringLiteral("matched")).toInt() > 0);
        for (const QString& key : a.keys()) {
            if (key.contains(u"seconds") || key.contains(u"_ms"))
                continue;
            QCOMPARE(b.value(key), a.value(key));
        }
        // The books, closed the same way, and the FEC byte for byte; the accountant's CSV files.
        for (const QString& db : {file, server}) {
            Run siren = cli({QStringLiteral("--db"), db, QStringLiteral("accounting"), QStringLiteral("set"),
                             QStringLiteral("siren"), QStringLiteral("732829320")});
            QVERIFY2(siren.exitCode == 0, qPrintable(siren.err));
        }
        const QDate lastMonthEnd = QDate::currentDate().addDays(-QDate::currentDate().day());
        const QDate closeTo = lastMonthEnd.addDays(-lastMonthEnd.day());
        for (const QString& db : {file, server}) {
            Run close = cli({QStringLiteral("--db"), db, QStringLiteral("books"), QStringLiteral("close"),
                             QStringLiteral("--to"), closeTo.toString(Qt::ISODate)});
            QVERIFY2(close.exitCode == 0, qPrintable(db + u": " + close.err));
        }
        struct Export
        {
            QString format;
            QString from;
            QStringList files;
        };
        const QList<Export> exports = {
            {QStringLiteral("fec"), QString(), {QStringLiteral("out.fec")}},
            {QStringLiteral("fec"), closeTo.addMonths(-1).toString(Qt::ISODate), {QStringLiteral("out.fec")}},
            {QStringLiteral("csv"),
             QStringLiteral("2000-01-01"),
             {QStringLiteral("out-daily.csv"), QStringLiteral("out-reconciliation.csv"),
              QStringLiteral("out-discrepancies.csv"), QStringLiteral("out-payouts.csv"),
              QStringLiteral("out-balances.csv"), QStringLiteral("out-products.csv")}},
        };
        for (const Export& e : exports) {
            QHash<QString, QByteArray> first;
            int i = 0;
            for (const QString& db : {file, server}) {
                QDir folder(path(QStringLiteral("export%1").arg(i++)));
                folder.removeRecursively();
                QVERIFY(folder.mkpath(QStringLiteral(".")));
                QStringList args = {QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("export"),
                                    QStringLiteral("--format"),
                                    e.format,
                                    QStringLiteral("--output"),
                                    folder.filePath(QStringLiteral("out.") + e.format)};
                if (!e.from.isEmpty())
                    args << QStringLiteral("--from") << e.from << QStringLiteral("--to")
                         << lastMonthEnd.toString(Qt::ISODate);
                Run run = cli(args);
                QVERIFY2(run.exitCode == 0, qPrintable(db + u": " + run.err));
                for (const QString& name : e.files) {
                    QFile f(folder.filePath(name));
                    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                    const QByteArray bytes = f.readAll();
                    if (db == file) {
                        QVERIFY2(bytes.count('\n') > 2, qPrintable(name));
                        first.insert(name, bytes);
                    } else {
                        QVERIFY2(bytes == first.value(name), qPrintable(e.format + u' ' + e.from + u' ' + name));
                    }
                }
            }
        }
    }

    void copiesBetweenEngines()
    {
        const QString original = path(QStringLiteral("original.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), original, QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--db"), original, QStringLiteral("reconcile")}).exitCode, 0);
        const QString server = newDatabase();
        Run up = cli({QStringLiteral("db"), QStringLiteral("copy"), original, server});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QString back = path(QStringLiteral("back.sqlite"));
        Run down = cli({QStringLiteral("db"), QStringLiteral("copy"), server, back});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        // Every row of every table came back as it was.
        auto a = Database::open(original);
        auto b = Database::open(back);
        QVERIFY(a && b);
        for (const char* table : {"sites", "providers", "products", "price_points", "channel_rules", "import_batches",
                                  "transactions", "transaction_blocks", "reconcile_items", "reconcile_blocks",
                                  "reconcile_decisions", "reconcile_earnings", "revenue_daily", "books_closings",
                                  "books_entries", "audit_log", "database_settings", "snippet_check_templates"}) {
            const QByteArray before = contents(*a.value(), table);
            QVERIFY2(!before.startsWith("error"), before.constData());
            QVERIFY2(contents(*b.value(), table) == before, table);
        }
        // The same answers from the copy: the whole reconciliation and the FEC.
        Run r1 = cli({QStringLiteral("--db"), original, QStringLiteral("reconcile"), QStringLiteral("--json")});
        Run r2 = cli({QStringLiteral("--db"), back, QStringLiteral("reconcile"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r2.out.toUtf8()).object().value(QStringLiteral("matched")),
                 QJsonDocument::fromJson(r1.out.toUtf8()).object().value(QStringLiteral("matched")));
        // A target that is not empty is refused, and left as it was.
        Run again = cli({QStringLiteral("db"), QStringLiteral("copy"), original, server});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"is not empty"), qPrintable(again.err));
    }

    void aViewerCannotWrite()
    {
        const QString uri = newDatabase();
        QCOMPARE(cli({QStringLiteral("--db"), uri, QStringLiteral("demo")}).exitCode, 0);
        QVERIFY(grantRoles(uri, QStringLiteral("desk_viewer"), "obole_viewer"));
        const QString viewer = deskUri(QStringLiteral("desk_viewer"), uri);
        // A viewer's import through the CLI is refused by the server, saying why, and adds nothing.
        {
            const qint64 batchesBefore = scalar(*Database::open(uri).value(), "SELECT count(*) FROM import_batches");
            Run refused = cli({QStringLiteral("--db"), viewer, QStringLiteral("import"),
                               QStringLiteral(OBOLE_TEST_DATA "/samples/obole-sales-log.csv")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(u"refused this to desk_viewer") &&
                         refused.err.contains(u"permission denied for table import_batches"),
                     qPrintable(refused.err));
            QVERIFY2(!refused.err.contains(u"transaction is aborted"), qPrintable(refused.err));
            QCOMPARE(scalar(*Database::open(uri).value(), "SELECT count(*) FROM import_batches"), batchesBefore);
        }
        // A whole copy takes the owner: the viewer may not read the snippet secrets, and is told so (the table is
        // not "missing"); no file is left behind.
        {
            const QString target = path(QStringLiteral("viewer-copy.sqlite"));
            Run copy = cli({QStringLiteral("db"), QStringLiteral("copy"), viewer, target});
            QCOMPARE(copy.exitCode, 1);
            QVERIFY2(copy.err.contains(u"desk_viewer may not read the table snippet_secrets"), qPrintable(copy.err));
            QVERIFY(!QFile::exists(target));
        }
        // The window greys out what the role may not do.
        {
            MainWindow window;
            QVERIFY(window.openDatabase(viewer));
            auto enabled = [&window](const char* objectName) {
                auto* action = window.findChild<QAction*>(QLatin1StringView(objectName));
                auto* button = window.findChild<QAbstractButton*>(QLatin1StringView(objectName));
                if (!action && !button)
                    qFatal("no %s in the window", objectName);
                return action ? action->isEnabled() : button->isEnabled();
            };
            QVERIFY(!enabled("importAction"));
            QVERIFY(!enabled("newPricePointAction"));
            QVERIFY(!enabled("closeBooksButton"));
            QVERIFY(!enabled("reconcileNowAction"));
            QVERIFY(enabled("rulesDialogAction")); // reading stays open
            // The snippets carry the sites' secrets, which only the owner reads: the page says so, and opening the
            // database left no refusal in the status bar.
            auto* snippets = window.findChild<SnippetsPage*>();
            QVERIFY(snippets);
            bool told = false;
            for (const EmptyState* empty : snippets->findChildren<EmptyState*>())
                told = told || empty->text().contains(u"only the database's owner may read");
            QVERIFY(told);
            QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
            auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
            QVERIFY(label && label->text().contains(u"read only"));
            QVERIFY(!label->text().contains(u"viewer-pw"));
        }
        // The owner's window is not greyed.
        {
            MainWindow window;
            QVERIFY(window.openDatabase(uri));
            QVERIFY(window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
            QVERIFY(window.findChild<QAbstractButton*>(QStringLiteral("closeBooksButton"))->isEnabled());
        }
        auto db = Database::open(viewer);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(scalar(*db.value(), "SELECT count(*) FROM transactions") > 0);
        auto write = db.value()->exec("DELETE FROM import_batches");
        QVERIFY(!write);
        QVERIFY2(write.error().contains(u"permission denied"), qPrintable(write.error()));
        auto settings = db.value()->exec("UPDATE database_settings SET value = 'x' WHERE key = 'time_zone'");
        QVERIFY(settings); // row security: the viewer's update touches no row of the books' settings
        QCOMPARE(db.value()->changes(), 0);
    }
    // Two reviewers on one line: the second, deciding on what it read before the first decided, is told who changed
    // the rows and when, and nothing is lost. Each decision and import records the role that made it.
    void twoReviewersOnOneLine()
    {
        const QString uri = newDatabase();
        QCOMPARE(cli({QStringLiteral("--db"), uri, QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--db"), uri, QStringLiteral("reconcile")}).exitCode, 0);
        const QString port = m_env.value(QStringLiteral("OBOLE_TEST_PG_PORT"));
        {
            auto db = Database::open(uri);
            QVERIFY(db);
            const QByteArray roles = ServerRoles::sql().toUtf8();
            QVERIFY(db.value()->exec(roles.constData()));
            QVERIFY(db.value()->exec("DROP ROLE IF EXISTS desk_b; CREATE ROLE desk_b LOGIN PASSWORD 'desk-b-pw' IN "
                                     "ROLE obole_accountant"));
        }
        auto a = Database::open(uri);
        auto b = Database::open(
            QStringLiteral("postgresql://desk_b:desk-b-pw@127.0.0.1:%1/%2").arg(port, uri.section(u'/', -1)));
        QVERIFY2(a && b, qPrintable(a ? b.error() : a.error()));
        auto line = a.value()->prepare("SELECT provider_txn_id, sales_txn_id FROM reconcile_items WHERE outcome = ?");
        QVERIFY(line);
        line->bind(1, qint64(ReconcileOutcome::AmountMismatch));
        QVERIFY(line->step());
        const qint64 provider = line->int64(0);
        const qint64 sale = line->int64(1);
        line = Result<Statement>::failure(QString());
        // Desk A reads the lines; desk B explains the discrepancy meanwhile.
        auto seenByA = ReconcileReview::lastDecisionId(*a.value());
        QVERIFY(seenByA);
        auto explained = ReconcileReview::explain(*b.value(), provider, sale, QStringLiteral("refund by phone"),
                                                  ReconcileReview::lastDecisionId(*b.value()).value());
        QVERIFY2(explained, qPrintable(explained.error()));
        // Desk A, on what it read, separates the pair: refused, naming desk B.
        auto late = ReconcileReview::unmatch(*a.value(), provider, sale, QStringLiteral("not the same sale"),
                                             Reconciler::defaultOptions(), seenByA.value());
        QVERIFY(!late);
        QVERIFY2(late.error().contains(u"desk_b") && late.error().contains(u"explained"), qPrintable(late.error()));
        auto history = ReconcileReview::decisionsFor(*a.value(), provider);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().madeBy, QStringLiteral("desk_b"));
        QCOMPARE(history->constFirst().note, QStringLiteral("refund by phone"));
        // Having read the lines again, desk A may decide.
        auto again =
            ReconcileReview::unmatch(*a.value(), provider, sale, QStringLiteral("not the same sale"),
                                     Reconciler::defaultOptions(), ReconcileReview::lastDecisionId(*a.value()).value());
        QVERIFY2(again, qPrintable(again.error()));
        // Desk B, having read A's decision, explains the sale now left alone; A's undo of its decision would act
        // under B's: refused, naming desk B.
        auto alone = ReconcileReview::explain(*b.value(), 0, sale, QStringLiteral("paid in cash"),
                                              ReconcileReview::lastDecisionId(*b.value()).value());
        QVERIFY2(alone, qPrintable(alone.error()));
        auto undoUnder = ReconcileReview::undo(*a.value(), again.value(), Reconciler::defaultOptions(), again.value());
        QVERIFY(!undoUnder);
        QVERIFY2(undoUnder.error().contains(u"desk_b") && undoUnder.error().contains(u"explained"),
                 qPrintable(undoUnder.error()));
        // B takes its explanation back; A, undoing it too, is told it was, by whom.
        QVERIFY(ReconcileReview::undo(*b.value(), alone.value(), Reconciler::defaultOptions(), alone.value()));
        auto twice = ReconcileReview::undo(*a.value(), alone.value(), Reconciler::defaultOptions());
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(u"already taken back by desk_b"), qPrintable(twice.error()));
        auto saleHistory = ReconcileReview::decisionsFor(*a.value(), sale);
        QVERIFY(saleHistory && !saleHistory->isEmpty());
        QCOMPARE(saleHistory->constFirst().id, alone.value());
        QCOMPARE(saleHistory->constFirst().undoneBy, QStringLiteral("desk_b"));
        // B explains the sale anew; A reads the lines; B takes its explanation back. A's decision about the sale,
        // taken on what it read (the explanation standing), is refused: a taking back is a change too.
        auto anew = ReconcileReview::explain(*b.value(), 0, sale, QStringLiteral("paid in cash after all"),
                                             ReconcileReview::lastDecisionId(*b.value()).value());
        QVERIFY2(anew, qPrintable(anew.error()));
        const qint64 readByA = ReconcileReview::lastDecisionId(*a.value()).value();
        QVERIFY(ReconcileReview::undo(*b.value(), anew.value(), Reconciler::defaultOptions(),
                                      ReconcileReview::lastDecisionId(*b.value()).value()));
        auto onStale = ReconcileReview::explain(*a.value(), 0, sale, QStringLiteral("gift"), readByA);
        QVERIFY(!onStale);
        QVERIFY2(onStale.error().contains(u"was taken back by desk_b"), qPrintable(onStale.error()));
        // Having read the rows again, A may decide, and take its own decision back.
        auto fresh = ReconcileReview::explain(*a.value(), 0, sale, QStringLiteral("gift"),
                                              ReconcileReview::lastDecisionId(*a.value()).value());
        QVERIFY2(fresh, qPrintable(fresh.error()));
        QVERIFY(fresh.value() > readByA); // a decision's id follows the takings back too
        QVERIFY(ReconcileReview::undo(*a.value(), fresh.value(), Reconciler::defaultOptions(),
                                      ReconcileReview::lastDecisionId(*a.value()).value()));
        QVERIFY(ReconcileReview::undo(*a.value(), again.value(), Reconciler::defaultOptions(),
                                      ReconcileReview::lastDecisionId(*a.value()).value()));
        // Imports and catalog edits record their role too.
        QCOMPARE(scalar(*a.value(), "SELECT count(*) FROM import_batches WHERE made_by = 'obole_owner'"),
                 scalar(*a.value(), "SELECT count(*) FROM import_batches"));
        QVERIFY(b.value()->exec("INSERT INTO audit_log (at_utc, entity, entity_id, field) VALUES (1, 'x', 1, 'y')"));
        QCOMPARE(scalar(*a.value(), "SELECT count(*) FROM audit_log WHERE made_by = 'desk_b'"), 1);
    }

    // Another desk's commit reaches a listener at once; this program's own do not count. In the window, the pages
    // show another desk's import without a restart.
    void otherDesksChangesShow()
    {
        const QString uri = newDatabase();
        QCOMPARE(cli({QStringLiteral("--db"), uri, QStringLiteral("demo")}).exitCode, 0);
        auto listener = ChangeListener::listen(uri);
        QVERIFY2(listener, qPrintable(listener ? QString() : listener.error()));
        {
            auto own = Database::open(uri);
            QVERIFY(own);
            Transaction tx(*own.value());
            QVERIFY(own.value()->exec("UPDATE database_settings SET value = value WHERE key = 'x'"));
            QVERIFY(tx.commit());
        }
        QTest::qWait(300);
        QVERIFY(!listener.value()->othersChanged());

        MainWindow window;
        QVERIFY(window.openDatabase(uri));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList messages;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString& message) { messages << message; });
        auto* batches = window.findChild<QTableView*>(QStringLiteral("batchesTableView"));
        QVERIFY(batches);
        const int before = batches->model()->rowCount();
        const QString file = statementFile(QStringLiteral("other-desk.csv"), 0, 50);
        Run other = cli({QStringLiteral("--db"), uri, QStringLiteral("import"), file});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY(listener.value()->othersChanged() ||
                QTest::qWaitFor([&] { return listener.value()->othersChanged(); }, 5000));
        QTRY_COMPARE_WITH_TIMEOUT(batches->model()->rowCount(), before + 1, 10000);
        // The window said why its pages changed (a later message, such as the reconciliation run that the new rows
        // start, may have replaced it since).
        QTRY_VERIFY_WITH_TIMEOUT(messages.join(u'\n').contains(u"Another desk changed the data"), 10000);
    }

    // Text that COPY's own format escapes (a backslash, a tab, a line break, a carriage return) arrives as it was.
    void copyKeepsEveryCharacter()
    {
        const QString uri = newDatabase();
        const QString file = path(QStringLiteral("chars.sqlite"));
        QFile csv(m_dir.filePath(QStringLiteral("chars.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,reference,channel,product,gross,net,currency\n"
                  "2026-03-01T10:00:00Z,R\\1,sms,\"back\\slash\ttab\nline\rreturn \xc3\xa9\\N\",3.00,1.95,EUR\n");
        csv.close();
        for (const QString& db : {file, uri}) {
            Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), csv.fileName()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        auto a = Database::open(file);
        auto b = Database::open(uri);
        QVERIFY(a && b);
        const QByteArray fromFile = contents(*a.value(), "transactions");
        QVERIFY(fromFile.contains("back\\slash\ttab\nline"));
        QCOMPARE(contents(*b.value(), "transactions"), fromFile);
    }

    // Rows written by COPY and read in binary form (as the reconciliation reads the packed blocks): every number to
    // the ends of its range, NULL, empty text, text in any script and bytes of every value arrive as they were sent.
    void binaryRowsKeepEveryValue()
    {
        auto opened = Database::open(newDatabase());
        QVERIFY2(opened, qPrintable(opened.error()));
        Database& db = *opened.value();
        QVERIFY(db.exec("CREATE TABLE forms (n BIGINT, t TEXT, b BYTEA)"));
        std::string bytes;
        for (int i = 0; i < 256; ++i)
            bytes += char(i);
        const std::vector<qint64> numbers = {std::numeric_limits<qint64>::min(), -1, 0, 1, 255, 65536,
                                             std::numeric_limits<qint64>::max()};
        const std::vector<std::string> texts = {"", "tab\t and \\N", "\xc3\xa9t\xc3\xa9 \xe2\x82\xac", "line\nbreak"};
        {
            Transaction tx(db);
            auto copy = BulkCopy::begin(db, "forms", "n, t");
            QVERIFY2(copy, qPrintable(copy.error()));
            for (size_t i = 0; i < numbers.size(); ++i) {
                copy->number(numbers[i]);
                copy->text(texts[i % texts.size()]);
                copy->endRow();
            }
            copy->null();
            copy->null();
            copy->endRow();
            QVERIFY2(copy->finish(), "the COPY failed");
            auto blob = db.prepare("INSERT INTO forms (b) VALUES (?)");
            QVERIFY(blob);
            blob->bindBlobStatic(1, bytes);
            QVERIFY(blob->run());
            QVERIFY(tx.commit());
        }
        auto read =
            db.prepare("SELECT n, t, b, CASE WHEN n BETWEEN -65536 AND 65536 THEN n::int4 * 1000 END, (n % 7)::int2, "
                       "n > 0 FROM forms ORDER BY b IS NOT NULL, n NULLS LAST");
        QVERIFY(read);
        read->binaryRows();
        std::vector<qint64> seenNumbers;
        std::vector<std::string> seenTexts;
        int nulls = 0;
        std::string seenBytes;
        while (read->step()) {
            if (!read->isNull(2)) {
                seenBytes = std::string(read->blobView(2));
                continue;
            }
            if (read->isNull(0)) {
                ++nulls;
                QVERIFY(read->isNull(1));
                continue;
            }
            const qint64 n = read->int64(0);
            seenNumbers.push_back(n);
            seenTexts.emplace_back(read->textView(1));
            if (n >= -65536 && n <= 65536)
                QCOMPARE(read->int64(3), n * 1000);
            QCOMPARE(read->int64(4), n % 7);
            QCOMPARE(read->int64(5), qint64(n > 0));
        }
        QVERIFY2(!read->failed(), qPrintable(read->error()));
        QCOMPARE(nulls, 1);
        QCOMPARE(seenBytes, bytes);
        QCOMPARE(seenNumbers, numbers);
        for (size_t i = 0; i < numbers.size(); ++i)
            QCOMPARE(seenTexts[i], texts[i % texts.size()]);
    }

    void twoDesksImportTheSameRowsOnce()
    {
        const QString uri = newDatabase();
        QVERIFY(Database::open(uri));
        // Two statements that share half their rows, imported at the same moment by two processes.
        const QString a = statementFile(QStringLiteral("a.csv"), 0, 60000);
        const QString b = statementFile(QStringLiteral("b.csv"), 30000, 90000);
        QProcess first;
        QProcess second;
        const QStringList common = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), uri,
                                    QStringLiteral("import")};
        first.start(QStringLiteral(OBOLE_CLI_PATH), common + QStringList{a});
        second.start(QStringLiteral(OBOLE_CLI_PATH), common + QStringList{b});
        QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        auto db = Database::open(uri);
        QVERIFY(db);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions"), 90000);
        QCOMPARE(scalar(*db.value(), "SELECT count(DISTINCT reference) FROM transactions"), 90000);
        QCOMPARE(scalar(*db.value(), "SELECT sum(rows_added) FROM import_batches"), 90000);
        QCOMPARE(scalar(*db.value(), "SELECT sum(rows_present) FROM import_batches"), 30000);
        // The rows read back as a reconciliation reads them: every one, by its packed blocks.
        Run reconcile = cli({QStringLiteral("--db"), uri, QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(reconcile.exitCode == 0, qPrintable(reconcile.err));
        QCOMPARE(
            QJsonDocument::fromJson(reconcile.out.toUtf8()).object().value(QStringLiteral("provider_rows")).toInt(),
            90000);
    }

    // The server stops in the middle of an import: the import fails with a clear message, and once the server is
    // back, nothing of it is there.
    void serverGoneDuringAnImport()
    {
        const QString envFile = m_dir.filePath(QStringLiteral("lost.env"));
        const QString script = QStringLiteral(OBOLE_SOURCE_DIR) + QStringLiteral("/tests/pg/cluster.sh");
        QCOMPARE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), envFile}), 0);
        auto stop = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), envFile});
        });
        const QHash<QString, QString> env = readServerEnv(envFile);
        const QString owner = env.value(QStringLiteral("OBOLE_TEST_PG_OWNER"));
        QVERIFY(!owner.isEmpty());
        // This server's passwords, for this process and the ones it starts, until the test ends.
        const QByteArray ownPasswords = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", env.value(QStringLiteral("PGPASSFILE")).toUtf8());
        auto restore = qScopeGuard([&] { qputenv("PGPASSFILE", ownPasswords); });
        const QString uri = createServerDatabase(owner, QStringLiteral("postgres_lost"));
        QCOMPARE(cli({QStringLiteral("--db"), uri, QStringLiteral("accounting"), QStringLiteral("show")}).exitCode, 0);
        // Desks that stay open through the restart: one idle with a statement prepared on the server, one reading in
        // a transaction, and a window listening to the other desks.
        auto idle = Database::open(uri);
        auto reading = Database::open(uri);
        QVERIFY(idle && reading);
        auto count = idle.value()->prepare("SELECT count(*) FROM import_batches WHERE id > ?");
        QVERIFY(count);
        for (int run = 0; run < 2; ++run) { // a second run prepares it on the server
            count->reset();
            count->bind(1, qint64(-1));
            QVERIFY(count->step());
        }
        std::optional<Transaction> snapshot(std::in_place, *reading.value(), false);
        QVERIFY(snapshot->isActive());
        MainWindow window;
        QVERIFY(window.openDatabase(uri));
        const QString big = statementFile(QStringLiteral("big.csv"), 0, 1500000);
        QProcess import;
        import.start(QStringLiteral(OBOLE_CLI_PATH), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                      QStringLiteral("--db"), uri, QStringLiteral("import"), big});
        QVERIFY(import.waitForStarted());
        // Once rows are arriving on the server, it goes away.
        QElapsedTimer waited;
        waited.start();
        bool writing = false;
        {
            auto watch = Database::openReadOnly(owner + QStringLiteral("/postgres"));
            QVERIFY2(watch, qPrintable(watch ? QString() : watch.error()));
            while (!writing && waited.elapsed() < 60000 && import.state() == QProcess::Running) {
                writing = scalar(*watch.value(), "SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                                 "'COPY transactions%'") > 0;
                if (!writing)
                    QTest::qWait(20);
            }
        }
        QVERIFY2(writing, qPrintable(QStringLiteral("the import never reached the server: ") +
                                     QString::fromUtf8(import.readAllStandardError())));
        QCOMPARE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("restart"), envFile}), 0);
        QVERIFY(import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 1);
        const QString err = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(err.contains(u"The connection to the PostgreSQL server was lost"), qPrintable(err));
        QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
        // Back up: not a row, not a batch of the import that was cut.
        auto db = Database::open(uri);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM import_batches"), 0);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM transaction_blocks"), 0);

        // The idle desk connects again by itself, its prepared statement with it.
        count->reset();
        count->bind(1, qint64(-1));
        QVERIFY2(count->step(), qPrintable(count->error()));
        QCOMPARE(count->int64(0), 0);
        QVERIFY2(idle.value()->exec("UPDATE database_settings SET value = value WHERE key = 'time_zone'"),
                 qPrintable(idle.value()->lastError()));
        // The desk whose transaction the restart cut is told, once; after it, it goes on.
        auto cut = reading.value()->exec("SELECT 1");
        QVERIFY(!cut);
        QVERIFY2(cut.error().contains(u"connection to the PostgreSQL server was lost"), qPrintable(cut.error()));
        snapshot.reset();
        QVERIFY2(reading.value()->exec("SELECT 1"), qPrintable(reading.value()->lastError()));
        // The window listens again (and reads the pages again then): another desk's commit after it shows.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"The server answers again"), 20000);
        window.statusBar()->clearMessage();
        Run other = cli({QStringLiteral("--db"), uri, QStringLiteral("accounting"), QStringLiteral("set"),
                         QStringLiteral("siren"), QStringLiteral("732829320")});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Another desk changed"), 20000);
    }
};

QTEST_MAIN(TestServer)
#include "tst_server.moc"
