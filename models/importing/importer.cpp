#include "importer.h"

#include "catalog/catalogstore.h"
#include "csvreader.h"
#include "importstore.h"
#include "profilesurvey.h"
#include "revenue/revenueaggregates.h"
#include "rowidentity.h"
#include "rowparser.h"
#include "stagingpipeline.h"
#include "storage/database.h"
#include "storage/uncheckedwrite.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <chrono>
#include <future>
#include <limits>
#include <memory>
#include <set>

namespace {

// From this size on, an import is worth leaving the write-ahead log for (about 100,000 rows).
constexpr qsizetype s_bulkWriteBytes = 8 * 1024 * 1024;

QString kindText(ImportProfile::Kind kind)
{
    switch (kind) {
    case ImportProfile::Kind::Sales:
        return QString::fromLatin1(ImportStore::kSales);
    case ImportProfile::Kind::Payout:
        return QString::fromLatin1(ImportStore::kPayout);
    case ImportProfile::Kind::Provider:
        break;
    }
    return QString::fromLatin1(ImportStore::kProvider);
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
            summary.warnings
                << tr("the catalog has no provider %1: add it in Price points → Providers (or pick the "
                      "catalog's in the profile), or its rows stay apart from its price points and payouts")
                       .arg(unknown.join(QStringLiteral(", ")));
    }
    // A statement far outside the sales log's span is most likely the wrong file (another year, another merchant).
    if (kind == ImportProfile::Kind::Sales || summary.rowsAdded == 0)
        return {};
    auto span = ImportStore(db).salesSpan();
    if (!span)
        return Status::failure(span.error());
    if (!span.value())
        return {};
    const qint64 salesFirst = span.value()->first;
    const qint64 salesLast = span.value()->last;
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
    if (!file.open(QIODevice::ReadOnly))
        return Result<Summary>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    // The file is read a few megabytes at a time (by the reader, and by the hash on its own thread): memory does not
    // grow with its size.
    return importSource(db, profile, path, QByteArray(), QFileInfo(path).fileName(), options);
}

Result<Importer::Summary> Importer::importData(Database& db, const ImportProfile& profile, QByteArray bytes,
                                               const QString& fileName, const Options& options)
{
    return importSource(db, profile, QString(), std::move(bytes), fileName, options);
}

Result<QString> Importer::sha256OfFile(const QString& path, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Result<QString>::failure(tr("%1: cannot compute the file's SHA-256").arg(path));
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 left = length >= 0 ? length : std::numeric_limits<qint64>::max();
    while (left > 0) {
        const qint64 n = file.read(block.data(), std::min<qint64>(block.size(), left));
        if (n < 0)
            return Result<QString>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), block.constData(), size_t(n));
        left -= n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EVP_DigestFinal_ex(context.get(), digest, &digestLength);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(digestLength)).toHex());
}

