#include "catalogjson.h"

#include "catalogchange.h"

#include "money/money.h"
#include "rulechecker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr int s_formatVersion = 1;

QString decimal(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toPlainString();
}

QString percent(qint64 basisPoints)
{
    return Money(basisPoints, QStringLiteral("EUR")).toPlainString();
}

QJsonArray amounts(const QList<qint64>& list, const QString& currency)
{
    QJsonArray a;
    for (qint64 v : list)
        a.append(decimal(v, currency));
    return a;
}

// Collects every problem of a file with its path, so the user fixes them all in one go.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)
public:
    QStringList problems;

    // "Product 3, Price (products[2].price): must be text": the record and field in words, then the path.
    void problem(const QString& path, const QString& why)
    {
        static const QRegularExpression recordPath(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?"));
        static const QHash<QString, QString> entities = {
            {QStringLiteral("sites"), QStringLiteral("site")},
            {QStringLiteral("products"), QStringLiteral("product")},
            {QStringLiteral("providers"), QStringLiteral("provider")},
            {QStringLiteral("price_points"), QStringLiteral("price_point")},
            {QStringLiteral("rules"), QStringLiteral("rule")}};
        const auto m = recordPath.match(path);
        if (m.hasMatch() && entities.contains(m.captured(1))) {
            const QString record = tr("%1 %2")
                                       .arg(CatalogRecords::entityDisplayName(entities.value(m.captured(1))))
                                       .arg(m.captured(2).toInt() + 1);
            const QString words = m.captured(3).isEmpty()
                                      ? record
                                      : tr("%1, %2").arg(record, CatalogRecords::fieldDisplayName(m.captured(3)));
            problems.append(tr("%1 (%2): %3").arg(words, path, why));
            return;
        }
        problems.append(path + QStringLiteral(": ") + why);
    }

    QString string(const QJsonObject& o, const QString& path, const char* key, bool required = true,
                   const QString& fallback = {})
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString where = path + u'.' + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(where, tr("missing (required)"));
            return fallback;
        }
        if (!v.isString()) {
            problem(where, tr("must be text"));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject& o, const QString& path, const char* key, bool required = true,
                   qint64 fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString where = path + u'.' + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(where, tr("missing (required)"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d))) {
            problem(where, tr("must be a whole number"));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(path + u'.' + QLatin1StringView(key), tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    std::optional<qint64> money(const QJsonObject& o, const QString& path, const char* key, const QString& currency,
                                bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString where = path + u'.' + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(where, tr("missing (required)"));
            return std::nullopt;
        }
        if (!v.isString()) {
            problem(where, tr("must be an amount written as text, such as \"1.50\""));
            return std::nullopt;
        }
        auto m = Money::parse(v.toString(), currency, u'.');
        if (!m) {
            problem(where, m.error());
            return std::nullopt;
        }
        if (!Money::withinBound(m->minorUnits())) {
            problem(where, tr("%1 is beyond the largest amount Obole accepts (%2 either way)")
                               .arg(v.toString(), Money::boundText(Money::decimals(m->currency()))));
            return std::nullopt;
        }
        return m->minorUnits();
    }

    QList<qint64> moneyList(const QJsonObject& o, const QString& path, const char* key, const QString& currency)
    {
        QList<qint64> out;
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString where = path + u'.' + QLatin1StringView(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            problem(where, tr("must be a list of amounts"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = where + u'[' + QString::number(i) + u']';
            auto m = Money::parse(a.at(i).toString(), currency, u'.');
            if (!a.at(i).isString() || !m)
                problem(itemPath, a.at(i).isString() ? m.error() : tr("must be an amount written as text"));
            else
                out.append(m->minorUnits());
        }
        return out;
    }

    QString currency(const QJsonObject& o, const QString& path, const char* key = "currency")
    {
        const QString c = string(o, path, key, false, QStringLiteral("EUR"));
        if (c.size() != 3 || c.toUpper() != c) {
            problem(path + u'.' + QLatin1StringView(key), tr("\"%1\" is not an ISO 4217 currency code").arg(c));
            return QStringLiteral("EUR");
        }
        return c;
    }

    std::optional<Channel> channel(const QString& text, const QString& where)
    {
        auto c = Channels::fromId(text);
        if (!c)
            problem(where, tr("\"%1\" is not a channel (expected one of audiotel, sms, internet_plus, "
                              "carrier_billing, prepaid_card, crypto, wallet)")
                               .arg(text));
        return c;
    }

    QDate date(const QJsonObject& o, const QString& path, const char* key, bool required)
    {
        const QString text = string(o, path, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            problem(path + u'.' + QLatin1StringView(key), tr("\"%1\" is not a date (expected YYYY-MM-DD)").arg(text));
        return d;
    }

    QJsonArray array(const QJsonObject& root, const char* key)
    {
        const QJsonValue v = root.value(QLatin1StringView(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            problem(QLatin1StringView(key), tr("must be a list"));
        return v.toArray();
    }

    // Each element of a list must be an object with an id that is unique in its list.
    template <typename Fn> void each(const QJsonArray& list, const char* name, QSet<qint64>& ids, Fn fn)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QLatin1StringView(name) + u'[' + QString::number(i) + u']';
            if (!list.at(i).isObject()) {
                problem(path, tr("must be an object"));
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            const qint64 id = integer(o, path, "id");
            if (id <= 0 && o.contains(QStringLiteral("id")))
                problem(path + QStringLiteral(".id"), tr("must be a positive number"));
            else if (ids.contains(id))
                problem(path + QStringLiteral(".id"), tr("%1 is used twice").arg(id));
            ids.insert(id);
            fn(o, path, id);
        }
    }
};

} // namespace

QJsonObject CatalogJson::toJson(const Site& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("created"), QDateTime::fromSecsSinceEpoch(s.createdUtc, Qt::UTC).toString(Qt::ISODate)}};
}

QJsonObject CatalogJson::toJson(const Product& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("site"), p.siteId},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("vat_category"), p.vatCategory},
                       {QStringLiteral("vat_rate"), percent(p.vatRateBasisPoints)},
                       {QStringLiteral("active"), p.active}};
}

