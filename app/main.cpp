#include "core/hugepages.h"
#include "core/settings.h"
#include "core/translations.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    HugePages::enableForProcess(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Obole"));
    QApplication::setApplicationName(QStringLiteral("Obole"));
    QApplication::setApplicationVersion(QStringLiteral(OBOLE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.obole.Obole"));

    // The language is needed before the help text is built, so --lang is read ahead of the parser.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            lang = args.at(i).mid(7);
    }
    if (!lang.isEmpty() && lang != u"fr" && lang != u"en") {
        MessageBox::critical(nullptr, QStringLiteral("Obole"),
                             QApplication::translate("main", "--lang accepts fr or en, not \"%1\".").arg(lang));
        return 2;
    }
    // Without --lang, the language chosen in Preferences, else the system's.
    if (lang.isEmpty()) {
        const QString saved = Settings::value(Settings::Key::Language).toString();
        if (saved == u"fr" || saved == u"en")
            lang = saved;
    }
    Translations::install(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Obole, the micropayment console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Database file to open, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a "
                                "shared server."),
        QApplication::translate("main", "FILE|URI"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: fr or en."),
                                        QApplication::translate("main", "LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a demo merchant (created on first use) instead of your data."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(app);

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    if (parser.isSet(demoOption)) {
        if (!parser.isSet(dbOption))
            path = MainWindow::demoPath();
        if (!QFileInfo::exists(path)) {
            auto db = Database::open(path);
            auto created = db ? DemoData::create(*db.value()) : Result<DemoData::Summary>::failure(db.error());
            if (!created) {
                MessageBox::critical(nullptr, QApplication::translate("main", "Cannot create the demo database"),
                                     created.error());
                return 1;
            }
        }
    }

    MainWindow window;
    if (!window.openAtStart(path))
        return 1;
    window.show();
    return app.exec();
}
