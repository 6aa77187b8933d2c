#pragma once

#include "revenue/revenuetypes.h"

#include <QChartView>
#include <QSet>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;

// Revenue over time, one stacked bar per bucket and one colour per channel (the colours of RevenueChartStyle).
// Channels can be hidden (the page's RevenueLegend does it); hovering a bar tells its exact amount and its share of
// the bucket. Amounts on the axis and in tooltips are in the UI locale and the chosen currency; bucket labels are
// thinned so that none overlaps.
class RevenueChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueChartView)
public:
    explicit RevenueChartView(QWidget* parent = nullptr);

    void setRevenue(const RevenueData& revenue, const QString& currency, RevenueMeasure measure);

    QSet<QString> hiddenChannels() const { return m_hidden; }
    void setChannelHidden(const QString& channel, bool hidden);
    // The channels of the bar sets, in stacking order.
    QStringList channels() const;
    QStackedBarSeries* series() const { return m_series; }
    QCategoryAxis* bucketAxis() const { return m_x; }
    QCategoryAxis* amountAxis() const { return m_y; }
    // What hovering a bar shows.
    QString toolTipFor(const QString& channel, int bucket) const;

signals:
    void hiddenChannelsChanged(const QSet<QString>& hidden);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateBucketLabels();
    void updateAmountAxis();
    void applyPalette();
    void showBarToolTip(QBarSet* set, bool entered, int bucket);

    RevenueData m_data;
    QString m_currency;
    RevenueMeasure m_measure = RevenueMeasure::Gross;
    QSet<QString> m_hidden;
    QStackedBarSeries* m_series = nullptr;
    QCategoryAxis* m_x = nullptr;
    QCategoryAxis* m_y = nullptr;
    int m_labelStep = 0;
};
