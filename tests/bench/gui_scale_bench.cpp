// How the window behaves on a big database: the time from the start of the program to the window shown on screen,
// then the time each page takes to come up when switched to, twice round, and the memory held. Run it on a real
// display or under Xvfb, on a database filled by obole-cli (tests/bench/reconcile_bench.sh --rows 10000000 leaves
// none behind: import the generator's files with obole-cli into a database of your own):
//   gui_scale_bench --db FILE [--page N]
#include "mainwindow.h"

#include "residentmemory.h"
#include <QApplication>

#include "core/settings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Obole"));
    QApplication::setApplicationName(QStringLiteral("Obole bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("The page on show at start (0-5)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(dbOption);
    parser.addOption(pageOption);
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(dbOption)) {
        out << "usage: gui_scale_bench --db FILE [--page N]\n";
        return 2;
    }
    // The window opens on the page it was last closed on.
    Settings::setValue(Settings::Key::LastPage, parser.value(pageOption).toInt());

    MainWindow window;
    if (!window.openAtStart(parser.value(dbOption)))
        return 1;
    window.resize(1280, 800);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    out << QStringLiteral("window shown: %1 ms after the start of the program\n").arg(sinceStart.elapsed());

    // A switch blocks the window for as long as showPage() and the events it leaves take. What a page does later
    // (its figures read in the background arriving) shows as the longest gap between the ticks of a 5 ms timer,
    // watched for a second after each switch.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    qint64 worst = 0;
    for (int round = 0; round < 2; ++round) {
        for (int page = 0; page < window.pageCount(); ++page) {
            QElapsedTimer timer;
            timer.start();
            window.showPage(page);
            QApplication::processEvents();
            const qint64 ms = timer.elapsed();
            worst = std::max(worst, ms);
            sinceTick.start();
            ticker.start();
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 1000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            ticker.stop();
            out << QStringLiteral("round %1, page %2: %3 ms\n").arg(round + 1).arg(page).arg(ms);
        }
    }
    out << QStringLiteral("worst page switch: %1 ms; longest block after a switch: %2 ms; resident memory %3 MiB\n")
               .arg(worst)
               .arg(longestGap)
               .arg(residentKb() / 1024);
    return 0;
}
