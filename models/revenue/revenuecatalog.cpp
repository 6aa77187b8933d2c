#include "revenuecatalog.h"

#include "export/accountingsettings.h"

#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "money/money.h"
#include "storage/database.h"

#include <algorithm>

namespace {
// Bumped whenever the way a sale is valued changes, so stored totals are rebuilt.
constexpr int s_valuationVersion = 2;

std::string utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}
} // namespace

Result<RevenueCatalog> RevenueCatalog::load(Database& db)
{
    CatalogStore store(db);
    auto catalog = store.load();
    if (!catalog)
        return Result<RevenueCatalog>::failure(catalog.error());
    auto settings = AccountingSettingsStore::load(db);
    if (!settings)
        return Result<RevenueCatalog>::failure(settings.error());
    return fromCatalog(catalog.value(), settings->defaultVatBasisPoints);
}

RevenueCatalog RevenueCatalog::fromCatalog(const Catalog& catalog, int defaultVatBasisPoints)
{
    RevenueCatalog c;
    c.m_defaultVat = defaultVatBasisPoints;
    c.m_sites = catalog.sites;
    std::sort(c.m_sites.begin(), c.m_sites.end(), [](const Site& a, const Site& b) { return a.id < b.id; });

    QHash<qint64, QString> providerCodes;
    for (const Provider& p : catalog.providers)
        providerCodes.insert(p.id, p.code);

    // Sales rows name products; when two products share a name, the oldest (lowest id) is the one meant.
    QList<Product> products = catalog.products;
    std::sort(products.begin(), products.end(), [](const Product& a, const Product& b) { return a.id < b.id; });
    QHash<qint64, std::string> nameOf;
    for (const Product& p : products) {
        const std::string name = utf8(p.name);
        if (c.m_products.find(name) != c.m_products.end())
            continue;
        ProductInfo info;
        info.id = p.id;
        info.siteId = p.siteId;
        info.vatBasisPoints = p.vatRateBasisPoints;
        c.m_products.emplace(name, std::move(info));
        nameOf.insert(p.id, name);
    }
    QList<PricePoint> points = catalog.pricePoints;
    std::sort(points.begin(), points.end(), [](const PricePoint& a, const PricePoint& b) { return a.id < b.id; });
    for (const PricePoint& p : points) {
        const auto name = nameOf.constFind(p.productId);
        if (name == nameOf.constEnd())
            continue;
        Point point;
        point.channel = utf8(Channels::id(p.channel));
        point.provider = utf8(providerCodes.value(p.providerId));
        point.currency = utf8(p.currency);
        point.kind = p.payoutKind;
        point.payoutValue = p.payoutValue;
        point.billing = p.billing;
        point.buyerCharge = p.buyerChargeMinor();
        c.m_products[*name].points.push_back(std::move(point));
    }

    // The totals are rebuilt when the catalog changes (the one test every store uses) or the way they value a sale
    // does.
    c.m_fingerprint = QByteArray::number(s_valuationVersion) + ':' + CatalogJson::fingerprint(catalog);
    // The default rate values unknown products: another one rebuilds the totals (the usual one leaves the
    // fingerprint of databases written before it counted as it was).
    if (defaultVatBasisPoints != s_defaultVatBasisPoints)
        c.m_fingerprint += ":vat=" + QByteArray::number(defaultVatBasisPoints);
    return c;
}

const RevenueCatalog::ProductInfo* RevenueCatalog::product(std::string_view name) const
{
    const auto it = m_products.find(name);
    return it == m_products.end() ? nullptr : &it->second;
}

int RevenueCatalog::vatRateOf(std::string_view name) const
{
    const ProductInfo* info = product(name);
    return info ? info->vatBasisPoints : m_defaultVat;
}

qint64 RevenueCatalog::netOfVat(qint64 gross, int vatBasisPoints)
{
    // As the catalog sets VAT apart (PricePoint::vatMinor): the VAT is rounded, the net is what remains.
    if (vatBasisPoints <= 0)
        return gross;
    return gross - divideRoundHalfAwayFromZero(Int128(gross) * vatBasisPoints, 10000 + vatBasisPoints);
}

std::optional<qint64> RevenueCatalog::promisedPayout(const ProductInfo& info, const Sale& sale) const
{
    // The price point of this product on this channel; of several, the provider's own, then the one whose price is
    // what the buyer paid.
    const Point* best = nullptr;
    int bestScore = -1;
    for (const Point& p : info.points) {
        if (p.channel != sale.channel)
            continue;
        int score = 0;
        if (!sale.provider.empty() && p.provider == sale.provider)
            score += 2;
        if (p.buyerCharge == sale.gross)
            score += 1;
        if (score > bestScore) {
            best = &p;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    if (best->kind == PayoutKind::Share)
        return divideRoundHalfAwayFromZero(Int128(sale.gross) * best->payoutValue, 10000);
    // A fixed amount is in the price point's currency, for one purchase at its price.
    if (best->currency != sale.currency)
        return std::nullopt;
    if (best->billing == Billing::PerMinute && best->buyerCharge > 0)
        return divideRoundHalfAwayFromZero(Int128(best->payoutValue) * sale.gross, best->buyerCharge);
    return sale.gross < 0 ? -best->payoutValue : (sale.gross == 0 ? 0 : best->payoutValue);
}

RevenueCatalog::Value RevenueCatalog::value(const Sale& sale) const
{
    Value v;
    const ProductInfo* info = product(sale.product);
    v.siteId = info ? info->siteId : 0;
    v.netOfVat = netOfVat(sale.gross, info ? info->vatBasisPoints : m_defaultVat);
    if (sale.net) {
        v.payout = *sale.net;
        v.payoutKnown = true;
    } else if (info) {
        if (const auto promised = promisedPayout(*info, sale)) {
            v.payout = *promised;
            v.payoutKnown = true;
        }
    }
    return v;
}
