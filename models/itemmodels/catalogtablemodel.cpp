#include "catalogtablemodel.h"

CatalogTableModel::CatalogTableModel(int columns, QObject* parent) : QAbstractTableModel(parent), m_columns(columns) {}

void CatalogTableModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

int CatalogTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}
