#include "channel.h"

namespace {
struct ChannelInfo
{
    Channel channel;
    const char* id;
    const char* frenchName;
};

constexpr ChannelInfo s_channels[] = {
    {Channel::Audiotel, "audiotel", "Audiotel, numéro surtaxé"},
    {Channel::Sms, "sms", "SMS+ surtaxé"},
    {Channel::InternetPlus, "internet_plus", "Internet+ (facture FAI)"},
    {Channel::CarrierBilling, "carrier_billing", "Facture opérateur mobile (MPME)"},
    {Channel::PrepaidCard, "prepaid_card", "Carte prépayée"},
    {Channel::Crypto, "crypto", "Bitcoin / Lightning"},
    {Channel::Wallet, "wallet", "Porte-monnaie (regroupement)"},
};
} // namespace

const QList<Channel>& Channels::all()
{
    static const QList<Channel> list = [] {
        QList<Channel> l;
        for (const auto& info : s_channels)
            l.append(info.channel);
        return l;
    }();
    return list;
}

QString Channels::id(Channel channel)
{
    return QString::fromLatin1(s_channels[int(channel)].id);
}

std::optional<Channel> Channels::fromId(QStringView id)
{
    for (const auto& info : s_channels) {
        if (id == QLatin1StringView(info.id))
            return info.channel;
    }
    return std::nullopt;
}

QString Channels::frenchName(Channel channel)
{
    return QString::fromUtf8(s_channels[int(channel)].frenchName);
}

QString Channels::displayNameOf(const QString& id)
{
    const auto channel = fromId(id);
    return channel ? displayName(*channel) : id;
}

QString Channels::displayName(Channel channel)
{
    switch (channel) {
    case Channel::Audiotel:
        return tr("Premium-rate number (Audiotel)");
    case Channel::Sms:
        return tr("Premium SMS (SMS+)");
    case Channel::InternetPlus:
        return tr("Internet+ (ISP billing)");
    case Channel::CarrierBilling:
        return tr("Mobile carrier billing");
    case Channel::PrepaidCard:
        return tr("Prepaid card");
    case Channel::Crypto:
        return tr("Bitcoin / Lightning");
    case Channel::Wallet:
        return tr("Pre-funded wallet");
    }
    return {};
}

QString Channels::shortName(Channel channel)
{
    switch (channel) {
    case Channel::Audiotel:
        //: Short name of premium-rate phone numbers, for column titles.
        return tr("Audiotel");
    case Channel::Sms:
        return tr("SMS+");
    case Channel::InternetPlus:
        return tr("Internet+");
    case Channel::CarrierBilling:
        //: Short name of mobile carrier billing, for column titles.
        return tr("Carrier");
    case Channel::PrepaidCard:
        return tr("Prepaid card");
    case Channel::Crypto:
        return tr("Crypto");
    case Channel::Wallet:
        return tr("Wallet");
    }
    return {};
}
