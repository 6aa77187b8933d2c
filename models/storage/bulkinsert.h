#pragma once

#include "core/result.h"
#include "database.h"

#include <optional>
#include <string>
#include <string_view>

// Rows added to one table many times over (a reconciliation's lines, thousands a run). In a file each row is inserted
// at once by one prepared statement; on a server, where each statement is a round trip, the rows wait in memory and
// go by COPY, thousands at a time, and before the connection runs anything else, so every later statement of the
// same connection sees them. Columns are given in the order named, then endRow(). A failure of rows sent later shows
// in the next statement run on the connection (the commit at the latest): nothing half-written stays.
class BulkInsert final
{
public:
    static Result<BulkInsert> create(Database& db, std::string_view table, std::string_view columns);
    BulkInsert() = default;
    BulkInsert(BulkInsert&& other) noexcept;
    BulkInsert& operator=(BulkInsert&& other) noexcept;
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;
    ~BulkInsert();

    BulkInsert& number(qint64 value);
    BulkInsert& number(const std::optional<qint64>& value);
    BulkInsert& text(std::string_view utf8);
    BulkInsert& blob(std::string_view bytes);
    Status endRow();
    // Sends the rows waiting (server); nothing to do in a file.
    Status flush();

private:
    friend class Database;
    void separate();
    Database* m_db = nullptr;
    std::string m_table;
    std::string m_columns;
    Statement m_insert; // a file's
    int m_column = 0;
    std::string m_rows; // a server's rows waiting, in COPY's text form
    qint64 m_waiting = 0;
};
