#pragma once

#include "catalogtablemodel.h"

// The catalog's sites: name, address, how many products, when created.
class SiteModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteModel)
public:
    enum Column { NameColumn, UrlColumn, ProductsColumn, CreatedColumn, ColumnCount };

    explicit SiteModel(QObject* parent = nullptr) : CatalogTableModel(ColumnCount, parent) {}
    const Site& site(int row) const { return m_catalog.sites.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_catalog.sites.size()); }
    qint64 idAt(int row) const override { return m_catalog.sites.at(row).id; }
};
