#include "revenuedonutview.h"

#include "money/money.h"
#include "revenue/revenuechartstyle.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

RevenueDonutView::RevenueDonutView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("revenueDonutView"));
    setAccessibleName(tr("Share of each channel"));
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumSize(170, 170);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_series = new QPieSeries;
    m_series->setHoleSize(0.56);
    m_series->setPieSize(0.92);
    chart->addSeries(m_series);
    setChart(chart);
    m_total = new QGraphicsSimpleTextItem(chart);
    m_caption = new QGraphicsSimpleTextItem(chart);
    QFont bold = font();
    bold.setBold(true);
    m_total->setFont(bold);
    applyPalette();
}

void RevenueDonutView::applyPalette()
{
    const QPalette& p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    m_total->setBrush(p.color(QPalette::Text));
    QColor muted = p.color(QPalette::Text);
    muted.setAlpha(170);
    m_caption->setBrush(muted);
    for (QPieSlice* slice : m_series->slices())
        slice->setBorderColor(p.color(QPalette::Base));
}

void RevenueDonutView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RevenueDonutView::setRevenue(const CurrencyRevenue* revenue, RevenueMeasure measure, const QSet<QString>& hidden)
{
    m_series->clear();
    qint64 total = 0;
    QList<const ChannelRevenue*> shown;
    if (revenue) {
        for (const ChannelRevenue& c : revenue->channels) {
            if (hidden.contains(c.channel) || c.total.value(measure) <= 0)
                continue;
            shown.append(&c);
            total += c.total.value(measure);
        }
    }
    const QLocale loc = locale();
    for (const ChannelRevenue* c : shown) {
        const qint64 value = c->total.value(measure);
        const qint64 share = divideRoundHalfAwayFromZero(Int128(value) * 10000, total);
        auto* slice = new QPieSlice(
            tr("%1 %2", "channel, share").arg(RevenueText::channelName(c->channel), RevenueText::percent(share, loc)),
            qreal(value));
        slice->setProperty("channel", c->channel);
        slice->setColor(RevenueChartStyle::channelColor(c->channel));
        slice->setBorderWidth(1);
        slice->setLabelVisible(false);
        const QString tip = tr("<b>%1</b><br>%2, %3 of the period")
                                .arg(RevenueText::channelName(c->channel).toHtmlEscaped(),
                                     Money(value, revenue->currency).toString(loc), RevenueText::percent(share, loc));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool entered) {
            slice->setExploded(entered);
            slice->setExplodeDistanceFactor(0.04);
            if (entered)
                QToolTip::showText(QCursor::pos(), tip, this);
            else
                QToolTip::hideText();
        });
        m_series->append(slice);
    }
    m_total->setText(revenue && total > 0 ? Money(total, revenue->currency).toString(loc) : QString());
    m_caption->setText(total > 0 ? tr("in all") : tr("No sales"));
    setAccessibleDescription(
        revenue && total > 0
            ? tr("%n channel(s), %1 in all", "", int(shown.size())).arg(Money(total, revenue->currency).toString(loc))
            : tr("No sales in this period"));
    applyPalette();
    placeCenter();
}

QString RevenueDonutView::centerText() const
{
    return m_total->text();
}

void RevenueDonutView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeCenter();
}

void RevenueDonutView::placeCenter()
{
    // The pie is centred in the plot area; its hole holds the total, in a font that fits it.
    const QRectF plot = chart()->plotArea();
    const QPointF center = plot.center();
    const qreal hole = qMin(plot.width(), plot.height()) * m_series->pieSize() * m_series->holeSize();
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.15);
    while (big.pointSizeF() > 6 && QFontMetricsF(big).horizontalAdvance(m_total->text()) > hole * 0.9)
        big.setPointSizeF(big.pointSizeF() - 0.5);
    m_total->setFont(big);
    const QRectF total = m_total->boundingRect();
    const QRectF caption = m_caption->boundingRect();
    m_total->setPos(center.x() - total.width() / 2, center.y() - total.height() + 2);
    m_caption->setPos(center.x() - caption.width() / 2, center.y() + 2);
}
