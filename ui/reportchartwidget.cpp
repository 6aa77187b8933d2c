#include "reportchartwidget.h"

#include "revenue/revenuechartpainter.h"

#include <QPainter>

ReportChartWidget::ReportChartWidget(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Revenue charts"));
    setMinimumHeight(260);
}

void ReportChartWidget::setData(const std::optional<RevenueData>& revenue, const QString& currency)
{
    m_data = revenue;
    m_currency = currency;
    setAccessibleDescription(
        m_data ? tr("Gross per day and channel, and the share of each channel, in %1").arg(currency) : tr("No chart"));
    update();
}

QSize ReportChartWidget::sizeHint() const
{
    return QSize(800, 420);
}

void ReportChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    RevenueChartOptions options;
    options.currency = m_currency;
    options.measure = RevenueMeasure::Gross;
    options.locale = locale();
    options.font = font();
    options.text = palette().color(QPalette::WindowText);
    options.mutedText = palette().color(QPalette::PlaceholderText);
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlpha(40);
    options.grid = grid;
    options.background = Qt::transparent;
    if (!m_data) {
        painter.setPen(options.mutedText);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No chart for this period."));
        return;
    }
    // The time chart takes what the donut leaves: the donut needs about a third of the width.
    const qreal donutWidth = qMin(area.width() * 0.4, 420.0);
    const QRectF time(area.left(), area.top(), area.width() - donutWidth - 16, area.height());
    const QRectF donut(time.right() + 16, area.top(), donutWidth, qMin(area.height(), 300.0));
    options.title = tr("Gross per day and channel");
    RevenueChartPainter::paintTimeChart(painter, time, *m_data, options);
    options.title = tr("Share of each channel");
    RevenueChartPainter::paintShareDonut(painter, donut, *m_data, options);
}
