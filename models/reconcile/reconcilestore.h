#pragma once

#include "core/result.h"
#include "reconcile/pairblock.h"
#include "reconcile/reconciletypes.h"

#include "importing/importstore.h"
#include "storage/bulkinsert.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <functional>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
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

// The only code that speaks SQL for reconciliation's tables: its state (reconcile_state), its results (reconcile_items,
// reconcile_blocks of packed pairs, the daily reconcile_earnings) and the decisions taken by hand
// (reconcile_decisions). The reconciler writes through it; the pages, the reports and the commands read through it.
class ReconcileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileStore)
public:
    static Result<ReconcileState> state(Database& db);
    // Counts and amounts of the stored results. Only provider, channel and period of the filter apply.
    static Result<ReconcileCounts> summary(Database& db, const ReconcileFilter& filter);
    // Discrepancies explained by hand, per outcome (provider, channel and period of the filter apply).
    static Result<QHash<ReconcileOutcome, qint64>> explainedByOutcome(Database& db, const ReconcileFilter& filter);
    // Blocks of a provider and channel (empty: all), oldest first.
    static Result<QList<ReconcileBlockInfo>> blocks(Database& db, const QString& provider = {},
                                                    const QString& channel = {});
    static Status blockPairs(Database& db, qint64 blockId, std::vector<ReconcilePair>& out);
    // The pair a transaction is packed in, if any.
    static Result<std::optional<ReconcilePair>> packedPairOf(Database& db, qint64 txnId,
                                                             ReconcileBlockInfo* block = nullptr);
    // Where a transaction stands now: its item, or the packed pair holding it. Empty when it was never reconciled.
    static Result<std::optional<ReconcileEntry>> entryOf(Database& db, qint64 txnId);
    // The sale each of these provider rows is paired with (matched, or paired with a different amount), as entryOf()
    // would say, for many rows at once: each block of pairs is read once. Rows with no sale are left out.
    static Result<std::unordered_map<qint64, qint64>> salesPartners(Database& db, std::vector<qint64> providerTxns);

    // The outcomes as the outcome column stores them, for a statement's text: "4, 5, 6, 7".
    static std::string outcomeCodes(std::initializer_list<ReconcileOutcome> outcomes);
    static std::string outcomeCodes(const QList<ReconcileOutcome>& outcomes);
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

    // A page of result lines (items, not packed pairs) after (afterUtc, afterId), by time then id, of at most `limit`.
    // The filter's provider, channel, period, outcomes and openOnly apply.
    static Result<QList<ReconcileEntry>> itemsAfter(Database& db, const ReconcileFilter& filter, qint64 afterUtc,
                                                    qint64 afterId, int limit);

    // The daily sums kept for the payout follow-up, by provider, currency and day.
    struct DayEarnings
    {
        QString provider;
        QString currency;
        qint64 day = 0; // days since 1970-01-01 (UTC)
        qint64 net = 0;
        qint64 rows = 0;
        qint64 rowsWithoutNet = 0;
        qint64 paid = 0;
        qint64 payments = 0;
    };
    static Result<QList<DayEarnings>> earnings(Database& db);
    // The provider rows found repeating another: they acknowledge nothing more.
    struct Duplicate
    {
        QString provider;
        QString currency;
        qint64 occurredUtc = 0;
        std::optional<qint64> net;
    };
    static Result<QList<Duplicate>> duplicates(Database& db);

    // --- What a run reads of the stored results ---
    // An item as a run sees it: which rows it names, what it said and the reference it keys on.
    struct ItemLink
    {
        qint64 itemId = 0;
        ReconcileOutcome outcome = ReconcileOutcome::MatchedByReference;
        qint64 providerTxn = 0; // 0 when none
        qint64 salesTxn = 0;    // 0 when none
        std::optional<quint32> ref;
    };
    // The items naming a transaction on either side.
    static Result<QList<ItemLink>> itemsNaming(Database& db, qint64 txnId);
    // Every item keyed on a reference (the discrepancies are few).
    static Status forEachItemWithRef(Database& db, const std::function<void(const ItemLink&)>& f);
    // The open discrepancies (missing on one side) dated within one of `spans` (from, to: inclusive UTC seconds).
    static Status forEachOpenItemWithin(Database& db, const std::vector<std::pair<qint64, qint64>>& spans,
                                        const std::function<void(const ItemLink&)>& f);
    // The reference hashes of every block (PairBlock::refAt reads them).
    static Status forEachBlockRefs(Database& db,
                                   const std::function<void(qint64 blockId, qint64 pairCount, const QByteArray&)>& f);
    // How much is stored: lines and packed pairs.
    struct Size
    {
        qint64 items = 0;
        qint64 pairs = 0;
    };
    static Result<Size> size(Database& db);

    // --- What a run writes ---
    // Empties the results (items, blocks, earnings). With `manyItems` the item indexes are dropped too, in a file, to
    // be built once by restoreIndexes() after the rows are written rather than kept up to date row by row; readers
    // never see them missing when both happen in one transaction. A server keeps them: only the tables' owner may drop
    // an index, and an accountant reconciles too.
    static Status clearResults(Database& db, bool manyItems);
    static Status restoreIndexes(Database& db);
    static Status writeState(Database& db, const ReconcileState& state);

    // One line of reconcile_items. The text values are bound without a copy: they must outlive the writer.
    struct ItemRow
    {
        ReconcileOutcome outcome = ReconcileOutcome::MatchedByReference;
        std::string_view provider;
        std::string_view channel;
        std::string_view currency;
        qint64 time = 0;
        std::optional<qint64> providerTxn;
        std::optional<qint64> salesTxn;
        std::optional<qint64> related;
        std::optional<qint64> providerGross;
        std::optional<qint64> salesGross;
        std::optional<qint64> providerNet;
        std::optional<qint64> expectedNet;
        bool payoutFlag = false;
        ReconcileAttribution attribution = ReconcileAttribution::Own;
        quint32 ref = 0; // 0: no reference
    };
    // One block of packed pairs (PairBlock::encode gives pairs and refs).
    struct BlockRow
    {
        std::string_view provider;
        std::string_view channel;
        std::string_view currency;
        ReconcileBlockInfo info; // id unused
        QByteArray pairs;
        QByteArray refs;
    };
    // Writes results with statements prepared once, inside the caller's transaction.
    class Writer final
    {
    public:
        static Result<Writer> create(Database& db);
        Status addItem(const ItemRow& row);
        Status addBlock(const BlockRow& row);
        // Adds to the sums of providers, currencies and days, each of them once in `rows`: many rows a statement
        // (on a server, one round trip for dozens of days). Held back, when holdEarnings() was called, and added up
        // with those of later calls, until writeHeldEarnings().
        Status addEarnings(const std::vector<DayEarnings>& rows);
        // For a run writing its results in parts: the sums of all parts are written once, at the end (a part's
        // statements would each end the COPY of the lines under way).
        void holdEarnings() { m_holdEarnings = true; }
        Status writeHeldEarnings();
        Status removeItem(qint64 itemId);
        Status removeBlock(qint64 blockId);

    private:
        explicit Writer(Database& db) : m_db(&db) {}
        Status writeEarnings(const std::vector<DayEarnings>& rows);
        Database* m_db;
        BulkInsert m_item;
        BulkInsert m_block;
        Statement m_earnings;     // one row
        Statement m_earningsMany; // kEarningsPerStatement rows
        Statement m_removeItem;
        Statement m_removeBlock;
        bool m_holdEarnings = false;
        std::map<std::tuple<QString, QString, qint64>, DayEarnings> m_heldEarnings; // by provider, currency, day
    };

    // --- Decisions taken by hand ---
    // The actions as the action column stores them.
    static constexpr const char* kMatch = "match";
    static constexpr const char* kUnmatch = "unmatch";
    static constexpr const char* kExplain = "explain";
    struct DecisionRecord
    {
        qint64 id = 0;
        qint64 madeUtc = 0;
        QString action;
        qint64 providerTxn = 0; // 0 when none
        qint64 salesTxn = 0;    // 0 when none
        QString note;
        QString before;
        std::optional<qint64> undoneUtc;
        QString madeBy;                      // the server role that took it; empty in a file
        QString undoneBy;                    // the server role that took it back; empty in a file or while active
        std::optional<qint64> undoneVersion; // the decisions' count it was taken back at (lastDecisionId)
    };
    // Records a decision; the identities (row_hash) let it find its rows again after an import is undone and redone.
    static Result<qint64> addDecision(Database& db, const char* action, qint64 providerTxn,
                                      std::optional<qint64> providerHash, qint64 salesTxn,
                                      std::optional<qint64> salesHash, const QString& note, const QString& before);
    // Takes back the active decisions of an action about exactly these two rows (0: none); returns how many.
    static Result<int> undoDecisions(Database& db, const char* action, qint64 providerTxn, qint64 salesTxn);
    static Result<std::optional<DecisionRecord>> decision(Database& db, qint64 id);
    // The decisions' count (0 when none): the newest decision's id, or the number of the newest taking back when that
    // came later. And the decision about either row taken, or taken back, after the count was `afterId`, the newest.
    static Result<qint64> lastDecisionId(Database& db);
    static Result<std::optional<DecisionRecord>> decisionAfter(Database& db, qint64 afterId, qint64 providerTxn,
                                                               qint64 salesTxn);
    static Status markDecisionUndone(Database& db, qint64 id);
    // The decisions naming a transaction, newest first; the latest `limit` decisions.
    static Result<QList<DecisionRecord>> decisionsAbout(Database& db, qint64 txnId);
    static Result<QList<DecisionRecord>> recentDecisions(Database& db, int limit);
    // The active pairings and separations, oldest first, as (provider row, sale).
    struct PairDecisions
    {
        std::vector<std::pair<qint64, qint64>> matches;
        std::vector<std::pair<qint64, qint64>> unmatches;
    };
    static Result<PairDecisions> activePairDecisions(Database& db);
    // The rows the active decisions name, with their identities, to find them again when their ids changed.
    struct DecisionLink
    {
        qint64 decision = 0;
        std::optional<qint64> providerTxn;
        qint64 providerHash = 0;
        std::optional<qint64> salesTxn;
        qint64 salesHash = 0;
    };
    static Result<QList<DecisionLink>> activeDecisionLinks(Database& db);
    static Status relinkDecision(Database& db, qint64 decision, bool providerSide, qint64 txnId);

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

private:
    // Reads an item row selected with itemColumns().
    static ReconcileEntry entryFromItem(const Statement& s, int first = 0);
    static const char* itemColumns();
};
