#include "importjob.h"

#include "importing/csvreader.h"
#include "importing/profilerecognizer.h"
#include "importing/profilesurvey.h"
#include "importing/rowparser.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {
std::function<void()> s_progressHook;
} // namespace

void ImportJob::setProgressHookForTests(std::function<void()> hook)
{
    s_progressHook = std::move(hook);
}

void ImportJob::run(QPromise<FileOutcome>& promise, const Request& request,
                    const std::shared_ptr<std::atomic_bool>& cancel)
{
    const int files = int(request.files.size());
    promise.setProgressRange(0, files * kProgressPerFile);
    auto db = Database::open(request.databasePath);
    for (int i = 0; i < files; ++i) {
        FileOutcome outcome;
        outcome.path = request.files.at(i);
        const QString name = QFileInfo(outcome.path).fileName();
        if (!db) {
            outcome.error = tr("%1: not imported: %2").arg(name, db.error());
        } else if (cancel->load()) {
            outcome.cancelled = true;
            outcome.error = tr("%1: not imported: the import was cancelled before this file.").arg(name);
        } else {
            ImportOptions options;
            options.skipBadRows = request.skipBadRows;
            options.progress = [&promise, &cancel, i](qint64 done, qint64 total) {
                const qint64 share = done * (kProgressPerFile - 1) / qMax(qint64(1), total);
                promise.setProgressValue(i * kProgressPerFile + int(share));
                if (s_progressHook)
                    s_progressHook();
                return !cancel->load();
            };
            auto summary = Importer::importFile(*db.value(), request.profile, outcome.path, options);
            if (summary) {
                outcome.summary = std::move(summary.value());
            } else {
                outcome.error = summary.error();
                outcome.cancelled = cancel->load();
            }
        }
        promise.setProgressValue((i + 1) * kProgressPerFile);
        promise.addResult(std::move(outcome));
    }
}

QString ImportJob::describe(const FileOutcome& outcome)
{
    const QString name = QFileInfo(outcome.path).fileName();
    if (!outcome.summary) {
        if (outcome.cancelled)
            return outcome.error.startsWith(name) ? outcome.error : tr("%1: %2").arg(name, outcome.error);
        // The reasons come one a line (a profile's missing columns, say), most of them naming the file already.
        QString text = tr("%1: not imported; nothing was changed.").arg(name);
        QString error = outcome.error;
        if (error.startsWith(name + QStringLiteral(": ")))
            error.remove(0, name.size() + 2);
        for (const QString& line : error.split(u'\n', Qt::SkipEmptyParts))
            text += QStringLiteral("\n    ") + line;
        return text;
    }
    const Importer::Summary& s = *outcome.summary;
    QString text = s.text();
    for (const QString& note : s.notes)
        text += u'\n' + tr("  Note: %1").arg(note);
    for (const QString& warning : s.warnings)
        text += u'\n' + tr("  ⚠ Warning: %1").arg(warning);
    if (!s.rejected.isEmpty()) {
        text += u'\n' + tr("  Rejected rows (skipped, not imported):");
        for (const QString& row : s.rejected)
            text += QStringLiteral("\n    ") + row;
    }
    return text;
}

QString ImportJob::describeTotals(const QList<FileOutcome>& outcomes)
{
    int imported = 0;
    int already = 0;
    int failed = 0;
    int cancelled = 0;
    qint64 added = 0;
    for (const FileOutcome& o : outcomes) {
        if (o.summary && o.summary->alreadyImported)
            ++already;
        else if (o.summary)
            ++imported;
        else if (o.cancelled)
            ++cancelled;
        else
            ++failed;
        if (o.summary)
            added += o.summary->rowsAdded;
    }
    // Counts after a colon read right whatever the number, in English as in French.
    QString files = tr("Files imported: %1").arg(imported);
    if (already)
        files = tr("%1, already imported before: %2").arg(files).arg(already);
    if (failed)
        files = tr("%1, not imported: %2").arg(files).arg(failed);
    if (cancelled)
        files = tr("%1, cancelled: %2").arg(files).arg(cancelled);
    return tr("%1. Rows added: %2.").arg(files, QLocale().toString(added));
}

QString ImportJob::check(const ImportProfile& profile, const QString& path)
{
    constexpr qint64 headBytes = 64 * 1024;
    constexpr int rowsChecked = 20;
    const QString name = QFileInfo(path).fileName();
    auto head = ProfileRecognizer::readHead(path, headBytes);
    if (!head)
        return head.error();
    auto settled = ProfileSurvey::settle(profile, head.value(), name, rowsChecked);
    if (!settled)
        return settled.error();
    CsvReader reader(settled->profile.csvOptions());
    if (auto st = reader.openData(head.value(), name); !st)
        return st.error();
    auto parser = RowParser::create(settled->profile, reader.header(), name);
    if (!parser)
        return parser.error();
    CsvRecord record;
    ParsedRow row;
    RowError error;
    for (int i = 0; i < rowsChecked; ++i) {
        if (!reader.next(record))
            return reader.error();
        if (!parser->parse(record, row, error))
            return error.message();
    }
    return {};
}
