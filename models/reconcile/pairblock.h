#pragma once

#include <QByteArray>

#include <vector>

// A pair that reconciliation settled without anything for a person to look at (same amount, matched by reference
// or by amount and time, no payout difference).
struct ReconcilePair
{
    qint64 saleTime = 0;    // UTC seconds; the pair's time
    qint64 gap = 0;         // provider row's time minus the sale's
    qint64 providerTxn = 0; // transactions.id of both sides
    qint64 salesTxn = 0;
    qint64 gross = 0; // minor units, the same on both sides
    quint32 ref = 0;  // ReconcileHash::stored() of the reference, 0 without one
    bool fuzzy = false;
};

// Packs pairs (sorted by sale time) into a compact blob of variable-length deltas, and back. A million pairs take a
// few megabytes and are written in one go; the 32-bit reference hashes are kept apart so that a later run can scan
// them without unpacking the rest.
class PairBlock final
{
public:
    static constexpr int s_pairsPerBlock = 4096;

    static void encode(const ReconcilePair* pairs, size_t count, QByteArray& data, QByteArray& refs);
    // Appends the pairs to `out`; false when the blob is damaged.
    static bool decode(const QByteArray& data, const QByteArray& refs, qint64 count, std::vector<ReconcilePair>& out);
    // The reference hash of pair i, read straight from the refs blob.
    static quint32 refAt(const QByteArray& refs, qint64 i);
};