Result<Importer::Summary> Importer::importSource(Database& db, const ImportProfile& givenProfile, const QString& path,
                                                 QByteArray bytes, const QString& fileName, const Options& options)
{
    using R = Result<Summary>;
    Summary summary;
    summary.fileName = fileName;
    summary.profile = givenProfile.name;
    const bool fromFile = !path.isEmpty();
    const qint64 size = fromFile ? QFileInfo(path).size() : bytes.size();
    // What the profile leaves to the file (decimal mark "auto", several date formats) is settled from all of it first.
    auto settled =
        fromFile ? ProfileSurvey::settleFile(givenProfile, path) : ProfileSurvey::settle(givenProfile, bytes, fileName);
    if (!settled)
        return R::failure(tr("%1 (the file was not imported; nothing was changed)").arg(settled.error()));
    const ImportProfile& profile = settled->profile;
    summary.notes = settled->notes;
    const QString kind = kindText(profile.kind);
    // A sales log may name a provider per line (its provider column), else the profile's, if any.
    const QString provider = profile.provider;

    // Every row written refers to the batch created just below, and its kind is written into the statement as one of
    // the words the table allows: checking either a million times would only cost time.
    const UncheckedWrite unchecked(db);
    // A big file is written with a rollback journal when nothing else has the database open.
    const BulkWrite bulk(db, size >= s_bulkWriteBytes);
    // The write lock is taken first, so the checks below and the writes see the same database.
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tr("%1: cannot start the import: %2").arg(fileName, tx.error()));

    // The file is hashed on a second thread while this one starts on its rows. Should the hash show it imported
    // already, the transaction is rolled back: nothing of it is kept, and the answer is "already imported".
    ImportStore store(db);
    auto hashing = std::async(std::launch::async, [data = bytes, path, size]() -> Result<QString> {
        if (!path.isEmpty())
            return sha256OfFile(path, size);
        return sha256Hex(data);
    });
    std::optional<Summary> earlier;
    bool hashChecked = false;
    auto checkHash = [&](bool wait) -> Status {
        if (hashChecked || (!wait && hashing.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
            return {};
        hashChecked = true;
        const Result<QString> hash = hashing.get();
        if (!hash)
            return Status::failure(hash.error());
        summary.sha256 = hash.value();
        auto seen = store.batchWithHash(summary.sha256, summary.batchId);
        if (!seen)
            return Status::failure(seen.error());
        if (const std::optional<ImportBatchRecord>& previous = seen.value()) {
            Summary before;
            before.fileName = fileName;
            before.sha256 = summary.sha256;
            before.alreadyImported = true;
            before.previousBatchId = previous->id;
            before.previousImportUtc = QDateTime::fromSecsSinceEpoch(previous->importedUtc, Qt::UTC);
            earlier = before;
        }
        return {};
    };
    // Any failure of a file imported already is reported as that. When the check itself cannot run (a server gives
    // up on the rest of a transaction once a statement failed), the failure that came first is what is reported.
    auto failed = [&](const QString& message) -> R {
        if (auto st = checkHash(true); !st)
            return R::failure(message);
        return earlier ? R(*earlier) : R::failure(message);
    };

    // The text is decoded as it is read, on the staging thread, while this one writes.
    CsvReader::Options readerOptions = profile.csvOptions();
    readerOptions.decodeAsRead = true;
    readerOptions.invalidUtf8PerRecord = options.skipBadRows;
    CsvReader reader(readerOptions);
    if (const Status opened = fromFile ? reader.open(path, size) : reader.openData(bytes, fileName); !opened)
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

    auto batch = store.createBatch(kind, provider, fileName, profile.name,
                                   options.importedUtc.value_or(QDateTime::currentSecsSinceEpoch()), summary.encoding);
    if (!batch)
        return failed(batch.error());
    summary.batchId = batch.value();

    // Identities already stored by earlier batches of this kind (and provider, for a statement): a re-import or an
    // overlapping file adds nothing twice.
    FlatHashSet64 existing;
    if (auto st = store.loadIdentities(kind, provider, summary.batchId, existing); !st)
        return failed(st.error());
    auto lastIdBefore = store.lastTransactionId();
    if (!lastIdBefore)
        return failed(lastIdBefore.error());

    // Reading and parsing run on a worker thread while this thread writes: the two halves take about as long.
    using F = ImportProfile::Field;
    ImportStore::RowWriter::Shape shape;
    shape.batchId = summary.batchId;
    shape.kind = kind;
    shape.provider = provider;
    shape.providerColumn = profile.column(F::Provider).isSet();
    shape.netColumn = profile.column(F::Net).isSet();
    shape.feeColumn = profile.column(F::Fee).isSet();
    shape.rateColumn = profile.column(F::Rate).isSet();
    shape.textBytes = textSize;
    auto writer = ImportStore::RowWriter::create(db, shape, lastIdBefore.value());
    if (!writer)
        return failed(writer.error());
    const bool oneProvider = !shape.providerColumn;

    StagingPipeline pipeline(reader, parser.value(), kind, provider, std::move(existing), options.skipBadRows);
    QString failure;
    bool cancelled = false;
    // The span of time the rows cover, and the providers a file with a provider column names (a handful: repeated
    // text is one span of a chunk's buffer, so a row naming the provider of the row before costs a comparison).
    qint64 firstOccurred = std::numeric_limits<qint64>::max();
    qint64 lastOccurred = std::numeric_limits<qint64>::min();
    std::set<std::string, std::less<>> providersNamed;
    // No line when what failed was not a row's (moving the table's ids past the rows, say).
    auto storeFailure = [&fileName](qint64 line, const QString& why) {
        return line > 0 ? tr("%1, line %2: cannot store the row: %3").arg(fileName).arg(line).arg(why)
                        : tr("%1: cannot store the rows: %2").arg(fileName, why);
    };
    while (const StagedChunk* chunk = pipeline.take()) {
        StagedRow::Span lastProvider{0, 0};
        for (const StagedRow& r : chunk->rows) {
            firstOccurred = std::min(firstOccurred, r.occurredUtc);
            lastOccurred = std::max(lastOccurred, r.occurredUtc);
            if (!oneProvider &&
                (r.provider.offset != lastProvider.offset || r.provider.length != lastProvider.length)) {
                lastProvider = r.provider;
                if (const std::string_view name = chunk->text(r.provider); !providersNamed.contains(name))
                    providersNamed.emplace(name);
            }
        }
        qint64 failedLine = 0;
        if (auto st = writer->write(*chunk, failedLine); !st)
            failure = storeFailure(failedLine, st.error());
        summary.rowsAdded += qint64(chunk->rows.size());
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
    // What the writer held back on its way (a server's COPY under way, its blocks) is stored now.
    qint64 heldLine = 0;
    if (auto st = writer->finish(heldLine); !st)
        return failed(storeFailure(heldLine, st.error()));

    // This import holds the write lock, so every id after the last one before it is one of its rows.
    auto lastIdAfter = store.lastTransactionId();
    if (!lastIdAfter)
        return failed(lastIdAfter.error());
    if (auto st = checkHash(true); !st)
        return R::failure(st.error());
    if (earlier)
        return *earlier;
    ImportStore::Finish finish;
    finish.rowsRead = summary.rowsRead;
    finish.rowsAdded = summary.rowsAdded;
    finish.rowsPresent = summary.rowsPresent;
    finish.rowsRejected = summary.rowsRejected;
    finish.rowsSkipped = summary.rowsSkipped;
    finish.rejected = summary.rejected;
    finish.firstTxnId = lastIdBefore.value() + 1;
    finish.lastTxnId = lastIdAfter.value(); // below the first when nothing was added
    finish.sha256 = summary.sha256;
    if (summary.rowsAdded > 0)
        finish.span = ImportStore::Span{firstOccurred, lastOccurred};
    if (auto st = store.finishBatch(summary.batchId, finish); !st)
        return failed(st.error());
    if (oneProvider && !provider.isEmpty())
        providersNamed.emplace(provider.toStdString());
    if (auto st = warnAbout(db, summary, providersNamed, firstOccurred, lastOccurred, profile.kind); !st)
        return failed(st.error());
    // The revenue totals fold a small batch in now; a big one is left to their next reader, who shows progress.
    if (auto st = RevenueAggregates::rowsAdded(db); !st)
        return failed(st.error());
    if (auto st = tx.commit(); !st)
        return failed(tr("%1: cannot save the import: %2").arg(fileName, st.error()));
    return summary;
}

Status Importer::undoBatch(Database& db, qint64 batchId)
{
    return ImportStore(db).removeBatch(batchId);
}
