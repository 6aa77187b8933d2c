#include "reconcileloader.h"

#include "importing/importstore.h"
#include "storage/database.h"
#include "storage/transactionblock.h"

#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <limits>
#include <thread>

namespace {

using Col = ImportStore::ReaderColumn;

// Appends the current row of `stmt` (the columns above) to `rows`; payout rows are skipped. Text columns are read
// without asking SQLite for their length (one call less per column and row, about 12 % of the time to read the table):
// ids, codes and names never hold a NUL.
inline void appendRow(const Statement& stmt, ReconcileRows& rows, bool products, quint8 flags)
{
    const std::string_view kind = stmt.textViewUntilNul(Col::RKind);
    const bool isSale = !kind.empty() && kind[0] == 's';
    const bool isProvider = kind.size() > 1 && kind[0] == 'p' && kind[1] == 'r';
    if (!isSale && !isProvider) {
        if (kind == "payout" && !(flags & ReconcileRow::Fixed)) {
            ReconcilePayout p;
            p.id = stmt.int64(Col::RId);
            p.provider = rows.providers.id(stmt.textViewUntilNul(Col::RProvider));
            p.t = stmt.int64(Col::ROccurred);
            p.amount = stmt.int64(Col::RGross);
            p.currency = rows.currencies.id(stmt.textViewUntilNul(Col::RCurrency));
            rows.payouts.push_back(p);
        }
        return;
    }
    ReconcileRow row;
    row.id = stmt.int64(Col::RId);
    row.provider = rows.providers.id(stmt.textViewUntilNul(Col::RProvider));
    row.channel = rows.channels.id(stmt.textViewUntilNul(Col::RChannel));
    const std::string_view ref = stmt.textViewUntilNul(Col::RReference);
    if (!ref.empty())
        rows.setReference(row, ref);
    row.t = stmt.int64(Col::ROccurred);
    row.gross = stmt.int64(Col::RGross);
    const qint64 net = stmt.int64(Col::RNet);
    if (net != ImportStore::s_unknownNet)
        row.net = net;
    row.currency = rows.currencies.id(stmt.textViewUntilNul(Col::RCurrency));
    if (products)
        row.product = rows.products.id(stmt.textViewUntilNul(Col::RProduct));
    row.flags = flags;
    (isSale ? rows.sales : rows.provider).push_back(row);
}

struct RangeResult
{
    ReconcileRows rows;
    QString error;
    bool cancelled = false;
};

// Reads one id range on one connection. `counter` is bumped every few thousand rows for progress.
void readRange(Database& db, qint64 lo, qint64 hi, qint64 reserve, bool products, const std::atomic<bool>* cancel,
               std::atomic<qint64>& counter, RangeResult& result, const std::function<void(qint64)>* progress)
{
    auto prepared = ImportStore(db).rowReader(products, false);
    if (!prepared) {
        result.error = prepared.error();
        return;
    }
    Statement& stmt = *prepared;
    stmt.bind(1, lo);
    stmt.bind(2, hi);
    // Ids are dense: a range holds at most hi - lo rows. Reserving that much (or `reserve`, for the range that the
    // others are appended to) for both kinds costs address space only (untouched pages take no memory) and spares
    // the copies of a growing vector.
    const qint64 expected = std::max<qint64>(0, std::max(reserve, hi - lo));
    result.rows.sales.reserve(size_t(expected + 16));
    result.rows.provider.reserve(size_t(expected + 16));
    result.rows.refs.reserve(size_t(expected * 24));
    qint64 sinceCheck = 0;
    while (stmt.step()) {
        appendRow(stmt, result.rows, products, 0);
        if (++sinceCheck == 16384) {
            const qint64 total = counter.fetch_add(sinceCheck, std::memory_order_relaxed) + sinceCheck;
            sinceCheck = 0;
            if (progress && *progress)
                (*progress)(total);
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
        }
    }
    counter.fetch_add(sinceCheck, std::memory_order_relaxed);
    if (stmt.failed())
        result.error = stmt.error();
}

// Appends `src` to `dst`, renumbering interned strings.
void merge(ReconcileRows& dst, ReconcileRows& src)
{
    auto remap = [](ReconcileInterner& to, const ReconcileInterner& from) {
        std::vector<quint16> map(from.size());
        for (size_t i = 0; i < from.size(); ++i)
            map[i] = to.id(from.name(quint16(i)));
        return map;
    };
    const auto providers = remap(dst.providers, src.providers);
    const auto channels = remap(dst.channels, src.channels);
    const auto currencies = remap(dst.currencies, src.currencies);
    const auto products = remap(dst.products, src.products);
    const quint32 offset = quint32(dst.refs.size());
    dst.refs.append(src.refs);
    std::string().swap(src.refs);
    auto renumber = [&](ReconcileRow& r) {
        r.provider = providers[r.provider];
        r.channel = channels[r.channel];
        r.currency = currencies[r.currency];
        r.product = products[r.product];
        r.refOffset += offset;
    };
    auto append = [&](std::vector<ReconcileRow>& to, std::vector<ReconcileRow>& from) {
        if (to.empty()) {
            // Often one half holds all rows of a kind (a file is imported in one go): take its vector as is.
            to.swap(from);
            for (ReconcileRow& r : to)
                renumber(r);
        } else {
            to.reserve(to.size() + from.size());
            for (ReconcileRow r : from) {
                renumber(r);
                to.push_back(r);
            }
        }
        std::vector<ReconcileRow>().swap(from);
    };
    append(dst.sales, src.sales);
    append(dst.provider, src.provider);
    for (ReconcilePayout p : src.payouts) {
        p.provider = providers[p.provider];
        p.currency = currencies[p.currency];
        dst.payouts.push_back(p);
    }
    std::vector<ReconcilePayout>().swap(src.payouts);
}

using StoredBlock = ImportStore::PackedRows;
using BlockKind = ImportStore::RowKind;

// A block opened, and its dictionaries interned in the rows' interners (ids, per field): decoding then touches no
// interner, so two threads may decode blocks into the same numbering.
struct OpenedBlock
{
    const StoredBlock* block = nullptr;
    TransactionBlockDecoder decoder;
    std::array<std::vector<quint16>, TransactionBlockEncoder::FieldCount> ids;
    bool ok = false;
};

void openBlock(OpenedBlock& opened, const StoredBlock& block, ReconcileRows& rows, bool products)
{
    using E = TransactionBlockEncoder;
    opened.block = &block;
    opened.ok = opened.decoder.open(block.data) && opened.decoder.count() == quint64(block.rowCount);
    if (!opened.ok)
        return;
    ReconcileInterner* interners[E::FieldCount] = {&rows.providers, &rows.channels, &rows.currencies,
                                                   products ? &rows.products : nullptr};
    for (int f = 0; f < E::FieldCount; ++f) {
        const std::vector<std::string_view>& dictionary = opened.decoder.dictionary(f);
        opened.ids[size_t(f)].resize(dictionary.size(), 0);
        if (interners[f]) {
            for (size_t i = 0; i < dictionary.size(); ++i)
                opened.ids[size_t(f)][i] = interners[f]->id(dictionary[i]);
        }
    }
}

// Appends the rows of an opened block with lo < id <= hi to `rows`, their references at `referenceBase` +
// their place in rows.refs. False when the block turns out damaged: what was appended of it is taken back (its rows
// are then read from the table).
bool appendBlock(OpenedBlock& opened, qint64 lo, qint64 hi, ReconcileRows& rows, quint32 referenceBase = 0)
{
    if (!opened.ok)
        return false;
    using E = TransactionBlockEncoder;
    const StoredBlock& block = *opened.block;
    const std::vector<quint16>& providers = opened.ids[E::Provider];
    const std::vector<quint16>& channels = opened.ids[E::Channel];
    const std::vector<quint16>& currencies = opened.ids[E::Currency];
    const std::vector<quint16>& products = opened.ids[E::Product];
    const size_t salesBefore = rows.sales.size(), providerBefore = rows.provider.size();
    const size_t payoutsBefore = rows.payouts.size(), refsBefore = rows.refs.size();
    std::vector<ReconcileRow>& into = block.kind == BlockKind::Sales ? rows.sales : rows.provider;
    TransactionBlockDecoder::Row packed;
    for (qint64 id = block.firstTxnId; opened.decoder.next(packed); ++id) {
        if (id <= lo)
            continue;
        if (id > hi)
            break;
        if (block.kind == BlockKind::Payout) {
            ReconcilePayout p;
            p.id = id;
            p.provider = providers[packed.provider];
            p.t = packed.occurredUtc;
            p.amount = packed.grossMinor;
            p.currency = currencies[packed.currency];
            rows.payouts.push_back(p);
            continue;
        }
        ReconcileRow row;
        row.id = id;
        row.provider = providers[packed.provider];
        row.channel = channels[packed.channel];
        if (!packed.reference.empty()) {
            rows.setReference(row, packed.reference);
            row.refOffset += referenceBase;
        }
        row.t = packed.occurredUtc;
        row.gross = packed.grossMinor;
        if (packed.netMinor)
            row.net = *packed.netMinor;
        row.currency = currencies[packed.currency];
        row.product = products[packed.product];
        into.push_back(row);
    }
    if (opened.decoder.damaged()) {
        rows.sales.resize(salesBefore);
        rows.provider.resize(providerBefore);
        rows.payouts.resize(payoutsBefore);
        rows.refs.resize(refsBefore);
        return false;
    }
    return true;
}

} // namespace

