#include "importer.h"

#include "catalog/catalogstore.h"
#include "csvreader.h"
#include "profilesurvey.h"
#include "revenue/revenueaggregates.h"
#include "rowidentity.h"
#include "rowparser.h"
#include "stagingpipeline.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <openssl/evp.h>

#include <chrono>
#include <future>
#include <limits>
#include <set>

namespace {

// 64 rows of 11 values stay well under SQLite's limit on bound parameters.
constexpr int s_rowsPerStatement = 64;
// A batch whose range of ids is not known (NULL) is looked for over the whole table.
constexpr std::string_view s_unknownLastId = "9223372036854775807";
// From this size on, an import is worth leaving the write-ahead log for (about 100,000 rows).
constexpr qsizetype s_bulkWriteBytes = 8 * 1024 * 1024;

QString kindText(ImportProfile::Kind kind)
{
    switch (kind) {
    case ImportProfile::Kind::Sales:
        return QStringLiteral("sales");
    case ImportProfile::Kind::Payout:
        return QStringLiteral("payout");
    case ImportProfile::Kind::Provider:
        break;
    }
    return QStringLiteral("provider");
}

Status lastTransactionId(Database& db, qint64& id)
{
    auto last = db.prepare("SELECT coalesce(max(id), 0) FROM transactions");
    if (!last)
        return Status::failure(last.error());
    auto row = last->next();
    if (!row)
        return Status::failure(row.error());
    id = last->int64(0);
    return {};
}

} // namespace

Status Importer::warnAbout(Database& db, Summary& summary, const std::set<std::string, std::less<>>& providersNamed,
                           qint64 firstOccurred, qint64 lastOccurred, ImportProfile::Kind kind)
{
    // A provider the catalog does not know: its rows import, but no price point, payout or check refers to them.
    if (!providersNamed.empty()) {
        auto providers = CatalogStore(db).providers();
        if (!providers)
            return Status::failure(providers.error());
        QStringList unknown;
        for (const std::string& name : providersNamed) {
            const QString code = QString::fromStdString(name);
            const bool known = std::any_of(providers->cbegin(), providers->cend(),
                                           [&code](const Provider& p) { return p.code == code; });
            if (!code.isEmpty() && !known)
                unknown << code;
        }
        if (!unknown.isEmpty())
            summary.warnings << tr("the catalog has no provider %1: add it in Price points → Providers (or pick the "
                                   "catalog's in the profile), or its rows stay apart from its price points and payouts")
                                    .arg(unknown.join(QStringLiteral(", ")));
    }
    // A statement far outside the sales log's span is most likely the wrong file (another year, another merchant).
    if (kind == ImportProfile::Kind::Sales || summary.rowsAdded == 0)
        return {};
    auto span = db.prepare("SELECT min(coalesce(first_occurred_utc, (SELECT min(occurred_utc) FROM transactions t "
                           "WHERE t.batch_id = b.id))), max(coalesce(last_occurred_utc, (SELECT max(occurred_utc) "
                           "FROM transactions t WHERE t.batch_id = b.id))) FROM import_batches b "
                           "WHERE b.kind = 'sales' AND b.rows_added > 0");
    if (!span)
        return Status::failure(span.error());
    auto row = span->next();
    if (!row)
        return Status::failure(row.error());
    if (!row.value() || span->isNull(0))
        return {};
    const qint64 salesFirst = span->int64(0);
    const qint64 salesLast = span->int64(1);
    if (firstOccurred < salesFirst - kFarOutsideSeconds || lastOccurred > salesLast + kFarOutsideSeconds) {
        const auto day = [](qint64 utc) {
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date(), QLocale::ShortFormat);
        };
        summary.warnings << tr("its dates (%1 to %2) lie more than %3 days outside the sales log's (%4 to %5): is "
                               "it the right file?")
                                .arg(day(firstOccurred), day(lastOccurred))
                                .arg(kFarOutsideSeconds / 86400)
                                .arg(day(salesFirst), day(salesLast));
    }
    return {};
}

