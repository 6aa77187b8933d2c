#include "catalog/catalogstore.h"
#include "demo/demodata.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/channelrulefiltermodel.h"
#include "itemmodels/channelrulemodel.h"
#include "itemmodels/pricematrixfiltermodel.h"
#include "itemmodels/pricematrixmodel.h"
#include "itemmodels/productmodel.h"
#include "itemmodels/providermodel.h"
#include "itemmodels/sitemodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
int rowOf(const PriceMatrixModel& model, const QString& product)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.product(row).name == product)
            return row;
    }
    return -1;
}
} // namespace

class TestPriceMatrix final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
    const QDate m_day{2026, 10, 31};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoData::create(*m_db, m_day).ok());
        auto catalog = CatalogStore(*m_db).load();
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void shapeAndHeaders()
    {
        PriceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog, m_day);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(int(PriceMatrixModel::ColumnCount), 1 + int(Channels::all().size()));
        // The seven channels across, in their usual order.
        for (int i = 0; i < Channels::all().size(); ++i) {
            const Channel c = Channels::all().at(i);
            QCOMPARE(PriceMatrixModel::columnOf(c), PriceMatrixModel::FirstChannelColumn + i);
            QCOMPARE(PriceMatrixModel::channelAt(PriceMatrixModel::FirstChannelColumn + i), c);
            QCOMPARE(model.headerData(PriceMatrixModel::columnOf(c), Qt::Horizontal).toString(),
                     PriceMatrixModel::shortName(c));
        }
        QCOMPARE(model.headerData(PriceMatrixModel::ProductColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Product"));
        // The demo respects every rule and offers every product on every channel.
        QCOMPARE(model.countWithStatus(PriceMatrixModel::RespectsRules), 56);
        QCOMPARE(model.countWithStatus(PriceMatrixModel::Missing), 0);
        model.setCatalog({});
        QCOMPARE(model.rowCount(), 0);
    }

    void cellValues_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("payout");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<QString>("text");

        // 1.50 on SMS+ 8xxxx at 60 %: receives 0.90; VAT in 1.50 at 20 % is 0.25; net 0.65.
        QTest::newRow("sms") << QStringLiteral("Horoscope détaillé du mois") << Channel::Sms << qint64(150)
                             << qint64(90) << qint64(65) << QStringLiteral("1.50€\nreceives 0.90€\nnet 0.65€");
        // 0.80 a minute for an expected 4-minute call: the buyer pays 3.20, 55 % is 1.76, VAT 0.53, net 1.23.
        QTest::newRow("audiotel per minute")
            << QStringLiteral("Pass VIP 24 h") << Channel::Audiotel << qint64(80) << qint64(176) << qint64(123)
            << QStringLiteral("0.80€/min\nreceives 1.76€\nnet 1.23€");
        // 14.99 on Internet+ at 80 %: 11.99 (11.992), VAT 2.50 (2.498), net 9.49.
        QTest::newRow("internet+") << QStringLiteral("Pass saison 30 jours") << Channel::InternetPlus << qint64(1499)
                                   << qint64(1199) << qint64(949)
                                   << QStringLiteral("14.99€\nreceives 11.99€\nnet 9.49€");
        // 1.00 on a 7xxxx short code (the 100 gemmes): 0.60, VAT 0.17, net 0.43.
        QTest::newRow("sms 7xxxx") << QStringLiteral("100 gemmes") << Channel::Sms << qint64(100) << qint64(60)
                                   << qint64(43) << QStringLiteral("1.00€\nreceives 0.60€\nnet 0.43€");
        // Crypto at 9.99 and 99 %: 9.89, VAT 1.67 (1.665), net 8.22.
        QTest::newRow("crypto") << QStringLiteral("Pack 5 questions") << Channel::Crypto << qint64(999) << qint64(989)
                                << qint64(822) << QStringLiteral("9.99€\nreceives 9.89€\nnet 8.22€");
    }

    void cellValues()
    {
        QFETCH(QString, product);
        QFETCH(Channel, channel);
        QFETCH(qint64, price);
        QFETCH(qint64, payout);
        QFETCH(qint64, net);
        QFETCH(QString, text);
        PriceMatrixModel model;
        model.setCatalog(m_catalog, m_day);
        const int row = rowOf(model, product);
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, PriceMatrixModel::columnOf(channel));
        QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), price);
        QCOMPARE(cell.data(PriceMatrixModel::PayoutRole).toLongLong(), payout);
        QCOMPARE(cell.data(PriceMatrixModel::NetRevenueRole).toLongLong(), net);
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::RespectsRules));
        QCOMPARE(cell.data(PriceMatrixModel::PricePointIdsRole).value<QList<qint64>>().size(), 1);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("net revenue")));
        QCOMPARE(model.index(row, PriceMatrixModel::ProductColumn).data().toString(), product);
    }

    void brokenMissingAndInactiveCells()
    {
        Catalog c = m_catalog;
        PriceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int smsColumn = PriceMatrixModel::columnOf(Channel::Sms);
        const int walletColumn = PriceMatrixModel::columnOf(Channel::Wallet);
        const int cryptoColumn = PriceMatrixModel::columnOf(Channel::Crypto);
        for (qsizetype i = c.pricePoints.size() - 1; i >= 0; --i) {
            PricePoint& p = c.pricePoints[i];
            if (p.productId != 1)
                continue;
            if (p.channel == Channel::Sms)
                p.priceMinor = 500; // above the SMS+ cap
            else if (p.channel == Channel::Wallet)
                c.pricePoints.removeAt(i);
            else if (p.channel == Channel::Crypto)
                p.active = false;
        }
        model.setCatalog(c, m_day);
        const int row = rowOf(model, QStringLiteral("Horoscope détaillé du mois"));
        const QModelIndex broken = model.index(row, smsColumn);
        QCOMPARE(broken.data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::BreaksRule));
        const QStringList messages = broken.data(PriceMatrixModel::RuleMessagesRole).toStringList();
        QVERIFY2(messages.join(u'\n').contains(QStringLiteral("SMS+ one-off purchase")),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(broken.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("breaks a rule")));
        const QModelIndex missing = model.index(row, walletColumn);
        QCOMPARE(missing.data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::Missing));
        QCOMPARE(missing.data().toString(), QStringLiteral("Not offered"));
        QVERIFY(!missing.data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!model.primaryPricePoint(row, walletColumn).has_value());
        QCOMPARE(model.index(row, cryptoColumn).data(PriceMatrixModel::CellStatusRole).toInt(),
                 int(PriceMatrixModel::Inactive));
        QCOMPARE(model.countWithStatus(PriceMatrixModel::BreaksRule), 1);
        QCOMPARE(model.countWithStatus(PriceMatrixModel::Missing), 1);

        // A second, active price point in a cell becomes the primary one over an inactive one.
        PricePoint extra = c.pricePoints.constFirst();
        for (const PricePoint& p : c.pricePoints) {
            if (p.productId == 1 && p.channel == Channel::Crypto)
                extra = p;
        }
        extra.id = 1000;
        extra.active = true;
        extra.priceMinor = 1234;
        c.pricePoints.append(extra);
        model.setCatalog(c, m_day);
        QCOMPARE(model.pricePoints(row, cryptoColumn).size(), 2);
        QCOMPARE(model.primaryPricePoint(row, cryptoColumn)->id, 1000);
        QCOMPARE(model.index(row, cryptoColumn).data(PriceMatrixModel::CellStatusRole).toInt(),
                 int(PriceMatrixModel::RespectsRules));
        QVERIFY(model.index(row, cryptoColumn).data().toString().contains(QStringLiteral("+1 more")));
    }

    void ruleCheckedAtTheDate()
    {
        // Before the PSD2 caps applied, 90 euros on Internet+ broke no rule; after, it does.
        Catalog c = m_catalog;
        for (PricePoint& p : c.pricePoints) {
            if (p.productId == 1 && p.channel == Channel::InternetPlus)
                p.priceMinor = 9000;
        }
        PriceMatrixModel model;
        model.setCatalog(c, QDate(2017, 6, 1));
        const QModelIndex cell = model.index(0, PriceMatrixModel::columnOf(Channel::InternetPlus));
        QCOMPARE(cell.data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::RespectsRules));
        model.setCatalog(c, m_day);
        QCOMPARE(model.index(0, PriceMatrixModel::columnOf(Channel::InternetPlus))
                     .data(PriceMatrixModel::CellStatusRole)
                     .toInt(),
                 int(PriceMatrixModel::BreaksRule));
    }

    void filterModel()
    {
        PriceMatrixModel model;
        PriceMatrixFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Catalog c = m_catalog;
        model.setCatalog(c, m_day);
        QCOMPARE(proxy.rowCount(), 8);
        proxy.setSiteId(2);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setNameFilter(QStringLiteral("GEMMES"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSiteId(0);
        proxy.setNameFilter({});
        proxy.setProblemsOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        c.pricePoints.removeLast(); // the last product's wallet price point
        model.setCatalog(c, m_day);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), c.products.constLast().name);
        proxy.setProblemsOnly(false);
        proxy.sort(PriceMatrixModel::ProductColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("100 gemmes"));
    }

    void entityModels()
    {
        SiteModel sites;
        ProductModel products;
        ProviderModel providers;
        ChannelRuleModel rules;
        ChannelRuleFilterModel ruleFilter;
        ruleFilter.setSourceModel(&rules);
        QAbstractItemModelTester t1(&sites, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&products, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&providers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&ruleFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sites.setCatalog(m_catalog);
        products.setCatalog(m_catalog);
        providers.setCatalog(m_catalog);
        rules.setCatalog(m_catalog);
        QCOMPARE(sites.rowCount(), 2);
        QCOMPARE(sites.columnCount(), int(SiteModel::ColumnCount));
        QCOMPARE(sites.index(0, SiteModel::ProductsColumn).data(ModelRoles::RawValueRole).toInt(), 4);
        QCOMPARE(products.rowCount(), 8);
        QCOMPARE(products.columnCount(), int(ProductModel::ColumnCount));
        QCOMPARE(products.index(0, ProductModel::PricePointsColumn).data(ModelRoles::RawValueRole).toInt(), 7);
        QCOMPARE(products.index(0, ProductModel::VatRateColumn).data().toString(), QStringLiteral("20.00 %"));
        QCOMPARE(products.index(0, ProductModel::SiteColumn).data().toString(), m_catalog.sites.constFirst().name);
        QCOMPARE(providers.rowCount(), 4);
        QCOMPARE(providers.index(0, ProviderModel::MinPayoutColumn).data().toString(), QStringLiteral("50.00€"));
        QVERIFY(providers.index(0, ProviderModel::DelayColumn).data().toString().startsWith(QStringLiteral("45 day")));
        QCOMPARE(providers.rowOfId(3), 2);
        QVERIFY(rules.rowCount() >= 17);

        // France's rules are all in force today; none was before the numbering plan.
        rules.setReferenceDate(m_day);
        ruleFilter.setInForceOnly(true);
        QCOMPARE(ruleFilter.rowCount(), rules.rowCount());
        rules.setReferenceDate(QDate(2010, 1, 1));
        ruleFilter.invalidate();
        QCOMPARE(ruleFilter.rowCount(), 0);
        QCOMPARE(rules.index(0, ChannelRuleModel::StatusColumn).data().toString(), QStringLiteral("Not yet in force"));
        ruleFilter.setInForceOnly(false);
        ruleFilter.setChannel(Channel::Sms);
        QCOMPARE(ruleFilter.rowCount(), 7);
        ruleFilter.setCountry(QStringLiteral("DE"));
        QCOMPARE(ruleFilter.rowCount(), 0);

        int sms8 = -1;
        for (int row = 0; row < rules.rowCount(); ++row) {
            if (rules.rule(row).label == u"SMS+ short code 8xxxx")
                sms8 = row;
        }
        QVERIFY(sms8 >= 0);
        QCOMPARE(rules.index(sms8, ChannelRuleModel::AppliesToColumn).data().toString(),
                 QStringLiteral("short codes 8xxxx, one-off purchase"));
        QVERIFY(rules.index(sms8, ChannelRuleModel::LimitsColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("allowed prices 1.00€, 1.50€")));
    }

    void auditModelPages()
    {
        // Audit rows come from real edits elsewhere; here the paging over a filled table.
        auto stmt =
            m_db->prepare("INSERT INTO audit_log (at_utc, action, entity, entity_id, entity_label, field, "
                          "old_value, new_value) VALUES (?, 'edit', 'price_point', ?, 'P', 'price', '1.00', ?)");
        QVERIFY(stmt.ok());
        for (int i = 0; i < 23; ++i) {
            stmt->bind(1, qint64(1700000000 + i)).bind(2, qint64(i)).bind(3, QString::number(i));
            QVERIFY(stmt->run().ok());
        }
        AuditLogModel model;
        QCOMPARE(model.reload(m_db.get(), 10), QString());
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 23);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches pages itself when it starts, so it is attached once the first page is read.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first.
        QCOMPARE(model.index(0, AuditLogModel::NewValueColumn).data().toString(), QStringLiteral("22"));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Edit"));
        QCOMPARE(model.index(0, AuditLogModel::RecordColumn).data().toString(), QStringLiteral("Price point P"));
        QCOMPARE(model.index(22, AuditLogModel::OldValueColumn).data().toString(), QStringLiteral("1.00"));
        QVERIFY(m_db->exec("DELETE FROM audit_log").ok());
        QCOMPARE(model.reload(m_db.get()), QString());
        QCOMPARE(model.rowCount(), 0);
    }

    // The audit trail reads as the pages do: field names in words, channels by name, yes or no, decimals in the
    // locale; the tooltips keep what the catalog file says.
    void auditValuesAreShownInWords()
    {
        auto stmt = m_db->prepare("INSERT INTO audit_log (at_utc, action, entity, entity_id, entity_label, field, "
                                  "old_value, new_value) VALUES (?, 'edit', 'price_point', 1, 'P', ?, ?, ?)");
        QVERIFY(stmt.ok());
        const QList<std::array<const char*, 3>> rows = {
            {"price", "4.50", "1234.00"},       {"channel", "sms", "audiotel"}, {"active", "true", "false"},
            {"payout_kind", "share", "amount"}, {"payout", "70.5%", "2.99"},    {"keyword", "share", "VIP"}};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            stmt->bind(1, qint64(1700000000 + i))
                .bind(2, QString::fromUtf8(rows[i][0]))
                .bind(3, QString::fromUtf8(rows[i][1]))
                .bind(4, QString::fromUtf8(rows[i][2]));
            QVERIFY(stmt->run().ok());
        }
        AuditLogModel model;
        QCOMPARE(model.reload(m_db.get()), QString());
        QCOMPARE(model.rowCount(), 6);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first: the keyword is the first row.
        QCOMPARE(cell(0, AuditLogModel::OldValueColumn), QStringLiteral("share")); // a keyword is not a word to say
        QCOMPARE(cell(0, AuditLogModel::FieldColumn), QStringLiteral("Keyword"));
        QCOMPARE(cell(1, AuditLogModel::OldValueColumn), QStringLiteral("70,5\u00a0%"));
        QCOMPARE(cell(1, AuditLogModel::NewValueColumn), QStringLiteral("2,99"));
        QCOMPARE(cell(2, AuditLogModel::OldValueColumn), QStringLiteral("share of the buyer price"));
        QCOMPARE(cell(2, AuditLogModel::FieldColumn), QStringLiteral("Payout kind"));
        QCOMPARE(cell(3, AuditLogModel::OldValueColumn), QStringLiteral("yes"));
        QCOMPARE(cell(3, AuditLogModel::NewValueColumn), QStringLiteral("no"));
        QCOMPARE(cell(4, AuditLogModel::OldValueColumn), Channels::displayName(Channel::Sms));
        QCOMPARE(cell(4, AuditLogModel::NewValueColumn), Channels::displayName(Channel::Audiotel));
        QCOMPARE(cell(5, AuditLogModel::FieldColumn), QStringLiteral("Price"));
        QCOMPARE(cell(5, AuditLogModel::OldValueColumn), QStringLiteral("4,50"));
        QCOMPARE(cell(5, AuditLogModel::NewValueColumn), QStringLiteral("1\u202f234,00"));
        QCOMPARE(model.index(5, AuditLogModel::NewValueColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("1234.00"));
        QCOMPARE(model.index(5, AuditLogModel::FieldColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("price"));
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_db->exec("DELETE FROM audit_log").ok());
    }
};

QTEST_GUILESS_MAIN(TestPriceMatrix)
#include "tst_pricematrix.moc"
