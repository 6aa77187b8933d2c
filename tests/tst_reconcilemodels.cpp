#include "itemmodels/payoutfollowupmodel.h"
#include "itemmodels/reconcileitemmodel.h"
#include "itemmodels/roles.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilereview.h"
#include "reconcilegen.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestReconcileModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ReconcileGen::Options o;
        o.sales = 3000;
        o.providers = 2;
        o.days = 40;
        m_data = ReconcileGen::generate(o);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("models.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(ReconcileGen::insert(*m_db, m_data).ok());
        Reconciler::Options ro;
        QVERIFY(Reconciler::run(*m_db, ro).ok());
    }

    // The lines model under the tester while it fetches page after page, changes filter and reloads.
    void linesModel()
    {
        ReconcileItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setQuery(m_db.get(), {});
        // Lazy: a page or a few (the tester fetches too), far from all.
        QVERIFY(model.rowCount() >= ReconcileItemModel::pageSize());
        QVERIFY(model.rowCount() <= 4 * ReconcileItemModel::pageSize());
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        const qint64 all = m_data.truth.matched() + m_data.truth.amountMismatch + m_data.truth.missingAtProvider +
                           m_data.truth.missingInSalesLog + m_data.truth.duplicatesAtProvider;
        QCOMPARE(qint64(model.rowCount()), all);
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(
                model.data(model.index(r - 1, ReconcileItemModel::TimeColumn), ModelRoles::RawValueRole).toLongLong() <=
                model.data(model.index(r, ReconcileItemModel::TimeColumn), ModelRoles::RawValueRole).toLongLong());
        }

        ReconcileFilter discrepancies;
        discrepancies.outcomes = {ReconcileOutcome::AmountMismatch, ReconcileOutcome::MissingAtProvider,
                                  ReconcileOutcome::MissingInSalesLog, ReconcileOutcome::DuplicateAtProvider};
        model.setQuery(m_db.get(), discrepancies);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), m_data.truth.amountMismatch + m_data.truth.missingAtProvider +
                                               m_data.truth.missingInSalesLog + m_data.truth.duplicatesAtProvider);
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(model.data(model.index(r, 0), ReconcileItemModel::OpenRole).toBool());
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(model.data(model.index(r, c)).isValid());
        }

        // A mismatch shows both amounts and their difference, right-aligned; raw values in minor units.
        int mismatch = -1;
        for (int r = 0; r < model.rowCount() && mismatch < 0; ++r) {
            if (model.line(r).entry.outcome == ReconcileOutcome::AmountMismatch)
                mismatch = r;
        }
        QVERIFY(mismatch >= 0);
        const ReconcileEntry& e = model.line(mismatch).entry;
        QCOMPARE(model.data(model.index(mismatch, ReconcileItemModel::DifferenceColumn), ModelRoles::RawValueRole)
                     .toLongLong(),
                 *e.providerGross - *e.salesGross);
        QCOMPARE(
            model.data(model.index(mismatch, ReconcileItemModel::SalesAmountColumn), Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(model.data(model.index(mismatch, ReconcileItemModel::ProviderAmountColumn)).toString().contains(u'€'));

        // A decision, then a reload: the view keeps as many lines as it had.
        QVERIFY(ReconcileReview::explain(*m_db, e.providerTxn, e.salesTxn, QStringLiteral("price changed")).ok());
        const int before = model.rowCount();
        model.reload();
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(model.rowOf(e.providerTxn), mismatch);
        QVERIFY(!model.data(model.index(mismatch, 0), ReconcileItemModel::OpenRole).toBool());
        QVERIFY(model.data(model.index(mismatch, ReconcileItemModel::OutcomeColumn))
                    .toString()
                    .contains(QStringLiteral("explained")));

        model.setQuery(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
    }

    // Times are shown in the books' time zone, as the periods are read in it, whatever the computer's.
    void timesInTheBooksZone()
    {
        QVERIFY(RevenueAggregates::setTimeZone(*m_db, QTimeZone("Asia/Tokyo")).ok());
        const auto restore =
            qScopeGuard([this] { (void)RevenueAggregates::setTimeZone(*m_db, QTimeZone("Europe/Paris")); });
        ReconcileItemModel model;
        model.setQuery(m_db.get(), {});
        QVERIFY(model.rowCount() > 0);
        const qint64 utc =
            model.data(model.index(0, ReconcileItemModel::TimeColumn), ModelRoles::RawValueRole).toLongLong();
        const QDateTime tokyo = QDateTime::fromSecsSinceEpoch(utc, QTimeZone("Asia/Tokyo"));
        const QString shown = model.data(model.index(0, ReconcileItemModel::TimeColumn)).toString();
        QCOMPARE(shown, QLocale().toString(tokyo.date(), QLocale::ShortFormat) + u' ' +
                            tokyo.time().toString(QStringLiteral("HH:mm:ss")));
    }

    void payoutModel()
    {
        PayoutFollowUpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_db.get()).isEmpty());
        QCOMPARE(model.rowCount(), m_data.providers.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(model.line(r).earned > 0);
            QCOMPARE(
                model.data(model.index(r, PayoutFollowUpModel::EarnedColumn), ModelRoles::RawValueRole).toLongLong(),
                model.line(r).earned);
            QVERIFY(!model.data(model.index(r, PayoutFollowUpModel::StateColumn)).toString().isEmpty());
        }
        QVERIFY(model.reload(nullptr).isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReconcileGen::Data m_data;
};

QTEST_GUILESS_MAIN(TestReconcileModels)
#include "tst_reconcilemodels.moc"
