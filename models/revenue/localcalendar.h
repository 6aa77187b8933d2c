#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <vector>

// The calendar days and hours of one time zone, for bucketing UTC timestamps: a day runs from its local midnight to
// the next, so a day with a DST change lasts 23 or 25 hours. Day starts are cached, which makes dayOf() cheap over
// millions of rows in time order. Not thread-safe: each thread uses its own.
class LocalCalendar final
{
public:
    explicit LocalCalendar(const QTimeZone& zone);

    const QTimeZone& zone() const { return m_zone; }

    // The UTC second at which the local day starts (midnight, or the first moment of a day whose midnight a DST
    // change skips).
    qint64 startOfDay(QDate day) const;
    qint64 startOfDay(qint64 julianDay) const;
    // The local day (as a Julian day number) holding the UTC second `utc`.
    qint64 julianDayOf(qint64 utc) const;
    QDate dayOf(qint64 utc) const { return QDate::fromJulianDay(julianDayOf(utc)); }
    // The UTC starts of the local hours of a day: 24, or 23 and 25 on DST days.
    QList<qint64> hourStarts(QDate day) const;
    // Seconds the day lasts (86400, or 82800 / 90000 on DST days).
    qint64 dayLength(QDate day) const { return startOfDay(day.addDays(1)) - startOfDay(day); }

private:
    void cover(qint64 julianDay) const;

    QTimeZone m_zone;
    qint64 m_standardOffset = 0;
    // Start (UTC) of days m_first .. m_first + size - 1.
    mutable std::vector<qint64> m_starts;
    mutable qint64 m_first = 0;
    mutable qint64 m_lastHit = -1;
};
