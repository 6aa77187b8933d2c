#include "revenuechartview.h"

#include "money/money.h"
#include "revenue/revenuechartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>

RevenueChartView::RevenueChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("revenueChartView"));
    setAccessibleName(tr("Revenue per channel over time"));
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(150);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // The page's RevenueLegend stands for the legend: it wraps, and it takes the keyboard.
    chart->legend()->hide();
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 8, 12, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    applyPalette();
}

void RevenueChartView::applyPalette()
{
    QChart* c = chart();
    const QPalette& p = palette();
    c->setBackgroundBrush(p.base());
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    QColor muted = p.color(QPalette::Text);
    muted.setAlpha(170);
    for (QCategoryAxis* axis : {m_x, m_y}) {
        if (!axis)
            continue;
        axis->setLabelsColor(muted);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    if (m_x)
        m_x->setGridLineVisible(false);
}

void RevenueChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RevenueChartView::setRevenue(const RevenueData& revenue, const QString& currency, RevenueMeasure measure)
{
    m_data = revenue;
    m_currency = currency;
    m_measure = measure;
    rebuild();
}

QStringList RevenueChartView::channels() const
{
    QStringList ids;
    if (m_series) {
        for (QBarSet* set : m_series->barSets())
            ids << set->property("channel").toString();
    }
    return ids;
}

void RevenueChartView::setChannelHidden(const QString& channel, bool hidden)
{
    if (hidden == m_hidden.contains(channel))
        return;
    if (hidden)
        m_hidden.insert(channel);
    else
        m_hidden.remove(channel);
    rebuild();
    emit hiddenChannelsChanged(m_hidden);
}

void RevenueChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    delete m_x;
    delete m_y;
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.8);
    m_x = new QCategoryAxis;
    m_x->setObjectName(QStringLiteral("bucketAxis"));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y = new QCategoryAxis;
    m_y->setObjectName(QStringLiteral("amountAxis"));
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_labelStep = 0;

    const CurrencyRevenue* currency = m_data.currency(m_currency);
    const int count = int(m_data.buckets.size());
    if (currency) {
        for (const ChannelRevenue& channel : currency->channels) {
            auto* set = new QBarSet(RevenueText::channelName(channel.channel));
            set->setProperty("channel", channel.channel);
            const bool hidden = m_hidden.contains(channel.channel);
            QColor color = RevenueChartStyle::channelColor(channel.channel);
            set->setPen(Qt::NoPen);
            set->setBrush(color);
            // Chart coordinates only: amounts stay integers everywhere else.
            QList<qreal> values;
            values.reserve(count);
            for (const RevenueFigures& f : channel.buckets)
                values.append(hidden ? 0.0 : qreal(f.value(m_measure)));
            set->append(values);
            connect(set, &QBarSet::hovered, this,
                    [this, set](bool entered, int index) { showBarToolTip(set, entered, index); });
            m_series->append(set);
        }
    }
    c->addSeries(m_series);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->setRange(-0.5, qMax(0, count) - 0.5);
    // Narrow bars touch: gaps of a pixel or less would flicker.
    const qreal plotWidth = c->plotArea().width() > 0 ? c->plotArea().width() : width() - 90;
    m_series->setBarWidth(count > 0 && plotWidth / count < 5 ? 1.0 : 0.8);

    updateAmountAxis();
    updateBucketLabels();
    applyPalette();
    setAccessibleDescription(currency ? tr("%n bars, %1", "", count).arg(RevenueText::measureName(m_measure))
                                      : tr("No sales in this period"));
}

void RevenueChartView::updateAmountAxis()
{
    qint64 top = 0;
    qint64 bottom = 0;
    if (const CurrencyRevenue* currency = m_data.currency(m_currency)) {
        for (int b = 0; b < m_data.buckets.size(); ++b) {
            qint64 up = 0;
            qint64 down = 0;
            for (const ChannelRevenue& c : currency->channels) {
                if (m_hidden.contains(c.channel))
                    continue;
                const qint64 v = c.buckets.at(b).value(m_measure);
                (v >= 0 ? up : down) += v;
            }
            top = qMax(top, up);
            bottom = qMin(bottom, down);
        }
    }
    const int maxTicks = qBound(2, height() / 55, 6);
    const RevenueChartStyle::Axis axis = RevenueChartStyle::valueAxis(bottom, top, maxTicks);
    for (const QString& label : m_y->categoriesLabels())
        m_y->remove(label);
    m_y->setStartValue(qreal(axis.low) - 1);
    const QString currencyCode = m_currency.isEmpty() ? QStringLiteral("EUR") : m_currency;
    for (qint64 t : axis.ticks)
        m_y->append(RevenueChartStyle::axisLabel(t, currencyCode, locale()), qreal(t));
    m_y->setRange(qreal(axis.low), qreal(axis.high));
}

void RevenueChartView::updateBucketLabels()
{
    if (!m_x)
        return;
    const int count = int(m_data.buckets.size());
    const QFontMetricsF fm(m_x->labelsFont());
    qreal widest = 0;
    QStringList labels;
    for (int b = 0; b < count; ++b) {
        labels << RevenueChartStyle::bucketLabel(m_data, b, locale());
        widest = qMax(widest, fm.horizontalAdvance(labels.constLast()));
    }
    const qreal available =
        qMax<qreal>(50, chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 90);
    const int step = RevenueChartStyle::labelStep(count, widest, available, m_data.request.bucket);
    if (step == m_labelStep && !m_x->categoriesLabels().isEmpty())
        return;
    m_labelStep = step;
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(-1);
    // A category axis wants distinct labels; hours of several days repeat, so repeats get invisible marks.
    QHash<QString, int> seen;
    for (int b = 0; b < count; b += step) {
        const int repeat = seen[labels.at(b)]++;
        m_x->append(labels.at(b) + QString(repeat, QChar(0x200B)), b);
    }
}

void RevenueChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updateBucketLabels();
}

QString RevenueChartView::toolTipFor(const QString& channel, int bucket) const
{
    const CurrencyRevenue* currency = m_data.currency(m_currency);
    if (!currency || bucket < 0 || bucket >= m_data.buckets.size())
        return {};
    const ChannelRevenue* c = currency->channel(channel);
    if (!c)
        return {};
    const QLocale loc = locale();
    const qint64 amount = c->buckets.at(bucket).value(m_measure);
    const qint64 total = currency->bucketTotal(bucket).value(m_measure);
    const qint64 share = total == 0 ? 0 : divideRoundHalfAwayFromZero(Int128(amount) * 10000, total);
    return tr("<b>%1</b><br>%2: <b>%3</b> (%4 of the bar)<br>%n sale(s); all channels: %5", "",
              int(c->buckets.at(bucket).sales))
        .arg(RevenueChartStyle::bucketTitle(m_data, bucket, loc).toHtmlEscaped(),
             RevenueText::channelName(channel).toHtmlEscaped(), Money(amount, m_currency).toString(loc),
             RevenueText::percent(share, loc), Money(total, m_currency).toString(loc));
}

void RevenueChartView::showBarToolTip(QBarSet* set, bool entered, int bucket)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipFor(set->property("channel").toString(), bucket), this);
}
