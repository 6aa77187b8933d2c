#include "reconciler.h"

#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "core/settings.h"
#include "importing/importstore.h"
#include "reconcile/pairblock.h"
#include "reconcile/payoutschedule.h"
#include "reconcile/reconcileengine.h"
#include "reconcile/reconcileloader.h"
#include "reconcile/reconcilestore.h"
#include "reconcile/rowspill.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace {

constexpr qint64 s_day = 86400;

// What the results depend on besides the rows: the catalog (payout check, which provider serves which channel)
// and which providers have statements on which channels (to give sales that name no provider to one).
struct RunContext
{
    Catalog data;                      // the catalog as loaded
    QString catalog;                   // its fingerprint
    QMap<QString, QStringList> listed; // channel -> providers serving it in the catalog, sorted
    QSet<QString> presence;            // "provider\tchannel" seen in provider rows

    bool hasPricePoints() const { return !data.pricePoints.isEmpty(); }

    static Result<RunContext> load(Database& db)
    {
        using R = Result<RunContext>;
        RunContext c;
        auto catalog = CatalogStore(db).load();
        if (!catalog)
            return R::failure(catalog.error());
        c.data = catalog.value();
        c.catalog = QString::fromLatin1(CatalogJson::fingerprint(c.data));
        QList<Provider> providers = catalog->providers;
        std::sort(providers.begin(), providers.end(),
                  [](const Provider& a, const Provider& b) { return a.code < b.code; });
        for (const Provider& p : providers) {
            for (const Channel ch : p.channels)
                c.listed[Channels::id(ch)].append(p.code);
        }
        return c;
    }

    // The provider a sale naming none is counted under, per channel: the only provider with statements on the
    // channel; among several, the one the catalog lists for it (the first by code when the catalog lists several
    // or none); without statements, the first the catalog lists.
    QMap<QString, QString> providerForChannel() const
    {
        QMap<QString, QStringList> inData;
        for (const QString& key : presence) {
            const qsizetype tab = key.indexOf(u'\t');
            inData[key.mid(tab + 1)].append(key.left(tab));
        }
        QMap<QString, QString> out;
        QSet<QString> channels(listed.keyBegin(), listed.keyEnd());
        for (auto it = inData.cbegin(); it != inData.cend(); ++it)
            channels.insert(it.key());
        for (const QString& channel : channels) {
            QStringList present = inData.value(channel);
            std::sort(present.begin(), present.end());
            const QStringList inCatalog = listed.value(channel);
            if (present.size() == 1) {
                out.insert(channel, present.first());
            } else if (present.size() > 1) {
                QString chosen = present.first();
                for (const QString& p : present) {
                    if (inCatalog.contains(p)) {
                        chosen = p;
                        break;
                    }
                }
                out.insert(channel, chosen);
            } else if (!inCatalog.isEmpty()) {
                out.insert(channel, inCatalog.first());
            }
        }
        return out;
    }

    QString text() const
    {
        QStringList p(presence.cbegin(), presence.cend());
        p.sort();
        QJsonObject o{{QStringLiteral("catalog"), catalog},
                      {QStringLiteral("presence"), QJsonArray::fromStringList(p)}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static QSet<QString> presenceFrom(const QString& text)
    {
        QSet<QString> out;
        const QJsonArray a =
            QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("presence")).toArray();
        for (const auto& v : a)
            out.insert(v.toString());
        return out;
    }
    static QString catalogFrom(const QString& text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("catalog")).toString();
    }
};

// Where the stored results stand against the database and the options: the one rule that says whether they are
// current, and why a run must start over, for the run itself and for the pages that ask.
struct Standing
{
    ReconcileState state;
    qint64 maxId = 0;
    RunContext context;
    QString whyFull; // empty when an incremental run will do

    bool current() const { return state.exists ? whyFull.isEmpty() && maxId == state.watermark : maxId == 0; }

    static Result<Standing> load(Database& db, const Reconciler::Options& o)
    {
        using R = Result<Standing>;
        Standing s;
        auto state = ReconcileStore::state(db);
        if (!state)
            return R::failure(state.error());
        s.state = state.value();
        auto maxId = ImportStore(db).lastTransactionId();
        if (!maxId)
            return R::failure(maxId.error());
        s.maxId = maxId.value();
        auto context = RunContext::load(db);
        if (!context)
            return R::failure(context.error());
        s.context = context.value();
        if (!s.state.exists)
            s.whyFull = Reconciler::tr("first reconciliation of this database");
        else if (s.state.dirty)
            s.whyFull = Reconciler::tr("an import was undone since the last run");
        else if (s.state.engineVersion != Reconciler::s_engineVersion)
            s.whyFull = Reconciler::tr("the results were made by another version of Obole");
        else if (s.state.windowSeconds != o.windowSeconds)
            s.whyFull = Reconciler::tr("the time window changed");
        else if (s.state.toleranceMinor != o.toleranceMinor)
            s.whyFull = Reconciler::tr("the payout tolerance changed");
        else if (RunContext::catalogFrom(s.state.context) != s.context.catalog)
            s.whyFull = Reconciler::tr("the catalog changed");
        else if (s.maxId < s.state.watermark)
            s.whyFull = Reconciler::tr("rows were removed since the last run");
        return s;
    }
};

using Decisions = ReconcileStore::PairDecisions;

qint64 indexOf(const std::vector<ReconcileRow>& list, qint64 id)
{
    auto it = std::lower_bound(list.begin(), list.end(), id,
                               [](const ReconcileRow& r, qint64 value) { return r.id < value; });
    return it != list.end() && it->id == id ? qint64(it - list.begin()) : -1;
}

// Decisions name rows by id and by identity (row_hash). When an import was undone and the file imported again, the
// ids changed: find the rows again by identity. `rows` holds at least the rows the links name that still exist.
Status relinkDecisions(Database& db, const QList<ReconcileStore::DecisionLink>& links, const ReconcileRows& rows)
{
    struct Lost
    {
        qint64 decision;
        bool providerSide;
        qint64 hash;
    };
    QList<Lost> lost;
    for (const ReconcileStore::DecisionLink& l : links) {
        if (l.providerTxn && indexOf(rows.provider, *l.providerTxn) < 0 && l.providerHash != 0)
            lost.append({l.decision, true, l.providerHash});
        if (l.salesTxn && indexOf(rows.sales, *l.salesTxn) < 0 && l.salesHash != 0)
            lost.append({l.decision, false, l.salesHash});
    }
    if (lost.isEmpty())
        return {};
    QList<qint64> hashes;
    for (const Lost& l : std::as_const(lost))
        hashes.append(l.hash);
    auto found = ImportStore(db).rowsWithHashes(hashes);
    if (!found)
        return Status::failure(found.error());
    for (const Lost& l : std::as_const(lost)) {
        const QString key =
            (l.providerSide ? QLatin1StringView(ImportStore::kProvider) : QLatin1StringView(ImportStore::kSales)) +
            u':' + QString::number(l.hash);
        const auto it = found->constFind(key);
        if (it == found->constEnd())
            continue;
        if (auto st = ReconcileStore::relinkDecision(db, l.decision, l.providerSide, *it); !st)
            return st;
    }
    return {};
}

