#pragma once

#include "catalog/channel.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters channel rules by channel, by country, and to those in force at the model's reference date.
class ChannelRuleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelRuleFilterModel)
public:
    explicit ChannelRuleFilterModel(QObject* parent = nullptr);

    void setChannel(std::optional<Channel> channel);
    void setCountry(const QString& country); // empty: every country
    void setInForceOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Channel> m_channel;
    QString m_country;
    bool m_inForceOnly = false;
};
