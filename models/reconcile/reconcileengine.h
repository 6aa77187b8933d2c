#pragma once

#include "reconcile/reconcilerows.h"
#include "reconcile/reconciletypes.h"

#include <unordered_set>
#include <utility>
#include <vector>

struct ReconcileEngineOptions
{
    // Rows without a reference on one side are paired by channel, currency and amount when their times are at most
    // this far apart.
    qint64 windowSeconds = 600;
    // Pairs made by hand: indexes into rows.provider and rows.sales. They are paired whatever the rules say.
    std::vector<std::pair<quint32, quint32>> forced;
    // Pairs undone by hand, as (provider transaction id, sales transaction id): never paired automatically.
    struct PairHash
    {
        size_t operator()(const std::pair<qint64, qint64>& p) const
        {
            return size_t(ReconcileHash::mix(quint64(p.first) * 0x9e3779b97f4a7c15ULL ^ quint64(p.second)));
        }
    };
    std::unordered_set<std::pair<qint64, qint64>, PairHash> forbidden;
    // For sales that name no provider: the provider serving each channel (index: rows.channels id, value:
    // rows.providers id, 0 for none).
    std::vector<quint16> providerForChannel;

    // Which rules to apply. A run by shares applies step 1 alone to the pairs made by hand, steps 2 and 3 to each
    // share of the references, then steps 4 and 5 to what is left of every share (see Reconciler).
    enum class Steps { All, ByHand, ByReference, ByAmountAndTime };
    Steps steps = Steps::All;
    // ByAmountAndTime: whether any provider row left has no reference (over every share, not only these rows), and
    // for each sale naming no provider, the provider of the first provider row carrying its reference (0: none),
    // as the ByReference runs found it.
    bool providerWithoutReference = false;
    std::vector<quint16> salesReferenceProvider;
};

// The outcome of every row not marked Fixed.
struct ReconcileEngineResult
{
    static constexpr quint32 s_none = 0xFFFFFFFFu;

    std::vector<quint8> providerOutcome;  // a ReconcileOutcome; 0 for rows marked Fixed
    std::vector<quint32> providerPartner; // the sale for a pair, the repeated provider row for a duplicate
    std::vector<quint8> salesOutcome;
    std::vector<quint32> salesPartner;    // the provider row for a pair
    std::vector<quint16> salesProvider;   // the provider a sale is counted under
    std::vector<quint8> salesAttribution; // a ReconcileAttribution
    // Steps::ByReference: for each sale left that names no provider, the provider of the first provider row carrying
    // its reference (0: none).
    std::vector<quint16> salesReferenceProvider;
};

// The matching rules, on rows in memory (see docs/reconciliation.md):
//  1. pairs made by hand are taken first;
//  2. provider rows are read in id order (import order); a row repeating a reference already seen in the same
//     provider's rows is a duplicate;
//  3. each sale with a reference, in id order, takes the first provider row (not a duplicate, not taken) carrying
//     that reference, from its own provider, or from any provider when the sale names none;
//  4. what is left is paired by channel, currency and exact amount when at least one side has no reference and
//     the times are within the window, nearest times first, each row used once;
//  5. what is still left is missing in the sales log (provider rows) or missing at the provider (sales).
// Rows marked Fixed take part only as what they already are (seen references, taken sales). Steps 2 and 3 only ever
// bring together rows sharing a reference, and step 4 rows of one channel, currency and amount: rows can be split by
// reference, then what is left by (channel, currency, amount), each share reconciled on its own, with the same
// results.
class ReconcileEngine final
{
public:
    static ReconcileEngineResult run(ReconcileRows& rows, const ReconcileEngineOptions& options);
};
