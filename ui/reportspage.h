#pragma once

#include "export/periodreport.h"
#include "export/reportbuilder.h"
#include "export/reportexport.h"
#include "page.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPromise>

#include <optional>

class QComboBox;
class QDateEdit;
class EmptyState;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class ReportChartWidget;
class SummaryTile;

// The accountant's close of a period: pick the period, look over the report (summary figures, the revenue charts,
// every table the exports hold), then export it as CSV, XLSX, PDF or FEC. Reports are built and written off the GUI
// thread, on a connection of their own, with progress and Cancel; the settings of the books (SIREN, accounts,
// journals) are one button away.
class ReportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    enum class Period { LastMonth, ThisMonth, LastQuarter, ThisQuarter, LastYear, ThisYear, Custom };

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;
    QString title() const override;
    QString helpTopic() const override { return QStringLiteral("reports"); }
    void setDatabase(Database* db) override;

    // The days a period choice covers when `today` is the local date (Custom: the last full month).
    static std::pair<QDate, QDate> range(Period period, QDate today);

    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // The report on show, once built.
    const std::optional<PeriodReport>& report() const { return m_report; }
    bool isBusy() const;
    // Writes the current period in a format; what the export buttons do once the file or folder is chosen.
    void exportTo(ReportFormat format, const QString& output, bool overwrite = false);
    void cancel();
    // The text of the last export's summary (files written, notes), as the page shows it.
    QString lastExportSummary() const { return m_lastSummary; }

    // Closes the books up to the period's last day, or reopens the last closed period, in the background; what the
    // buttons do once confirmed. booksChanged() follows.
    void closeBooks();
    void reopenBooks();
    // Stores the exchange rates of a CSV file (ExchangeRates); returns whether it did, errors shown in a message box.
    bool importRates(const QString& path);
    // "Books closed up to …", as the page shows it.
    QString booksStatusText() const;

signals:
    void reportShown();
    void exportDone(bool ok);
    void booksChanged(bool ok);

private:
    enum class BooksAction { None, Close, Reopen };
    struct Job
    {
        ReportBuilder::Request request;
        std::optional<ReportExport::Request> output;
        BooksAction books = BooksAction::None; // closes up to request.to, or reopens
        // Exports and the books' actions run alone, to their end (or to Cancel); a preview gives way.
        bool runsAlone() const { return output.has_value() || books != BooksAction::None; }
    };
    struct Outcome
    {
        bool cancelled = false;
        QString error;
        std::optional<PeriodReport> report;
        std::optional<ReportExport::Outcome> written;
        ReportFormat format = ReportFormat::Pdf;
        QString booksSummary; // what closing or reopening did
    };
    static void work(QPromise<Outcome>& promise, const QString& path, const Job& job);

    void periodChosen();
    void datesEdited();
    void refresh();
    void start(const Job& job);
    void finished();
    void showReport();
    void chooseAndExport(ReportFormat format);
    void editSettings();
    void askCloseBooks();
    void askReopenBooks();
    void askImportRates();
    void showBooksStatus();
    void setControlsEnabled(bool enabled);
    void showEvent(QShowEvent* event) override;

    Database* m_db = nullptr;
    QString m_path;
    std::optional<PeriodReport> m_report;
    QString m_lastSummary;
    bool m_settingDates = false;
    std::optional<Job> m_pending; // to start once the running job ends
    bool m_runningExport = false;
    BooksAction m_runningBooks = BooksAction::None;
    bool m_booksClosed = false; // some period of the books is closed: the last one can be reopened
    bool m_stale = true;        // the report on show is not the current period's or database's
    QString m_lastFolder;

    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_csvStyle;
    QPushButton* m_settings;
    QList<QPushButton*> m_exportButtons;
    QLabel* m_booksStatus;
    QPushButton* m_closeBooks;
    QPushButton* m_reopenBooks;
    QPushButton* m_importRates;
    SummaryTile* m_grossTile;
    SummaryTile* m_vatTile;
    SummaryTile* m_payoutTile;
    SummaryTile* m_owedTile;
    QLabel* m_notes;
    QTabWidget* m_tabs;
    ReportChartWidget* m_chart;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_progressPanel;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_result;
    QTimer* m_refreshTimer;
    QFutureWatcher<Outcome> m_watcher;
};
