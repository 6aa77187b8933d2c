#pragma once

#include "core/flathash.h"
#include "core/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

struct StagedChunk;

// One import batch as stored: the file, how it was read, and what it added.
struct ImportBatchRecord
{
    qint64 id = 0;
    QString kind; // ImportStore::kSales, kProvider or kPayout
    QString provider;
    QString fileName;
    QString profile;
    QString encoding;
    QString sha256;
    qint64 importedUtc = 0;
    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsPresent = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsRejected = 0;
    QString rejectedDetail; // one rejected line per line of text
};

// The only code that speaks SQL for the imported data: the batches (import_batches), their rows (transactions) and
// the rows packed by chunk (transaction_blocks). The importer writes through it; pages and commands read through it.
class ImportStore final
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)
public:
    // The kinds of rows, as the transactions table's CHECK spells them.
    static constexpr const char* kSales = "sales";
    static constexpr const char* kProvider = "provider";
    static constexpr const char* kPayout = "payout";

    explicit ImportStore(Database& db) : m_db(db) {}

    // Every batch, newest first (by import time), or in the order they were made (by id) when `byId`.
    Result<QList<ImportBatchRecord>> batches(bool byId = false);
    Result<std::optional<ImportBatchRecord>> batch(qint64 id);
    // The most recent import, if any.
    Result<std::optional<ImportBatchRecord>> lastBatch();
    // Another batch of the same file (by its SHA-256), other than `exceptId`.
    Result<std::optional<ImportBatchRecord>> batchWithHash(const QString& sha256, qint64 exceptId);

    // The highest transaction id (0 for none): new rows are given the ids after it.
    Result<qint64> lastTransactionId();
    // True when a sales log or a statement has been imported (payouts alone do not count).
    Result<bool> hasSalesOrStatementRows();
    // The currency of the first provider row, empty when there is none.
    Result<QString> firstStatementCurrency();
    // The span of time the sales log covers (UTC seconds), empty when no sales were imported.
    struct Span
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    Result<std::optional<Span>> salesSpan();

    // The identities of the rows of earlier batches of `kind` (and `provider`, unless sales): what an import must not
    // add again.
    Status loadIdentities(const QString& kind, const QString& provider, FlatHashSet64& out);

    // A batch is created before its rows are written (they refer to it), then finished with its counts.
    Result<qint64> createBatch(const QString& kind, const QString& provider, const QString& fileName,
                               const QString& profile, qint64 importedUtc, const QString& encoding);
    struct Finish
    {
        qint64 rowsRead = 0;
        qint64 rowsAdded = 0;
        qint64 rowsPresent = 0;
        qint64 rowsRejected = 0;
        qint64 rowsSkipped = 0;
        QStringList rejected;
        qint64 firstTxnId = 0;
        qint64 lastTxnId = 0; // below firstTxnId when nothing was added
        QString sha256;
        std::optional<Span> span; // of the rows added
    };
    Status finishBatch(qint64 batchId, const Finish& finish);
    // Removes a batch, its rows and their blocks. Fails when there is no such batch.
    Status removeBatch(qint64 batchId);

    // Writes the rows of one batch, many to a statement, and each chunk's packed block. See importer.cpp for the
    // shape of the file it is fed from.
    class RowWriter final
    {
    public:
        struct Shape
        {
            qint64 batchId = 0;
            QString kind;
            QString provider; // the provider of every row when the file has no provider column
            bool providerColumn = false;
            bool netColumn = false;
            bool feeColumn = false;
        };
        static Result<RowWriter> create(Database& db, const Shape& shape, qint64 lastIdBefore);

        // Writes a chunk's rows, and its block while the ids given stay in step with the ones expected. On failure,
        // `failedLine` is the file line of the first row of the statement that failed.
        Status write(const StagedChunk& chunk, qint64& failedLine);

    private:
        RowWriter(Database& db, const Shape& shape, qint64 lastIdBefore)
            : m_db(&db), m_shape(shape), m_nextId(lastIdBefore + 1)
        {
        }
        void bindRow(Statement& st, int row, bool sharedCurrency, const StagedChunk& chunk, size_t index);

        Database* m_db;
        Shape m_shape;
        int m_perRowShared = 0;
        QByteArray m_providerUtf8;
        Statement m_many;
        Statement m_manyOneCurrency;
        Statement m_one;
        Statement m_block;
        qint64 m_nextId = 1;
        bool m_blocksInStep = true;
    };

private:
    Database& m_db;
};
