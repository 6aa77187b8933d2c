#pragma once

#include "catalogtablemodel.h"

#include <QDate>

// The channel rules of the catalog, per country, with what they apply to, their limits, when they are in force
// and their source. Rows not in force at the reference date say so (StatusColumn, InForceRole).
class ChannelRuleModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelRuleModel)
public:
    enum Column {
        ChannelColumn,
        CountryColumn,
        LabelColumn,
        AppliesToColumn,
        LimitsColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { InForceRole = Qt::UserRole + 200 };

    explicit ChannelRuleModel(QObject* parent = nullptr) : CatalogTableModel(ColumnCount, parent) {}
    const ChannelRule& rule(int row) const { return m_catalog.rules.at(row); }
    void setReferenceDate(QDate date);
    QDate referenceDate() const { return m_date; }

    // The limits a rule sets, in words: "at most 4.50 EUR", "allowed prices 1.00, 1.50 EUR", ...
    static QString limits(const ChannelRule& rule);
    // What a rule applies to: number range and billing.
    static QString appliesTo(const ChannelRule& rule);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_catalog.rules.size()); }
    qint64 idAt(int row) const override { return m_catalog.rules.at(row).id; }

private:
    QDate m_date = QDate::currentDate();
};
