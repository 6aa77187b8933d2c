#pragma once

#include "hashmix.h"

#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <vector>

// A hash table of 64-bit keys with open addressing and linear probing: one allocation for all entries instead of
// one per entry, and a probe that mostly stays in one cache line. Meant for the millions of row identities an import
// checks; with an empty Value it is a set. Its capacity is not rounded up to a power of two (a key's slot is the high
// half of its hash scaled to the capacity): reserving for 3 million keys takes 4.5 million slots, not 8.
template <typename Value> class FlatHash64 final
{
public:
    FlatHash64() { rehash(16); }

    // Room for `count` entries without growing (the table grows when three quarters full): half as many slots more,
    // as new keys probe far in a table that is nearly full.
    void reserve(size_t count)
    {
        const size_t wanted = count + count / 2 + 2;
        if (wanted > m_slots.size())
            rehash(wanted);
    }

    size_t size() const { return m_size + (m_hasZero ? 1 : 0); }

    // The value of `key`, added value-initialised if it was not there; `second` tells whether it was added.
    std::pair<Value*, bool> tryEmplace(quint64 key)
    {
        if (key == 0) {
            const bool added = !m_hasZero;
            m_hasZero = true;
            return {&m_zeroValue, added};
        }
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            rehash(m_slots.size() * 2);
        size_t i = slotOf(key);
        while (m_slots[i].key != 0) {
            if (m_slots[i].key == key)
                return {valueAt(i), false};
            i = next(i);
        }
        m_slots[i].key = key;
        ++m_size;
        return {valueAt(i), true};
    }

    // True when `key` was added, false when it was already there.
    bool insert(quint64 key) { return tryEmplace(key).second; }

    // Starts loading the slot of `key` into the cache, for a lookup a few rows later.
    void prefetch(quint64 key) const
    {
#if defined(__GNUC__)
        __builtin_prefetch(&m_slots[slotOf(key)]);
#else
        (void)key;
#endif
    }

    bool contains(quint64 key) const
    {
        if (key == 0)
            return m_hasZero;
        for (size_t i = slotOf(key); m_slots[i].key != 0; i = next(i)) {
            if (m_slots[i].key == key)
                return true;
        }
        return false;
    }

private:
    static constexpr bool s_isSet = std::is_empty_v<Value>;

    // Key and value side by side, so a lookup touches one cache line; a set stores keys only.
    struct MapSlot
    {
        quint64 key = 0;
        Value value{};
    };
    struct SetSlot
    {
        quint64 key = 0;
    };
    using Slot = std::conditional_t<s_isSet, SetSlot, MapSlot>;

    // The high 32 bits of the hash scaled to the capacity (below 2^32 slots: 32 GiB of keys).
    static size_t slotIn(quint64 key, size_t capacity)
    {
        return size_t(((splitMix64(key) >> 32) * capacity) >> 32);
    }
    size_t slotOf(quint64 key) const
    {
        return slotIn(key, m_slots.size());
    }
    static size_t nextIn(size_t i, size_t capacity)
    {
        return ++i == capacity ? 0 : i;
    }
    size_t next(size_t i) const
    {
        return nextIn(i, m_slots.size());
    }

    Value* valueAt(size_t i)
    {
        if constexpr (s_isSet) {
            (void)i;
            return &m_zeroValue;
        } else {
            return &m_slots[i].value;
        }
    }

    void rehash(size_t capacity)
    {
        std::vector<Slot> grown;
        grown.resize(capacity);
        for (Slot& old : m_slots) {
            if (old.key == 0)
                continue;
            size_t i = slotIn(old.key, capacity);
            while (grown[i].key != 0)
                i = nextIn(i, capacity);
            grown[i] = std::move(old);
        }
        m_slots = std::move(grown);
    }

    std::vector<Slot> m_slots; // a key of 0 marks an empty slot; the key 0 itself is kept aside
    size_t m_size = 0;
    bool m_hasZero = false;
    Value m_zeroValue{};
};

struct FlatHashNoValue
{
};
using FlatHashSet64 = FlatHash64<FlatHashNoValue>;
