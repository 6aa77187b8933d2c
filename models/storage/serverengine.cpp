// The PostgreSQL engine behind Database and Statement: a team's shared server, named by a libpq URI.
#include "bulkcopy.h"
#include "bulkinsert.h"
#include "database.h"
#include "schema.h"
#include "serverquery.h"
#include "serverroles.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace {

constexpr Oid s_int8Oid = 20;
constexpr Oid s_byteaOid = 17;
constexpr Oid s_textOid = 25;
constexpr Oid s_boolOid = 16;
constexpr Oid s_int2Oid = 21;
constexpr Oid s_int4Oid = 23;
// The key of the advisory lock that serialises upgrades: two desks opening an old database upgrade it once.
constexpr qint64 s_upgradeLockKey = 0x4f626f6c65; // "Obole"

// A password written in a URI is kept in memory only, so that another thread can open the same database again; the
// location the program keeps and shows has none. Passwords otherwise come from ~/.pgpass, as libpq reads it.
QMutex s_passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

struct Location
{
    QString shown;    // the URI without its password
    QString password; // empty when the URI has none
};

Location splitPassword(const QString& uri)
{
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://)([^@/?#:]*):([^@/?#]*)@"));
    const auto m = userInfo.match(uri);
    if (!m.hasMatch())
        return {uri, {}};
    Location l;
    l.shown = m.captured(1) + m.captured(2) + u'@' + uri.mid(m.capturedEnd(0));
    l.password = QUrl::fromPercentEncoding(m.captured(3).toUtf8());
    return l;
}

QString message(const char* text)
{
    return QString::fromUtf8(text).trimmed();
}

// A failed result's text: the server's primary message, and its detail when it gives one.
QString resultError(const PGresult* result)
{
    const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (!primary)
        return message(PQresultErrorMessage(result));
    QString text = QString::fromUtf8(primary);
    if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
        text += u' ' + QString::fromUtf8(detail);
    return text;
}

struct ConnectParams
{
    QByteArray uri;
    QByteArray database; // overrides the URI's database when set
    std::vector<const char*> keywords;
    std::vector<const char*> values;

    explicit ConnectParams(const QByteArray& connectionUri, const QByteArray& otherDatabase = {})
        : uri(connectionUri), database(otherDatabase)
    {
        // A URI's own connect_timeout wins over ours: it comes later.
        add("connect_timeout", "10");
        add("dbname", uri.constData());
        add("fallback_application_name", "obole");
        add("client_encoding", "UTF8");
        if (!database.isEmpty())
            add("dbname", database.constData());
        keywords.push_back(nullptr);
        values.push_back(nullptr);
    }
    void add(const char* k, const char* v)
    {
        keywords.push_back(k);
        values.push_back(v);
    }
};

} // namespace

// --- Statements ---------------------------------------------------------------------------------------------------

ServerQuery::ServerQuery(std::string sql, std::vector<char> used)
    : m_sql(std::move(sql)), m_values(used.size()), m_bound(used.size(), 0), m_used(std::move(used))
{
}

ServerQuery::~ServerQuery()
{
    clearRow();
    for (PGresult* r : m_taken)
        PQclear(r);
}

std::string ServerQuery::translatePlaceholders(std::string_view sql, std::vector<char>& used)
{
    std::string out;
    out.reserve(sql.size() + 16);
    used.clear();
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const size_t end = sql.find(c, i + 1);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const size_t end = sql.find('\n', i);
            const size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] == '$') {
            // A dollar-quoted body ($$ ... $$) is copied as it is.
            const size_t end = sql.find("$$", i + 2);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 2;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            size_t j = i + 1;
            int number = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                number = number * 10 + (sql[j++] - '0');
            if (j == i + 1)
                number = int(used.size()) + 1;
            if (number < 1)
                number = 1;
            if (size_t(number) > used.size())
                used.resize(size_t(number), 0);
            used[size_t(number - 1)] = 1;
            out += '$';
            out += std::to_string(number);
            i = j - 1;
        } else {
            out += c;
        }
    }
    return out;
}

