#pragma once

// Shared by the tst_snippets* suites: running the real interpreters, hostile names, a demo database whose providers
// check their codes against the fake provider (fake_provider.js).

#include "catalog/catalogstore.h"
#include "demo/demodata.h"
#include "snippets/secretbox.h"
#include "snippets/snippetstore.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

namespace SnippetTest {

inline QString scriptPath(const char* name)
{
    return QStringLiteral(OBOLE_SOURCE_DIR "/tests/snippets/") + QLatin1StringView(name);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

inline Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {},
               int timeoutMs = 60000, const QByteArray& input = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, p.errorString().toUtf8()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, p.readAllStandardOutput(), "timed out: " + p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QJsonObject runJson(const QStringList& nodeArgs)
{
    const Run r = run(QStringLiteral("node"), nodeArgs);
    return QJsonDocument::fromJson(r.out).object();
}

// Names a webmaster might type, each hostile to one of the contexts the generator writes into.
inline QStringList hostileNames()
{
    return {
        QStringLiteral("O'Brien \"VIP\" ?> </script><b>"),
        QStringLiteral("Line one\nLine two\r\nthree"),
        QStringLiteral("Back\\slash\\"),
        QStringLiteral("${x} `${y}` {{offer:raw_id}} {{site_secret_hex:trusted}}"),
        QString::fromUtf8("Ωμέγα 東京 Привет 🎉 « Nébuleuse »"),
        QStringLiteral("<!-- --> ]]> <?php echo 1; ?> <script>alert(1)</script>"),
        QStringLiteral("tab\there \x01\x1f\x7f end\u2028sep\u2029"),
        QStringLiteral("O'Brien \"VIP\" ?> </script><b> \\ ${x}\nΩ 東京"),
    };
}

// A server started by a test, stopped by its destructor. It runs under timeout(1), so even a test that crashes
// leaves no server behind for more than five minutes.
class Server final
{
public:
    Server() = default;
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
    ~Server() { stop(); }

    bool start(const QString& program, const QStringList& args, const QProcessEnvironment& env,
               const QString& workingDirectory = {})
    {
        m_process.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            m_process.setWorkingDirectory(workingDirectory);
        m_process.start(QStringLiteral("timeout"),
                        QStringList{QStringLiteral("-k"), QStringLiteral("5"), QStringLiteral("300"), program} + args);
        return m_process.waitForStarted(10000);
    }
    // Reads stdout until a line starts with `prefix`; returns the rest of that line.
    QString waitForLine(const QString& prefix, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(prefix))
                    return line.mid(prefix.size()).trimmed();
            }
            m_process.waitForReadyRead(100);
        }
        return {};
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            // SIGTERM to timeout(1), which passes it on to the server and exits with it.
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
};

inline QString freePort()
{
    return QString::fromUtf8(run(QStringLiteral("node"), {scriptPath("free_port.js")}).out).trimmed();
}

// The secrets each demo provider holds, with characters hostile to PHP and JavaScript strings (ASCII, because one
// goes into an HTTP header).
inline QString providerAccount(const QString& code)
{
    return QStringLiteral("acct-%1-'\"\\$x<&>").arg(code);
}
inline QString providerSecret(const QString& code)
{
    return QStringLiteral("S3cr3t-%1-'\"\\${y}{code}?>").arg(code);
}

// Points every demo provider at the fake provider (base URL like http://127.0.0.1:PORT), one built-in template
// style each: micropaie JSON status, prepago pipe OUI|…, btcpay generic JSON POST, tirelire plain OK.
inline QString configureProviders(Database& db, const SecretBox& box, const QString& baseUrl)
{
    SnippetStore store(db, &box);
    auto templates = store.templates();
    if (!templates)
        return templates.error();
    auto providers = CatalogStore(db).providers();
    if (!providers)
        return providers.error();
    const QHash<QString, std::pair<QString, QString>> styles{
        {QStringLiteral("micropaie"), {QStringLiteral("dedipass_json"), QStringLiteral("/dedipass/v1/pay/")}},
        {QStringLiteral("prepago"), {QStringLiteral("starpass_pipe"), QStringLiteral("/starpass/check_php.php")}},
        {QStringLiteral("btcpay"), {QStringLiteral("generic_json"), QStringLiteral("/generic/verify")}},
        {QStringLiteral("tirelire"), {QStringLiteral("allopass_ok"), QStringLiteral("/allopass/checkcode.apu")}},
    };
    for (const Provider& p : providers.value()) {
        const auto style = styles.value(p.code);
        CheckTemplate copy;
        for (const CheckTemplate& t : templates.value()) {
            if (t.code == style.first)
                copy = t;
        }
        if (copy.code.isEmpty())
            return QStringLiteral("no template %1").arg(style.first);
        copy.id = 0;
        copy.builtIn = false;
        copy.code = QStringLiteral("test_") + p.code;
        copy.name = QStringLiteral("Test ") + copy.name;
        copy.url = baseUrl + style.second;
        auto id = store.saveTemplate(copy);
        if (!id)
            return id.error();
        ProviderCheckSettings settings;
        settings.providerCode = p.code;
        settings.templateId = id.value();
        settings.account = providerAccount(p.code);
        settings.payUrl =
            QStringLiteral("https://pay.example/%1?price={price}&currency={currency}&item={product}").arg(p.code);
        if (auto st = store.saveProviderSettings(settings); !st)
            return st.error();
        if (auto st = store.setProviderSecret(p.code, providerSecret(p.code)); !st)
            return st.error();
    }
    return {};
}

// The demo merchant with hostile product and site names. Returns an error message, empty on success.
inline QString makeHostileDemo(Database& db)
{
    auto created = DemoData::create(db, QDate(2025, 3, 31), 7);
    if (!created)
        return created.error();
    CatalogStore store(db);
    auto products = store.products();
    if (!products)
        return products.error();
    const QStringList names = hostileNames();
    for (Product p : products.value()) {
        p.name = names.at(int((p.id - 1) % names.size()));
        if (auto saved = store.save(p); !saved)
            return saved.error();
    }
    auto sites = store.sites();
    if (!sites)
        return sites.error();
    for (Site s : sites.value()) {
        s.name = names.at(int(s.id % names.size()));
        if (auto saved = store.save(s); !saved)
            return saved.error();
    }
    return {};
}

} // namespace SnippetTest
