#pragma once

#include "reconcile/pairblock.h"
#include "reconcile/reconcilerows.h"

#include <cstdio>
#include <string>
#include <vector>

// A temporary file a reconciliation by shares sets records aside in. It is in the temporary folder (TMPDIR) and has no
// name: it is gone when closed, or when the process ends however it ends. Written through a buffer of its own, read
// back once.
class SpillFile final
{
public:
    SpillFile();
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;
    SpillFile(SpillFile&& other) noexcept;
    SpillFile& operator=(SpillFile&&) = delete;

    // Appends a record of `size` bytes (then `extra` bytes of `tail`, if any).
    void add(const void* record, size_t size, const char* tail = nullptr, size_t extra = 0);
    qint64 count() const { return m_count; }
    // Writes out what is buffered and goes back to the start, to read the records back; false on failure.
    bool rewind();
    // Reads exactly `size` bytes; false at the end or on failure.
    bool read(void* into, size_t size);
    // Closes the file (once read back).
    void close();
    bool failed() const { return m_failed; }

private:
    void flush();

    std::FILE* m_file = nullptr;
    std::string m_buffer;
    std::vector<char> m_read; // what was read ahead, from m_readAt on
    size_t m_readAt = 0;
    qint64 m_count = 0;
    bool m_failed = false;
};

// Rows set aside while a reconciliation by shares works on another share.
class RowSpill final
{
public:
    // Sets aside a row of `from` (its reference too), with the provider step 5 needs for a sale naming none.
    void add(const ReconcileRows& from, const ReconcileRow& row, bool isSale, quint16 referenceProvider = 0);
    qint64 count() const { return m_file.count(); }

    // Appends every row set aside to `into` (whose interners must number the strings as those of the rows added
    // did), sales and provider rows each sorted by id, and closes the file: a spill is taken once.
    // `referenceProviders`, when given, receives the providers added with the sales, in the order of into.sales from
    // its former size on. False when the file could not be written or read back (a full disk).
    bool takeInto(ReconcileRows& into, std::vector<quint16>* referenceProviders);
    bool failed() const { return m_file.failed(); }

private:
    struct Record
    {
        ReconcileRow row;
        quint16 referenceProvider = 0;
        quint8 isSale = 0;
    };
    SpillFile m_file;
};

// Agreeing pairs set aside by a reconciliation by shares, to be packed into blocks of nearby times once every share is
// matched (a share's pairs are spread over the whole period).
class PairSpill final
{
public:
    struct Record
    {
        ReconcilePair pair;
        quint16 provider = 0; // interned as in the rows the pairs come from
        quint16 channel = 0;
        quint16 currency = 0;
    };

    void add(const Record& record) { m_file.add(&record, sizeof record); }
    // Every record added, sorted by provider, channel, currency, then sale time; closes the file. False when the file
    // could not be written or read back.
    bool take(std::vector<Record>& out);
    bool failed() const { return m_file.failed(); }

private:
    SpillFile m_file;
};
