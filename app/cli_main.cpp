#include "clicommands.h"
#include "core/hugepages.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    HugePages::enableForProcess(argv);
    // A PDF export draws pages, which takes the fonts of a QGuiApplication; the offscreen platform needs no display.
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
        pdf = pdf || std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--format=pdf") == 0;
    }
    const bool drawing = exporting && pdf;
    if (drawing)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Obole"));
    QCoreApplication::setApplicationName(QStringLiteral("Obole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBOLE_VERSION));
    return CliCommands::run(app->arguments());
}
