#include "pricematrixmodel.h"

#include "money/money.h"

#include <QLocale>

namespace {

QString money(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString(QLocale());
}

} // namespace

PriceMatrixModel::PriceMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void PriceMatrixModel::setCatalog(const Catalog& catalog, QDate checkDate)
{
    beginResetModel();
    m_catalog = catalog;
    m_checkDate = checkDate;
    m_siteNames.clear();
    for (const Site& s : m_catalog.sites)
        m_siteNames.insert(s.id, s.name);
    m_verdicts.clear();
    const RuleChecker checker(m_catalog.rules);
    for (const PricePoint& p : m_catalog.pricePoints)
        m_verdicts.insert(p.id, checker.check(p, checkDate));

    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_catalog.products.size(); ++row)
        rowOf.insert(m_catalog.products.at(row).id, row);
    m_cells = QList<Cell>(m_catalog.products.size() * 7);
    for (int i = 0; i < m_catalog.pricePoints.size(); ++i) {
        const PricePoint& p = m_catalog.pricePoints.at(i);
        const auto row = rowOf.constFind(p.productId);
        if (row == rowOf.constEnd())
            continue;
        Cell& c = m_cells[row.value() * 7 + int(Channels::all().indexOf(p.channel))];
        // The primary price point is the first active one.
        if (p.active && !c.points.isEmpty() && !m_catalog.pricePoints.at(c.points.constFirst()).active)
            c.points.prepend(i);
        else
            c.points.append(i);
    }
    for (Cell& c : m_cells) {
        if (c.points.isEmpty()) {
            c.status = Missing;
            continue;
        }
        bool anyActive = false;
        bool broken = false;
        for (int i : c.points) {
            const PricePoint& p = m_catalog.pricePoints.at(i);
            if (!p.active)
                continue;
            anyActive = true;
            broken = broken || !m_verdicts.value(p.id).ok;
        }
        c.status = broken ? BreaksRule : anyActive ? RespectsRules : Inactive;
    }
    endResetModel();
}

int PriceMatrixModel::rowOfProduct(qint64 productId) const
{
    for (int row = 0; row < m_catalog.products.size(); ++row) {
        if (m_catalog.products.at(row).id == productId)
            return row;
    }
    return -1;
}

QList<PricePoint> PriceMatrixModel::pricePoints(int row, int column) const
{
    QList<PricePoint> out;
    if (row < 0 || row >= rowCount() || column < FirstChannelColumn || column >= ColumnCount)
        return out;
    for (int i : cell(row, column).points)
        out.append(m_catalog.pricePoints.at(i));
    return out;
}

std::optional<PricePoint> PriceMatrixModel::primaryPricePoint(int row, int column) const
{
    const QList<PricePoint> points = pricePoints(row, column);
    if (points.isEmpty())
        return std::nullopt;
    return points.constFirst();
}

PriceMatrixModel::CellStatus PriceMatrixModel::status(int row, int column) const
{
    return cell(row, column).status;
}

RuleChecker::Verdict PriceMatrixModel::verdict(qint64 pricePointId) const
{
    return m_verdicts.value(pricePointId);
}

int PriceMatrixModel::countWithStatus(CellStatus s) const
{
    int n = 0;
    for (const Cell& c : m_cells)
        n += c.status == s ? 1 : 0;
    return n;
}

int PriceMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.products.size());
}

int PriceMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PriceMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString PriceMatrixModel::cellText(int row, int column) const
{
    const Cell& c = cell(row, column);
    if (c.points.isEmpty())
        return tr("Not offered");
    const PricePoint& p = m_catalog.pricePoints.at(c.points.constFirst());
    const Product& product = m_catalog.products.at(row);
    QString price = money(p.priceMinor, p.currency);
    if (p.billing == Billing::PerMinute)
        price = tr("%1/min").arg(price);
    QStringList lines{price,
                      //: In a price matrix cell: what the merchant receives for one purchase.
                      tr("receives %1").arg(money(p.payoutMinor(), p.currency)),
                      //: In a price matrix cell: the payout less the VAT set apart.
                      tr("net %1").arg(money(p.netRevenueMinor(product.vatRateBasisPoints), p.currency))};
    if (c.points.size() > 1)
        lines.append(tr("+%n more", nullptr, int(c.points.size() - 1)));
    return lines.join(u'\n');
}

