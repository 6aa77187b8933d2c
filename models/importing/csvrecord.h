#pragma once

#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

// One record of a CSV file as CsvReader::next() hands it out: its fields as UTF-8 views and the physical line it
// starts on. The views point into the reader's buffer (or into this record's own storage for fields whose doubled
// quotes had to be unescaped); they stay valid until the record is filled again or the reader is destroyed.
// Reuse one record across next() calls: its vectors keep their capacity, so reading allocates nothing per row.
class CsvRecord final
{
public:
    qsizetype size() const { return static_cast<qsizetype>(m_fields.size()); }
    bool isEmpty() const { return m_fields.empty(); }

    std::string_view field(qsizetype index) const { return m_fields[static_cast<size_t>(index)]; }
    // An absent field reads as empty, for rows shorter than the header.
    std::string_view value(qsizetype index) const
    {
        return index >= 0 && index < size() ? m_fields[static_cast<size_t>(index)] : std::string_view();
    }
    QString string(qsizetype index) const
    {
        const std::string_view v = value(index);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    }
    QList<QString> toStringList() const
    {
        QList<QString> out;
        out.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            out.append(string(i));
        return out;
    }

    // 1-based physical line on which the record starts, and the one on which it ends (they differ when a quoted
    // field holds line breaks).
    qint64 line() const { return m_line; }
    qint64 endLine() const { return m_endLine; }
    // True when the record's text held bytes that are not UTF-8, replaced by U+FFFD (only when the reader was asked
    // to: CsvReader::Options::invalidUtf8PerRecord).
    bool hasInvalidText() const { return m_invalidText; }

    // True when every field is empty or blank (a ";;;;" separator line).
    bool isBlank() const
    {
        for (const std::string_view f : m_fields)
            for (const char c : f)
                if (c != ' ' && c != '\t')
                    return false;
        return true;
    }

private:
    friend class CsvReader;

    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
    };

    std::vector<std::string_view> m_fields;
    std::vector<Span> m_spans;
    std::string m_scratch; // unescaped text of fields that held doubled quotes
    qint64 m_line = 0;
    qint64 m_endLine = 0;
    bool m_invalidText = false;
};
