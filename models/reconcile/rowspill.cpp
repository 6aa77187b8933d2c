#include "rowspill.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <tuple>

#include <fcntl.h>
#include <unistd.h>

namespace {

// Written when the buffer holds this much: a few dozen files can be open at once.
constexpr size_t s_bufferBytes = 64 * 1024;
constexpr size_t s_readBytes = 1024 * 1024;

// An unnamed file in the temporary folder the user chose (TMPDIR), where tmpfile() would always use /tmp.
std::FILE* openTemporary()
{
    std::FILE* file = nullptr;
#if defined(O_TMPFILE)
    const int fd = ::open(QFile::encodeName(QDir::tempPath()).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) {
        file = ::fdopen(fd, "w+b");
        if (!file)
            ::close(fd);
    }
#endif
    return file ? file : std::tmpfile();
}

// Writes the buffer out and empties it; false when it could not be written.
bool writeOut(std::FILE* file, std::string& buffer)
{
    const bool ok = buffer.empty() || (file && std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size());
    buffer.clear();
    return ok;
}

} // namespace

RowSpill::RowSpill() : m_file(openTemporary())
{
    m_failed = m_file == nullptr;
}

RowSpill::~RowSpill()
{
    if (m_file)
        std::fclose(m_file);
}

RowSpill::RowSpill(RowSpill&& other) noexcept
    : m_file(other.m_file), m_buffer(std::move(other.m_buffer)), m_count(other.m_count), m_failed(other.m_failed)
{
    other.m_file = nullptr;
    other.m_count = 0;
}

void RowSpill::add(const ReconcileRows& from, const ReconcileRow& row, bool isSale, quint16 referenceProvider)
{
    Record r;
    r.row = row;
    r.referenceProvider = referenceProvider;
    r.isSale = isSale ? 1 : 0;
    const std::string_view ref = from.reference(row);
    m_buffer.append(reinterpret_cast<const char*>(&r), sizeof r);
    m_buffer.append(ref);
    ++m_count;
    if (m_buffer.size() >= s_bufferBytes)
        flush();
}

void RowSpill::flush()
{
    if (!writeOut(m_file, m_buffer))
        m_failed = true;
}

bool RowSpill::takeInto(ReconcileRows& into, std::vector<quint16>* referenceProviders)
{
    flush();
    if (m_failed || std::fflush(m_file) != 0 || std::fseek(m_file, 0, SEEK_SET) != 0)
        return false;
    const size_t salesBefore = into.sales.size(), providerBefore = into.provider.size();
    std::vector<quint16> providers;
    std::vector<char> buffer(s_readBytes);
    size_t begin = 0, end = 0;
    bool atEnd = false;
    auto need = [&](size_t n) {
        while (end - begin < n && !atEnd) {
            if (begin > 0) {
                std::memmove(buffer.data(), buffer.data() + begin, end - begin);
                end -= begin;
                begin = 0;
            }
            if (buffer.size() < n)
                buffer.resize(n);
            const size_t got = std::fread(buffer.data() + end, 1, buffer.size() - end, m_file);
            end += got;
            atEnd = got == 0;
        }
        return end - begin >= n;
    };
    for (qint64 i = 0; i < m_count; ++i) {
        Record r;
        if (!need(sizeof r))
            return false;
        std::memcpy(&r, buffer.data() + begin, sizeof r);
        begin += sizeof r;
        if (r.row.hasReference()) {
            if (!need(r.row.refLength))
                return false;
            r.row.refOffset = quint32(into.refs.size());
            into.refs.append(buffer.data() + begin, r.row.refLength);
            begin += r.row.refLength;
        }
        if (r.isSale) {
            into.sales.push_back(r.row);
            providers.push_back(r.referenceProvider);
        } else {
            into.provider.push_back(r.row);
        }
    }
    if (std::ferror(m_file))
        return false;
    // Taken once: the file goes now rather than with the run.
    std::fclose(m_file);
    m_file = nullptr;
    m_failed = true;
    m_count = 0;

    // Rows set aside share by share come back in id order per share: put in order once more.
    const auto byId = [](const ReconcileRow& a, const ReconcileRow& b) { return a.id < b.id; };
    if (!std::is_sorted(into.provider.begin() + qsizetype(providerBefore), into.provider.end(), byId))
        std::sort(into.provider.begin() + qsizetype(providerBefore), into.provider.end(), byId);
    if (!std::is_sorted(into.sales.begin() + qsizetype(salesBefore), into.sales.end(), byId)) {
        std::vector<quint32> order(into.sales.size() - salesBefore);
        for (quint32 k = 0; k < order.size(); ++k)
            order[k] = k;
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return into.sales[salesBefore + a].id < into.sales[salesBefore + b].id;
        });
        std::vector<ReconcileRow> sorted;
        sorted.reserve(order.size());
        std::vector<quint16> sortedProviders;
        sortedProviders.reserve(order.size());
        for (quint32 k : order) {
            sorted.push_back(into.sales[salesBefore + k]);
            sortedProviders.push_back(providers[k]);
        }
        std::copy(sorted.begin(), sorted.end(), into.sales.begin() + qsizetype(salesBefore));
        providers.swap(sortedProviders);
    }
    if (referenceProviders)
        referenceProviders->insert(referenceProviders->end(), providers.begin(), providers.end());
    return true;
}

PairSpill::PairSpill() : m_file(openTemporary())
{
    m_failed = m_file == nullptr;
}

PairSpill::~PairSpill()
{
    if (m_file)
        std::fclose(m_file);
}

PairSpill::PairSpill(PairSpill&& other) noexcept
    : m_file(other.m_file), m_buffer(std::move(other.m_buffer)), m_count(other.m_count), m_failed(other.m_failed)
{
    other.m_file = nullptr;
    other.m_count = 0;
}

void PairSpill::add(const Record& record)
{
    m_buffer.append(reinterpret_cast<const char*>(&record), sizeof record);
    ++m_count;
    if (m_buffer.size() >= s_bufferBytes && !writeOut(m_file, m_buffer))
        m_failed = true;
}

bool PairSpill::take(std::vector<Record>& out)
{
    if (!writeOut(m_file, m_buffer))
        m_failed = true;
    if (m_failed || std::fflush(m_file) != 0 || std::fseek(m_file, 0, SEEK_SET) != 0)
        return false;
    out.resize(size_t(m_count));
    const bool read = std::fread(out.data(), sizeof(Record), out.size(), m_file) == out.size();
    std::fclose(m_file);
    m_file = nullptr;
    m_failed = true;
    if (!read)
        return false;
    std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) {
        return std::tie(a.provider, a.channel, a.currency, a.pair.saleTime, a.pair.providerTxn) <
               std::tie(b.provider, b.channel, b.currency, b.pair.saleTime, b.pair.providerTxn);
    });
    return true;
}
