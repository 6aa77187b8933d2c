#include "reconcilereview.h"

#include "catalog/channel.h"
#include "importing/importstore.h"
#include "money/money.h"
#include "reconcile/reconcilestore.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

namespace {

const char* actionKey(ReconcileReview::Action a)
{
    switch (a) {
    case ReconcileReview::Action::Match:
        return ReconcileStore::kMatch;
    case ReconcileReview::Action::Unmatch:
        return ReconcileStore::kUnmatch;
    case ReconcileReview::Action::Explain:
        return ReconcileStore::kExplain;
    }
    return ReconcileStore::kExplain;
}

ReconcileReview::Action actionFrom(const QString& key)
{
    if (key == QLatin1StringView(ReconcileStore::kMatch))
        return ReconcileReview::Action::Match;
    if (key == QLatin1StringView(ReconcileStore::kUnmatch))
        return ReconcileReview::Action::Unmatch;
    return ReconcileReview::Action::Explain;
}

} // namespace

QString ReconcileReview::actionName(Action action)
{
    switch (action) {
    case Action::Match:
        return tr("Matched by hand");
    case Action::Unmatch:
        return tr("Separated by hand");
    case Action::Explain:
        return tr("Marked explained");
    }
    return {};
}

namespace {

// The kind and identity of a row; fails with a sentence when it is not of the kind expected.
Result<qint64> rowHash(Database& db, qint64 id, const char* kind)
{
    auto identity = ImportStore(db).identityOf(id);
    if (!identity)
        return Result<qint64>::failure(identity.error());
    if (!identity->has_value())
        return Result<qint64>::failure(ReconcileReview::tr("There is no row %1 (was its import undone?).").arg(id));
    if ((*identity)->kind != QLatin1StringView(kind)) {
        return Result<qint64>::failure(qstrcmp(kind, ImportStore::kProvider) == 0
                                           ? ReconcileReview::tr("Row %1 is not a provider statement row.").arg(id)
                                           : ReconcileReview::tr("Row %1 is not a sales log row.").arg(id));
    }
    return (*identity)->hash;
}

// What a row is now, in words, for the record kept with a decision.
QString describe(Database& db, qint64 txn, bool providerSide)
{
    auto entry = ReconcileStore::entryOf(db, txn);
    const QString side =
        providerSide ? ReconcileReview::tr("provider row %1").arg(txn) : ReconcileReview::tr("sale %1").arg(txn);
    if (!entry || !entry->has_value())
        return ReconcileReview::tr("%1: not reconciled").arg(side);
    const ReconcileEntry& e = **entry;
    const QString outcome = ReconcileText::outcomeName(e.outcome);
    if (e.isPair()) {
        return ReconcileReview::tr("%1: %2 with %3")
            .arg(side, outcome,
                 providerSide ? ReconcileReview::tr("sale %1").arg(e.salesTxn)
                              : ReconcileReview::tr("provider row %1").arg(e.providerTxn));
    }
    return ReconcileReview::tr("%1: %2").arg(side, outcome);
}

Result<qint64> insertDecision(Database& db, ReconcileReview::Action action, qint64 providerTxn, qint64 salesTxn,
                              const QString& note, const QString& before)
{
    std::optional<qint64> providerHash, salesHash;
    if (providerTxn) {
        auto h = rowHash(db, providerTxn, ImportStore::kProvider);
        if (!h)
            return Result<qint64>::failure(h.error());
        providerHash = h.value();
    }
    if (salesTxn) {
        auto h = rowHash(db, salesTxn, ImportStore::kSales);
        if (!h)
            return Result<qint64>::failure(h.error());
        salesHash = h.value();
    }
    return ReconcileStore::addDecision(db, actionKey(action), providerTxn, providerHash, salesTxn, salesHash, note,
                                       before);
}

// Marks undone the active decisions of an action about exactly these two rows; returns how many.
Result<int> undoActive(Database& db, ReconcileReview::Action action, qint64 providerTxn, qint64 salesTxn)
{
    return ReconcileStore::undoDecisions(db, actionKey(action), providerTxn, salesTxn);
}

Status reconcileAgain(Database& db, std::vector<qint64> rows, const Reconciler::Options& options)
{
    Reconciler::Options o = options;
    o.reexamine = std::move(rows);
    auto run = Reconciler::run(db, o);
    return run ? Status() : Status::failure(run.error());
}

// Refuses a decision taken on what a reviewer saw before `seen` when another desk has since decided about the same
// rows: the reviewer is told what was done, when and by whom, and nothing is lost.
Status checkUnchanged(Database& db, qint64 seen, qint64 providerTxn, qint64 salesTxn)
{
    if (seen == ReconcileReview::kUnseen)
        return {};
    auto newer = ReconcileStore::decisionAfter(db, seen, providerTxn, salesTxn);
    if (!newer)
        return Status::failure(newer.error());
    if (!newer->has_value())
        return {};
    const ReconcileStore::DecisionRecord& d = **newer;
    if (d.undoneUtc && d.undoneVersion && *d.undoneVersion > seen && *d.undoneVersion > d.id) {
        // What changed since is that a decision was taken back.
        const QString when = ReconcileText::timeText(*d.undoneUtc, RevenueAggregates::timeZone(db));
        const QString who = d.undoneBy.isEmpty() ? ReconcileReview::tr("another desk") : d.undoneBy;
        return Status::failure(
            ReconcileReview::tr("These rows were changed after you read them: the decision \"%1\" was taken back by "
                                "%2 on %3. Nothing was changed; look at them again before deciding.")
                .arg(ReconcileReview::actionName(actionFrom(d.action)), who, when));
    }
    const QString when = ReconcileText::timeText(d.madeUtc, RevenueAggregates::timeZone(db));
    const QString who = d.madeBy.isEmpty() ? ReconcileReview::tr("another desk") : d.madeBy;
    return Status::failure(ReconcileReview::tr("These rows were changed after you read them: %1 by %2 on %3. Nothing "
                                               "was changed; look at them again before deciding.")
                               .arg(ReconcileReview::actionName(actionFrom(d.action)), who, when));
}

} // namespace

