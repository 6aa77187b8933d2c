#include "channelrulefiltermodel.h"

#include "channelrulemodel.h"
#include "roles.h"

ChannelRuleFilterModel::ChannelRuleFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawValueRole);
    setSortLocaleAware(true);
}

void ChannelRuleFilterModel::setChannel(std::optional<Channel> channel)
{
    m_channel = channel;
    invalidateFilter();
}

void ChannelRuleFilterModel::setCountry(const QString& country)
{
    m_country = country;
    invalidateFilter();
}

void ChannelRuleFilterModel::setInForceOnly(bool on)
{
    m_inForceOnly = on;
    invalidateFilter();
}

bool ChannelRuleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* rules = qobject_cast<const ChannelRuleModel*>(sourceModel());
    if (!rules || sourceParent.isValid())
        return true;
    const ChannelRule& r = rules->rule(sourceRow);
    if (m_channel && r.channel != *m_channel)
        return false;
    if (!m_country.isEmpty() && r.country != m_country)
        return false;
    if (m_inForceOnly && !r.isInForceOn(rules->referenceDate()))
        return false;
    return true;
}
