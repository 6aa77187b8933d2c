#include "stagingpipeline.h"

#include "csvreader.h"
#include "rowidentity.h"
#include "rowparser.h"
#include "storage/transactionblock.h"

#include <array>

namespace {

constexpr size_t s_rowsPerChunk = 8192;
constexpr size_t s_chunksInFlight = 4;
constexpr int s_rejectedKept = 1000;

// Appends UTF-8 for `text` to `out`, with a fast path for the ASCII that statements are mostly made of.
StagedRow::Span append(std::string& out, const QString& text)
{
    const auto offset = quint32(out.size());
    const qsizetype n = text.size();
    const QChar* p = text.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i].unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out.resize(out.size() + size_t(n));
        char* dst = out.data() + offset;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(p[i].unicode());
    } else {
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), size_t(utf8.size()));
    }
    return {offset, quint32(out.size() - offset)};
}

// Spans of a chunk's buffer for the strings already written to it, found again by identity: the parser hands out
// shared copies of repeated values (products, channels, currencies, providers), so a pointer comparison finds them,
// without comparing or converting text. Each entry holds its string, so its storage cannot go to another string
// while the entry stands.
class SpanCache
{
public:
    void clear()
    {
        for (Entry& e : m_entries)
            e = Entry();
    }

    StagedRow::Span spanOf(const QString& text, std::string& buffer)
    {
        if (text.isEmpty())
            return {};
        Entry& e = m_entries[(quintptr(text.constData()) >> 4) % s_size];
        if (e.text.constData() != text.constData() || e.text.size() != text.size()) {
            e.text = text;
            e.span = append(buffer, text);
        }
        return e.span;
    }

private:
    static constexpr size_t s_size = 64;
    struct Entry
    {
        QString text;
        StagedRow::Span span;
    };
    std::array<Entry, s_size> m_entries;
};

} // namespace

StagingPipeline::StagingPipeline(CsvReader& reader, RowParser& parser, const QString& kind, const QString& provider,
                                 FlatHashSet64 existing, bool skipBadRows)
    : m_reader(reader), m_parser(parser), m_kind(kind), m_provider(provider), m_existing(std::move(existing)),
      m_skipBadRows(skipBadRows)
{
    m_worker = std::thread([this] { run(); });
}

StagingPipeline::~StagingPipeline()
{
    stop();
}

void StagingPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

std::unique_ptr<StagedChunk> StagingPipeline::freshChunk()
{
    std::unique_ptr<StagedChunk> chunk;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || !m_free.empty() || m_ready.size() < s_chunksInFlight; });
        if (m_stopping)
            return nullptr;
        if (!m_free.empty()) {
            chunk = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (!chunk) {
        chunk = std::make_unique<StagedChunk>();
        chunk->rows.reserve(s_rowsPerChunk);
        chunk->buffer.reserve(s_rowsPerChunk * 48);
    }
    chunk->rows.clear();
    chunk->buffer.clear();
    return chunk;
}

