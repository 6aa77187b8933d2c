#pragma once

// Helpers the suites share: one way to read a number from the database, hash a file, and run obole-cli.
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <string_view>

namespace TestSupport {

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
    auto db = Database::open(dbPath);
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
    p.start(QStringLiteral(OBOLE_CLI_PATH), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
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