void ServerQuery::bindText(int index, std::string_view utf8)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)].assign(utf8.data(), utf8.size());
    m_bound[size_t(index - 1)] = 't';
}

void ServerQuery::bindInt64(int index, qint64 value)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)].clear();
    BulkCopy::appendNumber(m_values[size_t(index - 1)], value);
    m_bound[size_t(index - 1)] = 'i';
}

void ServerQuery::bindBlob(int index, std::string_view bytes)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)].assign(bytes.data(), bytes.size());
    m_bound[size_t(index - 1)] = 'b';
}

void ServerQuery::bindNull(int index)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)].clear();
    m_bound[size_t(index - 1)] = 0;
}

bool ServerQuery::send(Database& db)
{
    db.settle();
    if (!db.m_insertError.isEmpty()) {
        failed = true;
        error = std::exchange(db.m_insertError, QString());
        return false;
    }
    if (auto st = db.reconnectIfLost(); !st) {
        failed = true;
        error = st.error();
        return false;
    }
    if (!m_name.empty() && m_session != db.m_session) {
        // Prepared on a connection since lost: prepared again on this one.
        m_name.clear();
        m_runs = 1;
    }
    const size_t n = m_values.size();
    std::vector<const char*> values(n);
    std::vector<int> lengths(n);
    std::vector<int> formats(n);
    std::vector<Oid> types(n);
    for (size_t i = 0; i < n; ++i) {
        const char kind = m_bound[i];
        values[i] = kind ? m_values[i].data() : nullptr;
        lengths[i] = int(m_values[i].size());
        formats[i] = kind == 'b' ? 1 : 0;
        types[i] = kind == 'b' ? s_byteaOid : kind == 'i' ? s_int8Oid : m_used[i] ? 0 : s_textOid;
    }
    // A statement run a second time is prepared on the server, which then parses and plans it once for all its runs
    // (a writer of thousands of rows runs the same statement thousands of times).
    if (m_name.empty() && m_runs == 1) {
        std::string name = "obole_" + std::to_string(++db.m_prepared);
        PGresult* r = PQprepare(db.m_pg, name.c_str(), m_sql.c_str(), int(n), types.data());
        if (PQresultStatus(r) == PGRES_COMMAND_OK) {
            m_name = std::move(name);
            m_session = db.m_session;
        }
        PQclear(r);
    }
    ++m_runs;
    const int rowForm = binary ? 1 : 0;
    const bool sent = m_name.empty() ? PQsendQueryParams(db.m_pg, m_sql.c_str(), int(n), types.data(), values.data(),
                                                         lengths.data(), formats.data(), rowForm)
                                     : PQsendQueryPrepared(db.m_pg, m_name.c_str(), int(n), values.data(),
                                                           lengths.data(), formats.data(), rowForm);
    if (!sent) {
        failed = true;
        error = db.serverError(message(PQerrorMessage(db.m_pg)));
        return false;
    }
    PQsetSingleRowMode(db.m_pg);
    m_sent = true;
    m_arriving = true;
    db.m_reading = this;
    return true;
}

void ServerQuery::clearRow()
{
    if (m_row) {
        PQclear(m_row);
        m_row = nullptr;
        m_blobs.clear();
        m_blobDecoded.clear();
    }
}

bool ServerQuery::step(Database& db)
{
    clearRow();
    if (failed)
        return false;
    if (!m_sent && !send(db))
        return false;
    for (;;) {
        PGresult* r = nullptr;
        if (!m_taken.empty()) {
            r = m_taken.front();
            m_taken.pop_front();
        } else if (m_arriving) {
            r = PQgetResult(db.m_pg);
            if (!r) {
                m_arriving = false;
                if (db.m_reading == this)
                    db.m_reading = nullptr;
                return false;
            }
        } else {
            return false;
        }
        if (takeResult(db, r))
            return true;
    }
}

