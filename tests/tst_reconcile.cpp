#include "reconcile/payoutfollowup.h"
#include "reconcile/reconcilebrowser.h"
#include "reconcile/reconcileloader.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilereview.h"
#include "reconcile/reconcilestore.h"
#include "reconcilegen.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "support/importrows.h"
#include "support/testhelpers.h"

#include "demo/demodata.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> openDb(const QTemporaryDir& dir, const QString& name = QStringLiteral("r.sqlite"))
{
    auto db = Database::open(TestSupport::location(dir.filePath(name)));
    if (!db)
        qFatal("cannot open database: %s", qPrintable(db.error()));
    return std::move(db.value());
}

Reconciler::Options options(qint64 window = 600)
{
    Reconciler::Options o;
    o.windowSeconds = window;
    o.toleranceMinor = 1;
    return o;
}

ReconcileCounts summary(Database& db, const ReconcileFilter& filter = {})
{
    auto c = ReconcileStore::summary(db, filter);
    if (!c)
        qFatal("summary failed: %s", qPrintable(c.error()));
    return c.value();
}

void run(Database& db, const Reconciler::Options& o = options())
{
    auto r = Reconciler::run(db, o);
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

// Every count the contract names, side by side with the truth.
void compare(const ReconcileCounts& c, const ReconcileGen::Truth& t)
{
    QCOMPARE(c.providerRows, t.providerRows);
    QCOMPARE(c.salesRows, t.salesRows);
    QCOMPARE(c.matchedByReference, t.matchedByReference);
    QCOMPARE(c.matchedFuzzy, t.matchedFuzzy);
    QCOMPARE(c.matched, t.matched());
    QCOMPARE(c.amountMismatch, t.amountMismatch);
    QCOMPARE(c.missingAtProvider, t.missingAtProvider);
    QCOMPARE(c.missingInSalesLog, t.missingInSalesLog);
    QCOMPARE(c.duplicatesAtProvider, t.duplicatesAtProvider);
    QCOMPARE(c.providerGross, t.providerGross);
    QCOMPARE(c.salesGross, t.salesGross);
}

ReconcileGen::Data part(const ReconcileGen::Data& all, qint64 from, qint64 to)
{
    ReconcileGen::Data d;
    d.providers = all.providers;
    for (const auto& r : all.sales) {
        if (r.t >= from && r.t < to)
            d.sales.push_back(r);
    }
    for (const auto& r : all.provider) {
        if (r.t >= from && r.t < to)
            d.provider.push_back(r);
    }
    return d;
}

// The first item of an outcome, as (provider row, sale).
std::pair<qint64, qint64> firstItem(Database& db, ReconcileOutcome outcome, bool withReference = true)
{
    auto s = db.prepare(withReference
                            ? "SELECT coalesce(provider_txn_id, 0), coalesce(sales_txn_id, 0) FROM reconcile_items "
                              "WHERE outcome = ? AND ref_hash IS NOT NULL ORDER BY id LIMIT 1"
                            : "SELECT coalesce(provider_txn_id, 0), coalesce(sales_txn_id, 0) FROM reconcile_items "
                              "WHERE outcome = ? AND ref_hash IS NULL ORDER BY id LIMIT 1");
    s->bind(1, qint64(outcome));
    if (!s->next().value_or(false))
        return {0, 0};
    return {s->int64(0), s->int64(1)};
}

QList<ReconcileEntry> browseAll(Database& db, const ReconcileFilter& filter = {},
                                std::shared_ptr<const ReconcileBrowser::IdSet> only = {}, int page = 97)
{
    ReconcileBrowser browser(db, filter, std::move(only));
    QList<ReconcileEntry> out;
    while (!browser.atEnd()) {
        const qsizetype before = out.size();
        if (auto st = browser.fetch(page, out); !st)
            qFatal("browse failed: %s", qPrintable(st.error()));
        if (out.size() == before && !browser.atEnd())
            qFatal("browser made no progress");
    }
    return out;
}

// Every result, in words, sorted: what a run by shares must give as one with every row in memory does.
QStringList everyResult(Database& db)
{
    QStringList out;
    for (const ReconcileEntry& e : browseAll(db)) {
        out.append(QStringLiteral("%1 p%2 s%3 r%4 %5 %6 %7 a%8 net%9/%10 flag%11 x%12")
                       .arg(ReconcileText::outcomeName(e.outcome))
                       .arg(e.providerTxn)
                       .arg(e.salesTxn)
                       .arg(e.relatedTxn)
                       .arg(e.provider, e.channel, e.currency)
                       .arg(int(e.attribution))
                       .arg(e.providerNet.value_or(-1))
                       .arg(e.expectedNet.value_or(-1))
                       .arg(e.payoutFlag)
                       .arg(e.explained));
    }
    auto earnings = db.prepare("SELECT provider, currency, day, net_minor, rows, rows_without_net, paid_minor, "
                               "payments FROM reconcile_earnings ORDER BY provider, currency, day");
    if (!earnings)
        qFatal("earnings: %s", qPrintable(earnings.error()));
    const Status read = earnings->forEach([&] {
        QStringList fields;
        for (int c = 0; c < 8; ++c)
            fields.append(earnings->text(c));
        out.append(u"earnings "_s + fields.join(u' '));
    });
    if (!read)
        qFatal("earnings: %s", qPrintable(read.error()));
    out.sort();
    return out;
}

// Full runs, all in memory and by shares of `shareRows`, give the same results.
void compareShares(Database& db, qint64 shareRows)
{
    Reconciler::Options whole = options();
    whole.full = true;
    whole.shareRows = 0;
    auto a = Reconciler::run(db, whole);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(a->shares, 0);
    const QStringList expected = everyResult(db);
    const ReconcileCounts counts = summary(db);
    Reconciler::Options byShares = whole;
    byShares.shareRows = shareRows;
    auto b = Reconciler::run(db, byShares);
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QVERIFY2(b->shares > 1, qPrintable(QString::number(b->shares)));
    QCOMPARE(b->rowsExamined, a->rowsExamined);
    QCOMPARE(summary(db), counts);
    // Pairs are packed by periods of sale times, at least one a share: a block covers at most one such period (the page
    // reads every block overlapping what it shows, and a share's pairs are spread over the whole time).
    auto blockSpan = [&db] {
        auto s = db.prepare("SELECT coalesce(CAST(avg(last_utc - first_utc) AS INTEGER), 0) FROM reconcile_blocks");
        return s && s->next().value_or(false) ? s->int64(0) : -1;
    };
    auto sales = db.prepare("SELECT max(occurred_utc) - min(occurred_utc) FROM transactions WHERE kind = 'sales'");
    QVERIFY(sales && sales->next().value_or(false));
    const qint64 period = sales->int64(0) / b->shares + 1;
    QVERIFY2(blockSpan() <= period, qPrintable(u"%1 s > %2 s"_s.arg(blockSpan()).arg(period)));
    const QStringList got = everyResult(db);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i), expected.at(i));
}

