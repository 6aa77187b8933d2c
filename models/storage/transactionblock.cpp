#include "transactionblock.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr char s_magic[4] = {'O', 'T', 'B', '1'};
constexpr int s_fields = TransactionBlockEncoder::FieldCount; // provider, channel, currency, product
constexpr quint8 s_hasNet = 0x10;
constexpr quint8 s_hasReference = 0x20;

void putVarint(std::string& out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(char(quint8(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

// The same into a buffer known to have room: no check of capacity per byte.
char* putVarint(char* out, quint64 v)
{
    while (v >= 0x80) {
        *out++ = char(quint8(v) | 0x80);
        v >>= 7;
    }
    *out++ = char(v);
    return out;
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

} // namespace

quint32 TransactionBlockEncoder::indexOf(int field, std::string_view text)
{
    if (text.empty())
        return 0;
    // A block holds a handful of distinct values: a scan from the most recent is shorter than hashing.
    std::vector<std::string>& dictionary = m_dictionary[field];
    for (size_t i = dictionary.size(); i-- > 1;) {
        if (dictionary[i] == text)
            return quint32(i);
    }
    dictionary.emplace_back(text);
    return quint32(dictionary.size() - 1);
}

void TransactionBlockEncoder::add(const Row& row)
{
    if (m_dictionary[0].empty()) {
        for (std::vector<std::string>& dictionary : m_dictionary)
            dictionary.emplace_back(); // index 0: the empty string
    }
    const std::string_view texts[s_fields] = {row.provider, row.channel, row.currency, row.product};
    quint32 indexes[s_fields];
    quint8 flags = 0;
    for (int f = 0; f < s_fields; ++f) {
        // The same value as the row before is by far the most common case, and often the very same bytes: then
        // there is nothing to compare.
        const std::string_view text = texts[f];
        if (text.data() == m_lastText[f].data() && text.size() == m_lastText[f].size())
            indexes[f] = m_last[f];
        else
            indexes[f] = text == m_dictionary[f][m_last[f]] ? m_last[f] : indexOf(f, text);
        m_lastText[f] = text;
        if (indexes[f] != m_last[f])
            flags |= quint8(1u << f);
    }
    if (row.netMinor)
        flags |= s_hasNet;
    if (!row.reference.empty())
        flags |= s_hasReference;
    size_t shared = 0;
    if (!row.reference.empty()) {
        const size_t limit = std::min(row.reference.size(), m_lastReference.size());
        while (shared < limit && row.reference[shared] == m_lastReference[shared])
            ++shared;
    }
    // At most: the flags, four indexes, four numbers of up to ten bytes each, and the reference's tail.
    constexpr size_t fixedMost = 1 + s_fields * 5 + 4 * 10;
    const size_t rest = row.reference.size() - shared;
    if (m_used + fixedMost + rest > m_rows.size())
        m_rows.resize(std::max(m_rows.size() * 2, m_used + fixedMost + rest + 4096));
    char* out = m_rows.data() + m_used;
    *out++ = char(flags);
    for (int f = 0; f < s_fields; ++f) {
        if (indexes[f] != m_last[f]) {
            out = putVarint(out, indexes[f]);
            m_last[f] = indexes[f];
        }
    }
    // Differences in unsigned arithmetic: wrapping, never overflowing, and undone exactly by the decoder.
    out = putVarint(out, zigzag(qint64(quint64(row.occurredUtc) - quint64(m_lastTime))));
    m_lastTime = row.occurredUtc;
    out = putVarint(out, zigzag(row.grossMinor));
    if (row.netMinor)
        out = putVarint(out, zigzag(*row.netMinor));
    if (!row.reference.empty()) {
        out = putVarint(out, shared);
        out = putVarint(out, rest);
        std::memcpy(out, row.reference.data() + shared, rest);
        out += rest;
        m_lastReference.assign(row.reference);
        m_referenceBytes += row.reference.size();
    }
    m_used = size_t(out - m_rows.data());
    ++m_count;
}

std::string TransactionBlockEncoder::finish()
{
    std::string out(s_magic, sizeof s_magic);
    putVarint(out, m_count);
    putVarint(out, m_referenceBytes);
    for (std::vector<std::string>& dictionary : m_dictionary) {
        if (dictionary.empty())
            dictionary.emplace_back();
        putVarint(out, dictionary.size());
        for (const std::string& entry : dictionary) {
            putVarint(out, entry.size());
            out += entry;
        }
        dictionary.clear();
    }
    out.append(m_rows.data(), m_used);
    m_referenceBytes = 0;
    m_used = 0;
    for (std::string_view& text : m_lastText)
        text = {};
    m_lastReference.clear();
    m_count = 0;
    std::memset(m_last, 0, sizeof m_last);
    m_lastTime = 0;
    return out;
}

bool TransactionBlockDecoder::readVarint(quint64& value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_p == m_end)
            return false;
        const auto byte = quint8(*m_p++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

bool TransactionBlockDecoder::open(std::string_view data)
{
    *this = TransactionBlockDecoder();
    if (data.size() < sizeof s_magic || std::memcmp(data.data(), s_magic, sizeof s_magic) != 0)
        return false;
    m_p = data.data() + sizeof s_magic;
    m_end = data.data() + data.size();
    quint64 count = 0;
    if (!readVarint(count) || !readVarint(m_referenceBytes) || count > 0xffffffffu)
        return false;
    m_count = quint32(count);
    for (std::vector<std::string_view>& dictionary : m_dictionary) {
        quint64 entries = 0;
        if (!readVarint(entries) || entries == 0 || entries > quint64(m_end - m_p) + 1)
            return false;
        dictionary.reserve(size_t(entries));
        for (quint64 i = 0; i < entries; ++i) {
            quint64 length = 0;
            if (!readVarint(length) || length > quint64(m_end - m_p))
                return false;
            dictionary.emplace_back(m_p, size_t(length));
            m_p += length;
        }
    }
    return true;
}

bool TransactionBlockDecoder::next(Row& row)
{
    if (m_read == m_count || m_damaged)
        return false;
    auto fail = [this] {
        m_damaged = true;
        return false;
    };
    if (m_p == m_end)
        return fail();
    const auto flags = quint8(*m_p++);
    for (int f = 0; f < s_fields; ++f) {
        if (flags & (1u << f)) {
            quint64 index = 0;
            if (!readVarint(index) || index >= m_dictionary[f].size())
                return fail();
            m_last[f] = quint32(index);
        }
    }
    row.provider = m_last[0];
    row.channel = m_last[1];
    row.currency = m_last[2];
    row.product = m_last[3];
    quint64 v = 0;
    if (!readVarint(v))
        return fail();
    m_lastTime = qint64(quint64(m_lastTime) + quint64(unzigzag(v)));
    row.occurredUtc = m_lastTime;
    if (!readVarint(v))
        return fail();
    row.grossMinor = unzigzag(v);
    row.netMinor.reset();
    if (flags & s_hasNet) {
        if (!readVarint(v))
            return fail();
        row.netMinor = unzigzag(v);
    }
    row.reference = {};
    if (flags & s_hasReference) {
        quint64 shared = 0, rest = 0;
        if (!readVarint(shared) || !readVarint(rest) || shared > m_reference.size() || rest > quint64(m_end - m_p))
            return fail();
        m_reference.resize(size_t(shared));
        m_reference.append(m_p, size_t(rest));
        m_p += rest;
        row.reference = m_reference;
    }
    ++m_read;
    return true;
}
