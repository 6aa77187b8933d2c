#pragma once

#include "channel.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain records of the catalog, as stored. Amounts are integer minor units of `currency`.

enum class PayoutKind { Amount, Share };
enum class Billing { OneOff, PerCall, PerMinute };
enum class AccessKind { SingleUse, Duration };

// Whom French VAT law treats as supplying the buyer, which decides what the books record as the merchant's turnover
// (docs/books.md):
//  - OperatorSupplies: the operator or aggregator sells to the buyer (art. 256 V CGI, art. 9 bis of Implementing
//    Regulation 282/2011, CJEU C-695/20 Fenix); the merchant's turnover is the reversement it is owed;
//  - MerchantSells: the merchant sells to the buyer; turnover is the buyer price and the provider's fee an expense;
//  - ByChannel: the first for audiotel, SMS, Internet+ and carrier billing, the second for cards, wallets and crypto.
enum class VatModel { ByChannel, OperatorSupplies, MerchantSells };
// Where a provider's fees are booked: banking services (627) or intermediaries' fees (622).
enum class FeeAccount { Banking, Intermediary };

// One line of a provider's tier table: what it pays the merchant for a buyer price on a channel.
struct PayoutTier
{
    Channel channel = Channel::Sms;
    qint64 priceMinor = 0; // buyer price, in the provider's payout currency
    PayoutKind payoutKind = PayoutKind::Amount;
    qint64 payoutValue = 0; // minor units, or basis points of the price for a share
    bool operator==(const PayoutTier&) const = default;
};

struct Site
{
    qint64 id = 0;
    QString name;
    QString url;
    qint64 createdUtc = 0;
    bool operator==(const Site&) const = default;
};

struct Product
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString description;
    QString vatCategory = QStringLiteral("digital");
    int vatRateBasisPoints = 2000;
    bool active = true;
    bool operator==(const Product&) const = default;
};

struct Provider
{
    qint64 id = 0;
    QString code;
    QString name;
    QList<Channel> channels;
    qint64 minPayoutMinor = 0;
    QString payoutCurrency = QStringLiteral("EUR");
    int payoutDelayDays = 30;
    int statementDay = 1;
    // The tier table, sorted by channel then price (see sortPayoutTiers()).
    QList<PayoutTier> tiers = {};
    // How the books record its sales (see VatModel).
    VatModel vatModel = VatModel::ByChannel;
    // Operator model: the reversement is stated net of VAT and the merchant invoices VAT on top of it; otherwise it
    // includes the VAT.
    bool reversementExcludesVat = false;
    // Merchant model: the account of its fees, and the VAT it invoices on them (basis points; 0: none, as for the
    // banking services art. 261 C CGI exempts).
    FeeAccount feeAccount = FeeAccount::Banking;
    int feeVatBasisPoints = 0;
    // Its auxiliary account in the books (CompAuxNum); empty: the prefix and its code (FecExport::auxiliaryAccounts).
    QString auxiliaryAccount = {};
    bool operator==(const Provider&) const = default;

    bool serves(Channel channel) const { return channels.contains(channel); }
    // The model that applies to its sales on a channel: never ByChannel.
    VatModel vatModelFor(Channel channel) const;
    // Whether the operator sells to the buyer on a channel, by its id; a channel Obole does not know: no.
    bool operatorSellsOn(const QString& channelId) const;
    // The line of the tier table for a channel and buyer price, if there is one.
    std::optional<PayoutTier> tierFor(Channel channel, qint64 priceMinor) const;
};

struct PricePoint
{
    qint64 id = 0;
    qint64 productId = 0;
    Channel channel = Channel::Sms;
    qint64 providerId = 0;
    qint64 priceMinor = 0;
    QString currency = QStringLiteral("EUR");
    PayoutKind payoutKind = PayoutKind::Share;
    qint64 payoutValue = 0; // minor units, or basis points of the price for a share
    Billing billing = Billing::OneOff;
    QString serviceNumber;   // audiotel number or SMS short code
    QString keyword;         // SMS keyword
    int mtCount = 1;         // SMS: messages sent back to the buyer
    int expectedSeconds = 0; // audiotel per minute: expected call length
    QStringList operators;   // Internet+ / carrier billing: ISPs or operators
    QString brand;           // prepaid card brand
    std::optional<qint64> minMinor;
    std::optional<qint64> maxMinor;
    QString invoiceCurrency; // crypto
    int invoiceExpiryMinutes = 0;
    QList<qint64> topUps; // wallet top-up amounts
    AccessKind accessKind = AccessKind::SingleUse;
    qint64 accessSeconds = 0;
    QString country = QStringLiteral("FR");
    bool active = true;

    // What the buyer pays for one purchase (for per-minute audiotel: the expected call).
    qint64 buyerChargeMinor() const;
    // What the merchant receives for one purchase, shares rounded half away from zero.
    qint64 payoutMinor() const;
    // The VAT included in what the buyer pays, at a rate in basis points (2000 = 20 %): charge × rate / (1 + rate),
    // rounded half away from zero. Buyer prices are VAT-inclusive.
    qint64 vatMinor(int vatRateBasisPoints) const;
    // Net revenue: the payout less the VAT set apart on the buyer's payment (see docs/price-points.md).
    qint64 netRevenueMinor(int vatRateBasisPoints) const;
    bool operator==(const PricePoint&) const = default;
};

struct ChannelRule
{
    qint64 id = 0;
    Channel channel = Channel::Sms;
    QString country = QStringLiteral("FR");
    QString label;
    QString prefix;  // number range (audiotel) or first digit of the short code (SMS); empty: any
    QString billing; // one_off, per_call, per_minute; empty: any
    QString currency = QStringLiteral("EUR");
    std::optional<qint64> minMinor;
    std::optional<qint64> maxMinor;
    QList<qint64> allowedMinor; // fixed tiers; empty: any amount within min/max
    std::optional<qint64> monthlyMaxMinor;
    std::optional<qint64> storedMaxMinor;
    QDate effectiveFrom;
    std::optional<QDate> effectiveTo;
    QString source;
    bool operator==(const ChannelRule&) const = default;

    bool isInForceOn(QDate date) const;
};

struct Catalog
{
    QList<Site> sites;
    QList<Product> products;
    QList<Provider> providers;
    QList<PricePoint> pricePoints;
    QList<ChannelRule> rules;
    bool operator==(const Catalog&) const = default;
};

// Text forms used in the database and in catalog files.
// Puts a tier table in its canonical order: channel (in Channels::all() order), then price.
void sortPayoutTiers(QList<PayoutTier>& tiers);

namespace CatalogText {
QString payoutKind(PayoutKind kind);
std::optional<PayoutKind> payoutKindFrom(QStringView text);
QString billing(Billing billing);
std::optional<Billing> billingFrom(QStringView text);
QString accessKind(AccessKind kind);
std::optional<AccessKind> accessKindFrom(QStringView text);
QString vatModel(VatModel model); // by_channel, operator, merchant
std::optional<VatModel> vatModelFrom(QStringView text);
QString feeAccount(FeeAccount account); // banking, intermediary
std::optional<FeeAccount> feeAccountFrom(QStringView text);
QString joinAmounts(const QList<qint64>& amounts);
std::optional<QList<qint64>> splitAmounts(QStringView text);
} // namespace CatalogText