void StagingPipeline::run()
{
    CsvRecord record;
    ParsedRow row;
    RowError rowError;
    SpanCache spans;
    bool sized = false;
    QString scopeProvider; // the provider `scope` was computed for
    bool scoped = false;
    quint64 scope = 0;
    std::unique_ptr<StagedChunk> chunk = freshChunk();
    bool failed = false;
    auto publish = [this](std::unique_ptr<StagedChunk> c) {
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(c));
        }
        m_changed.notify_all();
    };

    while (chunk && m_reader.next(record)) {
        if (!m_parser.parse(record, row, rowError)) {
            ++m_counts.read;
            if (!m_skipBadRows) {
                m_error = rowError.message();
                failed = true;
                break;
            }
            ++m_counts.rejected;
            if (m_counts.rejectedMessages.size() < s_rejectedKept)
                m_counts.rejectedMessages.append(rowError.message());
            continue;
        }
        if (row.skipped) {
            ++m_counts.skipped;
            continue;
        }
        ++m_counts.read;
        // A sales log names the provider of each sale; a statement is one provider's.
        const QString& provider = row.provider.isEmpty() ? m_provider : row.provider;
        StagedRow staged;
        staged.occurredUtc = row.occurredUtc;
        staged.grossMinor = row.grossMinor;
        staged.hasNet = row.netMinor.has_value();
        staged.netMinor = row.netMinor.value_or(0);
        staged.hasFee = row.feeMinor.has_value();
        staged.feeMinor = row.feeMinor.value_or(0);
        staged.line = row.line;
        staged.identity = RowIdentity::baseKey(row);
        // Repeated values (channel, currency, product, provider) are written once per chunk.
        if (chunk->rows.empty())
            spans.clear();
        staged.channel = spans.spanOf(row.channel, chunk->buffer);
        staged.currency = spans.spanOf(row.currency, chunk->buffer);
        staged.product = spans.spanOf(row.product, chunk->buffer);
        staged.provider = spans.spanOf(provider, chunk->buffer);
        if (!scoped || (!scopeProvider.isSharedWith(provider) && scopeProvider != provider)) {
            scope = RowIdentity::scope(m_kind, provider);
            scopeProvider = provider;
            scoped = true;
        }
        staged.scope = scope;
        staged.reference = append(chunk->buffer, row.reference);
        if (!row.rate.isEmpty())
            staged.rate = append(chunk->buffer, row.rate);
        chunk->rows.push_back(staged);
        if (chunk->rows.size() == s_rowsPerChunk) {
            m_position.store(m_reader.position(), std::memory_order_relaxed);
            if (!sized) {
                // The table of occurrences is sized from the first chunk's share of the text: one allocation,
                // no rehash, and no more memory than the file needs.
                const double share = double(qMax<qsizetype>(1, m_reader.position())) / double(m_reader.size());
                m_seen.reserve(size_t(double(s_rowsPerChunk) / std::min(1.0, share) * 1.05));
                sized = true;
            }
            finishChunk(*chunk);
            publish(std::move(chunk));
            chunk = freshChunk();
        }
    }
    if (!failed && m_reader.hasError()) {
        m_error = m_reader.error();
        failed = true;
    }
    if (chunk && !chunk->rows.empty() && !failed) {
        finishChunk(*chunk);
        publish(std::move(chunk));
    }
    m_position.store(m_reader.size(), std::memory_order_relaxed);
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        if (failed)
            m_ready.clear();
    }
    m_changed.notify_all();
}

// Counts the occurrence of each row's base key, in file order, and turns it into the row's identity; rows already in
// the database are counted and dropped. The table of occurrences is far bigger than the cache, so each lookup is
// prepared a few rows ahead.
void StagingPipeline::finishChunk(StagedChunk& chunk)
{
    constexpr size_t ahead = 8;
    std::vector<StagedRow>& rows = chunk.rows;
    const size_t n = rows.size();
    for (size_t i = 0; i < n && i < ahead; ++i)
        m_seen.prefetch(rows[i].identity);
    size_t kept = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i + ahead < n)
            m_seen.prefetch(rows[i + ahead].identity);
        StagedRow& row = rows[i];
        const quint32 occurrence = m_seen.insert(row.identity) ? 1 : ++*m_repeats.tryEmplace(row.identity).first + 1;
        row.identity = RowIdentity::identity(row.scope, row.identity, occurrence);
        // Within the file the occurrence already tells rows apart: only what was stored before needs looking up.
        if (m_existing.contains(row.identity)) {
            ++m_counts.present;
            continue;
        }
        if (kept != i)
            rows[kept] = row;
        ++kept;
    }
    rows.resize(kept);

    TransactionBlockEncoder encoder;
    for (const StagedRow& row : rows) {
        TransactionBlockEncoder::Row packed;
        packed.provider = chunk.text(row.provider);
        packed.channel = chunk.text(row.channel);
        packed.currency = chunk.text(row.currency);
        packed.product = chunk.text(row.product);
        packed.reference = chunk.text(row.reference);
        packed.occurredUtc = row.occurredUtc;
        packed.grossMinor = row.grossMinor;
        if (row.hasNet)
            packed.netMinor = row.netMinor;
        else if (row.hasFee)
            packed.netMinor = row.grossMinor - row.feeMinor;
        encoder.add(packed);
    }
    chunk.block = encoder.finish();
}

const StagedChunk* StagingPipeline::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || !m_ready.empty() || m_done; });
    if (m_stopping || m_ready.empty())
        return nullptr;
    m_taken = std::move(m_ready.front());
    m_ready.pop_front();
    return m_taken.get();
}

void StagingPipeline::release(const StagedChunk* chunk)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_taken.get() == chunk)
            m_free.push_back(std::move(m_taken));
    }
    m_changed.notify_all();
}