Status ReconcileLoader::loadRange(Database& db, qint64 lo, qint64 hi, ReconcileRows& rows, const Options& options)
{
    if (hi <= lo)
        return {};
    auto blocks = ImportStore(db).packedRowsIn(lo, hi);
    if (!blocks)
        return Status::failure(tr("Cannot read the rows to reconcile: %1").arg(blocks.error()));
    qint64 packed = 0;
    for (const StoredBlock& b : blocks.value())
        packed += std::min(hi, b.firstTxnId + b.rowCount - 1) - std::max(lo + 1, b.firstTxnId) + 1;
    if (packed * 2 < hi - lo)
        return loadTable(db, lo, hi, rows, options);

    // Mostly packed: the blocks in id order, and the runs of ids between them from the table. Every block is opened
    // and its dictionaries interned first.
    const std::vector<StoredBlock>& list = blocks.value();
    std::vector<OpenedBlock> opened(list.size());
    bool allOpened = true;
    for (size_t i = 0; i < list.size(); ++i) {
        openBlock(opened[i], list[i], rows, options.products);
        allOpened = allOpened && opened[i].ok;
    }
    auto reserveFor = [&list](ReconcileRows& into, size_t begin, size_t end) {
        qint64 sales = 0, provider = 0;
        for (size_t i = begin; i < end; ++i)
            (list[i].kind == BlockKind::Sales ? sales : provider) += list[i].rowCount;
        into.sales.reserve(into.sales.size() + size_t(sales));
        into.provider.reserve(into.provider.size() + size_t(provider));
    };

    // Many rows, all in blocks: a second thread decodes the upper half into rows of its own, numbered alike, its
    // references placed after the room the lower half's take (each block tells their length); the halves are then
    // put end to end without going over the rows again.
    size_t split = list.size();
    quint64 lowerReferences = rows.refs.size();
    bool contiguous = allOpened && list.size() >= 2 && list.front().firstTxnId <= lo + 1 &&
                      list.back().firstTxnId + list.back().rowCount - 1 >= hi;
    for (size_t i = 1; contiguous && i < list.size(); ++i)
        contiguous = list[i].firstTxnId == list[i - 1].firstTxnId + list[i - 1].rowCount;
    if (contiguous && packed > 200000 && std::thread::hardware_concurrency() > 1) {
        qint64 seen = 0;
        split = 0;
        while (split + 1 < list.size() && (seen += list[split].rowCount) < packed / 2)
            ++split;
        split = std::max<size_t>(1, split);
        for (size_t i = 0; i < split; ++i)
            lowerReferences += opened[i].decoder.referenceBytes();
        if (lowerReferences > std::numeric_limits<quint32>::max() / 2)
            split = list.size(); // offsets would not fit: one thread
    }
    const qint64 upperFrom = split < list.size() ? list[split].firstTxnId - 1 : hi; // the upper half: upperFrom < id
    ReconcileRows upper;
    std::atomic<bool> upperRead{true};
    std::thread worker;
    if (split < list.size()) {
        worker = std::thread([&] {
            reserveFor(upper, split, list.size());
            quint64 references = 0;
            for (size_t i = split; i < list.size(); ++i)
                references += opened[i].decoder.referenceBytes();
            upper.refs.reserve(size_t(references));
            for (size_t i = split; i < list.size() && upperRead; ++i)
                upperRead = appendBlock(opened[i], lo, hi, upper, quint32(lowerReferences));
        });
    }
    const auto joinWorker = qScopeGuard([&worker] {
        if (worker.joinable())
            worker.join();
    });

    reserveFor(rows, 0, split);
    {
        quint64 references = 0;
        for (const OpenedBlock& o : opened)
            references += o.ok ? o.decoder.referenceBytes() : 0;
        rows.refs.reserve(rows.refs.size() + size_t(references));
    }
    Options gapOptions = options;
    gapOptions.progress = nullptr;
    qint64 done = lo;
    auto tableUpTo = [&](qint64 until) -> Status {
        if (until > done) {
            if (auto st = loadTable(db, done, until, rows, gapOptions); !st)
                return st;
        }
        done = std::max(done, until);
        return {};
    };
    for (size_t i = 0; i < split; ++i) {
        const StoredBlock& b = list[i];
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Status::failure(tr("Reconciliation cancelled; nothing was changed."));
        if (auto st = tableUpTo(b.firstTxnId - 1); !st)
            return st;
        const qint64 last = std::min(hi, b.firstTxnId + b.rowCount - 1);
        if (!appendBlock(opened[i], lo, hi, rows)) {
            if (auto st = tableUpTo(last); !st)
                return st;
        }
        done = std::max(done, last);
        if (options.progress)
            options.progress(done - lo);
    }
    if (auto st = tableUpTo(upperFrom); !st)
        return st;
    if (!worker.joinable())
        return {};
    worker.join();
    // A damaged block, or a lower half whose references took more room than its blocks said: the upper half is read
    // from the table instead.
    if (!upperRead || rows.refs.size() > lowerReferences)
        return tableUpTo(hi);
    rows.refs.resize(size_t(lowerReferences));
    rows.refs.append(upper.refs);
    auto put = [](std::vector<ReconcileRow>& to, std::vector<ReconcileRow>& from) {
        if (to.empty())
            to.swap(from);
        else
            to.insert(to.end(), from.begin(), from.end());
    };
    put(rows.sales, upper.sales);
    put(rows.provider, upper.provider);
    rows.payouts.insert(rows.payouts.end(), upper.payouts.begin(), upper.payouts.end());
    if (options.progress)
        options.progress(hi - lo);
    return {};
}

