#pragma once

#include "core/hashmix.h"

#include <QByteArray>
#include <QString>

#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// A fast 64-bit hash of a reference (and a 32-bit one stored with results to find rows again). Equal hashes are
// always confirmed by comparing the text.
namespace ReconcileHash {
inline quint64 mix(quint64 h)
{
    return murmurMix64(h);
}

inline quint64 of(std::string_view text)
{
    quint64 h = 0x9e3779b97f4a7c15ULL ^ (quint64(text.size()) * 0x100000001b3ULL);
    const char* p = text.data();
    size_t n = text.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ mix(w)) * 0x9fb21c651e98df25ULL;
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ mix(tail ^ (quint64(n) << 56))) * 0x9fb21c651e98df25ULL;
    return mix(h);
}

// Stored form (32 bits of of()): never 0, so 0 can mean "no reference".
inline qint64 storedFromHash(quint64 full)
{
    const quint32 h = quint32(full >> 32);
    return h == 0 ? 1 : qint64(h);
}
inline qint64 stored(std::string_view text)
{
    return text.empty() ? 0 : storedFromHash(of(text));
}
} // namespace ReconcileHash

// Small strings repeated on millions of rows (provider codes, channel ids, currencies, product names) become
// 16-bit numbers; 0 is the empty string.
class ReconcileInterner final
{
public:
    ReconcileInterner() { m_names.emplace_back(); }

    quint16 id(std::string_view text)
    {
        if (text.empty())
            return 0;
        if (text == m_lastText)
            return m_lastId;
        // Channels and currencies are a handful: comparing beats hashing.
        if (m_names.size() <= 16) {
            for (size_t i = 1; i < m_names.size(); ++i) {
                if (m_names[i] == text) {
                    m_lastText = m_names[i];
                    m_lastId = quint16(i);
                    return m_lastId;
                }
            }
        }
        auto it = m_ids.find(std::string(text));
        quint16 value;
        if (it != m_ids.end()) {
            value = it->second;
        } else if (m_names.size() >= 0xFFFF) {
            // Full (never seen in practice: the columns interned are codes and product names): the last slot
            // stands for every further value.
            if (m_names.size() == 0xFFFF)
                m_names.emplace_back("...");
            value = 0xFFFF;
        } else {
            value = quint16(m_names.size());
            m_names.emplace_back(text);
            m_ids.emplace(std::string(text), value);
        }
        m_lastText = m_names[value];
        m_lastId = value;
        return value;
    }
    // Looks up without adding; -1 when unknown.
    int find(std::string_view text) const
    {
        if (text.empty())
            return 0;
        auto it = m_ids.find(std::string(text));
        return it == m_ids.end() ? -1 : int(it->second);
    }
    const std::string& name(quint16 id) const { return m_names[id]; }
    QString qname(quint16 id) const { return QString::fromUtf8(m_names[id].data(), qsizetype(m_names[id].size())); }
    size_t size() const { return m_names.size(); }

private:
    std::vector<std::string> m_names;
    std::unordered_map<std::string, quint16> m_ids;
    std::string m_lastText;
    quint16 m_lastId = 0;
};

// One sales-log or provider-statement row, as compact as matching needs. References live in an arena.
struct ReconcileRow
{
    static constexpr qint64 s_noAmount = std::numeric_limits<qint64>::min();

    enum Flag : quint8 {
        Fixed = 1,     // decided before this run (context only): never re-paired here
        Taken = 2,     // paired (in this run, by hand, or before)
        Duplicate = 4, // repeats a reference already seen in its provider's data
        Forced = 8,    // paired by hand
    };

    qint64 id = 0;
    qint64 t = 0;            // occurred, UTC seconds
    qint64 gross = 0;        // minor units
    qint64 net = s_noAmount; // provider rows: what the provider keeps for the merchant
    quint64 refHash = 0;     // ReconcileHash::of(reference), when there is one
    quint32 refOffset = 0;
    quint16 refLength = 0; // 0: no reference
    quint16 provider = 0;  // interned code; 0 for a sale that names no provider
    quint16 product = 0;   // interned name, when the payout check needs it
    quint16 channel = 0;   // interned id
    quint16 currency = 0;  // interned code
    quint8 flags = 0;

    bool hasReference() const { return refLength != 0; }
    // ReconcileHash::stored() of the reference, 0 without one.
    quint32 storedRef() const { return hasReference() ? quint32(ReconcileHash::storedFromHash(refHash)) : 0; }
    bool is(Flag f) const { return flags & f; }
};

// A line of a payout statement: what a provider paid out, and when.
struct ReconcilePayout
{
    qint64 id = 0;
    qint64 t = 0;
    qint64 amount = 0;
    quint16 provider = 0;
    quint16 currency = 0;
};

// The rows one reconciliation looks at: sales and provider rows sorted by id, and what they share; payout lines are
// only summed (for the payout follow-up).
struct ReconcileRows
{
    std::vector<ReconcileRow> sales;
    std::vector<ReconcileRow> provider;
    std::vector<ReconcilePayout> payouts;
    std::string refs; // every reference, back to back
    ReconcileInterner providers;
    ReconcileInterner channels;
    ReconcileInterner currencies;
    ReconcileInterner products;

    std::string_view reference(const ReconcileRow& row) const
    {
        return std::string_view(refs.data() + row.refOffset, row.refLength);
    }
    QString qreference(const ReconcileRow& row) const
    {
        return QString::fromUtf8(refs.data() + row.refOffset, row.refLength);
    }
    // Stores a reference and sets it on the row. References longer than 65535 bytes are cut (never seen: they are
    // ids).
    void setReference(ReconcileRow& row, std::string_view ref)
    {
        if (ref.size() > std::numeric_limits<quint16>::max())
            ref = ref.substr(0, std::numeric_limits<quint16>::max());
        row.refOffset = quint32(refs.size());
        row.refLength = quint16(ref.size());
        row.refHash = ReconcileHash::of(ref);
        refs.append(ref);
    }
    void clear()
    {
        sales.clear();
        provider.clear();
        payouts.clear();
        refs.clear();
    }
};
