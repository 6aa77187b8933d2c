#pragma once

#include "revenue/revenuetypes.h"

#include <QWidget>

#include <optional>

// The revenue charts of a report's preview, painted by the same code as the PDF (RevenueChartPainter): gross per
// day stacked by channel, and each channel's share, for one currency, in the colours of the palette.
class ReportChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartWidget)
public:
    explicit ReportChartWidget(QWidget* parent = nullptr);

    void setData(const std::optional<RevenueData>& revenue, const QString& currency);
    QString currency() const { return m_currency; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<RevenueData> m_data;
    QString m_currency;
};