// Writes what the engine found. Agreeing automatic pairs are packed into blocks; everything else is one row of
// reconcile_items.
class ResultWriter
{
public:
    ResultWriter(Database& db, ReconcileRows& rows, const PayoutSchedule* schedule, qint64 tolerance)
        : m_db(db), m_rows(rows), m_schedule(schedule), m_tolerance(tolerance)
    {
    }

    ResultWriter(const ResultWriter&) = delete;
    ResultWriter& operator=(const ResultWriter&) = delete;

    // Writes through a writer of its own, or through `shared`, which outlives it (a run in parts writes all its
    // parts through one: on a server, one COPY of lines for all).
    Status prepare(ReconcileStore::Writer* shared = nullptr)
    {
        if (shared) {
            m_out = shared;
            return {};
        }
        auto out = ReconcileStore::Writer::create(m_db);
        if (!out)
            return Status::failure(out.error());
        m_own.emplace(std::move(out.value()));
        m_out = &*m_own;
        return {};
    }

    // Removes stored results (inside the same transaction).
    Status removeItem(qint64 itemId) { return m_out->removeItem(itemId); }
    Status removeBlock(qint64 blockId) { return m_out->removeBlock(blockId); }

    // Every row not marked Fixed. Provider rows with id above `earningsAbove` add to the earnings.
    Status write(const ReconcileEngineResult& res, qint64 earningsAbove)
    {
        const auto& prov = m_rows.provider;
        const auto& sales = m_rows.sales;
        std::unordered_map<quint64, std::array<qint64, 5>> earnings;
        std::array<qint64, 5>* lastEarning = nullptr;
        quint64 lastEarningKey = ~quint64(0);

        for (quint32 i = 0; i < prov.size(); ++i) {
            const ReconcileRow& p = prov[i];
            if (p.is(ReconcileRow::Fixed))
                continue;
            if (p.id > earningsAbove) {
                const quint64 key =
                    (quint64(p.provider) << 48) | (quint64(p.currency) << 32) | quint64(quint32(floorDay(p.t)));
                if (key != lastEarningKey) {
                    lastEarning = &earnings[key];
                    lastEarningKey = key;
                }
                auto& e = *lastEarning;
                if (p.net != ReconcileRow::s_noAmount)
                    e[0] += p.net;
                else
                    e[2] += 1;
                e[1] += 1;
            }
            const auto outcome = ReconcileOutcome(res.providerOutcome[i]);
            if (res.providerOutcome[i] == 0)
                continue;
            if (ReconcileText::isPair(outcome)) {
                const quint32 si = res.providerPartner[i];
                const ReconcileRow& s = sales[si];
                std::optional<PayoutSchedule::Expectation> expected;
                if (m_schedule && p.net != ReconcileRow::s_noAmount)
                    expected = expectation(p, s);
                const bool flagged = expected && std::abs(expected->netMinor - p.net) > m_tolerance;
                const quint32 ref = (p.hasReference() ? p : s).storedRef();
                if (!flagged &&
                    (outcome == ReconcileOutcome::MatchedByReference || outcome == ReconcileOutcome::MatchedFuzzy)) {
                    ReconcilePair pair;
                    pair.saleTime = s.t;
                    pair.gap = p.t - s.t;
                    pair.providerTxn = p.id;
                    pair.salesTxn = s.id;
                    pair.gross = p.gross;
                    pair.ref = ref;
                    pair.fuzzy = outcome == ReconcileOutcome::MatchedFuzzy;
                    const PairSpill::Record packed{pair, p.provider, p.channel, p.currency};
                    if (m_pairSink)
                        m_pairSink(packed);
                    else if (auto st = addPair(packed); !st)
                        return st;
                    continue;
                }
                Item item = providerItem(outcome, p);
                item.time = s.t; // a pair is dated by its sale
                item.salesTxn = s.id;
                item.salesGross = s.gross;
                if (expected)
                    item.expectedNet = expected->netMinor;
                item.payoutFlag = flagged;
                item.attribution = ReconcileAttribution(res.salesAttribution[si]);
                item.ref = ref;
                if (auto st = insert(item); !st)
                    return st;
                continue;
            }
            Item item = providerItem(outcome, p);
            if (outcome == ReconcileOutcome::DuplicateAtProvider &&
                res.providerPartner[i] != ReconcileEngineResult::s_none)
                item.related = prov[res.providerPartner[i]].id;
            item.ref = p.storedRef();
            if (auto st = insert(item); !st)
                return st;
        }
        for (quint32 i = 0; i < sales.size(); ++i) {
            const ReconcileRow& s = sales[i];
            if (s.is(ReconcileRow::Fixed) || res.salesOutcome[i] != quint8(ReconcileOutcome::MissingAtProvider))
                continue;
            Item item;
            item.outcome = ReconcileOutcome::MissingAtProvider;
            item.provider = m_rows.providers.name(res.salesProvider[i]);
            item.channel = m_rows.channels.name(s.channel);
            item.currency = m_rows.currencies.name(s.currency);
            item.time = s.t;
            item.salesTxn = s.id;
            item.salesGross = s.gross;
            item.attribution = ReconcileAttribution(res.salesAttribution[i]);
            item.ref = s.storedRef();
            if (auto st = insert(item); !st)
                return st;
        }

        if (auto st = flushPairs(); !st)
            return st;

        // Payout lines (what providers paid out) go into the same daily sums.
        for (const ReconcilePayout& p : m_rows.payouts) {
            if (p.id <= earningsAbove)
                continue;
            auto& e =
                earnings[(quint64(p.provider) << 48) | (quint64(p.currency) << 32) | quint64(quint32(floorDay(p.t)))];
            e[3] += p.amount;
            e[4] += 1;
        }
        if (!earnings.empty()) {
            std::vector<ReconcileStore::DayEarnings> days;
            days.reserve(earnings.size());
            for (const auto& [key, sums] : earnings) {
                ReconcileStore::DayEarnings e;
                e.provider = m_rows.providers.qname(quint16(key >> 48));
                e.currency = m_rows.currencies.qname(quint16(key >> 32));
                e.day = qint64(qint32(quint32(key)));
                e.net = sums[0];
                e.rows = sums[1];
                e.rowsWithoutNet = sums[2];
                e.paid = sums[3];
                e.payments = sums[4];
                days.push_back(std::move(e));
            }
            if (auto st = m_out->addEarnings(days); !st)
                return st;
        }
        return {};
    }

