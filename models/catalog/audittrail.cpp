#include "audittrail.h"

#include "core/spreadsheettext.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSaveFile>

namespace {

Status insert(Statement& stmt, qint64 atUtc, const QString& action, const QString& entity, qint64 entityId,
              const QString& label, const QString& field, const std::optional<QString>& oldValue,
              const std::optional<QString>& newValue)
{
    stmt.reset();
    stmt.bind(1, atUtc).bind(2, action).bind(3, entity).bind(4, entityId).bind(5, label).bind(6, field);
    if (oldValue)
        stmt.bind(7, *oldValue);
    else
        stmt.bindNull(7);
    if (newValue)
        stmt.bind(8, *newValue);
    else
        stmt.bindNull(8);
    return stmt.run();
}

} // namespace

Status AuditTrail::recordEvent(Database& db, const QString& action, const QString& entity, qint64 entityId,
                               const QString& label, const QString& value, qint64 atUtc)
{
    auto stmt = db.prepare("INSERT INTO audit_log (at_utc, action, entity, entity_id, entity_label, field, old_value, "
                           "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return Status::failure(stmt.error());
    return insert(stmt.value(), atUtc, action, entity, entityId, label, wholeRecordField(), std::nullopt, value);
}

Status AuditTrail::record(Database& db, const QList<CatalogChange>& changes, const QString& action, qint64 atUtc)
{
    auto stmt = db.prepare("INSERT INTO audit_log (at_utc, action, entity, entity_id, entity_label, field, old_value, "
                           "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return Status::failure(stmt.error());
    for (const CatalogChange& c : changes) {
        const CatalogRecord& any = c.after ? *c.after : *c.before;
        const QString entity = CatalogRecords::entity(any);
        const qint64 id = CatalogRecords::id(any);
        if (!c.before || !c.after) {
            std::optional<QString> oldValue, newValue;
            if (c.before)
                oldValue = CatalogRecords::wholeRecord(*c.before);
            if (c.after)
                newValue = CatalogRecords::wholeRecord(*c.after);
            if (auto st =
                    insert(stmt.value(), atUtc, action, entity, id, c.label, wholeRecordField(), oldValue, newValue);
                !st)
                return st;
            continue;
        }
        const auto oldFields = CatalogRecords::fields(*c.before);
        const auto newFields = CatalogRecords::fields(*c.after);
        for (const auto& [field, value] : newFields) {
            std::optional<QString> previous;
            for (const auto& [oldField, oldValue] : oldFields) {
                if (oldField == field)
                    previous = oldValue;
            }
            if (previous && *previous == value)
                continue;
            if (auto st = insert(stmt.value(), atUtc, action, entity, id, c.label, field, previous, value); !st)
                return st;
        }
        // A field present before and gone after (an optional limit removed).
        for (const auto& [oldField, oldValue] : oldFields) {
            bool kept = false;
            for (const auto& [field, value] : newFields)
                kept = kept || field == oldField;
            if (!kept) {
                if (auto st =
                        insert(stmt.value(), atUtc, action, entity, id, c.label, oldField, oldValue, std::nullopt);
                    !st)
                    return st;
            }
        }
    }
    return {};
}

namespace {

constexpr const char* s_entryColumns =
    "SELECT id, at_utc, action, entity, entity_id, entity_label, field, old_value, new_value, made_by FROM audit_log ";

Result<QList<AuditTrail::Entry>> readEntries(Statement& stmt)
{
    QList<AuditTrail::Entry> out;
    auto st = stmt.forEach([&] {
        AuditTrail::Entry e;
        e.id = stmt.int64(0);
        e.atUtc = stmt.int64(1);
        e.action = stmt.text(2);
        e.entity = stmt.text(3);
        e.entityId = stmt.int64(4);
        e.label = stmt.text(5);
        e.field = stmt.text(6);
        if (!stmt.isNull(7))
            e.oldValue = stmt.text(7);
        if (!stmt.isNull(8))
            e.newValue = stmt.text(8);
        e.madeBy = stmt.text(9);
        out.append(e);
    });
    if (!st)
        return Result<QList<AuditTrail::Entry>>::failure(st.error());
    return out;
}

} // namespace

Result<QList<AuditTrail::Entry>> AuditTrail::entries(Database& db, qint64 beforeId, int limit)
{
    auto stmt = db.prepare(std::string(s_entryColumns) + "WHERE ?1 = 0 OR id < ?1 ORDER BY id DESC LIMIT ?2");
    if (!stmt)
        return Result<QList<Entry>>::failure(stmt.error());
    stmt->bind(1, beforeId).bind(2, limit);
    return readEntries(*stmt);
}

Result<QList<AuditTrail::Entry>> AuditTrail::history(Database& db, const QString& entity, const QStringList& fields)
{
    std::string sql = std::string(s_entryColumns) + "WHERE entity = ? AND field IN (";
    for (qsizetype i = 0; i < fields.size(); ++i)
        sql += i ? ", ?" : "?";
    sql += ") ORDER BY at_utc, id";
    auto stmt = db.prepare(sql);
    if (!stmt)
        return Result<QList<Entry>>::failure(stmt.error());
    stmt->bind(1, entity);
    for (qsizetype i = 0; i < fields.size(); ++i)
        stmt->bind(int(i) + 2, fields.at(i));
    return readEntries(*stmt);
}

Result<qint64> AuditTrail::count(Database& db)
{
    auto stmt = db.prepare("SELECT count(*) FROM audit_log");
    if (!stmt)
        return Result<qint64>::failure(stmt.error());
    auto row = stmt->next();
    if (!row)
        return Result<qint64>::failure(row.error());
    return stmt->int64(0);
}

Result<qint64> AuditTrail::exportCsv(Database& db, const QString& path)
{
    using R = Result<qint64>;
    auto stmt = db.prepare("SELECT at_utc, action, entity, entity_id, entity_label, field, old_value, new_value "
                           "FROM audit_log ORDER BY id");
    if (!stmt)
        return R::failure(stmt.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write("at_utc,action,entity,entity_id,entity_label,field,old_value,new_value\r\n");
    qint64 rows = 0;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            break;
        QStringList cells;
        cells.append(QDateTime::fromSecsSinceEpoch(stmt->int64(0), Qt::UTC).toString(Qt::ISODate));
        cells.append(SpreadsheetText::csvField(stmt->text(1)));
        cells.append(SpreadsheetText::csvField(stmt->text(2)));
        cells.append(QString::number(stmt->int64(3)));
        for (int col = 4; col < 8; ++col)
            cells.append(SpreadsheetText::csvField(stmt->text(col)));
        file.write(cells.join(u',').toUtf8());
        file.write("\r\n");
        ++rows;
    }
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

QString AuditTrail::actionDisplayName(const QString& action)
{
    if (action == u"edit")
        return tr("Edit");
    if (action == u"undo")
        return tr("Undo");
    if (action == u"redo")
        return tr("Redo");
    if (action == u"import")
        return tr("Import");
    if (action == u"close")
        return tr("Close");
    if (action == u"reopen")
        return tr("Reopen");
    return action;
}
