#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Database;

// What the revenue figures take from the catalog to value one sales row: the product's site and VAT rate (the
// product is found by its name, as sales rows give it) and, when the row does not state the provider's net, the
// payout its price point promises. Lookups take UTF-8 views so millions of rows are valued without allocating.
class RevenueCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueCatalog)
public:
    // The VAT rate of a product Obole does not know when the accounting settings set none (France, digital
    // services).
    static constexpr int s_defaultVatBasisPoints = 2000;

    struct Sale
    {
        std::string_view provider; // may be empty: sales logs often do not name the provider
        std::string_view channel;
        std::string_view product;
        std::string_view currency;
        qint64 gross = 0;
        std::optional<qint64> net;
    };
    struct Value
    {
        qint64 siteId = 0; // 0: the product is not in the catalog
        qint64 payout = 0;
        bool payoutKnown = false;
        qint64 netOfVat = 0;
    };

    RevenueCatalog() = default;
    // The catalog, and the VAT rate of unknown products from the accounting settings, so the Revenue page and the
    // reports count them alike.
    static Result<RevenueCatalog> load(Database& db);
    static RevenueCatalog fromCatalog(const Catalog& catalog, int defaultVatBasisPoints = s_defaultVatBasisPoints);

    Value value(const Sale& sale) const;
    // The product's rate, or the default one for a product the catalog does not know.
    int vatRateOf(std::string_view product) const;
    const QList<Site>& sites() const { return m_sites; }
    // Changes whenever something value() depends on changes (stored totals are rebuilt then).
    const QByteArray& fingerprint() const { return m_fingerprint; }

    // gross less the VAT it includes, the VAT being gross × rate / (10000 + rate) rounded half away from zero, as
    // the catalog computes it for a price point.
    static qint64 netOfVat(qint64 gross, int vatBasisPoints);

private:
    struct Point
    {
        std::string channel;
        std::string provider;
        std::string currency;
        PayoutKind kind = PayoutKind::Share;
        qint64 payoutValue = 0;
        Billing billing = Billing::OneOff;
        qint64 buyerCharge = 0;
    };
    struct ProductInfo
    {
        qint64 id = 0;
        qint64 siteId = 0;
        int vatBasisPoints = s_defaultVatBasisPoints;
        std::vector<Point> points;
    };
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    const ProductInfo* product(std::string_view name) const;
    std::optional<qint64> promisedPayout(const ProductInfo& product, const Sale& sale) const;

    std::unordered_map<std::string, ProductInfo, Hash, std::equal_to<>> m_products;
    QList<Site> m_sites;
    QByteArray m_fingerprint;
    int m_defaultVat = s_defaultVatBasisPoints;
};
