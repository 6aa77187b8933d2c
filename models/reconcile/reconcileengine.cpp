#include "reconcileengine.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace {

constexpr quint32 s_none = ReconcileEngineResult::s_none;

// Below this many rows one thread does everything.
constexpr size_t s_parallelFrom = 200000;

// Open addressing over the provider rows with a reference of one partition (a bit of the reference's hash), keyed by
// the reference's text. Each slot holds the first row (in id order) with that reference and 32 bits of its hash, so
// that most probes settle without touching the rows; the other rows with the same reference follow through `next`.
// Lookups are prefetched a few rows ahead: at a million rows the table is far larger than the caches.
class ReferenceIndex
{
public:
    ReferenceIndex(const ReconcileRows& rows, size_t expected, std::vector<quint32>& next, std::vector<quint32>& tail)
        : m_rows(rows), m_next(next), m_tail(tail)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity <<= 1;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{0, 0});
    }

    void prefetch(quint64 h) const { __builtin_prefetch(&m_slots[h & m_mask]); }
    // The next two steps of a lookup, each once the one before has had time to arrive: the row the slot points to,
    // then that row's reference text.
    void prefetchRow(quint64 h) const
    {
        const Slot& s = m_slots[h & m_mask];
        if (s.entry != 0)
            __builtin_prefetch(&m_rows.provider[s.entry - 1]);
    }
    void prefetchText(quint64 h) const
    {
        const Slot& s = m_slots[h & m_mask];
        if (s.entry != 0)
            __builtin_prefetch(m_rows.refs.data() + m_rows.provider[s.entry - 1].refOffset);
    }

    // Adds provider row i; returns the head of its chain (i itself when its reference is new).
    quint32 add(quint32 i)
    {
        const ReconcileRow& row = m_rows.provider[i];
        const std::string_view ref = m_rows.reference(row);
        const quint32 tag = quint32(row.refHash >> 32);
        size_t slot = row.refHash & m_mask;
        for (;;) {
            Slot& s = m_slots[slot];
            if (s.entry == 0) {
                s = Slot{i + 1, tag};
                m_tail[i] = i;
                return i;
            }
            const quint32 head = s.entry - 1;
            if (s.tag == tag && m_rows.reference(m_rows.provider[head]) == ref) {
                m_next[m_tail[head]] = i;
                m_tail[head] = i;
                return head;
            }
            slot = (slot + 1) & m_mask;
        }
    }

    // The first provider row carrying this reference, or s_none.
    quint32 find(std::string_view ref, quint64 h) const
    {
        const quint32 tag = quint32(h >> 32);
        size_t slot = h & m_mask;
        for (;;) {
            const Slot& s = m_slots[slot];
            if (s.entry == 0)
                return s_none;
            const quint32 head = s.entry - 1;
            if (s.tag == tag && m_rows.reference(m_rows.provider[head]) == ref)
                return head;
            slot = (slot + 1) & m_mask;
        }
    }

private:
    struct Slot
    {
        quint32 entry; // row + 1; 0 when empty
        quint32 tag;
    };
    const ReconcileRows& m_rows;
    std::vector<quint32>& m_next;
    std::vector<quint32>& m_tail;
    size_t m_mask = 0;
    std::vector<Slot> m_slots;
};

constexpr quint32 s_prefetchAhead = 8;

struct GroupKey
{
    quint16 channel;
    quint16 currency;
    qint64 gross;
    bool operator==(const GroupKey&) const = default;
};

// Numbers the groups (channel, currency, amount) seen among provider rows: open addressing, as there can be a
// hundred thousand of them and a million lookups.
class GroupIndex
{
public:
    explicit GroupIndex(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity <<= 1;
        m_mask = capacity - 1;
        m_slots.assign(capacity, s_none);
    }

