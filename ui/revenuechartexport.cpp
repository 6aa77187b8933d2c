#include "revenuechartexport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
void paint(QPainter& painter, const QRectF& rect, RevenueChartExport::Chart chart, const RevenueData& data,
           const RevenueChartOptions& options)
{
    if (chart == RevenueChartExport::Chart::Shares)
        RevenueChartPainter::paintShareDonut(painter, rect, data, options);
    else
        RevenueChartPainter::paintTimeChart(painter, rect, data, options);
}
} // namespace

Status RevenueChartExport::save(const QString& path, Chart chart, Format format, const RevenueData& data,
                                const RevenueChartOptions& options, const QSize& size)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    if (format == Format::Png) {
        // Twice the pixels, so the picture stays sharp on a high-density screen or in print.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(options.background.alpha() > 0 ? options.background : QColor(Qt::transparent));
        QPainter painter(&image);
        paint(painter, rect, chart, data, options);
        painter.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Status::failure(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return {};
    }
    // QSvgGenerator writes as it paints: it goes to a buffer first so a failure leaves no half-written file.
    QByteArray svg;
    {
        QBuffer buffer(&svg);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(rect);
        generator.setResolution(96);
        generator.setTitle(options.title);
        generator.setDescription(tr("Revenue chart exported by Obole"));
        QPainter painter(&generator);
        paint(painter, rect, chart, data, options);
        painter.end();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}
