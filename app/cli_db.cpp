// obole-cli db: the database file itself.
#include "clicommands.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

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
    return CliContext::fail(CliCommands::tr("usage: obole-cli db check"));
}
