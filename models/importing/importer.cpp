#include "importer.h"

#include "csvreader.h"
#include "rowidentity.h"
#include "rowparser.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <unordered_map>
#include <unordered_set>

namespace {

constexpr int s_progressEvery = 8192;
constexpr int s_rejectedKept = 1000;

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

} // namespace

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
    return tr("%1: %2 rows read, %3 added, %4 already present, %5 skipped, %6 rejected (batch %7).")
        .arg(fileName)
        .arg(rowsRead)
        .arg(rowsAdded)
        .arg(rowsPresent)
        .arg(rowsSkipped)
        .arg(rowsRejected)
        .arg(batchId);
}

Result<Importer::Summary> Importer::importFile(Database& db, const ImportProfile& profile, const QString& path,
                                               const Options& options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<Summary>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<Summary>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return importData(db, profile, bytes, name, options);
}

Result<Importer::Summary> Importer::importData(Database& db, const ImportProfile& profile, const QByteArray& bytes,
                                               const QString& fileName, const Options& options)
{
    using R = Result<Summary>;
    Summary summary;
    summary.fileName = fileName;
    summary.sha256 = sha256Hex(bytes);
    const QString kind = kindText(profile.kind);
    const QString provider = profile.kind == ImportProfile::Kind::Sales ? QString() : profile.provider;

    // The write lock is taken first, so the checks below and the writes see the same database.
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tr("%1: cannot start the import: %2").arg(fileName, tx.error()));

    {
        auto seen = db.prepare("SELECT id, imported_utc FROM import_batches WHERE file_sha256 = ?");
        if (!seen)
            return R::failure(seen.error());
        seen->bind(1, summary.sha256);
        auto row = seen->next();
        if (!row)
            return R::failure(row.error());
        if (row.value()) {
            summary.alreadyImported = true;
            summary.previousBatchId = seen->int64(0);
            summary.previousImportUtc = QDateTime::fromSecsSinceEpoch(seen->int64(1), Qt::UTC);
            return summary;
        }
    }

    CsvReader reader(profile.csvOptions());
    if (auto st = reader.openData(bytes, fileName); !st)
        return R::failure(st.error());
    summary.encoding = TextCodec::name(reader.encoding());
    summary.delimiter = ImportProfile::delimiterName(reader.delimiter());
    auto parser = RowParser::create(profile, reader.header(), fileName);
    if (!parser)
        return R::failure(parser.error());

    auto batch = db.prepare("INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, "
                            "imported_utc, encoding) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!batch)
        return R::failure(batch.error());
    batch->bind(1, kind).bind(2, provider).bind(3, fileName).bind(4, summary.sha256).bind(5, profile.name);
    batch->bind(6, QDateTime::currentSecsSinceEpoch()).bind(7, summary.encoding);
    if (auto st = batch->run(); !st)
        return R::failure(st.error());
    summary.batchId = db.lastInsertId();

    // Identities already stored for this kind and provider: a re-import or an overlapping file adds nothing twice.
    std::unordered_set<quint64> existing;
    {
        auto known = db.prepare("SELECT row_hash FROM transactions WHERE kind = ? AND provider = ?");
        if (!known)
            return R::failure(known.error());
        known->bind(1, kind).bind(2, provider);
        for (;;) {
            auto row = known->next();
            if (!row)
                return R::failure(row.error());
            if (!row.value())
                break;
            existing.insert(quint64(known->int64(0)));
        }
    }

    auto insert = db.prepare("INSERT INTO transactions (batch_id, kind, provider, channel, reference, row_key, "
                             "row_hash, occurred_utc, product, gross_minor, net_minor, fee_minor, currency, line) "
                             "VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return R::failure(insert.error());
    insert->bind(1, summary.batchId).bind(2, kind).bind(3, provider);

    std::unordered_map<quint64, quint32> occurrences;
    occurrences.reserve(size_t(bytes.size() / 48));
    CsvRecord record;
    ParsedRow row;
    RowError rowError;
    qint64 sinceProgress = 0;
    while (reader.next(record)) {
        if (++sinceProgress == s_progressEvery) {
            sinceProgress = 0;
            if (options.progress && !options.progress(reader.position(), reader.size()))
                return R::failure(tr("%1: import cancelled; nothing was changed.").arg(fileName));
        }
        if (!parser->parse(record, row, rowError)) {
            ++summary.rowsRead;
            if (!options.skipBadRows)
                return R::failure(tr("%1 (the file was not imported; nothing was changed)").arg(rowError.message()));
            ++summary.rowsRejected;
            if (summary.rejected.size() < s_rejectedKept)
                summary.rejected.append(rowError.message());
            continue;
        }
        if (row.skipped) {
            ++summary.rowsSkipped;
            continue;
        }
        ++summary.rowsRead;
        const quint64 base = RowIdentity::baseKey(row);
        const quint32 occurrence = ++occurrences[base];
        const quint64 identity = RowIdentity::identity(kind, provider, base, occurrence);
        if (!existing.insert(identity).second) {
            ++summary.rowsPresent;
            continue;
        }
        insert->bind(4, row.channel).bind(5, row.reference).bind(6, qint64(identity)).bind(7, row.occurredUtc);
        insert->bind(8, row.product).bind(9, row.grossMinor).bind(10, row.netMinor).bind(11, row.feeMinor);
        insert->bind(12, row.currency).bind(13, row.line);
        if (auto st = insert->run(); !st)
            return R::failure(tr("%1, line %2: cannot store the row: %3").arg(fileName).arg(row.line).arg(st.error()));
        ++summary.rowsAdded;
    }
    if (reader.hasError())
        return R::failure(tr("%1 (the file was not imported; nothing was changed)").arg(reader.error()));
    if (options.progress && !options.progress(reader.size(), reader.size()))
        return R::failure(tr("%1: import cancelled; nothing was changed.").arg(fileName));

    auto counts = db.prepare("UPDATE import_batches SET rows_read = ?, rows_added = ?, rows_present = ?, "
                             "rows_rejected = ?, rows_skipped = ?, rejected_detail = ? WHERE id = ?");
    if (!counts)
        return R::failure(counts.error());
    counts->bind(1, summary.rowsRead).bind(2, summary.rowsAdded).bind(3, summary.rowsPresent);
    counts->bind(4, summary.rowsRejected).bind(5, summary.rowsSkipped).bind(6, summary.rejected.join(u'\n'));
    counts->bind(7, summary.batchId);
    if (auto st = counts->run(); !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(tr("%1: cannot save the import: %2").arg(fileName, st.error()));
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
    auto rows = db.prepare("DELETE FROM transactions WHERE batch_id = ?");
    auto batch = db.prepare("DELETE FROM import_batches WHERE id = ?");
    if (!rows || !batch)
        return Status::failure(rows ? batch.error() : rows.error());
    rows->bind(1, batchId);
    batch->bind(1, batchId);
    if (auto st = rows->run(); !st)
        return st;
    if (auto st = batch->run(); !st)
        return st;
    return tx.commit();
}
