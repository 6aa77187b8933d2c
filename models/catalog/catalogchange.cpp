#include "catalogchange.h"

#include "catalogjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject objectOf(const CatalogRecord& record)
{
    return std::visit([](const auto& r) { return CatalogJson::toJson(r); }, record);
}

QString textOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

template <typename T>
void diffList(const QList<T>& before, const QList<T>& after, const Catalog& beforeCatalog, const Catalog& afterCatalog,
              QList<CatalogChange>& deletions, QList<CatalogChange>& upserts)
{
    QHash<qint64, const T*> old;
    for (const T& r : before)
        old.insert(r.id, &r);
    QSet<qint64> seen;
    for (const T& r : after) {
        seen.insert(r.id);
        const T* previous = old.value(r.id);
        if (previous && *previous == r)
            continue;
        CatalogChange c;
        if (previous)
            c.before = CatalogRecord(*previous);
        c.after = CatalogRecord(r);
        c.label = CatalogRecords::label(r, afterCatalog);
        upserts.append(c);
    }
    for (const T& r : before) {
        if (!seen.contains(r.id))
            deletions.append({CatalogRecord(r), std::nullopt, CatalogRecords::label(r, beforeCatalog)});
    }
}

} // namespace

QString CatalogRecords::entity(const CatalogRecord& record)
{
    switch (record.index()) {
    case 0:
        return QStringLiteral("site");
    case 1:
        return QStringLiteral("product");
    case 2:
        return QStringLiteral("provider");
    case 3:
        return QStringLiteral("price_point");
    default:
        return QStringLiteral("rule");
    }
}

QString CatalogRecords::entityDisplayName(const QString& entity)
{
    if (entity == u"site")
        return tr("Site");
    if (entity == u"product")
        return tr("Product");
    if (entity == u"provider")
        return tr("Provider");
    if (entity == u"price_point")
        return tr("Price point");
    if (entity == u"rule")
        return tr("Channel rule");
    if (entity == u"books_period")
        return tr("Period of the books");
    return entity;
}

qint64 CatalogRecords::id(const CatalogRecord& record)
{
    return std::visit([](const auto& r) { return r.id; }, record);
}

void CatalogRecords::setId(CatalogRecord& record, qint64 id)
{
    std::visit([id](auto& r) { r.id = id; }, record);
}

QList<std::pair<QString, QString>> CatalogRecords::fields(const CatalogRecord& record)
{
    const QJsonObject o = objectOf(record);
    QList<std::pair<QString, QString>> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), textOf(it.value())});
    return out;
}

QString CatalogRecords::wholeRecord(const CatalogRecord& record)
{
    return QString::fromUtf8(QJsonDocument(objectOf(record)).toJson(QJsonDocument::Compact));
}

QString CatalogRecords::label(const CatalogRecord& record, const Catalog& catalog)
{
    if (const auto* s = std::get_if<Site>(&record))
        return s->name;
    if (const auto* p = std::get_if<Product>(&record))
        return p->name;
    if (const auto* p = std::get_if<Provider>(&record))
        return p->name;
    if (const auto* r = std::get_if<ChannelRule>(&record))
        return tr("%1 (%2)").arg(r->label, r->country);
    const auto& point = std::get<PricePoint>(record);
    QString product = tr("product %1").arg(point.productId);
    for (const Product& p : catalog.products) {
        if (p.id == point.productId)
            product = p.name;
    }
    //: A price point's name: the product, then the payment channel.
    return tr("%1 · %2").arg(product, Channels::displayName(point.channel));
}

QList<CatalogChange> CatalogRecords::diff(const Catalog& before, const Catalog& after)
{
    QList<CatalogChange> pointDeletions, ruleDeletions, productDeletions, siteDeletions, providerDeletions;
    QList<CatalogChange> siteUpserts, productUpserts, providerUpserts, ruleUpserts, pointUpserts;
    diffList(before.sites, after.sites, before, after, siteDeletions, siteUpserts);
    diffList(before.products, after.products, before, after, productDeletions, productUpserts);
    diffList(before.providers, after.providers, before, after, providerDeletions, providerUpserts);
    diffList(before.pricePoints, after.pricePoints, before, after, pointDeletions, pointUpserts);
    diffList(before.rules, after.rules, before, after, ruleDeletions, ruleUpserts);
    return pointDeletions + ruleDeletions + productDeletions + siteDeletions + providerDeletions + siteUpserts +
           productUpserts + providerUpserts + ruleUpserts + pointUpserts;
}
