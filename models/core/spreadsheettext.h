#pragma once

#include <QString>

// Text that a spreadsheet would run as a formula when it opens a CSV file starts with one of formulaStart(); every
// CSV Obole writes (the report export) or makes write (the sales log of the generated snippets) puts an apostrophe
// before such text, so it shows as text. A reader that needs the original drops that one apostrophe.
namespace SpreadsheetText {

inline QString formulaStart()
{
    return QStringLiteral("=+-@\t\r");
}

inline QString neutralised(QString text)
{
    if (!text.isEmpty() && formulaStart().contains(text.front()))
        text.prepend(u'\'');
    return text;
}

// A CSV field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds the separator, a quote or a line
// break; as it is otherwise.
inline QString csvField(const QString& field, QChar separator = u',')
{
    if (!field.contains(separator) && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace SpreadsheetText
