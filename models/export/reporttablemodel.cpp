#include "reporttablemodel.h"

#include "itemmodels/roles.h"
#include "reportpdf.h"

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    m_locale = QLocale();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QList<ReportCell>& row = m_table.rows.at(index.row());
    if (index.column() >= row.size())
        return QVariant();
    const ReportCell& cell = row.at(index.column());
    const ReportColumn::Type type = m_table.typeOf(cell, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportPdf::cellText(m_table, cell, index.column(), m_locale);
    case Qt::TextAlignmentRole:
        if (type == ReportColumn::Type::Integer || type == ReportColumn::Type::Money ||
            type == ReportColumn::Type::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ModelRoles::RawValueRole:
        if (cell.empty)
            return QVariant();
        switch (type) {
        case ReportColumn::Type::Text:
            return cell.text;
        case ReportColumn::Type::Date:
            return cell.date;
        case ReportColumn::Type::DateTime:
            return cell.dateTime;
        default:
            return cell.number;
        }
    default:
        break;
    }
    return QVariant();
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((m_table.columns.at(section).isNumeric() ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    return QVariant();
}