    quint32 add(const GroupKey& k)
    {
        for (size_t slot = hash(k) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == s_none) {
                m_slots[slot] = quint32(m_keys.size());
                m_keys.push_back(k);
                return m_slots[slot];
            }
            if (m_keys[m_slots[slot]] == k)
                return m_slots[slot];
        }
    }

    quint32 find(const GroupKey& k) const
    {
        for (size_t slot = hash(k) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == s_none || m_keys[m_slots[slot]] == k)
                return m_slots[slot];
        }
    }

    size_t size() const { return m_keys.size(); }

private:
    static quint64 hash(const GroupKey& k)
    {
        return ReconcileHash::mix((quint64(k.channel) << 48) ^ (quint64(k.currency) << 32) ^ quint64(k.gross));
    }
    size_t m_mask = 0;
    std::vector<quint32> m_slots;
    std::vector<GroupKey> m_keys;
};

struct TimedRow
{
    qint64 t;
    qint64 id;
    quint32 index;
    bool operator<(const TimedRow& o) const { return t != o.t ? t < o.t : id < o.id; }
};

struct Edge
{
    qint64 gap;
    qint64 saleTime;
    qint64 providerId;
    qint64 saleId;
    quint32 p;
    quint32 s;
};

// At most this many candidates per provider row in a crowded group: the nearest ones.
constexpr size_t s_maxCandidates = 32;

class Matcher
{
public:
    Matcher(ReconcileRows& rows, const ReconcileEngineOptions& options, ReconcileEngineResult& out)
        : m_rows(rows), m_prov(rows.provider), m_sales(rows.sales), m_o(options), m_out(out)
    {
    }

    void run()
    {
        const quint32 np = quint32(m_prov.size());
        const quint32 ns = quint32(m_sales.size());
        m_out.providerOutcome.assign(np, 0);
        m_out.providerPartner.assign(np, s_none);
        m_out.salesOutcome.assign(ns, 0);
        m_out.salesPartner.assign(ns, s_none);
        m_out.salesProvider.assign(ns, 0);
        m_out.salesAttribution.assign(ns, quint8(ReconcileAttribution::Own));

        byHand();
        if (m_o.steps == ReconcileEngineOptions::Steps::ByHand)
            return;
        if (m_o.steps == ReconcileEngineOptions::Steps::ByAmountAndTime) {
            byAmountAndTime();
            leftovers();
            return;
        }

        // References never meet across partitions of their hash: each partition is matched on its own thread.
        const bool parallel = size_t(np) + ns >= s_parallelFrom && std::thread::hardware_concurrency() > 1;
        m_partitions = parallel ? 2 : 1;
        m_next.assign(np, s_none);
        m_tail.assign(np, s_none);
        std::vector<size_t> perPartition(m_partitions, 0);
        for (const ReconcileRow& r : m_prov) {
            if (r.hasReference())
                ++perPartition[partitionOf(r.refHash)];
        }
        for (unsigned k = 0; k < m_partitions; ++k)
            m_indexes.emplace_back(m_rows, perPartition[k], m_next, m_tail);
        if (parallel) {
            std::thread other([this] { byReference(1); });
            byReference(0);
            other.join();
        } else {
            byReference(0);
        }
        if (m_o.steps == ReconcileEngineOptions::Steps::ByReference) {
            referenceProviders();
            return;
        }

        byAmountAndTime();
        leftovers();
    }

private:
    unsigned partitionOf(quint64 h) const { return m_partitions == 1 ? 0 : unsigned(h >> 63); }

    bool forbidden(quint32 p, quint32 s) const
    {
        return !m_o.forbidden.empty() && m_o.forbidden.count({m_prov[p].id, m_sales[s].id}) != 0;
    }

    void pair(quint32 p, quint32 s, ReconcileOutcome agreeing)
    {
        m_prov[p].flags |= ReconcileRow::Taken;
        m_sales[s].flags |= ReconcileRow::Taken;
        const bool agree = m_prov[p].gross == m_sales[s].gross && m_prov[p].currency == m_sales[s].currency;
        const quint8 outcome = quint8(agree ? agreeing : ReconcileOutcome::AmountMismatch);
        m_out.providerOutcome[p] = outcome;
        m_out.providerPartner[p] = s;
        m_out.salesOutcome[s] = outcome;
        m_out.salesPartner[s] = p;
        m_out.salesProvider[s] = m_prov[p].provider;
        m_out.salesAttribution[s] =
            quint8(m_sales[s].provider != 0 ? ReconcileAttribution::Own : ReconcileAttribution::ByReference);
    }

