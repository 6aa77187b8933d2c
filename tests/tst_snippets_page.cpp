// The Snippets page, driven as a user would: choose an offer and a target, read the highlighted preview, copy a
// file, save them all, set a provider's check (its secret stored encrypted), edit a check template.
#include "catalog/catalogstore.h"
#include "checktemplatesdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "providercheckdialog.h"
#include "snippethighlighter.h"
#include "snippets/snippetstore.h"
#include "snippetspage.h"
#include "storage/database.h"

#include "snippets/snippettesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestSnippetsPage final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1StringView(name));
    }

    static void choose(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OBOLE_SECRET_KEY_FILE", m_dir.filePath(QStringLiteral("secret-key")).toLocal8Bit());
        auto db = Database::open(m_dir.filePath(QStringLiteral("page.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db.value());
        auto created = DemoData::create(*m_db, QDate(2025, 3, 31), 3);
        QVERIFY2(created, qPrintable(created.error()));
    }

    void emptyDatabaseExplainsTheNextStep()
    {
        SnippetsPage page;
        auto* empty = child<QLabel>(&page, "emptyStateLabel");
        QVERIFY(empty);
        QVERIFY(empty->text().contains(QStringLiteral("No database")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(db);
        page.setDatabase(db.value().get());
        QVERIFY(empty->text().contains(QStringLiteral("Price points")));
        QVERIFY(page.files().isEmpty());
    }

    void chooseAnOfferAndATarget()
    {
        SnippetsPage page;
        page.resize(1100, 700);
        page.setDatabase(m_db.get());
        auto* site = child<QComboBox>(&page, "siteComboBox");
        auto* product = child<QComboBox>(&page, "productComboBox");
        auto* channel = child<QComboBox>(&page, "channelComboBox");
        auto* target = child<QComboBox>(&page, "targetComboBox");
        auto* files = child<QListWidget>(&page, "filesListWidget");
        auto* preview = child<QPlainTextEdit>(&page, "previewPlainTextEdit");
        QVERIFY(site && product && channel && target && files && preview);
        QCOMPARE(site->count(), 2);
        choose(site, 1);
        QCOMPARE(product->count(), 4);
        choose(product, 2);
        QCOMPARE(channel->count(), 7);
        choose(channel, QStringLiteral("sms"));
        choose(target, QStringLiteral("php"));
        QVERIFY(page.files().size() >= 8);
        QCOMPARE(files->count(), page.files().size());
        QVERIFY(files->item(3)->text().contains(QStringLiteral("(secret)")));

        // The preview shows the selected file, highlighted as its language.
        files->setCurrentRow(3);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("'offer' => '2-sms'")));
        auto* highlighter = preview->document()->findChild<SnippetHighlighter*>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->language(), SnippetHighlighter::Language::Php);
        const QTextBlock block = preview->document()->findBlockByLineNumber(4);
        QVERIFY(!block.layout()->formats().isEmpty());

        // The widget target: HTML, highlighted as HTML; the same file stays selected across targets.
        choose(target, QStringLiteral("html"));
        QCOMPARE(files->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("obole-widget-2-sms.html"));
        QCOMPARE(highlighter->language(), SnippetHighlighter::Language::Html);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Envoyez <strong>ETOILE</strong>")));

        // The warning says the provider check is not set up yet.
        auto* warning = child<QLabel>(&page, "warningLabel");
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("Provider Check")));
    }

    void accessUrlIsUsed()
    {
        SnippetsPage page;
        page.setDatabase(m_db.get());
        auto* target = child<QComboBox>(&page, "targetComboBox");
        choose(target, QStringLiteral("php"));
        auto* url = child<QLineEdit>(&page, "accessUrlLineEdit");
        QVERIFY(!url->placeholderText().isEmpty());
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("/members/horoscope.php"));
        QTest::keyClick(url, Qt::Key_Return);
        bool found = false;
        for (const GeneratedFile& f : page.files())
            found = found || f.content.contains("'access_url' => '/members/horoscope.php'");
        QVERIFY(found);
        // An address that is not one stops the generation with the reason.
        url->clear();
        QTest::keyClicks(url, QStringLiteral("javascript:alert(1)"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(page.files().isEmpty());
        QVERIFY(child<QLabel>(&page, "warningLabel")->text().contains(QStringLiteral("javascript:alert(1)")));
    }

    void copyAndSave()
    {
        SnippetsPage page;
        page.setDatabase(m_db.get());
        choose(child<QComboBox>(&page, "targetComboBox"), QStringLiteral("node"));
        auto* files = child<QListWidget>(&page, "filesListWidget");
        files->setCurrentRow(0);
        QSignalSpy status(&page, &Page::statusMessage);
        QTest::mouseClick(child<QPushButton>(&page, "copyPushButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(page.files().at(0).content));
        QCOMPARE(status.size(), 1);

        const QString folder = m_dir.filePath(QStringLiteral("saved"));
        QVERIFY(page.saveTo(folder));
        for (const GeneratedFile& f : page.files()) {
            QFile saved(QDir(folder).filePath(f.path));
            QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(f.path));
            QCOMPARE(saved.readAll(), f.content);
            if (f.holdsSecret)
                QVERIFY(!(saved.permissions() & QFileDevice::ReadOther));
        }
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("README-obole.txt"))));
        QVERIFY(status.constLast().constFirst().toString().contains(QStringLiteral("never publish")));
    }

    void providerCheckDialogStoresTheSecretEncrypted()
    {
        auto providers = CatalogStore(*m_db).providers();
        QVERIFY(providers);
        const Provider micropaie = providers->constFirst();
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        ProviderCheckDialog dialog(*m_db, &box.value(), micropaie);
        auto* templates = child<QComboBox>(&dialog, "templateComboBox");
        const int dedipass = templates->findText(QStringLiteral("Dedipass"), Qt::MatchContains);
        QVERIFY(dedipass >= 0);
        templates->setCurrentIndex(dedipass);
        QTest::keyClicks(child<QLineEdit>(&dialog, "accountLineEdit"), QStringLiteral("pub-123"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretLineEdit"), QStringLiteral("very-private-key"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "payUrlLineEdit"), QStringLiteral("https://pay.example/?p={price}"));
        QCOMPARE(child<QLineEdit>(&dialog, "secretLineEdit")->echoMode(), QLineEdit::Password);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        SnippetStore store(*m_db, &box.value());
        QCOMPARE(store.providerSecret(micropaie.code).value(), QStringLiteral("very-private-key"));
        const auto settings = store.providerSettings(micropaie.code).value();
        QCOMPARE(settings.account, QStringLiteral("pub-123"));
        QCOMPARE(store.checkTemplate(settings.templateId).value().code, QStringLiteral("dedipass_json"));
        auto raw = m_db->prepare("SELECT count(*) FROM snippet_secrets WHERE ciphertext LIKE '%very-private%'");
        QVERIFY(raw && raw->next().value());
        QCOMPARE(raw->int64(0), 0);

        // The page now generates with the secret and the template, without a warning about them.
        SnippetsPage page;
        page.setDatabase(m_db.get());
        choose(child<QComboBox>(&page, "targetComboBox"), QStringLiteral("php"));
        bool found = false;
        for (const GeneratedFile& f : page.files())
            found = found || (f.holdsSecret && f.content.contains("'very-private-key'"));
        QVERIFY(found);

        // Forgetting the secret.
        ProviderCheckDialog again(*m_db, &box.value(), micropaie);
        QVERIFY(child<QCheckBox>(&again, "forgetSecretCheckBox")->isEnabled());
        child<QCheckBox>(&again, "forgetSecretCheckBox")->setChecked(true);
        again.accept();
        QCOMPARE(store.providerSecret(micropaie.code).value(), QString());
    }

    void templatesDialogValidatesAndSaves()
    {
        CheckTemplatesDialog dialog(*m_db, 0);
        auto* list = child<QListWidget>(&dialog, "templatesListWidget");
        QVERIFY(list->count() >= 4);
        list->setCurrentRow(0);
        QVERIFY(!child<QPushButton>(&dialog, "removePushButton")->isEnabled()); // built in
        const int before = list->count();
        QTest::mouseClick(child<QPushButton>(&dialog, "duplicatePushButton"), Qt::LeftButton);
        QCOMPARE(list->count(), before + 1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("(copy)")));
        // A parameter list without {code} is refused with the reason.
        auto* params = child<QPlainTextEdit>(&dialog, "paramsPlainTextEdit");
        params->setPlainText(QStringLiteral("public_key={account}"));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")->text().contains(QStringLiteral("{code}")));
        params->setPlainText(QStringLiteral("public_key={account}\ncode={code}"));
        child<QLineEdit>(&dialog, "urlLineEdit")->setText(QStringLiteral("https://api.example/v9/pay"));
        QVERIFY(dialog.saveCurrent());
        bool found = false;
        for (const CheckTemplate& t : SnippetStore(*m_db).templates().value_or({}))
            found = found || t.url == u"https://api.example/v9/pay";
        QVERIFY(found);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(child<QPushButton>(&dialog, "removePushButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "removePushButton"), Qt::LeftButton);
        QCOMPARE(list->count(), before);
    }

    // The database comes from another computer: its site secrets were sealed with another key.
    void newSiteSecretRecoversFromAnotherKey()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("moved.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoData::create(*db.value(), QDate(2025, 3, 31), 5));
        auto otherKey = SecretBox::fromKey(QByteArray(32, '\x5a'));
        QCOMPARE(SnippetStore(*db.value(), &otherKey.value()).ensureSiteSecrets().value(), 2);

        SnippetsPage page;
        page.setDatabase(db.value().get());
        QVERIFY(page.files().isEmpty());
        auto* warning = child<QLabel>(&page, "warningLabel");
        QVERIFY2(warning->text().contains(QStringLiteral("another key")), qPrintable(warning->text()));
        auto* renew = child<QPushButton>(&page, "renewSiteSecretPushButton");
        QVERIFY(renew->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(renew, Qt::LeftButton);
        QVERIFY(page.files().isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(renew, Qt::LeftButton);
        QVERIFY(!page.files().isEmpty());
    }

    void mainWindowShowsThePage()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db->path()));
        bool found = false;
        for (int i = 0; i < window.pageCount(); ++i)
            found = found || qobject_cast<SnippetsPage*>(window.page(i)) != nullptr;
        QVERIFY(found);
    }

    // OBOLE_SCREENSHOT=path writes the page as a user sees it, with a provider set up.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("OBOLE_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("OBOLE_SCREENSHOT not set");
        auto box = SecretBox::openOrCreate();
        QVERIFY(box);
        SnippetStore store(*m_db, &box.value());
        ProviderCheckSettings settings = store.providerSettings(QStringLiteral("micropaie")).value();
        for (const CheckTemplate& t : store.templates().value_or({})) {
            if (t.code == u"dedipass_json")
                settings.templateId = t.id;
        }
        settings.account = QStringLiteral("pub-7f3a");
        QVERIFY(store.saveProviderSettings(settings));
        QVERIFY(store.setProviderSecret(QStringLiteral("micropaie"), QStringLiteral("screenshot-secret")));
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(m_db->path()));
        for (int i = 0; i < window.pageCount(); ++i) {
            if (qobject_cast<SnippetsPage*>(window.page(i)))
                window.showPage(i);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.findChild<SnippetsPage*>();
        choose(child<QComboBox>(page, "productComboBox"), 1);
        choose(child<QComboBox>(page, "channelComboBox"), QStringLiteral("sms"));
        choose(child<QComboBox>(page, "targetComboBox"), QStringLiteral("html"));
        QTest::qWait(200);
        QVERIFY(window.grab().save(path));
    }
};

QTEST_MAIN(TestSnippetsPage)
#include "tst_snippets_page.moc"
