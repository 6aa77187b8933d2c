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
