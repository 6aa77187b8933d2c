#pragma once

#include "reconcile/payoutfollowup.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// What each provider owes (PayoutFollowUp), one line per provider and currency.
class PayoutFollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutFollowUpModel)
public:
    enum Column {
        ProviderColumn,
        EarnedColumn,
        PaidColumn,
        OwedColumn,
        DueColumn,
        MinimumColumn,
        DelayColumn,
        OldestColumn,
        LastPaymentColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int StateRole = Qt::UserRole + 42;

    explicit PayoutFollowUpModel(QObject* parent = nullptr);

    // Reads again; returns an error message, empty when fine.
    QString reload(Database* db, QDate today = QDate::currentDate());
    // Shows lines read elsewhere (off the GUI thread).
    void setLines(const QList<PayoutFollowUp::Line>& lines);
    const PayoutFollowUp::Line& line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PayoutFollowUp::Line> m_lines;
};
