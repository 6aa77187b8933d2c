#pragma once

// Helpers the suites share: one way to read a number from the database, hash a file, and run obole-cli.
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string_view>

namespace TestSupport {

// The suites that say so run on either engine: with OBOLE_TEST_ENGINE=server (set by ctest for their second run,
// tests/CMakeLists.txt), each database file a test names is a database of its own on the tests' PostgreSQL server
// (tests/pg/cluster.sh), created empty the first time it is named. Otherwise the file itself.
inline bool onServer()
{
    return qEnvironmentVariable("OBOLE_TEST_ENGINE") == u"server";
}

// The settings tests/pg/cluster.sh wrote for a server it started (OBOLE_TEST_PG_OWNER, _PORT, _BIN, PGPASSFILE...);
// empty when the file cannot be read.
inline QHash<QString, QString> readServerEnv(const QString& envFile)
{
    QHash<QString, QString> env;
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    return env;
}

// A new, empty database `name` on the server whose ordinary role's URI (without a database) is `owner`, replacing
// one left by an earlier run; its URI. The passwords are those of the process's PGPASSFILE.
inline QString createServerDatabase(const QString& owner, const QString& name)
{
    auto admin = Database::openReadOnly(owner + QStringLiteral("/postgres"));
    if (!admin)
        qFatal("cannot reach the test server: %s", qPrintable(admin.error()));
    const QByteArray drop = "DROP DATABASE IF EXISTS " + name.toUtf8();
    const QByteArray create = "CREATE DATABASE " + name.toUtf8();
    if (!admin.value()->exec("SET default_transaction_read_only TO off") || !admin.value()->exec(drop.constData()) ||
        !admin.value()->exec(create.constData()))
        qFatal("cannot create %s on the test server: %s", qPrintable(name), qPrintable(admin.value()->lastError()));
    return owner + u'/' + name;
}

// `path` itself, or on a server run the database that stands for it.
inline QString location(const QString& path)
{
    if (!onServer() || Database::isServerLocation(path))
        return path;
    static const QHash<QString, QString> env = [] {
        QHash<QString, QString> e = readServerEnv(QStringLiteral(OBOLE_PG_ENV));
        if (e.isEmpty())
            qFatal("OBOLE_TEST_ENGINE=server, and the test server's settings are missing (%s)", OBOLE_PG_ENV);
        qputenv("PGPASSFILE", e.value(QStringLiteral("PGPASSFILE")).toUtf8());
        return e;
    }();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString name = QStringLiteral("t_") + QString::fromLatin1(hash.left(20));
    const QString owner = env.value(QStringLiteral("OBOLE_TEST_PG_OWNER"));
    static QSet<QString> created;
    if (!created.contains(name)) {
        createServerDatabase(owner, name);
        created.insert(name);
    }
    return owner + u'/' + name;
}

// The first column of the first row, or -1 when the statement fails or returns nothing.
inline qint64 scalar(Database& db, std::string_view sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt || !stmt->next().value_or(false))
        return -1;
    return stmt->int64(0);
}

inline qint64 scalar(Database& db, const char* sql)
{
    return scalar(db, std::string_view(sql));
}

inline qint64 scalar(Database& db, const QByteArray& sql)
{
    return scalar(db, std::string_view(sql.constData(), size_t(sql.size())));
}

// The same, on the database file at `dbPath`, opened for this one question.
inline qint64 scalar(const QString& dbPath, std::string_view sql)
{
    auto db = Database::open(location(dbPath));
    return db ? scalar(*db.value(), sql) : -1;
}

// SHA-256 of a file's bytes, empty when it cannot be read: "left byte for byte as it was" is two equal hashes.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Run
{
    int exitCode = -1; // -1 when the program crashed or did not finish in time
    QString out;
    QString err;
};

// Runs obole-cli with these arguments (and environment, when given), in English.
inline Run cli(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    QStringList args = arguments;
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args.at(i) == u"--db")
            args[i + 1] = location(args.at(i + 1));
    p.start(QStringLiteral(OBOLE_CLI_PATH), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace TestSupport
