#include "payoutfollowup.h"

#include "catalog/catalogstore.h"
#include "money/money.h"
#include "reconcile/reconcilestore.h"
#include "storage/database.h"

#include <QMap>

#include <algorithm>

namespace {

QDate dayOf(qint64 epochDay)
{
    return QDate(1970, 1, 1).addDays(epochDay);
}

qint64 epochDay(qint64 utc)
{
    return utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400);
}

} // namespace

Result<QList<PayoutFollowUp::Line>> PayoutFollowUp::compute(Database& db, QDate today)
{
    using R = Result<QList<Line>>;
    struct Acc
    {
        Line line;
        QMap<qint64, qint64> earnedByDay;
    };
    QMap<QString, Acc> acc; // "provider\ncurrency"
    auto key = [](const QString& provider, const QString& currency) -> QString { return provider + u'\n' + currency; };

    // Daily sums kept by reconciliation: the statements' nets and the payout statements' amounts. (Reading the
    // transactions themselves would mean scanning them all: the table has no index on the kind.)
    auto earnings = ReconcileStore::earnings(db);
    if (!earnings)
        return R::failure(earnings.error());
    for (const ReconcileStore::DayEarnings& e : std::as_const(*earnings)) {
        Acc& a = acc[key(e.provider, e.currency)];
        a.line.provider = e.provider;
        a.line.currency = e.currency;
        if (e.rows > 0)
            a.earnedByDay[e.day] += e.net;
        a.line.rows += e.rows;
        a.line.rowsWithoutNet += e.rowsWithoutNet;
        a.line.paid += e.paid;
        a.line.payments += e.payments;
        if (e.payments > 0)
            a.line.lastPayment = dayOf(e.day);
    }

    // A duplicate line acknowledges nothing more.
    auto duplicates = ReconcileStore::duplicates(db);
    if (!duplicates)
        return R::failure(duplicates.error());
    for (const ReconcileStore::Duplicate& d : std::as_const(*duplicates)) {
        Acc& a = acc[key(d.provider, d.currency)];
        a.line.rows -= 1;
        if (!d.net)
            a.line.rowsWithoutNet -= 1;
        else
            a.earnedByDay[epochDay(d.occurredUtc)] -= *d.net;
    }

    // The catalog's terms; providers it lists with nothing imported yet show too.
    struct Terms
    {
        QString name;
        QString currency;
        qint64 minPayout = 0;
        int delayDays = 30;
    };
    QMap<QString, Terms> terms;
    auto providers = CatalogStore(db).providers();
    if (!providers)
        return R::failure(providers.error());
    for (const Provider& p : std::as_const(*providers))
        terms.insert(p.code, Terms{p.name, p.payoutCurrency, p.minPayoutMinor, p.payoutDelayDays});
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        bool any = false;
        for (const Acc& a : std::as_const(acc))
            any = any || a.line.provider == it.key();
        if (!any) {
            Acc& a = acc[key(it.key(), it->currency)];
            a.line.provider = it.key();
            a.line.currency = it->currency;
        }
    }

    const qint64 todayDay = QDate(1970, 1, 1).daysTo(today);
    QList<Line> out;
    for (Acc& a : acc) {
        Line& l = a.line;
        if (l.provider.isEmpty())
            continue;
        const auto t = terms.constFind(l.provider);
        l.inCatalog = t != terms.cend();
        l.name = l.inCatalog && !t->name.isEmpty() ? t->name : l.provider;
        // The minimum applies in the provider's payout currency.
        l.minPayout = l.inCatalog && t->currency == l.currency ? t->minPayout : 0;
        l.delayDays = l.inCatalog ? t->delayDays : 30;
        qint64 dueEarned = 0;
        for (auto it = a.earnedByDay.cbegin(); it != a.earnedByDay.cend(); ++it) {
            l.earned += it.value();
            if (it.key() <= todayDay - l.delayDays)
                dueEarned += it.value();
        }
        l.owed = l.earned - l.paid;
        l.due = std::max<qint64>(0, std::min(l.owed, dueEarned - l.paid));
        // Payments settle the oldest earnings first.
        qint64 covered = l.paid;
        for (auto it = a.earnedByDay.cbegin(); it != a.earnedByDay.cend(); ++it) {
            if (it.value() <= 0)
                continue;
            if (covered >= it.value()) {
                covered -= it.value();
                continue;
            }
            l.oldestUnpaid = dayOf(it.key());
            l.ageDays = int(it.key() <= todayDay ? todayDay - it.key() : 0);
            break;
        }
        if (l.owed < 0)
            l.state = State::Overpaid;
        else if (l.owed == 0)
            l.state = State::PaidUp;
        else if (l.due == 0)
            l.state = State::NotYetDue;
        else if (l.due < l.minPayout)
            l.state = State::BelowMinimum;
        else
            l.state = State::Due;
        if (l.owed <= 0) {
            l.oldestUnpaid.reset();
            l.ageDays = 0;
        }
        out.append(l);
    }
    std::sort(out.begin(), out.end(), [](const Line& x, const Line& y) {
        return x.provider != y.provider ? x.provider < y.provider : x.currency < y.currency;
    });
    return out;
}

QString PayoutFollowUp::stateText(const Line& l)
{
    switch (l.state) {
    case State::PaidUp:
        return l.earned == 0 && l.paid == 0 ? tr("Nothing on its statements yet") : tr("Paid up");
    case State::Overpaid:
        return tr("Paid %1 more than the statements show").arg(Money(-l.owed, l.currency).toPlainString());
    case State::NotYetDue:
        return tr("Not due yet (payout %n day(s) after the sale)", nullptr, l.delayDays);
    case State::BelowMinimum:
        return tr("Below the minimum payout of %1: carried over").arg(Money(l.minPayout, l.currency).toPlainString());
    case State::Due:
        return tr("Due: a payment is expected");
    }
    return {};
}
