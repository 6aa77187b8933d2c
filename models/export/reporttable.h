#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One table of a report, as every writer (CSV, XLSX, PDF) and the preview read it: typed cells, so each format shows
// a number as a number and money in its currency, never a double.
struct ReportColumn
{
    enum class Type {
        Text,
        Integer,  // a count
        Money,    // minor units of the row's currency (ReportCell::currency)
        Percent,  // basis points (2000 = 20 %)
        Date,     // a local day
        DateTime, // a local date and time
    };
    QString header;
    Type type = Type::Text;
    // Whether a total row adds the column up: counts and amounts do, an age in days does not.
    bool summed = true;

    bool isNumeric() const { return type == Type::Integer || type == Type::Money || type == Type::Percent; }
};

struct ReportCell
{
    QString text;       // Text
    qint64 number = 0;  // Integer, Money (minor units), Percent (basis points)
    QString currency;   // Money
    QDate date;         // Date
    QDateTime dateTime; // DateTime, in the report's zone
    bool empty = false; // shown blank (a figure that does not apply)
    // A cell of another type than its column's (the summary puts a count among amounts).
    std::optional<ReportColumn::Type> type;

    static ReportCell ofText(const QString& text)
    {
        ReportCell c;
        c.text = text;
        return c;
    }
    static ReportCell ofInteger(qint64 value)
    {
        ReportCell c;
        c.number = value;
        return c;
    }
    static ReportCell ofMoney(qint64 minor, const QString& currency)
    {
        ReportCell c;
        c.number = minor;
        c.currency = currency;
        return c;
    }
    static ReportCell ofPercent(qint64 basisPoints)
    {
        ReportCell c;
        c.number = basisPoints;
        return c;
    }
    static ReportCell ofDate(QDate date)
    {
        ReportCell c;
        c.date = date;
        return c;
    }
    static ReportCell ofDateTime(const QDateTime& dateTime)
    {
        ReportCell c;
        c.dateTime = dateTime;
        return c;
    }
    static ReportCell ofCount(qint64 value)
    {
        ReportCell c;
        c.number = value;
        c.type = ReportColumn::Type::Integer;
        return c;
    }
    static ReportCell blank()
    {
        ReportCell c;
        c.empty = true;
        return c;
    }
};

struct ReportTable
{
    QString id;    // stable, for file names: "channels"
    QString title; // for people, translated: "Revenue per channel"
    QString note;  // a sentence under the title, may be empty
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    // The PDF lists at most this many rows (0: all; -1: none, the PDF shows it another way) and says how many more
    // the other formats hold.
    int pdfRowLimit = 0;
    // Whether the preview ends the table with a total row per currency (not for tables that are already totals).
    bool totalRow = true;

    ReportColumn::Type typeOf(const ReportCell& cell, int column) const
    {
        return cell.type.value_or(columns.at(column).type);
    }
    int columnOf(QStringView header) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).header == header)
                return i;
        }
        return -1;
    }
};