    // 1. Pairs made by hand come first, whatever the rules say.
    void byHand()
    {
        for (const auto& [p, s] : m_o.forced) {
            if (p >= m_prov.size() || s >= m_sales.size() || m_prov[p].is(ReconcileRow::Taken) ||
                m_sales[s].is(ReconcileRow::Taken))
                continue;
            m_prov[p].flags |= ReconcileRow::Forced;
            m_sales[s].flags |= ReconcileRow::Forced;
            if (m_prov[p].is(ReconcileRow::Fixed) || m_sales[s].is(ReconcileRow::Fixed)) {
                m_prov[p].flags |= ReconcileRow::Taken;
                m_sales[s].flags |= ReconcileRow::Taken;
                continue;
            }
            pair(p, s, ReconcileOutcome::MatchedManual);
        }
    }

    // 2. Duplicates at the provider, then 3. sales by reference, for the references of one partition.
    void byReference(unsigned part)
    {
        ReferenceIndex& index = m_indexes[part];
        const quint32 np = quint32(m_prov.size());
        const quint32 ns = quint32(m_sales.size());
        for (quint32 i = 0; i < np; ++i) {
            if (i + s_prefetchAhead < np && m_prov[i + s_prefetchAhead].hasReference())
                index.prefetch(m_prov[i + s_prefetchAhead].refHash);
            ReconcileRow& row = m_prov[i];
            if (!row.hasReference() || partitionOf(row.refHash) != part)
                continue;
            const quint32 head = index.add(i);
            if (head == i || row.is(ReconcileRow::Forced) || row.is(ReconcileRow::Fixed))
                continue;
            for (quint32 j = head; j != i && j != s_none; j = m_next[j]) {
                if (m_prov[j].provider == row.provider) {
                    row.flags |= ReconcileRow::Duplicate;
                    m_out.providerOutcome[i] = quint8(ReconcileOutcome::DuplicateAtProvider);
                    m_out.providerPartner[i] = j;
                    break;
                }
            }
        }
        for (quint32 s = 0; s < ns; ++s) {
            if (s + s_prefetchAhead < ns && m_sales[s + s_prefetchAhead].hasReference())
                index.prefetch(m_sales[s + s_prefetchAhead].refHash);
            if (s + s_prefetchAhead / 2 < ns && m_sales[s + s_prefetchAhead / 2].hasReference())
                index.prefetchRow(m_sales[s + s_prefetchAhead / 2].refHash);
            if (s + s_prefetchAhead / 4 < ns && m_sales[s + s_prefetchAhead / 4].hasReference())
                index.prefetchText(m_sales[s + s_prefetchAhead / 4].refHash);
            const ReconcileRow& sale = m_sales[s];
            if (!sale.hasReference() || sale.is(ReconcileRow::Taken) || partitionOf(sale.refHash) != part)
                continue;
            for (quint32 p = index.find(m_rows.reference(sale), sale.refHash); p != s_none; p = m_next[p]) {
                const ReconcileRow& row = m_prov[p];
                if (row.flags & (ReconcileRow::Taken | ReconcileRow::Duplicate))
                    continue;
                if (sale.provider != 0 && sale.provider != row.provider)
                    continue;
                if (forbidden(p, s))
                    continue;
                pair(p, s, ReconcileOutcome::MatchedByReference);
                break;
            }
        }
    }

