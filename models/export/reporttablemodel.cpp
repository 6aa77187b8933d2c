#include "reporttablemodel.h"

#include "itemmodels/roles.h"
#include "reportpdf.h"

#include <QFont>
#include <QHash>

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    m_locale = QLocale();
    m_totals.clear();
    if (table.totalRow && table.rows.size() > 1)
        addTotals();
    endResetModel();
}

void ReportTableModel::addTotals()
{
    const qsizetype columns = m_table.columns.size();
    qsizetype labelColumn = -1;
    bool anySummed = false;
    for (qsizetype c = 0; c < columns; ++c) {
        const ReportColumn& column = m_table.columns.at(c);
        if (labelColumn < 0 && column.type == ReportColumn::Type::Text)
            labelColumn = c;
        anySummed |=
            column.summed && (column.type == ReportColumn::Type::Money || column.type == ReportColumn::Type::Integer);
    }
    if (!anySummed)
        return;
    // A row's currency is that of its amounts; rows of each currency get their own total, in the order met.
    QStringList currencies;
    QHash<QString, QList<ReportCell>> totals;
    for (const QList<ReportCell>& row : std::as_const(m_table.rows)) {
        QString currency;
        for (const ReportCell& cell : row)
            if (!cell.empty && !cell.currency.isEmpty()) {
                currency = cell.currency;
                break;
            }
        auto it = totals.find(currency);
        if (it == totals.end()) {
            currencies << currency;
            QList<ReportCell> total;
            for (qsizetype c = 0; c < columns; ++c) {
                const ReportColumn& column = m_table.columns.at(c);
                const bool summed = column.summed && (column.type == ReportColumn::Type::Money ||
                                                      column.type == ReportColumn::Type::Integer);
                total << (!summed                                    ? ReportCell::blank()
                          : column.type == ReportColumn::Type::Money ? ReportCell::ofMoney(0, currency)
                                                                     : ReportCell::ofInteger(0));
            }
            it = totals.insert(currency, total);
        }
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            const ReportCell& cell = row.at(c);
            ReportCell& sum = (*it)[c];
            if (!sum.empty && !cell.empty && m_table.typeOf(cell, int(c)) == m_table.columns.at(c).type)
                sum.number += cell.number;
        }
    }
    for (const QString& currency : std::as_const(currencies)) {
        QList<ReportCell> total = totals.value(currency);
        if (labelColumn >= 0)
            total[labelColumn] = ReportCell::ofText(
                currencies.size() > 1 && !currency.isEmpty() ? tr("Total %1").arg(currency) : tr("Total"));
        m_totals << total;
    }
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size() + m_totals.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const bool total = isTotalRow(index.row());
    const QList<ReportCell>& row =
        total ? m_totals.at(index.row() - m_table.rows.size()) : m_table.rows.at(index.row());
    if (index.column() >= row.size())
        return QVariant();
    const ReportCell& cell = row.at(index.column());
    const ReportColumn::Type type = m_table.typeOf(cell, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportPdf::cellText(m_table, cell, index.column(), m_locale);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
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
