#pragma once

#include "core/result.h"
#include "revenue/revenuechartpainter.h"

#include <QCoreApplication>
#include <QSize>

// Saves a revenue chart, painted by RevenueChartPainter (the same drawing the PDF report uses), as PNG or SVG.
class RevenueChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueChartExport)
public:
    enum class Chart { OverTime, Shares };
    enum class Format { Png, Svg };

    static Status save(const QString& path, Chart chart, Format format, const RevenueData& data,
                       const RevenueChartOptions& options, const QSize& size = QSize(1200, 600));
};