    // 4. What is left, where one side has no reference: same channel, currency and amount, times within the window,
    // nearest first, each row used once.
    void byAmountAndTime()
    {
        const qint64 window = std::max<qint64>(0, m_o.windowSeconds);
        std::vector<quint32> left;
        bool providerWithoutRef =
            m_o.steps == ReconcileEngineOptions::Steps::ByAmountAndTime && m_o.providerWithoutReference;
        for (quint32 p = 0; p < m_prov.size(); ++p) {
            const ReconcileRow& row = m_prov[p];
            if (row.flags & (ReconcileRow::Taken | ReconcileRow::Duplicate | ReconcileRow::Fixed))
                continue;
            providerWithoutRef = providerWithoutRef || !row.hasReference();
            left.push_back(p);
        }
        if (left.empty())
            return;
        GroupIndex groups(left.size());
        std::vector<std::pair<quint32, quint32>> provEntries; // (group, row)
        provEntries.reserve(left.size());
        for (quint32 p : left)
            provEntries.push_back({groups.add(GroupKey{m_prov[p].channel, m_prov[p].currency, m_prov[p].gross}), p});
        std::vector<std::pair<quint32, quint32>> saleEntries;
        for (quint32 s = 0; s < m_sales.size(); ++s) {
            const ReconcileRow& sale = m_sales[s];
            if (sale.flags & (ReconcileRow::Taken | ReconcileRow::Fixed))
                continue;
            if (sale.hasReference() && !providerWithoutRef)
                continue;
            const quint32 g = groups.find(GroupKey{sale.channel, sale.currency, sale.gross});
            if (g != s_none)
                saleEntries.push_back({g, s});
        }
        if (saleEntries.empty())
            return;

        // Bucket both sides by group (counting sort), then sort each bucket by time.
        const size_t ng = groups.size();
        auto bucket = [&](const std::vector<std::pair<quint32, quint32>>& entries,
                          const std::vector<ReconcileRow>& list, std::vector<quint32>& start,
                          std::vector<TimedRow>& sorted) {
            start.assign(ng + 1, 0);
            for (const auto& e : entries)
                ++start[e.first + 1];
            for (size_t g = 0; g < ng; ++g)
                start[g + 1] += start[g];
            std::vector<quint32> fill(start.begin(), start.end() - 1);
            sorted.resize(entries.size());
            for (const auto& e : entries) {
                const ReconcileRow& r = list[e.second];
                sorted[fill[e.first]++] = TimedRow{r.t, r.id, e.second};
            }
            for (size_t g = 0; g < ng; ++g)
                std::sort(sorted.begin() + start[g], sorted.begin() + start[g + 1]);
        };
        std::vector<quint32> provStart, saleStart;
        std::vector<TimedRow> provSorted, saleSorted;
        bucket(provEntries, m_prov, provStart, provSorted);
        bucket(saleEntries, m_sales, saleStart, saleSorted);

        std::vector<Edge> edges;
        std::vector<Edge> candidates;
        for (size_t g = 0; g < ng; ++g) {
            const quint32 sb = saleStart[g], se = saleStart[g + 1];
            if (sb == se)
                continue;
            edges.clear();
            quint32 lo = sb;
            for (quint32 k = provStart[g]; k < provStart[g + 1]; ++k) {
                const quint32 p = provSorted[k].index;
                const ReconcileRow& row = m_prov[p];
                while (lo < se && saleSorted[lo].t < row.t - window)
                    ++lo;
                candidates.clear();
                for (quint32 m = lo; m < se && saleSorted[m].t <= row.t + window; ++m) {
                    const quint32 s = saleSorted[m].index;
                    const ReconcileRow& sale = m_sales[s];
                    if (row.hasReference() && sale.hasReference())
                        continue;
                    if (sale.provider != 0 && sale.provider != row.provider)
                        continue;
                    if (forbidden(p, s))
                        continue;
                    candidates.push_back({std::abs(row.t - sale.t), sale.t, row.id, sale.id, p, s});
                }
                if (candidates.size() > s_maxCandidates) {
                    std::nth_element(candidates.begin(), candidates.begin() + s_maxCandidates, candidates.end(),
                                     [](const Edge& a, const Edge& b) { return a.gap < b.gap; });
                    candidates.resize(s_maxCandidates);
                }
                edges.insert(edges.end(), candidates.begin(), candidates.end());
            }
            if (edges.size() > 1) {
                std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
                    if (a.gap != b.gap)
                        return a.gap < b.gap;
                    if (a.saleTime != b.saleTime)
                        return a.saleTime < b.saleTime;
                    if (a.providerId != b.providerId)
                        return a.providerId < b.providerId;
                    return a.saleId < b.saleId;
                });
            }
            for (const Edge& e : edges) {
                if (m_prov[e.p].is(ReconcileRow::Taken) || m_sales[e.s].is(ReconcileRow::Taken))
                    continue;
                pair(e.p, e.s, ReconcileOutcome::MatchedFuzzy);
            }
        }
    }

    // 5. What is still left is missing on the other side. A sale naming no provider is counted under the provider
    // whose rows carry its reference, else the one serving its channel.
    void leftovers()
    {
        for (quint32 p = 0; p < m_prov.size(); ++p) {
            const ReconcileRow& row = m_prov[p];
            if (row.flags & (ReconcileRow::Taken | ReconcileRow::Duplicate | ReconcileRow::Fixed))
                continue;
            m_out.providerOutcome[p] = quint8(ReconcileOutcome::MissingInSalesLog);
        }
        for (quint32 s = 0; s < m_sales.size(); ++s) {
            const ReconcileRow& sale = m_sales[s];
            if (sale.is(ReconcileRow::Fixed)) {
                m_out.salesOutcome[s] = 0;
                continue;
            }
            if (sale.is(ReconcileRow::Taken))
                continue;
            m_out.salesOutcome[s] = quint8(ReconcileOutcome::MissingAtProvider);
            if (sale.provider != 0) {
                m_out.salesProvider[s] = sale.provider;
                m_out.salesAttribution[s] = quint8(ReconcileAttribution::Own);
                continue;
            }
            if (sale.hasReference()) {
                const quint16 provider = referenceProvider(s);
                if (provider != 0) {
                    m_out.salesProvider[s] = provider;
                    m_out.salesAttribution[s] = quint8(ReconcileAttribution::ByReference);
                    continue;
                }
            }
            const quint16 byChannel =
                sale.channel < m_o.providerForChannel.size() ? m_o.providerForChannel[sale.channel] : 0;
            m_out.salesProvider[s] = byChannel;
            m_out.salesAttribution[s] =
                quint8(byChannel ? ReconcileAttribution::ByChannel : ReconcileAttribution::None);
        }
    }

    // The provider of the first provider row carrying sale s's reference; 0 for none.
    quint16 referenceProvider(quint32 s) const
    {
        if (m_o.steps == ReconcileEngineOptions::Steps::ByAmountAndTime)
            return s < m_o.salesReferenceProvider.size() ? m_o.salesReferenceProvider[s] : 0;
        const ReconcileRow& sale = m_sales[s];
        const quint32 p = m_indexes[partitionOf(sale.refHash)].find(m_rows.reference(sale), sale.refHash);
        return p != s_none ? m_prov[p].provider : 0;
    }

    // After steps 2 and 3 alone: what step 5 will need of the references for the sales left that name no provider.
    void referenceProviders()
    {
        m_out.salesReferenceProvider.assign(m_sales.size(), 0);
        for (quint32 s = 0; s < m_sales.size(); ++s) {
            const ReconcileRow& sale = m_sales[s];
            if (sale.provider == 0 && sale.hasReference() &&
                !(sale.flags & (ReconcileRow::Taken | ReconcileRow::Fixed)))
                m_out.salesReferenceProvider[s] = referenceProvider(s);
        }
    }

    ReconcileRows& m_rows;
    std::vector<ReconcileRow>& m_prov;
    std::vector<ReconcileRow>& m_sales;
    const ReconcileEngineOptions& m_o;
    ReconcileEngineResult& m_out;
    unsigned m_partitions = 1;
    std::vector<quint32> m_next;
    std::vector<quint32> m_tail;
    std::vector<ReferenceIndex> m_indexes;
};

} // namespace

ReconcileEngineResult ReconcileEngine::run(ReconcileRows& rows, const ReconcileEngineOptions& options)
{
    ReconcileEngineResult out;
    Matcher(rows, options, out).run();
    return out;
}
