#include "revenuechartpainter.h"

#include "money/money.h"
#include "revenuechartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

struct LegendEntry
{
    QColor color;
    QString text;
};

// Paints legend entries left to right, wrapping; returns the height used. With paint false, only measures.
qreal paintLegend(QPainter& painter, const QRectF& rect, const QList<LegendEntry>& entries, const QFont& font,
                  const QColor& text, bool paint)
{
    const QFontMetricsF fm(font, painter.device());
    const qreal box = fm.height() * 0.7;
    const qreal gap = fm.height() * 0.9;
    qreal x = rect.left();
    qreal y = rect.top();
    painter.setFont(font);
    for (const LegendEntry& e : entries) {
        const qreal width = box + fm.height() * 0.35 + fm.horizontalAdvance(e.text);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += fm.height() * 1.3;
        }
        if (paint) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(e.color);
            painter.drawRect(QRectF(x, y + (fm.height() - box) / 2, box, box));
            painter.setPen(text);
            painter.drawText(QPointF(x + box + fm.height() * 0.35, y + fm.ascent()), e.text);
        }
        x += width + gap;
    }
    return entries.isEmpty() ? 0 : y - rect.top() + fm.height();
}

qreal paintTitle(QPainter& painter, const QRectF& rect, const RevenueChartOptions& options)
{
    if (options.title.isEmpty())
        return 0;
    QFont font = options.font;
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);
    painter.setPen(options.text);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(options.title, Qt::ElideRight, rect.width()));
    return fm.height() * 1.4;
}

void paintBackground(QPainter& painter, const QRectF& rect, const RevenueChartOptions& options)
{
    if (options.background.alpha() > 0)
        painter.fillRect(rect, options.background);
}

void paintMessage(QPainter& painter, const QRectF& rect, const QString& message, const RevenueChartOptions& options)
{
    painter.setFont(options.font);
    painter.setPen(options.mutedText);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
}

} // namespace

QList<const ChannelRevenue*> RevenueChartPainter::shownChannels(const RevenueData& data,
                                                                const RevenueChartOptions& options)
{
    QList<const ChannelRevenue*> shown;
    if (const CurrencyRevenue* currency = data.currency(options.currency)) {
        for (const ChannelRevenue& c : currency->channels) {
            if (!options.hiddenChannels.contains(c.channel))
                shown.append(&c);
        }
    }
    return shown;
}

