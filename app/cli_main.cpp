#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Obole"));
    QCoreApplication::setApplicationName(QStringLiteral("Obole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBOLE_VERSION));
    return CliCommands::run(app.arguments());
}
