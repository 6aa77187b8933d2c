#pragma once

#include "catalog/audittrail.h"

#include <QAbstractTableModel>

class Database;

// The audit trail of catalog edits, newest first. Pages of rows are read as the view scrolls (fetchMore), so a
// long history opens at once.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column {
        WhenColumn,
        ByColumn, // the server role that made the change (empty in a file)
        ActionColumn,
        RecordColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    enum Role { EntityRole = Qt::UserRole + 300 };

    explicit AuditLogModel(QObject* parent = nullptr);

    // Reads the newest page again; returns an error message, empty when fine. `db` must outlive the model or the
    // next reload.
    QString reload(Database* db, int pageSize = 200);
    const AuditTrail::Entry& entry(int row) const { return m_entries.at(row); }
    // Whether any change names who made it (a server's): the dialog shows the column only then.
    bool anyMadeBy() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Database* m_db = nullptr;
    QList<AuditTrail::Entry> m_entries;
    int m_pageSize = 200;
    bool m_atEnd = true;
};