qint64 lines(const ReconcileCounts& c)
{
    return c.matched + c.amountMismatch + c.missingAtProvider + c.missingInSalesLog + c.duplicatesAtProvider;
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generatedCounts_data()
    {
        QTest::addColumn<int>("sales");
        QTest::addColumn<int>("providers");
        QTest::addColumn<int>("noReference");
        QTest::addColumn<bool>("nameProvider");
        QTest::addColumn<uint>("seed");
        QTest::newRow("one provider") << 5000 << 1 << 10 << false << 1u;
        QTest::newRow("three providers, sales name none") << 8000 << 3 << 15 << false << 2u;
        QTest::newRow("three providers, sales name theirs") << 8000 << 3 << 15 << true << 3u;
        QTest::newRow("mostly without reference") << 4000 << 2 << 60 << false << 4u;
        QTest::newRow("every row has a reference") << 3000 << 2 << 0 << false << 5u;
        QTest::newRow("small") << 60 << 1 << 20 << false << 6u;
    }

    void generatedCounts()
    {
        QFETCH(int, sales);
        QFETCH(int, providers);
        QFETCH(int, noReference);
        QFETCH(bool, nameProvider);
        QFETCH(uint, seed);
        ReconcileGen::Options o;
        o.sales = sales;
        o.providers = providers;
        o.noReferencePercent = noReference;
        o.salesNameProvider = nameProvider;
        o.seed = seed;
        const auto data = ReconcileGen::generate(o);
        QVERIFY(data.truth.missingAtProvider > 0 || sales < 100);
        QVERIFY(data.truth.duplicatesAtProvider > 0);

        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(ReconcileGen::insert(*db, data).ok());
        auto r = Reconciler::run(*db, options());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->full);
        compare(summary(*db), data.truth);

        // Nothing new: the stored results stand and nothing is read again.
        auto again = Reconciler::run(*db, options());
        QVERIFY(again.ok());
        QVERIFY(again->upToDate);
        compare(summary(*db), data.truth);

        // Per provider, the counts add up to the whole.
        ReconcileCounts sum;
        for (const QString& p : data.providers) {
            ReconcileFilter f;
            f.provider = p;
            const ReconcileCounts c = summary(*db, f);
            sum.providerRows += c.providerRows;
            sum.salesRows += c.salesRows;
            sum.matched += c.matched;
            sum.missingAtProvider += c.missingAtProvider;
        }
        const ReconcileCounts whole = summary(*db);
        QCOMPARE(sum.providerRows, whole.providerRows);
        QCOMPARE(sum.salesRows, whole.salesRows);
        QCOMPARE(sum.matched, whole.matched);
        QCOMPARE(sum.missingAtProvider, whole.missingAtProvider);
    }

    // Reconciling after each new day's import finds what one run over everything finds.
    void incrementalEqualsFull_data()
    {
        QTest::addColumn<int>("chunks");
        QTest::addColumn<bool>("salesFirst");
        QTest::newRow("two halves") << 2 << false;
        QTest::newRow("ten parts") << 10 << false;
        QTest::newRow("forty parts") << 40 << false;
        QTest::newRow("ten parts, sales log before statements") << 10 << true;
    }

    void incrementalEqualsFull()
    {
        QFETCH(int, chunks);
        QFETCH(bool, salesFirst);
        ReconcileGen::Options o;
        o.sales = 6000;
        o.providers = 2;
        o.noReferencePercent = 20;
        o.days = 60;
        o.startUtc = 1742860800;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        auto db = openDb(dir);
        const qint64 span = qint64(o.days + 3) * 86400;
        for (int i = 0; i < chunks; ++i) {
            const qint64 from = i == 0 ? 0 : o.startUtc + span * i / chunks;
            const qint64 to =
                i == chunks - 1 ? std::numeric_limits<qint64>::max() : o.startUtc + span * (i + 1) / chunks;
            ReconcileGen::Data chunk = part(data, from, to);
            if (salesFirst) {
                // The day's sales log first, reconciled alone; the statements of the day after.
                ReconcileGen::Data sales = chunk;
                sales.provider.clear();
                chunk.sales.clear();
                QVERIFY(ReconcileGen::insert(*db, sales, QStringLiteral("sales%1").arg(i)).ok());
                auto r = Reconciler::run(*db, options());
                QVERIFY2(r.ok(), qPrintable(r.error()));
            }
            QVERIFY(ReconcileGen::insert(*db, chunk, QStringLiteral("part%1").arg(i)).ok());
            auto r = Reconciler::run(*db, options());
            QVERIFY2(r.ok(), qPrintable(r.error()));
            if (i > 0 && chunks > 2)
                QVERIFY2(!r->full, qPrintable(r->why));
        }
        compare(summary(*db), data.truth);
        Reconciler::Options full = options();
        full.full = true;
        run(*db, full);
        compare(summary(*db), data.truth);
    }

    void periodsAddUp()
    {
        ReconcileGen::Options o;
        o.sales = 4000;
        o.days = 220;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(ReconcileGen::insert(*db, data).ok());
        run(*db);
        const ReconcileCounts whole = summary(*db);
        // Month by month, in local days (DST changes included), the counts add up to the whole.
        ReconcileCounts sum;
        QDate day(2025, 3, 1);
        while (day < QDate(2025, 12, 1)) {
            const QDate nextMonth = day.addMonths(1);
            ReconcileFilter f;
            f.fromUtc = ReconcileStore::dayStartUtc(day, RevenueAggregates::timeZone(*db));
            f.toUtc = ReconcileStore::dayStartUtc(nextMonth, RevenueAggregates::timeZone(*db));
            const ReconcileCounts c = summary(*db, f);
            sum.providerRows += c.providerRows;
            sum.salesRows += c.salesRows;
            sum.matched += c.matched;
            sum.amountMismatch += c.amountMismatch;
            sum.missingAtProvider += c.missingAtProvider;
            sum.missingInSalesLog += c.missingInSalesLog;
            sum.duplicatesAtProvider += c.duplicatesAtProvider;
            sum.providerGross += c.providerGross;
            sum.salesGross += c.salesGross;
            day = nextMonth;
        }
        QCOMPARE(sum.providerRows, whole.providerRows);
        QCOMPARE(sum.salesRows, whole.salesRows);
        QCOMPARE(sum.matched, whole.matched);
        QCOMPARE(sum.amountMismatch, whole.amountMismatch);
        QCOMPARE(sum.missingAtProvider, whole.missingAtProvider);
        QCOMPARE(sum.missingInSalesLog, whole.missingInSalesLog);
        QCOMPARE(sum.duplicatesAtProvider, whole.duplicatesAtProvider);
        QCOMPARE(sum.providerGross, whole.providerGross);
        QCOMPARE(sum.salesGross, whole.salesGross);
    }

    // Decisions by hand: they change the counts, survive a re-run, a full re-run and a new import, and can be taken
    // back, which restores what the rules alone say.
    void manualDecisions()
    {
        ReconcileGen::Options o;
        o.sales = 3000;
        o.providers = 1;
        o.days = 40;
        o.discrepancyPerMille = 10;
        const auto data = ReconcileGen::generate(o);
        const qint64 cut = o.startUtc + 20 * 86400;
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(ReconcileGen::insert(*db, part(data, 0, cut), QStringLiteral("first")).ok());
        run(*db);
        const ReconcileCounts original = summary(*db);

        // Match a row missing in the sales log with a sale missing at the provider.
        const auto [lonelyProvider, none1] = firstItem(*db, ReconcileOutcome::MissingInSalesLog);
        const auto [none2, lonelySale] = firstItem(*db, ReconcileOutcome::MissingAtProvider);
        QVERIFY(lonelyProvider && lonelySale);
        Q_UNUSED(none1);
        Q_UNUSED(none2);
        auto matched = ReconcileReview::match(*db, lonelyProvider, lonelySale, QStringLiteral("same buyer"), options());
        QVERIFY2(matched.ok(), qPrintable(matched.error()));
        auto check = [&](qint64 provider, qint64 sale) {
            auto e = ReconcileStore::entryOf(*db, provider);
            QVERIFY(e.ok() && e->has_value());
            QCOMPARE((*e)->salesTxn, sale);
            QVERIFY((*e)->outcome == ReconcileOutcome::MatchedManual ||
                    (*e)->outcome == ReconcileOutcome::AmountMismatch);
        };
        check(lonelyProvider, lonelySale);
        ReconcileCounts after = summary(*db);
        QCOMPARE(after.missingInSalesLog, original.missingInSalesLog - 1);
        QCOMPARE(after.missingAtProvider, original.missingAtProvider - 1);
        QCOMPARE(after.matchedManual + after.amountMismatch, original.amountMismatch + 1);
        QCOMPARE(after.providerRows, original.providerRows);
        QCOMPARE(after.salesRows, original.salesRows);

        // Separate a pair the rules made.
        auto pairs = browseAll(*db, ReconcileFilter{{}, {}, {}, {}, {ReconcileOutcome::MatchedByReference}, false});
        QVERIFY(!pairs.isEmpty());
        const ReconcileEntry pair = pairs.at(pairs.size() / 2);
        auto separated = ReconcileReview::unmatch(*db, pair.providerTxn, pair.salesTxn, QString(), options());
        QVERIFY2(separated.ok(), qPrintable(separated.error()));
        auto lone = ReconcileStore::entryOf(*db, pair.providerTxn);
        QVERIFY(lone.ok() && lone->has_value());
        QCOMPARE((*lone)->outcome, ReconcileOutcome::MissingInSalesLog);
        const ReconcileCounts separatedCounts = summary(*db);
        QCOMPARE(separatedCounts.matchedByReference, after.matchedByReference - 1);
        QCOMPARE(separatedCounts.missingAtProvider, after.missingAtProvider + 1);

        // Explain a discrepancy.
        const auto [dupProvider, dupSale] = firstItem(*db, ReconcileOutcome::DuplicateAtProvider);
        QVERIFY(ReconcileReview::explain(*db, dupProvider, dupSale, QString()).error().size() > 0);
        auto explained = ReconcileReview::explain(*db, dupProvider, dupSale, QStringLiteral("sent twice, refunded"));
        QVERIFY2(explained.ok(), qPrintable(explained.error()));
        QCOMPARE(summary(*db).explained, 1);

        // A re-run, a full re-run, a new import: the decisions stand.
        const ReconcileCounts decided = summary(*db);
        run(*db);
        QCOMPARE(summary(*db), decided);
        Reconciler::Options full = options();
        full.full = true;
        run(*db, full);
        QCOMPARE(summary(*db), decided);
        QVERIFY(ReconcileGen::insert(*db, part(data, cut, std::numeric_limits<qint64>::max()), QStringLiteral("second"))
                    .ok());
        run(*db);
        check(lonelyProvider, lonelySale);
        QCOMPARE((*ReconcileStore::entryOf(*db, pair.providerTxn))->outcome, ReconcileOutcome::MissingInSalesLog);
        QCOMPARE(summary(*db).explained, 1);
        // Every provider row's sale, asked for all at once (as the books do for statement rates), is entryOf()'s,
        // pairs made and undone by hand included.
        {
            std::vector<qint64> providerTxns;
            auto ids = db->prepare("SELECT id FROM transactions WHERE kind = 'provider'");
            QVERIFY(ids && ids->forEach([&] { providerTxns.push_back(ids->int64(0)); }));
            QVERIFY(providerTxns.size() > 2000);
            auto partners = ReconcileStore::salesPartners(*db, providerTxns);
            QVERIFY2(partners.ok(), qPrintable(partners.error()));
            qsizetype paired = 0;
            for (const qint64 txn : providerTxns) {
                const auto entry = ReconcileStore::entryOf(*db, txn);
                QVERIFY(entry.ok());
                const qint64 sale = entry->has_value() ? (*entry)->salesTxn : 0;
                const auto found = partners->find(txn);
                QCOMPARE(found == partners->end() ? 0 : found->second, sale);
                paired += sale != 0;
            }
            QCOMPARE(qsizetype(partners->size()), paired);
            QVERIFY(partners->contains(lonelyProvider) && !partners->contains(pair.providerTxn));
        }
        run(*db, full);
        check(lonelyProvider, lonelySale);
        QCOMPARE(summary(*db).explained, 1);

        // Taken back, one by one: the rules' own results return.
        QVERIFY(ReconcileReview::reopen(*db, dupProvider, dupSale).ok());
        QCOMPARE(summary(*db).explained, 0);
        QVERIFY(!ReconcileReview::reopen(*db, dupProvider, dupSale).ok());
        QVERIFY(ReconcileReview::undo(*db, separated.value(), options()).ok());
        QCOMPARE((*ReconcileStore::entryOf(*db, pair.providerTxn))->salesTxn, pair.salesTxn);
        QVERIFY(ReconcileReview::undo(*db, matched.value(), options()).ok());
        QVERIFY(!ReconcileReview::undo(*db, matched.value(), options()).ok());
        compare(summary(*db), data.truth);
        run(*db, full);
        compare(summary(*db), data.truth);

        // The history keeps everything, with what the rows were before.
        auto history = ReconcileReview::decisionsFor(*db, lonelyProvider);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().active());
        QVERIFY(history->first().before.contains(ReconcileText::outcomeName(ReconcileOutcome::MissingInSalesLog)));

        // Wrong rows are refused with a reason.
        QVERIFY(!ReconcileReview::match(*db, lonelySale, lonelyProvider, QString(), options()).ok());
        QVERIFY(!ReconcileReview::unmatch(*db, lonelyProvider, lonelySale, QString(), options()).ok());
    }

    // Pages of results come in time order, every line once, whatever the page size and filter.
    void browsing()
    {
        ReconcileGen::Options o;
        o.sales = 5000;
        o.providers = 2;
        o.days = 30;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(ReconcileGen::insert(*db, part(data, 0, o.startUtc + 15 * 86400), QStringLiteral("a")).ok());
        run(*db);
        QVERIFY(ReconcileGen::insert(*db, part(data, o.startUtc + 15 * 86400, std::numeric_limits<qint64>::max()),
                                     QStringLiteral("b"))
                    .ok());
        run(*db);
        const ReconcileCounts c = summary(*db);
        for (int page : {1, 7, 256, 5000}) {
            const auto all = browseAll(*db, {}, {}, page);
            QCOMPARE(qint64(all.size()), lines(c));
            QSet<qint64> seen;
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (i > 0)
                    QVERIFY(all.at(i - 1).time <= all.at(i).time);
                const qint64 key = all.at(i).providerTxn ? all.at(i).providerTxn : -all.at(i).salesTxn;
                QVERIFY(!seen.contains(key));
                seen.insert(key);
            }
        }
        for (ReconcileOutcome outcome : ReconcileText::allOutcomes()) {
            ReconcileFilter f;
            f.outcomes = {outcome};
            const auto some = browseAll(*db, f);
            for (const ReconcileEntry& e : some)
                QCOMPARE(e.outcome, outcome);
            const qint64 expected = outcome == ReconcileOutcome::MatchedByReference  ? c.matchedByReference
                                    : outcome == ReconcileOutcome::MatchedFuzzy      ? c.matchedFuzzy
                                    : outcome == ReconcileOutcome::MatchedManual     ? c.matchedManual
                                    : outcome == ReconcileOutcome::AmountMismatch    ? c.amountMismatch
                                    : outcome == ReconcileOutcome::MissingAtProvider ? c.missingAtProvider
                                    : outcome == ReconcileOutcome::MissingInSalesLog ? c.missingInSalesLog
                                                                                     : c.duplicatesAtProvider;
            QCOMPARE(qint64(some.size()), expected);
        }
        ReconcileFilter period;
        period.provider = data.providers.last();
        period.fromUtc = o.startUtc + 3 * 86400;
        period.toUtc = o.startUtc + 9 * 86400 + 1234;
        const auto inPeriod = browseAll(*db, period);
        QCOMPARE(qint64(inPeriod.size()), lines(summary(*db, period)));
        for (const ReconcileEntry& e : inPeriod) {
            QVERIFY(period.acceptsTime(e.time));
            QCOMPARE(e.provider, period.provider);
        }
        // A text search's result narrows the lines to those rows.
        auto hits = ImportStore(*db).textMatches(QStringLiteral("ra-000000"));
        QVERIFY(hits.ok());
        QVERIFY(!hits->empty());
        auto only = std::make_shared<ReconcileBrowser::IdSet>(hits->begin(), hits->end());
        const auto found = browseAll(*db, {}, only);
        QVERIFY(!found.isEmpty());
        for (const ReconcileEntry& e : found)
            QVERIFY(only->count(e.providerTxn) || only->count(e.salesTxn));
    }

    void payoutFollowUp()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(db->exec("INSERT INTO providers (id, code, name, min_payout_minor, payout_currency, "
                         "payout_delay_days) VALUES (1, 'slow', 'Slow Pay', 5000, 'EUR', 30), "
                         "(2, 'small', 'Small Sums', 10000, 'EUR', 0)")
                    .ok());
        const qint64 day = 86400;
        const qint64 today = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        ReconcileGen::Data d;
        d.providers = {QStringLiteral("slow"), QStringLiteral("small")};
        auto row = [](qint64 t, const char* provider, const char* ref, qint64 gross, qint64 net) {
            ReconcileGen::Row r;
            r.t = t;
            r.provider = QString::fromLatin1(provider);
            r.channel = QStringLiteral("sms");
            r.reference = QString::fromLatin1(ref);
            r.gross = gross;
            r.net = net;
            return r;
        };
        // Slow Pay: 60 days ago 40.00, 45 days ago 30.00, 10 days ago 20.00 (not due yet); paid 50.00.
        d.provider.push_back(row(today - 60 * day, "slow", "S1", 6000, 4000));
        d.provider.push_back(row(today - 45 * day, "slow", "S2", 4500, 3000));
        d.provider.push_back(row(today - 45 * day + 60, "slow", "S2", 4500, 3000)); // a duplicate: not owed twice
        d.provider.push_back(row(today - 10 * day, "slow", "S3", 3000, 2000));
        // Small Sums: 30.00 owed, due, but under its 100.00 minimum.
        d.provider.push_back(row(today - 5 * day, "small", "M1", 4500, 3000));
        QVERIFY(ReconcileGen::insert(*db, d).ok());
        const Status paid =
            TestSupport::importRows(*db, {{"payout", "slow", "", "", today - 20 * day, 5000, {}, {}, "EUR", "P1"}});
        QVERIFY2(paid.ok(), qPrintable(paid.error()));
        run(*db);
        auto lines = PayoutFollowUp::compute(*db, QDate(2025, 6, 30));
        QVERIFY2(lines.ok(), qPrintable(lines.error()));
        QCOMPARE(lines->size(), 2);
        const PayoutFollowUp::Line slow = lines->at(0);
        QCOMPARE(slow.provider, QStringLiteral("slow"));
        QCOMPARE(slow.name, QStringLiteral("Slow Pay"));
        QCOMPARE(slow.earned, 9000);
        QCOMPARE(slow.paid, 5000);
        QCOMPARE(slow.owed, 4000);
        QCOMPARE(slow.due, 2000); // 70.00 older than 30 days, 50.00 paid
        QCOMPARE(slow.rows, 3);
        QCOMPARE(slow.state, PayoutFollowUp::State::BelowMinimum);
        // The payment covered the 40.00 of 60 days ago and 10.00 of 45 days ago: the oldest unpaid is 45 days old.
        QCOMPARE(slow.ageDays, 45);
        QCOMPARE(slow.oldestUnpaid, QDate(2025, 6, 30).addDays(-45));
        const PayoutFollowUp::Line small = lines->at(1);
        QCOMPARE(small.owed, 3000);
        QCOMPARE(small.due, 3000);
        QCOMPARE(small.state, PayoutFollowUp::State::BelowMinimum);
        QVERIFY(PayoutFollowUp::stateText(small).contains(QStringLiteral("100.00")));
        // With a lower minimum, Slow Pay's 20.00 due is expected now.
        QVERIFY(db->exec("UPDATE providers SET min_payout_minor = 1000 WHERE code = 'slow'").ok());
        QCOMPARE(PayoutFollowUp::compute(*db, QDate(2025, 6, 30))->at(0).state, PayoutFollowUp::State::Due);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
        {
            auto db = openDb(dir, QStringLiteral("cli.sqlite"));
            ReconcileGen::Options o;
            o.sales = 2000;
            o.providers = 2;
            const auto data = ReconcileGen::generate(o);
            QVERIFY(ReconcileGen::insert(*db, data).ok());
        }
        auto cli = [&](const QStringList& args, QString* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(OBOLE_CLI_PATH),
                    QStringList{QStringLiteral("--db"), TestSupport::location(path)} + args);
            p.waitForFinished(60000);
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        for (const char* key : {"provider_rows", "sales_rows", "matched", "matched_by_reference", "matched_fuzzy",
                                "amount_mismatch", "missing_at_provider", "missing_in_sales_log",
                                "duplicates_at_provider", "provider_gross_cents", "sales_gross_cents"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        QCOMPARE(json.value(QStringLiteral("matched")).toInteger(),
                 json.value(QStringLiteral("matched_by_reference")).toInteger() +
                     json.value(QStringLiteral("matched_fuzzy")).toInteger());

        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--provider"), QStringLiteral("gen-b"),
                      QStringLiteral("--from"), QStringLiteral("2025-04-01"), QStringLiteral("--to"),
                      QStringLiteral("2025-04-30"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject april = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(april.value(QStringLiteral("provider_rows")).toInteger() > 0);
        QVERIFY(april.value(QStringLiteral("provider_rows")).toInteger() <
                json.value(QStringLiteral("provider_rows")).toInteger());

        QCOMPARE(cli({QStringLiteral("reconcile")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Missing at provider")));

        // Clear refusals.
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--window"), QStringLiteral("ten")}, &out), 1);
        QVERIFY(out.contains(QStringLiteral("--window")));
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--from"), QStringLiteral("31/12/2025")}, &out), 1);
        QVERIFY(out.contains(QStringLiteral("--from")));
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--provider"), QStringLiteral("nobody")}, &out), 1);
        QVERIFY(out.contains(QStringLiteral("gen-a")));
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--profile"), QStringLiteral("x")}, &out), 1);
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("extra")}, &out), 1);
        // A narrower window finds fewer matches by amount and time.
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--window"), QStringLiteral("5"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QVERIFY(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("matched_fuzzy")).toInteger() <
                json.value(QStringLiteral("matched_fuzzy")).toInteger());
    }

    // Through the real import: statements in Windows-1252 with a decimal comma, local Paris times across both DST
    // changes, a title block and a total line; a sales log in UTC.
    void throughImport_data()
    {
        QTest::addColumn<bool>("withOffset");
        QTest::newRow("local times without offset") << false;
        QTest::newRow("local times with offset") << true;
    }

    void throughImport()
    {
        QFETCH(bool, withOffset);
        ReconcileGen::Options o;
        o.sales = 4000;
        o.providers = 2;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        QVERIFY(ReconcileGen::writeCsv(data, dir.filePath(QStringLiteral("files")), withOffset).ok());
        const QString db = dir.filePath(QStringLiteral("import.sqlite"));
        auto cli = [&](const QStringList& args, QString* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(OBOLE_CLI_PATH),
                    QStringList{QStringLiteral("--db"), TestSupport::location(db)} + args);
            p.waitForFinished(120000);
            const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            if (out)
                *out = text;
            if (p.exitCode() != 0)
                qWarning("%s", qPrintable(text));
            return p.exitCode();
        };
        const QString files = dir.filePath(QStringLiteral("files/"));
        for (const QString& provider : data.providers) {
            QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--profile-file"),
                          files + QStringLiteral("statement-%1.json").arg(provider),
                          files + QStringLiteral("statement-%1.csv").arg(provider)}),
                     0);
        }
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--profile-file"),
                      files + QStringLiteral("sales-profile.json"), files + QStringLiteral("sales.csv")}),
                 0);
        QString out;
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject got = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject truth = QJsonDocument::fromJson(ReconcileGen::truthJson(data.truth).toUtf8()).object();
        for (auto it = truth.begin(); it != truth.end(); ++it)
            QCOMPARE(got.value(it.key()).toInteger(), it.value().toInteger());

        // The import stored its rows packed as well: read from the blocks, from the table, or from both (a block
        // missing, another damaged), reconciliation gets the very same rows.
        auto opened = Database::open(TestSupport::location(db));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& database = *opened.value();
        const qint64 maxId = TestSupport::scalar(database, "SELECT max(id) FROM transactions");
        QVERIFY(TestSupport::scalar(database, "SELECT count(*) FROM transaction_blocks") >= 3);
        QCOMPARE(TestSupport::scalar(database, "SELECT sum(row_count) FROM transaction_blocks"),
                 TestSupport::scalar(database, "SELECT count(*) FROM transactions"));
        ReconcileLoader::Options lo;
        lo.products = true;
        ReconcileRows fromTable;
        QVERIFY(ReconcileLoader::loadTable(database, 0, maxId, fromTable, lo).ok());
        QCOMPARE(qint64(fromTable.sales.size() + fromTable.provider.size()), maxId);
        auto sameRows = [&](qint64 lo2, qint64 hi) {
            ReconcileRows table, packed;
            QVERIFY(ReconcileLoader::loadTable(database, lo2, hi, table, lo).ok());
            QVERIFY(ReconcileLoader::loadRange(database, lo2, hi, packed, lo).ok());
            for (auto [a, b] : {std::pair{&table.sales, &packed.sales}, std::pair{&table.provider, &packed.provider}}) {
                QCOMPARE(a->size(), b->size());
                for (size_t i = 0; i < a->size(); ++i) {
                    const ReconcileRow& x = (*a)[i];
                    const ReconcileRow& y = (*b)[i];
                    QCOMPARE(x.id, y.id);
                    QCOMPARE(x.t, y.t);
                    QCOMPARE(x.gross, y.gross);
                    QCOMPARE(x.net, y.net);
                    QCOMPARE(table.qreference(x), packed.qreference(y));
                    QCOMPARE(table.providers.qname(x.provider), packed.providers.qname(y.provider));
                    QCOMPARE(table.channels.qname(x.channel), packed.channels.qname(y.channel));
                    QCOMPARE(table.currencies.qname(x.currency), packed.currencies.qname(y.currency));
                    QCOMPARE(table.products.qname(x.product), packed.products.qname(y.product));
                }
            }
        };
        sameRows(0, maxId);
        sameRows(maxId / 3, maxId - 17); // ranges that cut through blocks
        QVERIFY(database
                    .exec("DELETE FROM transaction_blocks WHERE first_txn_id = "
                          "(SELECT min(first_txn_id) FROM transaction_blocks)")
                    .ok());
        QVERIFY(database
                    .exec("UPDATE transaction_blocks SET data = substr(data, 1, 40) WHERE first_txn_id = "
                          "(SELECT max(first_txn_id) FROM transaction_blocks)")
                    .ok());
        sameRows(0, maxId);
    }

    // The payout check: the provider's net against what the price point promised on the sale's date, the audit
    // trail telling what it was before an edit.
    void payoutCheck()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        const qint64 edit = 1746057600; // 2025-05-01: the share went from 50 % to 60 %
        QVERIFY(db->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'Site', 0);"
                         "INSERT INTO products (id, site_id, name) VALUES (1, 1, 'Pass VIP 24 h');"
                         "INSERT INTO providers (id, code, name, channels) VALUES (1, 'agg', 'Agg', 'sms');"
                         "INSERT INTO price_points (id, product_id, channel, provider_id, price_minor, payout_kind, "
                         "payout_value) VALUES (7, 1, 'sms', 1, 150, 'share', 6000);"
                         "INSERT INTO audit_log (at_utc, entity, entity_id, field, old_value, new_value) VALUES "
                         "(1746057600, 'price_point', 7, 'payout', '50.00', '60.00');")
                    .ok());
        ReconcileGen::Data d;
        d.providers = {QStringLiteral("agg")};
        auto add = [&](qint64 t, const char* ref, qint64 net) {
            ReconcileGen::Row r;
            r.t = t;
            r.provider = QStringLiteral("agg");
            r.channel = QStringLiteral("sms");
            r.reference = QString::fromLatin1(ref);
            r.product = QStringLiteral("Pass VIP 24 h");
            r.gross = 150;
            d.sales.push_back(r);
            r.t += 5;
            r.net = net;
            d.provider.push_back(r);
        };
        add(edit - 86400, "BEFORE-OK", 75); // 50 % then
        add(edit + 86400, "AFTER-OK", 90);  // 60 % now
        add(edit + 2 * 86400, "AFTER-LOW", 80);
        add(edit + 3 * 86400, "ROUNDING", 91); // within the tolerance of one cent
        QVERIFY(ReconcileGen::insert(*db, d).ok());
        run(*db);
        const ReconcileCounts c = summary(*db);
        QCOMPARE(c.matched, 4);
        QCOMPARE(c.payoutDifferences, 1);
        ReconcileFilter f;
        f.outcomes = {ReconcileOutcome::MatchedByReference};
        int flagged = 0;
        for (const ReconcileEntry& e : browseAll(*db, f)) {
            if (!e.payoutFlag)
                continue;
            ++flagged;
            QCOMPARE(*e.expectedNet, 90);
            QCOMPARE(*e.providerNet, 80);
        }
        QCOMPARE(flagged, 1);
        // A tolerance of ten cents lets it pass.
        Reconciler::Options lenient = options();
        lenient.toleranceMinor = 10;
        run(*db, lenient);
        QCOMPARE(summary(*db).payoutDifferences, 0);
    }

    // A decision names its rows by identity too: undoing an import and importing the same file again finds them.
    void decisionsSurviveReimport()
    {
        ReconcileGen::Options o;
        o.sales = 1500;
        o.providers = 1;
        o.days = 20;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        QVERIFY(ReconcileGen::writeCsv(data, dir.filePath(QStringLiteral("files")), true).ok());
        const QString path = dir.filePath(QStringLiteral("reimport.sqlite"));
        auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(OBOLE_CLI_PATH),
                    QStringList{QStringLiteral("--db"), TestSupport::location(path)} + args);
            p.waitForFinished(120000);
            if (p.exitCode() != 0)
                qWarning("%s", p.readAllStandardError().constData());
            return p.exitCode();
        };
        const QString files = dir.filePath(QStringLiteral("files/"));
        const QString provider = data.providers.first();
        const QStringList importStatement{QStringLiteral("import"), QStringLiteral("--profile-file"),
                                          files + QStringLiteral("statement-%1.json").arg(provider),
                                          files + QStringLiteral("statement-%1.csv").arg(provider)};
        QCOMPARE(cli(importStatement), 0);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--profile-file"),
                      files + QStringLiteral("sales-profile.json"), files + QStringLiteral("sales.csv")}),
                 0);
        qint64 lonelyProvider = 0, lonelySale = 0, providerBatch = 0;
        {
            auto db = Database::open(TestSupport::location(path));
            QVERIFY(db.ok());
            run(*db.value());
            lonelyProvider = firstItem(*db.value(), ReconcileOutcome::MissingInSalesLog).first;
            lonelySale = firstItem(*db.value(), ReconcileOutcome::MissingAtProvider).second;
            QVERIFY(lonelyProvider && lonelySale);
            QVERIFY(ReconcileReview::match(*db.value(), lonelyProvider, lonelySale, QStringLiteral("same"), options())
                        .ok());
            auto batch = db.value()->prepare("SELECT batch_id FROM transactions WHERE id = ?");
            batch->bind(1, lonelyProvider);
            QVERIFY(batch->next().value_or(false));
            providerBatch = batch->int64(0);
        }
        QCOMPARE(cli({QStringLiteral("batches"), QStringLiteral("undo"), QString::number(providerBatch)}), 0);
        QCOMPARE(cli(importStatement), 0);
        auto db = Database::open(TestSupport::location(path));
        QVERIFY(db.ok());
        auto again = Reconciler::run(*db.value(), options());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->full);
        // The provider row has a new id; the decision found it by identity.
        auto s = db.value()->prepare("SELECT provider_txn_id FROM reconcile_decisions WHERE action = 'match'");
        QVERIFY(s->next().value_or(false));
        const qint64 relinked = s->int64(0);
        QVERIFY(relinked != lonelyProvider);
        auto e = ReconcileStore::entryOf(*db.value(), relinked);
        QVERIFY(e.ok() && e->has_value());
        QCOMPARE((*e)->salesTxn, lonelySale);
        const ReconcileCounts c = summary(*db.value());
        QCOMPARE(c.missingInSalesLog, data.truth.missingInSalesLog - 1);
        QCOMPARE(c.missingAtProvider, data.truth.missingAtProvider - 1);
    }

    // A database larger than a share is reconciled share by share, with the results of a run with every row in
    // memory: generated data with each kind of discrepancy, sales naming their provider or not, pairs made and undone
    // by hand (one of them without a reference), and the demo, whose catalog brings the payout check.
    void byShares_data()
    {
        QTest::addColumn<bool>("salesNameProvider");
        QTest::newRow("sales name no provider") << false;
        QTest::newRow("sales name their provider") << true;
    }

    void byShares()
    {
        QFETCH(bool, salesNameProvider);
        ReconcileGen::Options o;
        o.sales = 8000;
        o.providers = 3;
        o.noReferencePercent = 20;
        o.discrepancyPerMille = 10;
        o.days = 50;
        o.salesNameProvider = salesNameProvider;
        const auto data = ReconcileGen::generate(o);
        QTemporaryDir dir;
        auto db = openDb(dir);
        const qint64 cut = o.startUtc + 40 * 86400;
        QVERIFY(ReconcileGen::insert(*db, part(data, 0, cut), QStringLiteral("first")).ok());
        run(*db);
        // More new rows than a share: a full run by shares rather than an incremental one with them all in memory.
        QVERIFY(ReconcileGen::insert(*db, part(data, cut, std::numeric_limits<qint64>::max()), QStringLiteral("second"))
                    .ok());
        Reconciler::Options small = options();
        small.shareRows = 700;
        auto more = Reconciler::run(*db, small);
        QVERIFY2(more.ok(), qPrintable(more.error()));
        QVERIFY(more->full);
        QVERIFY(more->shares > 1);
        QCOMPARE(more->why, Reconciler::tr("more new rows than fit in memory at once"));
        compare(summary(*db), data.truth);
        compareShares(*db, 700);
        compare(summary(*db), data.truth);

        // Cancelled at any stage (reading, by reference, by amount and time, writing the state), a run by shares
        // leaves the results as they were.
        const QStringList before = everyResult(*db);
        for (const int at : {1, 500, 850, 950}) {
            std::atomic<bool> stop{false};
            Reconciler::Options cancelled = options();
            cancelled.full = true;
            cancelled.shareRows = 700;
            cancelled.cancel = &stop;
            cancelled.progress = [&](int permille, const QString&) {
                if (permille >= at)
                    stop = true;
            };
            auto r = Reconciler::run(*db, cancelled);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(u"cancelled"_s), qPrintable(r.error()));
            QCOMPARE(everyResult(*db), before);
        }

        // Decisions by hand: two lonely rows matched (with and without a reference), pairs by reference and by
        // amount and time separated, a discrepancy explained.
        const auto [lonelyProvider, none1] = firstItem(*db, ReconcileOutcome::MissingInSalesLog);
        const auto [none2, lonelySale] = firstItem(*db, ReconcileOutcome::MissingAtProvider);
        const auto [lonelyCall, none3] = firstItem(*db, ReconcileOutcome::MissingInSalesLog, false);
        const auto [none4, lonelyCallSale] = firstItem(*db, ReconcileOutcome::MissingAtProvider, false);
        Q_UNUSED(none1);
        Q_UNUSED(none2);
        Q_UNUSED(none3);
        Q_UNUSED(none4);
        QVERIFY(lonelyProvider && lonelySale && lonelyCall && lonelyCallSale);
        QVERIFY(ReconcileReview::match(*db, lonelyProvider, lonelyCallSale, QString(), options()).ok());
        QVERIFY(ReconcileReview::match(*db, lonelyCall, lonelySale, QString(), options()).ok());
        for (const ReconcileOutcome outcome : {ReconcileOutcome::MatchedByReference, ReconcileOutcome::MatchedFuzzy}) {
            const auto pairs = browseAll(*db, ReconcileFilter{{}, {}, {}, {}, {outcome}, false});
            QVERIFY(pairs.size() > 10);
            const ReconcileEntry pair = pairs.at(pairs.size() / 3);
            QVERIFY(ReconcileReview::unmatch(*db, pair.providerTxn, pair.salesTxn, QString(), options()).ok());
        }
        const auto [dupProvider, dupSale] = firstItem(*db, ReconcileOutcome::DuplicateAtProvider);
        QVERIFY(ReconcileReview::explain(*db, dupProvider, dupSale, QStringLiteral("sent twice")).ok());
        compareShares(*db, 700);
        QCOMPARE(summary(*db).explained, 1);
        QCOMPARE((*ReconcileStore::entryOf(*db, lonelyCall))->salesTxn, lonelySale);
        // One share of a single row per id range, and shares of about the whole: the same again.
        compareShares(*db, 60);
        compareShares(*db, 9000);

        QTemporaryDir demoDir;
        auto demo = openDb(demoDir);
        QVERIFY(DemoData::create(*demo, QDate(2025, 6, 30)).ok());
        run(*demo);
        QVERIFY(summary(*demo).payoutDifferences >= 1);
        compareShares(*demo, 40);
    }

    void demoDatabase()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(DemoData::create(*db, QDate(2025, 6, 30)).ok());
        run(*db);
        const ReconcileCounts c = summary(*db);
        // The demo's slips: a sale the site did not log, a sale the provider did not report, a line reported twice,
        // a wrong amount, and a call reported a day late (no reference: it shows on both sides).
        QCOMPARE(c.amountMismatch, 1);
        QCOMPARE(c.duplicatesAtProvider, 1);
        QVERIFY(c.missingAtProvider == 1 || c.missingAtProvider == 2);
        QCOMPARE(c.missingInSalesLog, c.missingAtProvider);
        QCOMPARE(c.providerRows, c.matched + 1 + c.missingInSalesLog + 1);
        QCOMPARE(c.salesRows, c.matched + 1 + c.missingAtProvider);
        QVERIFY(c.matchedFuzzy > 0);
        // The wrong amount came with a net of half of it: the payout check flags it.
        QVERIFY(c.payoutDifferences >= 1);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
