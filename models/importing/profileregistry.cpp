#include "profileregistry.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
QList<ProfileRegistry::Entry> readFolder(const QString& folder, bool builtIn, QStringList* problems)
{
    QList<ProfileRegistry::Entry> out;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString path = dir.filePath(file);
        auto profile = ImportProfile::fromFile(path);
        if (!profile) {
            if (problems)
                problems->append(profile.error());
            continue;
        }
        out.append({file.chopped(5), path, builtIn, profile.value()});
    }
    return out;
}
} // namespace

QString ProfileRegistry::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QList<ProfileRegistry::Entry> ProfileRegistry::all(QStringList* problems)
{
    QList<Entry> entries = readFolder(QStringLiteral(":/profiles"), true, problems);
    entries.append(readFolder(userFolder(), false, problems));
    return entries;
}

Result<ProfileRegistry::Entry> ProfileRegistry::find(const QString& idOrName)
{
    QStringList problems;
    const QList<Entry> entries = all(&problems);
    for (const Entry& e : entries) {
        if (e.id == idOrName)
            return e;
    }
    for (const Entry& e : entries) {
        if (e.profile.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return e;
    }
    QStringList ids;
    for (const Entry& e : entries)
        ids.append(e.id);
    return Result<Entry>::failure(
        tr("no profile is named \"%1\"; known profiles: %2").arg(idOrName, ids.join(QStringLiteral(", "))));
}

QString ProfileRegistry::idFor(const QString& name)
{
    QString id = name.toLower();
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    id.replace(notAllowed, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("profile") : id;
}

Result<ProfileRegistry::Entry> ProfileRegistry::save(const ImportProfile& profile)
{
    if (auto st = profile.validate(); !st)
        return Result<Entry>::failure(st.error());
    const QString folder = userFolder();
    if (!QDir().mkpath(folder))
        return Result<Entry>::failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    const QString id = idFor(profile.name);
    const QString path = folder + u'/' + id + QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<Entry>::failure(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Result<Entry>::failure(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Entry{id, path, false, profile};
}
