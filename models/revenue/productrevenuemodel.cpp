#include "productrevenuemodel.h"

#include "itemmodels/roles.h"
#include "money/money.h"

#include <QLocale>

#include <algorithm>

ProductRevenueModel::ProductRevenueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProductRevenueModel::setRevenue(const CurrencyRevenue& revenue, RevenueMeasure measure,
                                     const QHash<qint64, QString>& siteNames, int limit)
{
    beginResetModel();
    m_products = revenue.products;
    std::stable_sort(m_products.begin(), m_products.end(), [measure](const ProductRevenue& a, const ProductRevenue& b) {
        return a.total.value(measure) > b.total.value(measure);
    });
    if (m_products.size() > limit)
        m_products.resize(qMax(0, limit));
    m_currency = revenue.currency;
    m_total = revenue.total.value(measure);
    m_measure = measure;
    m_siteNames = siteNames;
    endResetModel();
}

void ProductRevenueModel::clear()
{
    beginResetModel();
    m_products.clear();
    m_total = 0;
    endResetModel();
}

int ProductRevenueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductRevenueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductRevenueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductRevenue& p = m_products.at(index.row());
    const qint64 amount = p.total.value(m_measure);
    const qint64 share = m_total == 0 ? 0 : divideRoundHalfAwayFromZero(Int128(amount) * 10000, m_total);
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        const bool text = index.column() == ProductColumn || index.column() == SiteColumn;
        return QVariant::fromValue(text ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ProductColumn:
            return p.product.isEmpty() ? tr("No product given") : p.product;
        case SiteColumn:
            return p.siteId == 0 ? tr("Not in the catalog") : m_siteNames.value(p.siteId, QString::number(p.siteId));
        case SalesColumn:
            return locale.toString(p.total.sales);
        case AmountColumn:
            return Money(amount, m_currency).toString(locale);
        case ShareColumn:
            return RevenueText::percent(share, locale);
        case ColumnCount:
            break;
        }
    }
    if (role == ModelRoles::RawValueRole) {
        switch (Column(index.column())) {
        case ProductColumn:
            return p.product;
        case SiteColumn:
            return p.siteId;
        case SalesColumn:
            return p.total.sales;
        case AmountColumn:
            return amount;
        case ShareColumn:
            return share;
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant ProductRevenueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProductColumn:
        return tr("Product");
    case SiteColumn:
        return tr("Site");
    case SalesColumn:
        return tr("Sales");
    case AmountColumn:
        return tr("Amount");
    case ShareColumn:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}
