#include "reconcilebrowser.h"

#include "reconcilestore.h"
#include "storage/database.h"

#include <algorithm>
#include <limits>

namespace {

// Lines of both sources interleave by time; at equal times items come first, then pairs by provider row.
bool before(const ReconcileEntry& a, const ReconcileEntry& b)
{
    if (a.time != b.time)
        return a.time < b.time;
    if ((a.itemId != 0) != (b.itemId != 0))
        return a.itemId != 0;
    return a.itemId != 0 ? a.itemId < b.itemId : a.providerTxn < b.providerTxn;
}

} // namespace

ReconcileBrowser::ReconcileBrowser(Database& db, const ReconcileFilter& filter, std::shared_ptr<const IdSet> only)
    : m_db(db), m_filter(filter), m_only(std::move(only))
{
    m_wantReference = filter.acceptsOutcome(ReconcileOutcome::MatchedByReference);
    m_wantFuzzy = filter.acceptsOutcome(ReconcileOutcome::MatchedFuzzy);
    // Packed pairs are settled: never a discrepancy, never explained.
    m_packedDone = (!m_wantReference && !m_wantFuzzy) || filter.openOnly;
}

bool ReconcileBrowser::keep(qint64 providerTxn, qint64 salesTxn) const
{
    if (!m_only)
        return true;
    return (providerTxn && m_only->count(providerTxn)) || (salesTxn && m_only->count(salesTxn));
}

Status ReconcileBrowser::fillItems(size_t want)
{
    while (!m_itemsDone && m_items.size() < want) {
        constexpr int s_page = 512;
        auto page = ReconcileStore::itemsAfter(m_db, m_filter, m_itemTime, m_itemId, s_page);
        if (!page)
            return Status::failure(page.error());
        for (ReconcileEntry& e : *page) {
            m_itemTime = e.time;
            m_itemId = e.itemId;
            if (keep(e.providerTxn, e.salesTxn))
                m_items.push_back(std::move(e));
        }
        if (page->size() < s_page)
            m_itemsDone = true;
    }
    return {};
}

Status ReconcileBrowser::fillPacked(size_t want)
{
    if (m_packedDone)
        return {};
    if (!m_blocksLoaded) {
        auto blocks = ReconcileStore::blocks(m_db, m_filter.provider, m_filter.channel);
        if (!blocks)
            return Status::failure(blocks.error());
        m_blocks = blocks.value();
        m_blocksLoaded = true;
    }
    auto later = [this](const Active& a, const Active& b) {
        return a.pairs[a.pos].saleTime != b.pairs[b.pos].saleTime
                   ? a.pairs[a.pos].saleTime > b.pairs[b.pos].saleTime
                   : a.pairs[a.pos].providerTxn > b.pairs[b.pos].providerTxn;
    };
    while (m_packed.size() < want) {
        // Unpack the blocks that start before the next pair in hand (or the next block, when none is).
        while (m_nextBlock < m_blocks.size()) {
            const ReconcileBlockInfo& b = m_blocks.at(m_nextBlock);
            if (!m_active.empty() && b.firstUtc > m_active.front().pairs[m_active.front().pos].saleTime)
                break;
            ++m_nextBlock;
            if ((m_filter.fromUtc && b.lastUtc < *m_filter.fromUtc) ||
                (m_filter.toUtc && b.firstUtc >= *m_filter.toUtc))
                continue;
            if (!m_wantFuzzy && b.fuzzyCount == b.pairCount)
                continue;
            if (!m_wantReference && b.fuzzyCount == 0)
                continue;
            Active a;
            a.block = m_nextBlock - 1;
            if (auto st = ReconcileStore::blockPairs(m_db, b.id, a.pairs); !st)
                return st;
            if (m_filter.fromUtc) {
                a.pos = size_t(std::lower_bound(a.pairs.begin(), a.pairs.end(), *m_filter.fromUtc,
                                                [](const ReconcilePair& p, qint64 t) { return p.saleTime < t; }) -
                               a.pairs.begin());
            }
            if (a.pos >= a.pairs.size())
                continue;
            m_active.push_back(std::move(a));
            std::push_heap(m_active.begin(), m_active.end(), later);
        }
        if (m_active.empty()) {
            m_packedDone = true;
            break;
        }
        std::pop_heap(m_active.begin(), m_active.end(), later);
        Active& a = m_active.back();
        const ReconcilePair p = a.pairs[a.pos++];
        const int block = a.block;
        if (a.pos >= a.pairs.size())
            m_active.pop_back();
        else
            std::push_heap(m_active.begin(), m_active.end(), later);
        if (m_filter.toUtc && p.saleTime >= *m_filter.toUtc) {
            // Pairs come in time order: nothing later can be inside the period.
            m_active.clear();
            m_packedDone = true;
            break;
        }
        if ((p.fuzzy && !m_wantFuzzy) || (!p.fuzzy && !m_wantReference) || !keep(p.providerTxn, p.salesTxn))
            continue;
        const ReconcileBlockInfo& b = m_blocks.at(block);
        ReconcileEntry e;
        e.outcome = p.fuzzy ? ReconcileOutcome::MatchedFuzzy : ReconcileOutcome::MatchedByReference;
        e.time = p.saleTime;
        e.provider = b.provider;
        e.channel = b.channel;
        e.currency = b.currency;
        e.providerTxn = p.providerTxn;
        e.salesTxn = p.salesTxn;
        e.providerGross = p.gross;
        e.salesGross = p.gross;
        e.gap = p.gap;
        m_packed.push_back(std::move(e));
    }
    return {};
}

Status ReconcileBrowser::fetch(int limit, QList<ReconcileEntry>& out)
{
    const size_t want = size_t(std::max(1, limit));
    if (auto st = fillItems(want); !st)
        return st;
    if (auto st = fillPacked(want); !st)
        return st;
    for (int n = 0; n < limit; ++n) {
        // Refill a side that ran dry before comparing, so that the order holds across pages.
        if (m_items.empty() && !m_itemsDone) {
            if (auto st = fillItems(want); !st)
                return st;
        }
        if (m_packed.empty() && !m_packedDone) {
            if (auto st = fillPacked(want); !st)
                return st;
        }
        if (m_items.empty() && m_packed.empty())
            break;
        const bool takeItem = !m_items.empty() && (m_packed.empty() || before(m_items.front(), m_packed.front()));
        auto& from = takeItem ? m_items : m_packed;
        out.append(std::move(from.front()));
        from.pop_front();
    }
    return {};
}
