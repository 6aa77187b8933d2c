#include "catalogchange.h"

#include "catalogjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

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

QString CatalogRecords::fieldDisplayName(const QString& field)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("access"), QT_TR_NOOP("Access")},
        {QStringLiteral("access_seconds"), QT_TR_NOOP("Access duration (seconds)")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("allowed"), QT_TR_NOOP("Allowed")},
        {QStringLiteral("auxiliary_account"), QT_TR_NOOP("Auxiliary account")},
        {QStringLiteral("billing"), QT_TR_NOOP("Billing")},
        {QStringLiteral("brand"), QT_TR_NOOP("Brand")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("channels"), QT_TR_NOOP("Channels")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("effective_from"), QT_TR_NOOP("In force from")},
        {QStringLiteral("effective_to"), QT_TR_NOOP("In force until")},
        {QStringLiteral("expected_seconds"), QT_TR_NOOP("Expected call length (seconds)")},
        {QStringLiteral("fee_account"), QT_TR_NOOP("Fee account")},
        {QStringLiteral("fee_vat_rate"), QT_TR_NOOP("VAT rate on fees")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("invoice_currency"), QT_TR_NOOP("Invoice currency")},
        {QStringLiteral("invoice_expiry_minutes"), QT_TR_NOOP("Invoice expiry (minutes)")},
        {QStringLiteral("keyword"), QT_TR_NOOP("Keyword")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
        {QStringLiteral("max"), QT_TR_NOOP("Maximum")},
        {QStringLiteral("min"), QT_TR_NOOP("Minimum")},
        {QStringLiteral("min_payout"), QT_TR_NOOP("Minimum payout")},
        {QStringLiteral("monthly_max"), QT_TR_NOOP("Monthly maximum")},
        {QStringLiteral("mt_count"), QT_TR_NOOP("Messages sent back")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("operators"), QT_TR_NOOP("Operators")},
        {QStringLiteral("payout"), QT_TR_NOOP("Payout")},
        {QStringLiteral("payout_currency"), QT_TR_NOOP("Payout currency")},
        {QStringLiteral("payout_delay_days"), QT_TR_NOOP("Payout delay (days)")},
        {QStringLiteral("payout_kind"), QT_TR_NOOP("Payout kind")},
        {QStringLiteral("prefix"), QT_TR_NOOP("Prefix")},
        {QStringLiteral("price"), QT_TR_NOOP("Price")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("provider"), QT_TR_NOOP("Provider")},
        {QStringLiteral("reversement_excludes_vat"), QT_TR_NOOP("Reversement excludes VAT")},
        {QStringLiteral("service_number"), QT_TR_NOOP("Service number")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("statement_day"), QT_TR_NOOP("Statement day")},
        {QStringLiteral("stored_max"), QT_TR_NOOP("Stored maximum")},
        {QStringLiteral("tiers"), QT_TR_NOOP("Tiers")},
        {QStringLiteral("top_ups"), QT_TR_NOOP("Top-ups")},
        {QStringLiteral("url"), QT_TR_NOOP("Address")},
        {QStringLiteral("vat_category"), QT_TR_NOOP("VAT category")},
        {QStringLiteral("vat_model"), QT_TR_NOOP("VAT model")},
        {QStringLiteral("vat_rate"), QT_TR_NOOP("VAT rate")},
    };
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

QString CatalogRecords::valueDisplay(const QString& field, const QString& value)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("amount"), QT_TR_NOOP("fixed amount")},
        {QStringLiteral("share"), QT_TR_NOOP("share of the buyer price")},
        {QStringLiteral("one_off"), QT_TR_NOOP("one-off")},
        {QStringLiteral("per_call"), QT_TR_NOOP("per call")},
        {QStringLiteral("per_minute"), QT_TR_NOOP("per minute")},
        {QStringLiteral("single"), QT_TR_NOOP("single access")},
        {QStringLiteral("duration"), QT_TR_NOOP("access for a duration")},
        {QStringLiteral("by_channel"), QT_TR_NOOP("by channel")},
        {QStringLiteral("operator"), QT_TR_NOOP("the operator sells")},
        {QStringLiteral("merchant"), QT_TR_NOOP("the merchant sells")},
        {QStringLiteral("banking"), QT_TR_NOOP("banking services (627)")},
        {QStringLiteral("intermediary"), QT_TR_NOOP("intermediaries' fees (622)")},
    };
    if (value == u"true")
        return tr("yes");
    if (value == u"false")
        return tr("no");
    if (field == u"channel")
        return Channels::displayNameOf(value);
    if (field == u"channels" && value.startsWith(u'[')) {
        QStringList names;
        for (const QJsonValue& v : QJsonDocument::fromJson(value.toUtf8()).array())
            names.append(Channels::displayNameOf(v.toString()));
        return names.join(QStringLiteral(", "));
    }
    static const QSet<QString> wordFields = {QStringLiteral("payout_kind"), QStringLiteral("billing"),
                                             QStringLiteral("access"), QStringLiteral("vat_model"),
                                             QStringLiteral("fee_account")};
    if (const char* word = words.value(value); word && wordFields.contains(field))
        return tr(word);
    // A decimal ("4.50", "-0.30", "12.5%") in the locale: its separators, no rounding, no float.
    static const QRegularExpression decimal(QStringLiteral("^(-?)(\\d+)\\.(\\d+)(%?)$"));
    if (const auto m = decimal.match(value); m.hasMatch()) {
        const QLocale locale;
        bool ok = false;
        const qint64 whole = m.captured(2).toLongLong(&ok);
        if (ok)
            return m.captured(1) + locale.toString(whole) + locale.decimalPoint() + m.captured(3) +
                   (m.captured(4).isEmpty() ? QString() : QStringLiteral("\u00a0%"));
    }
    return value;
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