Status ReconcileLoader::loadTable(Database& db, qint64 lo, qint64 hi, ReconcileRows& rows, const Options& options)
{
    if (hi <= lo)
        return {};
    std::atomic<qint64> counter{0};
    const QString path = db.path();
    const bool isFile = !path.isEmpty() && path != u":memory:" && QFileInfo(path).isFile();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const bool parallel = isFile && cores > 1 && hi - lo > 200000;

    RangeResult first;
    RangeResult second;
    if (!parallel) {
        readRange(db, lo, hi, 0, options.products, options.cancel, counter, first, &options.progress);
    } else {
        // Two read-only connections of our own (without the per-call locking a shared connection needs), one per
        // half of the id range; this thread reads the lower half.
        const qint64 mid = lo + (hi - lo) / 2;
        std::unique_ptr<Database> connections[2];
        for (std::unique_ptr<Database>& c : connections) {
            auto opened = Database::openReadOnly(path);
            if (!opened)
                return Status::failure(tr("Cannot read the database for reconciliation: %1").arg(opened.error()));
            c = std::move(opened.value());
        }
        std::thread worker([&] {
            readRange(*connections[1], mid, hi, 0, options.products, options.cancel, counter, second, nullptr);
        });
        readRange(*connections[0], lo, mid, hi - lo, options.products, options.cancel, counter, first,
                  &options.progress);
        worker.join();
    }
    if (options.progress)
        options.progress(counter.load());
    for (const RangeResult* r : {&first, &second}) {
        if (!r->error.isEmpty())
            return Status::failure(tr("Cannot read the rows to reconcile: %1").arg(r->error));
        if (r->cancelled)
            return Status::failure(tr("Reconciliation cancelled; nothing was changed."));
    }
    if (rows.sales.empty() && rows.provider.empty() && rows.refs.empty() && rows.providers.size() == 1 &&
        rows.channels.size() == 1 && rows.currencies.size() == 1 && rows.products.size() == 1) {
        rows = std::move(first.rows);
    } else {
        merge(rows, first.rows);
    }
    if (parallel)
        merge(rows, second.rows);
    return {};
}

