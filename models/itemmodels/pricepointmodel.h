#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractTableModel>
#include <QHash>

// The price points of a catalog, one a row, with product, channel, provider, price, payout and access.
class PricePointModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePointModel)
public:
    enum Column {
        ProductColumn,
        ChannelColumn,
        ProviderColumn,
        PriceColumn,
        PayoutColumn,
        AccessColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit PricePointModel(QObject* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    const PricePoint& pricePoint(int row) const { return m_catalog.pricePoints.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Catalog m_catalog;
    QHash<qint64, QString> m_productNames;
    QHash<qint64, QString> m_providerNames;
};
