// obole-cli db: the database file itself.
#include "clicommands.h"

#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serverroles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <climits>

int commandDb(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    if (action == u"check" && ctx.args.size() == 1) {
        // Read-only and as the file is: a damaged file is what this command is for, so it is not refused at the door.
        auto db = Database::openReadOnly(ctx.dbPath);
        if (!db)
            return CliContext::fail(db.error());
        auto report = db.value()->checkStructure(true);
        if (!report)
            return CliContext::fail(report.error());
        if (report->problems.isEmpty()) {
            CliContext::out() << CliCommands::tr("%1: ok, every page of every table and index checked.")
                                     .arg(QDir::toNativeSeparators(ctx.dbPath))
                              << Qt::endl;
            return 0;
        }
        CliContext::err() << CliCommands::tr(
                                 "obole-cli: %1 is damaged; %n problem(s) found (the first 100 are listed):", nullptr,
                                 int(report->problems.size()))
                                 .arg(QDir::toNativeSeparators(ctx.dbPath))
                          << Qt::endl;
        for (const QString& problem : report->problems)
            CliContext::err() << QStringLiteral("  ") << problem << Qt::endl;
        return 1;
    }
    if (action == u"roles" && ctx.args.size() == 1) {
        CliContext::out() << ServerRoles::sql();
        return 0;
    }
    if (action == u"copy" && ctx.args.size() == 3) {
        const QString fromPath = ctx.args.value(1);
        const QString toPath = ctx.args.value(2);
        if (!Database::isServerLocation(fromPath) && !QFileInfo::exists(fromPath))
            return CliContext::fail(CliCommands::tr("%1 does not exist.").arg(QDir::toNativeSeparators(fromPath)));
        auto from = Database::open(fromPath);
        if (!from)
            return CliContext::fail(from.error());
        const bool newFile = !Database::isServerLocation(toPath) && !QFileInfo::exists(toPath);
        auto to = Database::open(toPath);
        if (!to)
            return CliContext::fail(to.error());
        auto copied = DatabaseCopy::copy(*from.value(), *to.value());
        if (!copied) {
            to.value().reset();
            // A file this command created and could not fill is not left behind.
            if (newFile)
                QFile::remove(toPath);
            return CliContext::fail(copied.error());
        }
        CliContext::out() << CliCommands::tr("Copied %1 into %2: %n row(s) in %3 tables.", nullptr,
                                             int(std::min<qint64>(copied->rows, INT_MAX)))
                                 .arg(from.value()->path(), to.value()->path())
                                 .arg(copied->tables)
                          << Qt::endl;
        return 0;
    }
    return CliContext::fail(CliCommands::tr("usage: obole-cli db check | copy FROM TO | roles"));
}
