#pragma once

#include "revenuetypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

// How a painted revenue chart looks: which currency and measure, which channels are left out, and the colours of
// the page it lands on (white paper by default).
struct RevenueChartOptions
{
    QString currency;
    RevenueMeasure measure = RevenueMeasure::Gross;
    QSet<QString> hiddenChannels;
    QLocale locale;
    QString title; // drawn above the chart when not empty
    QFont font;    // labels; the title is larger and bold
    QColor text = QColor(0x1F, 0x1F, 0x1F);
    QColor mutedText = QColor(0x5F, 0x5F, 0x5F);
    QColor grid = QColor(0, 0, 0, 36);
    QColor background = Qt::white; // Qt::transparent leaves the device as it is
};

// Paints the revenue charts with QPainter alone (QtGui, no widgets), on any device: a QImage for PNG, a
// QSvgGenerator for SVG, a QPdfWriter for the reports. The interactive page draws the same data with Qt Charts, in
// the same colours.
class RevenueChartPainter final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueChartPainter)
public:
    // Revenue per bucket, stacked by channel, with the value axis, bucket labels and a legend.
    static void paintTimeChart(QPainter& painter, const QRectF& rect, const RevenueData& data,
                               const RevenueChartOptions& options);
    // The share of each channel in the period, as a donut with the total in its middle and a legend beside.
    static void paintShareDonut(QPainter& painter, const QRectF& rect, const RevenueData& data,
                                const RevenueChartOptions& options);
    static QImage timeChartImage(const RevenueData& data, const RevenueChartOptions& options, const QSize& size,
                                 qreal devicePixelRatio = 1.0);

    // The channels of `options.currency` that are drawn, in stacking order.
    static QList<const ChannelRevenue*> shownChannels(const RevenueData& data, const RevenueChartOptions& options);
};
