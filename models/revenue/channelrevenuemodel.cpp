#include "channelrevenuemodel.h"

#include "itemmodels/roles.h"
#include "money/money.h"
#include "revenuechartstyle.h"

#include <QLocale>

ChannelRevenueModel::ChannelRevenueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChannelRevenueModel::setRevenue(const CurrencyRevenue& revenue, RevenueMeasure measure)
{
    beginResetModel();
    m_revenue = revenue;
    m_measure = measure;
    endResetModel();
}

void ChannelRevenueModel::clear()
{
    beginResetModel();
    m_revenue = {};
    endResetModel();
}

QString ChannelRevenueModel::channelAt(int row) const
{
    return row >= 0 && row < m_revenue.channels.size() ? m_revenue.channels.at(row).channel : QString();
}

int ChannelRevenueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revenue.channels.size());
}

int ChannelRevenueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ChannelRevenueModel::shareBasisPoints(const ChannelRevenue& channel) const
{
    const qint64 whole = m_revenue.total.value(m_measure);
    if (whole == 0)
        return 0;
    return divideRoundHalfAwayFromZero(Int128(channel.total.value(m_measure)) * 10000, whole);
}

QVariant ChannelRevenueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelRevenue& c = m_revenue.channels.at(index.row());
    const QLocale locale;
    const qint64 amount = c.total.value(m_measure);
    const qint64 before = c.previous.value(m_measure);
    auto money = [this, &locale](qint64 v) { return Money(v, m_revenue.currency).toString(locale); };

    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == ChannelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                   : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == ChannelColumn)
        return RevenueChartStyle::channelColor(c.channel);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ChannelColumn:
            return role == Qt::ToolTipRole ? RevenueText::channelName(c.channel)
                                           : RevenueText::channelShortName(c.channel);
        case AmountColumn:
            return money(amount);
        case ShareColumn:
            return RevenueText::percent(shareBasisPoints(c), locale);
        case SalesColumn:
            return locale.toString(c.total.sales);
        case PreviousColumn:
            return money(before);
        case ChangeColumn: {
            // A sign rather than the accounting parentheses Money uses for negative amounts: this is a change.
            const qint64 difference = amount - before;
            const QString sign =
                difference > 0 ? locale.positiveSign() : (difference < 0 ? locale.negativeSign() : QString());
            const QString shown =
                sign + Money(difference < 0 ? -difference : difference, m_revenue.currency).toString(locale);
            if (role == Qt::ToolTipRole)
                return tr("Previous period: %1").arg(money(before));
            return tr("%1 (%2)", "amount of change (percent change)")
                .arg(shown, RevenueText::change(amount, before, locale));
        }
        case ColumnCount:
            break;
        }
    }
    if (role == ModelRoles::RawValueRole) {
        switch (Column(index.column())) {
        case ChannelColumn:
            return c.channel;
        case AmountColumn:
            return amount;
        case ShareColumn:
            return shareBasisPoints(c);
        case SalesColumn:
            return c.total.sales;
        case PreviousColumn:
            return before;
        case ChangeColumn:
            return amount - before;
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant ChannelRevenueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ChannelColumn:
        return tr("Channel");
    case AmountColumn:
        return tr("Amount");
    case ShareColumn:
        return tr("Share");
    case SalesColumn:
        return tr("Sales");
    case PreviousColumn:
        return tr("Previous", "the previous period");
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}
