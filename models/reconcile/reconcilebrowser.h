#pragma once

#include "core/result.h"
#include "reconcile/reconcilestore.h"

#include <deque>
#include <memory>
#include <unordered_set>
#include <vector>

class Database;

// Reads reconciliation results page after page, in time order, whatever their number: keyset pages over the items
// table merged with the packed pairs, unpacked a block at a time as the reading reaches them. A page costs the same
// at the start and after a million lines.
class ReconcileBrowser final
{
public:
    using IdSet = std::unordered_set<qint64>;

    // `only`, when given, keeps the lines with a provider row or sale among those ids (a text search's result).
    ReconcileBrowser(Database& db, const ReconcileFilter& filter, std::shared_ptr<const IdSet> only = {});

    // Appends up to `limit` further lines to `out`.
    Status fetch(int limit, QList<ReconcileEntry>& out);
    bool atEnd() const { return m_itemsDone && m_packedDone && m_items.empty() && m_packed.empty(); }

private:
    struct Active
    {
        std::vector<ReconcilePair> pairs;
        size_t pos = 0;
        int block = 0;
    };

    Status fillItems(size_t want);
    Status fillPacked(size_t want);
    bool keep(qint64 providerTxn, qint64 salesTxn) const;

    Database& m_db;
    ReconcileFilter m_filter;
    std::shared_ptr<const IdSet> m_only;

    bool m_itemsDone = false;
    qint64 m_itemTime = std::numeric_limits<qint64>::min();
    qint64 m_itemId = 0;
    std::deque<ReconcileEntry> m_items;

    bool m_packedDone = false;
    bool m_blocksLoaded = false;
    bool m_wantReference = true;
    bool m_wantFuzzy = true;
    QList<ReconcileBlockInfo> m_blocks;
    int m_nextBlock = 0;
    std::vector<Active> m_active; // a heap on the next pair's time
    std::deque<ReconcileEntry> m_packed;
};
