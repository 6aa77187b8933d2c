#include "catalogvalidator.h"

#include "money/money.h"
#include "rulechecker.h"

namespace {

template <typename T> const T* byId(const QList<T>& list, qint64 id)
{
    for (const T& r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

bool CatalogValidator::isCountryCode(const QString& code)
{
    if (code.size() != 2)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

QStringList CatalogValidator::problems(const Site& site, const Catalog& catalog)
{
    QStringList out;
    if (site.name.trimmed().isEmpty())
        out.append(tr("The site needs a name."));
    for (const Site& other : catalog.sites) {
        if (other.id != site.id && other.name.trimmed().compare(site.name.trimmed(), Qt::CaseInsensitive) == 0)
            out.append(tr("Another site is already called \"%1\".").arg(site.name.trimmed()));
    }
    if (!site.url.isEmpty() && !site.url.startsWith(u"https://") && !site.url.startsWith(u"http://"))
        out.append(tr("The address must start with https:// or http://."));
    return out;
}

QStringList CatalogValidator::problems(const Product& product, const Catalog& catalog)
{
    QStringList out;
    if (product.name.trimmed().isEmpty())
        out.append(tr("The product needs a name."));
    if (!byId(catalog.sites, product.siteId))
        out.append(tr("Choose the site the product is sold on."));
    if (product.vatRateBasisPoints < 0 || product.vatRateBasisPoints > 10000)
        out.append(tr("The VAT rate must be between 0 % and 100 %."));
    if (product.vatCategory.trimmed().isEmpty())
        out.append(tr("The product needs a VAT category."));
    return out;
}

QStringList CatalogValidator::problems(const Provider& provider, const Catalog& catalog)
{
    QStringList out;
    if (provider.name.trimmed().isEmpty())
        out.append(tr("The provider needs a name."));
    if (provider.code.trimmed().isEmpty())
        out.append(tr("The provider needs a code (used in statements and imports)."));
    for (const Provider& other : catalog.providers) {
        if (other.id != provider.id && other.code == provider.code && !provider.code.isEmpty())
            out.append(tr("Another provider already has the code \"%1\".").arg(provider.code));
    }
    if (!Money::isCurrencyCode(provider.payoutCurrency))
        out.append(tr("\"%1\" is not a currency code such as EUR.").arg(provider.payoutCurrency));
    if (provider.minPayoutMinor < 0)
        out.append(tr("The minimum payout cannot be negative."));
    if (provider.payoutDelayDays < 0)
        out.append(tr("The payout delay cannot be negative."));
    if (provider.statementDay < 1 || provider.statementDay > 31)
        out.append(tr("The statement day is a day of the month, 1 to 31."));
    if (provider.feeVatBasisPoints < 0 || provider.feeVatBasisPoints > 10000)
        out.append(tr("The VAT rate on the provider's fees must be between 0 % and 100 %."));
    if (!provider.auxiliaryAccount.isEmpty()) {
        bool plain = provider.auxiliaryAccount.size() <= 20;
        for (QChar c : provider.auxiliaryAccount)
            plain = plain && c.unicode() < 128 && c.isLetterOrNumber();
        if (!plain)
            out.append(tr("The auxiliary account \"%1\" must be letters and digits only, 20 at most.")
                           .arg(provider.auxiliaryAccount));
        for (const Provider& other : catalog.providers) {
            if (other.id != provider.id && other.auxiliaryAccount == provider.auxiliaryAccount)
                out.append(tr("The provider %1 has the auxiliary account %2 already.")
                               .arg(other.name, provider.auxiliaryAccount));
        }
    }
    for (const PayoutTier& t : provider.tiers) {
        if (!provider.serves(t.channel))
            out.append(tr("The tier table has a line for %1, a channel the provider does not serve.")
                           .arg(Channels::displayName(t.channel)));
        if (t.priceMinor <= 0)
            out.append(tr("A line of the tier table needs a buyer price above zero."));
        if (t.payoutKind == PayoutKind::Share && (t.payoutValue < 0 || t.payoutValue > 10000))
            out.append(tr("A share in the tier table must be between 0 % and 100 %."));
        if (t.payoutKind == PayoutKind::Amount && (t.payoutValue < 0 || t.payoutValue > t.priceMinor))
            out.append(tr("A payout in the tier table must be between zero and the buyer price."));
    }
    for (qsizetype i = 0; i < provider.tiers.size(); ++i) {
        for (qsizetype j = i + 1; j < provider.tiers.size(); ++j) {
            if (provider.tiers.at(i).channel == provider.tiers.at(j).channel &&
                provider.tiers.at(i).priceMinor == provider.tiers.at(j).priceMinor)
                out.append(tr("The tier table has two lines for %1 at %2.")
                               .arg(Channels::displayName(provider.tiers.at(i).channel),
                                    Money(provider.tiers.at(i).priceMinor, provider.payoutCurrency).toPlainString()));
        }
    }
    if (const Provider* old = byId(catalog.providers, provider.id)) {
        for (const PricePoint& p : catalog.pricePoints) {
            if (p.providerId == provider.id && old->serves(p.channel) && !provider.serves(p.channel)) {
                out.append(tr("Price points on %1 use this provider: it must keep serving that channel.")
                               .arg(Channels::displayName(p.channel)));
                break;
            }
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList CatalogValidator::problems(const ChannelRule& rule, const Catalog&)
{
    QStringList out;
    if (rule.label.trimmed().isEmpty())
        out.append(tr("The rule needs a name."));
    if (rule.source.trimmed().isEmpty())
        out.append(tr("The rule needs a source (the text or terms it comes from)."));
    if (!isCountryCode(rule.country))
        out.append(tr("The country is a two-letter code such as FR."));
    if (!Money::isCurrencyCode(rule.currency))
        out.append(tr("\"%1\" is not a currency code such as EUR.").arg(rule.currency));
    if (!rule.effectiveFrom.isValid())
        out.append(tr("The rule needs the date it applies from."));
    if (rule.effectiveTo && rule.effectiveFrom.isValid() && *rule.effectiveTo < rule.effectiveFrom)
        out.append(tr("The rule cannot end before it starts."));
    if (rule.minMinor && rule.maxMinor && *rule.minMinor > *rule.maxMinor)
        out.append(tr("The minimum is above the maximum."));
    if (!rule.billing.isEmpty() && !CatalogText::billingFrom(rule.billing))
        out.append(tr("Unknown billing \"%1\".").arg(rule.billing));
    for (QChar c : rule.prefix) {
        if (!c.isDigit()) {
            out.append(tr("The number prefix holds digits only, such as 089 or 8."));
            break;
        }
    }
    if (!rule.minMinor && !rule.maxMinor && rule.allowedMinor.isEmpty() && !rule.monthlyMaxMinor &&
        !rule.storedMaxMinor)
        out.append(tr("The rule sets no limit: give a maximum, a minimum, allowed prices or a monthly cap."));
    return out;
}

QStringList CatalogValidator::problems(const PricePoint& point, const Catalog& catalog, QDate date)
{
    QStringList out;
    if (!byId(catalog.products, point.productId))
        out.append(tr("Choose the product."));
    const Provider* provider = byId(catalog.providers, point.providerId);
    if (!provider)
        out.append(tr("Choose the provider."));
    else if (!provider->serves(point.channel))
        out.append(tr("%1 does not serve %2.").arg(provider->name, Channels::displayName(point.channel)));
    if (!Money::isCurrencyCode(point.currency))
        out.append(tr("\"%1\" is not a currency code such as EUR.").arg(point.currency));
    for (const qint64 amount : {point.priceMinor, point.minMinor.value_or(0), point.maxMinor.value_or(0),
                                point.payoutKind == PayoutKind::Amount ? point.payoutValue : 0}) {
        if (!Money::withinBound(amount)) {
            out.append(tr("%1 is beyond the largest amount Obole accepts (%2 either way).")
                           .arg(Money(amount, point.currency).toPlainString(),
                                Money::boundText(Money::decimals(point.currency))));
            break;
        }
    }
    if (!isCountryCode(point.country))
        out.append(tr("The country is a two-letter code such as FR."));
    if (point.channel == Channel::Sms && point.mtCount < 1)
        out.append(tr("An SMS+ purchase sends at least one message back."));
    if (point.channel == Channel::Audiotel && point.billing == Billing::PerMinute && point.expectedSeconds <= 0)
        out.append(tr("Give the expected call length of a per-minute number."));
    if (point.channel == Channel::Crypto && point.invoiceExpiryMinutes <= 0)
        out.append(tr("A crypto invoice needs an expiry in minutes."));
    if (point.channel == Channel::PrepaidCard && point.minMinor && point.maxMinor && *point.minMinor > *point.maxMinor)
        out.append(tr("The card's minimum is above its maximum."));
    for (qint64 t : point.topUps) {
        if (t <= 0) {
            out.append(tr("Top-up amounts must be above zero."));
            break;
        }
    }
    if (point.active) {
        const RuleChecker::Verdict verdict = RuleChecker(catalog.rules).check(point, date);
        for (const auto& f : verdict.findings) {
            if (!f.respected)
                out.append(f.message);
        }
    }
    return out;
}
