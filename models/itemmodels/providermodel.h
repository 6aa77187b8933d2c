#pragma once

#include "catalogtablemodel.h"

// The catalog's providers and their payout terms: channels served, minimum payout, delay, statement day, and how
// many lines their tier table has.
class ProviderModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderModel)
public:
    enum Column {
        NameColumn,
        CodeColumn,
        ChannelsColumn,
        MinPayoutColumn,
        DelayColumn,
        StatementDayColumn,
        TiersColumn,
        ColumnCount
    };

    explicit ProviderModel(QObject* parent = nullptr) : CatalogTableModel(ColumnCount, parent) {}
    const Provider& provider(int row) const { return m_catalog.providers.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_catalog.providers.size()); }
    qint64 idAt(int row) const override { return m_catalog.providers.at(row).id; }
};
