#pragma once

#include "revenuetypes.h"

#include <QAbstractTableModel>
#include <QHash>

// The best-selling products of one currency for the period, by the chosen measure (at most `limit` of them), with
// their site, number of sales, amount and share of the period's total.
class ProductRevenueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductRevenueModel)
public:
    enum Column { ProductColumn, SiteColumn, SalesColumn, AmountColumn, ShareColumn, ColumnCount };

    explicit ProductRevenueModel(QObject* parent = nullptr);

    // siteNames: site id -> name; a product of no known site shows "Not in the catalog".
    void setRevenue(const CurrencyRevenue& revenue, RevenueMeasure measure, const QHash<qint64, QString>& siteNames,
                    int limit = 10);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductRevenue> m_products;
    QString m_currency;
    qint64 m_total = 0;
    RevenueMeasure m_measure = RevenueMeasure::Gross;
    QHash<qint64, QString> m_siteNames;
};
