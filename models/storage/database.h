#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

class Database;
struct ServerQuery;
class BulkCopy;
class BulkInsert;

// A prepared statement. Values are bound by 1-based index; columns are read by 0-based index. The same statement runs
// on either engine: `?` and `?N` placeholders (PostgreSQL's `$N`, same numbering), standard SQL.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr || m_server != nullptr; }

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view utf8);
    // The text must stay alive and unchanged until the statement is stepped (no copy is made).
    Statement& bindStatic(int index, std::string_view utf8);
    Statement& bindBlob(int index, const QByteArray& value);
    // As bindStatic(): the bytes must stay as they are until the statement has run.
    Statement& bindBlobStatic(int index, std::string_view bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<qint64>& value);

    // Steps once: true when a row is available, false when done.
    Result<bool> next();
    // The same for the loops over millions of rows, without building a Result per row: false when done or when the
    // step failed; failed() tells which, and error() why, until the next step.
    bool step();
    bool failed() const { return m_failed; }
    const QString& error() const { return m_error; }
    // Runs to completion, discarding rows.
    Status run();
    // Steps through every row, calling f() on each (read the row from this statement inside f).
    template <typename F> Status forEach(F&& f)
    {
        for (;;) {
            auto row = next();
            if (!row)
                return Status::failure(row.error());
            if (!row.value())
                return {};
            f();
        }
    }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    // The bytes of a text or blob column, without a copy: valid until the statement steps again, is reset or goes.
    // The text ones are inline around their calls into SQLite: loops read them for each of millions of rows, where a
    // call more per column made the reconciliation's read of the table 2 to 5 % slower.
    std::string_view textView(int column) const
    {
        const char* data = textData(column);
        return data ? std::string_view(data, size_t(byteCount(column))) : std::string_view();
    }
    std::string_view blobView(int column) const;
    // The text up to its NUL, without asking SQLite for the length: a call less, for columns that never hold a NUL.
    std::string_view textViewUntilNul(int column) const
    {
        const char* data = textData(column);
        return data ? std::string_view(data) : std::string_view();
    }
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    // How many columns the current row has.
    int columnCount() const;
    // On a server, asks for the rows in binary form, for a statement whose columns are integers, booleans, text or
    // bytes: a blob then comes as its bytes instead of twice as many hex digits to decode. Before the first step.
    Statement& binaryRows();

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db) : m_stmt(stmt), m_db(db) {}
    Statement(ServerQuery* query, Database* db) : m_server(query), m_db(db) {}
    const char* textData(int column) const;
    int byteCount(int column) const;
    sqlite3_stmt* m_stmt = nullptr;
    ServerQuery* m_server = nullptr; // owned: a statement on a PostgreSQL server (models/storage/serverengine.cpp)
    Database* m_db = nullptr;
    bool m_failed = false;
    QString m_error;
};