QJsonObject CatalogJson::toJson(const Provider& p)
{
    QJsonArray channels;
    for (Channel ch : p.channels)
        channels.append(Channels::id(ch));
    QJsonArray tiers;
    for (const PayoutTier& t : p.tiers) {
        tiers.append(QJsonObject{{QStringLiteral("channel"), Channels::id(t.channel)},
                                 {QStringLiteral("price"), decimal(t.priceMinor, p.payoutCurrency)},
                                 {QStringLiteral("payout_kind"), CatalogText::payoutKind(t.payoutKind)},
                                 {QStringLiteral("payout"), t.payoutKind == PayoutKind::Amount
                                                                ? decimal(t.payoutValue, p.payoutCurrency)
                                                                : percent(t.payoutValue)}});
    }
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("payout_currency"), p.payoutCurrency},
                       {QStringLiteral("min_payout"), decimal(p.minPayoutMinor, p.payoutCurrency)},
                       {QStringLiteral("payout_delay_days"), p.payoutDelayDays},
                       {QStringLiteral("statement_day"), p.statementDay},
                       {QStringLiteral("tiers"), tiers},
                       {QStringLiteral("vat_model"), CatalogText::vatModel(p.vatModel)},
                       {QStringLiteral("reversement_excludes_vat"), p.reversementExcludesVat},
                       {QStringLiteral("fee_account"), CatalogText::feeAccount(p.feeAccount)},
                       {QStringLiteral("fee_vat_rate"), percent(p.feeVatBasisPoints)},
                       {QStringLiteral("auxiliary_account"), p.auxiliaryAccount}};
}

