// The snippet tables (schema step 5), the check templates, and the secrets: sealed with AES-256-GCM under a key
// kept outside the database, so a copy of the database reveals none of them.
#include "catalog/catalogstore.h"
#include "snippets/saleslog.h"
#include "snippets/secretbox.h"
#include "snippets/snippetinput.h"
#include "snippets/snippetstore.h"
#include "storage/database.h"
#include "storage/schema.h"

#include "snippets/snippettesthelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSnippetsStore final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString newPath(const char* stem)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QLatin1StringView(stem)).arg(++m_count));
    }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("config/secret-key")); }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OBOLE_SECRET_KEY_FILE", keyPath().toLocal8Bit());
    }

    void migrationFromThePreviousVersion()
    {
        QList<Database::Migration> before;
        for (const auto& m : Schema::migrations()) {
            if (m.version < 5)
                before.append(m);
        }
        const QString path = newPath("upgrade");
        {
            auto db = Database::open(path, before);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), before.constLast().version);
            QVERIFY(db.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'Old site', 0)"));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        auto templates = SnippetStore(*db.value()).templates();
        QVERIFY2(templates, qPrintable(templates.error()));
        QStringList codes;
        for (const CheckTemplate& t : templates.value()) {
            codes.append(t.code);
            QVERIFY(t.builtIn);
            QVERIFY2(t.validate(), qPrintable(t.code + u' ' + t.validate().error()));
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("dedipass_json"), QStringLiteral("starpass_pipe"),
                                     QStringLiteral("allopass_ok"), QStringLiteral("generic_json")}));
    }

    // Schema step 12, from a database of step 11: settings and secrets sealed under the provider's id are found by the
    // provider's code, the site secret still opens, and a secret of a provider that is gone is dropped.
    void migrationStep12KeysProviderSecretsByCode()
    {
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        QList<Database::Migration> before;
        for (const auto& m : Schema::migrations()) {
            if (m.version < 12)
                before.append(m);
        }
        const QString path = newPath("step12");
        const QByteArray siteSecret(32, '\x21');
        {
            auto db = Database::open(path, before);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), 11);
            QVERIFY(db.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'Site', 0);"
                                     "INSERT INTO providers (id, code, name) VALUES (1, 'micropaie', 'M'), "
                                     "(2, 'prepago', 'P');"
                                     "INSERT INTO snippet_provider_settings (provider_id, template_id, account) "
                                     "VALUES (1, 1, 'acct-m'), (2, 4, 'acct-p'), (7, 1, 'gone')"));
            auto seal = [&](const char* owner, qint64 id, const QByteArray& plain) {
                const QByteArray aad = QByteArray("obole snippet secret|") + owner + '|' + QByteArray::number(id);
                auto sealed = box->seal(plain, aad);
                QVERIFY(sealed);
                auto s = db.value()->prepare("INSERT INTO snippet_secrets (owner, owner_id, key_id, nonce, "
                                             "ciphertext, updated_utc) VALUES (?, ?, ?, ?, ?, 0)");
                QVERIFY(s);
                s->bind(1, QString::fromLatin1(owner)).bind(2, id).bind(3, sealed->keyId).bindBlob(4, sealed->nonce);
                s->bindBlob(5, sealed->ciphertext);
                QVERIFY(s->run());
            };
            seal("site", 1, siteSecret);
            seal("provider", 1, "secret-m");
            seal("provider", 2, "secret-p");
            seal("provider", 7, "secret-gone");
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        SnippetStore store(*db.value(), &box.value());
        QCOMPARE(store.providerSecret(QStringLiteral("micropaie")).value(), QStringLiteral("secret-m"));
        QCOMPARE(store.providerSecret(QStringLiteral("prepago")).value(), QStringLiteral("secret-p"));
        QCOMPARE(store.providerSettings(QStringLiteral("micropaie")).value().account, QStringLiteral("acct-m"));
        QCOMPARE(store.providerSettings(QStringLiteral("prepago")).value().account, QStringLiteral("acct-p"));
        QVERIFY(!store.providerSettings(QStringLiteral("prepago")).value().codesCaseInsensitive);
        QCOMPARE(store.siteSecret(1).value(), siteSecret);
        auto left = db.value()->prepare("SELECT count(*) FROM snippet_secrets");
        QVERIFY(left && left->next().value_or(false));
        QCOMPARE(left->int64(0), 3);
        // Replaced after the step, a secret is bound to the code.
        QVERIFY(store.setProviderSecret(QStringLiteral("micropaie"), QStringLiteral("secret-m2")));
        QCOMPARE(store.providerSecret(QStringLiteral("micropaie")).value(), QStringLiteral("secret-m2"));
    }

    void builtInTemplatesAreShapedLikeTheProviders()
    {
        auto db = Database::open(newPath("templates"));
        QVERIFY(db);
        SnippetStore store(*db.value());
        QHash<QString, CheckTemplate> byCode;
        const auto templates = store.templates();
        QVERIFY(templates);
        for (const CheckTemplate& t : templates.value())
            byCode.insert(t.code, t);
        QCOMPARE(byCode.value(QStringLiteral("dedipass_json")).reply, CheckTemplate::Reply::Json);
        QCOMPARE(byCode.value(QStringLiteral("dedipass_json")).successField, QStringLiteral("status"));
        QCOMPARE(byCode.value(QStringLiteral("starpass_pipe")).reply, CheckTemplate::Reply::Pipe);
        QCOMPARE(byCode.value(QStringLiteral("starpass_pipe")).successValue, QStringLiteral("OUI"));
        QCOMPARE(byCode.value(QStringLiteral("allopass_ok")).reply, CheckTemplate::Reply::Text);
        QCOMPARE(byCode.value(QStringLiteral("allopass_ok")).successValue, QStringLiteral("OK"));
        QCOMPARE(byCode.value(QStringLiteral("generic_json")).method, QStringLiteral("POST"));
    }

    void editTemplates()
    {
        auto db = Database::open(newPath("edit"));
        QVERIFY(db);
        SnippetStore store(*db.value());
        CheckTemplate t = store.templates().value().constFirst();
        const qint64 builtInId = t.id;
        // Built-in templates are editable...
        t.url = QStringLiteral("https://api.example/v2/pay/");
        QVERIFY(store.saveTemplate(t));
        QCOMPARE(store.checkTemplate(builtInId).value().url, QStringLiteral("https://api.example/v2/pay/"));
        // ...but not removable.
        QVERIFY(!store.removeTemplate(builtInId));

        CheckTemplate mine = t;
        mine.id = 0;
        mine.code = QStringLiteral("mine");
        mine.name = QStringLiteral("Mine");
        mine.builtIn = false;
        auto id = store.saveTemplate(mine);
        QVERIFY2(id, qPrintable(id.error()));
        mine.id = id.value();
        QVERIFY(!store
                     .saveTemplate([&] {
                         CheckTemplate dup = mine;
                         dup.id = 0;
                         return dup;
                     }())
                     .ok()); // same code twice
        CheckTemplate broken = mine;
        broken.params.clear();
        const auto refused = store.saveTemplate(broken);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("{code}")));
        QCOMPARE(store.checkTemplate(mine.id).value(), mine); // unchanged

        // A template in use stays until its provider uses another.
        QVERIFY(db.value()->exec("INSERT INTO providers (id, code, name) VALUES (9, 'p9', 'P9')"));
        ProviderCheckSettings settings;
        settings.providerCode = QStringLiteral("p9");
        settings.templateId = mine.id;
        QVERIFY(store.saveProviderSettings(settings));
        QVERIFY(!store.removeTemplate(mine.id));
        settings.templateId = builtInId;
        QVERIFY(store.saveProviderSettings(settings));
        QVERIFY(store.removeTemplate(mine.id));
    }

    void providerSettingsDefaultToTheGenericTemplate()
    {
        auto db = Database::open(newPath("settings"));
        QVERIFY(db);
        SnippetStore store(*db.value());
        auto settings = store.providerSettings(QStringLiteral("p42"));
        QVERIFY(settings);
        QVERIFY(!settings->configured);
        QVERIFY(!settings->hasSecret);
        QCOMPARE(store.checkTemplate(settings->templateId).value().code, QStringLiteral("generic_json"));
    }

    void keyFileIsPrivate()
    {
        QFile::remove(keyPath());
        auto box = SecretBox::openOrCreate();
        QVERIFY2(box, qPrintable(box.error()));
        QCOMPARE(box->keyPath(), keyPath());
        QCOMPARE(QFileInfo(keyPath()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The same key comes back; a key file opened up by a copy is narrowed back to the owner.
        QFile::setPermissions(keyPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        auto again = SecretBox::openOrCreate();
        QVERIFY(again);
        QCOMPARE(again->keyId(), box->keyId());
        QVERIFY(!(QFileInfo(keyPath()).permissions() & QFileDevice::ReadOther));
    }

    void damagedOrMissingKeyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("obole-secret-key-v1\nnot base64 at all\n");
        f.close();
        auto damaged = SecretBox::openOrCreate(path);
        QVERIFY(!damaged);
        QVERIFY(damaged.error().contains(QStringLiteral("damaged")));
        auto missing = SecretBox::openExisting(m_dir.filePath(QStringLiteral("no-such-key")));
        QVERIFY(!missing);
    }

    void sealAndOpen()
    {
        auto box = SecretBox::fromKey(QByteArray(32, '\x11'));
        QVERIFY(box);
        const QByteArray secret("provider secret ✓");
        auto sealed = box->seal(secret, "aad-1");
        QVERIFY(sealed);
        QCOMPARE(sealed->nonce.size(), SecretBox::NonceSize);
        QCOMPARE(sealed->ciphertext.size(), secret.size() + SecretBox::TagSize);
        QVERIFY(!sealed->ciphertext.contains(secret));
        QCOMPARE(box->open(sealed.value(), "aad-1").value(), secret);
        // Another owner row, a flipped bit, another key: all refused.
        QVERIFY(!box->open(sealed.value(), "aad-2"));
        SecretBox::Sealed flipped = sealed.value();
        flipped.ciphertext[0] = char(flipped.ciphertext[0] ^ 1);
        QVERIFY(!box->open(flipped, "aad-1"));
        auto other = SecretBox::fromKey(QByteArray(32, '\x22'));
        const auto wrongKey = other->open(sealed.value(), "aad-1");
        QVERIFY(!wrongKey);
        QVERIFY(wrongKey.error().contains(box->keyId()));
        // Two seals of one secret differ (fresh nonce).
        QVERIFY(box->seal(secret, "aad-1")->ciphertext != sealed->ciphertext);
    }

    void providerAndSiteSecrets()
    {
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        auto db = Database::open(newPath("secrets"));
        QVERIFY(db);
        QVERIFY(db.value()->exec("INSERT INTO sites (id, name, created_utc) VALUES (1, 'A', 0), (2, 'B', 0);"
                                 "INSERT INTO providers (id, code, name) VALUES (1, 'p1', 'P1'), (2, 'p2', 'P2')"));
        SnippetStore store(*db.value(), &box.value());
        QCOMPARE(store.providerSecret(QStringLiteral("p1")).value(), QString());
        QVERIFY(store.setProviderSecret(QStringLiteral("p1"), QStringLiteral("one'\"\\")));
        QVERIFY(store.setProviderSecret(QStringLiteral("p2"), QStringLiteral("two")));
        QCOMPARE(store.providerSecret(QStringLiteral("p1")).value(), QStringLiteral("one'\"\\"));
        QVERIFY(store.providerSettings(QStringLiteral("p1"))->hasSecret);

        // A ciphertext moved to another provider's row does not open there.
        QVERIFY(
            db.value()->exec("UPDATE snippet_secrets SET ciphertext = (SELECT ciphertext FROM snippet_secrets "
                             "WHERE owner_key = 'p1' AND owner = 'provider'), nonce = (SELECT nonce FROM "
                             "snippet_secrets WHERE owner_key = 'p1' AND owner = 'provider') WHERE owner_key = 'p2' "
                             "AND owner = 'provider'"));
        QVERIFY(!store.providerSecret(QStringLiteral("p2")));
        QVERIFY(store.setProviderSecret(QStringLiteral("p2"), QString()));
        QVERIFY(!store.providerSettings(QStringLiteral("p2"))->hasSecret);

        // Site secrets: made once with the RNG, then stable; every site gets its own.
        QCOMPARE(store.ensureSiteSecrets().value(), 2);
        QCOMPARE(store.ensureSiteSecrets().value(), 0);
        const QByteArray a = store.siteSecret(1).value();
        QCOMPARE(a.size(), 32);
        QCOMPARE(store.siteSecret(1).value(), a);
        QVERIFY(store.siteSecret(2).value() != a);
        const QByteArray renewed = store.renewSiteSecret(1).value();
        QVERIFY(renewed != a);
        QCOMPARE(store.siteSecret(1).value(), renewed);
        // The replaced secret is kept, for the used-code names of older snippets; the other site's is untouched.
        QCOMPARE(store.retiredSiteSecrets(1).value(), QList<QByteArray>{a});
        const QByteArray third = store.renewSiteSecret(1).value();
        QCOMPARE(store.retiredSiteSecrets(1).value(), (QList<QByteArray>{a, renewed}));
        QCOMPARE(store.siteSecret(1).value(), third);
        QVERIFY(store.retiredSiteSecrets(2).value().isEmpty());

        // Without the key the rest works, the secrets do not.
        SnippetStore keyless(*db.value());
        QVERIFY(keyless.templates());
        QVERIFY(!keyless.providerSecret(QStringLiteral("p1")));
        QVERIFY(!keyless.setProviderSecret(QStringLiteral("p1"), QStringLiteral("x")));

        // On another computer (another key), the message says what to do.
        auto otherKey = SecretBox::fromKey(QByteArray(32, '\x33'));
        SnippetStore elsewhere(*db.value(), &otherKey.value());
        const auto refused = elsewhere.providerSecret(QStringLiteral("p1"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("another key")));
    }

    // The accountant's copy: every provider secret and site secret, in any encoding, is absent from the files.
    void databaseCopyRevealsNoSecret()
    {
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        const QString path = newPath("copy");
        QList<QByteArray> secrets;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QCOMPARE(SnippetTest::makeHostileDemo(*db.value()), QString());
            QCOMPARE(SnippetTest::configureProviders(*db.value(), box.value(), QStringLiteral("http://127.0.0.1:9")),
                     QString());
            SnippetStore store(*db.value(), &box.value());
            QVERIFY(store.ensureSiteSecrets());
            const auto providers = CatalogStore(*db.value()).providers();
            QVERIFY(providers);
            for (const Provider& p : providers.value()) {
                QCOMPARE(store.providerSecret(p.code).value(), SnippetTest::providerSecret(p.code));
                secrets.append(SnippetTest::providerSecret(p.code).toUtf8());
                // Secrets entered then replaced leave no trace either.
                QVERIFY(store.setProviderSecret(p.code, QStringLiteral("old-") + SnippetTest::providerSecret(p.code)));
                QVERIFY(store.setProviderSecret(p.code, SnippetTest::providerSecret(p.code)));
                secrets.append((QStringLiteral("old-") + SnippetTest::providerSecret(p.code)).toUtf8());
            }
            const auto sites = CatalogStore(*db.value()).sites();
            QVERIFY(sites);
            for (const Site& s : sites.value())
                secrets.append(store.siteSecret(s.id).value());
            // The copy is taken while the database is open: the write-ahead log is copied too.
            const QString copy = m_dir.filePath(QStringLiteral("accountant-copy.sqlite"));
            QVERIFY(QFile::copy(path, copy));
            if (QFile::exists(path + QStringLiteral("-wal")))
                QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        const QString copy = m_dir.filePath(QStringLiteral("accountant-copy.sqlite"));
        QByteArray bytes = readAll(copy) + readAll(copy + QStringLiteral("-wal")) + readAll(path) +
                           readAll(path + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 10000);
        QCOMPARE(secrets.size(), 4 * 2 + 2);
        for (const QByteArray& secret : secrets) {
            for (const QByteArray& form : {secret, secret.toHex(), secret.toBase64(), secret.toHex().toUpper()})
                QVERIFY2(!bytes.contains(form), secret.constData());
        }
        // The copy opens, and its secrets stay sealed without the key.
        auto opened = Database::open(copy);
        QVERIFY(opened);
        auto other = SecretBox::fromKey(QByteArray(32, '\x44'));
        QVERIFY(!SnippetStore(*opened.value(), &other.value()).providerSecret(QStringLiteral("micropaie")));
    }

    // A catalog import that gives the providers' ids to one another (prepago takes micropaie's id) leaves each
    // provider its own check settings and secret: the snippet of prepago never carries micropaie's account or secret.
    void providerSettingsFollowTheProviderThroughACatalogImport()
    {
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        auto db = Database::open(newPath("renumbered"));
        QVERIFY(db);
        QCOMPARE(SnippetTest::makeHostileDemo(*db.value()), QString());
        QCOMPARE(SnippetTest::configureProviders(*db.value(), box.value(), QStringLiteral("http://127.0.0.1:9")),
                 QString());
        CatalogStore catalogStore(*db.value());
        auto catalog = catalogStore.load();
        QVERIFY(catalog);
        qint64 micropaie = 0;
        qint64 prepago = 0;
        for (const Provider& p : catalog->providers) {
            if (p.code == u"micropaie")
                micropaie = p.id;
            if (p.code == u"prepago")
                prepago = p.id;
        }
        QVERIFY(micropaie != 0 && prepago != 0);
        auto swapped = [&](qint64 id) { return id == micropaie ? prepago : id == prepago ? micropaie : id; };
        for (Provider& p : catalog->providers)
            p.id = swapped(p.id);
        for (PricePoint& p : catalog->pricePoints)
            p.providerId = swapped(p.providerId);
        QVERIFY(catalogStore.replace(catalog.value()));

        auto points = catalogStore.pricePoints();
        QVERIFY(points);
        QSet<QString> seen;
        for (const PricePoint& p : points.value()) {
            auto input = SnippetInput::load(*db.value(), &box.value(), p.productId, p.channel);
            if (!input)
                continue; // several providers sell it, or it is inactive
            const QString code = input->provider.code;
            seen.insert(code);
            QCOMPARE(input->providerSecret, SnippetTest::providerSecret(code));
            QCOMPARE(input->settings.account, SnippetTest::providerAccount(code));
            QCOMPARE(input->check.code, QStringLiteral("test_") + code);
        }
        QVERIFY2(seen.contains(QStringLiteral("micropaie")) && seen.contains(QStringLiteral("prepago")),
                 qPrintable(QStringList(seen.values()).join(u',')));
    }

    void salesLogCodeHash()
    {
        const QByteArray secret(32, '\x05');
        const QString hash = SalesLog::codeHash(secret, QStringLiteral("micropaie"), QStringLiteral("GOOD1"));
        QCOMPARE(hash.size(), 64);
        QCOMPARE(
            hash,
            QString::fromLatin1(
                QMessageAuthenticationCode::hash("code|micropaie|GOOD1", secret, QCryptographicHash::Sha256).toHex()));
        QVERIFY(SalesLog::headerLine().startsWith(QStringLiteral("timestamp,reference,")));
    }
};

QTEST_GUILESS_MAIN(TestSnippetsStore)
#include "tst_snippets_store.moc"
