#pragma once

#include "reconcile/pairblock.h"
#include "reconcile/reconcilerows.h"

#include <cstdio>
#include <string>
#include <vector>

// Rows set aside in a temporary file while a reconciliation by shares works on another share. The file, in the
// temporary folder (TMPDIR), has no name: it is gone when closed, or when the process ends however it ends. It is
// written through a buffer of its own.
class RowSpill final
{
public:
    RowSpill();
    ~RowSpill();
    RowSpill(const RowSpill&) = delete;
    RowSpill& operator=(const RowSpill&) = delete;
    RowSpill(RowSpill&& other) noexcept;
    RowSpill& operator=(RowSpill&&) = delete;

    // Sets aside a row of `from` (its reference too), with the provider step 5 needs for a sale naming none.
    void add(const ReconcileRows& from, const ReconcileRow& row, bool isSale, quint16 referenceProvider = 0);
    qint64 count() const { return m_count; }

    // Appends every row set aside to `into` (whose interners must number the strings as those of the rows added
    // did), sales and provider rows each sorted by id, and closes the file: a spill is taken once.
    // `referenceProviders`, when given, receives the providers added with the sales, in the order of into.sales from
    // its former size on. False when the file could not be written or read back (a full disk).
    bool takeInto(ReconcileRows& into, std::vector<quint16>* referenceProviders);
    bool failed() const { return m_failed; }

private:
    struct Record
    {
        ReconcileRow row;
        quint16 referenceProvider = 0;
        quint8 isSale = 0;
    };
    void flush();

    std::FILE* m_file = nullptr;
    std::string m_buffer;
    qint64 m_count = 0;
    bool m_failed = false;
};

// Agreeing pairs set aside by a reconciliation by shares, to be packed into blocks of nearby times once every share is
// matched (a share's pairs are spread over the whole period). Same kind of file as RowSpill.
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

    PairSpill();
    ~PairSpill();
    PairSpill(const PairSpill&) = delete;
    PairSpill& operator=(const PairSpill&) = delete;
    PairSpill(PairSpill&& other) noexcept;
    PairSpill& operator=(PairSpill&&) = delete;

    void add(const Record& record);
    // Every record added, sorted by provider, channel, currency, then sale time; closes the file. False when the file
    // could not be written or read back.
    bool take(std::vector<Record>& out);
    bool failed() const { return m_failed; }

private:
    std::FILE* m_file = nullptr;
    std::string m_buffer;
    qint64 m_count = 0;
    bool m_failed = false;
};
