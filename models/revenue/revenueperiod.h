#pragma once

#include "revenuetypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class LocalCalendar;

// The periods people ask for. Periods are whole local days; "this month", "this quarter" and "this year" run to
// today included.
enum class RevenuePreset {
    Today,
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear, // the year to date, compared with the same days a year before
    LastYear,
    Custom
};

struct DateRange
{
    QDate from; // both included
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The same number of days just before this range.
    DateRange previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    // The same days a year before (29 February becomes the 28th).
    DateRange yearBefore() const { return {from.addYears(-1), to.addYears(-1)}; }
    bool operator==(const DateRange&) const = default;
};

class RevenuePeriods final
{
    Q_DECLARE_TR_FUNCTIONS(RevenuePeriods)
public:
    // Presets in the order the period picker lists them (Custom last).
    static const QList<RevenuePreset>& presets();
    static QString name(RevenuePreset preset);
    // The days a preset covers when `today` is the local date; Custom gives `today` alone.
    static DateRange range(RevenuePreset preset, QDate today);
    // Whether a preset compares with the same days a year before rather than the days just before.
    static bool comparesWithLastYear(RevenuePreset preset) { return preset == RevenuePreset::ThisYear; }

    // Up to 3 days by hour, up to 92 by day, up to two years by week, beyond by month.
    static RevenueBucket automaticBucket(const DateRange& range);
    // Whether a chart of `range` by `bucket` stays readable: hours up to 31 days, days up to 3 years.
    static bool allows(RevenueBucket bucket, const DateRange& range);
    // The bars of the chart: every local hour (23 or 25 on DST days), day, week (starting on firstDayOfWeek) or
    // month of the range, the first and last ones cut to the range.
    static QList<RevenueBucketSpan> buckets(const DateRange& range, RevenueBucket bucket, const LocalCalendar& calendar,
                                            Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
};
