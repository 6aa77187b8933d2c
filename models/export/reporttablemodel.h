#pragma once

#include "reporttable.h"

#include <QAbstractTableModel>
#include <QLocale>

// One table of a report for a view (the Reports page's preview): cells formatted as in the PDF, numbers
// right-aligned, ModelRoles::RawValueRole carrying the number (minor units, basis points, counts) or the date for
// sorting. It lives beside the report it shows rather than in itemmodels/: it is the export's own view of its data.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }
    // The rows after the table's own: one total per currency, adding up its counts and amounts, when the table asks
    // for it and has more than one row.
    bool isTotalRow(int row) const { return row >= m_table.rows.size(); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void addTotals();

    ReportTable m_table;
    QList<QList<ReportCell>> m_totals;
    QLocale m_locale;
};