Result<qint64> ReconcileReview::lastDecisionId(Database& db)
{
    return ReconcileStore::lastDecisionId(db);
}

Result<qint64> ReconcileReview::match(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                      const Reconciler::Options& options, qint64 seen)
{
    using R = Result<qint64>;
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (auto st = checkUnchanged(db, seen, providerTxn, salesTxn); !st)
        return R::failure(st.error());
    auto current = ReconcileStore::entryOf(db, providerTxn);
    if (!current)
        return R::failure(current.error());
    if (current->has_value() && (*current)->salesTxn == salesTxn && (*current)->isPair())
        return R::failure(tr("These two rows are already matched."));
    const QString before = describe(db, providerTxn, true) + u"; " + describe(db, salesTxn, false);
    // A separation of these two by hand is taken back by pairing them.
    if (auto st = undoActive(db, Action::Unmatch, providerTxn, salesTxn); !st)
        return R::failure(st.error());
    auto id = insertDecision(db, Action::Match, providerTxn, salesTxn, note, before);
    if (!id)
        return id;
    if (auto st = reconcileAgain(db, {providerTxn, salesTxn}, options); !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return id;
}

Result<qint64> ReconcileReview::unmatch(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                        const Reconciler::Options& options, qint64 seen)
{
    using R = Result<qint64>;
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (auto st = checkUnchanged(db, seen, providerTxn, salesTxn); !st)
        return R::failure(st.error());
    auto current = ReconcileStore::entryOf(db, providerTxn);
    if (!current)
        return R::failure(current.error());
    if (!current->has_value() || !(*current)->isPair() || (*current)->salesTxn != salesTxn)
        return R::failure(tr("These two rows are not matched with each other."));
    const QString before = describe(db, providerTxn, true);
    // A pairing by hand is taken back; either way the rules will not pair these two again.
    if (auto st = undoActive(db, Action::Match, providerTxn, salesTxn); !st)
        return R::failure(st.error());
    auto id = insertDecision(db, Action::Unmatch, providerTxn, salesTxn, note, before);
    if (!id)
        return id;
    if (auto st = reconcileAgain(db, {providerTxn, salesTxn}, options); !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return id;
}

Result<qint64> ReconcileReview::explain(Database& db, qint64 providerTxn, qint64 salesTxn, const QString& note,
                                        qint64 seen)
{
    using R = Result<qint64>;
    if (note.trimmed().isEmpty())
        return R::failure(tr("An explanation needs a note saying why."));
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (auto st = checkUnchanged(db, seen, providerTxn, salesTxn); !st)
        return R::failure(st.error());
    auto current = ReconcileStore::entryOf(db, providerTxn ? providerTxn : salesTxn);
    if (!current)
        return R::failure(current.error());
    if (!current->has_value() || (*current)->providerTxn != providerTxn || (*current)->salesTxn != salesTxn ||
        !ReconcileText::isDiscrepancy((*current)->outcome))
        return R::failure(tr("Only a discrepancy (an amount mismatch, a missing row, a duplicate) can be marked "
                             "explained."));
    if ((*current)->explained)
        return R::failure(tr("This discrepancy is already marked explained."));
    const QString before = ReconcileText::outcomeName((*current)->outcome);
    auto id = insertDecision(db, Action::Explain, providerTxn, salesTxn, note, before);
    if (!id)
        return id;
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return id;
}

Status ReconcileReview::reopen(Database& db, qint64 providerTxn, qint64 salesTxn, qint64 seen)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (auto st = checkUnchanged(db, seen, providerTxn, salesTxn); !st)
        return st;
    auto undone = undoActive(db, Action::Explain, providerTxn, salesTxn);
    if (!undone)
        return Status::failure(undone.error());
    if (undone.value() == 0)
        return Status::failure(tr("This line is not marked explained."));
    return tx.commit();
}

Status ReconcileReview::undo(Database& db, qint64 decisionId, const Reconciler::Options& options, qint64 seen)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto found = ReconcileStore::decision(db, decisionId);
    if (!found)
        return Status::failure(found.error());
    if (!found->has_value())
        return Status::failure(tr("There is no decision %1.").arg(decisionId));
    const ReconcileStore::DecisionRecord& d = **found;
    if (d.undoneUtc) {
        const QString when = ReconcileText::timeText(*d.undoneUtc, RevenueAggregates::timeZone(db));
        if (d.undoneBy.isEmpty())
            return Status::failure(tr("This decision was already taken back, on %1.").arg(when));
        return Status::failure(tr("This decision was already taken back by %1 on %2.").arg(d.undoneBy, when));
    }
    const Action action = actionFrom(d.action);
    const qint64 providerTxn = d.providerTxn;
    const qint64 salesTxn = d.salesTxn;
    if (auto st = checkUnchanged(db, seen, providerTxn, salesTxn); !st)
        return st;
    if (auto st = ReconcileStore::markDecisionUndone(db, decisionId); !st)
        return st;
    if (action != Action::Explain) {
        std::vector<qint64> rows;
        for (qint64 id : {providerTxn, salesTxn}) {
            if (id)
                rows.push_back(id);
        }
        if (auto st = reconcileAgain(db, rows, options); !st)
            return st;
    }
    return tx.commit();
}

