#pragma once

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Small repeated strings (codes, channels, product names) as numbers, so a million rows aggregate without allocating:
// numbered from 0 in the order first seen. A row usually repeats the text of the row before, which is checked first.
class Interner final
{
public:
    quint32 id(std::string_view text)
    {
        if (m_last != UINT32_MAX && text == m_names[m_last])
            return m_last;
        auto it = m_ids.find(text);
        if (it == m_ids.end()) {
            it = m_ids.emplace(std::string(text), quint32(m_names.size())).first;
            m_names.emplace_back(text);
        }
        m_last = it->second;
        return m_last;
    }
    const std::string& name(quint32 id) const { return m_names[id]; }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_ids;
    std::vector<std::string> m_names;
    quint32 m_last = UINT32_MAX;
};
