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
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
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
    const QCommandLineOption cancelOption(
        QStringLiteral("cancel-revenue"),
        QStringLiteral("On a database whose revenue totals are behind (after a big import by obole-cli): show the "
                       "Revenue page, wait for its progress, cancel, and report how long stopping took."));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"),
        QStringLiteral("Saves the window as first shown (start.png) and a second later (settled.png) into DIR."),
        QStringLiteral("DIR"));
    parser.addOption(dbOption);
    parser.addOption(pageOption);
    parser.addOption(cancelOption);
    parser.addOption(grabOption);
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
    if (parser.isSet(grabOption)) {
        // What the user sees first, while the page on show reads its figures, then once they are in.
        const QString dir = parser.value(grabOption);
        window.grab().save(dir + QStringLiteral("/start.png"));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 1500)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        window.grab().save(dir + QStringLiteral("/settled.png"));
    }

    if (parser.isSet(cancelOption)) {
        // The Revenue page brings its totals up to date in the background, with a progress bar and Cancel.
        QElapsedTimer timer;
        timer.start();
        window.showPage(2);
        QPushButton* cancel = nullptr;
        while (timer.elapsed() < 60000) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            cancel = window.findChild<QPushButton*>(QStringLiteral("cancelUpdateButton"));
            if (cancel && cancel->isVisible())
                break;
        }
        if (!cancel || !cancel->isVisible()) {
            out << "the Revenue page showed no progress: its totals were up to date\n";
            return 1;
        }
        auto* bar = window.findChild<QProgressBar*>(QStringLiteral("updateProgressBar"));
        out << QStringLiteral("revenue update: progress shown after %1 ms\n").arg(timer.elapsed());
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 1500)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        out << QStringLiteral("revenue update: at %1 per mille after %2 ms; cancelling\n")
                   .arg(bar ? bar->value() : -1)
                   .arg(timer.elapsed());
        QElapsedTimer stopping;
        stopping.start();
        cancel->click();
        while (cancel->isVisible() && stopping.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        auto* label = window.findChild<QLabel*>(QStringLiteral("updateLabel"));
        out << QStringLiteral("revenue update: stopped %1 ms after Cancel (%2)\n")
                   .arg(stopping.elapsed())
                   .arg(label ? label->text() : QString());
        return 0;
    }

    // A switch blocks the window for as long as showPage() and the events it leaves take. What a page does later
    // (its figures read in the background arriving) shows as the longest gap between the ticks of a 5 ms timer,
    // watched for a second after each switch.
    QElapsedTimer sinceTick;
    qint64 gap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gap = std::max(gap, sinceTick.restart()); });
    qint64 worst = 0;
    qint64 longestGap = 0;
    for (int round = 0; round < 2; ++round) {
        for (int page = 0; page < window.pageCount(); ++page) {
            QElapsedTimer timer;
            timer.start();
            window.showPage(page);
            QApplication::processEvents();
            const qint64 ms = timer.elapsed();
            worst = std::max(worst, ms);
            gap = 0;
            sinceTick.start();
            ticker.start();
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 1000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            ticker.stop();
            longestGap = std::max(longestGap, gap);
            out << QStringLiteral("round %1, page %2: %3 ms, then blocked %4 ms at most\n")
                       .arg(round + 1)
                       .arg(page)
                       .arg(ms)
                       .arg(gap);
        }
    }
    out << QStringLiteral("worst page switch: %1 ms; longest block after a switch: %2 ms; resident memory %3 MiB\n")
               .arg(worst)
               .arg(longestGap)
               .arg(residentKb() / 1024);
    return 0;
}
