#include "bulkinsert.h"

#include <algorithm>

namespace {
constexpr size_t s_sendBytes = 256 * 1024;
} // namespace

Result<BulkInsert> BulkInsert::create(Database& db, std::string_view table, std::string_view columns)
{
    using R = Result<BulkInsert>;
    BulkInsert b;
    b.m_db = &db;
    b.m_table = table;
    b.m_columns = columns;
    if (db.engine() == Database::Engine::File) {
        std::string marks;
        for (size_t i = 0, n = size_t(std::count(columns.begin(), columns.end(), ',')) + 1; i < n; ++i)
            marks += i ? ", ?" : "?";
        auto s = db.prepare("INSERT INTO " + b.m_table + " (" + b.m_columns + ") VALUES (" + marks + ")");
        if (!s)
            return R::failure(s.error());
        b.m_insert = std::move(s.value());
    }
    return R(std::move(b));
}

BulkInsert::BulkInsert(BulkInsert&& other) noexcept
{
    *this = std::move(other);
}

BulkInsert& BulkInsert::operator=(BulkInsert&& other) noexcept
{
    if (this == &other)
        return *this;
    if (m_db) {
        (void)flush(); // a failure fails the transaction, as in the destructor
        m_db->forgetBulkInsert(this);
    }
    m_db = std::exchange(other.m_db, nullptr);
    m_table = std::move(other.m_table);
    m_columns = std::move(other.m_columns);
    m_insert = std::move(other.m_insert);
    m_column = other.m_column;
    m_rows = std::move(other.m_rows);
    m_waiting = std::exchange(other.m_waiting, 0);
    m_copy = std::move(other.m_copy);
    if (m_db && m_waiting > 0) {
        m_db->forgetBulkInsert(&other);
        m_db->waitingBulkInsert(this);
    }
    return *this;
}

BulkInsert::~BulkInsert()
{
    // Rows still waiting are sent now; a failure fails the transaction, whose owner then rolls back.
    if (m_db)
        (void)flush();
}

void BulkInsert::separate()
{
    if (m_column++ > 0)
        m_rows += '\t';
}

BulkInsert& BulkInsert::number(qint64 value)
{
    if (m_insert.isValid()) {
        m_insert.bind(++m_column, value);
        return *this;
    }
    separate();
    BulkCopy::appendNumber(m_rows, value);
    return *this;
}

BulkInsert& BulkInsert::number(const std::optional<qint64>& value)
{
    if (value)
        return number(*value);
    if (m_insert.isValid()) {
        m_insert.bindNull(++m_column);
        return *this;
    }
    separate();
    m_rows += "\\N";
    return *this;
}

BulkInsert& BulkInsert::text(std::string_view utf8)
{
    if (m_insert.isValid()) {
        m_insert.bindStatic(++m_column, utf8);
        return *this;
    }
    separate();
    BulkCopy::appendEscaped(m_rows, utf8);
    return *this;
}

BulkInsert& BulkInsert::blob(std::string_view bytes)
{
    if (m_insert.isValid()) {
        m_insert.bindBlobStatic(++m_column, bytes);
        return *this;
    }
    separate();
    // bytea's hex form, its backslash escaped for COPY.
    static constexpr char s_hex[] = "0123456789abcdef";
    const size_t at = m_rows.size();
    m_rows.resize(at + 3 + 2 * bytes.size());
    char* out = m_rows.data() + at;
    *out++ = '\\';
    *out++ = '\\';
    *out++ = 'x';
    for (const char c : bytes) {
        *out++ = s_hex[static_cast<unsigned char>(c) >> 4];
        *out++ = s_hex[static_cast<unsigned char>(c) & 15];
    }
    return *this;
}

Status BulkInsert::endRow()
{
    m_column = 0;
    if (m_insert.isValid())
        return m_insert.run();
    m_rows += '\n';
    if (m_waiting++ == 0)
        m_db->waitingBulkInsert(this);
    return m_rows.size() >= s_sendBytes ? send(false) : Status();
}

Status BulkInsert::flush()
{
    return m_db ? send(true) : Status();
}

Status BulkInsert::send(bool end)
{
    m_db->forgetBulkInsert(this);
    if (m_waiting > 0) {
        m_waiting = 0;
        if (!m_copy || !m_copy->isOpen()) {
            // Begun after what the connection had under way (another insert's COPY, say) has ended.
            m_copy.reset();
            auto copy = BulkCopy::begin(*m_db, m_table, m_columns);
            if (!copy) {
                m_rows.clear();
                return Status::failure(copy.error());
            }
            m_copy = std::make_unique<BulkCopy>(std::move(copy.value()));
        }
        m_copy->raw(m_rows);
        m_rows.clear();
    }
    if (!end || !m_copy || !m_copy->isOpen())
        return {};
    return m_copy->finish();
}
