#pragma once

#include <QCoreApplication>
#include <QStringList>

// obole-cli: parses the command line (the contract in DESIGN.md) and runs one command against the core.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const QStringList& arguments);
};
