// End to end, with the real interpreters: the code obole-cli generates, served by `php -S` and by its own Node.js
// server on 127.0.0.1, checks buyers' codes against a fake provider API (tests/snippets/fake_provider.js).
#include "catalog/catalogstore.h"
#include "importing/profileregistry.h"
#include "snippets/saleslog.h"
#include "snippets/snippetescape.h"
#include "snippets/snippetstore.h"

#include "snippets/snippettesthelpers.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Reply
{
    int status = 0;
    QString body;
    QStringList setCookie;
    QString location;
    QJsonObject json() const { return QJsonDocument::fromJson(body.toUtf8()).object(); }
    // "name=value" of the first cookie set, attributes dropped.
    QString cookie() const { return setCookie.isEmpty() ? QString() : setCookie.constFirst().section(u';', 0, 0); }
};

Reply request(const QString& method, const QString& url, const QList<std::pair<QString, QString>>& form = {},
              const QString& cookie = {}, bool json = true, int waitSeconds = 0)
{
    QStringList args{SnippetTest::scriptPath("http_request.js"), method, url};
    for (const auto& [name, value] : form)
        args << QStringLiteral("--form") << name + u'=' + value;
    if (!cookie.isEmpty())
        args << QStringLiteral("--cookie") << cookie;
    if (json)
        args << QStringLiteral("--json");
    if (waitSeconds > 0)
        args << QStringLiteral("--wait") << QString::number(waitSeconds);
    const QJsonObject o = SnippetTest::runJson(args);
    Reply r;
    r.status = o.value(QStringLiteral("status")).toInt();
    r.body = o.value(QStringLiteral("body")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("setCookie")).toArray())
        r.setCookie.append(v.toString());
    r.location = o.value(QStringLiteral("headers")).toObject().value(QStringLiteral("location")).toString();
    return r;
}

struct Accepted
{
    QString offer;
    QString code;
};

} // namespace

