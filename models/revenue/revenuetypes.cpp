#include "revenuetypes.h"

#include "catalog/channel.h"
#include "money/money.h"

#include <QLocale>

qint64 RevenueFigures::value(RevenueMeasure measure) const
{
    switch (measure) {
    case RevenueMeasure::Payout:
        return payout;
    case RevenueMeasure::NetOfVat:
        return netOfVat;
    case RevenueMeasure::Gross:
        break;
    }
    return gross;
}

void RevenueFigures::add(const RevenueFigures& other)
{
    sales += other.sales;
    gross += other.gross;
    payout += other.payout;
    netOfVat += other.netOfVat;
    payoutUnknown += other.payoutUnknown;
}

RevenueFigures CurrencyRevenue::bucketTotal(int bucket) const
{
    RevenueFigures sum;
    for (const ChannelRevenue& c : channels) {
        if (bucket >= 0 && bucket < c.buckets.size())
            sum.add(c.buckets.at(bucket));
    }
    return sum;
}

const ChannelRevenue* CurrencyRevenue::channel(QStringView id) const
{
    for (const ChannelRevenue& c : channels) {
        if (c.channel == id)
            return &c;
    }
    return nullptr;
}

const CurrencyRevenue* RevenueData::currency(QStringView code) const
{
    for (const CurrencyRevenue& c : currencies) {
        if (c.currency == code)
            return &c;
    }
    return nullptr;
}

std::optional<qint64> revenueChangeBasisPoints(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    const Int128 difference = Int128(current) - previous;
    return divideRoundHalfAwayFromZero(difference * 10000, previous < 0 ? -previous : previous);
}

QString RevenueText::measureName(RevenueMeasure measure)
{
    switch (measure) {
    case RevenueMeasure::Payout:
        return tr("Payout");
    case RevenueMeasure::NetOfVat:
        return tr("Net of VAT");
    case RevenueMeasure::Gross:
        break;
    }
    return tr("Gross (buyer price)");
}

QString RevenueText::bucketName(RevenueBucket bucket)
{
    switch (bucket) {
    case RevenueBucket::Hour:
        return tr("By hour");
    case RevenueBucket::Week:
        return tr("By week");
    case RevenueBucket::Month:
        return tr("By month");
    case RevenueBucket::Day:
        break;
    }
    return tr("By day");
}

QString RevenueText::channelName(QStringView channel)
{
    if (const auto known = Channels::fromId(channel))
        return Channels::displayName(*known);
    if (channel.isEmpty())
        return tr("No channel given");
    return channel.toString();
}

QString RevenueText::channelShortName(QStringView channel)
{
    const auto known = Channels::fromId(channel);
    if (!known)
        return channelName(channel);
    switch (*known) {
    case Channel::Audiotel:
        return tr("Audiotel", "short channel name");
    case Channel::Sms:
        return tr("SMS+", "short channel name");
    case Channel::InternetPlus:
        return tr("Internet+", "short channel name");
    case Channel::CarrierBilling:
        return tr("Carrier billing", "short channel name");
    case Channel::PrepaidCard:
        return tr("Prepaid card", "short channel name");
    case Channel::Crypto:
        return tr("Crypto", "short channel name");
    case Channel::Wallet:
        break;
    }
    return tr("Wallet", "short channel name");
}

QString RevenueText::percent(qint64 basisPoints, const QLocale& locale)
{
    // One decimal: basis points / 10, rounded half away from zero, shown with the locale's digits and mark.
    const qint64 tenths = divideRoundHalfAwayFromZero(basisPoints, 10);
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    const QString digits = locale.toString(magnitude / 10) + locale.decimalPoint() + locale.toString(magnitude % 10);
    return tr("%1%", "percentage; %1 is the number").arg(tenths < 0 ? locale.negativeSign() + digits : digits);
}

QString RevenueText::change(qint64 current, qint64 previous, const QLocale& locale)
{
    if (previous == 0)
        return current == 0 ? tr("no change") : tr("new", "no sales in the previous period to compare with");
    const qint64 basisPoints = *revenueChangeBasisPoints(current, previous);
    const QString shown = percent(basisPoints, locale);
    return basisPoints > 0 ? locale.positiveSign() + shown : shown;
}
