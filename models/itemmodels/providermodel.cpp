#include "providermodel.h"

#include "money/money.h"
#include "roles.h"

#include <QLocale>

QVariant ProviderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Provider& p = provider(index.row());
    if (role == ModelRoles::IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= MinPayoutColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const bool raw = role == ModelRoles::RawValueRole;
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case CodeColumn:
        return p.code;
    case ChannelsColumn: {
        QStringList names;
        for (Channel c : p.channels)
            names.append(Channels::displayName(c));
        return names.join(QStringLiteral(", "));
    }
    case MinPayoutColumn:
        return raw ? QVariant(p.minPayoutMinor) : QVariant(Money(p.minPayoutMinor, p.payoutCurrency).toString(locale));
    case DelayColumn:
        return raw ? QVariant(p.payoutDelayDays) : QVariant(tr("%n day(s)", nullptr, p.payoutDelayDays));
    case StatementDayColumn:
        return raw ? QVariant(p.statementDay) : QVariant(locale.toString(p.statementDay));
    case TiersColumn:
        return raw ? QVariant(int(p.tiers.size())) : QVariant(locale.toString(p.tiers.size()));
    default:
        return {};
    }
}

QVariant ProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Provider");
    case CodeColumn:
        return tr("Code");
    case ChannelsColumn:
        return tr("Channels");
    case MinPayoutColumn:
        return tr("Minimum payout");
    case DelayColumn:
        return tr("Payout delay");
    case StatementDayColumn:
        return tr("Statement day");
    case TiersColumn:
        return tr("Tier lines");
    default:
        return {};
    }
}
