#pragma once

#include "revenue/revenuetypes.h"

#include <QChartView>
#include <QSet>

class QGraphicsSimpleTextItem;
class QPieSeries;
class QPieSlice;

// The share of each channel in the period, as a donut in the channels' chart colours, the total in its middle.
// Hovering a slice tells its amount and share.
class RevenueDonutView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueDonutView)
public:
    explicit RevenueDonutView(QWidget* parent = nullptr);

    void setRevenue(const CurrencyRevenue* revenue, RevenueMeasure measure, const QSet<QString>& hidden);
    QPieSeries* series() const { return m_series; }
    QString centerText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void placeCenter();
    void applyPalette();

    QPieSeries* m_series = nullptr;
    QGraphicsSimpleTextItem* m_total = nullptr;
    QGraphicsSimpleTextItem* m_caption = nullptr;
};