    // Packs an agreeing pair: pairs are packed as they come, a block per provider, channel and currency at a time.
    Status addPair(const PairSpill::Record& r)
    {
        const std::tuple<quint16, quint16, quint16> key{r.provider, r.channel, r.currency};
        if (key != m_lastPackKey) {
            m_lastPack = &m_packed[key];
            m_lastPack->reserve(PairBlock::s_pairsPerBlock);
            m_lastPackKey = key;
        }
        m_lastPack->push_back(r.pair);
        if (m_lastPack->size() == size_t(PairBlock::s_pairsPerBlock))
            return flushBlock(key, *m_lastPack);
        return {};
    }

    // Writes the blocks begun.
    Status flushPairs()
    {
        for (auto& [key, pairs] : m_packed) {
            if (auto st = flushBlock(key, pairs); !st)
                return st;
        }
        return {};
    }

    // Sorts the pairs by sale time, writes them as one block and empties the list.
    Status flushBlock(const std::tuple<quint16, quint16, quint16>& key, std::vector<ReconcilePair>& pairs)
    {
        const auto bySaleTime = [](const ReconcilePair& a, const ReconcilePair& b) {
            return a.saleTime != b.saleTime ? a.saleTime < b.saleTime : a.providerTxn < b.providerTxn;
        };
        if (!std::is_sorted(pairs.begin(), pairs.end(), bySaleTime))
            std::sort(pairs.begin(), pairs.end(), bySaleTime);
        const Status st = writeBlock(std::get<0>(key), std::get<1>(key), std::get<2>(key), pairs.data(), pairs.size());
        pairs.clear();
        return st;
    }

    // Writes pairs (sorted by sale time) of one provider, channel and currency as one block.
    Status writeBlock(quint16 provider, quint16 channel, quint16 currency, const ReconcilePair* pairs, size_t n)
    {
        return writeBlock(std::string_view(m_rows.providers.name(provider)),
                          std::string_view(m_rows.channels.name(channel)),
                          std::string_view(m_rows.currencies.name(currency)), pairs, n);
    }

    Status writeBlock(std::string_view provider, std::string_view channel, std::string_view currency,
                      const ReconcilePair* pairs, size_t n)
    {
        if (n == 0)
            return {};
        ReconcileStore::BlockRow b;
        b.provider = provider;
        b.channel = channel;
        b.currency = currency;
        PairBlock::encode(pairs, n, b.pairs, b.refs);
        ReconcileBlockInfo& info = b.info;
        info.firstUtc = pairs[0].saleTime;
        info.lastUtc = pairs[n - 1].saleTime;
        info.pairCount = qint64(n);
        info.minProviderTxn = info.maxProviderTxn = pairs[0].providerTxn;
        info.minSalesTxn = info.maxSalesTxn = pairs[0].salesTxn;
        for (size_t k = 0; k < n; ++k) {
            const ReconcilePair& p = pairs[k];
            info.gross += p.gross;
            if (p.fuzzy) {
                ++info.fuzzyCount;
                info.fuzzyGross += p.gross;
            }
            info.minProviderTxn = std::min(info.minProviderTxn, p.providerTxn);
            info.maxProviderTxn = std::max(info.maxProviderTxn, p.providerTxn);
            info.minSalesTxn = std::min(info.minSalesTxn, p.salesTxn);
            info.maxSalesTxn = std::max(info.maxSalesTxn, p.salesTxn);
        }
        m_pairsPacked += qint64(n);
        return m_out->addBlock(b);
    }

    // Agreeing pairs go to `sink` instead of into blocks (a run by shares packs them itself).
    void setPairSink(std::function<void(const PairSpill::Record&)> sink) { m_pairSink = std::move(sink); }

    qint64 itemsWritten() const { return m_items; }
    qint64 pairsPacked() const { return m_pairsPacked; }

private:
    // A line of reconcile_items; its texts are the interned strings of the rows, which outlive the writer.
    using Item = ReconcileStore::ItemRow;

    // The fields every item about a provider row carries, dated by that row.
    Item providerItem(ReconcileOutcome outcome, const ReconcileRow& p) const
    {
        Item item;
        item.outcome = outcome;
        item.provider = m_rows.providers.name(p.provider);
        item.channel = m_rows.channels.name(p.channel);
        item.currency = m_rows.currencies.name(p.currency);
        item.time = p.t;
        item.providerTxn = p.id;
        item.providerGross = p.gross;
        if (p.net != ReconcileRow::s_noAmount)
            item.providerNet = p.net;
        return item;
    }

    static qint64 floorDay(qint64 t) { return t >= 0 ? t / s_day : -((-t + s_day - 1) / s_day); }

    Status insert(const Item& i)
    {
        ++m_items;
        return m_out->addItem(i);
    }

    std::optional<PayoutSchedule::Expectation> expectation(const ReconcileRow& p, const ReconcileRow& s)
    {
        const quint16 product = s.product ? s.product : p.product;
        const quint64 key =
            (quint64(p.provider) << 48) | (quint64(p.channel) << 32) | (quint64(product) << 16) | quint64(p.currency);
        auto it = m_candidates.find(key);
        if (it == m_candidates.end()) {
            it = m_candidates
                     .emplace(key, m_schedule->candidates(
                                       m_rows.providers.qname(p.provider), m_rows.channels.qname(p.channel),
                                       m_rows.products.qname(product), m_rows.currencies.qname(p.currency)))
                     .first;
        }
        if (it->second.isEmpty())
            return std::nullopt;
        return m_schedule->expected(it->second, s.gross, s.t);
    }

    Database& m_db;
    ReconcileRows& m_rows;
    const PayoutSchedule* m_schedule;
    qint64 m_tolerance;
    std::optional<ReconcileStore::Writer> m_own;
    ReconcileStore::Writer* m_out = nullptr;
    std::unordered_map<quint64, QList<int>> m_candidates;
    std::function<void(const PairSpill::Record&)> m_pairSink;
    std::map<std::tuple<quint16, quint16, quint16>, std::vector<ReconcilePair>> m_packed;
    std::vector<ReconcilePair>* m_lastPack = nullptr;
    std::tuple<quint16, quint16, quint16> m_lastPackKey{0xFFFF, 0xFFFF, 0xFFFF};
    qint64 m_items = 0;
    qint64 m_pairsPacked = 0;
};

