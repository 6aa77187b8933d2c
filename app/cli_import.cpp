// obole-cli import, profiles and batches: the accountant's handle on statements and sales logs.
#include "clicommands.h"

#include "importing/importer.h"
#include "importing/importstore.h"
#include "importing/profilerecognizer.h"
#include "importing/profileregistry.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

int commandImport(CliContext& ctx)
{
    const bool byName = ctx.parser.isSet(QStringLiteral("profile"));
    const bool byFile = ctx.parser.isSet(QStringLiteral("profile-file"));
    if (byName && byFile)
        return CliContext::fail(
            CliCommands::tr("import takes one of --profile NAME or --profile-file FILE.json, not both."));
    if (ctx.args.isEmpty())
        return CliContext::fail(CliCommands::tr("import needs at least one file to read."));

    std::optional<ImportProfile> named;
    if (byName) {
        auto entry = ProfileRegistry::find(ctx.parser.value(QStringLiteral("profile")));
        if (!entry)
            return CliContext::fail(entry.error());
        named = entry->profile;
    } else if (byFile) {
        const QString path = ctx.parser.value(QStringLiteral("profile-file"));
        auto loaded = ImportProfile::fromFile(path);
        if (!loaded) {
            CliContext::err() << CliCommands::tr("obole-cli: the profile %1 cannot be used:").arg(path) << Qt::endl;
            for (const QString& line : loaded.error().split(u'\n'))
                CliContext::err() << QStringLiteral("  ") << line << Qt::endl;
            return 1;
        }
        named = loaded.value();
    }

    // Without a profile, each file's own is recognised first, for every file, before anything is written: a file
    // that fits no profile, or two equally, stops the command with nothing imported.
    QList<ImportProfile> profiles;
    for (const QString& file : ctx.args) {
        if (named) {
            profiles.append(*named);
            continue;
        }
        const ProfileRecognizer::Outcome outcome = ProfileRecognizer::recogniseFile(file);
        if (!outcome.chosen) {
            CliContext::err() << QStringLiteral("obole-cli: ") << outcome.problem << Qt::endl;
            if (ctx.args.size() > 1)
                CliContext::err() << CliCommands::tr("obole-cli: nothing was imported.") << Qt::endl;
            return 1;
        }
        profiles.append(outcome.chosen->profile);
    }

    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());

    ImportOptions options;
    options.skipBadRows = ctx.parser.isSet(QStringLiteral("skip-bad-rows"));
    int status = 0;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString& file = ctx.args.at(i);
        auto summary = Importer::importFile(*db.value(), profiles.at(i), file, options);
        if (!summary) {
            CliContext::err() << QStringLiteral("obole-cli: ") << summary.error() << Qt::endl;
            status = 1;
            continue;
        }
        summary->recognised = !named;
        CliContext::out() << summary->text() << Qt::endl;
        for (const QString& note : summary->notes)
            CliContext::out() << QStringLiteral("  ") << CliCommands::tr("note: %1").arg(note) << Qt::endl;
        for (const QString& warning : summary->warnings)
            CliContext::out() << QStringLiteral("  ") << CliCommands::tr("warning: %1").arg(warning) << Qt::endl;
        for (const QString& rejected : summary->rejected)
            CliContext::out() << QStringLiteral("  ") << CliCommands::tr("rejected: %1").arg(rejected) << Qt::endl;
    }
    return status;
}

int commandProfiles(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    if (action == u"list" && ctx.args.size() == 1) {
        QStringList problems;
        const auto entries = ProfileRegistry::all(&problems);
        for (const auto& e : entries) {
            CliContext::out() << e.id.leftJustified(24) << u' '
                              << ImportProfile::kindName(e.profile.kind).leftJustified(9) << u' ' << e.profile.name
                              << (e.builtIn ? CliCommands::tr(" (built-in)") : CliCommands::tr(" (saved)")) << Qt::endl;
        }
        for (const QString& p : problems)
            CliContext::err() << CliCommands::tr("obole-cli: skipped a profile: %1").arg(p) << Qt::endl;
        return 0;
    }
    if (action == u"show" && ctx.args.size() == 2) {
        auto entry = ProfileRegistry::find(ctx.args.at(1));
        if (!entry)
            return CliContext::fail(entry.error());
        CliContext::out() << QString::fromUtf8(QJsonDocument(entry->profile.toJson()).toJson(QJsonDocument::Indented));
        CliContext::out().flush();
        return 0;
    }
    return CliContext::fail(CliCommands::tr("usage: obole-cli profiles list | show NAME"));
}

int commandBatches(CliContext& ctx)
{
    const QString action = ctx.args.value(0);
    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    if (action == u"list" && ctx.args.size() == 1) {
        auto batches = ImportStore(*db.value()).batches(true);
        if (!batches)
            return CliContext::fail(batches.error());
        for (const ImportBatchRecord& b : batches.value()) {
            CliContext::out() << CliCommands::tr("%1\t%2\t%3\t%4\t%5\t%6\tread %7, added %8, present %9, skipped %10, "
                                                 "rejected %11")
                                     .arg(b.id)
                                     .arg(b.kind, b.provider, b.fileName, b.profile,
                                          QDateTime::fromSecsSinceEpoch(b.importedUtc, Qt::UTC).toString(Qt::ISODate))
                                     .arg(b.rowsRead)
                                     .arg(b.rowsAdded)
                                     .arg(b.rowsPresent)
                                     .arg(b.rowsSkipped)
                                     .arg(b.rowsRejected)
                              << Qt::endl;
        }
        return 0;
    }
    if (action == u"undo" && ctx.args.size() == 2) {
        bool ok = false;
        const qint64 id = ctx.args.at(1).toLongLong(&ok);
        if (!ok)
            return CliContext::fail(CliCommands::tr("\"%1\" is not a batch id.").arg(ctx.args.at(1)));
        if (auto st = Importer::undoBatch(*db.value(), id); !st)
            return CliContext::fail(st.error());
        CliContext::out() << CliCommands::tr("Batch %1 undone: it and its rows were removed.").arg(id) << Qt::endl;
        return 0;
    }
    return CliContext::fail(CliCommands::tr("usage: obole-cli batches list | undo ID"));
}
