#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractTableModel>

// The shared part of the catalog's entity models (sites, products, providers, rules): each shows one list of a
// catalog, given whole with setCatalog(), and names its columns with an enum Column.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableModel)
public:
    explicit CatalogTableModel(int columns, QObject* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    const Catalog& catalog() const { return m_catalog; }
    // The row of the record with this id, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    virtual int recordCount() const = 0;
    virtual qint64 idAt(int row) const = 0;
    Catalog m_catalog;

private:
    int m_columns;
};
