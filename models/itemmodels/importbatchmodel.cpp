#include "importbatchmodel.h"

#include <algorithm>

#include "importing/importstore.h"
#include "roles.h"

#include <QDateTime>
#include <QLocale>

ImportBatchModel::ImportBatchModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ImportBatchModel::reload(Database& db)
{
    auto stored = ImportStore(db).batches();
    if (!stored)
        return stored.error();
    beginResetModel();
    m_batches = std::move(stored.value());
    endResetModel();
    return {};
}

int ImportBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Batch& b = m_batches.at(index.row());
    const int column = index.column();
    const bool numeric = column >= ReadColumn;
    if (role == ModelRoles::IdRole)
        return b.id;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const qint64 counts[] = {b.rowsRead, b.rowsAdded, b.rowsPresent, b.rowsRejected};
    if (role == ModelRoles::RawValueRole) {
        if (numeric)
            return counts[column - ReadColumn];
        if (column == ImportedColumn)
            return b.importedUtc;
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const QLocale locale;
    switch (column) {
    case FileColumn:
        return b.fileName;
    case KindColumn:
        if (b.kind == u"sales")
            return tr("Sales log");
        if (b.kind == u"payout")
            return tr("Payout statement");
        return tr("Provider statement");
    case ProviderColumn:
        return b.provider;
    case ImportedColumn:
        return locale.toString(QDateTime::fromSecsSinceEpoch(b.importedUtc).toLocalTime(), QLocale::ShortFormat);
    case ByColumn:
        return b.madeBy;
    default:
        return locale.toString(counts[column - ReadColumn]);
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Kind");
    case ProviderColumn:
        return tr("Provider");
    case ImportedColumn:
        return tr("Imported");
    case ByColumn:
        return tr("By");
    case ReadColumn:
        return tr("Rows read");
    case AddedColumn:
        return tr("Added");
    case PresentColumn:
        return tr("Already present");
    case RejectedColumn:
        return tr("Rejected");
    default:
        return {};
    }
}

bool ImportBatchModel::anyMadeBy() const
{
    return std::any_of(m_batches.cbegin(), m_batches.cend(), [](const Batch& b) { return !b.madeBy.isEmpty(); });
}