QString PriceMatrixModel::cellToolTip(int row, int column) const
{
    const Cell& c = cell(row, column);
    const Product& product = m_catalog.products.at(row);
    const Channel channel = channelAt(column);
    if (c.points.isEmpty())
        return tr("%1 is not offered on %2. Press Enter or double-click to add a price point.")
            .arg(product.name, Channels::displayName(channel));
    QStringList lines;
    for (int i : c.points) {
        const PricePoint& p = m_catalog.pricePoints.at(i);
        const QLocale locale;
        lines.append(tr("%1 on %2: the buyer pays %3; the merchant receives %4, of which %5 of VAT (%6 %) is set "
                        "apart: net revenue %7.")
                         .arg(product.name, Channels::displayName(channel), money(p.buyerChargeMinor(), p.currency),
                              money(p.payoutMinor(), p.currency),
                              money(p.vatMinor(product.vatRateBasisPoints), p.currency),
                              locale.toString(product.vatRateBasisPoints / 100.0, 'f', 2),
                              money(p.netRevenueMinor(product.vatRateBasisPoints), p.currency)));
        if (!p.active)
            lines.append(tr("Inactive."));
        for (const auto& f : m_verdicts.value(p.id).findings)
            lines.append(f.source.isEmpty() ? f.message : tr("%1 (source: %2)").arg(f.message, f.source));
    }
    return lines.join(u'\n');
}

QVariant PriceMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Product& product = m_catalog.products.at(row);
    if (role == SiteIdRole)
        return product.siteId;
    if (role == SiteNameRole)
        return m_siteNames.value(product.siteId);
    if (column == ProductColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case ModelRoles::RawValueRole:
            return product.name;
        case ModelRoles::IdRole:
            return product.id;
        case Qt::ToolTipRole:
            return tr("%1 — %2 (%3)").arg(product.name, product.description, m_siteNames.value(product.siteId));
        default:
            return {};
        }
    }
    const Cell& c = cell(row, column);
    const PricePoint* primary = c.points.isEmpty() ? nullptr : &m_catalog.pricePoints.at(c.points.constFirst());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        return cellToolTip(row, column);
    case Qt::AccessibleTextRole: {
        QString status;
        switch (c.status) {
        case RespectsRules:
            status = tr("respects the rules");
            break;
        case BreaksRule:
            status = tr("breaks a rule");
            break;
        case Inactive:
            status = tr("inactive");
            break;
        case Missing:
            status.clear();
            break;
        }
        const QString text = QString(cellText(row, column)).replace(u'\n', QStringLiteral(", "));
        return status.isEmpty() ? text : tr("%1; %2").arg(text, status);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ModelRoles::RawValueRole:
        return primary ? QVariant(primary->priceMinor) : QVariant();
    case ModelRoles::IdRole:
        return primary ? QVariant(primary->id) : QVariant();
    case CellStatusRole:
        return int(c.status);
    case PayoutRole:
        return primary ? QVariant(primary->payoutMinor()) : QVariant();
    case NetRevenueRole:
        return primary ? QVariant(primary->netRevenueMinor(product.vatRateBasisPoints)) : QVariant();
    case PricePointIdsRole: {
        QList<qint64> ids;
        for (int i : c.points)
            ids.append(m_catalog.pricePoints.at(i).id);
        return QVariant::fromValue(ids);
    }
    case RuleMessagesRole: {
        QStringList messages;
        if (primary) {
            for (const auto& f : m_verdicts.value(primary->id).findings)
                messages.append(f.message);
        }
        return messages;
    }
    default:
        return {};
    }
}

QVariant PriceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ProductColumn) {
        if (role == Qt::DisplayRole)
            return tr("Product");
        return {};
    }
    if (section < FirstChannelColumn || section >= ColumnCount)
        return {};
    const Channel channel = channelAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return shortName(channel);
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(Channels::displayName(channel), Channels::frenchName(channel));
    default:
        return {};
    }
}
