#include "localcalendar.h"

#include <QDateTime>

namespace {
// 1970-01-01 as a Julian day number.
constexpr qint64 s_epochJulianDay = 2440588;
constexpr qint64 s_day = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

LocalCalendar::LocalCalendar(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone()),
      m_standardOffset(m_zone.standardTimeOffset(QDateTime::currentDateTimeUtc()))
{
}

void LocalCalendar::cover(qint64 julianDay) const
{
    // The table grows by whole months at a time towards the day asked for, and always holds the day after the last
    // one covered, so the end of every covered day is known.
    auto compute = [this](qint64 jd) { return QDate::fromJulianDay(jd).startOfDay(m_zone).toSecsSinceEpoch(); };
    if (m_starts.empty()) {
        m_first = julianDay - 31;
        for (qint64 jd = m_first; jd <= julianDay + 32; ++jd)
            m_starts.push_back(compute(jd));
        return;
    }
    if (julianDay < m_first) {
        const qint64 newFirst = julianDay - 31;
        std::vector<qint64> front;
        front.reserve(size_t(m_first - newFirst));
        for (qint64 jd = newFirst; jd < m_first; ++jd)
            front.push_back(compute(jd));
        m_starts.insert(m_starts.begin(), front.begin(), front.end());
        m_first = newFirst;
        m_lastHit = -1;
    }
    const qint64 last = m_first + qint64(m_starts.size()) - 1;
    if (julianDay + 1 > last) {
        for (qint64 jd = last + 1; jd <= julianDay + 32; ++jd)
            m_starts.push_back(compute(jd));
    }
}

qint64 LocalCalendar::startOfDay(qint64 julianDay) const
{
    cover(julianDay);
    return m_starts[size_t(julianDay - m_first)];
}

qint64 LocalCalendar::startOfDay(QDate day) const
{
    return startOfDay(day.toJulianDay());
}

qint64 LocalCalendar::julianDayOf(qint64 utc) const
{
    // Rows come mostly in time order: the day found last time is the first guess.
    if (m_lastHit >= 0) {
        const size_t i = size_t(m_lastHit);
        if (i + 1 < m_starts.size() && m_starts[i] <= utc && utc < m_starts[i + 1])
            return m_first + m_lastHit;
    }
    // A guess from the standard offset, then at most a step either way (offsets are below a day).
    qint64 jd = floorDiv(utc + m_standardOffset, s_day) + s_epochJulianDay;
    for (;;) {
        cover(jd);
        const qint64 start = m_starts[size_t(jd - m_first)];
        const qint64 end = m_starts[size_t(jd - m_first + 1)];
        if (utc < start)
            --jd;
        else if (utc >= end)
            ++jd;
        else
            break;
    }
    m_lastHit = jd - m_first;
    return jd;
}

QList<qint64> LocalCalendar::hourStarts(QDate day) const
{
    QList<qint64> hours;
    const qint64 start = startOfDay(day);
    const qint64 end = startOfDay(day.addDays(1));
    // Local hours keep their minutes across a DST change in whole hours, so they are UTC hours from the day's start.
    for (qint64 t = start; t < end; t += 3600)
        hours.append(t);
    return hours;
}
