#include "pairblock.h"

#include <cstring>

namespace {

inline quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

inline qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

inline char* putVarint(char* out, quint64 v)
{
    while (v >= 0x80) {
        *out++ = char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    *out++ = char(v);
    return out;
}

inline bool getVarint(const uchar*& p, const uchar* end, quint64& v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const uchar b = *p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

} // namespace

void PairBlock::encode(const ReconcilePair* pairs, size_t count, QByteArray& data, QByteArray& refs)
{
    // Five varints of at most 10 bytes each per pair.
    data.resize(qsizetype(count * 50));
    refs.resize(qsizetype(count * 4));
    char* out = data.data();
    char* refOut = refs.data();
    qint64 time = 0;
    qint64 provider = 0;
    qint64 sale = 0;
    for (size_t i = 0; i < count; ++i) {
        const ReconcilePair& p = pairs[i];
        out = putVarint(out, zigzag(p.saleTime - time));
        out = putVarint(out, (zigzag(p.gap) << 1) | (p.fuzzy ? 1 : 0));
        out = putVarint(out, zigzag(p.providerTxn - provider));
        out = putVarint(out, zigzag(p.salesTxn - sale));
        out = putVarint(out, zigzag(p.gross));
        time = p.saleTime;
        provider = p.providerTxn;
        sale = p.salesTxn;
        std::memcpy(refOut + i * 4, &p.ref, 4);
    }
    data.resize(qsizetype(out - data.data()));
}

bool PairBlock::decode(const QByteArray& data, const QByteArray& refs, qint64 count, std::vector<ReconcilePair>& out)
{
    if (refs.size() != count * 4)
        return false;
    const auto* p = reinterpret_cast<const uchar*>(data.constData());
    const uchar* end = p + data.size();
    qint64 time = 0;
    qint64 provider = 0;
    qint64 sale = 0;
    out.reserve(out.size() + size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        quint64 v[5];
        for (quint64& x : v) {
            if (!getVarint(p, end, x))
                return false;
        }
        ReconcilePair pair;
        time += unzigzag(v[0]);
        pair.saleTime = time;
        pair.fuzzy = v[1] & 1;
        pair.gap = unzigzag(v[1] >> 1);
        provider += unzigzag(v[2]);
        pair.providerTxn = provider;
        sale += unzigzag(v[3]);
        pair.salesTxn = sale;
        pair.gross = unzigzag(v[4]);
        pair.ref = refAt(refs, i);
        out.push_back(pair);
    }
    return p == end;
}

quint32 PairBlock::refAt(const QByteArray& refs, qint64 i)
{
    quint32 ref;
    std::memcpy(&ref, refs.constData() + i * 4, 4);
    return ref;
}
