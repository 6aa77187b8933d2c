#include "rowidentity.h"

#include "core/hashmix.h"
#include "rowparser.h"

namespace {

quint64 combine(quint64 seed, quint64 value)
{
    return murmurMix64(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

quint64 hashString(QStringView s, quint64 seed)
{
    return RowIdentity::hash(
        std::string_view(reinterpret_cast<const char*>(s.utf16()), size_t(s.size()) * sizeof(char16_t)), seed);
}

} // namespace

quint64 RowIdentity::hash(std::string_view bytes, quint64 seed)
{
    // FNV-1a over 8-byte words, then mixed: fast on short keys and good enough spread for identities.
    quint64 h = 0xcbf29ce484222325ULL ^ murmurMix64(seed + bytes.size());
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        memcpy(&word, bytes.data() + i, 8);
        h = (h ^ word) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < bytes.size(); ++i)
        h = (h ^ quint8(bytes[i])) * 0x100000001b3ULL;
    return murmurMix64(h);
}

quint64 RowIdentity::baseKey(const ParsedRow& row)
{
    if (!row.reference.isEmpty())
        return hashString(row.reference, 1);
    quint64 h = hashString(row.channel, 2);
    h = combine(h, quint64(row.occurredUtc));
    h = combine(h, hashString(row.product, 3));
    h = combine(h, quint64(row.grossMinor));
    h = combine(h, row.netMinor ? quint64(*row.netMinor) : 0x8000000000000001ULL);
    h = combine(h, row.feeMinor ? quint64(*row.feeMinor) : 0x8000000000000001ULL);
    h = combine(h, hashString(row.currency, 4));
    return h;
}

quint64 RowIdentity::identity(QStringView kind, QStringView provider, quint64 baseKey, quint32 occurrence)
{
    return identity(scope(kind, provider), baseKey, occurrence);
}

quint64 RowIdentity::scope(QStringView kind, QStringView provider)
{
    return combine(hashString(kind, 5), hashString(provider, 6));
}

quint64 RowIdentity::identity(quint64 scope, quint64 baseKey, quint32 occurrence)
{
    const quint64 h = combine(combine(scope, baseKey), occurrence);
    // SQLite integers are signed; keep the value positive so it reads back unchanged through qint64.
    return h & 0x7fffffffffffffffULL;
}