QJsonObject CatalogJson::toJson(const PricePoint& p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("product"), p.productId},
                  {QStringLiteral("channel"), Channels::id(p.channel)},
                  {QStringLiteral("provider"), p.providerId},
                  {QStringLiteral("price"), decimal(p.priceMinor, p.currency)},
                  {QStringLiteral("currency"), p.currency},
                  {QStringLiteral("payout_kind"), CatalogText::payoutKind(p.payoutKind)},
                  {QStringLiteral("payout"),
                   p.payoutKind == PayoutKind::Amount ? decimal(p.payoutValue, p.currency) : percent(p.payoutValue)},
                  {QStringLiteral("billing"), CatalogText::billing(p.billing)},
                  {QStringLiteral("service_number"), p.serviceNumber},
                  {QStringLiteral("keyword"), p.keyword},
                  {QStringLiteral("mt_count"), p.mtCount},
                  {QStringLiteral("expected_seconds"), p.expectedSeconds},
                  {QStringLiteral("operators"), QJsonArray::fromStringList(p.operators)},
                  {QStringLiteral("brand"), p.brand},
                  {QStringLiteral("invoice_currency"), p.invoiceCurrency},
                  {QStringLiteral("invoice_expiry_minutes"), p.invoiceExpiryMinutes},
                  {QStringLiteral("top_ups"), amounts(p.topUps, p.currency)},
                  {QStringLiteral("access"), CatalogText::accessKind(p.accessKind)},
                  {QStringLiteral("access_seconds"), p.accessSeconds},
                  {QStringLiteral("country"), p.country},
                  {QStringLiteral("active"), p.active}};
    if (p.minMinor)
        o.insert(QStringLiteral("min"), decimal(*p.minMinor, p.currency));
    if (p.maxMinor)
        o.insert(QStringLiteral("max"), decimal(*p.maxMinor, p.currency));
    return o;
}

QJsonObject CatalogJson::toJson(const ChannelRule& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("channel"), Channels::id(r.channel)},
                  {QStringLiteral("country"), r.country},
                  {QStringLiteral("label"), r.label},
                  {QStringLiteral("prefix"), r.prefix},
                  {QStringLiteral("billing"), r.billing},
                  {QStringLiteral("currency"), r.currency},
                  {QStringLiteral("allowed"), amounts(r.allowedMinor, r.currency)},
                  {QStringLiteral("effective_from"), r.effectiveFrom.toString(Qt::ISODate)},
                  {QStringLiteral("source"), r.source}};
    if (r.minMinor)
        o.insert(QStringLiteral("min"), decimal(*r.minMinor, r.currency));
    if (r.maxMinor)
        o.insert(QStringLiteral("max"), decimal(*r.maxMinor, r.currency));
    if (r.monthlyMaxMinor)
        o.insert(QStringLiteral("monthly_max"), decimal(*r.monthlyMaxMinor, r.currency));
    if (r.storedMaxMinor)
        o.insert(QStringLiteral("stored_max"), decimal(*r.storedMaxMinor, r.currency));
    if (r.effectiveTo)
        o.insert(QStringLiteral("effective_to"), r.effectiveTo->toString(Qt::ISODate));
    return o;
}

