#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The seven payment channels of the field. Their ids are stable: they appear in files, profiles and the CLI.
enum class Channel { Audiotel, Sms, InternetPlus, CarrierBilling, PrepaidCard, Crypto, Wallet };

class Channels final
{
    Q_DECLARE_TR_FUNCTIONS(Channels)
public:
    static const QList<Channel>& all();
    static QString id(Channel channel);
    static std::optional<Channel> fromId(QStringView id);
    // The name people in the trade use, in the UI language.
    static QString displayName(Channel channel);
    // The display name of a channel id as stored; an id Obole does not know is shown as it is.
    static QString displayNameOf(const QString& id);
    // A short name for column titles and narrow places ("SMS+", "Carrier").
    static QString shortName(Channel channel);
    // The French name, as written on statements and in the design.
    static QString frenchName(Channel channel);
};
