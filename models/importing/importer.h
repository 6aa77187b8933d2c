#pragma once

#include "core/result.h"
#include "importing/importprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>
#include <set>
#include <string>

class Database;

// Imports one file with a profile into the database as one batch, in one transaction: everything or nothing.
// The same file (by SHA-256) is never imported twice; rows already present (by RowIdentity) are counted, not added.
struct ImportOptions
{
    // By default one malformed row rejects the whole file; with this set, bad rows are skipped and listed.
    bool skipBadRows = false;
    // Called now and then with the bytes read so far and the total; returning false cancels the import.
    std::function<bool(qint64 done, qint64 total)> progress;
    // The time the batch records as its import (UTC seconds); now when empty. The demonstration data gives its own,
    // so that it is the same on every run.
    std::optional<qint64> importedUtc;
};

class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    using Options = ImportOptions;

    struct Summary
    {
        QString fileName;
        QString sha256;
        qint64 batchId = 0;
        qint64 rowsRead = 0;
        qint64 rowsAdded = 0;
        qint64 rowsPresent = 0;
        qint64 rowsRejected = 0;
        qint64 rowsSkipped = 0;
        QStringList rejected;         // one message per rejected row (file, line, column, reason)
        bool alreadyImported = false; // the same file was imported before: nothing was read
        QDateTime previousImportUtc;
        qint64 previousBatchId = 0;
        QString encoding;
        QString delimiter;
        QString profile;         // the name of the profile the file was read with
        bool recognised = false; // the profile was picked by recognising the file, not named
        QStringList notes;       // what the file settled: decimal mark, date format (ProfileSurvey)
        QStringList warnings;    // what deserves a look, though the import landed (unknown provider, dates
                                 // far outside the sales log's span)
        QString text() const;    // one line a person reads ("statement.csv: 12 rows read, …")
    };

    static Result<Summary> importFile(Database& db, const ImportProfile& profile, const QString& path,
                                      const Options& options = {});
    // Same, for bytes already in memory; `fileName` is what the batch records and messages show. The bytes are
    // taken by value so that a caller moving them in lets the import free them once decoded.
    static Result<Summary> importData(Database& db, const ImportProfile& profile, QByteArray bytes,
                                      const QString& fileName, const Options& options = {});

    // Removes a batch and every row it added, in one transaction.
    static Status undoBatch(Database& db, qint64 batchId);

    static QString sha256Hex(const QByteArray& bytes);
    // The same of a file (of its first `length` bytes when given), read a megabyte at a time.
    static Result<QString> sha256OfFile(const QString& path, qint64 length = -1);

    // A statement whose dates lie further than this outside the sales log's span gets a warning.
    static constexpr qint64 kFarOutsideSeconds = 31 * 86400;

private:
    // importFile (a path, read piece by piece) and importData (bytes in memory) in one.
    static Result<Summary> importSource(Database& db, const ImportProfile& profile, const QString& path,
                                        QByteArray bytes, const QString& fileName, const Options& options);
    static Status warnAbout(Database& db, Summary& summary, const std::set<std::string, std::less<>>& providersNamed,
                            qint64 firstOccurred, qint64 lastOccurred, ImportProfile::Kind kind);
};
