#include "catalog/audittrail.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "catalog/rulechecker.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using TestSupport::scalar;

namespace {

PricePoint pointOf(const Catalog& c, qint64 product, Channel channel)
{
    for (const PricePoint& p : c.pricePoints) {
        if (p.productId == product && p.channel == channel)
            return p;
    }
    return {};
}

} // namespace

// The catalog editing service: checked edits written with their audit rows, undone and redone.
class TestCatalogEditing final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Database> demo()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_count)));
        if (!db || !DemoData::create(*db.value(), QDate::currentDate().addDays(-1)).ok())
            return {};
        return std::move(db.value());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void vatAndNetRevenue_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("share");
        QTest::addColumn<qint64>("vat");
        QTest::addColumn<qint64>("net");
        QTest::newRow("4.50 at 20 %, 60 %") << qint64(450) << 2000 << qint64(6000) << qint64(75) << qint64(195);
        QTest::newRow("1.00 at 5.5 %, 50 %") << qint64(100) << 550 << qint64(5000) << qint64(5) << qint64(45);
        QTest::newRow("half a cent rounds away") << qint64(999) << 2000 << qint64(9900) << qint64(167) << qint64(822);
        QTest::newRow("no VAT") << qint64(300) << 0 << qint64(7000) << qint64(0) << qint64(210);
        QTest::newRow("payout below the VAT") << qint64(300) << 2000 << qint64(1000) << qint64(50) << qint64(-20);
    }

    void vatAndNetRevenue()
    {
        QFETCH(qint64, price);
        QFETCH(int, rate);
        QFETCH(qint64, share);
        QFETCH(qint64, vat);
        QFETCH(qint64, net);
        PricePoint p;
        p.priceMinor = price;
        p.payoutKind = PayoutKind::Share;
        p.payoutValue = share;
        QCOMPARE(p.vatMinor(rate), vat);
        QCOMPARE(p.netRevenueMinor(rate), net);
    }

    void savingAProductKeepsItsPricePoints()
    {
        // Saving in place: the old INSERT OR REPLACE deleted the row, and the cascade took its price points.
        auto db = demo();
        QVERIFY(db);
        CatalogStore store(*db);
        auto products = store.products();
        QVERIFY(products.ok());
        Product p = products->constFirst();
        p.name = QStringLiteral("Renamed");
        QVERIFY(store.save(p).ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM price_points WHERE product_id = 1"), 7);
        auto providers = store.providers();
        Provider provider = providers->constFirst();
        provider.name = QStringLiteral("Renamed too");
        QVERIFY2(store.save(provider).ok(), "a provider used by price points can be saved");
        QCOMPARE(scalar(*db, "SELECT count(*) FROM price_points WHERE provider_id = 1"), 32);
    }

    void editUndoRedoWithAudit()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        QSignalSpy changed(&editor, &CatalogEditor::catalogChanged);
        PricePoint sms = pointOf(editor.catalog(), 1, Channel::Sms);
        QCOMPARE(sms.priceMinor, 150);

        // Above the SMS+ cap: refused, nothing written, nothing to undo.
        sms.priceMinor = 500;
        auto refused = editor.savePricePoint(sms);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("SMS+ one-off purchase")), qPrintable(refused.error()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log"), 0);
        // Inactive, the same price may be kept as a draft.
        sms.active = false;
        QVERIFY(editor.savePricePoint(sms).ok());
        QVERIFY(stack.canUndo());
        stack.undo();
        QCOMPARE(stack.count(), 1);
        stack.setIndex(0);

        sms.active = true;
        sms.priceMinor = 400;
        auto saved = editor.savePricePoint(sms);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), sms.id);
        QCOMPARE(scalar(*db, "SELECT price_minor FROM price_points WHERE id = " + QByteArray::number(sms.id)), 400);
        QCOMPARE(pointOf(editor.catalog(), 1, Channel::Sms).priceMinor, 400);
        QCOMPARE(stack.count(), 1); // the draft was dropped from the stack by the new edit
        QVERIFY(stack.undoText().contains(QStringLiteral("Horoscope")));

        stack.undo();
        QCOMPARE(scalar(*db, "SELECT price_minor FROM price_points WHERE id = " + QByteArray::number(sms.id)), 150);
        QCOMPARE(pointOf(editor.catalog(), 1, Channel::Sms).priceMinor, 150);
        stack.redo();
        QCOMPARE(scalar(*db, "SELECT price_minor FROM price_points WHERE id = " + QByteArray::number(sms.id)), 400);
        QVERIFY(changed.count() >= 5);

        auto entries = AuditTrail::entries(*db);
        QVERIFY(entries.ok());
        QStringList prices;
        for (const auto& e : entries.value()) {
            if (e.field == u"price")
                prices.append(e.action + u':' + e.oldValue.value_or(QString()) + u'>' + e.newValue.value_or(QString()));
        }
        // Newest first: redo, undo, edit; then the draft's undo and edit.
        QCOMPARE(prices, (QStringList{QStringLiteral("redo:1.50>4.00"), QStringLiteral("undo:4.00>1.50"),
                                      QStringLiteral("edit:1.50>4.00"), QStringLiteral("undo:5.00>1.50"),
                                      QStringLiteral("edit:1.50>5.00")}));
        QCOMPARE(entries->constFirst().entity, QStringLiteral("price_point"));
        QCOMPARE(entries->constFirst().entityId, sms.id);
        QVERIFY(entries->constFirst().label.contains(QStringLiteral("Horoscope")));
    }

    void savingUnchangedWritesNothing()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        QVERIFY(editor.savePricePoint(editor.catalog().pricePoints.constFirst()).ok());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log"), 0);
    }

    void deletingAProductIsUndoneWhole()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        const QByteArray before = CatalogJson::write(editor.catalog());
        QVERIFY(editor.removeProduct(2).ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM price_points WHERE product_id = 2"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM products WHERE id = 2"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE field = '*' AND new_value IS NULL"), 8);
        stack.undo();
        QCOMPARE(CatalogJson::write(editor.catalog()), before);
        stack.redo();
        QCOMPARE(editor.catalog().products.size(), 7);
        stack.undo();

        // A whole site, with its products and their price points.
        QVERIFY(editor.removeSite(2).ok());
        QCOMPARE(editor.catalog().products.size(), 4);
        QCOMPARE(editor.catalog().pricePoints.size(), 28);
        stack.undo();
        QCOMPARE(CatalogJson::write(editor.catalog()), before);
    }

    void providerInUseCannotGo()
    {
        auto db = demo();
        QVERIFY(db);
        CatalogEditor editor(*db, nullptr);
        auto st = editor.removeProvider(1);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QStringLiteral("Micropaie")), qPrintable(st.error()));
        // Nor stop serving a channel its price points use.
        Provider p = editor.catalog().providers.constFirst();
        p.channels.removeAll(Channel::Sms);
        auto saved = editor.saveProvider(p);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("Premium SMS")), qPrintable(saved.error()));
    }

    void providerTierTable()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        Provider p = editor.catalog().providers.constFirst();
        p.tiers = {{Channel::Sms, 450, PayoutKind::Amount, 270},
                   {Channel::Audiotel, 299, PayoutKind::Share, 5500},
                   {Channel::Sms, 150, PayoutKind::Amount, 85}};
        QVERIFY(editor.saveProvider(p).ok());
        const Provider stored = editor.catalog().providers.constFirst();
        QCOMPARE(stored.tiers.size(), 3);
        // Sorted by channel, then price.
        QCOMPARE(stored.tiers.at(0).channel, Channel::Audiotel);
        QCOMPARE(stored.tiers.at(1).priceMinor, 150);
        QCOMPARE(stored.tierFor(Channel::Sms, 450)->payoutValue, 270);
        QVERIFY(!stored.tierFor(Channel::Sms, 300));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM provider_payout_tiers"), 3);

        // Files carry the table and read it back the same.
        auto read = CatalogJson::read(CatalogJson::write(editor.catalog()));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == editor.catalog());

        // A line for a channel the provider does not serve, or twice the same price, is refused.
        Provider bad = stored;
        bad.tiers.append({Channel::Wallet, 100, PayoutKind::Amount, 50});
        bad.tiers.append({Channel::Sms, 450, PayoutKind::Amount, 200});
        auto refused = editor.saveProvider(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("does not serve")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("two lines")), qPrintable(refused.error()));

        stack.undo();
        QCOMPARE(scalar(*db, "SELECT count(*) FROM provider_payout_tiers"), 0);
    }

    void newRuleVersion()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        ChannelRule cap;
        for (const ChannelRule& r : editor.catalog().rules) {
            if (r.label == u"SMS+ one-off purchase")
                cap = r;
        }
        QVERIFY(cap.id);
        ChannelRule next = cap;
        next.maxMinor = 300;
        next.effectiveFrom = QDate(2030, 1, 1);
        next.source = QStringLiteral("A future code of practice");
        auto id = editor.saveRuleVersion(cap.id, next);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(stack.count(), 1);
        const RuleChecker checker(editor.catalog().rules);
        PricePoint p = pointOf(editor.catalog(), 3, Channel::Sms); // 4.50 on 8xxxx
        QCOMPARE(p.priceMinor, 450);
        QVERIFY(checker.check(p, QDate(2029, 12, 31)).ok);
        const auto later = checker.check(p, QDate(2030, 1, 1));
        QVERIFY(!later.ok);
        QStringList brokenSources;
        for (const auto& f : later.findings) {
            if (!f.respected)
                brokenSources.append(f.source);
        }
        QCOMPARE(brokenSources, QStringList{QStringLiteral("A future code of practice")});
        stack.undo();
        QCOMPARE(editor.catalog().rules.size(), 17);
        QVERIFY(RuleChecker(editor.catalog().rules).check(p, QDate(2030, 1, 1)).ok);

        // A version must start after the one it replaces.
        next.effectiveFrom = cap.effectiveFrom;
        QVERIFY(!editor.saveRuleVersion(cap.id, next).ok());
    }

    void importIsOneUndoableStep()
    {
        auto db = demo();
        QVERIFY(db);
        QUndoStack stack;
        CatalogEditor editor(*db, &stack);
        const Catalog before = editor.catalog();
        Catalog next = before;
        next.pricePoints.removeLast();
        next.products.last().name = QStringLiteral("Imported name");
        next.sites.append({3, QStringLiteral("Third site"), QStringLiteral("https://third.example"), 1700000000});
        QVERIFY(editor.replaceCatalog(next).ok());
        QVERIFY(editor.catalog() == next);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'import'"), 3);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'import' AND field = 'name' AND "
                             "new_value = 'Imported name'"),
                 1);
        stack.undo();
        QVERIFY(editor.catalog() == before);
        stack.redo();
        QVERIFY(editor.catalog() == next);
    }

    void auditCsv()
    {
        auto db = demo();
        QVERIFY(db);
        CatalogEditor editor(*db, nullptr);
        Product p = editor.catalog().products.constFirst();
        p.description = QStringLiteral("Read once, \"premium\", monthly");
        QVERIFY(editor.saveProduct(p).ok());
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        auto rows = AuditTrail::exportCsv(*db, path);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows.value(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("at_utc,action,entity,entity_id,entity_label,field,old_value,new_value\r"));
        const QByteArray expected = ",edit,product,1,Horoscope détaillé du mois,description,\"Premium article, read "
                                    "once\",\"Read once, \"\"premium\"\", monthly\"\r";
        QVERIFY2(lines.at(1).endsWith(expected), lines.at(1).constData());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,"))
                    .match(QString::fromUtf8(lines.at(1)))
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCatalogEditing)
#include "tst_catalogediting.moc"
