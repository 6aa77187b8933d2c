#include "pricepointmodel.h"

#include "money/money.h"
#include "roles.h"

#include <QLocale>

PricePointModel::PricePointModel(QObject* parent) : QAbstractTableModel(parent) {}

void PricePointModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_productNames.clear();
    m_providerNames.clear();
    for (const Product& p : m_catalog.products)
        m_productNames.insert(p.id, p.name);
    for (const Provider& p : m_catalog.providers)
        m_providerNames.insert(p.id, p.name);
    endResetModel();
}

int PricePointModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.pricePoints.size());
}

int PricePointModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString accessText(const PricePoint& p)
{
    if (p.accessKind == AccessKind::SingleUse)
        return PricePointModel::tr("Single use");
    const qint64 s = p.accessSeconds;
    if (s % 86400 == 0)
        return PricePointModel::tr("%n day(s)", nullptr, int(s / 86400));
    if (s % 3600 == 0)
        return PricePointModel::tr("%n hour(s)", nullptr, int(s / 3600));
    return PricePointModel::tr("%n minute(s)", nullptr, int(s / 60));
}

QVariant PricePointModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PricePoint& p = m_catalog.pricePoints.at(index.row());
    const QLocale locale;
    if (role == ModelRoles::IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == PriceColumn || index.column() == PayoutColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case PriceColumn:
            return p.priceMinor;
        case PayoutColumn:
            return p.payoutMinor();
        case ActiveColumn:
            return p.active;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    switch (index.column()) {
    case ProductColumn:
        return m_productNames.value(p.productId);
    case ChannelColumn:
        return Channels::displayName(p.channel);
    case ProviderColumn:
        return m_providerNames.value(p.providerId);
    case PriceColumn: {
        const QString price = Money(p.priceMinor, p.currency).toString(locale);
        if (p.billing == Billing::PerMinute)
            return tr("%1/min").arg(price);
        return price;
    }
    case PayoutColumn:
        return Money(p.payoutMinor(), p.currency).toString(locale);
    case AccessColumn:
        return accessText(p);
    case ActiveColumn:
        return p.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant PricePointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case ChannelColumn:
        return tr("Channel");
    case ProviderColumn:
        return tr("Provider");
    case PriceColumn:
        return tr("Buyer price");
    case PayoutColumn:
        return tr("Payout");
    case AccessColumn:
        return tr("Access");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}
