#pragma once

#include <sqlite3.h>

#include <string_view>

// A text column of the current row of a raw statement, without a copy: valid until the statement steps again.
inline std::string_view columnText(sqlite3_stmt* stmt, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(stmt, i))) : std::string_view();
}
