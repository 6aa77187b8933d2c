#pragma once

#include "revenuetypes.h"

#include <QAbstractTableModel>

// The channels of one currency for the period: amount, share, the previous period's amount and the change.
// DisplayRole is formatted in the locale, ModelRoles::RawValueRole carries minor units or basis points, and the
// channel column's DecorationRole is the channel's chart colour.
class ChannelRevenueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelRevenueModel)
public:
    enum Column { ChannelColumn, AmountColumn, ShareColumn, SalesColumn, PreviousColumn, ChangeColumn, ColumnCount };

    explicit ChannelRevenueModel(QObject* parent = nullptr);

    void setRevenue(const CurrencyRevenue& revenue, RevenueMeasure measure);
    void clear();
    QString channelAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 shareBasisPoints(const ChannelRevenue& channel) const;

    CurrencyRevenue m_revenue;
    RevenueMeasure m_measure = RevenueMeasure::Gross;
};
