#include "revenueperiod.h"

#include "localcalendar.h"

const QList<RevenuePreset>& RevenuePeriods::presets()
{
    static const QList<RevenuePreset> all = {
        RevenuePreset::Today,     RevenuePreset::Last7Days,   RevenuePreset::Last30Days,  RevenuePreset::ThisMonth,
        RevenuePreset::LastMonth, RevenuePreset::ThisQuarter, RevenuePreset::LastQuarter, RevenuePreset::ThisYear,
        RevenuePreset::LastYear,  RevenuePreset::Custom};
    return all;
}

QString RevenuePeriods::name(RevenuePreset preset)
{
    switch (preset) {
    case RevenuePreset::Today:
        return tr("Today");
    case RevenuePreset::Last7Days:
        return tr("Last 7 days");
    case RevenuePreset::Last30Days:
        return tr("Last 30 days");
    case RevenuePreset::ThisMonth:
        return tr("This month");
    case RevenuePreset::LastMonth:
        return tr("Last month");
    case RevenuePreset::ThisQuarter:
        return tr("This quarter");
    case RevenuePreset::LastQuarter:
        return tr("Last quarter");
    case RevenuePreset::ThisYear:
        return tr("Year to date");
    case RevenuePreset::LastYear:
        return tr("Last year");
    case RevenuePreset::Custom:
        break;
    }
    return tr("Custom");
}

DateRange RevenuePeriods::range(RevenuePreset preset, QDate today)
{
    switch (preset) {
    case RevenuePreset::Last7Days:
        return {today.addDays(-6), today};
    case RevenuePreset::Last30Days:
        return {today.addDays(-29), today};
    case RevenuePreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case RevenuePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case RevenuePreset::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case RevenuePreset::LastQuarter: {
        const QDate first = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(-3);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case RevenuePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case RevenuePreset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case RevenuePreset::Today:
    case RevenuePreset::Custom:
        break;
    }
    return {today, today};
}

RevenueBucket RevenuePeriods::automaticBucket(const DateRange& range)
{
    const qint64 days = range.days();
    if (days <= 3)
        return RevenueBucket::Hour;
    if (days <= 92)
        return RevenueBucket::Day;
    if (days <= 731)
        return RevenueBucket::Week;
    return RevenueBucket::Month;
}

bool RevenuePeriods::allows(RevenueBucket bucket, const DateRange& range)
{
    switch (bucket) {
    case RevenueBucket::Hour:
        return range.days() <= 31;
    case RevenueBucket::Day:
        return range.days() <= 1096;
    case RevenueBucket::Week:
    case RevenueBucket::Month:
        break;
    }
    return true;
}

QList<RevenueBucketSpan> RevenuePeriods::buckets(const DateRange& range, RevenueBucket bucket,
                                                 const LocalCalendar& calendar, Qt::DayOfWeek firstDayOfWeek)
{
    QList<RevenueBucketSpan> spans;
    if (!range.isValid())
        return spans;
    if (bucket == RevenueBucket::Hour) {
        for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
            const qint64 dayEnd = calendar.startOfDay(day.addDays(1));
            for (qint64 start : calendar.hourStarts(day))
                spans.append({start, qMin(start + 3600, dayEnd), day, day});
        }
        return spans;
    }
    // The day after the last day of the bucket that holds `day`.
    auto nextStart = [&](QDate day) {
        switch (bucket) {
        case RevenueBucket::Week: {
            const int offset = (day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
            return day.addDays(7 - offset);
        }
        case RevenueBucket::Month:
            return QDate(day.year(), day.month(), 1).addMonths(1);
        case RevenueBucket::Hour:
        case RevenueBucket::Day:
            break;
        }
        return day.addDays(1);
    };
    for (QDate first = range.from; first <= range.to;) {
        const QDate next = qMin(nextStart(first), range.to.addDays(1));
        spans.append({calendar.startOfDay(first), calendar.startOfDay(next), first, next.addDays(-1)});
        first = next;
    }
    return spans;
}
