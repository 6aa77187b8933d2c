#pragma once

#include "bulkcopy.h"
#include "core/result.h"
#include "database.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

// Rows added to one table many times over (a reconciliation's lines, thousands a run). In a file each row is inserted
// at once by one prepared statement; on a server, where each statement is a round trip, the rows go by one COPY kept
// open while they come, a few hundred kilobytes at a time (the server stores them while the program works on), and
// ended before the connection runs anything else, so every later statement of the same connection sees them. Columns
// are given in the order named, then endRow(). A failure of rows sent later shows in the next statement run on the
// connection (the commit at the latest): nothing half-written stays.
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
    // Sends the rows waiting and ends the COPY (server); nothing to do in a file.
    Status flush();

private:
    friend class Database;
    void separate();
    // Server: sends the rows waiting into this insert's COPY, begun if need be, and ends it when `end`.
    Status send(bool end);
    bool sendsBy(const BulkCopy* copy) const { return m_copy && m_copy.get() == copy; }
    Database* m_db = nullptr;
    std::string m_table;
    std::string m_columns;
    Statement m_insert; // a file's
    int m_column = 0;
    std::string m_rows; // a server's rows waiting, in COPY's text form
    qint64 m_waiting = 0;
    std::unique_ptr<BulkCopy> m_copy; // a server's COPY, open between sends until another command ends it
};
