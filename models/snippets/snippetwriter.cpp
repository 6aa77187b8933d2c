#include "snippetwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace {

fs::path native(const QString& path)
{
    return fs::path(QFile::encodeName(path).toStdString());
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool present(const QString& path)
{
    std::error_code ec;
    return fs::symlink_status(native(path), ec).type() != fs::file_type::not_found && !ec;
}

// The first number `pattern` captures in the file, or 0.
qint64 numberIn(const QString& path, const QRegularExpression& pattern)
{
    if (QFileInfo(path).isSymLink())
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const auto m = pattern.match(QString::fromUtf8(file.read(64 * 1024)));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// The site a folder holds the snippet of: its marker, else the site file an older Obole wrote; 0 when none.
qint64 folderSite(const QDir& root)
{
    static const QRegularExpression marker(QStringLiteral("^site_id=([0-9]{1,18})$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression php(QStringLiteral("'site_id' => ([0-9]{1,18}),"));
    static const QRegularExpression js(QStringLiteral("siteId: ([0-9]{1,18}),"));
    if (const qint64 id = numberIn(root.filePath(SnippetWriter::markerName()), marker))
        return id;
    if (const qint64 id = numberIn(root.filePath(QStringLiteral("obole-site.php")), php))
        return id;
    return numberIn(root.filePath(QStringLiteral("obole-site.js")), js);
}

} // namespace

QString SnippetWriter::markerName()
{
    return QStringLiteral(".obole-site");
}

Status SnippetWriter::write(const QString& folder, const QList<GeneratedFile>& files, qint64 siteId)
{
    if (files.isEmpty())
        return Status::failure(tr("There is nothing to write."));
    const bool existed = QFileInfo::exists(folder);
    if (!existed && !QDir().mkpath(folder))
        return Status::failure(tr("Cannot create the folder %1.").arg(shown(folder)));
    const QString rootPath = QFileInfo(folder).canonicalFilePath();
    if (rootPath.isEmpty() || !QFileInfo(rootPath).isDir())
        return Status::failure(tr("%1 is not a folder.").arg(shown(folder)));
    const QDir root(rootPath);
    auto removeRootIfMade = [&]() {
        if (!existed)
            QDir().rmdir(rootPath);
    };

    if (const qint64 other = folderSite(root); other != 0 && other != siteId) {
        removeRootIfMade();
        return Status::failure(tr("%1 holds the snippet of another site (site %2). Write the snippet of site %3 into "
                                  "a folder of its own: two sites in one folder would share their used codes and "
                                  "their sales log.")
                                   .arg(shown(rootPath))
                                   .arg(other)
                                   .arg(siteId));
    }

    // Guards first, then the marker, then the rest in the generator's order.
    QList<GeneratedFile> ordered = files;
    std::stable_sort(ordered.begin(), ordered.end(), [](const GeneratedFile& a, const GeneratedFile& b) {
        return a.path.endsWith(QLatin1StringView(".htaccess")) && !b.path.endsWith(QLatin1StringView(".htaccess"));
    });
    const qsizetype guards = std::count_if(ordered.cbegin(), ordered.cend(), [](const GeneratedFile& f) {
        return f.path.endsWith(QLatin1StringView(".htaccess"));
    });
    ordered.insert(guards, GeneratedFile{markerName(),
                                         QByteArray("# The Obole snippet of one site: Obole refuses to write another "
                                                    "site's here.\nsite_id=") +
                                             QByteArray::number(siteId) + '\n',
                                         GeneratedFile::Language::Text, false});

    // No folder of the set may lead out of the output folder through a link.
    for (const GeneratedFile& f : std::as_const(ordered)) {
        const QStringList parts = f.path.split(u'/');
        if (f.path.isEmpty() || f.path.startsWith(u'/') || parts.contains(QStringLiteral("..")) ||
            parts.contains(QStringLiteral(".")) || parts.contains(QString())) {
            removeRootIfMade();
            return Status::failure(tr("The snippet file name \"%1\" is not usable.").arg(f.path));
        }
        QString prefix = rootPath;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            prefix += u'/' + parts.at(i);
            const QFileInfo info(prefix);
            if (!info.isSymLink())
                continue;
            const QString target = info.canonicalFilePath();
            if (target.isEmpty() || !QString(target + u'/').startsWith(QString(rootPath + u'/'))) {
                removeRootIfMade();
                return Status::failure(tr("%1 is a symbolic link to %2, outside the output folder: Obole does not "
                                          "write through it. Remove the link, or write the snippet elsewhere.")
                                           .arg(shown(prefix), shown(info.symLinkTarget())));
            }
        }
    }

    // Stage everything in a private folder inside the output folder (same file system, so renames are atomic).
    QTemporaryDir staging(root.filePath(QStringLiteral(".obole-write-XXXXXX")));
    if (!staging.isValid()) {
        removeRootIfMade();
        return Status::failure(tr("Cannot write into %1: %2").arg(shown(rootPath), staging.errorString()));
    }
    const QDir stage(staging.path());
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const GeneratedFile& f = ordered.at(i);
        const QString path = stage.filePath(QStringLiteral("new/") + f.path);
        QFile out(path);
        const bool ok =
            QDir().mkpath(QFileInfo(path).absolutePath()) && out.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
            (!f.holdsSecret ||
             out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup)) &&
            out.write(f.content) == f.content.size() && out.flush();
        if (!ok) {
            const QString why = out.errorString();
            out.close();
            staging.remove();
            removeRootIfMade();
            return Status::failure(
                tr("Cannot write %1: %2; nothing was written.").arg(shown(root.filePath(f.path)), why));
        }
        out.close();
    }

    // Install: each file renamed into place; what it replaces is kept aside until the last rename succeeds.
    struct Done
    {
        QString target;
        QString backup; // empty when nothing was there
    };
    QList<Done> done;
    QStringList madeFolders;
    auto rollback = [&]() {
        std::error_code ec;
        for (auto it = done.crbegin(); it != done.crend(); ++it) {
            fs::remove(native(it->target), ec);
            if (!it->backup.isEmpty())
                fs::rename(native(it->backup), native(it->target), ec);
        }
        for (auto it = madeFolders.crbegin(); it != madeFolders.crend(); ++it)
            QDir().rmdir(*it);
    };
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const GeneratedFile& f = ordered.at(i);
        const QString target = root.filePath(f.path);
        std::error_code ec;
        const QStringList parts = f.path.split(u'/');
        QString prefix = rootPath;
        for (qsizetype p = 0; p + 1 < parts.size() && !ec; ++p) {
            prefix += u'/' + parts.at(p);
            if (!present(prefix) && fs::create_directory(native(prefix), ec))
                madeFolders.append(prefix);
        }
        Done step{target, {}};
        if (!ec && present(target)) {
            step.backup = stage.filePath(QStringLiteral("old-%1").arg(i));
            fs::rename(native(target), native(step.backup), ec);
        }
        if (!ec) {
            fs::rename(native(stage.filePath(QStringLiteral("new/") + f.path)), native(target), ec);
            if (ec && !step.backup.isEmpty()) {
                std::error_code back;
                fs::rename(native(step.backup), native(target), back);
            }
        }
        if (ec) {
            rollback();
            staging.remove();
            removeRootIfMade();
            return Status::failure(tr("Cannot write %1: %2; nothing was written.")
                                       .arg(shown(target), QString::fromLocal8Bit(ec.message())));
        }
        done.append(step);
    }
    return {};
}
