#include "pricepointdefaults.h"

#include "rulechecker.h"

#include <algorithm>

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

    // The provider's own lines first, then the usual price, then the edges of what the rules allow. Only the rules
    // are asked: what the user still has to give (a number, a short code, a keyword) is left to the dialog.
    const RuleChecker checker(catalog.rules);
    const QList<ChannelRule> rules = checker.applicableRules(p, date);
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
    const auto allowed = [&](qint64 price) {
        PricePoint candidate = p;
        candidate.priceMinor = price;
        const RuleChecker::Verdict verdict = checker.check(candidate, date);
        return price > 0 && std::none_of(verdict.findings.cbegin(), verdict.findings.cend(),
                                         [](const auto& f) { return !f.respected && !f.ruleLabel.isEmpty(); });
    };
    const auto chosen = std::find_if(candidates.cbegin(), candidates.cend(), allowed);
    p.priceMinor = chosen != candidates.cend() ? *chosen : 0;

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