QString Importer::sha256Hex(const QByteArray& bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString Importer::Summary::text() const
{
    if (alreadyImported) {
        return tr("%1: already imported on %2 (batch %3); nothing added.")
            .arg(fileName, previousImportUtc.toLocalTime().toString(Qt::ISODate))
            .arg(previousBatchId);
    }
    const QString counts = tr("%1: %2 rows read, %3 added, %4 already present, %5 skipped, %6 rejected (batch %7)")
                               .arg(fileName)
                               .arg(rowsRead)
                               .arg(rowsAdded)
                               .arg(rowsPresent)
                               .arg(rowsSkipped)
                               .arg(rowsRejected)
                               .arg(batchId);
    if (profile.isEmpty())
        return tr("%1.").arg(counts);
    return recognised ? tr("%1, read as \"%2\" (recognised from the file).").arg(counts, profile)
                      : tr("%1, read as \"%2\".").arg(counts, profile);
}

Result<Importer::Summary> Importer::importFile(Database& db, const ImportProfile& profile, const QString& path,
                                               const Options& options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<Summary>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<Summary>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return importData(db, profile, std::move(bytes), name, options);
}

Result<Importer::Summary> Importer::importData(Database& db, const ImportProfile& givenProfile, QByteArray bytes,
                                               const QString& fileName, const Options& options)
{
    using R = Result<Summary>;
    Summary summary;
    summary.fileName = fileName;
    summary.profile = givenProfile.name;
    // What the profile leaves to the file (decimal mark "auto", several date formats) is settled from all of it first.
    auto settled = ProfileSurvey::settle(givenProfile, bytes, fileName);
    if (!settled)
        return R::failure(tr("%1 (the file was not imported; nothing was changed)").arg(settled.error()));
    const ImportProfile& profile = settled->profile;
    summary.notes = settled->notes;
    const QString kind = kindText(profile.kind);
    // A sales log may name a provider per line (its provider column), else the profile's, if any.
    const QString provider = profile.provider;

    // Every row written refers to the batch created just below, so checking that reference a million times would
    // only cost time; foreign keys come back on when the import ends, whatever happens.
    const bool outermost = db.exec("PRAGMA foreign_keys=OFF").ok();
    const auto restoreForeignKeys = qScopeGuard([&db, outermost] {
        if (outermost)
            (void)db.exec("PRAGMA foreign_keys=ON");
    });
    // The kind each row gets is written into the statement as one of the three words the table's CHECK allows:
    // checking it again on a million rows would only cost time (about 3 % of the writing thread).
    (void)db.exec("PRAGMA ignore_check_constraints=ON");
    const auto restoreChecks = qScopeGuard([&db] { (void)db.exec("PRAGMA ignore_check_constraints=OFF"); });
    // A big file is written with a rollback journal when nothing else has the database open.
    const BulkWrite bulk(db, bytes.size() >= s_bulkWriteBytes);
    // The write lock is taken first, so the checks below and the writes see the same database.
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tr("%1: cannot start the import: %2").arg(fileName, tx.error()));

    // The file is hashed on a second thread while this one starts on its rows. Should the hash show it imported
    // already, the transaction is rolled back: nothing of it is kept, and the answer is "already imported".
    auto hashing = std::async(std::launch::async, [data = bytes] { return sha256Hex(data); });
    std::optional<Summary> earlier;
    bool hashChecked = false;
    auto checkHash = [&](bool wait) -> Status {
        if (hashChecked || (!wait && hashing.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
            return {};
        hashChecked = true;
        summary.sha256 = hashing.get();
        auto seen = db.prepare("SELECT id, imported_utc FROM import_batches WHERE file_sha256 = ? AND id <> ?");
        if (!seen)
            return Status::failure(seen.error());
        seen->bind(1, summary.sha256).bind(2, summary.batchId);
        auto row = seen->next();
        if (!row)
            return Status::failure(row.error());
        if (row.value()) {
            Summary before;
            before.fileName = fileName;
            before.sha256 = summary.sha256;
            before.alreadyImported = true;
            before.previousBatchId = seen->int64(0);
            before.previousImportUtc = QDateTime::fromSecsSinceEpoch(seen->int64(1), Qt::UTC);
            earlier = before;
        }
        return {};
    };
    // Any failure of a file imported already is reported as that.
    auto failed = [&](const QString& message) -> R {
        if (auto st = checkHash(true); !st)
            return R::failure(st.error());
        return earlier ? R(*earlier) : R::failure(message);
    };

    // The text is decoded as it is read, on the staging thread, while this one writes.
    CsvReader::Options readerOptions = profile.csvOptions();
    readerOptions.decodeAsRead = true;
    readerOptions.invalidUtf8PerRecord = options.skipBadRows;
    CsvReader reader(readerOptions);
    if (const Status opened = reader.openData(bytes, fileName); !opened)
        return failed(opened.error());
    // Progress is the staging thread's position in the text against its size, as known now (the reader is the
    // staging thread's from here on).
    const qsizetype textSize = std::max<qsizetype>(1, reader.size());
    // The raw bytes are kept only as long as something needs them: the hashing thread holds its own reference, and
    // the reader keeps them while it still has text to decode (a file decoded whole no longer needs them at all).
    bytes = QByteArray();
    reader.dropRawBytes();
    summary.encoding = TextCodec::name(reader.encoding());
    summary.delimiter = ImportProfile::delimiterName(reader.delimiter());
    auto parser = RowParser::create(profile, reader.header(), fileName);
    if (!parser)
        return failed(parser.error());

    auto batch = db.prepare("INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, "
                            "imported_utc, encoding) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!batch)
        return failed(batch.error());
    // Its hash is written once known: until then it holds a placeholder no file can hash to.
    batch->bind(1, kind).bind(2, provider).bind(3, fileName).bind(4, QStringLiteral("pending")).bind(5, profile.name);
    batch->bind(6, QDateTime::currentSecsSinceEpoch()).bind(7, summary.encoding);
    if (auto st = batch->run(); !st)
        return failed(st.error());
    summary.batchId = db.lastInsertId();

    // Identities already stored by earlier batches of this kind (and provider, for a statement): a re-import or an
    // overlapping file adds nothing twice. Each batch's rows are read along its range of ids, not found by a scan.
    FlatHashSet64 existing;
    {
        // CROSS JOIN keeps the batches outside, and the + keeps SQLite from building an index on batch_id.
        auto known = db.prepare("SELECT t.row_hash FROM import_batches b CROSS JOIN transactions t "
                                "ON t.id BETWEEN coalesce(b.first_txn_id, 0) AND coalesce(b.last_txn_id, " +
                                std::string(s_unknownLastId) + ") AND +t.batch_id = b.id "
                                "WHERE b.kind = ?1 AND (?1 = 'sales' OR b.provider = ?2)");
        if (!known)
            return failed(known.error());
        known->bind(1, kind).bind(2, provider);
        if (auto st = known->forEach([&] { existing.insert(quint64(known->int64(0))); }); !st)
            return failed(st.error());
    }
    qint64 lastIdBefore = 0;
    if (auto st = lastTransactionId(db, lastIdBefore); !st)
        return failed(st.error());

    // Reading and parsing run on a worker thread while this thread writes: the two halves take about as long.
    // Rows are written many to a statement, which spares SQLite most of its per-statement work, and each value is
    // given to SQLite as cheaply as it allows: the batch and the kind are written into the statement; so is NULL for
    // a net or fee column the profile has not; the provider of a statement without a provider column is bound once
    // for all rows (?1), and so is the currency of 64 rows that share it (?2), in a second form of the statement.
    // Every other value is bound to a numbered parameter of its own, from ?3 on.
    using F = ImportProfile::Field;
    const bool oneProvider = !profile.column(F::Provider).isSet();
    const bool netColumn = profile.column(F::Net).isSet();
    const bool feeColumn = profile.column(F::Fee).isSet();
    const int perRowShared = 7 + (oneProvider ? 0 : 1) + (netColumn ? 1 : 0) + (feeColumn ? 1 : 0);
    auto insertSql = [&](int rows, bool sharedCurrency) {
        std::string sql = "INSERT INTO transactions (batch_id, kind, provider, channel, reference, row_hash, "
                          "occurred_utc, product, gross_minor, net_minor, fee_minor, currency, line) VALUES ";
        const int perRow = perRowShared + (sharedCurrency ? 0 : 1);
        for (int row = 0; row < rows; ++row) {
            int n = 3 + row * perRow;
            auto value = [&sql](const char* text) { sql.append(",").append(text); };
            auto parameter = [&sql, &n] { sql.append(",?").append(std::to_string(n++)); };
            sql.append(row ? ",(" : "(").append(std::to_string(summary.batchId)).append(",'");
            sql.append(kind.toStdString()).append("'");
            if (oneProvider)
                value("?1");
            else
                parameter();
            for (int k = 0; k < 6; ++k) // channel, reference, row_hash, occurred_utc, product, gross
                parameter();
            netColumn ? parameter() : value("NULL");
            feeColumn ? parameter() : value("NULL");
            sharedCurrency ? value("?2") : parameter();
            parameter(); // line
            sql.append(")");
        }
        return sql;
    };
    auto many = db.prepare(insertSql(s_rowsPerStatement, false));
    auto manyOneCurrency = db.prepare(insertSql(s_rowsPerStatement, true));
    auto one = db.prepare(insertSql(1, false));
    if (!many || !manyOneCurrency || !one)
        return failed(!many ? many.error() : !one ? one.error() : manyOneCurrency.error());
    const QByteArray providerUtf8 = provider.toUtf8();
    if (oneProvider) {
        const std::string_view text(providerUtf8.constData(), size_t(providerUtf8.size()));
        for (Statement* st : {&many.value(), &manyOneCurrency.value(), &one.value()})
            st->bind(1, text);
    }

    StagingPipeline pipeline(reader, parser.value(), kind, provider, std::move(existing), options.skipBadRows);
    QString failure;
    auto bindRow = [&](Statement& st, int row, bool sharedCurrency, const StagedChunk& chunk, const StagedRow& r) {
        int i = 3 + row * (perRowShared + (sharedCurrency ? 0 : 1));
        if (!oneProvider)
            st.bindStatic(i++, chunk.text(r.provider));
        st.bindStatic(i, chunk.text(r.channel)).bindStatic(i + 1, chunk.text(r.reference));
        st.bind(i + 2, qint64(r.identity)).bind(i + 3, r.occurredUtc).bindStatic(i + 4, chunk.text(r.product));
        st.bind(i + 5, r.grossMinor);
        i += 6;
        if (netColumn) {
            if (r.hasNet)
                st.bind(i++, r.netMinor);
            else
                st.bindNull(i++);
        }
        if (feeColumn) {
            if (r.hasFee)
                st.bind(i++, r.feeMinor);
            else
                st.bindNull(i++);
        }
        if (!sharedCurrency)
            st.bindStatic(i++, chunk.text(r.currency));
        st.bind(i, r.line);
    };
    // Each chunk's rows are also stored packed (transaction_blocks), with the id of its first row: ids are given in
    // order from the last one before this import, which the ids SQLite reports are checked against.
    auto block = db.prepare("INSERT INTO transaction_blocks (first_txn_id, batch_id, row_count, data) "
                            "VALUES (?, ?, ?, ?)");
    if (!block)
        return failed(block.error());
    qint64 nextId = lastIdBefore + 1;
    bool blocksInStep = true;
    bool cancelled = false;
    // The span of time the rows cover, and the providers a file with a provider column names (a handful: repeated
    // text is one span of a chunk's buffer, so a row naming the provider of the row before costs a comparison).
    qint64 firstOccurred = std::numeric_limits<qint64>::max();
    qint64 lastOccurred = std::numeric_limits<qint64>::min();
    std::set<std::string, std::less<>> providersNamed;
    while (const StagedChunk* chunk = pipeline.take()) {
        StagedRow::Span lastProvider{0, 0};
        for (const StagedRow& r : chunk->rows) {
            firstOccurred = std::min(firstOccurred, r.occurredUtc);
            lastOccurred = std::max(lastOccurred, r.occurredUtc);
            if (!oneProvider && (r.provider.offset != lastProvider.offset || r.provider.length != lastProvider.length)) {
                lastProvider = r.provider;
                if (const std::string_view name = chunk->text(r.provider); !providersNamed.contains(name))
                    providersNamed.emplace(name);
            }
        }
        const size_t n = chunk->rows.size();
        size_t i = 0;
        for (; failure.isEmpty() && i + s_rowsPerStatement <= n; i += s_rowsPerStatement) {
            // Repeated text is one span of the chunk's buffer, so equal spans are equal currencies.
            const StagedRow::Span currency = chunk->rows[i].currency;
            bool shared = true;
            for (int k = 1; k < s_rowsPerStatement && shared; ++k) {
                const StagedRow::Span other = chunk->rows[i + size_t(k)].currency;
                shared = other.offset == currency.offset && other.length == currency.length;
            }
            Statement& insert = shared ? manyOneCurrency.value() : many.value();
            if (shared)
                insert.bindStatic(2, chunk->text(currency));
            for (int k = 0; k < s_rowsPerStatement; ++k)
                bindRow(insert, k, shared, *chunk, chunk->rows[i + size_t(k)]);
            if (auto st = insert.run(); !st)
                failure = tr("%1, line %2: cannot store the row: %3").arg(fileName).arg(chunk->rows[i].line).arg(st.error());
        }
        for (; failure.isEmpty() && i < n; ++i) {
            bindRow(one.value(), 0, false, *chunk, chunk->rows[i]);
            if (auto st = one->run(); !st)
                failure = tr("%1, line %2: cannot store the row: %3").arg(fileName).arg(chunk->rows[i].line).arg(st.error());
        }
        summary.rowsAdded += qint64(n);
        if (failure.isEmpty() && n > 0) {
            blocksInStep = blocksInStep && db.lastInsertId() == nextId + qint64(n) - 1;
            if (blocksInStep) {
                block->bind(1, nextId).bind(2, summary.batchId).bind(3, qint64(n)).bindBlobStatic(4, chunk->block);
                if (auto st = block->run(); !st)
                    failure = tr("%1, line %2: cannot store the row: %3")
                                  .arg(fileName)
                                  .arg(chunk->rows.front().line)
                                  .arg(st.error());
            }
            nextId += qint64(n);
        }
        pipeline.release(chunk);
        if (!failure.isEmpty())
            break;
        if (auto st = checkHash(false); !st || earlier) {
            failure = st.ok() ? QString() : st.error();
            break;
        }
        if (options.progress && !options.progress(std::min(pipeline.position(), textSize), textSize)) {
            cancelled = true;
            break;
        }
    }
    pipeline.stop();
    if (cancelled)
        return R::failure(tr("%1: import cancelled; nothing was changed.").arg(fileName));
    if (earlier)
        return *earlier;
    if (!failure.isEmpty())
        return failed(failure);
    if (!pipeline.error().isEmpty())
        return failed(tr("%1 (the file was not imported; nothing was changed)").arg(pipeline.error()));
    const StagingPipeline::Counts counts = pipeline.counts();
    summary.rowsRead = counts.read;
    summary.rowsPresent = counts.present;
    summary.rowsSkipped = counts.skipped;
    summary.rowsRejected = counts.rejected;
    summary.rejected = counts.rejectedMessages;
    if (options.progress && !options.progress(textSize, textSize))
        return R::failure(tr("%1: import cancelled; nothing was changed.").arg(fileName));

    // This import holds the write lock, so every id after the last one before it is one of its rows.
    qint64 lastIdAfter = 0;
    if (auto st = lastTransactionId(db, lastIdAfter); !st)
        return failed(st.error());
    if (auto st = checkHash(true); !st)
        return R::failure(st.error());
    if (earlier)
        return *earlier;
    auto update = db.prepare("UPDATE import_batches SET rows_read = ?, rows_added = ?, rows_present = ?, "
                             "rows_rejected = ?, rows_skipped = ?, rejected_detail = ?, first_txn_id = ?, "
                             "last_txn_id = ?, file_sha256 = ?, first_occurred_utc = ?, last_occurred_utc = ? "
                             "WHERE id = ?");
    if (!update)
        return failed(update.error());
    update->bind(1, summary.rowsRead).bind(2, summary.rowsAdded).bind(3, summary.rowsPresent);
    update->bind(4, summary.rowsRejected).bind(5, summary.rowsSkipped).bind(6, summary.rejected.join(u'\n'));
    update->bind(7, lastIdBefore + 1).bind(8, lastIdAfter); // empty when nothing was added
    update->bind(9, summary.sha256);
    if (summary.rowsAdded > 0)
        update->bind(10, firstOccurred).bind(11, lastOccurred);
    else
        update->bindNull(10).bindNull(11);
    update->bind(12, summary.batchId);
    if (auto st = update->run(); !st)
        return failed(st.error());
    if (oneProvider && !provider.isEmpty())
        providersNamed.emplace(provider.toStdString());
    if (auto st = warnAbout(db, summary, providersNamed, firstOccurred, lastOccurred, profile.kind); !st)
        return failed(st.error());
    // The revenue totals fold a small batch in now; a big one is left to their next reader, who shows progress.
    if (auto st = RevenueAggregates::rowsAdded(db, summary.batchId); !st)
        return failed(st.error());
    if (auto st = tx.commit(); !st)
        return failed(tr("%1: cannot save the import: %2").arg(fileName, st.error()));
    return summary;
}

Status Importer::undoBatch(Database& db, qint64 batchId)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto exists = db.prepare("SELECT count(*) FROM import_batches WHERE id = ?");
    if (!exists)
        return Status::failure(exists.error());
    exists->bind(1, batchId);
    if (!exists->next().value_or(false) || exists->int64(0) == 0)
        return Status::failure(tr("There is no import batch %1.").arg(batchId));
    auto rows = db.prepare("DELETE FROM transactions WHERE batch_id = ?1 AND id BETWEEN "
                           "coalesce((SELECT first_txn_id FROM import_batches WHERE id = ?1), 0) AND "
                           "coalesce((SELECT last_txn_id FROM import_batches WHERE id = ?1), " +
                           std::string(s_unknownLastId) + ")");
    auto batch = db.prepare("DELETE FROM import_batches WHERE id = ?");
    if (!rows || !batch)
        return Status::failure(rows ? batch.error() : rows.error());
    auto blocks = db.prepare("DELETE FROM transaction_blocks WHERE batch_id = ?");
    if (!blocks)
        return Status::failure(blocks.error());
    blocks->bind(1, batchId);
    if (auto st = blocks->run(); !st)
        return st;
    rows->bind(1, batchId);
    batch->bind(1, batchId);
    if (auto st = rows->run(); !st)
        return st;
    if (auto st = batch->run(); !st)
        return st;
    return tx.commit();
}