Status ReconcileLoader::loadIds(Database& db, const std::vector<qint64>& ids, ReconcileRows& rows, bool products,
                                quint8 flags)
{
    if (ids.empty())
        return {};
    auto stmt = ImportStore(db).rowReader(products, true);
    if (!stmt)
        return Status::failure(tr("Cannot read the rows to reconcile: %1").arg(stmt.error()));
    // Each id once: a row named twice would be loaded twice.
    if (auto st = ImportStore::readByIds(*stmt, ids, [&] { appendRow(*stmt, rows, products, flags); }); !st)
        return Status::failure(tr("Cannot read the rows to reconcile: %1").arg(st.error()));
    return {};
}

void ReconcileLoader::sortAndDeduplicate(ReconcileRows& rows)
{
    auto fix = [](std::vector<ReconcileRow>& list) {
        auto byId = [](const ReconcileRow& a, const ReconcileRow& b) { return a.id < b.id; };
        if (!std::is_sorted(list.begin(), list.end(), byId))
            std::stable_sort(list.begin(), list.end(), byId);
        // Of a row loaded twice, the first copy (free rather than context, as loaded first) stays.
        list.erase(std::unique(list.begin(), list.end(),
                               [](const ReconcileRow& a, const ReconcileRow& b) { return a.id == b.id; }),
                   list.end());
    };
    fix(rows.sales);
    fix(rows.provider);
}
