#include "payoutschedule.h"

#include "money/money.h"
#include "storage/database.h"

namespace {

QString key(const QString& provider, const QString& channel, const QString& currency)
{
    return provider + u'\n' + channel + u'\n' + currency;
}

} // namespace

Result<PayoutSchedule> PayoutSchedule::load(Database& db)
{
    using R = Result<PayoutSchedule>;
    PayoutSchedule schedule;
    auto points = db.prepare(
        "SELECT pp.id, pr.code, pp.channel, p.name, pp.currency, pp.price_minor, pp.billing, pp.expected_seconds, "
        "pp.payout_kind, pp.payout_value FROM price_points pp JOIN providers pr ON pr.id = pp.provider_id "
        "JOIN products p ON p.id = pp.product_id ORDER BY pp.id");
    if (!points)
        return R::failure(points.error());
    QHash<qint64, int> byId;
    for (;;) {
        auto row = points->next();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            break;
        Point p;
        p.id = points->int64(0);
        p.provider = points->text(1);
        p.channel = points->text(2);
        p.product = points->text(3);
        p.currency = points->text(4);
        p.price = points->int64(5);
        p.perMinute = points->text(6) == u"per_minute";
        const qint64 seconds = points->int64(7);
        p.charge = p.perMinute && seconds > 0 ? divideRoundHalfAwayFromZero(Int128(p.price) * seconds, 60) : p.price;
        p.share = points->text(8) == u"share";
        p.value = points->int64(9);
        byId.insert(p.id, int(schedule.m_points.size()));
        schedule.m_byKey[key(p.provider, p.channel, p.currency)].append(int(schedule.m_points.size()));
        schedule.m_points.append(p);
    }
    if (schedule.m_points.isEmpty())
        return schedule;

    // Edits of the payout after a sale tell what the payout was on the sale's date.
    auto audit = db.prepare("SELECT entity_id, at_utc, field, old_value FROM audit_log WHERE entity = 'price_point' "
                            "AND field IN ('payout_kind', 'payout', '*') ORDER BY at_utc, id");
    if (!audit)
        return R::failure(audit.error());
    for (;;) {
        auto row = audit->next();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            break;
        const auto it = byId.constFind(audit->int64(0));
        if (it == byId.constEnd())
            continue;
        Point& p = schedule.m_points[*it];
        const QString field = audit->text(2);
        if (field == u"*") {
            // A whole-record row without an old value is the creation.
            if (audit->isNull(3) && p.createdUtc == 0)
                p.createdUtc = audit->int64(1);
            continue;
        }
        if (audit->isNull(3))
            continue;
        p.changes.append({audit->int64(1), field == u"payout_kind", audit->text(3)});
    }
    return schedule;
}

std::optional<PayoutSchedule::Expectation> PayoutSchedule::expectationAt(const Point& p, qint64 gross,
                                                                         qint64 atUtc) const
{
    if (p.createdUtc != 0 && atUtc < p.createdUtc)
        return std::nullopt;
    bool share = p.share;
    qint64 value = p.value;
    bool kindSet = false;
    bool valueSet = false;
    QString oldValueText;
    for (const Change& c : p.changes) {
        if (c.atUtc <= atUtc)
            continue;
        if (c.kindField && !kindSet) {
            kindSet = true;
            share = c.oldValue == u"share";
        } else if (!c.kindField && !valueSet) {
            valueSet = true;
            oldValueText = c.oldValue;
        }
    }
    if (valueSet) {
        // The audit trail writes a share as a percentage and an amount in the price point's currency.
        auto parsed = Money::parse(oldValueText, share ? QStringLiteral("EUR") : p.currency, u'.');
        if (!parsed)
            return std::nullopt;
        value = parsed->minorUnits();
    }
    Expectation e;
    e.pricePointId = p.id;
    e.share = share;
    e.value = value;
    e.netMinor = share ? divideRoundHalfAwayFromZero(Int128(gross) * value, 10000) : value;
    return e;
}

QList<int> PayoutSchedule::candidates(const QString& provider, const QString& channel, const QString& product,
                                      const QString& currency) const
{
    const auto it = m_byKey.constFind(key(provider, channel, currency));
    if (it == m_byKey.constEnd())
        return {};
    QList<int> named;
    if (!product.isEmpty()) {
        for (int i : *it) {
            if (m_points.at(i).product.compare(product, Qt::CaseInsensitive) == 0)
                named.append(i);
        }
    }
    return named.isEmpty() ? *it : named;
}

std::optional<PayoutSchedule::Expectation> PayoutSchedule::expected(const QList<int>& candidates, qint64 gross,
                                                                    qint64 atUtc) const
{
    for (int i : candidates) {
        const Point& p = m_points.at(i);
        if (!p.perMinute && p.charge == gross)
            return expectationAt(p, gross, atUtc);
    }
    for (int i : candidates) {
        const Point& p = m_points.at(i);
        if (!p.perMinute)
            continue;
        const auto e = expectationAt(p, gross, atUtc);
        if (e && e->share)
            return e;
    }
    return std::nullopt;
}

QString PayoutSchedule::describe(const Expectation& e, const QString& currency)
{
    if (e.share)
        return tr("%1 % of the price (price point %2)")
            .arg(Money(e.value, QStringLiteral("EUR")).toPlainString())
            .arg(e.pricePointId);
    return tr("%1 %2 a sale (price point %3)")
        .arg(Money(e.value, currency).toPlainString(), currency)
        .arg(e.pricePointId);
}
