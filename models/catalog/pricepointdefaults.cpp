#include "pricepointdefaults.h"

#include "rulechecker.h"

namespace {

// Whether the rules that do not depend on a number or short code allow a price.
bool allowed(const QList<ChannelRule>& rules, const PricePoint& point, qint64 priceMinor)
{
    for (const ChannelRule& rule : rules) {
        if (rule.currency != point.currency)
            return false;
        if (!rule.allowedMinor.isEmpty() && !rule.allowedMinor.contains(priceMinor))
            return false;
        if ((rule.minMinor && priceMinor < *rule.minMinor) || (rule.maxMinor && priceMinor > *rule.maxMinor))
            return false;
    }
    return priceMinor > 0;
}

} // namespace

namespace PricePointDefaults {

qint64 usualPriceMinor(Channel channel)
{
    switch (channel) {
    case Channel::Audiotel:
        return 299; // a call to an 089x number, under its 3.00 cap
    case Channel::Sms:
        return 300; // an 8xxxx short code tier
    case Channel::InternetPlus:
    case Channel::CarrierBilling:
        return 300;
    case Channel::PrepaidCard:
    case Channel::Crypto:
        return 500;
    case Channel::Wallet:
        return 100;
    }
    return 300;
}

PricePoint make(const Catalog& catalog, qint64 productId, Channel channel, QDate date)
{
    PricePoint p;
    p.productId = productId;
    p.channel = channel;
    const Provider* provider = nullptr;
    for (const Provider& candidate : catalog.providers) {
        if (candidate.serves(channel)) {
            provider = &candidate;
            break;
        }
    }
    if (provider)
        p.providerId = provider->id;
    switch (channel) {
    case Channel::Audiotel:
        p.billing = Billing::PerCall;
        break;
    case Channel::PrepaidCard:
        p.brand = QStringLiteral("paysafecard");
        break;
    case Channel::Crypto:
        p.invoiceCurrency = QStringLiteral("BTC");
        p.invoiceExpiryMinutes = 15;
        break;
    case Channel::Wallet:
        p.topUps = {500, 1000, 2000};
        break;
    default:
        break;
    }

    // The provider's own lines first, then the usual price, then the edges of what the rules allow.
    const QList<ChannelRule> rules = RuleChecker(catalog.rules).applicableRules(p, date);
    QList<qint64> candidates;
    if (provider && provider->payoutCurrency == p.currency) {
        for (const PayoutTier& tier : provider->tiers) {
            if (tier.channel == channel)
                candidates.append(tier.priceMinor);
        }
    }
    candidates.append(usualPriceMinor(channel));
    for (const ChannelRule& rule : rules) {
        candidates += rule.allowedMinor;
        if (rule.maxMinor)
            candidates.append(*rule.maxMinor);
        if (rule.minMinor)
            candidates.append(*rule.minMinor);
    }
    p.priceMinor = 0;
    for (qint64 price : std::as_const(candidates)) {
        if (allowed(rules, p, price)) {
            p.priceMinor = price;
            break;
        }
    }

    p.payoutKind = PayoutKind::Share;
    p.payoutValue = 5000;
    if (provider && provider->payoutCurrency == p.currency && p.priceMinor > 0) {
        if (const auto tier = provider->tierFor(channel, p.priceMinor)) {
            p.payoutKind = tier->payoutKind;
            p.payoutValue = tier->payoutValue;
        }
    }
    return p;
}

} // namespace PricePointDefaults
