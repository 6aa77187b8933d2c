#pragma once

// Inside models/storage only: a statement on a PostgreSQL server, behind Statement.

#include <QByteArray>
#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;
class Database;

struct ServerQuery
{
    // `sql` with SQLite's placeholders (`?`, `?N`) already turned into PostgreSQL's `$N`; `used` tells which numbers
    // appear in it (a number left out, as SQLite allows, gets a type so that the server need not infer one).
    ServerQuery(std::string sql, std::vector<char> used);
    ~ServerQuery();
    ServerQuery(const ServerQuery&) = delete;
    ServerQuery& operator=(const ServerQuery&) = delete;

    // Turns `?` and `?N` outside quotes and comments into `$N`; `used[N - 1]` is set for each number that appears.
    static std::string translatePlaceholders(std::string_view sql, std::vector<char>& used);

    void bindText(int index, std::string_view utf8);
    void bindInt64(int index, qint64 value);
    void bindBlob(int index, std::string_view bytes);
    void bindNull(int index);

    // The next row: true when there is one; false when done or failed (`failed`, `error` then say).
    bool step(Database& db);
    // Forgets the rows still to come; the values bound stay, as with SQLite.
    void reset(Database& db);
    // Before the statement goes: forgets its rows and its prepared form on the server.
    void release(Database& db);
    // Reads every row still to come from the connection into memory, so the connection can run another command.
    void takeRemainingRows(Database& db);

    bool isNull(int column) const;
    int columnCount() const;
    const char* text(int column) const;
    int length(int column) const;
    qint64 int64(int column) const;
    std::string_view blob(int column) const;

    bool failed = false;
    QString error;
    bool binary = false; // rows asked for in binary form (Statement::binaryRows)

private:
    bool send(Database& db);
    bool takeResult(Database& db, pg_result* result);
    void clearRow();

    std::string m_sql;
    std::vector<std::string> m_values;
    std::vector<char> m_bound; // 0 null, 't' text, 'i' integer, 'b' blob
    std::vector<char> m_used;
    bool m_sent = false;
    std::string m_name;   // the server's prepared statement, once run twice
    qint64 m_session = 0; // the connection it was prepared on (Database::m_session)
    int m_runs = 0;
    bool m_arriving = false;        // rows are still arriving on the connection for this statement
    std::deque<pg_result*> m_taken; // rows (and the closing result) read ahead by takeRemainingRows()
    pg_result* m_row = nullptr;
    mutable std::vector<std::string> m_blobs; // decoded bytea columns of the current row
    mutable std::vector<char> m_blobDecoded;
};
