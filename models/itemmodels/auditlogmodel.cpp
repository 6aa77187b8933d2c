#include "auditlogmodel.h"

#include <algorithm>

#include "roles.h"

#include <QDateTime>
#include <QLocale>

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AuditLogModel::reload(Database* db, int pageSize)
{
    beginResetModel();
    m_db = db;
    m_pageSize = pageSize;
    m_entries.clear();
    m_atEnd = true;
    QString error;
    if (m_db) {
        auto page = AuditTrail::entries(*m_db, 0, m_pageSize);
        if (page) {
            m_entries = page.value();
            m_atEnd = m_entries.size() < m_pageSize;
        } else {
            error = page.error();
        }
    }
    endResetModel();
    return error;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = AuditTrail::entries(*m_db, m_entries.isEmpty() ? 0 : m_entries.constLast().id, m_pageSize);
    if (!page || page->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(page.value());
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditTrail::Entry& e = m_entries.at(index.row());
    const bool whole = e.field == AuditTrail::wholeRecordField();
    if (role == ModelRoles::IdRole)
        return e.id;
    if (role == EntityRole)
        return e.entity;
    if (role == ModelRoles::RawValueRole && index.column() == WhenColumn)
        return e.atUtc;
    // The tooltips hold what the catalog file says: the field's key and the value as written.
    if (role == Qt::ToolTipRole && (index.column() == OldValueColumn || index.column() == NewValueColumn)) {
        const auto& v = index.column() == OldValueColumn ? e.oldValue : e.newValue;
        return v.value_or(QString());
    }
    if (role == Qt::ToolTipRole && index.column() == FieldColumn && !whole)
        return e.field;
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(e.atUtc).toLocalTime(), QLocale::ShortFormat);
    case ByColumn:
        return e.madeBy;
    case ActionColumn:
        return AuditTrail::actionDisplayName(e.action);
    case RecordColumn:
        return tr("%1 %2").arg(CatalogRecords::entityDisplayName(e.entity),
                               e.label.isEmpty() ? QString::number(e.entityId) : e.label);
    case FieldColumn:
        if (!whole)
            return role == ModelRoles::RawValueRole ? e.field : CatalogRecords::fieldDisplayName(e.field);
        return e.newValue && !e.oldValue   ? tr("(created)")
               : e.oldValue && !e.newValue ? tr("(deleted)")
                                           : tr("(whole record)");
    case OldValueColumn:
    case NewValueColumn: {
        const QString value = (index.column() == OldValueColumn ? e.oldValue : e.newValue).value_or(QString());
        return whole || role == ModelRoles::RawValueRole ? value : CatalogRecords::valueDisplay(e.field, value);
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ByColumn:
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

bool AuditLogModel::anyMadeBy() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const AuditTrail::Entry& e) { return !e.madeBy.isEmpty(); });
}