ReconcileEngineOptions engineOptions(ReconcileRows& rows, const RunContext& context, const Decisions& decisions,
                                     qint64 window)
{
    ReconcileEngineOptions o;
    o.windowSeconds = window;
    const QMap<QString, QString> byChannel = context.providerForChannel();
    o.providerForChannel.assign(rows.channels.size(), 0);
    for (size_t c = 1; c < rows.channels.size(); ++c) {
        const QString provider = byChannel.value(rows.channels.qname(quint16(c)));
        if (!provider.isEmpty())
            o.providerForChannel[c] = rows.providers.id(provider.toStdString());
    }
    for (const auto& [p, s] : decisions.matches) {
        const qint64 pi = indexOf(rows.provider, p);
        const qint64 si = indexOf(rows.sales, s);
        if (pi >= 0 && si >= 0 && !rows.provider[size_t(pi)].is(ReconcileRow::Fixed) &&
            !rows.sales[size_t(si)].is(ReconcileRow::Fixed))
            o.forced.push_back({quint32(pi), quint32(si)});
    }
    for (const auto& pair : decisions.unmatches)
        o.forbidden.insert(pair);
    return o;
}

void addPresence(RunContext& context, const ReconcileRows& rows, qint64 above)
{
    // A flag per (provider, channel) pair: both are small interned numbers.
    const size_t channels = rows.channels.size();
    std::vector<bool> seen(rows.providers.size() * channels, false);
    for (const ReconcileRow& r : rows.provider) {
        if (r.id <= above || r.is(ReconcileRow::Fixed))
            continue;
        const size_t key = size_t(r.provider) * channels + r.channel;
        if (seen[key])
            continue;
        seen[key] = true;
        context.presence.insert(rows.providers.qname(r.provider) + u'\t' + rows.channels.qname(r.channel));
    }
}

Status writeState(Database& db, const Reconciler::Options& o, qint64 watermark, const RunContext& context, bool full,
                  qint64 previousFull)
{
    ReconcileState state;
    state.engineVersion = Reconciler::s_engineVersion;
    state.watermark = watermark;
    state.windowSeconds = o.windowSeconds;
    state.toleranceMinor = o.toleranceMinor;
    state.context = context.text();
    state.runUtc = QDateTime::currentSecsSinceEpoch();
    state.fullRunUtc = full ? state.runUtc : previousFull;
    return ReconcileStore::writeState(db, state);
}

class Run
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)
public:
    Run(Database& db, const Reconciler::Options& o) : m_db(db), m_o(o) {}

    Result<Reconciler::RunInfo> execute()
    {
        using R = Result<Reconciler::RunInfo>;
        QElapsedTimer timer;
        timer.start();
        progress(0, tr("Checking what changed"));
        auto standing = Standing::load(m_db, m_o);
        if (!standing)
            return R::failure(standing.error());
        m_state = standing->state;
        m_maxId = standing->maxId;
        m_context = standing->context;
        const QString why = m_o.full ? tr("a full run was asked for") : standing->whyFull;

        Result<Reconciler::RunInfo> result = why.isEmpty() ? incremental() : full(why);
        if (result)
            result->elapsedMs = timer.elapsed();
        return result;
    }

