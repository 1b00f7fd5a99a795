#pragma once
// Internal to the importer: a hash map from byte strings (UTF-8 cells as read) to small values, for lookups
// done once per row of a million-row file. Keys are copied into one arena (no allocation per key); open
// addressing with linear probing; entries are never removed.

#include <QByteArrayView>
#include <QHashFunctions>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tessera::io {

template <typename V> class BytesMap
{
public:
    size_t size() const { return m_size; }
    void reserve(size_t n)
    {
        size_t capacity = 16;
        while (capacity < n * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }
    V *find(std::string_view key)
    {
        if (m_slots.empty())
            return nullptr;
        const size_t h = hashOf(key);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &s = m_slots[i];
            if (s.hash == 0)
                return nullptr;
            if (s.hash == h && keyOf(s) == key)
                return &s.value;
        }
    }
    // Adds key → value unless the key is there; returns the stored value and whether it was added.
    std::pair<V *, bool> insert(std::string_view key, const V &value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const size_t h = hashOf(key);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &s = m_slots[i];
            if (s.hash == 0) {
                s.hash = h;
                s.offset = m_arena.size();
                s.length = key.size();
                s.value = value;
                m_arena.append(key);
                ++m_size;
                return {&s.value, true};
            }
            if (s.hash == h && keyOf(s) == key)
                return {&s.value, false};
        }
    }

private:
    struct Slot
    {
        size_t hash = 0; // 0: empty
        size_t offset = 0;
        size_t length = 0;
        V value{};
    };
    static size_t hashOf(std::string_view key)
    {
        return qHash(QByteArrayView(key.data(), qsizetype(key.size())), 0) |
               (size_t(1) << (sizeof(size_t) * 8 - 1));
    }
    std::string_view keyOf(const Slot &s) const
    {
        return std::string_view(m_arena).substr(s.offset, s.length);
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.hash == 0)
                continue;
            size_t i = s.hash & (capacity - 1);
            while (m_slots[i].hash != 0)
                i = (i + 1) & (capacity - 1);
            m_slots[i] = s;
        }
    }
    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_size = 0;
};

} // namespace tessera::io
