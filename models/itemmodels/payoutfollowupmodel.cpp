#include "payoutfollowupmodel.h"

#include "itemmodels/roles.h"
#include "money/money.h"

#include <QLocale>

PayoutFollowUpModel::PayoutFollowUpModel(QObject* parent) : QAbstractTableModel(parent) {}

QString PayoutFollowUpModel::reload(Database* db, QDate today)
{
    beginResetModel();
    m_lines.clear();
    QString error;
    if (db) {
        auto lines = PayoutFollowUp::compute(*db, today);
        if (lines)
            m_lines = lines.value();
        else
            error = lines.error();
    }
    endResetModel();
    return error;
}

void PayoutFollowUpModel::setLines(const QList<PayoutFollowUp::Line>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int PayoutFollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PayoutFollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutFollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const PayoutFollowUp::Line& l = m_lines.at(index.row());
    if (role == StateRole)
        return int(l.state);
    const bool amount = index.column() >= EarnedColumn && index.column() <= MinimumColumn;
    if (role == Qt::TextAlignmentRole)
        return int((amount || index.column() == DelayColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case EarnedColumn:
            return l.earned;
        case PaidColumn:
            return l.paid;
        case OwedColumn:
            return l.owed;
        case DueColumn:
            return l.due;
        case MinimumColumn:
            return l.minPayout;
        case DelayColumn:
            return l.delayDays;
        case OldestColumn:
            return l.ageDays;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    auto money = [&](qint64 minor) { return Money(minor, l.currency).toString(locale); };
    switch (index.column()) {
    case ProviderColumn:
        return l.name == l.provider ? l.provider : tr("%1 (%2)").arg(l.name, l.provider);
    case EarnedColumn:
        return money(l.earned);
    case PaidColumn:
        return money(l.paid);
    case OwedColumn:
        return money(l.owed);
    case DueColumn:
        return money(l.due);
    case MinimumColumn:
        return l.inCatalog ? money(l.minPayout) : tr("unknown");
    case DelayColumn:
        return tr("%n day(s)", nullptr, l.delayDays);
    case OldestColumn:
        return l.oldestUnpaid ? tr("%1 (%n day(s))", nullptr, l.ageDays)
                                    .arg(locale.toString(*l.oldestUnpaid, QLocale::ShortFormat))
                              : QString();
    case LastPaymentColumn:
        return l.lastPayment ? locale.toString(*l.lastPayment, QLocale::ShortFormat) : tr("none");
    case StateColumn:
        return PayoutFollowUp::stateText(l);
    default:
        return {};
    }
}

QVariant PayoutFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case EarnedColumn:
        return tr("Earned");
    case PaidColumn:
        return tr("Paid");
    case OwedColumn:
        return tr("Owed");
    case DueColumn:
        return tr("Due now");
    case MinimumColumn:
        return tr("Minimum payout");
    case DelayColumn:
        return tr("Payout delay");
    case OldestColumn:
        return tr("Oldest unpaid");
    case LastPaymentColumn:
        return tr("Last payment");
    case StateColumn:
        return tr("Status");
    default:
        return {};
    }
}