void RevenueChartPainter::paintTimeChart(QPainter& painter, const QRectF& rect, const RevenueData& data,
                                         const RevenueChartOptions& options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintBackground(painter, rect, options);
    QRectF area = rect.adjusted(4, 4, -4, -4);
    area.setTop(area.top() + paintTitle(painter, area, options));

    const QList<const ChannelRevenue*> channels = shownChannels(data, options);
    QList<LegendEntry> legend;
    for (const ChannelRevenue* c : channels)
        legend.append({RevenueChartStyle::channelColor(c->channel), RevenueText::channelShortName(c->channel)});
    const qreal legendHeight = paintLegend(painter, area, legend, options.font, options.text, false);
    paintLegend(painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight), legend,
                options.font, options.text, true);
    area.setBottom(area.bottom() - legendHeight - (legendHeight > 0 ? 6 : 0));

    const int count = int(data.buckets.size());
    if (count == 0 || data.currency(options.currency) == nullptr) {
        paintMessage(painter, area, tr("No sales in this period."), options);
        painter.restore();
        return;
    }

    // Stack heights per bucket, above and below zero.
    qint64 top = 0;
    qint64 bottom = 0;
    for (int b = 0; b < count; ++b) {
        qint64 up = 0;
        qint64 down = 0;
        for (const ChannelRevenue* c : channels) {
            const qint64 v = c->buckets.at(b).value(options.measure);
            (v >= 0 ? up : down) += v;
        }
        top = qMax(top, up);
        bottom = qMin(bottom, down);
    }
    const QFontMetricsF fm(options.font, painter.device());
    const int maxTicks = qBound(2, int(area.height() / (fm.height() * 2.2)), 6);
    const RevenueChartStyle::Axis axis = RevenueChartStyle::valueAxis(bottom, top, maxTicks);
    QStringList tickLabels;
    qreal labelWidth = 0;
    for (qint64 t : axis.ticks) {
        tickLabels.append(RevenueChartStyle::axisLabel(t, options.currency, options.locale));
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(tickLabels.constLast()));
    }
    const QRectF plot(area.left() + labelWidth + 8, area.top() + fm.height() / 2, area.width() - labelWidth - 8,
                      area.height() - fm.height() / 2 - fm.height() * 1.5);
    if (plot.width() < 10 || plot.height() < 10) {
        painter.restore();
        return;
    }
    const auto yOf = [&](qint64 v) {
        return plot.bottom() - plot.height() * double(v - axis.low) / double(axis.high - axis.low);
    };

    painter.setFont(options.font);
    for (int i = 0; i < axis.ticks.size(); ++i) {
        const qreal y = yOf(axis.ticks.at(i));
        painter.setPen(QPen(axis.ticks.at(i) == 0 ? options.mutedText : options.grid, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(options.mutedText);
        painter.drawText(QRectF(area.left(), y - fm.height() / 2, labelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabels.at(i));
    }

    const qreal slot = plot.width() / count;
    const qreal barWidth = slot >= 4 ? slot * 0.78 : slot;
    for (int b = 0; b < count; ++b) {
        const qreal x = plot.left() + slot * b + (slot - barWidth) / 2;
        qint64 up = 0;
        qint64 down = 0;
        for (const ChannelRevenue* c : channels) {
            const qint64 v = c->buckets.at(b).value(options.measure);
            if (v == 0)
                continue;
            qint64& base = v > 0 ? up : down;
            const qreal y0 = yOf(base);
            base += v;
            const qreal y1 = yOf(base);
            painter.fillRect(QRectF(QPointF(x, qMin(y0, y1)), QPointF(x + barWidth, qMax(y0, y1))),
                             RevenueChartStyle::channelColor(c->channel));
        }
    }

    // Bucket labels, thinned so that none overlaps the next.
    qreal widest = 0;
    for (int b = 0; b < count; ++b)
        widest = qMax(widest, fm.horizontalAdvance(RevenueChartStyle::bucketLabel(data, b, options.locale)));
    const int step = RevenueChartStyle::labelStep(count, widest, plot.width(), data.request.bucket);
    painter.setPen(options.mutedText);
    for (int b = 0; b < count; b += step) {
        const qreal center = plot.left() + slot * (b + 0.5);
        const QString label = RevenueChartStyle::bucketLabel(data, b, options.locale);
        const qreal w = fm.horizontalAdvance(label);
        const qreal left = qBound(area.left(), center - w / 2, area.right() - w);
        painter.drawText(QRectF(left, plot.bottom() + fm.height() * 0.3, w + 1, fm.height()), Qt::AlignCenter, label);
        painter.setPen(QPen(options.grid, 0));
        painter.drawLine(QPointF(center, plot.bottom()), QPointF(center, plot.bottom() + fm.height() * 0.2));
        painter.setPen(options.mutedText);
    }
    painter.restore();
}

void RevenueChartPainter::paintShareDonut(QPainter& painter, const QRectF& rect, const RevenueData& data,
                                          const RevenueChartOptions& options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintBackground(painter, rect, options);
    QRectF area = rect.adjusted(4, 4, -4, -4);
    area.setTop(area.top() + paintTitle(painter, area, options));

    const QList<const ChannelRevenue*> channels = shownChannels(data, options);
    qint64 total = 0;
    for (const ChannelRevenue* c : channels)
        total += qMax<qint64>(0, c->total.value(options.measure));
    if (total <= 0) {
        paintMessage(painter, area, tr("No sales in this period."), options);
        painter.restore();
        return;
    }

    const QFontMetricsF fm(options.font, painter.device());
    QList<LegendEntry> legend;
    qreal legendWidth = 0;
    for (const ChannelRevenue* c : channels) {
        const qint64 value = qMax<qint64>(0, c->total.value(options.measure));
        const qint64 share = divideRoundHalfAwayFromZero(Int128(value) * 10000, total);
        legend.append(
            {RevenueChartStyle::channelColor(c->channel),
             tr("%1  %2", "channel name, its share")
                 .arg(RevenueText::channelShortName(c->channel), RevenueText::percent(share, options.locale))});
        legendWidth = qMax(legendWidth, fm.height() * 1.1 + fm.horizontalAdvance(legend.constLast().text));
    }
    const qreal side = qMin(area.height(), area.width() - legendWidth - fm.height());
    if (side < 20) {
        painter.restore();
        return;
    }
    const QRectF outer(area.left(), area.top() + (area.height() - side) / 2, side, side);
    const qreal ring = side * 0.22;
    const QRectF inner = outer.adjusted(ring, ring, -ring, -ring);

    qreal start = 90;
    for (const ChannelRevenue* c : channels) {
        const qint64 value = qMax<qint64>(0, c->total.value(options.measure));
        if (value == 0)
            continue;
        const qreal span = -360.0 * double(value) / double(total);
        QPainterPath path;
        path.arcMoveTo(outer, start);
        path.arcTo(outer, start, span);
        path.arcTo(inner, start + span, -span);
        path.closeSubpath();
        painter.setPen(QPen(options.background.alpha() > 0 ? options.background : QColor(Qt::white), 1.5));
        painter.setBrush(RevenueChartStyle::channelColor(c->channel));
        painter.drawPath(path);
        start += span;
    }

    // The total in the middle.
    QFont big = options.font;
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(options.text);
    const QString amount = Money(total, options.currency).toString(options.locale);
    const QFontMetricsF bigMetrics(big, painter.device());
    painter.drawText(QRectF(inner.left(), inner.center().y() - bigMetrics.height(), inner.width(), bigMetrics.height()),
                     Qt::AlignCenter, bigMetrics.elidedText(amount, Qt::ElideRight, inner.width()));
    painter.setFont(options.font);
    painter.setPen(options.mutedText);
    painter.drawText(QRectF(inner.left(), inner.center().y(), inner.width(), fm.height()), Qt::AlignCenter,
                     fm.elidedText(RevenueText::measureName(options.measure), Qt::ElideRight, inner.width()));

    // The legend, one channel a line, beside the ring.
    const qreal lineHeight = fm.height() * 1.35;
    qreal y = outer.center().y() - lineHeight * legend.size() / 2;
    const qreal x = outer.right() + fm.height();
    for (const LegendEntry& e : legend) {
        paintLegend(painter, QRectF(x, y, area.right() - x, lineHeight), {e}, options.font, options.text, true);
        y += lineHeight;
    }
    painter.restore();
}

QImage RevenueChartPainter::timeChartImage(const RevenueData& data, const RevenueChartOptions& options,
                                           const QSize& size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(options.background.alpha() > 0 ? options.background : QColor(Qt::transparent));
    QPainter painter(&image);
    paintTimeChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, options);
    painter.end();
    return image;
}
