#include "database.h"

#include "changelistener.h"
#include "schema.h"
#include "serverquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

constexpr int s_busyTimeoutMs = 5000;
// How long a writer on a server waits for another desk's write to end before giving up.
constexpr int s_writerWaitSeconds = 60;

} // namespace

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_server(std::exchange(other.m_server, nullptr)), m_db(other.m_db),
      m_failed(other.m_failed), m_error(std::move(other.m_error))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        if (m_server)
            m_server->release(*m_db);
        delete m_server;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_server = std::exchange(other.m_server, nullptr);
        m_db = other.m_db;
        m_failed = other.m_failed;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
    if (m_server)
        m_server->release(*m_db);
    delete m_server;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_server) {
        m_server->bindInt64(index, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_server) {
        m_server->bindText(index, std::string_view(utf8.constData(), size_t(utf8.size())));
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    if (m_server) {
        m_server->bindText(index, utf8);
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view utf8)
{
    if (m_server)
        return bind(index, utf8);
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (m_server) {
        m_server->bindBlob(index, std::string_view(value.constData(), size_t(value.size())));
        return *this;
    }
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlobStatic(int index, std::string_view bytes)
{
    if (m_server) {
        m_server->bindBlob(index, bytes);
        return *this;
    }
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_server) {
        m_server->bindNull(index);
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::next()
{
    if (step())
        return true;
    if (m_failed)
        return Result<bool>::failure(m_error);
    return false;
}

bool Statement::step()
{
    if (m_server) {
        const bool row = m_server->step(*m_db);
        m_failed = m_server->failed;
        if (m_failed)
            m_error = m_server->error;
        return row;
    }
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    // Kept now: the connection's message changes with its next call.
    if (m_failed)
        m_error = m_db ? m_db->lastError() : QString::fromUtf8(sqlite3_errstr(rc));
    return rc == SQLITE_ROW;
}

Status Statement::run()
{
    for (;;) {
        auto r = next();
        if (!r)
            return Status::failure(r.error());
        if (!r.value())
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    if (m_server) {
        m_server->reset(*m_db);
        return;
    }
    sqlite3_reset(m_stmt);
}

qint64 Statement::int64(int column) const
{
    if (m_server)
        return m_server->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (m_server) {
        const char* data = m_server->text(column);
        return data ? QString::fromUtf8(data, m_server->length(column)) : QString();
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

const char* Statement::textData(int column) const
{
    if (m_server)
        return m_server->text(column);
    return reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
}

int Statement::byteCount(int column) const
{
    if (m_server)
        return m_server->length(column);
    return sqlite3_column_bytes(m_stmt, column);
}

std::string_view Statement::blobView(int column) const
{
    if (m_server)
        return m_server->blob(column);
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    if (m_server) {
        const std::string_view bytes = m_server->blob(column);
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    }
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Statement& Statement::binaryRows()
{
    if (m_server)
        m_server->binary = true;
    return *this;
}

bool Statement::isNull(int column) const
{
    if (m_server)
        return m_server->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    if (m_server)
        return m_server->columnCount();
    return sqlite3_column_count(m_stmt);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
    if (m_pg)
        PQfinish(m_pg);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/obole.sqlite");
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (isServerLocation(path))
        return openServer(path, Schema::serverMigrations(), true);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
        return R::failure(tr("%1 is not an Obole database (it is not an SQLite file).").arg(shown));
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db->m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return R::failure(tr("Cannot open %1: %2").arg(shown, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, s_busyTimeoutMs);
    return R(std::move(db));
}

int Database::latestVersion()
{
    return Schema::migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, isServerLocation(path) ? Schema::serverMigrations() : Schema::migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QList<Migration>& migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    if (isServerLocation(path))
        return openServer(path, migrations, false);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && info.isDir())
        return R::failure(tr("%1 is a folder, not a database file.").arg(shown));
    if (existed) {
        // Refuse anything that is not SQLite before the library touches it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return R::failure(
                tr("%1 is not an Obole database (it is not an SQLite file); it was left untouched.").arg(shown));
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return R::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return R::failure(tr("Cannot open %1: %2").arg(shown, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, s_busyTimeoutMs);

    auto removeIfNew = [&]() {
        db.reset();
        if (!existed) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    };

    // A new file gets 8 KiB pages: a row of the transactions table is about 95 bytes, and an import of a million of
    // them writes half as many pages as with SQLite's default of 4 KiB (measured about 5 % faster). An existing file
    // keeps its own.
    if (!existed)
        (void)db->exec("PRAGMA page_size=8192");
    // Reading the header and schema is the first real access: a damaged file fails here, unchanged.
    int version = db->schemaVersion();
    // A file that cannot be written, in a folder that cannot be written either, cannot get the shared-memory file
    // its write-ahead log needs. Nothing can write it anyway, so it is read as the unchanging file it is (which
    // needs its log to be empty): browsing and exports work, and a write says the database is read-only.
    if (version < 0 && existed && (sqlite3_errcode(db->m_db) & 0xFF) == SQLITE_CANTOPEN &&
        (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) &&
        QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        sqlite3_close(db->m_db);
        db->m_db = nullptr;
        const QByteArray uri =
            "file:" + QUrl::fromLocalFile(info.absoluteFilePath()).path(QUrl::FullyEncoded).toUtf8() +
            "?mode=ro&immutable=1";
        if (sqlite3_open_v2(uri.constData(), &db->m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                            nullptr) == SQLITE_OK) {
            sqlite3_extended_result_codes(db->m_db, 1);
            version = db->schemaVersion();
        }
    }
    const bool readOnly = existed && sqlite3_db_readonly(db->m_db, "main") == 1;
    if (version < 0) {
        const QString why = db->lastError();
        removeIfNew();
        return R::failure(tr("%1 is damaged or not a database (%2); it was left untouched.").arg(shown, why));
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version > latest) {
        db.reset();
        return R::failure(tr("%1 was written by a newer version of Obole (schema %2; this version knows up to %3). "
                             "It was left untouched: update Obole to open it.")
                              .arg(shown)
                              .arg(version)
                              .arg(latest));
    }
    if (version == 0 && existed) {
        auto count = db->prepare("SELECT count(*) FROM sqlite_schema");
        if (!count || !count->next().ok()) {
            const QString why = db->lastError();
            db.reset();
            return R::failure(tr("%1 is damaged or not a database (%2); it was left untouched.").arg(shown, why));
        }
        if (count->int64(0) > 0) {
            db.reset();
            return R::failure(
                tr("%1 is an SQLite database of another program, not an Obole database; it was left untouched.")
                    .arg(shown));
        }
    }

    // Opening reads only the header and the schema: a damaged page elsewhere would go unseen until a command read it,
    // and a command that does not (results already current) would answer from a damaged file. So the structure is
    // checked before anything is written: all of a file up to 32 MiB (quick_check, about 2.5 ms a MiB here), and as
    // much of a larger one as 50 ms allow, table by table; the rest is caught by every read, which checks each step.
    if (existed) {
        const bool whole = info.size() <= kOpenCheckWholeBytes;
        auto report = db->checkStructure(false, whole ? 0 : kOpenCheckBudgetMs);
        if (!report || !report->problems.isEmpty()) {
            const QString why = report ? report->problems.mid(0, 3).join(QStringLiteral("; ")) : report.error();
            db.reset();
            return R::failure(tr("%1 is damaged (%2); it was left untouched. Restore a backup, or run obole-cli db "
                                 "check for the whole report.")
                                  .arg(shown, why));
        }
    }

    if (version < latest && readOnly) {
        db.reset();
        return R::failure(tr("%1 is read-only and was written by an older Obole: opening it needs an upgrade, which "
                             "writes to it. Make it writable (or copy it) first; it was left untouched.")
                              .arg(shown));
    }
    if (version < latest) {
        if (auto st = db->migrate(migrations, version); !st) {
            removeIfNew();
            return R::failure(tr("Cannot bring %1 up to date; it was left as it was. %2").arg(shown, st.error()));
        }
    }
    if (readOnly) {
        (void)db->exec("PRAGMA foreign_keys=ON");
        return R(std::move(db));
    }
    if (auto st = db->exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"); !st)
        return R::failure(tr("Cannot open %1: %2").arg(shown, st.error()));
    return R(std::move(db));
}

Result<Database::CheckReport> Database::checkStructure(bool full, int budgetMs)
{
    using R = Result<CheckReport>;
    CheckReport report;
    if (m_pg) {
        // The server keeps its own pages: what can be checked from here is that every table answers.
        auto tables = prepare("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1");
        if (!tables)
            return R::failure(tables.error());
        QStringList names;
        while (tables->step())
            names << tables->text(0);
        if (tables->failed())
            return R::failure(tables->error());
        for (const QString& name : names) {
            const QByteArray sql = "SELECT count(*) FROM \"" + name.toUtf8() + '"';
            if (auto n = queryInt64(sql.constData()); !n)
                report.problems << name + u": " + n.error();
        }
        return report;
    }
    // An interrupt from another thread keeps the budget: SQLite checks a whole table in one step, which a progress
    // handler (called between steps) could not stop.
    std::mutex watchMutex;
    std::condition_variable watchDone;
    bool finished = false;
    bool interrupted = false; // both under watchMutex
    std::thread watchdog;
    if (budgetMs > 0) {
        watchdog = std::thread([&] {
            std::unique_lock lock(watchMutex);
            if (!watchDone.wait_for(lock, std::chrono::milliseconds(budgetMs), [&] { return finished; })) {
                interrupted = true;
                sqlite3_interrupt(m_db);
            }
        });
    }
    const auto stopWatchdog = [&] {
        if (!watchdog.joinable())
            return;
        {
            std::lock_guard lock(watchMutex);
            finished = true;
        }
        watchDone.notify_all();
        watchdog.join();
    };
    const auto stopOnReturn = qScopeGuard(stopWatchdog);
    sqlite3_stmt* stmt = nullptr;
    const char* sql = full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)";
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return R::failure(lastError());
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const QString line = text ? QString::fromUtf8(text) : QString();
        if (line != u"ok")
            report.problems.append(line);
    }
    stopWatchdog();
    if (rc == SQLITE_INTERRUPT && interrupted) {
        report.complete = false;
        return report;
    }
    if (rc != SQLITE_DONE)
        report.problems.append(lastError());
    return report;
}

int Database::schemaVersion()
{
    if (m_pg) {
        auto v = queryInt64("SELECT max(version) FROM obole_schema");
        return v ? int(v.value()) : -1;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    int version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

Status Database::migrate(const QList<Migration>& migrations, int from)
{
    // Every pending step runs in one transaction, so a failure at any step leaves the file as it was.
    Transaction tx(*this);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const Migration& m : migrations) {
        if (m.version <= from)
            continue;
        if (auto st = exec(m.sql); !st)
            return Status::failure(tr("Step %1 failed: %2").arg(m.version).arg(st.error()));
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(m.version);
        if (auto st = exec(pragma.constData()); !st)
            return st;
    }
    return tx.commit();
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (m_pg) {
        std::vector<char> used;
        std::string translated = ServerQuery::translatePlaceholders(sql, used);
        return Statement(new ServerQuery(std::move(translated), std::move(used)), this);
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Result<Statement>::failure(lastError());
    return Statement(stmt, this);
}

Status Database::exec(const char* sql)
{
    if (m_pg)
        return serverExec(sql);
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return Status::failure(error);
    }
    return {};
}

void Database::setPageCacheKiB(int kib)
{
    if (m_pg)
        return; // the server manages its own cache
    const std::string sql = "PRAGMA cache_size = -" + std::to_string(kib);
    (void)exec(sql.c_str());
}

BulkWrite::BulkWrite(Database& db, bool wanted) : m_db(db)
{
    if (!wanted || db.m_pg || db.inTransaction())
        return;
    sqlite3* handle = db.m_db;
    // Leaving the log needs the file to itself: ask once rather than wait on another connection.
    sqlite3_busy_timeout(handle, 0);
    const auto restoreTimeout = qScopeGuard([handle] { sqlite3_busy_timeout(handle, s_busyTimeoutMs); });
    auto mode = db.prepare("PRAGMA journal_mode=DELETE");
    m_active = mode && mode->next().value_or(false) && mode->text(0) == QLatin1String("delete");
}

BulkWrite::~BulkWrite()
{
    if (m_active)
        (void)m_db.exec("PRAGMA journal_mode=WAL");
}

qint64 Database::lastInsertId() const
{
    if (m_pg) {
        // The id the last insert took from its table's sequence (schema: obole_assign_id).
        auto id = const_cast<Database*>(this)->queryInt64("SELECT lastval()");
        return id ? id.value() : 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    if (m_pg)
        return int(m_changes);
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    if (m_pg)
        return serverError(QString::fromUtf8(PQerrorMessage(m_pg)));
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool Database::lastErrorIsBusy() const
{
    if (m_pg)
        return false;
    const int code = sqlite3_extended_errcode(m_db);
    return code == SQLITE_BUSY || code == SQLITE_BUSY_SNAPSHOT || code == SQLITE_LOCKED;
}

bool Database::inTransaction() const
{
    if (m_pg) {
        // A connection found lost knows of no transaction: this program's own count says (reconnectIfLost).
        if (PQstatus(m_pg) == CONNECTION_BAD)
            return m_serverTransaction;
        // A statement whose rows are still arriving keeps the connection busy; once read, the state is known.
        const_cast<Database*>(this)->settle();
        return PQtransactionStatus(m_pg) != PQTRANS_IDLE;
    }
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<Database::Space> Database::space()
{
    if (m_pg) {
        auto bytes = queryInt64("SELECT pg_database_size(current_database())");
        if (!bytes)
            return Result<Space>::failure(bytes.error());
        return Space{bytes.value(), 0};
    }
    auto pages = queryInt64("PRAGMA page_count");
    auto freePages = queryInt64("PRAGMA freelist_count");
    auto pageSize = queryInt64("PRAGMA page_size");
    if (!pages || !freePages || !pageSize)
        return Result<Space>::failure(lastError());
    return Space{pages.value() * pageSize.value(), freePages.value() * pageSize.value()};
}

bool Database::worthCompacting(const Space& space)
{
    return space.freeBytes >= 16 * 1024 * 1024 && space.freeBytes * 4 >= space.fileBytes;
}

Status Database::compact(const std::atomic<bool>* cancel)
{
    if (m_pg)
        return {}; // the server's autovacuum gives space back
    setCancelFlag(cancel);
    const auto removeFlag = qScopeGuard([this] { setCancelFlag(nullptr); });
    auto st = exec("VACUUM");
    if (!st && cancel && cancel->load())
        return Status::failure(tr("Compaction cancelled; the file is as it was."));
    if (!st)
        return Status::failure(tr("Cannot compact %1: %2").arg(QDir::toNativeSeparators(m_path), st.error()));
    // The write-ahead log holds the rewritten pages until a checkpoint: fold them in so the file shrinks now.
    (void)exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

void Database::setCancelFlag(const std::atomic<bool>* cancel)
{
    if (m_pg)
        return; // long loops check the flag between rows
    if (!cancel) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 10000, [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(cancel));
}

Transaction::Transaction(Database& db, bool immediate) : m_db(db)
{
    // Inside an open transaction this one becomes a savepoint, so services can be composed.
    m_nested = m_db.inTransaction();
    if (m_nested || !m_db.m_pg) {
        auto st = m_db.exec(m_nested ? "SAVEPOINT obole_nested" : immediate ? "BEGIN IMMEDIATE" : "BEGIN");
        m_active = st.ok();
        m_error = st.error();
        return;
    }
    // On a server, a writer takes the database's one writer lock, as BEGIN IMMEDIATE takes a file's: writers follow
    // one another (each reads what the one before committed, so two desks importing the same rows add them once) and
    // readers never wait. A reader reads one snapshot.
    m_writer = immediate;
    const QByteArray begin = immediate ? "BEGIN; SET LOCAL lock_timeout = '" + QByteArray::number(s_writerWaitSeconds) +
                                             "s'; SELECT pg_advisory_xact_lock(" +
                                             QByteArray::number(Database::kWriterLockKey) + ")"
                                       : QByteArray("BEGIN ISOLATION LEVEL REPEATABLE READ");
    auto st = m_db.serverExec(begin.constData());
    m_active = st.ok();
    m_db.m_serverTransaction = m_active;
    if (!m_active) {
        (void)m_db.serverExec("ROLLBACK");
        m_error = st.error().contains(u"lock timeout")
                      ? Database::tr("Another desk has been writing to the database for over %1 seconds (an import or "
                                     "a reconciliation, most likely); nothing was changed. Try again in a moment.")
                            .arg(s_writerWaitSeconds)
                      : st.error();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO obole_nested; RELEASE obole_nested");
    } else {
        (void)m_db.exec("ROLLBACK");
        m_db.m_serverTransaction = false;
    }
}

Status Transaction::commit()
{
    // Other desks listening on a server learn that something changed once it is committed (ChangeListener).
    static const QByteArray notifyAndCommit =
        QByteArray("NOTIFY ") + Database::kChangesChannel + ", '" + ChangeListener::processToken() + "'; COMMIT";
    auto st = m_db.exec(m_nested ? "RELEASE obole_nested" : m_writer ? notifyAndCommit.constData() : "COMMIT");
    if (st) {
        m_active = false;
        if (!m_nested)
            m_db.m_serverTransaction = false;
    }
    return st;
}

bool Database::mayWrite(std::string_view table)
{
    if (!m_pg)
        return sqlite3_db_readonly(m_db, "main") != 1;
    auto s = prepare("SELECT has_table_privilege(current_user, ?, 'INSERT')");
    if (!s)
        return false;
    s->bind(1, table);
    return s->step() && s->int64(0) != 0;
}

Result<qint64> Database::queryInt64(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return Result<qint64>::failure(stmt.error());
    auto row = stmt->next();
    if (!row)
        return Result<qint64>::failure(row.error());
    return row.value() ? stmt->int64(0) : 0;
}
