#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class Database;

// Copies a whole Obole database into another, on either engine: an SQLite file into a PostgreSQL server to start a
// team, a server's database into a file to take a copy offline. Every table goes, as it is: catalog, snippet
// settings, import batches and rows, reconciliation results and decisions, revenue totals, closed periods, rates and
// the audit trail. The target must be empty (as a new file, or a database just created on the server, is); the copy
// is one transaction there, so a failed or cancelled copy leaves it empty.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct Summary
    {
        int tables = 0;
        qint64 rows = 0;
    };
    // `progress`, when set, is told each table's name and the rows copied so far.
    static Result<Summary> copy(Database& from, Database& to, const std::atomic<bool>* cancel = nullptr,
                                const std::function<void(const QString& table, qint64 rows)>& progress = {});
    // What makes `db` not empty: the first table holding rows a new database does not have, or an empty string.
    static Result<QString> firstNonEmptyTable(Database& db);
};
