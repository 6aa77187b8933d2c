#include "revenuechartstyle.h"

#include "catalog/channel.h"
#include "money/money.h"

#include <QDateTime>
#include <QTimeZone>

QColor RevenueChartStyle::channelColor(QStringView channel)
{
    // The Okabe-Ito palette (yellow darkened so it reads on white), in the order of Channels::all().
    static const QColor colors[] = {
        QColor(0x00, 0x72, 0xB2), // audiotel: blue
        QColor(0xE6, 0x9F, 0x00), // sms: orange
        QColor(0x00, 0x9E, 0x73), // internet_plus: bluish green
        QColor(0xCC, 0x79, 0xA7), // carrier_billing: reddish purple
        QColor(0x56, 0xB4, 0xE9), // prepaid_card: sky blue
        QColor(0xD5, 0x5E, 0x00), // crypto: vermilion
        QColor(0x8A, 0x6F, 0xC9), // wallet: violet
    };
    if (const auto known = Channels::fromId(channel)) {
        const qsizetype i = Channels::all().indexOf(*known);
        if (i >= 0 && i < qsizetype(std::size(colors)))
            return colors[i];
    }
    return QColor(0x8A, 0x8A, 0x8A);
}

RevenueChartStyle::Axis RevenueChartStyle::valueAxis(qint64 low, qint64 high, int maxTicks)
{
    Axis axis;
    low = qMin<qint64>(low, 0);
    high = qMax<qint64>(high, 0);
    if (low == high)
        high = low + 100;
    maxTicks = qMax(1, maxTicks);
    const qint64 span = high - low;
    qint64 magnitude = 1;
    while (magnitude <= span / 10 && magnitude < qint64(1e17))
        magnitude *= 10;
    // The smallest round step that needs no more than maxTicks intervals.
    qint64 step = magnitude;
    for (qint64 m = qMax<qint64>(1, magnitude / 10); m <= magnitude * 10; m *= 10) {
        bool found = false;
        for (qint64 f : {1, 2, 5}) {
            const qint64 candidate = f * m;
            const qint64 lowTick = low < 0 ? -((-low + candidate - 1) / candidate) * candidate : 0;
            const qint64 highTick = (high + candidate - 1) / candidate * candidate;
            if ((highTick - lowTick) / candidate <= maxTicks) {
                step = candidate;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    axis.step = step;
    axis.low = low < 0 ? -((-low + step - 1) / step) * step : 0;
    axis.high = (high + step - 1) / step * step;
    for (qint64 t = axis.low; t <= axis.high; t += step)
        axis.ticks.append(t);
    return axis;
}

QString RevenueChartStyle::axisLabel(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const QString full = Money(minorUnits, currency).toString(locale);
    const int decimals = Money::decimals(currency);
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    if (decimals == 0 || minorUnits % unit != 0)
        return full;
    // A whole amount: drop the decimal mark and its zeros ("1 500,00 €" -> "1 500 €").
    const QString zeros = locale.decimalPoint() + QString(decimals, locale.zeroDigit().at(0));
    QString shorter = full;
    const qsizetype at = shorter.lastIndexOf(zeros);
    if (at >= 0)
        shorter.remove(at, zeros.size());
    return shorter;
}

namespace {
bool monthFirst(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    return format.indexOf(u'M') >= 0 && format.indexOf(u'M') < format.indexOf(u'd');
}

QString dayMonth(QDate day, const QLocale& locale)
{
    return locale.toString(day, monthFirst(locale) ? QStringLiteral("MMM d") : QStringLiteral("d MMM"));
}
} // namespace

QString RevenueChartStyle::bucketLabel(const RevenueData& data, int bucket, const QLocale& locale)
{
    const RevenueBucketSpan& span = data.buckets.at(bucket);
    switch (data.request.bucket) {
    case RevenueBucket::Hour: {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(span.startUtc, data.zone);
        // Across several days, each day's first hour names the day.
        const bool firstOfDay = bucket == 0 || data.buckets.at(bucket - 1).firstDay != span.firstDay;
        if (firstOfDay && data.request.from != data.request.to)
            return dayMonth(span.firstDay, locale);
        return locale.toString(start.time(), QLocale::ShortFormat);
    }
    case RevenueBucket::Month: {
        const bool oneYear = data.request.from.year() == data.request.to.year();
        return locale.toString(span.firstDay, oneYear ? QStringLiteral("MMM") : QStringLiteral("MMM yyyy"));
    }
    case RevenueBucket::Day:
    case RevenueBucket::Week:
        break;
    }
    return dayMonth(span.firstDay, locale);
}

QString RevenueChartStyle::bucketTitle(const RevenueData& data, int bucket, const QLocale& locale)
{
    const RevenueBucketSpan& span = data.buckets.at(bucket);
    switch (data.request.bucket) {
    case RevenueBucket::Hour: {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(span.startUtc, data.zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(span.endUtc, data.zone);
        return tr("%1, %2–%3 %4", "day, start hour, end hour, time zone abbreviation")
            .arg(locale.toString(span.firstDay, QLocale::LongFormat),
                 locale.toString(start.time(), QLocale::ShortFormat), locale.toString(end.time(), QLocale::ShortFormat),
                 data.zone.abbreviation(start));
    }
    case RevenueBucket::Week:
        if (span.firstDay == span.lastDay)
            return locale.toString(span.firstDay, QLocale::LongFormat);
        return tr("%1 to %2", "a range of days")
            .arg(locale.toString(span.firstDay, QLocale::ShortFormat),
                 locale.toString(span.lastDay, QLocale::ShortFormat));
    case RevenueBucket::Month: {
        const QString month = locale.toString(span.firstDay, QStringLiteral("MMMM yyyy"));
        const bool whole = span.firstDay.day() == 1 && span.lastDay.addDays(1).day() == 1;
        if (whole)
            return month;
        return tr("%1 to %2", "a range of days")
            .arg(locale.toString(span.firstDay, QLocale::ShortFormat),
                 locale.toString(span.lastDay, QLocale::ShortFormat));
    }
    case RevenueBucket::Day:
        break;
    }
    return locale.toString(span.firstDay, QLocale::LongFormat);
}

int RevenueChartStyle::labelStep(int count, qreal labelWidth, qreal available, RevenueBucket bucket)
{
    if (count <= 0)
        return 1;
    const qreal slot = available / count;
    const qreal needed = labelWidth * 1.25 + 4;
    int step = 1;
    while (step < count && slot * step < needed)
        ++step;
    if (bucket == RevenueBucket::Hour && step > 1) {
        for (int d : {2, 3, 4, 6, 12, 24}) {
            if (d >= step)
                return d;
        }
    }
    if (bucket == RevenueBucket::Day && step > 1 && step < 7)
        return step <= 2 ? 2 : 7;
    if (bucket == RevenueBucket::Day && step >= 7)
        return (step + 6) / 7 * 7;
    return step;
}
