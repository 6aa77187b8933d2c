#include "pricematrixfiltermodel.h"

#include "pricematrixmodel.h"
#include "roles.h"

PriceMatrixFilterModel::PriceMatrixFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawValueRole);
    setSortLocaleAware(true);
}

void PriceMatrixFilterModel::setSiteId(qint64 siteId)
{
    m_siteId = siteId;
    invalidateFilter();
}

void PriceMatrixFilterModel::setNameFilter(const QString& text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

void PriceMatrixFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool PriceMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex product = model->index(sourceRow, PriceMatrixModel::ProductColumn, sourceParent);
    if (m_siteId != 0 && product.data(PriceMatrixModel::SiteIdRole).toLongLong() != m_siteId)
        return false;
    if (!m_name.isEmpty() && !product.data().toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (m_problemsOnly) {
        for (int column = PriceMatrixModel::FirstChannelColumn; column < PriceMatrixModel::ColumnCount; ++column) {
            const int status =
                model->index(sourceRow, column, sourceParent).data(PriceMatrixModel::CellStatusRole).toInt();
            if (status == PriceMatrixModel::BreaksRule || status == PriceMatrixModel::Missing)
                return true;
        }
        return false;
    }
    return true;
}