bool ServerQuery::takeResult(Database& db, PGresult* r)
{
    switch (PQresultStatus(r)) {
    case PGRES_SINGLE_TUPLE:
        if (failed) {
            PQclear(r);
            return false;
        }
        m_row = r;
        return true;
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
        db.m_changes = std::atoll(PQcmdTuples(r));
        break;
    default:
        failed = true;
        error = db.serverError(r);
        break;
    }
    PQclear(r);
    return false;
}

void ServerQuery::takeRemainingRows(Database& db)
{
    while (m_arriving) {
        PGresult* r = PQgetResult(db.m_pg);
        if (!r)
            m_arriving = false;
        else
            m_taken.push_back(r);
    }
    if (db.m_reading == this)
        db.m_reading = nullptr;
}

void ServerQuery::reset(Database& db)
{
    clearRow();
    while (m_arriving) {
        PGresult* r = PQgetResult(db.m_pg);
        if (!r)
            m_arriving = false;
        else
            PQclear(r);
    }
    if (db.m_reading == this)
        db.m_reading = nullptr;
    for (PGresult* r : m_taken)
        PQclear(r);
    m_taken.clear();
    m_sent = false;
    failed = false;
    error.clear();
}

void ServerQuery::release(Database& db)
{
    reset(db);
    // The name is given back with the next command run outside a transaction, with the others dropped meanwhile: not
    // a round trip of its own, and not now, when a COPY under way would have to end first, or a failed transaction
    // would refuse it.
    if (!m_name.empty() && m_session == db.m_session)
        db.m_unprepare.push_back(std::move(m_name));
}

bool ServerQuery::isNull(int column) const
{
    return !m_row || PQgetisnull(m_row, 0, column);
}

int ServerQuery::columnCount() const
{
    return m_row ? PQnfields(m_row) : 0;
}

const char* ServerQuery::text(int column) const
{
    return isNull(column) ? nullptr : PQgetvalue(m_row, 0, column);
}

int ServerQuery::length(int column) const
{
    return m_row ? PQgetlength(m_row, 0, column) : 0;
}

qint64 ServerQuery::int64(int column) const
{
    const char* v = text(column);
    if (!v)
        return 0;
    if (binary) {
        // Integers in network byte order, a boolean as one byte.
        const Oid type = PQftype(m_row, column);
        const int size = type == s_int8Oid   ? 8
                         : type == s_int4Oid ? 4
                         : type == s_int2Oid ? 2
                         : type == s_boolOid ? 1
                                             : 0;
        if (size > 0 && length(column) == size) {
            quint64 value = 0;
            for (int i = 0; i < size; ++i)
                value = value << 8 | quint8(v[i]);
            const int unused = 64 - size * 8;
            return unused ? qint64(value << unused) >> unused : qint64(value);
        }
    }
    // A comparison is a boolean on the server, a number in SQLite.
    if (v[0] == 't' && v[1] == 0)
        return 1;
    if (v[0] == 'f' && v[1] == 0)
        return 0;
    return std::strtoll(v, nullptr, 10);
}

std::string_view ServerQuery::blob(int column) const
{
    const char* v = text(column);
    if (!v)
        return {};
    const int n = length(column);
    if (binary || PQftype(m_row, column) != s_byteaOid)
        return std::string_view(v, size_t(n));
    if (m_blobs.size() <= size_t(column)) {
        m_blobs.resize(size_t(column) + 1);
        m_blobDecoded.resize(size_t(column) + 1, 0);
    }
    std::string& out = m_blobs[size_t(column)];
    if (!m_blobDecoded[size_t(column)]) {
        // Text results give bytea as "\x" and two hex digits a byte.
        out.clear();
        if (n >= 2 && v[0] == '\\' && v[1] == 'x') {
            out.resize(size_t(n - 2) / 2);
            auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
            for (size_t i = 0; i < out.size(); ++i)
                out[i] = char(nibble(v[2 + 2 * i]) << 4 | nibble(v[3 + 2 * i]));
        } else {
            size_t size = 0;
            unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &size);
            if (raw) {
                out.assign(reinterpret_cast<const char*>(raw), size);
                PQfreemem(raw);
            }
        }
        m_blobDecoded[size_t(column)] = 1;
    }
    return out;
}

