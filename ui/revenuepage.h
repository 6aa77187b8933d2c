#pragma once

#include "page.h"
#include "revenue/revenuechartpainter.h"
#include "revenue/revenueperiod.h"
#include "revenuechartexport.h"

#include <QFutureWatcher>
#include <QPointer>

class ChannelRevenueModel;
class ProductRevenueModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class EmptyState;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class RevenueChartView;
class RevenueDonutView;
class RevenueLegend;
class SummaryTile;

// Revenue per channel: the period (presets or custom days), bars by hour, day, week or month, the measure (gross,
// payout, net of VAT), the site, all sales or only confirmed ones; summary tiles compared with the previous period,
// revenue over time stacked by channel, each channel's share, the channels against the previous period, and the top
// products. Figures are read off the GUI thread; after an import the stored totals are updated first, with progress
// and Cancel.
class RevenuePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenuePage)
public:
    struct LoadOutcome
    {
        QString path; // the database read
        RevenueData data;
        QString error;
        bool cancelled = false;
    };

    explicit RevenuePage(QWidget* parent = nullptr);
    ~RevenuePage() override;

    QString title() const override;
    QString helpTopic() const override { return QStringLiteral("revenue"); }
    void setDatabase(Database* db) override;

    // Test seams: the day "today" stands for, whether figures are being read, and the figures shown.
    void setToday(QDate today);
    QDate today() const;
    bool isLoading() const;
    const RevenueData& revenueData() const { return m_data; }
    QString currentCurrency() const;
    RevenueMeasure currentMeasure() const;
    RevenueChartOptions chartOptions(RevenueChartExport::Chart chart) const;
    // Saves a chart as the export menu does, without asking for a file; shows and returns the error.
    bool exportChart(const QString& path, RevenueChartExport::Chart chart, RevenueChartExport::Format format);

private:
    void buildFilters();
    void applyPreset();
    void datesEdited();
    void updateBucketChoices();
    RevenueRequest request() const;
    void reload();
    void startLoad();
    void loadFinished();
    void showData();
    void showCurrency();
    void chooseExport(RevenueChartExport::Chart chart, RevenueChartExport::Format format);
    QString periodText() const;

    Database* m_db = nullptr;
    QString m_path;
    QDate m_today;
    RevenueData m_data;
    bool m_loading = false;       // from startLoad() until its result is handled
    bool m_reloadPending = false; // the request changed while loading
    QFutureWatcher<LoadOutcome> m_watcher;

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_bucket;
    QComboBox* m_measure;
    QComboBox* m_site;
    QLabel* m_currencyLabel;
    QComboBox* m_currency;
    QCheckBox* m_confirmedOnly;
    QToolButton* m_export;
    SummaryTile* m_totalTile;
    SummaryTile* m_salesTile;
    SummaryTile* m_averageTile;
    SummaryTile* m_unconfirmedTile;
    QLabel* m_note;
    QWidget* m_progressPanel;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    RevenueChartView* m_chart;
    RevenueDonutView* m_donut;
    RevenueLegend* m_legend;
    ChannelRevenueModel* m_channelModel;
    ProductRevenueModel* m_productModel;
    QTableView* m_channelTable;
    QTableView* m_productTable;
};