QByteArray CatalogJson::write(const Catalog& c)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("obole-catalog"));
    root.insert(QStringLiteral("version"), s_formatVersion);
    auto list = [](const auto& records) {
        QJsonArray a;
        for (const auto& r : records)
            a.append(toJson(r));
        return a;
    };
    root.insert(QStringLiteral("sites"), list(c.sites));
    root.insert(QStringLiteral("products"), list(c.products));
    root.insert(QStringLiteral("providers"), list(c.providers));
    root.insert(QStringLiteral("price_points"), list(c.pricePoints));
    root.insert(QStringLiteral("rules"), list(c.rules));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Catalog> CatalogJson::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Give the line as well as the offset: people open the file in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Result<Catalog>::failure(tr("line %1: not valid JSON (%2)").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Result<Catalog>::failure(tr("the file must hold one JSON object"));
    const QJsonObject root = doc.object();
    Reader r;
    if (root.value(QStringLiteral("format")).toString() != u"obole-catalog")
        r.problem(QStringLiteral("format"), tr("must be \"obole-catalog\""));
    if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")).toInt() != s_formatVersion)
        r.problem(QStringLiteral("version"), tr("version %1 is not supported (this Obole reads version %2)")
                                                 .arg(root.value(QStringLiteral("version")).toInt())
                                                 .arg(s_formatVersion));

    Catalog c;
    QSet<qint64> siteIds, productIds, providerIds, pointIds, ruleIds;
    QSet<QString> providerCodes;

    r.each(r.array(root, "sites"), "sites", siteIds, [&](const QJsonObject& o, const QString& path, qint64 id) {
        Site s;
        s.id = id;
        s.name = r.string(o, path, "name");
        if (s.name.trimmed().isEmpty() && o.contains(QStringLiteral("name")))
            r.problem(path + QStringLiteral(".name"), tr("must not be empty"));
        s.url = r.string(o, path, "url", false);
        const QString created = r.string(o, path, "created", false);
        const QDateTime at = QDateTime::fromString(created, Qt::ISODate);
        if (!created.isEmpty() && !at.isValid())
            r.problem(path + QStringLiteral(".created"), tr("\"%1\" is not a date and time").arg(created));
        s.createdUtc = at.isValid() ? at.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
        c.sites.append(s);
    });

    r.each(r.array(root, "products"), "products", productIds,
           [&](const QJsonObject& o, const QString& path, qint64 id) {
               Product p;
               p.id = id;
               p.siteId = r.integer(o, path, "site");
               if (p.siteId && !siteIds.contains(p.siteId))
                   r.problem(path + QStringLiteral(".site"), tr("no site has the id %1").arg(p.siteId));
               p.name = r.string(o, path, "name");
               if (p.name.trimmed().isEmpty() && o.contains(QStringLiteral("name")))
                   r.problem(path + QStringLiteral(".name"), tr("must not be empty"));
               p.description = r.string(o, path, "description", false);
               p.vatCategory = r.string(o, path, "vat_category", false, QStringLiteral("digital"));
               const QString vat = r.string(o, path, "vat_rate", false, QStringLiteral("20.00"));
               auto rate = Money::parse(vat, QStringLiteral("EUR"), u'.');
               if (!rate || rate->minorUnits() < 0 || rate->minorUnits() > 10000)
                   r.problem(path + QStringLiteral(".vat_rate"),
                             tr("\"%1\" is not a percentage between 0 and 100").arg(vat));
               else
                   p.vatRateBasisPoints = int(rate->minorUnits());
               p.active = r.boolean(o, path, "active", true);
               c.products.append(p);
           });

    r.each(r.array(root, "providers"), "providers", providerIds,
           [&](const QJsonObject& o, const QString& path, qint64 id) {
               Provider p;
               p.id = id;
               p.code = r.string(o, path, "code");
               if (providerCodes.contains(p.code))
                   r.problem(path + QStringLiteral(".code"), tr("\"%1\" is used twice").arg(p.code));
               providerCodes.insert(p.code);
               p.name = r.string(o, path, "name");
               const QJsonArray channels = o.value(QStringLiteral("channels")).toArray();
               for (qsizetype i = 0; i < channels.size(); ++i) {
                   if (auto ch = r.channel(channels.at(i).toString(),
                                           path + QStringLiteral(".channels[") + QString::number(i) + u']'))
                       p.channels.append(*ch);
               }
               p.payoutCurrency = r.currency(o, path, "payout_currency");
               p.minPayoutMinor = r.money(o, path, "min_payout", p.payoutCurrency, false).value_or(0);
               p.payoutDelayDays = int(r.integer(o, path, "payout_delay_days", false, 30));
               p.statementDay = int(r.integer(o, path, "statement_day", false, 1));
               if (p.statementDay < 1 || p.statementDay > 31)
                   r.problem(path + QStringLiteral(".statement_day"), tr("must be a day of the month, 1 to 31"));
               if (p.payoutDelayDays < 0)
                   r.problem(path + QStringLiteral(".payout_delay_days"), tr("must not be negative"));
               const QString model = r.string(o, path, "vat_model", false, QStringLiteral("by_channel"));
               p.vatModel = CatalogText::vatModelFrom(model).value_or(VatModel::ByChannel);
               if (!CatalogText::vatModelFrom(model))
                   r.problem(path + QStringLiteral(".vat_model"),
                             tr("\"%1\" is not a VAT model: by_channel, operator or merchant").arg(model));
               p.reversementExcludesVat = r.boolean(o, path, "reversement_excludes_vat", false);
               const QString feeAccount = r.string(o, path, "fee_account", false, QStringLiteral("banking"));
               p.feeAccount = CatalogText::feeAccountFrom(feeAccount).value_or(FeeAccount::Banking);
               if (!CatalogText::feeAccountFrom(feeAccount))
                   r.problem(path + QStringLiteral(".fee_account"),
                             tr("\"%1\" is not a fee account: banking or intermediary").arg(feeAccount));
               const QString feeVat = r.string(o, path, "fee_vat_rate", false, QStringLiteral("0.00"));
               auto feeRate = Money::parse(feeVat, QStringLiteral("EUR"), u'.');
               if (!feeRate || feeRate->minorUnits() < 0 || feeRate->minorUnits() > 10000)
                   r.problem(path + QStringLiteral(".fee_vat_rate"),
                             tr("\"%1\" is not a percentage between 0 and 100").arg(feeVat));
               else
                   p.feeVatBasisPoints = int(feeRate->minorUnits());
               p.auxiliaryAccount = r.string(o, path, "auxiliary_account", false).trimmed();
               const QJsonValue tiers = o.value(QStringLiteral("tiers"));
               if (!tiers.isUndefined() && !tiers.isArray())
                   r.problem(path + QStringLiteral(".tiers"), tr("must be a list"));
               const QJsonArray tierList = tiers.toArray();
               for (qsizetype i = 0; i < tierList.size(); ++i) {
                   const QString tierPath = path + QStringLiteral(".tiers[") + QString::number(i) + u']';
                   if (!tierList.at(i).isObject()) {
                       r.problem(tierPath, tr("must be an object"));
                       continue;
                   }
                   const QJsonObject t = tierList.at(i).toObject();
                   PayoutTier tier;
                   if (auto ch = r.channel(r.string(t, tierPath, "channel"), tierPath + QStringLiteral(".channel")))
                       tier.channel = *ch;
                   tier.priceMinor = r.money(t, tierPath, "price", p.payoutCurrency, true).value_or(0);
                   const QString tierKind = r.string(t, tierPath, "payout_kind", false, QStringLiteral("amount"));
                   tier.payoutKind = CatalogText::payoutKindFrom(tierKind).value_or(PayoutKind::Amount);
                   if (!CatalogText::payoutKindFrom(tierKind))
                       r.problem(tierPath + QStringLiteral(".payout_kind"),
                                 tr("\"%1\" must be amount or share").arg(tierKind));
                   tier.payoutValue =
                       r.money(t, tierPath, "payout",
                               tier.payoutKind == PayoutKind::Amount ? p.payoutCurrency : QStringLiteral("EUR"), true)
                           .value_or(0);
                   if (p.tierFor(tier.channel, tier.priceMinor))
                       r.problem(tierPath, tr("a line for this channel and price is already in the table"));
                   else
                       p.tiers.append(tier);
               }
               sortPayoutTiers(p.tiers);
               c.providers.append(p);
           });

    r.each(r.array(root, "rules"), "rules", ruleIds, [&](const QJsonObject& o, const QString& path, qint64 id) {
        ChannelRule rule;
        rule.id = id;
        if (auto ch = r.channel(r.string(o, path, "channel"), path + QStringLiteral(".channel")))
            rule.channel = *ch;
        rule.country = r.string(o, path, "country");
        rule.label = r.string(o, path, "label");
        rule.prefix = r.string(o, path, "prefix", false);
        rule.billing = r.string(o, path, "billing", false);
        if (!rule.billing.isEmpty() && !CatalogText::billingFrom(rule.billing))
            r.problem(path + QStringLiteral(".billing"),
                      tr("\"%1\" is not a billing (one_off, per_call or per_minute)").arg(rule.billing));
        rule.currency = r.currency(o, path);
        rule.minMinor = r.money(o, path, "min", rule.currency, false);
        rule.maxMinor = r.money(o, path, "max", rule.currency, false);
        rule.allowedMinor = r.moneyList(o, path, "allowed", rule.currency);
        rule.monthlyMaxMinor = r.money(o, path, "monthly_max", rule.currency, false);
        rule.storedMaxMinor = r.money(o, path, "stored_max", rule.currency, false);
        rule.effectiveFrom = r.date(o, path, "effective_from", true);
        const QDate to = r.date(o, path, "effective_to", false);
        if (to.isValid())
            rule.effectiveTo = to;
        rule.source = r.string(o, path, "source");
        c.rules.append(rule);
    });

    const RuleChecker checker(c.rules);
    const QDate today = QDate::currentDate();
    r.each(r.array(root, "price_points"), "price_points", pointIds,
           [&](const QJsonObject& o, const QString& path, qint64 id) {
               PricePoint p;
               p.id = id;
               p.productId = r.integer(o, path, "product");
               if (p.productId && !productIds.contains(p.productId))
                   r.problem(path + QStringLiteral(".product"), tr("no product has the id %1").arg(p.productId));
               p.providerId = r.integer(o, path, "provider");
               if (p.providerId && !providerIds.contains(p.providerId))
                   r.problem(path + QStringLiteral(".provider"), tr("no provider has the id %1").arg(p.providerId));
               if (auto ch = r.channel(r.string(o, path, "channel"), path + QStringLiteral(".channel"))) {
                   p.channel = *ch;
                   for (const Provider& provider : c.providers) {
                       if (provider.id == p.providerId && !provider.serves(p.channel))
                           r.problem(path + QStringLiteral(".channel"),
                                     tr("the provider %1 does not serve %2 (see its \"channels\")")
                                         .arg(provider.code, Channels::id(p.channel)));
                   }
               }
               p.currency = r.currency(o, path);
               p.priceMinor = r.money(o, path, "price", p.currency, true).value_or(0);
               const QString kind = r.string(o, path, "payout_kind", false, QStringLiteral("share"));
               p.payoutKind = CatalogText::payoutKindFrom(kind).value_or(PayoutKind::Share);
               if (!CatalogText::payoutKindFrom(kind))
                   r.problem(path + QStringLiteral(".payout_kind"), tr("\"%1\" must be amount or share").arg(kind));
               p.payoutValue = r.money(o, path, "payout",
                                       p.payoutKind == PayoutKind::Amount ? p.currency : QStringLiteral("EUR"), true)
                                   .value_or(0);
               const QString billing = r.string(o, path, "billing", false, QStringLiteral("one_off"));
               p.billing = CatalogText::billingFrom(billing).value_or(Billing::OneOff);
               if (!CatalogText::billingFrom(billing))
                   r.problem(path + QStringLiteral(".billing"),
                             tr("\"%1\" is not a billing (one_off, per_call or per_minute)").arg(billing));
               p.serviceNumber = r.string(o, path, "service_number", false);
               p.keyword = r.string(o, path, "keyword", false);
               p.mtCount = int(r.integer(o, path, "mt_count", false, 1));
               p.expectedSeconds = int(r.integer(o, path, "expected_seconds", false, 0));
               for (const QJsonValue& v : o.value(QStringLiteral("operators")).toArray())
                   p.operators.append(v.toString());
               p.brand = r.string(o, path, "brand", false);
               p.minMinor = r.money(o, path, "min", p.currency, false);
               p.maxMinor = r.money(o, path, "max", p.currency, false);
               p.invoiceCurrency = r.string(o, path, "invoice_currency", false);
               p.invoiceExpiryMinutes = int(r.integer(o, path, "invoice_expiry_minutes", false, 0));
               p.topUps = r.moneyList(o, path, "top_ups", p.currency);
               const QString access = r.string(o, path, "access", false, QStringLiteral("single"));
               p.accessKind = CatalogText::accessKindFrom(access).value_or(AccessKind::SingleUse);
               if (!CatalogText::accessKindFrom(access))
                   r.problem(path + QStringLiteral(".access"), tr("\"%1\" must be single or duration").arg(access));
               p.accessSeconds = r.integer(o, path, "access_seconds", false, 0);
               p.country = r.string(o, path, "country", false, QStringLiteral("FR"));
               p.active = r.boolean(o, path, "active", true);
               if (p.active) {
                   const RuleChecker::Verdict v = checker.check(p, today);
                   for (const auto& f : v.findings) {
                       if (!f.respected)
                           r.problem(path, tr("active but breaks a rule: %1").arg(f.message));
                   }
               }
               c.pricePoints.append(p);
           });

    if (!r.problems.isEmpty())
        return Result<Catalog>::failure(r.problems.join(u'\n'));
    return c;
}

QByteArray CatalogJson::fingerprint(const Catalog& catalog)
{
    auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    QList<Product> products = catalog.products;
    QList<Provider> providers = catalog.providers;
    QList<PricePoint> points = catalog.pricePoints;
    std::sort(products.begin(), products.end(), byId);
    std::sort(providers.begin(), providers.end(), byId);
    std::sort(points.begin(), points.end(), byId);
    QJsonArray all;
    for (const Product& p : products)
        all.append(toJson(p));
    for (const Provider& p : providers)
        all.append(toJson(p));
    for (const PricePoint& p : points)
        all.append(toJson(p));
    return QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}