// --- Connections --------------------------------------------------------------------------------------------------

bool Database::isServerLocation(const QString& path)
{
    return path.startsWith(u"postgresql://") || path.startsWith(u"postgres://");
}

namespace {

// Why a connection failed, in words a user can act on: the server out of reach, a password not found, a missing
// database and a refused login each get their own message (libpq's own words, in the reader's language or not,
// follow).
QString connectionFailure(PGconn* conn, const ConnectParams& params, const QString& shown)
{
    const QString why = message(PQerrorMessage(conn)).simplified(); // libpq's lines, as one
    const QString host = QString::fromUtf8(PQhost(conn)) + u':' + QString::fromUtf8(PQport(conn));
    const QString user = QString::fromUtf8(PQuser(conn));
    const QString name = QString::fromUtf8(PQdb(conn));
    // A refused certificate is a server that answered: libpq's ping counts it as no answer, so it is asked first.
    if (why.contains(u"server does not support SSL"))
        return Database::tr("The PostgreSQL server at %1 does not take encrypted connections, and this connection "
                            "asks for one (%2): turn ssl on in the server's postgresql.conf (see the team setup "
                            "guide), or choose a security that allows an unencrypted connection.")
            .arg(host, why);
    if (why.contains(u"SSL") || why.contains(u"certificate"))
        return Database::tr("The secure connection to the PostgreSQL server at %1 failed (%2). With "
                            "sslmode=verify-full, the server's certificate must be signed by the authority in "
                            "~/.postgresql/root.crt (or sslrootcert) and name the host.")
            .arg(host, why);
    if (PQpingParams(params.keywords.data(), params.values.data(), 1) == PQPING_NO_RESPONSE)
        return Database::tr("Cannot reach the PostgreSQL server at %1: check the host, the port and that the server "
                            "runs and accepts connections from this computer (%2).")
            .arg(host, why);
    if (PQconnectionNeedsPassword(conn))
        return Database::tr("The PostgreSQL server at %1 asks for the password of %2, and none was found: add a line "
                            "for it to ~/.pgpass (host:port:database:user:password, a file only you can read).")
            .arg(host, user);
    // The same login on the server's own database tells a missing database from a refused login.
    const ConnectParams probe(params.uri, "postgres");
    PGconn* other = PQconnectdbParams(probe.keywords.data(), probe.values.data(), 1);
    const bool loginWorks = PQstatus(other) == CONNECTION_OK;
    PQfinish(other);
    if (loginWorks)
        return Database::tr("There is no database \"%1\" on the PostgreSQL server at %2: create it (see the team "
                            "setup guide) or check its name in %3.")
            .arg(name, host, shown);
    return Database::tr("The PostgreSQL server at %1 refused the login of %2 (%3).").arg(host, user, why);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString& uri, const QList<Migration>& migrations,
                                                       bool readOnly)
{
    using R = Result<std::unique_ptr<Database>>;
    Location location = splitPassword(uri);
    const bool passwordGiven = !location.password.isEmpty();
    if (!passwordGiven) {
        QMutexLocker lock(&s_passwordsMutex);
        location.password = passwords().value(location.shown);
    }
    const QString& shown = location.shown;
    QByteArray full = uri.toUtf8();
    if (!location.password.isEmpty() && !passwordGiven) {
        const qsizetype at = full.indexOf('@');
        const qsizetype scheme = full.indexOf("://") + 3;
        if (at > scheme)
            full.insert(at, ':' + QUrl::toPercentEncoding(location.password));
    }
    const ConnectParams params(full);
    std::unique_ptr<Database> db(new Database);
    db->m_path = shown;
    db->m_pg = PQconnectdbParams(params.keywords.data(), params.values.data(), 1);
    if (!db->m_pg)
        return R::failure(tr("Cannot open %1: out of memory.").arg(shown));
    if (PQstatus(db->m_pg) != CONNECTION_OK)
        return R::failure(connectionFailure(db->m_pg, params, shown));
    // The server's notices (a DROP ... IF EXISTS that had nothing to drop) are not for the user's terminal.
    PQsetNoticeProcessor(
        db->m_pg, [](void*, const char*) {}, nullptr);
    if (passwordGiven) {
        // Remembered once it has worked, for this program's other connections to the same database.
        QMutexLocker lock(&s_passwordsMutex);
        passwords().insert(location.shown, location.password);
    }
    auto who = db->prepare("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)");
    if (!who || !who->step())
        return R::failure(tr("Cannot open %1: %2").arg(shown, who ? who->error() : who.error()));
    db->m_userName = who->text(0);
    if (who->int64(1) != 0)
        return R::failure(tr("%1 logs in as %2, a superuser: Obole works as an ordinary role (see obole-cli db roles "
                             "and the team setup guide), so that the server's own grants keep each desk to its part.")
                              .arg(shown, db->m_userName));
    who = Result<Statement>::failure(QString());
    if (readOnly) {
        // As it is: no check, no upgrade, nothing written.
        if (auto st = db->serverExec("SET default_transaction_read_only TO on"); !st)
            return R::failure(tr("Cannot open %1: %2").arg(shown, st.error()));
        db->m_readOnlySession = true;
        return R(std::move(db));
    }
    if (auto st = db->migrateServer(migrations); !st)
        return R::failure(st.error());
    return R(std::move(db));
}

Status Database::migrateServer(const QList<Migration>& migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    // Is it an Obole database, and at which step? Another program's tables are not touched.
    auto readVersion = [this]() -> Result<int> {
        auto known = queryInt64("SELECT CASE WHEN to_regclass('obole_schema') IS NULL THEN -1 ELSE 0 END");
        if (!known)
            return Result<int>::failure(known.error());
        if (known.value() < 0) {
            auto tables = queryInt64("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
            if (!tables)
                return Result<int>::failure(tables.error());
            return tables.value() > 0 ? -1 : 0;
        }
        auto v = queryInt64("SELECT max(version) FROM obole_schema");
        if (!v)
            return Result<int>::failure(v.error());
        return int(v.value());
    };
    auto version = readVersion();
    if (!version)
        return Status::failure(tr("Cannot read %1: %2").arg(m_path, version.error()));
    auto refuse = [&](int v) -> Status {
        if (v < 0)
            return Status::failure(tr("The database %1 holds tables of another program, not an Obole database; it "
                                      "was left untouched.")
                                       .arg(m_path));
        return Status::failure(tr("%1 was written by a newer version of Obole (schema %2; this version knows up to "
                                  "%3). It was left untouched: update Obole to open it.")
                                   .arg(m_path)
                                   .arg(v)
                                   .arg(latest));
    };
    if (version.value() < 0 || version.value() > latest)
        return refuse(version.value());
    if (version.value() == latest)
        return {};
    // Only the owner may make or change tables: another role is told whose work it is rather than the first refusal.
    {
        const std::string whose = version.value() == 0
                                      ? "SELECT CASE WHEN has_schema_privilege(current_schema(), 'CREATE') THEN '' "
                                        "ELSE pg_get_userbyid(datdba) END FROM pg_database WHERE datname = "
                                        "current_database()"
                                      : "SELECT CASE WHEN pg_has_role(tableowner, 'USAGE') THEN '' ELSE tableowner "
                                        "END FROM pg_tables WHERE schemaname = current_schema() AND tablename = "
                                        "'obole_schema'";
        auto owner = prepare(whose);
        if (owner && owner->step() && !owner->textView(0).empty()) {
            const QString name = owner->text(0);
            if (version.value() == 0)
                return Status::failure(tr("%1 is empty, and %2 may not create its tables: open it first as the "
                                          "database's owner, %3 (then give the team its roles: obole-cli db roles). "
                                          "Nothing was changed.")
                                           .arg(m_path, m_userName, name));
            return Status::failure(tr("%1 was written by an older Obole (schema %2) and must be brought up to date "
                                      "(schema %3) by its owner, %4, before other roles open it: open it once as %4. "
                                      "It was left as it was.")
                                       .arg(m_path)
                                       .arg(version.value())
                                       .arg(latest)
                                       .arg(name));
        }
    }
    // One desk upgrades; another that opens the database at the same time waits for the lock, then finds it done.
    Transaction tx(*this);
    if (!tx.isActive())
        return Status::failure(tr("Cannot bring %1 up to date: %2").arg(m_path, tx.error()));
    const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(s_upgradeLockKey) + ")";
    if (auto st = serverExec(lock.constData()); !st)
        return Status::failure(tr("Cannot bring %1 up to date: %2").arg(m_path, st.error()));
    version = readVersion();
    if (!version)
        return Status::failure(tr("Cannot read %1: %2").arg(m_path, version.error()));
    if (version.value() < 0 || version.value() > latest)
        return refuse(version.value());
    if (version.value() == latest)
        return tx.commit();
    if (version.value() == 0) {
        if (auto st = serverExec("CREATE TABLE obole_schema (version BIGINT NOT NULL)"); !st)
            return Status::failure(tr("Cannot bring %1 up to date: %2").arg(m_path, st.error()));
    }
    // A team's roles keep what they may do: what the steps add is granted as the roles script grants it.
    bool regrant = false;
    if (version.value() > 0) {
        auto granted = queryInt64(ServerRoles::grantedHere());
        if (!granted)
            return Status::failure(tr("Cannot bring %1 up to date: %2").arg(m_path, granted.error()));
        regrant = granted.value() == 1;
    }
    for (const Migration& m : migrations) {
        if (m.version <= version.value())
            continue;
        if (auto st = serverExec(m.sql); !st)
            return Status::failure(tr("Cannot bring %1 up to date; it was left as it was. Step %2 failed: %3")
                                       .arg(m_path)
                                       .arg(m.version)
                                       .arg(st.error()));
    }
    if (regrant) {
        if (auto st = serverExec(ServerRoles::grants()); !st)
            return Status::failure(tr("Cannot bring %1 up to date; it was left as it was. Granting the team's roles "
                                      "what they may do on the new tables failed: %2")
                                       .arg(m_path, st.error()));
    }
    const QByteArray record =
        "DELETE FROM obole_schema; INSERT INTO obole_schema (version) VALUES (" + QByteArray::number(latest) + ")";
    if (auto st = serverExec(record.constData()); !st)
        return Status::failure(tr("Cannot bring %1 up to date: %2").arg(m_path, st.error()));
    return tx.commit();
}

void Database::settle()
{
    if (m_openCopy) {
        // An insert's COPY takes the rows still waiting in it as it ends.
        const auto sender = std::find_if(m_waitingInserts.begin(), m_waitingInserts.end(),
                                         [this](const BulkInsert* insert) { return insert->sendsBy(m_openCopy); });
        const Status st = sender != m_waitingInserts.end() ? (*sender)->flush() : m_openCopy->finish();
        if (!st && m_insertError.isEmpty())
            m_insertError = st.error();
    }
    if (m_reading)
        m_reading->takeRemainingRows(*this);
    // Rows waiting in a BulkInsert go first, so that what runs next sees them.
    while (!m_waitingInserts.empty()) {
        BulkInsert* insert = m_waitingInserts.back();
        if (auto st = insert->flush(); !st && m_insertError.isEmpty())
            m_insertError = st.error();
    }
}

void Database::waitingBulkInsert(BulkInsert* insert)
{
    m_waitingInserts.push_back(insert);
}

void Database::forgetBulkInsert(BulkInsert* insert)
{
    std::erase(m_waitingInserts, insert);
}

Status Database::serverExec(const char* sql)
{
    settle();
    // Rows a BulkInsert sent and the server refused fail the next command but a rollback.
    if (!m_insertError.isEmpty() && std::strncmp(sql, "ROLLBACK", 8) != 0)
        return Status::failure(std::exchange(m_insertError, QString()));
    m_insertError.clear();
    if (auto st = reconnectIfLost(); !st)
        return st;
    if (!m_unprepare.empty() && PQtransactionStatus(m_pg) == PQTRANS_IDLE) {
        std::string names;
        for (const std::string& name : m_unprepare)
            names += "DEALLOCATE " + name + ";";
        m_unprepare.clear();
        PQclear(PQexec(m_pg, names.c_str()));
    }
    PGresult* r = PQexec(m_pg, sql);
    const ExecStatusType status = PQresultStatus(r);
    Status st;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        m_changes = std::atoll(PQcmdTuples(r));
    else
        st = Status::failure(r ? serverError(r) : serverError(message(PQerrorMessage(m_pg))));
    PQclear(r);
    return st;
}

Status Database::reserveIds(std::string_view table, qint64 lastId)
{
    if (!m_pg || lastId < 1)
        return {};
    // A table without a sequence of its own (its ids are always given) has nothing to reserve.
    const std::string sequence = "to_regclass('" + std::string(table) + "_id_seq')";
    const std::string sql = "SELECT CASE WHEN " + sequence + " IS NOT NULL THEN setval(" + sequence + ", greatest(" +
                            std::to_string(lastId) + ", coalesce(pg_sequence_last_value(" + sequence + "), 0))) END";
    return serverExec(sql.c_str());
}

// libpq marks a connection bad once it has read the end of it; a failure while sending (a COPY's rows, over TLS
// above all) can come before, with a message of the TLS layer's. The socket itself tells: closed or reset by the
// other end, whatever the words.
bool Database::connectionLost() const
{
    if (PQstatus(m_pg) == CONNECTION_BAD)
        return true;
    const int fd = PQsocket(m_pg);
    if (fd < 0)
        return true;
    char byte = 0;
    const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

Status Database::reconnectIfLost()
{
    if (m_serverTransaction || m_reading || m_openCopy)
        return {};
    // What the server sent while the connection was idle is read first: a server shutting down says so, then closes.
    PQconsumeInput(m_pg);
    if (PQstatus(m_pg) == CONNECTION_OK && !connectionLost())
        return {};
    PQreset(m_pg);
    if (PQstatus(m_pg) != CONNECTION_OK)
        return Status::failure(tr("The connection to the PostgreSQL server was lost, and connecting again failed (%1); "
                                  "nothing was changed.")
                                   .arg(message(PQerrorMessage(m_pg)).simplified()));
    // The statements prepared on the lost connection went with it.
    ++m_session;
    m_unprepare.clear();
    if (m_readOnlySession) {
        PGresult* r = PQexec(m_pg, "SET default_transaction_read_only TO on");
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString why = ok ? QString() : serverError(r);
        PQclear(r);
        if (!ok)
            return Status::failure(why);
    }
    return {};
}

QString Database::serverError(const QString& raw) const
{
    const QString text = raw.simplified();
    if (connectionLost())
        return tr("The connection to the PostgreSQL server was lost (%1); what was being written was not kept.")
            .arg(text);
    return text;
}

QString Database::serverError(const pg_result* result) const
{
    const QString text = resultError(result).simplified();
    // SQLSTATE 42501: the server's grants refuse this role the change (a viewer's write, most often).
    if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE); state && std::strcmp(state, "42501") == 0)
        return tr("The PostgreSQL server refused this to %1, whose role may not do it (%2). Imports, reviews and "
                  "closings need the obole_accountant role; the catalog and snippet settings, the database's owner.")
            .arg(m_userName, text);
    return serverError(text);
}
