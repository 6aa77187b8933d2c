#pragma once

#include "core/flathash.h"
#include "core/result.h"
#include "storage/bulkcopy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
    QString madeBy;         // the server role that imported it; empty in a file
};

// One stored transaction, as people read it.
struct StoredTransaction
{
    qint64 id = 0;
    QString kind;
    QString provider;
    QString channel;
    QString reference;
    qint64 occurredUtc = 0;
    QString product;
    qint64 gross = 0;
    std::optional<qint64> net;
    std::optional<qint64> fee;
    QString currency;
    qint64 line = 0;
    QString fileName;
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
    // The span of time every row covers (sales, statements, payouts), empty when nothing was imported.
    Result<std::optional<Span>> rowsSpan();

    // The identities of the rows of earlier batches of `kind` (and `provider`, unless sales), but `exceptBatch` (the
    // one being written): what an import must not add again.
    Status loadIdentities(const QString& kind, const QString& provider, qint64 exceptBatch, FlatHashSet64& out);

    // The identity of a row (its kind and row_hash), empty when there is no such row.
    struct Identity
    {
        QString kind;
        qint64 hash = 0;
    };
    Result<std::optional<Identity>> identityOf(qint64 txnId);
    // The rows carrying these identities (row_hash), by "kind:hash".
    Result<QHash<QString, qint64>> rowsWithHashes(const QList<qint64>& hashes);

    // The rows with these ids (for a page of results); unknown ids are left out.
    Result<QHash<qint64, StoredTransaction>> transactions(const QList<qint64>& ids);
    // Provider and sales rows whose reference or product contains `text` (case-insensitive for ASCII letters).
    // Reads every row: run it off the GUI thread. Stops early, failing, when `cancel` is set.
    Result<std::vector<qint64>> textMatches(const QString& text, const std::atomic<bool>* cancel = nullptr);

    // The fast read of the rows for reconciliation: a statement whose columns are ReaderColumn, the net computed
    // (from the fee when the statement gives only that) or s_unknownNet. It selects the rows lo < id <= hi (bound at
    // 1 and 2), or when `byIds` the rows whose ids are bound at 1 to kIdsPerRead (bindIds), in id order. Without
    // `products` the product column is empty.
    enum ReaderColumn { RId, RKind, RProvider, RChannel, RReference, ROccurred, RGross, RNet, RCurrency, RProduct };
    static constexpr qint64 s_unknownNet = -4611686018427387904LL; // -2^62: no amount reaches it
    Result<Statement> rowReader(bool products, bool byIds);
    // Rows read by id go kIdsPerRead a statement (on a server, one round trip for them all).
    static constexpr int kIdsPerRead = 128;
    // Runs `s` (a statement taking kIdsPerRead ids at 1 to kIdsPerRead, as rowReader(.., true)) for each id of `ids`
    // once, 0 left out, kIdsPerRead at a time; `row` is called on each row it gives.
    static Status readByIds(Statement& s, std::vector<qint64> ids, const std::function<void()>& row);
    // The packed blocks (transaction_blocks) holding rows with lo < id <= hi, in id order, none overlapping.
    enum class RowKind { Sales, Provider, Payout };
    struct PackedRows
    {
        qint64 firstTxnId = 0;
        qint64 rowCount = 0;
        RowKind kind = RowKind::Sales;
        std::string data;
    };
    Result<std::vector<PackedRows>> packedRowsIn(qint64 lo, qint64 hi);
    // Every provider row, for the revenue page's check of which sales a statement confirms: a statement whose columns
    // are ProviderColumn.
    enum ProviderColumn { PvProvider, PvChannel, PvReference, PvCurrency, PvGross, PvOccurred };
    // Every provider row with an id above `after`.
    Result<Statement> providerRowReader(qint64 after = 0);
    // The sales rows for the revenue totals: a statement whose columns are SaleColumn. SalesUpTo: id <= a;
    // SalesBetween: a < id <= b; OneRow: the row whose id is bound at 1 (a first, then rebound by the caller).
    enum SaleColumn { SId, SProvider, SChannel, SReference, SCurrency, SGross, SOccurred, SProduct, SNet };
    enum class SaleRange { SalesUpTo, SalesBetween, OneRow };
    Result<Statement> saleReader(SaleRange range, qint64 a, qint64 b = 0);
    // Every row that happened before `beforeUtc`, for the period report: a statement whose columns are RowColumn (net
    // and fee NULL when the file did not give them).
    enum RowColumn { QId, QKind, QProvider, QChannel, QProduct, QCurrency, QGross, QNet, QFee, QOccurred, QReference };
    Result<Statement> rowsBefore(qint64 beforeUtc);
    // The lowest and highest transaction ids (0 and 0 when there is none).
    Result<std::pair<qint64, qint64>> idSpan();
    // How many rows have an id above `id`.
    Result<qint64> rowsAfter(qint64 id);
    // The batches with an id up to `upTo`, oldest first, as (id, rows added); and the highest batch id (0: none).
    Result<QList<std::pair<qint64, qint64>>> batchSizes(qint64 upTo);
    Result<qint64> lastBatchId();

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
            bool rateColumn = false; // rows may carry a rate (statement_rates)
            qint64 textBytes = 0;    // the size of the file's text: a large one's rows get a table of their own
        };
        static Result<RowWriter> create(Database& db, const Shape& shape, qint64 lastIdBefore);

        // Writes a chunk's rows, and its block while the ids given stay in step with the ones expected. On failure,
        // `failedLine` is the file line of the first row of the statement that failed.
        Status write(const StagedChunk& chunk, qint64& failedLine);
        // After the last chunk: what write() left on its way is stored (on a server, the COPY still open and the
        // blocks held back). The rows are all in their tables only once this has succeeded.
        Status finish(qint64& failedLine);

    private:
        RowWriter(Database& db, const Shape& shape, qint64 lastIdBefore)
            : m_db(&db), m_shape(shape), m_nextId(lastIdBefore + 1)
        {
        }
        void bindRow(Statement& st, int row, bool sharedCurrency, const StagedChunk& chunk, size_t index);
        Status copyRows(const StagedChunk& chunk);
        Status storeHeldBlocks(qint64& failedLine);

        Database* m_db;
        Shape m_shape;
        int m_perRowShared = 0;
        QByteArray m_providerUtf8;
        Statement m_many;
        Statement m_manyOneCurrency;
        Statement m_one;
        Statement m_block;
        Statement m_rate;
        qint64 m_nextId = 1;
        bool m_blocksInStep = true;
        // Server: one COPY takes the rows of many chunks, so that the server stores them while the next ones are
        // read; the chunks' blocks wait until it ends (a few megabytes at most), as the connection runs one command.
        struct HeldBlock
        {
            qint64 firstId;
            qint64 rows;
            qint64 firstLine;
            std::string data;
        };
        std::optional<BulkCopy> m_copy;
        std::vector<HeldBlock> m_heldBlocks;
        size_t m_heldBytes = 0;
        // Server: the table the COPY fills: transactions, or for a large import a table of its own (schema step 24),
        // made at the first COPY and keyed by finish().
        bool m_ownTable = false;
        std::string m_rowsTable = "transactions";
    };

private:
    Result<std::optional<Span>> spanOf(bool salesOnly);

    Database& m_db;
};
