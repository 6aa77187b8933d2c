#include "support/testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// On its second run (tst_cli_server) each --db a test names is a database on the tests' PostgreSQL server
// (TestSupport::cli and location).
using TestSupport::cli;
using TestSupport::Run;

class TestCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1StringView(name)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void helpAndVersion()
    {
        Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--db")));
        QVERIFY(help.out.contains(QStringLiteral("catalog export")));
        Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(OBOLE_VERSION_TEXT)));
    }

    void unknownCommandAndOption()
    {
        Run unknown = cli({QStringLiteral("--db"), path("x.sqlite"), QStringLiteral("frobnicate")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(unknown.err));
        QCOMPARE(unknown.err.count(u'\n'), 1);
        Run option = cli({QStringLiteral("--frob"), QStringLiteral("demo")});
        QVERIFY(option.exitCode != 0);
        QVERIFY2(option.err.contains(QStringLiteral("frob")), qPrintable(option.err));
        Run none = cli({});
        QVERIFY(none.exitCode != 0);
        QVERIFY(!none.err.isEmpty());
    }

    void demoThenCatalogRoundTrip()
    {
        const QString db = path("demo.sqlite");
        Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QString json = path("catalog.json");
        Run exported = cli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("export"), json});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QSet<QString> channels;
        for (const QJsonValue& v : root.value(QStringLiteral("price_points")).toArray())
            channels.insert(v.toObject().value(QStringLiteral("channel")).toString());
        QCOMPARE(channels.size(), 7);
        QCOMPARE(root.value(QStringLiteral("sites")).toArray().size(), 2);

        const QString copy = path("copy.sqlite");
        Run imported = cli({QStringLiteral("--db"), copy, QStringLiteral("catalog"), QStringLiteral("import"), json});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString again = path("again.json");
        QCOMPARE(
            cli({QStringLiteral("--db"), copy, QStringLiteral("catalog"), QStringLiteral("export"), again}).exitCode,
            0);
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), bytes);

        // Demo data goes into a new database only.
        Run twice = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY(twice.exitCode != 0);
    }

    void badCatalogChangesNothing()
    {
        const QString db = path("bad.sqlite");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        const QString before = path("before.json");
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("export"), before}).exitCode, 0);
        const QString bad = path("bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "obole-catalog", "sites": [{"id": 1}], "products": [{"id": 1, "site": 2, "name": "x"}]})");
        f.close();
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"), bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("(sites[0].name): missing")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("(products[0].site): no site has the id 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
        const QString after = path("after.json");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("export"), after}).exitCode,
                 0);
        QFile a(before), b(after);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void notADatabase()
    {
        if (TestSupport::onServer())
            QSKIP("a file that is not a database; tst_storage_server refuses another program's server database");
        const QString file = path("notes.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        Run r =
            cli({QStringLiteral("--db"), file, QStringLiteral("catalog"), QStringLiteral("export"), path("o.json")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not an Obole database")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("just some notes\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
