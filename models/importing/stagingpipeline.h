#pragma once

#include "core/flathash.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

class CsvReader;
class RowParser;

// A row ready to be written: numbers inline, text as spans of its chunk's buffer (no allocation per row).
struct StagedRow
{
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    qint64 occurredUtc = 0;
    qint64 grossMinor = 0;
    qint64 netMinor = 0;
    qint64 feeMinor = 0;
    qint64 line = 0;
    quint64 identity = 0; // while staged: the base key of the row; once its chunk is finished: its identity
    quint64 scope = 0;    // RowIdentity::scope of the row's kind and provider
    Span channel;
    Span reference;
    Span product;
    Span currency;
    Span provider;
    Span rate; // ParsedRow::rate; empty: none
    bool hasNet = false;
    bool hasFee = false;
};

struct StagedChunk
{
    std::vector<StagedRow> rows;
    std::string buffer;
    std::string block; // the rows packed for the transaction_blocks table (see TransactionBlockEncoder)
    std::string_view text(StagedRow::Span span) const { return {buffer.data() + span.offset, span.length}; }
};

// Reads, parses and identifies the rows of one file on a worker thread, handing them out in chunks to the thread
// that writes them. Rows already in the database (by identity) are counted and left out. The first malformed row
// stops it with an error, unless bad rows are to be skipped, in which case they are counted and listed.
class StagingPipeline final
{
public:
    struct Counts
    {
        qint64 read = 0;
        qint64 present = 0;
        qint64 skipped = 0;
        qint64 rejected = 0;
        QStringList rejectedMessages;
    };

    StagingPipeline(CsvReader& reader, RowParser& parser, const QString& kind, const QString& provider,
                    FlatHashSet64 existing, bool skipBadRows);
    ~StagingPipeline();
    StagingPipeline(const StagingPipeline&) = delete;
    StagingPipeline& operator=(const StagingPipeline&) = delete;

    // The next chunk, or nullptr at the end (or after an error or stop()). Give it back with release().
    const StagedChunk* take();
    void release(const StagedChunk* chunk);
    // Stops the worker and waits for it; safe to call more than once.
    void stop();

    qsizetype position() const { return m_position.load(std::memory_order_relaxed); }
    // Valid once take() returned nullptr or after stop().
    const QString& error() const { return m_error; }
    const Counts& counts() const { return m_counts; }

private:
    void run();
    void finishChunk(StagedChunk& chunk);
    std::unique_ptr<StagedChunk> freshChunk();

    CsvReader& m_reader;
    RowParser& m_parser;
    QString m_kind;
    QString m_provider;
    FlatHashSet64 m_existing;
    // Occurrences of each row's content in the file: every content seen (8 bytes each), and how many times more
    // than once for the few seen again.
    FlatHashSet64 m_seen;
    FlatHash64<quint32> m_repeats;
    bool m_skipBadRows;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<StagedChunk>> m_ready;
    std::vector<std::unique_ptr<StagedChunk>> m_free;
    std::unique_ptr<StagedChunk> m_taken;
    bool m_done = false;
    bool m_stopping = false;
    std::atomic<qsizetype> m_position{0};
    QString m_error;
    Counts m_counts;
    std::thread m_worker;
};
