#include "catalogtypes.h"

#include "money/money.h"

#include <algorithm>

qint64 PricePoint::buyerChargeMinor() const
{
    if (billing == Billing::PerMinute && expectedSeconds > 0)
        return divideRoundHalfAwayFromZero(Int128(priceMinor) * expectedSeconds, 60);
    return priceMinor;
}

qint64 PricePoint::payoutMinor() const
{
    if (payoutKind == PayoutKind::Amount)
        return payoutValue;
    return divideRoundHalfAwayFromZero(Int128(buyerChargeMinor()) * payoutValue, 10000);
}

qint64 PricePoint::vatMinor(int vatRateBasisPoints) const
{
    if (vatRateBasisPoints <= 0)
        return 0;
    return divideRoundHalfAwayFromZero(Int128(buyerChargeMinor()) * vatRateBasisPoints, 10000 + vatRateBasisPoints);
}

qint64 PricePoint::netRevenueMinor(int vatRateBasisPoints) const
{
    return payoutMinor() - vatMinor(vatRateBasisPoints);
}

std::optional<PayoutTier> Provider::tierFor(Channel channel, qint64 priceMinor) const
{
    for (const PayoutTier& t : tiers) {
        if (t.channel == channel && t.priceMinor == priceMinor)
            return t;
    }
    return std::nullopt;
}

VatModel Provider::vatModelFor(Channel channel) const
{
    if (vatModel != VatModel::ByChannel)
        return vatModel;
    switch (channel) {
    case Channel::Audiotel:
    case Channel::Sms:
    case Channel::InternetPlus:
    case Channel::CarrierBilling:
        return VatModel::OperatorSupplies;
    case Channel::PrepaidCard:
    case Channel::Crypto:
    case Channel::Wallet:
        break;
    }
    return VatModel::MerchantSells;
}

bool Provider::operatorSellsOn(const QString& channelId) const
{
    const std::optional<Channel> channel = Channels::fromId(channelId);
    return channel && vatModelFor(*channel) == VatModel::OperatorSupplies;
}

void sortPayoutTiers(QList<PayoutTier>& tiers)
{
    std::sort(tiers.begin(), tiers.end(), [](const PayoutTier& a, const PayoutTier& b) {
        if (a.channel != b.channel)
            return int(a.channel) < int(b.channel);
        return a.priceMinor < b.priceMinor;
    });
}

bool ChannelRule::isInForceOn(QDate date) const
{
    if (effectiveFrom.isValid() && date < effectiveFrom)
        return false;
    return !effectiveTo || date <= *effectiveTo;
}

namespace CatalogText {

QString payoutKind(PayoutKind kind)
{
    return kind == PayoutKind::Amount ? QStringLiteral("amount") : QStringLiteral("share");
}

std::optional<PayoutKind> payoutKindFrom(QStringView text)
{
    if (text == u"amount")
        return PayoutKind::Amount;
    if (text == u"share")
        return PayoutKind::Share;
    return std::nullopt;
}

QString billing(Billing b)
{
    switch (b) {
    case Billing::PerCall:
        return QStringLiteral("per_call");
    case Billing::PerMinute:
        return QStringLiteral("per_minute");
    case Billing::OneOff:
        break;
    }
    return QStringLiteral("one_off");
}

std::optional<Billing> billingFrom(QStringView text)
{
    if (text == u"one_off")
        return Billing::OneOff;
    if (text == u"per_call")
        return Billing::PerCall;
    if (text == u"per_minute")
        return Billing::PerMinute;
    return std::nullopt;
}

QString accessKind(AccessKind kind)
{
    return kind == AccessKind::Duration ? QStringLiteral("duration") : QStringLiteral("single");
}

std::optional<AccessKind> accessKindFrom(QStringView text)
{
    if (text == u"single")
        return AccessKind::SingleUse;
    if (text == u"duration")
        return AccessKind::Duration;
    return std::nullopt;
}

QString vatModel(VatModel model)
{
    switch (model) {
    case VatModel::OperatorSupplies:
        return QStringLiteral("operator");
    case VatModel::MerchantSells:
        return QStringLiteral("merchant");
    case VatModel::ByChannel:
        break;
    }
    return QStringLiteral("by_channel");
}

std::optional<VatModel> vatModelFrom(QStringView text)
{
    for (VatModel m : {VatModel::ByChannel, VatModel::OperatorSupplies, VatModel::MerchantSells}) {
        if (text == vatModel(m))
            return m;
    }
    return std::nullopt;
}

QString feeAccount(FeeAccount account)
{
    return account == FeeAccount::Intermediary ? QStringLiteral("intermediary") : QStringLiteral("banking");
}

std::optional<FeeAccount> feeAccountFrom(QStringView text)
{
    if (text == u"banking")
        return FeeAccount::Banking;
    if (text == u"intermediary")
        return FeeAccount::Intermediary;
    return std::nullopt;
}

QString joinAmounts(const QList<qint64>& amounts)
{
    QStringList parts;
    for (qint64 a : amounts)
        parts.append(QString::number(a));
    return parts.join(u',');
}

std::optional<QList<qint64>> splitAmounts(QStringView text)
{
    QList<qint64> out;
    if (text.trimmed().isEmpty())
        return out;
    for (QStringView part : text.split(u',')) {
        bool ok = false;
        const qint64 v = part.trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        out.append(v);
    }
    return out;
}

} // namespace CatalogText
