// Every generated variant, for every price point of the demo catalog with hostile product and site names, parses
// with the real interpreters (php -l, node --check), and the widget shows the names as text, never as markup.
#include "catalog/catalogstore.h"
#include "snippets/buyerinstructions.h"
#include "snippets/snippetescape.h"
#include "snippets/snippetgenerator.h"
#include "snippets/snippetinput.h"

#include "snippets/snippettesthelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What HTML can carry of a name: C0 controls other than tab and line breaks read as U+FFFD.
QString asHtmlText(QString text)
{
    for (QChar& c : text) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') || c.unicode() == 0x7F)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

const QSet<QString>& widgetElements()
{
    static const QSet<QString> allowed{QStringLiteral("div"),   QStringLiteral("p"),      QStringLiteral("strong"),
                                       QStringLiteral("form"),  QStringLiteral("input"),  QStringLiteral("label"),
                                       QStringLiteral("span"),  QStringLiteral("button"), QStringLiteral("a"),
                                       QStringLiteral("script")};
    return allowed;
}

} // namespace

class TestSnippetsGenerated final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<SecretBox> m_box;
    QSet<QByteArray> m_checked; // identical files are checked once
    int m_phpChecks = 0;
    int m_nodeChecks = 0;

    QString write(const QString& folder, const GeneratedFile& file)
    {
        const QString path = m_dir.filePath(folder + u'/' + file.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(file.content);
        return path;
    }

    bool firstTime(const GeneratedFile& file)
    {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(file.path.toUtf8() + '\0' + file.content), QCryptographicHash::Sha256);
        if (m_checked.contains(hash))
            return false;
        m_checked.insert(hash);
        return true;
    }

    void checkWidgetHtml(const QString& path, const SnippetInput& in)
    {
        const QJsonObject parsed = SnippetTest::runJson({SnippetTest::scriptPath("parse_html.js"), path});
        QVERIFY2(!parsed.isEmpty(), qPrintable(path));
        QCOMPARE(parsed.value(QStringLiteral("errors")).toArray().size(), 0);
        for (const QJsonValue& e : parsed.value(QStringLiteral("elements")).toArray())
            QVERIFY2(widgetElements().contains(e.toString()), qPrintable(e.toString() + u' ' + path));
        for (const QJsonValue& a : parsed.value(QStringLiteral("attributes")).toArray()) {
            const QString name = a.toObject().value(QStringLiteral("name")).toString();
            const QString value = a.toObject().value(QStringLiteral("value")).toString();
            QVERIFY2(!name.startsWith(QStringLiteral("on")), qPrintable(name)); // no inline event handler
            if (name == u"href" || name == u"src" || name == u"action")
                QVERIFY(SnippetEscape::checkUrl(value));
        }
        for (const QJsonValue& s : parsed.value(QStringLiteral("scripts")).toArray()) {
            QVERIFY(s.toObject().value(QStringLiteral("inline")).toString().trimmed().isEmpty());
            QVERIFY(!s.toObject().value(QStringLiteral("src")).toString().isEmpty());
        }
        const QJsonArray texts = parsed.value(QStringLiteral("texts")).toArray();
        QVERIFY2(texts.contains(QJsonValue(asHtmlText(in.product.name))), qPrintable(in.product.name));
    }

    void checkEmbed(const QString& path, const SnippetInput& in)
    {
        const QJsonObject built = SnippetTest::runJson({SnippetTest::scriptPath("run_embed.js"), path, in.offerId()});
        QVERIFY2(!built.isEmpty(), qPrintable(path));
        QCOMPARE(built.value(QStringLiteral("markupCalls")).toArray().size(), 0);
        for (const QJsonValue& e : built.value(QStringLiteral("elements")).toArray())
            QVERIFY2(widgetElements().contains(e.toString()), qPrintable(e.toString()));
        QVERIFY(built.value(QStringLiteral("texts")).toArray().contains(QJsonValue(in.product.name)));
        // The form posts by script to the check address, and a reply's message is shown as text.
        QVERIFY(built.value(QStringLiteral("prevented")).toBool());
        const QJsonObject posted = built.value(QStringLiteral("posted")).toObject();
        QCOMPARE(posted.value(QStringLiteral("url")).toString(),
                 SnippetGenerator::defaultCheckUrl(SnippetTarget::JsWidget));
        QCOMPARE(posted.value(QStringLiteral("body")).toString(),
                 QStringLiteral("offer=%1&code=GOOD-1&lang=fr").arg(in.offerId()));
        QCOMPARE(built.value(QStringLiteral("message")).toString(), QStringLiteral("<b>markup</b> & text"));
        QVERIFY(built.value(QStringLiteral("hiddenEnglish")).toBool());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OBOLE_SECRET_KEY_FILE", m_dir.filePath(QStringLiteral("secret-key")).toLocal8Bit());
        auto box = SecretBox::openOrCreate();
        QVERIFY2(box, qPrintable(box.error()));
        m_box = box.value();
        auto db = Database::open(m_dir.filePath(QStringLiteral("hostile.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db.value());
        QCOMPARE(SnippetTest::makeHostileDemo(*m_db), QString());
        QCOMPARE(SnippetTest::configureProviders(*m_db, *m_box, QStringLiteral("http://127.0.0.1:9")), QString());
    }

    void everyVariantParses_data()
    {
        QTest::addColumn<qint64>("product");
        QTest::addColumn<QString>("channel");
        auto points = CatalogStore(*m_db).pricePoints();
        QVERIFY(points);
        QCOMPARE(points->size(), 56);
        for (const PricePoint& p : points.value())
            QTest::addRow("%lld-%s", p.productId, qPrintable(Channels::id(p.channel)))
                << p.productId << Channels::id(p.channel);
    }
    void everyVariantParses()
    {
        QFETCH(qint64, product);
        QFETCH(QString, channel);
        auto input = SnippetInput::load(*m_db, &*m_box, product, *Channels::fromId(channel));
        QVERIFY2(input, qPrintable(input.error()));
        QVERIFY2(input->secretsProblem.isEmpty(), qPrintable(input->secretsProblem));
        QCOMPARE(input->providerSecret, SnippetTest::providerSecret(input->provider.code));

        for (SnippetTarget target : SnippetTargets::all()) {
            auto files = SnippetGenerator::generate(input.value(), target);
            QVERIFY2(files, qPrintable(files.error()));
            const QString folder = input->offerId() + u'-' + SnippetTargets::id(target);
            QStringList names;
            for (const GeneratedFile& file : files.value()) {
                names.append(file.path);
                const QString path = write(folder, file);
                // The secrets are in the files that say so, and only there.
                // (Both escapings are character by character, so the escaped secret is found inside a longer
                // literal too: a header line, an "account/secret" value.)
                const QString php = SnippetEscape::phpString(input->providerSecret);
                const QString js = SnippetEscape::jsString(input->providerSecret);
                const bool hasSecret = file.content.contains(input->siteSecret.toHex()) ||
                                       file.content.contains(php.mid(1, php.size() - 2).toUtf8()) ||
                                       file.content.contains(js.mid(1, js.size() - 2).toUtf8());
                QVERIFY2(hasSecret == file.holdsSecret, qPrintable(file.path));
                if (!firstTime(file))
                    continue;
                if (file.path.endsWith(u".php")) {
                    ++m_phpChecks;
                    const auto lint = SnippetTest::run(QStringLiteral("php"), {QStringLiteral("-l"), path});
                    QVERIFY2(lint.exitCode == 0, qPrintable(path + u'\n' + lint.describe()));
                } else if (file.path.endsWith(u".js")) {
                    ++m_nodeChecks;
                    const auto check = SnippetTest::run(QStringLiteral("node"), {QStringLiteral("--check"), path});
                    QVERIFY2(check.exitCode == 0, qPrintable(path + u'\n' + check.describe()));
                } else if (file.path.endsWith(u".html")) {
                    checkWidgetHtml(path, input.value());
                    if (QTest::currentTestFailed())
                        return;
                }
                if (file.path.startsWith(u"obole-embed-")) {
                    checkEmbed(path, input.value());
                    if (QTest::currentTestFailed())
                        return;
                }
            }
            QVERIFY(names.contains(QStringLiteral("README-obole.txt")));
        }
    }

    // The README written with the files speaks the language asked for, every placeholder filled.
    void readmeFollowsTheLanguage()
    {
        auto input = SnippetInput::load(*m_db, &*m_box, 8, Channel::Sms);
        QVERIFY(input);
        for (SnippetTarget target :
             {SnippetTarget::HtmlWidget, SnippetTarget::JsWidget, SnippetTarget::Php, SnippetTarget::Node}) {
            QHash<QString, QString> readme;
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
                input->readmeLanguage = language;
                const auto files = SnippetGenerator::generate(input.value(), target);
                QVERIFY2(files, qPrintable(files.error()));
                for (const GeneratedFile& file : files.value())
                    if (file.path == u"README-obole.txt")
                        readme.insert(language, QString::fromUtf8(file.content));
            }
            const QString en = readme.value(QStringLiteral("en"));
            const QString fr = readme.value(QStringLiteral("fr"));
            const QString name = SnippetTargets::id(target);
            QVERIFY2(!en.isEmpty() && !fr.isEmpty() && en != fr, qPrintable(name));
            QVERIFY2(!en.contains(u"{{") && !fr.contains(u"{{"), qPrintable(name));
            QVERIFY2(fr.contains(Channels::frenchName(Channel::Sms)), qPrintable(fr));
            QVERIFY2(en.contains(u"premium SMS"), qPrintable(en));
            for (const char* english : {" the ", " your ", " and ", "Files", "Install"})
                QVERIFY2(!fr.contains(QLatin1StringView(english)),
                         qPrintable(name + u": " + QLatin1StringView(english) + u"\n" + fr));
        }
    }

    // The PHP and Node offer files carry the same values as the catalog, hostile characters included.
    void configValuesReadBack()
    {
        auto input = SnippetInput::load(*m_db, &*m_box, 8, Channel::Sms);
        QVERIFY(input);
        QVERIFY(input->product.name.contains(u'\n'));
        const QString folder = m_dir.filePath(QStringLiteral("readback"));
        for (SnippetTarget target : {SnippetTarget::Php, SnippetTarget::Node}) {
            const auto files = SnippetGenerator::generate(input.value(), target);
            QVERIFY(files);
            for (const GeneratedFile& file : files.value())
                write(QStringLiteral("readback"), file);
        }
        const auto php = SnippetTest::run(
            QStringLiteral("php"),
            {QStringLiteral("-r"),
             QStringLiteral("$o = require '%1/obole-offer-8-sms.php'; $s = require '%1/obole-site.php'; echo "
                            "json_encode([$o['product'], $s['site'], $o['check']['params'][1][2], "
                            "$o['check']['url'], $s['secret_hex']]);")
                 .arg(folder)});
        QVERIFY2(php.exitCode == 0, qPrintable(php.describe()));
        const auto node = SnippetTest::run(
            QStringLiteral("node"),
            {QStringLiteral("-e"),
             QStringLiteral("const o = require('%1/obole-offer-8-sms.js'); const s = require('%1/obole-site.js'); "
                            "process.stdout.write(JSON.stringify([o.product, s.site, o.check.params[1][2], "
                            "o.check.url, s.secretHex]));")
                 .arg(folder)});
        QVERIFY2(node.exitCode == 0, qPrintable(node.describe()));
        const QJsonArray expected{input->product.name, input->site.name, input->providerSecret,
                                  QStringLiteral("http://127.0.0.1:9/dedipass/v1/pay/"),
                                  QString::fromLatin1(input->siteSecret.toHex())};
        QCOMPARE(QJsonDocument::fromJson(php.out).array(), expected);
        QCOMPARE(QJsonDocument::fromJson(node.out).array(), expected);
    }

    void buyerInstructionsCarryThePriceMention_data()
    {
        QTest::addColumn<qint64>("product");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        QTest::newRow("sms") << qint64(1) << QStringLiteral("sms")
                             << QString::fromUtf8("Envoyez ETOILE au 81234 (1,50\u00A0€ par SMS + prix d'un SMS).")
                             << QString::fromUtf8("Text ETOILE to 81234 (€1.50 per SMS + the cost of a standard SMS).");
        QTest::newRow("call") << qint64(1) << QStringLiteral("audiotel")
                              << QString::fromUtf8("Appelez le 0899 65 43 21 (2,99\u00A0€/appel)")
                              << QString::fromUtf8("Call 0899 65 43 21 (€2.99 per call)");
        QTest::newRow("minute") << qint64(2) << QStringLiteral("audiotel")
                                << QString::fromUtf8("(0,80\u00A0€/min, appel d'environ 4 min)")
                                << QString::fromUtf8("(€0.80 per minute, a call of about 4 min)");
        QTest::newRow("card") << qint64(1) << QStringLiteral("prepaid_card")
                              << QString::fromUtf8("code PIN de votre carte paysafecard : 2,00\u00A0€ seront débités")
                              << QStringLiteral("PIN of your paysafecard card below: €2.00 will be debited");
        QTest::newRow("isp") << qint64(1) << QStringLiteral("internet_plus")
                             << QString::fromUtf8("Payez 1,50\u00A0€ sur votre facture Internet (Orange")
                             << QStringLiteral("Pay €1.50 on your Internet bill (Orange");
        QTest::newRow("crypto") << qint64(1) << QStringLiteral("crypto")
                                << QString::fromUtf8("Payez 3,00\u00A0€ en BTC : ouvrez la facture (valable 15 min)")
                                << QStringLiteral("Pay €3.00 in BTC: open the invoice (valid for 15 min)");
        QTest::newRow("timed access") << qint64(2) << QStringLiteral("sms")
                                      << QString::fromUtf8("Le code donne accès pendant 24 heures.")
                                      << QStringLiteral("The code gives access for 24 hours.");
        QTest::newRow("season") << qint64(7) << QStringLiteral("wallet")
                                << QString::fromUtf8("Le code donne accès pendant 30 jours.")
                                << QStringLiteral("The code gives access for 30 days.");
    }
    void buyerInstructionsCarryThePriceMention()
    {
        QFETCH(qint64, product);
        QFETCH(QString, channel);
        QFETCH(QString, french);
        QFETCH(QString, english);
        auto input = SnippetInput::load(*m_db, &*m_box, product, *Channels::fromId(channel));
        QVERIFY(input);
        auto b = BuyerInstructions::build(input.value());
        QVERIFY2(b, qPrintable(b.error()));
        QVERIFY2(b->fr.plainText().contains(french), qPrintable(b->fr.plainText()));
        QVERIFY2(b->en.plainText().contains(english), qPrintable(b->en.plainText()));
    }

    void payLinkIsAnEncodedUrl()
    {
        auto input = SnippetInput::load(*m_db, &*m_box, 1, Channel::InternetPlus);
        QVERIFY(input);
        auto b = BuyerInstructions::build(input.value());
        QVERIFY(b);
        QVERIFY2(b->payUrl.startsWith(QStringLiteral(
                     "https://pay.example/"
                     "micropaie?price=1.50&currency=EUR&item=O%27Brien%20%22VIP%22%20%3F%3E%20%3C%2Fscript%3E%3Cb%3E")),
                 qPrintable(b->payUrl));
        // A payment page that is not http(s) stops the generation with a clear message.
        input->settings.payUrl = QStringLiteral("javascript:alert(1)//{price}");
        auto refused = SnippetGenerator::generate(input.value(), SnippetTarget::HtmlWidget);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(input->provider.name));
    }

    void headerInjectionIsRefused()
    {
        auto input = SnippetInput::load(*m_db, &*m_box, 1, Channel::Crypto); // btcpay: the secret goes in a header
        QVERIFY(input);
        input->providerSecret = QStringLiteral("abc\r\nX-Evil: 1");
        auto refused = SnippetGenerator::generate(input.value(), SnippetTarget::Php);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Authorization")));
    }

    void cleanupTestCase()
    {
        qInfo("php -l ran on %d distinct PHP files, node --check on %d distinct JavaScript files", m_phpChecks,
              m_nodeChecks);
        QVERIFY(m_phpChecks > 56);
        QVERIFY(m_nodeChecks > 56 * 2);
    }
};

QTEST_GUILESS_MAIN(TestSnippetsGenerated)
#include "tst_snippets_generated.moc"
