#include "channelrulemodel.h"

#include "catalog/channelruletext.h"
#include "money/money.h"
#include "roles.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {
QString amount(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString(QLocale());
}
} // namespace

void ChannelRuleModel::setReferenceDate(QDate date)
{
    m_date = date;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ChannelRuleModel::limits(const ChannelRule& r)
{
    QStringList parts;
    if (r.minMinor && r.maxMinor)
        parts.append(tr("%1 to %2").arg(amount(*r.minMinor, r.currency), amount(*r.maxMinor, r.currency)));
    else if (r.maxMinor)
        parts.append(tr("at most %1").arg(amount(*r.maxMinor, r.currency)));
    else if (r.minMinor)
        parts.append(tr("at least %1").arg(amount(*r.minMinor, r.currency)));
    if (!r.allowedMinor.isEmpty()) {
        QStringList tiers;
        for (qint64 t : r.allowedMinor)
            tiers.append(amount(t, r.currency));
        parts.append(tr("allowed prices %1").arg(tiers.join(QStringLiteral(", "))));
    }
    if (r.monthlyMaxMinor)
        parts.append(tr("at most %1 a month per buyer").arg(amount(*r.monthlyMaxMinor, r.currency)));
    if (r.storedMaxMinor)
        parts.append(tr("at most %1 stored").arg(amount(*r.storedMaxMinor, r.currency)));
    return parts.join(QStringLiteral("; "));
}

QString ChannelRuleModel::appliesTo(const ChannelRule& r)
{
    QString billing;
    if (r.billing == u"per_call")
        billing = tr("per call");
    else if (r.billing == u"per_minute")
        billing = tr("per minute");
    else if (r.billing == u"one_off")
        billing = tr("one-off purchase");
    if (r.prefix.isEmpty())
        return billing.isEmpty() ? tr("every price point") : billing;
    const QString range =
        r.channel == Channel::Sms ? tr("short codes %1xxxx").arg(r.prefix) : tr("numbers %1…").arg(r.prefix);
    return billing.isEmpty() ? range : tr("%1, %2").arg(range, billing);
}

QVariant ChannelRuleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChannelRule& r = rule(index.row());
    const bool inForce = r.isInForceOn(m_date);
    if (role == ModelRoles::IdRole)
        return r.id;
    if (role == InForceRole)
        return inForce;
    if (role == Qt::ForegroundRole && !inForce)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        // The long columns may be cut in a table: their whole text.
        switch (index.column()) {
        case ChannelColumn:
            return Channels::displayName(r.channel);
        case LabelColumn:
            return ChannelRuleText::label(r.label);
        case AppliesToColumn:
            return appliesTo(r);
        case LimitsColumn:
            return limits(r);
        case SourceColumn:
            return ChannelRuleText::source(r.source);
        default:
            return {};
        }
    }
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case ChannelColumn:
            return int(r.channel);
        case FromColumn:
            return r.effectiveFrom;
        case ToColumn:
            return r.effectiveTo ? QVariant(*r.effectiveTo) : QVariant();
        case StatusColumn:
            return inForce;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ChannelColumn:
        return Channels::shortName(r.channel);
    case CountryColumn:
        return r.country;
    case LabelColumn:
        return ChannelRuleText::label(r.label);
    case AppliesToColumn:
        return appliesTo(r);
    case LimitsColumn:
        return limits(r);
    case FromColumn:
        return locale.toString(r.effectiveFrom, QLocale::ShortFormat);
    case ToColumn:
        return r.effectiveTo ? locale.toString(*r.effectiveTo, QLocale::ShortFormat) : tr("no end");
    case StatusColumn:
        if (inForce)
            return tr("In force");
        return r.effectiveFrom.isValid() && m_date < r.effectiveFrom ? tr("Not yet in force") : tr("Ended");
    case SourceColumn:
        return ChannelRuleText::source(r.source);
    default:
        return {};
    }
}

QVariant ChannelRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case CountryColumn:
        return tr("Country");
    case LabelColumn:
        return tr("Rule");
    case AppliesToColumn:
        return tr("Applies to");
    case LimitsColumn:
        return tr("Limits");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}
