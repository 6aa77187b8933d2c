#include "rowspill.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <tuple>

#include <fcntl.h>
#include <unistd.h>

namespace {

// Written when the buffer holds this much: a few hundred files can be open at once.
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

} // namespace

SpillFile::SpillFile() : m_file(openTemporary())
{
    m_failed = m_file == nullptr;
}

SpillFile::~SpillFile()
{
    close();
}

SpillFile::SpillFile(SpillFile&& other) noexcept
    : m_file(other.m_file), m_buffer(std::move(other.m_buffer)), m_read(std::move(other.m_read)),
      m_readAt(other.m_readAt), m_count(other.m_count), m_failed(other.m_failed)
{
    other.m_file = nullptr;
    other.m_count = 0;
    other.m_failed = true;
}

void SpillFile::add(const void* record, size_t size, const char* tail, size_t extra)
{
    m_buffer.append(static_cast<const char*>(record), size);
    if (extra)
        m_buffer.append(tail, extra);
    ++m_count;
    if (m_buffer.size() >= s_bufferBytes)
        flush();
}

void SpillFile::flush()
{
    if (!m_buffer.empty() && (!m_file || std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
}

bool SpillFile::rewind()
{
    flush();
    if (m_failed || std::fflush(m_file) != 0 || std::fseek(m_file, 0, SEEK_SET) != 0)
        return false;
    m_read.clear();
    m_readAt = 0;
    return true;
}

bool SpillFile::read(void* into, size_t size)
{
    if (m_readAt == m_read.size() && size >= s_readBytes) {
        // Nothing read ahead and much wanted: straight into place.
        return m_file && std::fread(into, 1, size, m_file) == size;
    }
    if (m_read.size() - m_readAt < size) {
        // Keep what is left, then read ahead a megabyte (or the record, if longer).
        m_read.erase(m_read.begin(), m_read.begin() + qsizetype(m_readAt));
        m_readAt = 0;
        const size_t have = m_read.size();
        m_read.resize(have + std::max(size, s_readBytes));
        const size_t got = m_file ? std::fread(m_read.data() + have, 1, m_read.size() - have, m_file) : 0;
        m_read.resize(have + got);
        if (m_read.size() < size)
            return false;
    }
    std::memcpy(into, m_read.data() + m_readAt, size);
    m_readAt += size;
    return true;
}

void SpillFile::close()
{
    if (m_file)
        std::fclose(m_file);
    m_file = nullptr;
    m_failed = true;
    std::string().swap(m_buffer);
    std::vector<char>().swap(m_read);
}

void RowSpill::add(const ReconcileRows& from, const ReconcileRow& row, bool isSale, quint16 referenceProvider)
{
    Record r;
    r.row = row;
    r.referenceProvider = referenceProvider;
    r.isSale = isSale ? 1 : 0;
    const std::string_view ref = from.reference(row);
    m_file.add(&r, sizeof r, ref.data(), ref.size());
}

bool RowSpill::takeInto(ReconcileRows& into, std::vector<quint16>* referenceProviders)
{
    if (!m_file.rewind())
        return false;
    const size_t salesBefore = into.sales.size(), providerBefore = into.provider.size();
    std::vector<quint16> providers;
    std::string reference;
    for (qint64 i = 0, n = m_file.count(); i < n; ++i) {
        Record r;
        if (!m_file.read(&r, sizeof r))
            return false;
        if (r.row.hasReference()) {
            reference.resize(r.row.refLength);
            if (!m_file.read(reference.data(), reference.size()))
                return false;
            r.row.refOffset = quint32(into.refs.size());
            into.refs.append(reference);
        }
        if (r.isSale) {
            into.sales.push_back(r.row);
            providers.push_back(r.referenceProvider);
        } else {
            into.provider.push_back(r.row);
        }
    }
    m_file.close();

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

bool PairSpill::take(std::vector<Record>& out)
{
    if (!m_file.rewind())
        return false;
    out.resize(size_t(m_file.count()));
    const bool read = out.empty() || m_file.read(out.data(), out.size() * sizeof(Record));
    m_file.close();
    if (!read)
        return false;
    std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) {
        return std::tie(a.provider, a.channel, a.currency, a.pair.saleTime, a.pair.providerTxn) <
               std::tie(b.provider, b.channel, b.currency, b.pair.saleTime, b.pair.providerTxn);
    });
    return true;
}
