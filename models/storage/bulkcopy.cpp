#include "bulkcopy.h"

#include "database.h"

#include <libpq-fe.h>

#include <charconv>

namespace {
constexpr size_t s_sendBytes = 256 * 1024;
} // namespace

Result<BulkCopy> BulkCopy::begin(Database& db, std::string_view table, std::string_view columns)
{
    using R = Result<BulkCopy>;
    if (db.engine() != Database::Engine::Server)
        return R::failure(QStringLiteral("COPY needs a PostgreSQL server"));
    db.settle();
    const std::string sql = "COPY " + std::string(table) + " (" + std::string(columns) + ") FROM STDIN";
    PGresult* r = PQexec(db.m_pg, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    // A connection lost by now says so, as every other command's failure does.
    const QString why = ok ? QString() : db.serverError(r);
    PQclear(r);
    if (!ok)
        return R::failure(why);
    BulkCopy copy(db);
    copy.m_open = true;
    db.m_openCopy = &copy;
    copy.m_buffer.reserve(s_sendBytes + 4096);
    return R(std::move(copy));
}

BulkCopy::BulkCopy(BulkCopy&& other) noexcept
    : m_db(other.m_db), m_buffer(std::move(other.m_buffer)), m_rowStarted(other.m_rowStarted),
      m_open(std::exchange(other.m_open, false)), m_failed(other.m_failed)
{
    if (m_open && m_db->m_openCopy == &other)
        m_db->m_openCopy = this;
}

BulkCopy::~BulkCopy()
{
    if (!m_open)
        return;
    m_db->m_openCopy = nullptr;
    // Abandoned: the command fails, and with it the transaction it ran in, which its owner then rolls back.
    PQputCopyEnd(m_db->m_pg, "abandoned");
    while (PGresult* r = PQgetResult(m_db->m_pg))
        PQclear(r);
}

void BulkCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void BulkCopy::appendEscaped(std::string& out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void BulkCopy::text(std::string_view value)
{
    separate();
    appendEscaped(m_buffer, value);
}

void BulkCopy::appendNumber(std::string& out, qint64 value)
{
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

void BulkCopy::number(qint64 value)
{
    separate();
    appendNumber(m_buffer, value);
}

void BulkCopy::null()
{
    separate();
    m_buffer += "\\N";
}

void BulkCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= s_sendBytes)
        (void)send(); // a failure shows at finish()
}

void BulkCopy::raw(std::string_view rows)
{
    if (!m_buffer.empty())
        (void)send();
    const int rc = PQputCopyData(m_db->m_pg, rows.data(), int(rows.size()));
    if (rc != 1)
        m_failed = true;
}

Status BulkCopy::send()
{
    if (m_buffer.empty())
        return {};
    const int rc = PQputCopyData(m_db->m_pg, m_buffer.data(), int(m_buffer.size()));
    m_buffer.clear();
    if (rc != 1)
        return Status::failure(m_db->serverError(QString::fromUtf8(PQerrorMessage(m_db->m_pg))));
    return {};
}

Status BulkCopy::finish()
{
    Status st = send();
    if (st && m_failed)
        st = Status::failure(m_db->serverError(QString::fromUtf8(PQerrorMessage(m_db->m_pg))));
    m_open = false;
    if (m_db->m_openCopy == this)
        m_db->m_openCopy = nullptr;
    if (PQputCopyEnd(m_db->m_pg, st ? nullptr : "failed") != 1)
        st = Status::failure(m_db->serverError(QString::fromUtf8(PQerrorMessage(m_db->m_pg))));
    while (PGresult* r = PQgetResult(m_db->m_pg)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && st) {
            st = Status::failure(m_db->serverError(r));
        }
        PQclear(r);
    }
    return st;
}
