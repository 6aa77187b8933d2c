#pragma once

#include "importing/importstore.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The import batches of a database, newest first: file, kind, provider, when, and row counts.
class ImportBatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchModel)
public:
    enum Column {
        FileColumn,
        KindColumn,
        ProviderColumn,
        ImportedColumn,
        ByColumn, // the server role that imported it (empty in a file)
        ReadColumn,
        AddedColumn,
        PresentColumn,
        RejectedColumn,
        ColumnCount
    };

    using Batch = ImportBatchRecord;

    explicit ImportBatchModel(QObject* parent = nullptr);

    // Reads the batches again from the database; returns an error message, empty when fine.
    QString reload(Database& db);
    const Batch& batch(int row) const { return m_batches.at(row); }
    // Whether any batch names who imported it (a server's): the page shows the column only then.
    bool anyMadeBy() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Batch> m_batches;
};
