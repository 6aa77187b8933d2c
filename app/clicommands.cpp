#include "clicommands.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "core/translations.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <functional>

QTextStream& CliContext::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& CliContext::err()
{
    static QTextStream s(stderr);
    return s;
}

int CliContext::fail(const QString& message)
{
    err() << QStringLiteral("obole-cli: ") << message << Qt::endl;
    return 1;
}

namespace {

QTextStream& out()
{
    return CliContext::out();
}

QTextStream& err()
{
    return CliContext::err();
}

int fail(const QString& message)
{
    return CliContext::fail(message);
}

Result<std::unique_ptr<Database>> openDatabase(const CliContext& ctx)
{
    return Database::open(ctx.dbPath);
}

int commandDemo(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return fail(CliCommands::tr("demo takes no argument, got \"%1\".").arg(ctx.args.first()));
    auto db = openDatabase(ctx);
    if (!db)
        return fail(db.error());
    auto summary = DemoData::create(*db.value());
    if (!summary)
        return fail(summary.error());
    out() << CliCommands::tr("Demo data written to %1: %2 sites, %3 products, %4 price points, %5 sales log lines, "
                             "%6 provider statement lines, %7 payouts.")
                 .arg(ctx.dbPath)
                 .arg(summary->sites)
                 .arg(summary->products)
                 .arg(summary->pricePoints)
                 .arg(summary->salesRows)
                 .arg(summary->providerRows)
                 .arg(summary->payoutRows)
          << Qt::endl;
    return 0;
}

int commandCatalog(CliContext& ctx)
{
    if (ctx.args.size() != 2 || (ctx.args.at(0) != u"export" && ctx.args.at(0) != u"import"))
        return fail(CliCommands::tr("usage: obole-cli catalog export FILE.json | import FILE.json"));
    const QString file = ctx.args.at(1);
    if (ctx.args.at(0) == u"export") {
        auto db = openDatabase(ctx);
        if (!db)
            return fail(db.error());
        auto catalog = CatalogStore(*db.value()).load();
        if (!catalog)
            return fail(catalog.error());
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return fail(CliCommands::tr("cannot write %1: %2").arg(file, f.errorString()));
        f.write(CatalogJson::write(catalog.value()));
        if (!f.commit())
            return fail(CliCommands::tr("cannot write %1: %2").arg(file, f.errorString()));
        out() << CliCommands::tr("Catalog written to %1: %2 products, %3 price points.")
                     .arg(file)
                     .arg(catalog->products.size())
                     .arg(catalog->pricePoints.size())
              << Qt::endl;
        return 0;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(CliCommands::tr("cannot read %1: %2").arg(file, f.errorString()));
    auto catalog = CatalogJson::read(f.readAll());
    if (!catalog) {
        err() << CliCommands::tr("obole-cli: %1 was not imported, nothing was changed:").arg(file) << Qt::endl;
        for (const QString& line : catalog.error().split(u'\n'))
            err() << QStringLiteral("  ") << file << QStringLiteral(": ") << line << Qt::endl;
        return 1;
    }
    auto db = openDatabase(ctx);
    if (!db)
        return fail(db.error());
    // Through the editor, so the import is recorded in the audit trail like one made in the window.
    if (auto st = CatalogEditor(*db.value(), nullptr).replaceCatalog(catalog.value()); !st)
        return fail(CliCommands::tr("%1 was not imported, nothing was changed: %2").arg(file, st.error()));
    out() << CliCommands::tr("Catalog imported from %1: %2 products, %3 price points.")
                 .arg(file)
                 .arg(catalog->products.size())
                 .arg(catalog->pricePoints.size())
          << Qt::endl;
    return 0;
}

struct Command
{
    const char* name;
    std::function<int(CliContext&)> run;
    QStringList options; // the options this command accepts besides --db and --lang
};

} // namespace

int CliCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Obole command line: import statements, reconcile, export, generate snippets, manage the catalog.\n\n"
           "Commands:\n"
           "  demo                          fill a new database with a demo merchant\n"
           "  catalog export FILE.json      write the whole catalog to a file\n"
           "  catalog import FILE.json      replace the catalog with a file's (all or nothing)\n"
           "  import [--profile NAME | --profile-file FILE.json] [--skip-bad-rows] FILE...\n"
           "                                import statements or sales logs, one batch per file; without a\n"
           "                                profile, each file's is recognised from its header\n"
           "  profiles list | show NAME     the import profiles, built-in and saved\n"
           "  batches list | undo ID        the import batches; undo removes one with all its rows\n"
           "  reconcile [--provider ID] [--from DATE] [--to DATE] [--window SECONDS] [--json]\n"
           "                                match the sales log against provider statements and report\n"
           "  snippet --product ID --channel ID --target php|js|html|node --output DIR [--provider ID]\n"
           "                                write the code for a site: buyer widget, PHP or Node.js check\n"
           "  export --format csv|xlsx|pdf|fec [--from DATE] [--to DATE] --output FILE [--csv-style fr|en] [--force]\n"
           "                                the accountant's report of a period (default: the last full month)\n"
           "  accounting show | set KEY VALUE...  the books' settings: SIREN, time_zone, fiscal_year_end, the\n"
           "                                accounts and journals the FEC uses\n"
           "  books close --to DATE | status | reopen\n"
           "                                close the books up to a day (its FEC entries keep their numbers),\n"
           "                                list the closed periods, reopen the last one\n"
           "  rates import FILE.csv | status\n"
           "                                the daily exchange rates that book other currencies in the FEC\n"
           "  db check                      check every page of the database file, changing nothing\n"
           "  db copy FROM TO               copy a whole database into an empty one, on either engine (a file,\n"
           "                                or a postgresql://USER@HOST:PORT/DBNAME URI)\n"
           "  db roles                      print the SQL that creates a PostgreSQL server's accountant and\n"
           "                                viewer roles"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("Database file, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a shared server "
           "(default: %1).")
            .arg(Database::defaultPath()),
        tr("FILE|URI"), Database::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: fr or en."), tr("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    // Every option of the contract is known to the parser; each command then accepts only its own.
    const QList<QCommandLineOption> commandOptions = {
        {QStringLiteral("profile"), tr("Import profile, by id or name (see: profiles list)."), tr("NAME")},
        {QStringLiteral("profile-file"), tr("Import profile read from a JSON file."), tr("FILE")},
        {QStringLiteral("skip-bad-rows"),
         tr("Import: skip malformed rows and list them instead of rejecting the file.")},
        {QStringLiteral("provider"), tr("Provider id (code)."), tr("ID")},
        {QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("window"), tr("Reconciliation: time window for rows without reference, in seconds."),
         tr("SECONDS")},
        {QStringLiteral("json"), tr("Print the result as one JSON object.")},
        {QStringLiteral("format"), tr("Export format: csv, xlsx, pdf or fec."), tr("FORMAT")},
        {QStringLiteral("output"), tr("Output file or folder."), tr("PATH")},
        {QStringLiteral("csv-style"),
         tr("Export: CSV conventions, fr (';', decimal comma, BOM) or en (',', point); "
            "default: the locale's."),
         tr("STYLE")},
        {QStringLiteral("force"), tr("Export: replace a FEC file of the same name.")},
        {QStringLiteral("product"), tr("Product id."), tr("ID")},
        {QStringLiteral("channel"), tr("Channel id."), tr("ID")},
        {QStringLiteral("target"), tr("Snippet target: php, js, html or node."), tr("TARGET")},
    };
    parser.addOptions(commandOptions);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    Translations::install(*QCoreApplication::instance(), parser.value(langOption));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QList<Command> commands = {
        {"demo", commandDemo, {}},
        {"catalog", commandCatalog, {}},
        {"import",
         commandImport,
         {QStringLiteral("profile"), QStringLiteral("profile-file"), QStringLiteral("skip-bad-rows")}},
        {"profiles", commandProfiles, {}},
        {"batches", commandBatches, {}},
        {"reconcile",
         commandReconcile,
         {QStringLiteral("provider"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("window"),
          QStringLiteral("json")}},
        {"export",
         commandExport,
         {QStringLiteral("format"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("output"),
          QStringLiteral("csv-style"), QStringLiteral("force")}},
        {"accounting", commandAccounting, {}},
        {"books", commandBooks, {QStringLiteral("to")}},
        {"rates", commandRates, {}},
        {"db", commandDb, {}},
        {"snippet",
         commandSnippet,
         {QStringLiteral("product"), QStringLiteral("channel"), QStringLiteral("target"), QStringLiteral("output"),
          QStringLiteral("provider")}},
    };
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("no command given; run obole-cli --help for the list."));
    const QString name = positional.takeFirst();
    for (const Command& command : commands) {
        if (name != QLatin1StringView(command.name))
            continue;
        for (const QCommandLineOption& option : commandOptions) {
            const QString optionName = option.names().constFirst();
            if (parser.isSet(optionName) && !command.options.contains(optionName))
                return fail(tr("--%1 does not apply to the %2 command.").arg(optionName, name));
        }
        CliContext ctx{parser, positional, parser.value(dbOption)};
        return command.run(ctx);
    }
    return fail(tr("unknown command \"%1\"; run obole-cli --help for the list.").arg(name));
}
