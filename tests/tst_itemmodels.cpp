#include "catalog/catalogstore.h"
#include "demo/demodata.h"
#include "itemmodels/importbatchmodel.h"
#include "itemmodels/pricepointmodel.h"
#include "itemmodels/roles.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestItemModels final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoData::create(*m_db, QDate(2026, 10, 31)).ok());
    }

    void pricePointModel()
    {
        PricePointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto catalog = CatalogStore(*m_db).load();
        QVERIFY(catalog.ok());
        model.setCatalog(catalog.value());
        QCOMPARE(model.rowCount(), 56);
        QCOMPARE(model.columnCount(), int(PricePointModel::ColumnCount));
        bool sawSms = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex price = model.index(row, PricePointModel::PriceColumn);
            QVERIFY(price.data(ModelRoles::RawValueRole).toLongLong() > 0);
            QVERIFY(!price.data().toString().isEmpty());
            if (model.pricePoint(row).channel == Channel::Sms)
                sawSms = true;
        }
        QVERIFY(sawSms);
        model.setCatalog({});
        QCOMPARE(model.rowCount(), 0);
    }

    void importBatchModel()
    {
        ImportBatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.reload(*m_db), QString());
        QVERIFY(model.rowCount() > 4);
        qint64 added = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            added += model.index(row, ImportBatchModel::AddedColumn).data(ModelRoles::RawValueRole).toLongLong();
        auto stmt = m_db->prepare("SELECT count(*) FROM transactions");
        QVERIFY(stmt && stmt->next().value_or(false));
        QCOMPARE(added, stmt->int64(0));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
