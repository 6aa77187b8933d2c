#pragma once

#include "core/result.h"
#include "reconcile/pairblock.h"
#include "reconcile/reconciletypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <atomic>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

class Database;
class Statement;

// Where reconciliation left off: the last transaction looked at and what the results depend on.
struct ReconcileState
{
    bool exists = false;
    int engineVersion = 0;
    qint64 watermark = 0; // highest transactions.id reconciled
    qint64 windowSeconds = 0;
    qint64 toleranceMinor = 0;
    QString context;    // what else the results depend on (catalog, which providers serve which channels)
    bool dirty = false; // rows were removed since: the next run starts over
    qint64 runUtc = 0;
    qint64 fullRunUtc = 0;
};

// The metadata of one block of packed pairs (see PairBlock).
struct ReconcileBlockInfo
{
    qint64 id = 0;
    QString provider;
    QString channel;
    QString currency;
    qint64 firstUtc = 0;
    qint64 lastUtc = 0;
    qint64 pairCount = 0;
    qint64 fuzzyCount = 0;
    qint64 gross = 0;
    qint64 fuzzyGross = 0;
    qint64 minProviderTxn = 0;
    qint64 maxProviderTxn = 0;
    qint64 minSalesTxn = 0;
    qint64 maxSalesTxn = 0;

    bool mayHold(qint64 txn) const
    {
        return (txn >= minProviderTxn && txn <= maxProviderTxn) || (txn >= minSalesTxn && txn <= maxSalesTxn);
    }
};

// One line of the results: a pair (both rows) or a row alone, with what reconciliation said about it.
struct ReconcileEntry
{
    ReconcileOutcome outcome = ReconcileOutcome::MatchedByReference;
    qint64 itemId = 0; // reconcile_items.id; 0 for a packed pair
    qint64 time = 0;   // the sale's for a pair, the row's own otherwise (UTC seconds)
    QString provider;
    QString channel;
    QString currency;
    qint64 providerTxn = 0; // 0 when there is no provider row
    qint64 salesTxn = 0;    // 0 when there is no sale
    qint64 relatedTxn = 0;  // a duplicate: the provider row it repeats
    std::optional<qint64> providerGross;
    std::optional<qint64> salesGross;
    std::optional<qint64> providerNet;
    std::optional<qint64> expectedNet;
    bool payoutFlag = false;
    ReconcileAttribution attribution = ReconcileAttribution::Own;
    bool explained = false;
    std::optional<qint64> gap; // provider time minus sale time, for a packed pair

    bool isPair() const { return providerTxn != 0 && salesTxn != 0; }
};
// Moved as bytes when a list of a million lines grows.
Q_DECLARE_TYPEINFO(ReconcileEntry, Q_RELOCATABLE_TYPE);

// One stored transaction, as people read it.
struct ReconcileTransaction
{
    qint64 id = 0;
    QString kind;
    QString provider;
    QString channel;
    QString reference;
    qint64 occurredUtc = 0;
    QString product;
    qint64 gross = 0;
    std::optional<qint64> net;
    std::optional<qint64> fee;
    QString currency;
    qint64 line = 0;
    QString fileName;
};

// Reads stored reconciliation results: the state, the counts for a filter, blocks of packed pairs.
class ReconcileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileStore)
public:
    static Result<ReconcileState> state(Database& db);
    // Counts and amounts of the stored results. Only provider, channel and period of the filter apply.
    static Result<ReconcileCounts> summary(Database& db, const ReconcileFilter& filter);
    // Blocks of a provider and channel (empty: all), oldest first.
    static Result<QList<ReconcileBlockInfo>> blocks(Database& db, const QString& provider = {},
                                                    const QString& channel = {});
    static Status blockPairs(Database& db, qint64 blockId, std::vector<ReconcilePair>& out);
    // The pair a transaction is packed in, if any.
    static Result<std::optional<ReconcilePair>> packedPairOf(Database& db, qint64 txnId,
                                                             ReconcileBlockInfo* block = nullptr);
    // Where a transaction stands now: its item, or the packed pair holding it. Empty when it was never reconciled.
    static Result<std::optional<ReconcileEntry>> entryOf(Database& db, qint64 txnId);
    static Result<std::optional<ReconcileTransaction>> transaction(Database& db, qint64 txnId);
    // Several at once (for a page of results); unknown ids are left out.
    static Result<QHash<qint64, ReconcileTransaction>> transactions(Database& db, const QList<qint64>& ids);
    // Provider and sales rows whose reference or product contains `text` (case-insensitive for ASCII letters).
    // Reads every row: run it off the GUI thread. Stops early, failing, when `cancel` is set.
    static Result<std::vector<qint64>> textMatches(Database& db, const QString& text,
                                                   const std::atomic<bool>* cancel = nullptr);
    // Reads an item row selected with itemColumns().
    static ReconcileEntry entryFromItem(const Statement& s, int first = 0);
    static const char* itemColumns();

    // The outcomes as the outcome column stores them, for a statement's text: "4, 5, 6, 7".
    static std::string outcomeCodes(std::initializer_list<ReconcileOutcome> outcomes);
    static std::string discrepancyCodes()
    {
        return outcomeCodes({ReconcileOutcome::AmountMismatch, ReconcileOutcome::MissingAtProvider,
                             ReconcileOutcome::MissingInSalesLog, ReconcileOutcome::DuplicateAtProvider});
    }

    // The row left unmatched on the other side nearest to `utc` within `withinSeconds`, with the same channel,
    // currency and amount: an unmatched sale when `sale`, else an unmatched provider row. The likely partner of a late
    // report or of a clock gone wrong. Looked up among the stored discrepancies (indexed by time).
    struct Unmatched
    {
        qint64 txnId = 0;
        qint64 occurredUtc = 0;
    };
    static Result<std::optional<Unmatched>> nearestUnmatched(Database& db, bool sale, const QString& channel,
                                                             const QString& currency, qint64 amount, qint64 utc,
                                                             qint64 withinSeconds);

    // Providers and channels that appear in the results, sorted.
    static Result<QStringList> providers(Database& db);
    static Result<QStringList> channels(Database& db);

    // A calendar day as a period bound: local midnight in the zone times are shown in (the system's), as UTC
    // seconds. `DATE` on the command line is read with this.
    // The start of a local day of the books' time zone (RevenueAggregates::timeZone), in UTC seconds.
    static qint64 dayStartUtc(QDate day, const QTimeZone& zone);
    // Reads "YYYY-MM-DD" (a local day) or an ISO 8601 date and time with an offset or Z. `endOfDay` moves a plain
    // date to the start of the next day (for an inclusive --to).
    static std::optional<qint64> parseBound(const QString& text, bool endOfDay, const QTimeZone& zone);
};
