#pragma once

#include <QtGlobal>

// splitmix64's finaliser: spreads every input bit over the result. Used to hash keys into 64-bit identities.
inline quint64 splitMix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// MurmurHash3's 64-bit finaliser, the same idea with other constants. Row identities and reference hashes are built
// on it and stored, so it must never change.
inline quint64 murmurMix64(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
