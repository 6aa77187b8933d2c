#include "productmodel.h"

#include "roles.h"

#include <QLocale>

QVariant ProductModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Product& p = product(index.row());
    if (role == ModelRoles::IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == VatRateColumn || index.column() == PricePointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const bool raw = role == ModelRoles::RawValueRole;
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case SiteColumn:
        for (const Site& s : m_catalog.sites) {
            if (s.id == p.siteId)
                return s.name;
        }
        return {};
    case DescriptionColumn:
        return p.description;
    case VatCategoryColumn:
        return p.vatCategory;
    case VatRateColumn:
        if (raw)
            return p.vatRateBasisPoints;
        return tr("%1 %").arg(QLocale().toString(p.vatRateBasisPoints / 100.0, 'f', 2));
    case PricePointsColumn: {
        int n = 0;
        for (const PricePoint& pp : m_catalog.pricePoints)
            n += pp.productId == p.id ? 1 : 0;
        return raw ? QVariant(n) : QVariant(QLocale().toString(n));
    }
    case ActiveColumn:
        if (raw)
            return p.active;
        return p.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant ProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Product");
    case SiteColumn:
        return tr("Site");
    case DescriptionColumn:
        return tr("Description");
    case VatCategoryColumn:
        return tr("VAT category");
    case VatRateColumn:
        return tr("VAT rate");
    case PricePointsColumn:
        return tr("Price points");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}