// One connection to an Obole database: an SQLite file (the default, one desk) or a database on a PostgreSQL server (a
// team), named by a `postgresql://` URI. A thread opens its own; a Database is never shared across threads.
// Opening checks the database was written by a version of Obole this build understands and brings its schema up to
// date in a single transaction (a file then switches to WAL with foreign keys on; a server's upgrade holds an advisory
// lock, so two desks opening an old database at once upgrade it once).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Migration
    {
        int version;
        const char* sql;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `path` is a file, or a libpq connection URI (postgresql://USER@HOST:PORT/DBNAME?sslmode=...) for a server.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // The steps used by open(); tests pass their own to check upgrades and failures.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QList<Migration>& migrations);
    // Opens an existing database read-only, as it is: no check, no upgrade, nothing written (obole-cli db check).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);
    static QString defaultPath();
    static int latestVersion();
    // Whether `path` names a database on a server (a postgresql:// or postgres:// URI) rather than a file.
    static bool isServerLocation(const QString& path);

    enum class Engine { File, Server };
    Engine engine() const { return m_pg ? Engine::Server : Engine::File; }
    // The file's path, or the server URI without any password: what reopens it on another thread, and what is shown.
    QString path() const { return m_path; }
    // Who writes: the server's role name (recorded with imports, decisions and edits), empty for a file.
    QString userName() const { return m_userName; }
    int schemaVersion();

    // What a structure check found: empty when the file is sound. `complete` is false when a bounded check ran out of
    // time before it had looked at every page.
    struct CheckReport
    {
        QStringList problems;
        bool complete = true;
    };
    // SQLite's checks of the file's structure: every page of every table and index (integrity_check, and, unless
    // `full`, the faster quick_check that leaves out index contents), within `budgetMs` milliseconds when positive.
    Result<CheckReport> checkStructure(bool full, int budgetMs = 0);
    // Files up to this size are checked whole when opened; larger ones within kOpenCheckBudgetMs.
    static constexpr qint64 kOpenCheckWholeBytes = 32 * 1024 * 1024;
    // Server: the advisory lock a writing transaction holds (Transaction).
    static constexpr qint64 kWriterLockKey = 0x4f626f6c6557;
    // Server: the channel a writing transaction's commit notifies (ChangeListener).
    static constexpr const char* kChangesChannel = "obole_changes";
    static constexpr int kOpenCheckBudgetMs = 50;

    // How big the file is and how much of it is free pages (left by a large delete, such as an undone import).
    struct Space
    {
        qint64 fileBytes = 0;
        qint64 freeBytes = 0;
    };
    Result<Space> space();
    // Whether the free pages are worth giving back to the disk: at least 16 MiB and a quarter of the file.
    static bool worthCompacting(const Space& space);
    // Rewrites the file without its free pages (VACUUM). Atomic: an interrupted or cancelled compaction leaves the
    // file as it was. `cancel`, when set, stops it.
    Status compact(const std::atomic<bool>* cancel = nullptr);

    Result<Statement> prepare(std::string_view sql);
    Status exec(const char* sql);
    // The first column of the first row as a number, 0 when there is no row (a count, a max(id)).
    Result<qint64> queryInt64(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    // Whether the last failure came from a lock (the file busy, a read snapshot that a write made stale, a table
    // locked): the same work may succeed when tried again.
    bool lastErrorIsBusy() const;
    bool inTransaction() const;
    // While set, a statement on this connection checks `*cancel` every 10,000 instructions of SQLite's virtual machine
    // and fails once it is true, so a cancel need not wait for a long step to return a row. nullptr removes it.
    void setCancelFlag(const std::atomic<bool>* cancel);
    // Lets this connection keep up to `kib` KiB of the file's pages in memory (a reader of more than the default 2 MB
    // that asks again and again). Best effort: a failure leaves the default.
    void setPageCacheKiB(int kib);
    // Whether this connection may add rows to `table`: a file unless it is read-only; on a server, as the role's
    // grants say.
    bool mayWrite(std::string_view table);
    // For a writer that gives ids itself (a COPY on a server): ids up to `lastId` of `table` are taken, so that the
    // database never gives them to a row inserted without one. Nothing to do for a file, which gives max(id) + 1.
    Status reserveIds(std::string_view table, qint64 lastId);

private:
    friend class BulkWrite;
    friend class BulkCopy;
    friend class BulkInsert;
    friend class ChangeListener;
    friend class Transaction;
    friend class Statement;
    friend struct ServerQuery;
    Database() = default;
    Status migrate(const QList<Migration>& migrations, int from);
    static Result<std::unique_ptr<Database>> openServer(const QString& uri, const QList<Migration>& migrations,
                                                        bool readOnly);
    Status migrateServer(const QList<Migration>& migrations);
    // Server: makes the connection free for a new command, keeping the rows of a statement still being read.
    void settle();
    void waitingBulkInsert(BulkInsert* insert);
    void forgetBulkInsert(BulkInsert* insert);
    Status serverExec(const char* sql);
    // A server's message as one line, saying so when the connection itself is gone.
    QString serverError(const QString& raw) const;
    // A failed result's message, saying so when the server refused it to this role for want of a privilege.
    QString serverError(const pg_result* result) const;
    bool connectionLost() const;
    // Server: a connection lost while no transaction was open (a server restarted overnight, a network cut) is made
    // again before the next command; what was prepared on the lost one is prepared again when next run. Inside a
    // transaction the loss is the transaction's failure: its work is gone, and it is not hidden.
    Status reconnectIfLost();
    sqlite3* m_db = nullptr;
    pg_conn* m_pg = nullptr;
    ServerQuery* m_reading = nullptr;          // the server statement whose rows are arriving, if any
    BulkCopy* m_openCopy = nullptr;            // server: the COPY under way, if any, ended before another command
    qint64 m_changes = 0;                      // server: rows the last command changed
    qint64 m_prepared = 0;                     // server: statements prepared so far (their names)
    qint64 m_session = 0;                      // server: the connection statements are prepared on (reconnections)
    bool m_serverTransaction = false;          // server: a transaction of this program's (Transaction) is open
    bool m_readOnlySession = false;            // server: opened read-only, which each new connection is told again
    std::vector<std::string> m_unprepare;      // server: prepared statements to deallocate once the connection is idle
    std::vector<BulkInsert*> m_waitingInserts; // server: rows waiting to be sent before the next command
    QString m_insertError;                     // server: why rows sent by settle() failed, for the next command
    QString m_path;
    QString m_userName;
};

// For a write of many pages by the only connection to the file: for its lifetime, the file uses a rollback journal
// instead of the write-ahead log, which writes each new page once instead of twice (to the log, then into the file).
// Still atomic: an interrupted write is rolled back on the next open. Changes nothing when not wanted, when a
// transaction is open or when another connection uses the file. Create it before the Transaction it speeds up.
class BulkWrite final
{
public:
    BulkWrite(Database& db, bool wanted = true);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

// Begins on construction; rolls back on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_nested = false;
    bool m_writer = false; // a server transaction holding the writer lock
    QString m_error;
};
