#include "payoutschedule.h"

#include "catalog/audittrail.h"
#include "catalog/catalogtypes.h"
#include "catalog/channel.h"
#include "money/money.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>

namespace {

QString key(const QString& provider, const QString& channel, const QString& currency)
{
    return provider + u'\n' + channel + u'\n' + currency;
}

} // namespace

Result<PayoutSchedule> PayoutSchedule::load(Database& db, const Catalog& catalog)
{
    using R = Result<PayoutSchedule>;
    PayoutSchedule schedule;
    QHash<qint64, QString> providerCodes, productNames;
    for (const Provider& p : catalog.providers)
        providerCodes.insert(p.id, p.code);
    for (const Product& p : catalog.products)
        productNames.insert(p.id, p.name);
    QList<PricePoint> sorted = catalog.pricePoints;
    std::sort(sorted.begin(), sorted.end(), [](const PricePoint& a, const PricePoint& b) { return a.id < b.id; });
    QHash<qint64, int> byId;
    for (const PricePoint& pp : std::as_const(sorted)) {
        const auto provider = providerCodes.constFind(pp.providerId);
        const auto product = productNames.constFind(pp.productId);
        if (provider == providerCodes.constEnd() || product == productNames.constEnd())
            continue;
        Point p;
        p.id = pp.id;
        p.provider = *provider;
        p.channel = Channels::id(pp.channel);
        p.product = *product;
        p.currency = pp.currency;
        p.price = pp.priceMinor;
        p.perMinute = pp.billing == Billing::PerMinute;
        const qint64 seconds = pp.expectedSeconds;
        p.charge = p.perMinute && seconds > 0 ? divideRoundHalfAwayFromZero(Int128(p.price) * seconds, 60) : p.price;
        p.share = pp.payoutKind == PayoutKind::Share;
        p.value = pp.payoutValue;
        byId.insert(p.id, int(schedule.m_points.size()));
        schedule.m_byKey[key(p.provider, p.channel, p.currency)].append(int(schedule.m_points.size()));
        schedule.m_points.append(p);
    }
    if (schedule.m_points.isEmpty())
        return schedule;

    // Edits of the payout after a sale tell what the payout was on the sale's date.
    auto audit =
        AuditTrail::history(db, QStringLiteral("price_point"),
                            {QStringLiteral("payout_kind"), QStringLiteral("payout"), AuditTrail::wholeRecordField()});
    if (!audit)
        return R::failure(audit.error());
    for (const AuditTrail::Entry& e : std::as_const(*audit)) {
        const auto it = byId.constFind(e.entityId);
        if (it == byId.constEnd())
            continue;
        Point& p = schedule.m_points[*it];
        if (e.field == AuditTrail::wholeRecordField()) {
            // A whole-record row without an old value is the creation.
            if (!e.oldValue && p.createdUtc == 0)
                p.createdUtc = e.atUtc;
            continue;
        }
        if (!e.oldValue)
            continue;
        p.changes.append({e.atUtc, e.field == u"payout_kind", *e.oldValue});
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
