#include "sitemodel.h"

#include "roles.h"

#include <QDateTime>
#include <QLocale>

QVariant SiteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Site& s = site(index.row());
    if (role == ModelRoles::IdRole)
        return s.id;
    int products = 0;
    if (index.column() == ProductsColumn && (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)) {
        for (const Product& p : m_catalog.products)
            products += p.siteId == s.id ? 1 : 0;
    }
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case ProductsColumn:
            return products;
        case CreatedColumn:
            return s.createdUtc;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == ProductsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case UrlColumn:
        return s.url;
    case ProductsColumn:
        return QLocale().toString(products);
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(s.createdUtc).toLocalTime().date(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Site");
    case UrlColumn:
        return tr("Address");
    case ProductsColumn:
        return tr("Products");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}
