#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

// What a command gets: the parsed command line, its positional arguments (after the command name) and the database.
struct CliContext
{
    QCommandLineParser& parser;
    QStringList args;
    QString dbPath;

    static QTextStream& out();
    static QTextStream& err();
    // Prints "obole-cli: message" on stderr and returns the exit code for a failure.
    static int fail(const QString& message);
};

// Commands living in their own files (cli_<name>.cpp).
int commandImport(CliContext& ctx);
int commandProfiles(CliContext& ctx);
int commandBatches(CliContext& ctx);
int commandReconcile(CliContext& ctx);
int commandSnippet(CliContext& ctx);
int commandExport(CliContext& ctx);
int commandAccounting(CliContext& ctx);
int commandBooks(CliContext& ctx);
int commandRates(CliContext& ctx);
int commandDb(CliContext& ctx);

// obole-cli: parses the command line (the contract in DESIGN.md) and runs one command against the core.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const QStringList& arguments);
};