namespace {
Result<QList<ReconcileReview::Decision>> decisionsFrom(const Result<QList<ReconcileStore::DecisionRecord>>& records)
{
    using R = Result<QList<ReconcileReview::Decision>>;
    if (!records)
        return R::failure(records.error());
    QList<ReconcileReview::Decision> out;
    out.reserve(records->size());
    for (const ReconcileStore::DecisionRecord& r : *records) {
        ReconcileReview::Decision d;
        d.id = r.id;
        d.madeUtc = r.madeUtc;
        d.action = actionFrom(r.action);
        d.providerTxn = r.providerTxn;
        d.salesTxn = r.salesTxn;
        d.note = r.note;
        d.before = r.before;
        d.undoneUtc = r.undoneUtc;
        d.madeBy = r.madeBy;
        d.undoneBy = r.undoneBy;
        out.append(d);
    }
    return out;
}
} // namespace

Result<QList<ReconcileReview::Decision>> ReconcileReview::decisionsFor(Database& db, qint64 txnId)
{
    return decisionsFrom(ReconcileStore::decisionsAbout(db, txnId));
}

Result<QList<ReconcileReview::Decision>> ReconcileReview::recent(Database& db, int limit)
{
    return decisionsFrom(ReconcileStore::recentDecisions(db, limit));
}

QStringList ReconcileReview::differences(const StoredTransaction& providerRow, const StoredTransaction& sale,
                                         qint64 windowSeconds, const QLocale& locale)
{
    QStringList out;
    if (providerRow.channel != sale.channel)
        out << tr("the channels differ: %1 at the provider, %2 in the sales log")
                   .arg(Channels::displayNameOf(providerRow.channel), Channels::displayNameOf(sale.channel));
    if (providerRow.currency != sale.currency)
        out << tr("the currencies differ: %1 at the provider, %2 in the sales log")
                   .arg(providerRow.currency, sale.currency);
    else if (providerRow.gross != sale.gross)
        out << tr("the amounts differ: %1 at the provider, %2 in the sales log")
                   .arg(Money(providerRow.gross, providerRow.currency).toString(locale),
                        Money(sale.gross, sale.currency).toString(locale));
    if (!providerRow.product.isEmpty() && !sale.product.isEmpty() &&
        providerRow.product.compare(sale.product, Qt::CaseInsensitive) != 0)
        out << tr("the products differ: “%1” at the provider, “%2” in the sales log")
                   .arg(providerRow.product, sale.product);
    const qint64 gap = std::abs(providerRow.occurredUtc - sale.occurredUtc);
    if (gap > windowSeconds) {
        const qint64 days = gap / 86400;
        const qint64 hours = (gap % 86400) / 3600;
        const qint64 minutes = (gap % 3600) / 60;
        const QString apart = days > 0 ? tr("%n day(s)", nullptr, int(days)) +
                                             (hours ? u' ' + tr("%n hour(s)", nullptr, int(hours)) : QString())
                              : hours > 0 ? tr("%n hour(s)", nullptr, int(hours)) +
                                                (minutes ? u' ' + tr("%n minute(s)", nullptr, int(minutes)) : QString())
                                          : tr("%n minute(s)", nullptr, int(minutes));
        out << tr("they are %1 apart, more than the reconciliation window of %n minute(s)", nullptr,
                  int(windowSeconds / 60))
                   .arg(apart);
    }
    return out;
}