class TestSnippetsE2e final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
    std::optional<SecretBox> m_box;
    SnippetTest::Server m_provider;
    SnippetTest::Server m_php;
    SnippetTest::Server m_node;
    QHash<QString, QString> m_base;             // server -> http://127.0.0.1:PORT
    QHash<QString, QList<Accepted>> m_accepted; // server -> codes accepted
    QHash<QString, QString> m_productName;      // offer -> product name
    int m_codes = 0;

    QString folder(const QString& server) const { return m_dir.filePath(server); }
    QString checkUrl(const QString& server) const
    {
        return m_base.value(server) +
               (server == u"php" ? QStringLiteral("/obole-check.php") : QStringLiteral("/obole/check"));
    }
    QString pageUrl(const QString& server, const QString& offer) const
    {
        return m_base.value(server) + (server == u"php" ? QStringLiteral("/example-%1.php").arg(offer)
                                                        : QStringLiteral("/example/%1").arg(offer));
    }
    QString newCode(const QString& prefix)
    {
        return QStringLiteral("%1-%2-%3").arg(prefix).arg(++m_codes).arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    }
    Reply submit(const QString& server, const QString& offer, const QString& code, bool json = true,
                 const QString& lang = {})
    {
        QList<std::pair<QString, QString>> form{{QStringLiteral("offer"), offer}, {QStringLiteral("code"), code}};
        if (!lang.isEmpty())
            form.append({QStringLiteral("lang"), lang});
        Reply r = request(QStringLiteral("POST"), checkUrl(server), form, {}, json);
        if (r.status == 200 || r.status == 303)
            m_accepted[server].append({offer, code});
        return r;
    }

    SnippetTest::Run cli(const QStringList& args)
    {
        return SnippetTest::run(QStringLiteral(OBOLE_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args,
                                m_env);
    }
    SnippetTest::Run generate(int product, const QString& channel, const QString& target, const QString& output)
    {
        return cli({QStringLiteral("snippet"), QStringLiteral("--product"), QString::number(product),
                    QStringLiteral("--channel"), channel, QStringLiteral("--target"), target,
                    QStringLiteral("--output"), output});
    }
    // Node reads obole-site.js once, when it starts: a regenerated site file needs a restart, as on a real server.
    bool restartNode()
    {
        m_node.stop();
        QProcessEnvironment nodeEnv = QProcessEnvironment::systemEnvironment();
        nodeEnv.insert(QStringLiteral("OBOLE_PORT"), QStringLiteral("0"));
        nodeEnv.insert(QStringLiteral("OBOLE_HOST"), QStringLiteral("127.0.0.1"));
        if (!m_node.start(QStringLiteral("node"), {folder(QStringLiteral("node")) + QStringLiteral("/obole-server.js")},
                          nodeEnv))
            return false;
        const QString address = m_node.waitForLine(QStringLiteral("Obole listening on"));
        if (address.isEmpty())
            return false;
        m_base.insert(QStringLiteral("node"), address.chopped(1));
        return true;
    }
    QByteArray salesLog(const QString& server) const
    {
        QFile file(folder(server) + QStringLiteral("/obole-data/sales-log.csv"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString keyFile = m_dir.filePath(QStringLiteral("config/secret-key"));
        qputenv("OBOLE_SECRET_KEY_FILE", keyFile.toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("OBOLE_SECRET_KEY_FILE"), keyFile);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        auto box = SecretBox::openOrCreate(keyFile);
        QVERIFY2(box, qPrintable(box.error()));
        m_box = box.value();

        // The fake provider knows each demo provider's account and secret.
        QJsonArray credentials;
        for (const char* code : {"micropaie", "prepago", "btcpay", "tirelire"})
            credentials.append(QJsonArray{SnippetTest::providerAccount(QLatin1StringView(code)),
                                          SnippetTest::providerSecret(QLatin1StringView(code))});
        QProcessEnvironment providerEnv = QProcessEnvironment::systemEnvironment();
        providerEnv.insert(QStringLiteral("FAKE_CREDENTIALS"),
                           QString::fromUtf8(QJsonDocument(credentials).toJson(QJsonDocument::Compact)));
        QVERIFY(m_provider.start(QStringLiteral("node"), {SnippetTest::scriptPath("fake_provider.js")}, providerEnv));
        const QString providerPort = m_provider.waitForLine(QStringLiteral("PORT"));
        QVERIFY2(!providerPort.isEmpty(), m_provider.errors().constData());

        m_db = m_dir.filePath(QStringLiteral("shop.sqlite"));
        {
            auto db = Database::open(m_db);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(SnippetTest::makeHostileDemo(*db.value()), QString());
            QCOMPARE(SnippetTest::configureProviders(*db.value(), *m_box,
                                                     QStringLiteral("http://127.0.0.1:") + providerPort),
                     QString());
            // Product 2 sells a short timed access, so the test sees it lapse.
            CatalogStore store(*db.value());
            const auto points = store.pricePoints();
            QVERIFY(points);
            for (PricePoint p : points.value()) {
                if (p.productId == 2 && p.channel == Channel::Sms) {
                    QCOMPARE(p.accessKind, AccessKind::Duration);
                    p.accessSeconds = 2;
                    QVERIFY(store.save(p));
                }
            }
            const auto products = store.products();
            QVERIFY(products);
            for (const Product& p : products.value()) {
                for (const char* channel : {"sms", "prepaid_card", "crypto", "wallet"})
                    m_productName.insert(QString::number(p.id) + u'-' + QLatin1StringView(channel), p.name);
            }
        }

        // Several offers of one site in one folder per server, as a webmaster would install them.
        const QList<std::pair<int, QString>> offers{{1, QStringLiteral("sms")},
                                                    {2, QStringLiteral("sms")},
                                                    {3, QStringLiteral("prepaid_card")},
                                                    {3, QStringLiteral("crypto")},
                                                    {3, QStringLiteral("wallet")}};
        for (const QString& server : {QStringLiteral("php"), QStringLiteral("node")}) {
            for (const auto& [product, channel] : offers) {
                const auto r = cli({QStringLiteral("snippet"), QStringLiteral("--product"), QString::number(product),
                                    QStringLiteral("--channel"), channel, QStringLiteral("--target"), server,
                                    QStringLiteral("--output"), folder(server)});
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
                QVERIFY(!r.out.contains("Note:")); // the provider secret is set
            }
        }

        const QString phpPort = SnippetTest::freePort();
        QVERIFY(!phpPort.isEmpty());
        QVERIFY(m_php.start(QStringLiteral("php"),
                            // OPcache, on for php -S, would serve a regenerated file's old code for up to
                            // revalidate_freq seconds; the tests regenerate files under the running server.
                            {QStringLiteral("-d"), QStringLiteral("opcache.enable=0"), QStringLiteral("-S"),
                             QStringLiteral("127.0.0.1:") + phpPort, QStringLiteral("-t"),
                             folder(QStringLiteral("php")), QStringLiteral("obole-router.php")},
                            QProcessEnvironment::systemEnvironment(), folder(QStringLiteral("php"))));
        m_base.insert(QStringLiteral("php"), QStringLiteral("http://127.0.0.1:") + phpPort);
        QProcessEnvironment nodeEnv = QProcessEnvironment::systemEnvironment();
        nodeEnv.insert(QStringLiteral("OBOLE_PORT"), QStringLiteral("0"));
        nodeEnv.insert(QStringLiteral("OBOLE_HOST"), QStringLiteral("127.0.0.1"));
        QVERIFY(m_node.start(QStringLiteral("node"),
                             {folder(QStringLiteral("node")) + QStringLiteral("/obole-server.js")}, nodeEnv));
        const QString nodeAddress = m_node.waitForLine(QStringLiteral("Obole listening on"));
        QVERIFY2(!nodeAddress.isEmpty(), m_node.errors().constData());
        m_base.insert(QStringLiteral("node"), nodeAddress.chopped(1));

        // Both answer before the tests start.
        for (const QString& server : {QStringLiteral("php"), QStringLiteral("node")}) {
            const Reply r = request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("1-sms")), {}, {}, false, 10);
            QVERIFY2(r.status == 402, qPrintable(server + u' ' + QString::number(r.status)));
        }
    }

    void validCodeGrantsAccess_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("php") << QStringLiteral("php");
        QTest::newRow("node") << QStringLiteral("node");
    }
    void validCodeGrantsAccess()
    {
        QFETCH(QString, server);
        const QString offer = QStringLiteral("2-sms");
        const Reply before = request(QStringLiteral("GET"), pageUrl(server, offer), {}, {}, false);
        QCOMPARE(before.status, 402);
        // The page without access shows the widget, the hostile name as text.
        QVERIFY(before.body.contains(SnippetEscape::htmlText(m_productName.value(offer))));
        QVERIFY(!before.body.contains(QStringLiteral("</script><b>")));

        const Reply r = submit(server, offer, newCode(QStringLiteral("GOOD")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QString::fromUtf8("Code accepté : votre accès est ouvert."));
        const QString redirect = r.json().value(QStringLiteral("redirect")).toString();
        QVERIFY(pageUrl(server, offer).endsWith(redirect));
        QCOMPARE(r.setCookie.size(), 1);
        const QString attributes = r.setCookie.constFirst().toLower();
        QVERIFY2(attributes.contains(QStringLiteral("httponly")), qPrintable(attributes));
        QVERIFY(attributes.contains(QStringLiteral("samesite=lax")));
        QVERIFY(!attributes.contains(QStringLiteral("secure"))); // plain HTTP here; Secure over HTTPS
        QVERIFY(r.cookie().startsWith(QStringLiteral("obole_2_sms=")));

        const Reply page = request(QStringLiteral("GET"), pageUrl(server, offer), {}, r.cookie(), false);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(QStringLiteral("OBOLE-ACCESS-GRANTED")));
        // The token opens this offer only.
        const Reply other = request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("1-sms")), {},
                                    QStringLiteral("obole_1_sms=") + r.cookie().section(u'=', 1), false);
        QCOMPARE(other.status, 402);
    }

    void formPostWithoutJavaScript_data() { validCodeGrantsAccess_data(); }
    void formPostWithoutJavaScript()
    {
        QFETCH(QString, server);
        const Reply r = submit(server, QStringLiteral("2-sms"), newCode(QStringLiteral("GOOD")), false);
        QCOMPARE(r.status, 303);
        QVERIFY(pageUrl(server, QStringLiteral("2-sms")).endsWith(r.location));
        QCOMPARE(r.setCookie.size(), 1);
        const Reply wrong = submit(server, QStringLiteral("2-sms"), QStringLiteral("BAD-1"), false);
        QCOMPARE(wrong.status, 403);
        QVERIFY(wrong.body.contains(QStringLiteral("class=\"obole-message\"")));
    }

    void wrongCodeIsRefused_data() { validCodeGrantsAccess_data(); }
    void wrongCodeIsRefused()
    {
        QFETCH(QString, server);
        const Reply r = submit(server, QStringLiteral("2-sms"), QStringLiteral("BAD-123"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QString::fromUtf8("Ce code n'est pas valide."));
        QVERIFY(r.setCookie.isEmpty());
        const Reply english =
            submit(server, QStringLiteral("2-sms"), QStringLiteral("BAD-124"), true, QStringLiteral("en"));
        QCOMPARE(english.json().value(QStringLiteral("message")).toString(), QStringLiteral("This code is not valid."));
        // Malformed input never reaches the provider.
        const Reply malformed = submit(server, QStringLiteral("2-sms"), QStringLiteral("<script>"));
        QCOMPARE(malformed.status, 400);
        const Reply unknownOffer = submit(server, QStringLiteral("../obole-site"), QStringLiteral("GOOD-1"));
        QCOMPARE(unknownOffer.status, 404);
    }

    void sameCodeTwiceIsRefused_data() { validCodeGrantsAccess_data(); }
    void sameCodeTwiceIsRefused()
    {
        QFETCH(QString, server);
        const QString code = newCode(QStringLiteral("GOOD"));
        QCOMPARE(submit(server, QStringLiteral("2-sms"), code).status, 200);
        // The provider says OK again for it; the code is refused all the same, on any offer.
        const Reply again = submit(server, QStringLiteral("2-sms"), code);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value(QStringLiteral("message")).toString(),
                 QString::fromUtf8("Ce code a déjà été utilisé."));
        QVERIFY(again.setCookie.isEmpty());
        QCOMPARE(submit(server, QStringLiteral("1-sms"), code).status, 409);
        // Spaces the buyer typed do not make it a new code.
        QCOMPARE(submit(server, QStringLiteral("2-sms"), u' ' + code + u' ').status, 409);
    }

    void singleUseAccessOpensOnce_data() { validCodeGrantsAccess_data(); }
    void singleUseAccessOpensOnce()
    {
        QFETCH(QString, server);
        const Reply r = submit(server, QStringLiteral("1-sms"), newCode(QStringLiteral("GOOD")));
        QCOMPARE(r.status, 200);
        const Reply first =
            request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("1-sms")), {}, r.cookie(), false);
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains(QStringLiteral("OBOLE-ACCESS-GRANTED")));
        // The page clears the cookie; replaying the old one does not help.
        QVERIFY(!first.setCookie.isEmpty());
        const Reply second =
            request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("1-sms")), {}, r.cookie(), false);
        QCOMPARE(second.status, 402);
    }

    void timedAccessExpires_data() { validCodeGrantsAccess_data(); }
    void timedAccessExpires()
    {
        QFETCH(QString, server);
        const Reply r = submit(server, QStringLiteral("2-sms"), newCode(QStringLiteral("GOOD")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.setCookie.constFirst().contains(QStringLiteral("Max-Age=2")));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(
                request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("2-sms")), {}, r.cookie(), false).status,
                200);
        QThread::sleep(3);
        QCOMPARE(request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("2-sms")), {}, r.cookie(), false).status,
                 402);
    }

    void tamperedTokenIsRefused_data() { validCodeGrantsAccess_data(); }
    void tamperedTokenIsRefused()
    {
        QFETCH(QString, server);
        // A long access (product 3 sells single use; the generic-check crypto offer is used for its token shape).
        const Reply r = submit(server, QStringLiteral("3-crypto"), newCode(QStringLiteral("GOOD")));
        QCOMPARE(r.status, 200);
        const QString name = r.cookie().section(u'=', 0, 0);
        const QString token = r.cookie().section(u'=', 1);
        const QString payload = token.section(u'.', 0, 0);
        const QString signature = token.section(u'.', 1);
        const QByteArray decoded = QByteArray::fromBase64(payload.toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY2(decoded.startsWith("v1|3-crypto|"), decoded.constData());
        // Later expiry, same signature.
        QList<QByteArray> fields = decoded.split('|');
        fields[3] = QByteArray::number(fields[3].toLongLong() + 86400 * 365);
        const QString longer = QString::fromLatin1(
            fields.join('|').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QString flipped = signature;
        flipped[5] = flipped[5] == u'A' ? u'B' : u'A';
        const QStringList forged{
            name + u'=' + longer + u'.' + signature,
            name + u'=' + payload + u'.' + flipped,
            name + u'=' + payload + u'.',
            name + u'=' + payload,
            name + QStringLiteral("=v1|3-crypto|00|99999999999|timed"),
        };
        for (const QString& cookie : forged) {
            const Reply page =
                request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("3-crypto")), {}, cookie, false);
            QVERIFY2(page.status == 402, qPrintable(cookie));
        }
        // The untouched token still works (single use: once).
        QCOMPARE(
            request(QStringLiteral("GET"), pageUrl(server, QStringLiteral("3-crypto")), {}, r.cookie(), false).status,
            200);
    }

    void everyProviderStyle_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("offer");
        for (const QString& server : {QStringLiteral("php"), QStringLiteral("node")}) {
            for (const QString& offer : {QStringLiteral("1-sms"), QStringLiteral("3-prepaid_card"),
                                         QStringLiteral("3-crypto"), QStringLiteral("3-wallet")})
                QTest::addRow("%s %s", qPrintable(server), qPrintable(offer)) << server << offer;
        }
    }
    void everyProviderStyle()
    {
        QFETCH(QString, server);
        QFETCH(QString, offer);
        QCOMPARE(submit(server, offer, QStringLiteral("NOPE-1")).status, 403);
        const Reply r = submit(server, offer, newCode(QStringLiteral("GOOD")));
        QVERIFY2(r.status == 200, qPrintable(r.body));
        QVERIFY(!r.cookie().isEmpty());
    }

    void salesLogIsWrittenAndImports_data() { validCodeGrantsAccess_data(); }
    void salesLogIsWrittenAndImports()
    {
        QFETCH(QString, server);
        const QString logPath = folder(server) + QStringLiteral("/obole-data/sales-log.csv");
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        QVERIFY(content.endsWith('\n'));
        const QList<QByteArray> lines = content.trimmed().split('\n');
        QCOMPARE(QString::fromUtf8(lines.constFirst()), SalesLog::headerLine());
        const QList<Accepted> accepted = m_accepted.value(server);
        QVERIFY(accepted.size() >= 10);
        QCOMPARE(lines.size() - 1, accepted.size());

        auto db = Database::open(m_db);
        QVERIFY(db);
        SnippetStore store(*db.value(), &*m_box);
        const QByteArray siteSecret = store.siteSecret(1).value();
        QHash<QString, QString> providerOf{{QStringLiteral("sms"), QStringLiteral("micropaie")},
                                           {QStringLiteral("prepaid_card"), QStringLiteral("prepago")},
                                           {QStringLiteral("crypto"), QStringLiteral("btcpay")},
                                           {QStringLiteral("wallet"), QStringLiteral("tirelire")}};
        // No code in clear anywhere in the data folder; each as its HMAC, in order.
        QByteArray everything;
        QDirIterator files(folder(server) + QStringLiteral("/obole-data"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            everything += path.toUtf8();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                everything += f.readAll();
        }
        for (int i = 0; i < accepted.size(); ++i) {
            const Accepted& a = accepted.at(i);
            QVERIFY2(!everything.contains(a.code.trimmed().toUtf8()), qPrintable(a.code));
            const QString channel = a.offer.section(u'-', 1);
            const QString line = QString::fromUtf8(lines.at(i + 1));
            QVERIFY2(line.endsWith(u',' + SalesLog::codeHash(siteSecret, providerOf.value(channel), a.code.trimmed())),
                     qPrintable(line));
            QVERIFY(line.contains(u',' + channel + u','));
            QVERIFY(QDateTime::fromString(line.section(u',', 0, 0), Qt::ISODate).isValid());
            // The generic check's reply carries a transaction reference; the others none.
            QCOMPARE(line.section(u',', 1, 1) == u"\"\"", channel != u"crypto");
        }

        // Imports cleanly with the sales log profile: every line, the amounts and products as sold.
        const QString importDb = m_dir.filePath(server + QStringLiteral("-import.sqlite"));
        const auto imported = SnippetTest::run(QStringLiteral(OBOLE_CLI_PATH),
                                               {QStringLiteral("--db"), importDb, QStringLiteral("import"),
                                                QStringLiteral("--profile-file"),
                                                SnippetTest::scriptPath("obole-sales-log.json"), logPath},
                                               m_env);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        auto check = Database::open(importDb);
        QVERIFY(check);
        auto rows = check.value()->prepare("SELECT count(*), sum(gross_minor), count(DISTINCT product), "
                                           "min(currency), max(currency) FROM transactions WHERE kind = 'sales'");
        QVERIFY(rows);
        QVERIFY(rows->next().value_or(false));
        QCOMPARE(rows->int64(0), qint64(accepted.size()));
        QVERIFY(rows->int64(1) > 0);
        QCOMPARE(rows->text(3), QStringLiteral("EUR"));
        QCOMPARE(rows->text(4), QStringLiteral("EUR"));
        auto names = check.value()->prepare("SELECT DISTINCT product FROM transactions");
        QVERIFY(names);
        QStringList stored;
        while (names->next().value_or(false))
            stored.append(names->text(0));
        // Line breaks and control characters in a name become spaces in the log, so each sale is one line.
        QString expected = m_productName.value(QStringLiteral("2-sms"));
        for (QChar& c : expected) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = u' ';
        }
        QVERIFY2(stored.contains(expected), qPrintable(stored.join(u'|')));

        // The built-in profile for this log reads it the same way.
        auto builtIn = ProfileRegistry::find(QStringLiteral("obole-sales-log"));
        QVERIFY2(builtIn, qPrintable(builtIn.error()));
        const QString builtInDb = m_dir.filePath(server + QStringLiteral("-builtin.sqlite"));
        const auto viaBuiltIn =
            SnippetTest::run(QStringLiteral(OBOLE_CLI_PATH),
                             {QStringLiteral("--db"), builtInDb, QStringLiteral("import"), QStringLiteral("--profile"),
                              QStringLiteral("obole-sales-log"), logPath},
                             m_env);
        QVERIFY2(viaBuiltIn.exitCode == 0, qPrintable(viaBuiltIn.describe()));
        auto other = Database::open(builtInDb);
        QVERIFY(other);
        auto same = other.value()->prepare("SELECT count(*), sum(gross_minor) FROM transactions WHERE kind = 'sales'");
        QVERIFY(same && same->next().value_or(false));
        QCOMPARE(same->int64(0), rows->int64(0));
        QCOMPARE(same->int64(1), rows->int64(1));
    }

    // The data folder (used codes, the sales log) is never served, even by a server that ignores .htaccess.
    void dataFolderIsNotServed_data() { validCodeGrantsAccess_data(); }
    void dataFolderIsNotServed()
    {
        QFETCH(QString, server);
        QCOMPARE(submit(server, QStringLiteral("2-sms"), newCode(QStringLiteral("GOOD"))).status, 200);
        QVERIFY(salesLog(server).startsWith("timestamp,"));
        for (const char* path :
             {"/obole-data/sales-log.csv", "/%6Fbole-data/sales-log.csv", "//obole-data/sales-log.csv",
              "/x/../obole-data/sales-log.csv", "/obole-data/.htaccess", "/.obole-site"}) {
            const Reply r =
                request(QStringLiteral("GET"), m_base.value(server) + QLatin1StringView(path), {}, {}, false);
            QVERIFY2(r.status == 403 || r.status == 404,
                     qPrintable(QString::number(r.status) + u' ' + QLatin1StringView(path)));
            QVERIFY(!r.body.contains(QStringLiteral("timestamp,reference")));
        }
    }

    // A provider reply is hostile text: the sales log stays valid UTF-8 (the reference is cut by characters, never
    // inside one), a reference that a spreadsheet would run as a formula is neutralised as the CSV export does it,
    // and the log still imports.
    void salesLogSurvivesHostileReferences_data() { validCodeGrantsAccess_data(); }
    void salesLogSurvivesHostileReferences()
    {
        QFETCH(QString, server);
        for (const char* kind : {"ACCENT", "FORMULA", "ATSIGN"})
            QCOMPARE(
                submit(server, QStringLiteral("3-crypto"), newCode(QStringLiteral("GOOD-") + QLatin1StringView(kind)))
                    .status,
                200);
        const QByteArray log = salesLog(server);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(log);
        QVERIFY2(!utf8.hasError(), "the sales log is not valid UTF-8");
        QVERIFY2(text.contains(u'"' + QString(127, u'A') + QString::fromUtf8("\xc3\xa9\"")),
                 log.right(600).constData());
        QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(")), log.right(600).constData());
        QVERIFY2(text.contains(QStringLiteral("\"'@SUM(1+1)\"")), log.right(600).constData());
        QVERIFY(!text.contains(QStringLiteral(",\"=")) && !text.contains(QStringLiteral(",\"@")));

        const auto imported =
            SnippetTest::run(QStringLiteral(OBOLE_CLI_PATH),
                             {QStringLiteral("--db"), m_dir.filePath(server + QStringLiteral("-hostile.sqlite")),
                              QStringLiteral("import"), QStringLiteral("--profile-file"),
                              SnippetTest::scriptPath("obole-sales-log.json"),
                              folder(server) + QStringLiteral("/obole-data/sales-log.csv")},
                             m_env);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }

    // A used code stays used when the site secret changes ("New site secret", or obole-site.php regenerated with
    // another one), including a code recorded by an older Obole under a name keyed with the secret of the time.
    void usedCodeStaysUsedAfterNewSiteSecret_data() { validCodeGrantsAccess_data(); }
    void usedCodeStaysUsedAfterNewSiteSecret()
    {
        QFETCH(QString, server);
        const QString used = newCode(QStringLiteral("GOOD"));
        QCOMPARE(submit(server, QStringLiteral("2-sms"), used).status, 200);
        const QString usedBefore = newCode(QStringLiteral("GOOD"));
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            SnippetStore store(*db.value(), &*m_box);
            // The secret the running server holds (its site file), which keyed the names older snippets gave.
            QFile siteFile(folder(server) +
                           (server == u"php" ? QStringLiteral("/obole-site.php") : QStringLiteral("/obole-site.js")));
            QVERIFY(siteFile.open(QIODevice::ReadOnly));
            static const QRegularExpression secretHex(
                QStringLiteral("(?:secret_hex' =>|secretHex:) ['\"]([0-9a-f]{64})['\"]"));
            const auto found = secretHex.match(QString::fromUtf8(siteFile.readAll()));
            QVERIFY(found.hasMatch());
            const QString legacyName = SalesLog::codeHash(QByteArray::fromHex(found.captured(1).toLatin1()),
                                                          QStringLiteral("micropaie"), usedBefore);
            QFile legacy(folder(server) + QStringLiteral("/obole-data/used-codes/") + legacyName);
            QVERIFY(legacy.open(QIODevice::WriteOnly));
            legacy.write("2025-03-01T10:00:00Z 2-sms\n");
            legacy.close();
            QCOMPARE(submit(server, QStringLiteral("2-sms"), usedBefore).status, 409);
            QVERIFY(store.renewSiteSecret(1));
        }
        const auto regenerated = generate(2, QStringLiteral("sms"), server, folder(server));
        QVERIFY2(regenerated.exitCode == 0, qPrintable(regenerated.describe()));
        if (server == u"node")
            QVERIFY(restartNode());
        QCOMPARE(submit(server, QStringLiteral("2-sms"), used).status, 409);
        QCOMPARE(submit(server, QStringLiteral("2-sms"), usedBefore).status, 409);
        QCOMPARE(submit(server, QStringLiteral("2-sms"), newCode(QStringLiteral("GOOD"))).status, 200);
    }

    // A provider whose codes ignore case: the same code typed in another case is the same code, refused once used.
    void caseInsensitiveCodesAreOneCode_data() { validCodeGrantsAccess_data(); }
    void caseInsensitiveCodesAreOneCode()
    {
        QFETCH(QString, server);
        const QString code = newCode(QStringLiteral("GOOD-case"));
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            SnippetStore store(*db.value(), &*m_box);
            auto settings = store.providerSettings(QStringLiteral("micropaie"));
            QVERIFY(settings);
            settings->codesCaseInsensitive = true;
            QVERIFY(store.saveProviderSettings(settings.value()));
        }
        const auto regenerated = generate(2, QStringLiteral("sms"), server, folder(server));
        QVERIFY2(regenerated.exitCode == 0, qPrintable(regenerated.describe()));
        if (server == u"node")
            QVERIFY(restartNode());
        QCOMPARE(submit(server, QStringLiteral("2-sms"), code).status, 200);
        QCOMPARE(submit(server, QStringLiteral("2-sms"), code.toUpper()).status, 409);
        QCOMPARE(submit(server, QStringLiteral("2-sms"), code.toLower()).status, 409);
        QVERIFY(QFile::exists(folder(server) + QStringLiteral("/obole-data/used-codes/") +
                              SalesLog::usedCodeName(QStringLiteral("micropaie"), code.toUpper())));
    }

    // The snippet of another site never lands in a folder holding this site's files: the two would share the used
    // codes and the sales log.
    void secondSiteIntoTheSameFolderIsRefused_data() { validCodeGrantsAccess_data(); }
    void secondSiteIntoTheSameFolderIsRefused()
    {
        QFETCH(QString, server);
        auto db = Database::open(m_db);
        QVERIFY(db);
        CatalogStore store(*db.value());
        const auto points = store.pricePoints();
        const auto products = store.products();
        QVERIFY(points && products);
        qint64 otherProduct = 0;
        QString channel;
        for (const PricePoint& p : points.value()) {
            for (const Product& product : products.value()) {
                if (product.id == p.productId && product.siteId != 1 && otherProduct == 0) {
                    otherProduct = product.id;
                    channel = Channels::id(p.channel);
                }
            }
        }
        QVERIFY(otherProduct != 0);
        QFile site(folder(server) +
                   (server == u"php" ? QStringLiteral("/obole-site.php") : QStringLiteral("/obole-site.js")));
        QVERIFY(site.open(QIODevice::ReadOnly));
        const QByteArray before = site.readAll();
        site.close();
        const auto r = generate(int(otherProduct), channel, server, folder(server));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("another site"), r.err.constData());
        QVERIFY(site.open(QIODevice::ReadOnly));
        QCOMPARE(site.readAll(), before);
    }

    void providerDownGivesAClearMessage_data() { validCodeGrantsAccess_data(); }
    void providerDownGivesAClearMessage()
    {
        QFETCH(QString, server);
        m_provider.stop();
        const QString code = newCode(QStringLiteral("GOOD"));
        const Reply r = submit(server, QStringLiteral("2-sms"), code);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(r.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QString::fromUtf8(
                         "Le service de paiement ne répond pas pour le moment. Votre code n'a pas été "
                         "utilisé")),
                 qPrintable(r.body));
        QVERIFY(r.setCookie.isEmpty());
        // The code was not spent: it works once the provider is back.
        QVERIFY(!QFile::exists(folder(server) + QStringLiteral("/obole-data/used-codes/") +
                               SalesLog::usedCodeName(QStringLiteral("micropaie"), code)));
        const Reply html = submit(server, QStringLiteral("2-sms"), code, false, QStringLiteral("en"));
        QCOMPARE(html.status, 503);
        QVERIFY(html.body.contains(QStringLiteral("The payment service is not answering right now.")));
    }

    // A write that fails half-way leaves no partial set: here a file named obole-data stands where the data folder
    // goes, and nothing of the snippet is written.
    void failedWriteLeavesNoPartialSet()
    {
        const QString out = m_dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(out));
        QFile blocker(out + QStringLiteral("/obole-data"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto r = generate(1, QStringLiteral("sms"), QStringLiteral("php"), out);
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("obole-data")});
    }

    // Writing never follows a symbolic link out of the output folder: a linked file is replaced by the real one,
    // and a linked folder pointing outside is refused.
    void symlinksAreNotFollowed()
    {
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        const QString out = m_dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(outside) && QDir().mkpath(out));
        QFile victim(outside + QStringLiteral("/victim.php"));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("<?php // the webmaster's own file\n");
        victim.close();
        QVERIFY(QFile::link(outside + QStringLiteral("/victim.php"), out + QStringLiteral("/obole-lib.php")));
        auto r = generate(1, QStringLiteral("sms"), QStringLiteral("php"), out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(victim.open(QIODevice::ReadOnly));
        QCOMPARE(victim.readAll(), QByteArray("<?php // the webmaster's own file\n"));
        victim.close();
        QVERIFY(!QFileInfo(out + QStringLiteral("/obole-lib.php")).isSymLink());
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("victim.php")});

        const QString out2 = m_dir.filePath(QStringLiteral("linked-data"));
        QVERIFY(QDir().mkpath(out2));
        QVERIFY(QFile::link(outside, out2 + QStringLiteral("/obole-data")));
        r = generate(1, QStringLiteral("sms"), QStringLiteral("php"), out2);
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("victim.php")});
        QCOMPARE(QDir(out2).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("obole-data")});
    }

    void cliRefusesBadRequests()
    {
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        const QList<QStringList> bad{
            {QStringLiteral("snippet"), QStringLiteral("--product"), QStringLiteral("1"), QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--target"), QStringLiteral("python"), QStringLiteral("--output"),
             out},
            {QStringLiteral("snippet"), QStringLiteral("--product"), QStringLiteral("1"), QStringLiteral("--channel"),
             QStringLiteral("fax"), QStringLiteral("--target"), QStringLiteral("php"), QStringLiteral("--output"), out},
            {QStringLiteral("snippet"), QStringLiteral("--product"), QStringLiteral("99"), QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--target"), QStringLiteral("php"), QStringLiteral("--output"), out},
            {QStringLiteral("snippet"), QStringLiteral("--product"), QStringLiteral("1"), QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--target"), QStringLiteral("php")},
            {QStringLiteral("snippet"), QStringLiteral("--product"), QStringLiteral("1"), QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--target"), QStringLiteral("php"), QStringLiteral("--output"), out,
             QStringLiteral("--profile"), QStringLiteral("x")},
        };
        for (const QStringList& args : bad) {
            const auto r = cli(args);
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.err.startsWith("obole-cli: "));
        }
        QVERIFY(!QFileInfo::exists(out));
    }

    void cleanupTestCase()
    {
        m_php.stop();
        m_node.stop();
        m_provider.stop();
    }
};

QTEST_GUILESS_MAIN(TestSnippetsE2e)
#include "tst_snippets_e2e.moc"
