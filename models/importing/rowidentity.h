#pragma once

#include <QString>

#include <string_view>

struct ParsedRow;

// The identity of an imported row, as a 64-bit hash: a provider row is its reference; a row without one is its
// cells. Either way the n-th occurrence of the same identity within one file is a distinct row, so two identical
// legitimate rows both count, while importing the same or an overlapping file again finds every row already there.
// (As in KMyMoney's importer: a repeat split across two files is taken for the same row.)
class RowIdentity final
{
public:
    // Base key of a row within its file, before the occurrence is counted.
    static quint64 baseKey(const ParsedRow& row);
    // The stored identity: kind and provider scope it, occurrence (1-based) tells repeats apart.
    static quint64 identity(QStringView kind, QStringView provider, quint64 baseKey, quint32 occurrence);
    // The same in two steps, for rows that share a scope: identity(scope(kind, provider), baseKey, occurrence).
    static quint64 scope(QStringView kind, QStringView provider);
    static quint64 identity(quint64 scope, quint64 baseKey, quint32 occurrence);
    static quint64 hash(std::string_view bytes, quint64 seed);
};
