// Writes a generated sales log and provider statements as CSV files, with their import profiles and the counts
// reconciliation must find (truth.json). Used by tests/bench/reconcile_bench.sh.
#include "reconcilegen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates reconciliation test data as CSV files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Output folder."));
    const QCommandLineOption sales(QStringLiteral("sales"), QStringLiteral("Number of sales."), QStringLiteral("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption providers(QStringLiteral("providers"), QStringLiteral("Number of providers."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noRef(QStringLiteral("no-reference-percent"),
                                   QStringLiteral("Share of sales without reference."), QStringLiteral("PERCENT"),
                                   QStringLiteral("10"));
    const QCommandLineOption localTimes(QStringLiteral("local-times"),
                                        QStringLiteral("Write statement times in local time without an offset."));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First day, as UTC seconds."),
                                   QStringLiteral("SECONDS"), QStringLiteral("1742860800"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Number of days."), QStringLiteral("N"),
                                  QStringLiteral("220"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Start of every reference."),
                                    QStringLiteral("TEXT"), QStringLiteral("R"));
    parser.addOptions({sales, seed, providers, noRef, localTimes, start, days, prefix});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);

    ReconcileGen::Options o;
    o.sales = parser.value(sales).toLongLong();
    o.seed = parser.value(seed).toUInt();
    o.providers = parser.value(providers).toInt();
    o.noReferencePercent = parser.value(noRef).toInt();
    o.startUtc = parser.value(start).toLongLong();
    o.days = parser.value(days).toInt();
    o.referencePrefix = parser.value(prefix);
    const auto data = ReconcileGen::generate(o);
    if (auto st = ReconcileGen::writeCsv(data, parser.positionalArguments().first(), !parser.isSet(localTimes)); !st) {
        QTextStream(stderr) << st.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << ReconcileGen::truthJson(data.truth) << Qt::endl;
    return 0;
}
