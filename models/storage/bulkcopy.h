#pragma once

#include "core/result.h"

#include <QtGlobal>

#include <string>
#include <string_view>

class Database;

// Rows streamed into a table of a PostgreSQL server with COPY, the server's fast way in (one command for thousands
// of rows, no statement per row). Values are given field by field, in the order of the columns named; endRow() closes
// a row. Nothing is visible to others before the transaction it runs in commits. A file has no such path: its
// writers use multi-row INSERT statements, which SQLite runs as fast.
// A COPY may stay open across many rows while its writer does other work: the connection runs nothing else
// meanwhile, so any other command on it first ends the COPY (Database::settle), and a failure of it then fails that
// command.
class BulkCopy final
{
public:
    // Starts `COPY table (columns) FROM STDIN` on `db`, which must be a server.
    static Result<BulkCopy> begin(Database& db, std::string_view table, std::string_view columns);
    BulkCopy(BulkCopy&& other) noexcept;
    BulkCopy& operator=(BulkCopy&&) = delete;
    BulkCopy(const BulkCopy&) = delete;
    ~BulkCopy();

    void text(std::string_view value);
    void number(qint64 value);
    void null();
    void endRow();
    // Rows already in COPY's text form, each ending with a newline.
    void raw(std::string_view rows);
    // Appends a text value in COPY's text form (a backslash, tab, newline or carriage return escaped).
    static void appendEscaped(std::string& out, std::string_view text);
    static void appendNumber(std::string& out, qint64 value);
    // Sends what is left and ends the command; the rows are then in the table (or the error says why not).
    Status finish();
    // Whether the command is still open: not yet finished, by its writer or by another command on the connection.
    bool isOpen() const { return m_open; }

private:
    explicit BulkCopy(Database& db) : m_db(&db) {}
    Status send();
    void separate();

    Database* m_db;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_open = false;
    bool m_failed = false;
};
