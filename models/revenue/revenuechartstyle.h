#pragma once

#include "revenuetypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// What the interactive charts and the painted ones (PNG, SVG, PDF) share, so they look alike: one colour per
// channel, the value axis's ticks, and the labels of amounts and buckets.
class RevenueChartStyle final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueChartStyle)
public:
    // A fixed colour per channel (colour-blind safe, readable on light and dark backgrounds); grey for others.
    static QColor channelColor(QStringView channel);

    struct Axis
    {
        qint64 low = 0; // minor units; low <= 0 <= high
        qint64 high = 0;
        qint64 step = 1;
        QList<qint64> ticks;
    };
    // Round ticks (1, 2 or 5 times a power of ten, in minor units) spanning low..high and 0, at most maxTicks + 1.
    static Axis valueAxis(qint64 low, qint64 high, int maxTicks = 5);
    // An amount for an axis: whole units without decimals when it is whole ("1 500 €"), else every decimal.
    static QString axisLabel(qint64 minorUnits, const QString& currency, const QLocale& locale);

    // The short label under a bar ("14:00", "3 Mar", "Mar 2025").
    static QString bucketLabel(const RevenueData& data, int bucket, const QLocale& locale);
    // The full name of a bar, for tooltips ("Monday 3 March 2025", "Week of 3 March 2025", "3 March 2025,
    // 02:00–03:00 CET").
    static QString bucketTitle(const RevenueData& data, int bucket, const QLocale& locale);
    // Every how many bars a label fits: labels of `labelWidth` need `labelWidth` plus a gap each, over `available`.
    // Hour labels step by a divisor of 24 and week labels by whole weeks, so labels fall on regular marks.
    static int labelStep(int count, qreal labelWidth, qreal available, RevenueBucket bucket);
};