private:
    void progress(int permille, const QString& stage)
    {
        if (m_o.progress)
            m_o.progress(permille, stage);
    }
    bool cancelled() const { return m_o.cancel && m_o.cancel->load(); }
    QString cancelledMessage() const { return tr("Reconciliation cancelled; the results are as they were."); }

    Result<Reconciler::RunInfo> full(const QString& why)
    {
        if (m_o.shareRows > 0 && m_maxId > m_o.shareRows)
            return fullByShares(why);
        using R = Result<Reconciler::RunInfo>;
        Reconciler::RunInfo info;
        info.full = true;
        info.why = why;
        ReconcileRows rows;
        ReconcileLoader::Options lo;
        lo.products = m_context.hasPricePoints();
        lo.cancel = m_o.cancel;
        const qint64 estimate = std::max<qint64>(1, m_maxId);
        lo.progress = [&](qint64 done) {
            progress(int(std::min<qint64>(600, done * 600 / estimate)), tr("Reading rows"));
        };
        progress(0, tr("Reading rows"));
        QElapsedTimer stage;
        stage.start();
        if (auto st = ReconcileLoader::loadRange(m_db, 0, m_maxId, rows, lo); !st)
            return R::failure(st.error());
        info.readMs = stage.restart();
        if (cancelled())
            return R::failure(cancelledMessage());
        info.rowsExamined = qint64(rows.sales.size() + rows.provider.size());
        info.newRows = info.rowsExamined;

        progress(600, tr("Matching"));
        auto links = ReconcileStore::activeDecisionLinks(m_db);
        if (!links)
            return R::failure(links.error());
        if (auto st = relinkDecisions(m_db, links.value(), rows); !st)
            return R::failure(st.error());
        auto decisions = ReconcileStore::activePairDecisions(m_db);
        if (!decisions)
            return R::failure(decisions.error());
        m_context.presence.clear();
        addPresence(m_context, rows, 0);
        const ReconcileEngineOptions eo = engineOptions(rows, m_context, decisions.value(), m_o.windowSeconds);
        const ReconcileEngineResult res = ReconcileEngine::run(rows, eo);
        if (cancelled())
            return R::failure(cancelledMessage());
        info.matchMs = stage.restart();

        progress(800, tr("Writing results"));
        auto schedule = payoutSchedule();
        if (!schedule)
            return R::failure(schedule.error());
        // A full run rewrites every result: with a rollback journal when nothing else has the database open, as
        // a big import does.
        const BulkWrite bulk(m_db);
        Transaction tx(m_db);
        if (!tx.isActive())
            return R::failure(tx.error());
        // Many items: the indexes are built once at the end rather than kept up to date row by row.
        const bool manyItems =
            std::count_if(res.providerOutcome.begin(), res.providerOutcome.end(), [](quint8 o) { return o > 2; }) +
                std::count_if(res.salesOutcome.begin(), res.salesOutcome.end(), [](quint8 o) { return o == 5; }) >
            5000;
        if (auto st = ReconcileStore::clearResults(m_db, manyItems); !st)
            return R::failure(st.error());
        ResultWriter writer(m_db, rows, schedule->has_value() ? &**schedule : nullptr, m_o.toleranceMinor);
        if (auto st = writer.prepare(); !st)
            return R::failure(st.error());
        if (auto st = writer.write(res, 0); !st)
            return R::failure(st.error());
        if (manyItems) {
            if (auto st = ReconcileStore::restoreIndexes(m_db); !st)
                return R::failure(st.error());
        }
        if (auto st = finish(tx, true, 0); !st)
            return R::failure(st.error());
        info.itemsWritten = writer.itemsWritten();
        info.pairsPacked = writer.pairsPacked();
        info.writeMs = stage.elapsed();
        progress(1000, tr("Done"));
        return info;
    }

    // A full run with only a share of the rows in memory at a time (see ReconcileEngine for why the results are
    // the same):
    //  1. the rows are read in ranges of ids and set aside in temporary files: rows with a reference by their
    //     reference's hash, rows without by (channel, currency, amount);
    //  2. each share of references is matched by reference; what it leaves is set aside by (channel, currency,
    //     amount) with the others;
    //  3. each of those shares is matched by amount and time, and what is left is missing on the other side.
    // Pairs made by hand are read and written on their own; their provider rows still take part in step 2 as
    // references already seen. Results are written share by share, in one transaction.
    Result<Reconciler::RunInfo> fullByShares(const QString& why)
    {
        using R = Result<Reconciler::RunInfo>;
        Reconciler::RunInfo info;
        info.full = true;
        info.why = why;
        // At most 256 shares (two files each): 128 million rows at the default size.
        const qint64 shares = std::min<qint64>(256, (m_maxId + m_o.shareRows - 1) / m_o.shareRows);
        info.shares = int(shares);
        QElapsedTimer stage;
        stage.start();
        progress(0, tr("Reading rows"));

        // Pairs made by hand: the rows they name found again (after an import undone and made again), then the
        // pairs that stand (of two naming the same row, the first).
        auto links = ReconcileStore::activeDecisionLinks(m_db);
        if (!links)
            return R::failure(links.error());
        std::vector<qint64> named;
        for (const ReconcileStore::DecisionLink& l : std::as_const(*links)) {
            if (l.providerTxn)
                named.push_back(*l.providerTxn);
            if (l.salesTxn)
                named.push_back(*l.salesTxn);
        }
        {
            ReconcileRows namedRows;
            if (auto st = ReconcileLoader::loadIds(m_db, named, namedRows, false); !st)
                return R::failure(st.error());
            ReconcileLoader::sortAndDeduplicate(namedRows);
            if (auto st = relinkDecisions(m_db, links.value(), namedRows); !st)
                return R::failure(st.error());
        }
        auto decisions = ReconcileStore::activePairDecisions(m_db);
        if (!decisions)
            return R::failure(decisions.error());
        ReconcileRows manual;
        {
            std::vector<qint64> ids;
            for (const auto& [p, s] : decisions->matches) {
                ids.push_back(p);
                ids.push_back(s);
            }
            if (auto st = ReconcileLoader::loadIds(m_db, ids, manual, m_context.hasPricePoints()); !st)
                return R::failure(st.error());
            ReconcileLoader::sortAndDeduplicate(manual);
        }
        // The pairs that stand, by the engine's own rule; the rows of the others are written with their shares.
        ReconcileEngineOptions handOptions = engineOptions(manual, m_context, decisions.value(), m_o.windowSeconds);
        handOptions.steps = ReconcileEngineOptions::Steps::ByHand;
        const ReconcileEngineResult manualResult = ReconcileEngine::run(manual, handOptions);
        std::unordered_set<qint64> byHand;
        for (std::vector<ReconcileRow>* list : {&manual.provider, &manual.sales}) {
            for (ReconcileRow& r : *list) {
                if (r.is(ReconcileRow::Forced))
                    byHand.insert(r.id);
                else
                    r.flags |= ReconcileRow::Fixed;
            }
        }
        Decisions refusals;
        refusals.unmatches = decisions->unmatches;

        // 1. Every row read once and set aside.
        std::vector<RowSpill> byReference(static_cast<size_t>(shares));
        std::vector<RowSpill> byAmount(static_cast<size_t>(shares));
        auto referenceShare = [shares](const ReconcileRow& r) { return size_t((r.refHash >> 40) % quint64(shares)); };
        auto amountShare = [shares](const ReconcileRow& r) {
            const quint64 key = (quint64(r.channel) << 48) ^ (quint64(r.currency) << 32) ^ quint64(r.gross);
            return size_t(ReconcileHash::mix(key ^ 0x5bd1e995ULL) % quint64(shares));
        };
        bool providerWithoutReference = false;
        qint64 firstSale = std::numeric_limits<qint64>::max(), lastSale = std::numeric_limits<qint64>::min();
        ReconcileRows names; // the numbering of the strings every share uses
        // Rows of a share, numbered as `names`.
        auto withNames = [&names] {
            ReconcileRows rows;
            rows.providers = names.providers;
            rows.channels = names.channels;
            rows.currencies = names.currencies;
            rows.products = names.products;
            return rows;
        };
        std::vector<ReconcilePayout> payouts;
        ReconcileLoader::Options lo;
        lo.products = m_context.hasPricePoints();
        lo.cancel = m_o.cancel;
        m_context.presence.clear();
        constexpr qint64 s_rangeIds = 262144;
        for (qint64 from = 0; from < m_maxId; from += s_rangeIds) {
            const qint64 to = std::min(m_maxId, from + s_rangeIds);
            if (auto st = ReconcileLoader::loadRange(m_db, from, to, names, lo); !st)
                return R::failure(st.error());
            if (cancelled())
                return R::failure(cancelledMessage());
            addPresence(m_context, names, 0);
            for (const bool isSale : {false, true}) {
                for (const ReconcileRow& row : isSale ? names.sales : names.provider) {
                    ++info.rowsExamined;
                    if (isSale) {
                        firstSale = std::min(firstSale, row.t);
                        lastSale = std::max(lastSale, row.t);
                    }
                    const bool manualRow = byHand.count(row.id) != 0;
                    if (row.hasReference()) {
                        // A provider row paired by hand still counts as a reference seen (for duplicates).
                        if (manualRow && isSale)
                            continue;
                        ReconcileRow kept = row;
                        if (manualRow)
                            kept.flags |= ReconcileRow::Forced | ReconcileRow::Taken;
                        byReference[referenceShare(row)].add(names, kept, isSale);
                    } else if (!manualRow) {
                        providerWithoutReference = providerWithoutReference || !isSale;
                        byAmount[amountShare(row)].add(names, row, isSale);
                    }
                }
            }
            payouts.insert(payouts.end(), names.payouts.begin(), names.payouts.end());
            names.clear();
            progress(int(std::min<qint64>(400, to * 400 / std::max<qint64>(1, m_maxId))), tr("Reading rows"));
        }
        info.newRows = info.rowsExamined;
        info.readMs = stage.restart();
        // The last range's rows and their room go. (Replacing `names` by withNames() instead left 12 MiB more at
        // the peak of 3M + 3M rows.)
        names.clear();
        names.sales.shrink_to_fit();
        names.provider.shrink_to_fit();
        names.payouts.shrink_to_fit();
        names.refs.shrink_to_fit();
        for (const RowSpill& spill : byReference) {
            if (spill.failed())
                return R::failure(spillFailed());
        }

        auto schedule = payoutSchedule();
        if (!schedule)
            return R::failure(schedule.error());
        const BulkWrite bulk(m_db);
        Transaction tx(m_db);
        if (!tx.isActive())
            return R::failure(tx.error());
        if (auto st = ReconcileStore::clearResults(m_db, true); !st)
            return R::failure(st.error());
        qint64 matchMs = 0;
        // Agreeing pairs are packed at the end, by periods of sale times (at least as many as shares, and of about a
        // hundred thousand pairs each, as ids count both sides): a block then holds pairs of nearby times, as the page
        // reads them, rather than a share's pairs spread over the whole period.
        const qint64 periods = std::clamp<qint64>(m_maxId / 200000, shares, 256);
        std::vector<PairSpill> pairsByTime(static_cast<size_t>(periods));
        const quint64 saleSpan = lastSale >= firstSale ? quint64(lastSale - firstSale) + 1 : 1;
        auto setPairAside = [&](const PairSpill::Record& r) {
            const quint64 offset = quint64(std::clamp(r.pair.saleTime, firstSale, std::max(firstSale, lastSale)) -
                                           std::min(firstSale, lastSale));
            const size_t k = size_t((static_cast<double>(offset) / static_cast<double>(saleSpan)) * double(periods));
            pairsByTime[std::min(k, pairsByTime.size() - 1)].add(r);
        };
        auto match = [&](ReconcileRows& rows, const ReconcileEngineOptions& eo) {
            QElapsedTimer timer;
            timer.start();
            ReconcileEngineResult res = ReconcileEngine::run(rows, eo);
            matchMs += timer.elapsed();
            return res;
        };
        // Every share's lines, blocks and daily sums go through one writer; the sums are written once, at the end.
        auto out = ReconcileStore::Writer::create(m_db);
        if (!out)
            return R::failure(out.error());
        out->holdEarnings();
        // Writes a share's results; rows marked Fixed are written elsewhere.
        auto write = [&](ReconcileRows& rows, const ReconcileEngineResult& res) -> Status {
            ResultWriter writer(m_db, rows, schedule->has_value() ? &**schedule : nullptr, m_o.toleranceMinor);
            if (auto st = writer.prepare(&*out); !st)
                return st;
            writer.setPairSink(setPairAside);
            if (auto st = writer.write(res, 0); !st)
                return st;
            info.itemsWritten += writer.itemsWritten();
            return {};
        };

        // Pairs made by hand.
        if (!byHand.empty()) {
            if (auto st = write(manual, manualResult); !st)
                return R::failure(st.error());
        }

        // 2. By reference, share by share.
        for (qint64 k = 0; k < shares; ++k) {
            if (cancelled())
                return R::failure(cancelledMessage());
            progress(int(400 + 400 * k / shares), tr("Matching by reference"));
            ReconcileRows rows = withNames();
            if (!byReference[size_t(k)].takeInto(rows, nullptr))
                return R::failure(spillFailed());
            ReconcileEngineOptions eo = engineOptions(rows, m_context, refusals, m_o.windowSeconds);
            eo.steps = ReconcileEngineOptions::Steps::ByReference;
            const ReconcileEngineResult res = match(rows, eo);
            // What is left goes on to step 3; it and the rows paired by hand are written elsewhere.
            for (ReconcileRow& p : rows.provider) {
                const bool left = !(p.flags & (ReconcileRow::Taken | ReconcileRow::Duplicate));
                if (left)
                    byAmount[amountShare(p)].add(rows, p, false);
                if (left || p.is(ReconcileRow::Forced))
                    p.flags |= ReconcileRow::Fixed;
            }
            for (size_t s = 0; s < rows.sales.size(); ++s) {
                ReconcileRow& sale = rows.sales[s];
                if (sale.is(ReconcileRow::Taken))
                    continue;
                byAmount[amountShare(sale)].add(rows, sale, true, res.salesReferenceProvider[s]);
                sale.flags |= ReconcileRow::Fixed;
            }
            if (auto st = write(rows, res); !st)
                return R::failure(st.error());
        }

        // 3. By amount and time, and what is left.
        for (qint64 k = 0; k < shares; ++k) {
            if (cancelled())
                return R::failure(cancelledMessage());
            progress(int(800 + 150 * k / shares), tr("Matching by amount and time"));
            ReconcileRows rows = withNames();
            std::vector<quint16> referenceProviders;
            if (!byAmount[size_t(k)].takeInto(rows, &referenceProviders))
                return R::failure(spillFailed());
            if (k == shares - 1)
                rows.payouts = std::move(payouts); // written once, with the last share
            ReconcileEngineOptions eo = engineOptions(rows, m_context, refusals, m_o.windowSeconds);
            eo.steps = ReconcileEngineOptions::Steps::ByAmountAndTime;
            eo.providerWithoutReference = providerWithoutReference;
            eo.salesReferenceProvider = std::move(referenceProviders);
            if (auto st = write(rows, match(rows, eo)); !st)
                return R::failure(st.error());
        }
        info.matchMs = matchMs;

        progress(950, tr("Writing results"));
        {
            ResultWriter writer(m_db, names, nullptr, m_o.toleranceMinor);
            if (auto st = writer.prepare(&*out); !st)
                return R::failure(st.error());
            std::vector<PairSpill::Record> records;
            for (PairSpill& spill : pairsByTime) {
                if (cancelled())
                    return R::failure(cancelledMessage());
                if (!spill.take(records))
                    return R::failure(spillFailed());
                for (const PairSpill::Record& r : records) {
                    if (auto st = writer.addPair(r); !st)
                        return R::failure(st.error());
                }
                // A block never spans two periods.
                if (auto st = writer.flushPairs(); !st)
                    return R::failure(st.error());
            }
            info.pairsPacked = writer.pairsPacked();
        }
        if (auto st = out->writeHeldEarnings(); !st)
            return R::failure(st.error());
        if (auto st = ReconcileStore::restoreIndexes(m_db); !st)
            return R::failure(st.error());
        if (auto st = finish(tx, true, 0); !st)
            return R::failure(st.error());
        info.writeMs = stage.elapsed() - matchMs;
        progress(1000, tr("Done"));
        return info;
    }

    // The payout check's expectations, when the catalog has price points.
    Result<std::optional<PayoutSchedule>> payoutSchedule()
    {
        using R = Result<std::optional<PayoutSchedule>>;
        if (!m_context.hasPricePoints())
            return std::optional<PayoutSchedule>();
        auto loaded = PayoutSchedule::load(m_db, m_context.data);
        if (!loaded)
            return R::failure(loaded.error());
        return std::optional<PayoutSchedule>(std::move(loaded.value()));
    }

    // Records the run and commits its results, unless cancelled meanwhile.
    Status finish(Transaction& tx, bool full, qint64 previousFull)
    {
        if (auto st = writeState(m_db, m_o, m_maxId, m_context, full, previousFull); !st)
            return st;
        if (cancelled())
            return Status::failure(cancelledMessage());
        return tx.commit();
    }

    QString spillFailed() const
    {
        return tr("Cannot set rows aside in a temporary file (is the disk full?); the results are as they were.");
    }

    // Rows to look at again, found through stored results, and what to remove of those results.
    struct Scope
    {
        std::vector<qint64> free;    // reconciled anew
        std::vector<qint64> context; // settled: they only tell which references were seen and which sales are taken
        std::vector<qint64> itemsToDelete;
        std::unordered_set<qint64> freeSet;
        std::unordered_set<qint64> contextSet;
        std::map<qint64, std::unordered_set<qint64>> packedToRemove; // block id -> provider txn ids of its pairs

        void addFree(qint64 id)
        {
            if (id > 0 && freeSet.insert(id).second)
                free.push_back(id);
        }
        void addContext(qint64 id)
        {
            if (id > 0 && !freeSet.count(id) && contextSet.insert(id).second)
                context.push_back(id);
        }
    };

    static bool isOpen(ReconcileOutcome o)
    {
        return o == ReconcileOutcome::MissingAtProvider || o == ReconcileOutcome::MissingInSalesLog;
    }

    // Rows named for re-examination: they and what they are paired with become free; their results go.
    Status dissolve(Scope& scope, const std::vector<qint64>& ids, const QList<ReconcileBlockInfo>& blocks)
    {
        std::vector<ReconcilePair> pairs;
        for (qint64 id : ids) {
            scope.addFree(id);
            auto items = ReconcileStore::itemsNaming(m_db, id);
            if (!items)
                return Status::failure(items.error());
            for (const ReconcileStore::ItemLink& item : std::as_const(*items)) {
                scope.itemsToDelete.push_back(item.itemId);
                scope.addFree(item.providerTxn);
                scope.addFree(item.salesTxn);
            }
            for (const ReconcileBlockInfo& b : blocks) {
                if (!b.mayHold(id))
                    continue;
                pairs.clear();
                if (auto bs = ReconcileStore::blockPairs(m_db, b.id, pairs); !bs)
                    return bs;
                for (const ReconcilePair& p : pairs) {
                    if (p.providerTxn == id || p.salesTxn == id) {
                        scope.packedToRemove[b.id].insert(p.providerTxn);
                        scope.addFree(p.providerTxn);
                        scope.addFree(p.salesTxn);
                    }
                }
            }
        }
        return {};
    }

    Result<Reconciler::RunInfo> incremental()
    {
        using R = Result<Reconciler::RunInfo>;
        Reconciler::RunInfo info;
        if (m_maxId == m_state.watermark && m_o.reexamine.empty()) {
            info.upToDate = true;
            progress(1000, tr("Up to date"));
            return info;
        }

        // More new rows than a share: a full run, by shares, keeps the memory bounded.
        if (m_o.shareRows > 0 && m_maxId - m_state.watermark > m_o.shareRows)
            return full(tr("more new rows than fit in memory at once"));

        // The new rows.
        ReconcileRows rows;
        ReconcileLoader::Options lo;
        lo.products = m_context.hasPricePoints();
        lo.cancel = m_o.cancel;
        progress(0, tr("Reading new rows"));
        if (auto st = ReconcileLoader::loadRange(m_db, m_state.watermark, m_maxId, rows, lo); !st)
            return R::failure(st.error());
        info.newRows = qint64(rows.sales.size() + rows.provider.size());

        // Many new rows against little history: reading everything is cheaper than looking things up.
        auto stored = ReconcileStore::size(m_db);
        if (!stored)
            return R::failure(stored.error());
        const qint64 history = stored->items + 2 * stored->pairs;
        if (info.newRows > 50000 && info.newRows * 3 > history)
            return full(tr("many new rows compared with those already reconciled"));

        // A provider newly seen on a channel may change which provider sales naming none are counted under.
        RunContext updated = m_context;
        updated.presence = RunContext::presenceFrom(m_state.context);
        const QMap<QString, QString> before = updated.providerForChannel();
        addPresence(updated, rows, m_state.watermark);
        if (updated.providerForChannel() != before)
            return full(tr("a provider's statements now cover another channel"));
        m_context = updated;

        progress(300, tr("Finding related rows"));
        auto blocks = ReconcileStore::blocks(m_db);
        if (!blocks)
            return R::failure(blocks.error());
        Scope scope;
        if (auto st = dissolve(scope, m_o.reexamine, blocks.value()); !st)
            return R::failure(st.error());

        // Stored results sharing a reference with a new or re-examined row.
        std::unordered_set<quint32> refs;
        for (const auto* list : {&rows.sales, &rows.provider}) {
            for (const ReconcileRow& r : *list) {
                if (r.hasReference())
                    refs.insert(r.storedRef());
            }
        }
        // The rows named for re-examination are loaded below; their references count too.
        ReconcileRows named;
        if (auto st = ReconcileLoader::loadIds(m_db, scope.free, named, false); !st)
            return R::failure(st.error());
        for (const auto* list : {&named.sales, &named.provider}) {
            for (const ReconcileRow& r : *list) {
                if (r.hasReference())
                    refs.insert(r.storedRef());
            }
        }
        // Discrepancies are few: one pass over their reference hashes finds those concerned.
        if (!refs.empty()) {
            auto st = ReconcileStore::forEachItemWithRef(m_db, [&](const ReconcileStore::ItemLink& item) {
                if (!item.ref || !refs.count(*item.ref))
                    return;
                if (isOpen(item.outcome)) {
                    scope.itemsToDelete.push_back(item.itemId);
                    scope.addFree(item.providerTxn ? item.providerTxn : item.salesTxn);
                } else {
                    scope.addContext(item.providerTxn);
                    scope.addContext(item.salesTxn);
                }
            });
            if (!st)
                return R::failure(st.error());
        }
        // Packed pairs: scan the reference hashes only, unpack a block when one of them is wanted.
        std::vector<ReconcilePair> pairs;
        std::vector<qint64> hitBlocks;
        if (!refs.empty()) {
            auto st = ReconcileStore::forEachBlockRefs(m_db, [&](qint64 blockId, qint64 count, const QByteArray& blob) {
                const qint64 n = std::min<qint64>(count, blob.size() / 4);
                for (qint64 i = 0; i < n; ++i) {
                    if (refs.count(PairBlock::refAt(blob, i))) {
                        hitBlocks.push_back(blockId);
                        break;
                    }
                }
            });
            if (!st)
                return R::failure(st.error());
        }
        for (qint64 blockId : hitBlocks) {
            pairs.clear();
            if (auto st = ReconcileStore::blockPairs(m_db, blockId, pairs); !st)
                return R::failure(st.error());
            for (const ReconcilePair& p : pairs) {
                if (p.ref && refs.count(p.ref)) {
                    scope.addContext(p.providerTxn);
                    scope.addContext(p.salesTxn);
                }
            }
        }

        // Open discrepancies within the window of a new row: candidates for a match by amount and time.
        std::vector<std::pair<qint64, qint64>> spans;
        for (const auto* list : {&rows.sales, &rows.provider, &named.sales, &named.provider}) {
            for (const ReconcileRow& r : *list)
                spans.push_back({r.t - m_o.windowSeconds, r.t + m_o.windowSeconds});
        }
        std::sort(spans.begin(), spans.end());
        std::vector<std::pair<qint64, qint64>> merged;
        for (size_t k = 0; k < spans.size();) {
            qint64 from = spans[k].first;
            qint64 to = spans[k].second;
            while (++k < spans.size() && spans[k].first <= to)
                to = std::max(to, spans[k].second);
            merged.push_back({from, to});
        }
        auto open = ReconcileStore::forEachOpenItemWithin(m_db, merged, [&](const ReconcileStore::ItemLink& item) {
            scope.itemsToDelete.push_back(item.itemId);
            scope.addFree(item.providerTxn ? item.providerTxn : item.salesTxn);
        });
        if (!open)
            return R::failure(open.error());
        if (cancelled())
            return R::failure(cancelledMessage());

        // Free rows first: of a row loaded twice, the first copy stays.
        progress(500, tr("Matching"));
        if (auto st = ReconcileLoader::loadIds(m_db, scope.free, rows, m_context.hasPricePoints()); !st)
            return R::failure(st.error());
        if (auto st = ReconcileLoader::loadIds(m_db, scope.context, rows, m_context.hasPricePoints(),
                                               ReconcileRow::Fixed | ReconcileRow::Taken);
            !st)
            return R::failure(st.error());
        ReconcileLoader::sortAndDeduplicate(rows);
        info.rowsExamined = qint64(rows.sales.size() + rows.provider.size());
        auto decisions = ReconcileStore::activePairDecisions(m_db);
        if (!decisions)
            return R::failure(decisions.error());
        const ReconcileEngineOptions eo = engineOptions(rows, m_context, decisions.value(), m_o.windowSeconds);
        const ReconcileEngineResult res = ReconcileEngine::run(rows, eo);

        progress(800, tr("Writing results"));
        auto schedule = payoutSchedule();
        if (!schedule)
            return R::failure(schedule.error());
        Transaction tx(m_db);
        if (!tx.isActive())
            return R::failure(tx.error());
        ResultWriter writer(m_db, rows, schedule->has_value() ? &**schedule : nullptr, m_o.toleranceMinor);
        if (auto st = writer.prepare(); !st)
            return R::failure(st.error());
        std::sort(scope.itemsToDelete.begin(), scope.itemsToDelete.end());
        scope.itemsToDelete.erase(std::unique(scope.itemsToDelete.begin(), scope.itemsToDelete.end()),
                                  scope.itemsToDelete.end());
        for (qint64 id : scope.itemsToDelete) {
            if (auto st = writer.removeItem(id); !st)
                return R::failure(st.error());
        }
        // Blocks losing pairs are written again without them.
        for (const auto& [blockId, providerTxns] : scope.packedToRemove) {
            const auto block = std::find_if(blocks->cbegin(), blocks->cend(),
                                            [id = blockId](const ReconcileBlockInfo& b) { return b.id == id; });
            pairs.clear();
            if (auto st = ReconcileStore::blockPairs(m_db, blockId, pairs); !st)
                return R::failure(st.error());
            pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                                       [&](const ReconcilePair& p) { return providerTxns.count(p.providerTxn); }),
                        pairs.end());
            if (auto st = writer.removeBlock(blockId); !st)
                return R::failure(st.error());
            if (block != blocks->cend()) {
                const QByteArray provider = block->provider.toUtf8();
                const QByteArray channel = block->channel.toUtf8();
                const QByteArray currency = block->currency.toUtf8();
                if (auto st = writer.writeBlock(std::string_view(provider.constData(), size_t(provider.size())),
                                                std::string_view(channel.constData(), size_t(channel.size())),
                                                std::string_view(currency.constData(), size_t(currency.size())),
                                                pairs.data(), pairs.size());
                    !st)
                    return R::failure(st.error());
            }
        }
        const qint64 rewritten = writer.pairsPacked();
        if (auto st = writer.write(res, m_state.watermark); !st)
            return R::failure(st.error());
        if (auto st = finish(tx, false, m_state.fullRunUtc); !st)
            return R::failure(st.error());
        info.itemsWritten = writer.itemsWritten();
        info.pairsPacked = writer.pairsPacked() - rewritten;
        progress(1000, tr("Done"));
        return info;
    }

    Database& m_db;
    const Reconciler::Options& m_o;
    ReconcileState m_state;
    qint64 m_maxId = 0;
    RunContext m_context;
};

} // namespace

Result<Reconciler::RunInfo> Reconciler::run(Database& db, const Options& options)
{
    return Run(db, options).execute();
}

Result<bool> Reconciler::resultsCurrent(Database& db, const Options& options)
{
    auto standing = Standing::load(db, options);
    if (!standing)
        return Result<bool>::failure(standing.error());
    return standing->current();
}

Reconciler::Options Reconciler::defaultOptions()
{
    Options o;
    o.windowSeconds = Settings::value(Settings::Key::ReconcileWindowSeconds).toLongLong();
    o.toleranceMinor = Settings::value(Settings::Key::ReconcilePayoutToleranceMinor).toLongLong();
    return o;
}
