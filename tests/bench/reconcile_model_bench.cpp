// How the reconciliation page's table model behaves over a large database: the time to open it, and the time of
// each page read as the view scrolls, all the way through. Run after `obole-cli reconcile` on a big database:
//   reconcile_model_bench --db FILE [--outcome KEY]
#include "itemmodels/reconcileitemmodel.h"
#include "reconcile/reconciletypes.h"
#include "storage/database.h"

#include "residentmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), QStringLiteral("Only this outcome."),
                                           QStringLiteral("KEY"));
    parser.addOptions({dbOption, outcomeOption});
    parser.process(app);
    QTextStream out(stdout);
    auto db = Database::open(parser.value(dbOption));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    ReconcileFilter filter;
    if (parser.isSet(outcomeOption)) {
        if (auto o = ReconcileText::outcomeFromKey(parser.value(outcomeOption)))
            filter.outcomes = {*o};
    }
    ReconcileItemModel model;
    QElapsedTimer t;
    t.start();
    model.setQuery(db.value().get(), filter);
    // What a view shows first: the visible rows' texts.
    for (int r = 0; r < std::min(40, model.rowCount()); ++r)
        model.data(model.index(r, ReconcileItemModel::ReferenceColumn));
    out << "first page: " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    qint64 worst = 0, total = 0, pages = 0;
    while (model.canFetchMore({})) {
        t.restart();
        model.fetchMore({});
        const int last = model.rowCount() - 1;
        model.data(model.index(last, ReconcileItemModel::ReferenceColumn));
        const qint64 ns = t.nsecsElapsed();
        worst = std::max(worst, ns);
        total += ns;
        ++pages;
    }
    out << model.rowCount() << " lines in " << pages + 1 << " pages; a page: " << (pages ? total / pages / 1e6 : 0)
        << " ms on average, " << worst / 1e6 << " ms at worst; " << residentKb() / 1024 << " MiB resident" << Qt::endl;
    return 0;
}
