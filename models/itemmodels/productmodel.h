#pragma once

#include "catalogtablemodel.h"

// The catalog's products: name, site, description, VAT, how many price points, active or not.
class ProductModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductModel)
public:
    enum Column {
        NameColumn,
        SiteColumn,
        DescriptionColumn,
        VatCategoryColumn,
        VatRateColumn,
        PricePointsColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit ProductModel(QObject* parent = nullptr) : CatalogTableModel(ColumnCount, parent) {}
    const Product& product(int row) const { return m_catalog.products.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_catalog.products.size()); }
    qint64 idAt(int row) const override { return m_catalog.products.at(row).id; }
};
