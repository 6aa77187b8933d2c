#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "catalog/channelruletext.h"
#include "catalog/rulechecker.h"
#include "demo/demodata.h"
#include "money/money.h"
#include "storage/database.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(PricePoint)

namespace {
PricePoint make(Channel channel, qint64 price, const QString& number = {}, Billing billing = Billing::OneOff)
{
    PricePoint p;
    p.channel = channel;
    p.priceMinor = price;
    p.serviceNumber = number;
    p.billing = billing;
    p.payoutKind = PayoutKind::Share;
    p.payoutValue = 5000;
    if (channel == Channel::Sms)
        p.keyword = QStringLiteral("GO");
    return p;
}
} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<ChannelRule> m_rules;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(QStringLiteral("rules.sqlite")));
        QVERIFY(db.ok());
        auto rules = CatalogStore(*db.value()).rules();
        QVERIFY(rules.ok());
        m_rules = rules.value();
    }

    void rules_data()
    {
        QTest::addColumn<PricePoint>("point");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("audiotel 089 per call at cap")
            << make(Channel::Audiotel, 300, QStringLiteral("0899 12 34 56"), Billing::PerCall) << true
            << QStringLiteral("089x numbers, per call");
        QTest::newRow("audiotel 089 per call one cent over")
            << make(Channel::Audiotel, 301, QStringLiteral("0899123456"), Billing::PerCall) << false
            << QStringLiteral("3.01");
        QTest::newRow("audiotel 089 per minute at cap")
            << make(Channel::Audiotel, 80, QStringLiteral("0899123456"), Billing::PerMinute) << true
            << QStringLiteral("per minute");
        QTest::newRow("audiotel 089 per minute over")
            << make(Channel::Audiotel, 81, QStringLiteral("0899123456"), Billing::PerMinute) << false
            << QStringLiteral("0.81");
        QTest::newRow("audiotel 082 per minute at cap")
            << make(Channel::Audiotel, 20, QStringLiteral("0825 00 00 00"), Billing::PerMinute) << true
            << QStringLiteral("082x");
        QTest::newRow("audiotel 082 per minute over")
            << make(Channel::Audiotel, 21, QStringLiteral("0825000000"), Billing::PerMinute) << false
            << QStringLiteral("082x");
        QTest::newRow("audiotel 081 per call at cap")
            << make(Channel::Audiotel, 15, QStringLiteral("0810000000"), Billing::PerCall) << true
            << QStringLiteral("081x");
        QTest::newRow("audiotel 081 per call over")
            << make(Channel::Audiotel, 16, QStringLiteral("0810000000"), Billing::PerCall) << false
            << QStringLiteral("081x");
        QTest::newRow("audiotel unknown range")
            << make(Channel::Audiotel, 10, QStringLiteral("0612345678"), Billing::PerCall) << false
            << QStringLiteral("081, 082 or 089");
        QTest::newRow("sms 8xxxx at 4.50")
            << make(Channel::Sms, 450, QStringLiteral("81234")) << true << QStringLiteral("SMS+ short code 8xxxx");
        QTest::newRow("sms 8xxxx at 5.00")
            << make(Channel::Sms, 500, QStringLiteral("81234")) << false << QStringLiteral("SMS+ one-off purchase");
        QTest::newRow("sms 8xxxx not a tier") << make(Channel::Sms, 175, QStringLiteral("81234")) << false
                                              << QStringLiteral("not one of the allowed prices");
        QTest::newRow("sms wrong tier for 7xxxx")
            << make(Channel::Sms, 150, QStringLiteral("71010")) << false << QStringLiteral("SMS+ short code 7xxxx");
        QTest::newRow("sms 7xxxx tier") << make(Channel::Sms, 100, QStringLiteral("71010")) << true
                                        << QStringLiteral("7xxxx");
        QTest::newRow("internet+ at 50") << make(Channel::InternetPlus, 5000) << true << QStringLiteral("PSD2");
        QTest::newRow("internet+ one cent over")
            << make(Channel::InternetPlus, 5001) << false << QStringLiteral("above the cap");
        QTest::newRow("carrier at 50") << make(Channel::CarrierBilling, 5000) << true << QStringLiteral("PSD2");
        QTest::newRow("carrier over") << make(Channel::CarrierBilling, 5001) << false
                                      << QStringLiteral("above the cap");
        QTest::newRow("prepaid at 50") << make(Channel::PrepaidCard, 5000) << true
                                       << QStringLiteral("without a buyer account");
        QTest::newRow("prepaid over") << make(Channel::PrepaidCard, 5001) << false << QStringLiteral("above the cap");
        QTest::newRow("wallet at 30") << make(Channel::Wallet, 3000) << true << QStringLiteral("Low-value");
        QTest::newRow("wallet over") << make(Channel::Wallet, 3001) << false << QStringLiteral("above the cap");
        QTest::newRow("crypto free price") << make(Channel::Crypto, 123456) << true << QString();
        PricePoint topUp = make(Channel::Wallet, 100);
        topUp.topUps = {15000, 15001};
        QTest::newRow("wallet top-up over stored cap") << topUp << false << QStringLiteral("150.01");
    }

    void rules()
    {
        QFETCH(PricePoint, point);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        const RuleChecker checker(m_rules);
        const auto verdict = checker.check(point, QDate(2026, 6, 1));
        QStringList messages;
        for (const auto& f : verdict.findings)
            messages.append(f.message);
        const QString all = messages.join(u'\n');
        QVERIFY2(verdict.ok == ok, qPrintable(all));
        if (!mentions.isEmpty())
            QVERIFY2(all.contains(mentions), qPrintable(all));
    }

    // In French, the seeded rules read in French and their amounts as the locale writes them.
    void rulesReadInFrench()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/obole_fr.qm")));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        QCOMPARE(ChannelRuleText::label(QStringLiteral("089x numbers, per call")).contains(u"089x"), true);
        QVERIFY(ChannelRuleText::label(QStringLiteral("089x numbers, per call")) !=
                QStringLiteral("089x numbers, per call"));
        QCOMPARE(ChannelRuleText::label(QStringLiteral("My own rule")), QStringLiteral("My own rule"));
        QCOMPARE(Money(450, QStringLiteral("EUR")).toString(QLocale()), QStringLiteral("4,50\u00a0€"));
    }

    void monthlyPurchases()
    {
        const RuleChecker checker(m_rules);
        const auto verdict = checker.check(make(Channel::InternetPlus, 499), QDate(2026, 6, 1));
        QVERIFY(verdict.purchasesPerMonth.has_value());
        QCOMPARE(*verdict.purchasesPerMonth, 60); // 300.00 / 4.99
    }

    void ruleNotYetInForce()
    {
        const RuleChecker checker(m_rules);
        // Before the PSD2 rule applied there was no cap to break.
        QVERIFY(checker.check(make(Channel::InternetPlus, 9000), QDate(2017, 1, 1)).ok);
    }

    void jsonRoundTrip()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(DemoData::create(*db.value(), QDate(2026, 10, 31)).ok());
        auto catalog = CatalogStore(*db.value()).load();
        QVERIFY(catalog.ok());
        const QByteArray json = CatalogJson::write(catalog.value());
        auto read = CatalogJson::read(json);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == catalog.value());

        auto other = Database::open(m_dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(other.ok());
        QVERIFY(CatalogStore(*other.value()).replace(read.value()).ok());
        auto copied = CatalogStore(*other.value()).load();
        QVERIFY(copied.ok());
        QCOMPARE(CatalogJson::write(copied.value()), json);
    }

    void badFileListsEveryProblem()
    {
        const QByteArray bad = R"({
          "format": "obole-catalog", "version": 1,
          "sites": [{"id": 1, "name": "Site"}],
          "products": [{"id": 1, "site": 9, "name": "P"}, {"id": 1, "site": 1, "name": "Twice"}],
          "providers": [{"id": 1, "code": "agg", "name": "Agg", "channels": ["sms", "telepathy"]}],
          "rules": [],
          "price_points": [{"id": 1, "product": 1, "provider": 1, "channel": "sms", "price": "1,2,3"},
                           {"id": 2, "product": 1, "provider": 7, "channel": "sms", "price": "5.00",
                            "payout_kind": "share", "payout": "60.00", "service_number": "81234", "keyword": "GO"}]
        })";
        auto read = CatalogJson::read(bad);
        QVERIFY(!read.ok());
        const QString e = read.error();
        QVERIFY2(e.contains(QStringLiteral("Product 1, Site (products[0].site): no site has the id 9")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("(products[1].id): 1 is used twice")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("providers[0].channels[1]")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("price_points[0].price")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("(price_points[0].payout): missing")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("(price_points[1].provider): no provider has the id 7")), qPrintable(e));
        QVERIFY(e.count(u'\n') >= 5);
    }

    void invalidJsonNamesTheLine()
    {
        auto read = CatalogJson::read("{\n  \"format\": \"obole-catalog\",\n  \"sites\": [,]\n}");
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("line 3")), qPrintable(read.error()));
    }

    void activePointBreakingRuleIsRefused()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db.ok());
        auto catalog = CatalogStore(*db.value()).load();
        QVERIFY(catalog.ok());
        Catalog c = catalog.value();
        for (PricePoint& p : c.pricePoints) {
            if (p.channel == Channel::Sms) {
                p.priceMinor = 500;
                break;
            }
        }
        auto read = CatalogJson::read(CatalogJson::write(c));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("SMS+ one-off purchase")), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
