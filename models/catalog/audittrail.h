#pragma once

#include "catalogchange.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The audit trail of catalog edits (table audit_log): when, which action (an edit, its undo or redo, an import),
// which record, which field, the old value and the new one. Creations and deletions are one row holding the whole
// record as JSON (field "*").
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 atUtc = 0;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString label;
        QString field;
        std::optional<QString> oldValue;
        std::optional<QString> newValue;
        QString madeBy; // the server role that made the change; empty in a file
    };

    // The field name of rows that hold a whole record (a creation or a deletion).
    static QString wholeRecordField() { return QStringLiteral("*"); }

    // Writes the rows for the changes; the caller holds the transaction that also applies them.
    static Status record(Database& db, const QList<CatalogChange>& changes, const QString& action, qint64 atUtc);
    // Writes one row about something other than a catalog record (closing or reopening a period of the books): the
    // whole of it, as `value`.
    static Status recordEvent(Database& db, const QString& action, const QString& entity, qint64 entityId,
                              const QString& label, const QString& value, qint64 atUtc);
    // Newest first: at most `limit` rows with an id below `beforeId` (0: from the newest).
    static Result<QList<Entry>> entries(Database& db, qint64 beforeId = 0, int limit = 500);
    static Result<qint64> count(Database& db);
    // The rows about one kind of record ("price_point") and these fields, oldest first (by time, then as written).
    static Result<QList<Entry>> history(Database& db, const QString& entity, const QStringList& fields);
    // Every row, oldest first, as CSV (RFC 4180, UTF-8, comma separated, times in UTC ISO 8601), written atomically.
    static Result<qint64> exportCsv(Database& db, const QString& path);
    // The action in the UI language.
    static QString actionDisplayName(const QString& action);
};
