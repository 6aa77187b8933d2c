#include "passwordkeyring.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace {

const QString s_service = QStringLiteral("Obole");
// A keyring that does not answer (no secret service on the session bus) must not hold the window for long.
constexpr int s_waitMs = 3000;

// Runs a job to its end, or until the wait is over; false when it did not finish in time.
bool finish(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(s_waitMs, &loop, &QEventLoop::quit);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&done] { done = true; });
    job.start();
    if (!done)
        loop.exec();
    return done;
}

} // namespace

QString PasswordKeyring::read(const QString& location)
{
    QKeychain::ReadPasswordJob job(s_service);
    job.setAutoDelete(false);
    job.setKey(location);
    if (!finish(job) || job.error() != QKeychain::NoError)
        return {};
    return job.textData();
}

QString PasswordKeyring::write(const QString& location, const QString& password)
{
    QKeychain::WritePasswordJob job(s_service);
    job.setAutoDelete(false);
    job.setKey(location);
    job.setTextData(password);
    if (!finish(job))
        return QCoreApplication::translate("PasswordKeyring", "the system keyring did not answer");
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return QCoreApplication::translate("PasswordKeyring", "no system keyring is available (%1)")
            .arg(job.errorString());
    if (job.error() != QKeychain::NoError)
        return QCoreApplication::translate("PasswordKeyring", "the system keyring refused it (%1)")
            .arg(job.errorString());
    return {};
}

void PasswordKeyring::remove(const QString& location)
{
    QKeychain::DeletePasswordJob job(s_service);
    job.setAutoDelete(false);
    job.setKey(location);
    finish(job);
}

QString PasswordKeyring::withKeptPassword(const QString& location)
{
    if (!Database::isServerLocation(location))
        return location;
    QUrl url(location);
    if (!url.isValid() || !url.password().isEmpty())
        return location;
    const QString password = read(location);
    if (password.isEmpty())
        return location;
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}
