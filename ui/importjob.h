#pragma once

#include "core/result.h"
#include "importing/importer.h"
#include "importing/importprofile.h"

#include <QCoreApplication>
#include <QPromise>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// What the import dialog runs on a worker thread: files imported one after another with one profile, each in its
// own transaction, through a connection of the worker's own on the same database file. Also the quick checks the
// dialog and the mapping wizard make on the first bytes of a file.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    struct Request
    {
        QString databasePath;
        ImportProfile profile;
        QStringList files;
        bool skipBadRows = false;
    };

    struct FileOutcome
    {
        QString path;
        std::optional<Importer::Summary> summary; // imported, or recognised as already imported
        QString error;                            // why the file was not imported (summary is empty then)
        bool cancelled = false;
    };

    // Progress runs from 0 to files × kProgressPerFile; the file being read is value / kProgressPerFile.
    static constexpr int kProgressPerFile = 1000;

    // One result per file, in order, reported as each file ends. Setting `cancel` stops the file being read (its
    // transaction is rolled back) and skips the ones after it.
    static void run(QPromise<FileOutcome>& promise, const Request& request,
                    const std::shared_ptr<std::atomic_bool>& cancel);

    // The lines of the summary for one file: its counts and rejected rows, "already imported on …", or why it was
    // not imported.
    static QString describe(const FileOutcome& outcome);
    // The closing line: how many files were imported, rejected or cancelled, and rows added.
    static QString describeTotals(const QList<FileOutcome>& outcomes);

    // Whether `profile` reads the file: its columns are found and its first rows parse. Empty when it does,
    // otherwise the first problem (file, line, column and reason).
    static QString check(const ImportProfile& profile, const QString& path);

    // Test seam: called on the worker thread after each progress report (a test may block it to act mid-import).
    static void setProgressHookForTests(std::function<void()> hook);
};
