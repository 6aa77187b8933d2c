#include "reportspage.h"
#include "jobpool.h"

#include "emptystate.h"

#include "accountingsettingsdialog.h"
#include "core/settings.h"
#include "export/accountingsettings.h"
#include "export/books.h"
#include "export/exchangerates.h"
#include "export/fecexport.h"
#include "export/reporttablemodel.h"
#include "messagebox.h"
#include "money/money.h"
#include "moneytext.h"
#include "reportchartwidget.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

ReportsPage::ReportsPage(QWidget* parent)
    : Page(parent), m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_csvStyle(new QComboBox(this)), m_settings(new QPushButton(tr("Accounting &Settings…"), this)),
      m_booksStatus(new QLabel(this)), m_closeBooks(new QPushButton(tr("C&lose the Books…"), this)),
      m_reopenBooks(new QPushButton(tr("Re&open Last Period…"), this)),
      m_importRates(new QPushButton(tr("Exchange &Rates…"), this)),
      m_grossTile(new SummaryTile(tr("Gross (buyer price)"), this)), m_vatTile(new SummaryTile(tr("VAT"), this)),
      m_payoutTile(new SummaryTile(tr("Payout"), this)),
      m_owedTile(new SummaryTile(tr("Receivable from providers"), this)), m_notes(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_chart(new ReportChartWidget(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_progressPanel(new QWidget(this)), m_progressLabel(new QLabel(m_progressPanel)),
      m_progress(new QProgressBar(m_progressPanel)), m_cancel(new QPushButton(tr("Cancel"), m_progressPanel)),
      m_result(new QLabel(this)), m_refreshTimer(new QTimer(this))
{
    // Period.
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->setAccessibleName(tr("Period"));
    const QList<std::pair<Period, QString>> periods = {{Period::LastMonth, tr("Last month")},
                                                       {Period::ThisMonth, tr("This month")},
                                                       {Period::LastQuarter, tr("Last quarter")},
                                                       {Period::ThisQuarter, tr("This quarter")},
                                                       {Period::LastYear, tr("Last year")},
                                                       {Period::ThisYear, tr("This year")},
                                                       {Period::Custom, tr("Custom")}};
    for (const auto& [period, name] : periods)
        m_period->addItem(name, int(period));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Last day"));
    m_settings->setObjectName(QStringLiteral("accountingSettingsButton"));
    m_settings->setToolTip(tr("SIREN, chart of accounts and journals used by the FEC"));

    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* toLabel = new QLabel(tr("to", "between the first and the last day of a period"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch(1);
    top->addWidget(m_settings);

    auto* tiles = new QHBoxLayout;
    for (SummaryTile* tile : {m_grossTile, m_vatTile, m_payoutTile, m_owedTile})
        tiles->addWidget(tile);
    m_grossTile->setObjectName(QStringLiteral("grossTile"));
    m_vatTile->setObjectName(QStringLiteral("vatTile"));
    m_payoutTile->setObjectName(QStringLiteral("payoutTile"));
    m_owedTile->setObjectName(QStringLiteral("owedTile"));

    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();

    // Preview: the charts, then a tab per table.
    m_tabs->setObjectName(QStringLiteral("reportTabWidget"));
    m_tabs->setDocumentMode(true);
    auto* chartScroll = new QScrollArea(m_tabs);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(m_chart);
    chartScroll->setObjectName(QStringLiteral("chartsTab"));
    m_chart->setObjectName(QStringLiteral("reportChartWidget"));
    m_tabs->addTab(chartScroll, tr("Charts"));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_empty);

    // Export.
    m_csvStyle->setObjectName(QStringLiteral("csvStyleComboBox"));
    m_csvStyle->setAccessibleName(tr("CSV conventions"));
    m_csvStyle->addItem(tr("CSV: French (; and decimal comma)"), true);
    m_csvStyle->addItem(tr("CSV: English (, and decimal point)"), false);
    m_csvStyle->setCurrentIndex(CsvConventions::forLocale(QLocale()).isFrench() ? 0 : 1);
    auto* exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:"), this));
    const QList<std::tuple<ReportFormat, QString, QString, QString>> buttons = {
        {ReportFormat::Pdf, tr("&PDF…"), QStringLiteral("exportPdfButton"),
         tr("The report to read and file: A4, with charts")},
        {ReportFormat::Xlsx, tr("&XLSX…"), QStringLiteral("exportXlsxButton"), tr("A workbook, a sheet per table")},
        {ReportFormat::Csv, tr("&CSV…"), QStringLiteral("exportCsvButton"), tr("A file per table, in a folder")},
        {ReportFormat::Fec, tr("&FEC…"), QStringLiteral("exportFecButton"),
         tr("The Fichier des Écritures Comptables for the French tax administration")}};
    for (const auto& [format, text, name, tip] : buttons) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        const ReportFormat f = format;
        connect(button, &QPushButton::clicked, this, [this, f] { chooseAndExport(f); });
        exports->addWidget(button);
        m_exportButtons << button;
    }
    exports->addWidget(m_csvStyle);
    exports->addStretch(1);

    // The books: closing a period freezes its FEC entries.
    m_booksStatus->setObjectName(QStringLiteral("booksStatusLabel"));
    m_booksStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeBooks->setObjectName(QStringLiteral("closeBooksButton"));
    m_closeBooks->setToolTip(tr("Close the books up to the period's last day: the FEC entries of those days get "
                                "permanent numbers and a validation date"));
    m_reopenBooks->setObjectName(QStringLiteral("reopenBooksButton"));
    m_reopenBooks->setToolTip(tr("Reopen the last closed period: its entries keep their numbers if nothing "
                                 "changed"));
    m_importRates->setObjectName(QStringLiteral("importRatesButton"));
    m_importRates->setToolTip(tr("Import daily exchange rates from a CSV file (the ECB's reference rates, or a column "
                                 "such as BTC/EUR): sales in other currencies are booked at their day's rate"));
    auto* books = new QHBoxLayout;
    books->addWidget(m_booksStatus, 1);
    books->addWidget(m_importRates);
    books->addWidget(m_closeBooks);
    books->addWidget(m_reopenBooks);

    m_progressPanel->setObjectName(QStringLiteral("progressPanel"));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* progressLayout = new QHBoxLayout(m_progressPanel);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressPanel->hide();

    m_result->setObjectName(QStringLiteral("exportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);
    m_result->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);
    layout->addLayout(exports);
    layout->addLayout(books);
    layout->addWidget(m_progressPanel);
    layout->addWidget(m_result);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::datesEdited);
    connect(m_settings, &QPushButton::clicked, this, &ReportsPage::editSettings);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_closeBooks, &QPushButton::clicked, this, &ReportsPage::askCloseBooks);
    connect(m_reopenBooks, &QPushButton::clicked, this, &ReportsPage::askReopenBooks);
    connect(m_importRates, &QPushButton::clicked, this, &ReportsPage::askImportRates);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportsPage::finished);

    periodChosen();
    setDatabase(nullptr);
}

ReportsPage::~ReportsPage()
{
    m_pending.reset();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

std::pair<QDate, QDate> ReportsPage::range(Period period, QDate today)
{
    const int quarterMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate thisQuarter(today.year(), quarterMonth, 1);
    switch (period) {
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Period::LastQuarter:
        return {thisQuarter.addMonths(-3), thisQuarter.addDays(-1)};
    case Period::ThisQuarter:
        return {thisQuarter, today};
    case Period::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Period::LastMonth:
    case Period::Custom:
        break;
    }
    return ReportBuilder::lastFullMonth(today);
}

void ReportsPage::setDatabase(Database* db)
{
    m_db = db;
    m_path = db ? db->path() : QString();
    m_stale = true;
    m_report.reset();
    if (!db) {
        m_empty->setText(tr("No database is open. Choose File → Open Database."));
        m_empty->setActions({});
        m_stack->setCurrentWidget(m_empty);
        showReport();
    }
    setControlsEnabled(db != nullptr && !isBusy());
    showBooksStatus();
    if (db && isVisible())
        m_refreshTimer->start(0);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale && m_db)
        m_refreshTimer->start(0);
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_settingDates = true;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingDates = false;
    m_stale = true;
    m_refreshTimer->start(0);
}

QDate ReportsPage::from() const
{
    return m_from->date();
}

QDate ReportsPage::to() const
{
    return m_to->date();
}

bool ReportsPage::isBusy() const
{
    return m_watcher.isRunning() || m_pending.has_value();
}

void ReportsPage::periodChosen()
{
    const Period period = Period(m_period->currentData().toInt());
    if (period == Period::Custom)
        return;
    const auto [first, last] = range(period, QDate::currentDate());
    m_settingDates = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_settingDates = false;
    m_stale = true;
    m_refreshTimer->start();
}

void ReportsPage::datesEdited()
{
    if (m_settingDates)
        return;
    m_period->blockSignals(true);
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_period->blockSignals(false);
    m_stale = true;
    m_refreshTimer->start();
}

void ReportsPage::refresh()
{
    if (!m_db || !isVisible())
        return;
    if (from() > to()) {
        m_empty->setActions({});
        m_empty->setText(tr("The period starts after its last day: choose a first day on or before %1.")
                             .arg(QLocale().toString(to(), QLocale::ShortFormat)));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    start(Job{{from(), to(), true}, std::nullopt});
}

void ReportsPage::exportTo(ReportFormat format, const QString& output, bool overwrite)
{
    if (!m_db || output.isEmpty())
        return;
    ReportExport::Request request;
    request.format = format;
    request.output = output;
    request.csv = m_csvStyle->currentData().toBool() ? CsvConventions::french() : CsvConventions::english();
    request.locale = QLocale();
    request.overwrite = overwrite;
    // A FEC carries the numbers of the closed periods.
    start(Job{{from(), to(), format == ReportFormat::Pdf, format == ReportFormat::Fec}, request});
}

void ReportsPage::start(const Job& job)
{
    if (m_watcher.isRunning()) {
        // A preview gives way to what comes next; an export runs to its end (or to Cancel).
        if (!job.runsAlone() && m_pending && m_pending->runsAlone())
            return;
        m_pending = job;
        if (!m_runningExport && m_runningBooks == BooksAction::None)
            m_watcher.cancel();
        return;
    }
    m_pending.reset();
    m_runningExport = job.output.has_value();
    m_runningBooks = job.books;
    m_stale = false;
    if (job.books == BooksAction::Close)
        m_progressLabel->setText(
            tr("Closing the books up to %1…").arg(QLocale().toString(job.request.to, QLocale::ShortFormat)));
    else if (job.books == BooksAction::Reopen)
        m_progressLabel->setText(tr("Reopening the last closed period…"));
    else
        m_progressLabel->setText(job.output
                                     ? tr("Exporting %1…").arg(ReportExport::formatName(job.output->format).toUpper())
                                     : tr("Building the report…"));
    m_progress->setValue(0);
    m_progressPanel->show();
    m_cancel->setEnabled(job.books != BooksAction::Reopen);
    setControlsEnabled(!job.runsAlone()); // a preview may give way to an export; an export runs alone
    const QString path = m_path;
    m_watcher.setFuture(
        QtConcurrent::run(JobPool::pool(), [path, job](QPromise<Outcome>& promise) { work(promise, path, job); }));
}

void ReportsPage::work(QPromise<Outcome>& promise, const QString& path, const Job& job)
{
    Outcome out;
    if (job.output)
        out.format = job.output->format;
    promise.setProgressRange(0, 1000);
    // Its own connection: a Database never crosses threads.
    auto db = Database::open(path);
    if (!db) {
        out.error = db.error();
        promise.addResult(out);
        return;
    }
    const qint64 buildShare = job.output ? 800 : 1000;
    auto building = [&promise, buildShare](qint64 done, qint64 total) {
        if (promise.isCanceled())
            return false;
        promise.setProgressValue(int(done * buildShare / qMax<qint64>(total, 1)));
        return true;
    };
    if (job.books == BooksAction::Close) {
        auto closed = Books::close(*db.value(), job.request.to, Books::today(*db.value()), building);
        if (promise.isCanceled())
            return;
        if (!closed) {
            out.error = closed.error();
        } else {
            const BooksClosing& c = closed->closing;
            const QLocale locale;
            QStringList lines{
                tr("Books closed from %1 to %2: %n entry(s) numbered, validated on %3.", nullptr, int(c.entries))
                    .arg(locale.toString(c.firstDay, QLocale::ShortFormat),
                         locale.toString(c.lastDay, QLocale::ShortFormat),
                         locale.toString(c.validDay, QLocale::ShortFormat))};
            if (closed->corrections > 0)
                lines << tr("%n correcting entry(s) for data imported after an earlier closing.", nullptr,
                            int(closed->corrections));
            if (closed->numbersKept > 0)
                lines << tr("%n entry(s) unchanged since the period was reopened kept their number.", nullptr,
                            int(closed->numbersKept));
            out.booksSummary = lines.join(u' ');
        }
        promise.setProgressValue(1000);
        promise.addResult(out);
        return;
    }
    if (job.books == BooksAction::Reopen) {
        auto reopened = Books::reopen(*db.value());
        if (!reopened) {
            out.error = reopened.error();
        } else {
            const QLocale locale;
            out.booksSummary = tr("Reopened the period from %1 to %2; its entry numbers stay reserved.")
                                   .arg(locale.toString(reopened->firstDay, QLocale::ShortFormat),
                                        locale.toString(reopened->lastDay, QLocale::ShortFormat));
        }
        promise.addResult(out);
        return;
    }
    auto built = ReportBuilder::build(*db.value(), job.request, building);
    if (promise.isCanceled())
        return;
    if (!built) {
        out.error = built.error();
        promise.addResult(out);
        return;
    }
    out.report = std::move(built.value());
    if (job.output) {
        auto writing = [&promise](int done, int total) {
            if (promise.isCanceled())
                return false;
            promise.setProgressValue(800 + done * 200 / qMax(total, 1));
            return true;
        };
        auto written = ReportExport::write(*out.report, *job.output, writing);
        if (promise.isCanceled())
            return;
        if (!written)
            out.error = written.error();
        else
            out.written = written.value();
    }
    promise.setProgressValue(1000);
    promise.addResult(out);
}

void ReportsPage::cancel()
{
    m_pending.reset();
    if (m_watcher.isRunning()) {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        m_watcher.cancel();
    }
}

void ReportsPage::finished()
{
    const bool wasExport = m_runningExport;
    const BooksAction books = m_runningBooks;
    m_runningExport = false;
    m_runningBooks = BooksAction::None;
    const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
    m_progressPanel->hide();
    setControlsEnabled(m_db != nullptr);

    if (books != BooksAction::None) {
        const Outcome outcome = cancelled ? Outcome{} : m_watcher.result();
        const bool ok = !cancelled && outcome.error.isEmpty();
        m_lastSummary = cancelled ? tr("Closing cancelled: nothing was closed.")
                        : ok      ? outcome.booksSummary
                                  : (books == BooksAction::Close ? tr("The books were not closed: %1")
                                                                 : tr("The period was not reopened: %1"))
                                   .arg(outcome.error);
        m_result->setText(m_lastSummary.toHtmlEscaped());
        m_result->show();
        emit statusMessage(m_lastSummary);
        showBooksStatus();
        emit booksChanged(ok);
    } else if (cancelled) {
        if (wasExport) {
            m_lastSummary = tr("Export cancelled: nothing was written.");
            m_result->setText(m_lastSummary.toHtmlEscaped());
            m_result->show();
            emit statusMessage(m_lastSummary);
            emit exportDone(false);
        }
        if (!m_pending)
            m_stale = true;
    } else {
        const Outcome outcome = m_watcher.result();
        if (outcome.report) {
            m_report = outcome.report;
            showReport();
            emit reportShown();
        }
        if (!outcome.error.isEmpty()) {
            const QString message = wasExport ? tr("The export failed: %1").arg(outcome.error) : outcome.error;
            m_lastSummary = message;
            m_result->setText(message.toHtmlEscaped());
            m_result->show();
            emit statusMessage(message);
            if (wasExport)
                emit exportDone(false);
        } else if (wasExport && outcome.written) {
            const QString format = ReportExport::formatName(outcome.format).toUpper();
            QStringList plain{tr("%1 written:").arg(format)};
            QStringList links;
            for (const QString& file : outcome.written->files) {
                plain << QDir::toNativeSeparators(file);
                links << QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(QUrl::fromLocalFile(QFileInfo(file).absolutePath()).toString(),
                                  QDir::toNativeSeparators(file).toHtmlEscaped());
            }
            for (const QString& warning : outcome.written->warnings)
                plain << tr("Note: %1").arg(warning);
            m_lastSummary = plain.join(u'\n');
            QString html = tr("%1 written: %2").arg(format, links.join(QStringLiteral(", ")));
            for (const QString& warning : outcome.written->warnings)
                html += QStringLiteral("<br>") + tr("Note: %1").arg(warning.toHtmlEscaped());
            m_result->setText(html);
            m_result->show();
            emit statusMessage(tr("%1 written: %n file(s).", nullptr, int(outcome.written->files.size())).arg(format));
            emit exportDone(true);
        }
    }
    if (m_pending) {
        const Job next = *m_pending;
        start(next);
    }
}

void ReportsPage::showReport()
{
    const QLocale locale;
    // The tiles: the book currency (or the first one with figures).
    QString currency;
    QStringList others;
    if (m_report) {
        const QStringList currencies = m_report->currencies();
        currency = currencies.isEmpty() ? m_report->settings.bookCurrency : currencies.constFirst();
        others = currencies.mid(1);
    }
    if (!m_report) {
        for (SummaryTile* tile : {m_grossTile, m_vatTile, m_payoutTile, m_owedTile})
            tile->setValue(QStringLiteral("—"));
    } else {
        const ReportFigures f = m_report->total(currency);
        const QString sales = tr("sales: %1").arg(locale.toString(f.sales));
        m_grossTile->setValue(moneyText(f.gross, currency),
                              others.isEmpty() ? sales
                                               : tr("%1; also in %2").arg(sales, others.join(QStringLiteral(", "))));
        m_vatTile->setValue(moneyText(f.vat, currency), tr("net: %1").arg(moneyText(f.netOfVat, currency)));
        m_payoutTile->setValue(moneyText(f.payout, currency), tr("fees: %1").arg(moneyText(f.fees, currency)));
        m_owedTile->setValue(moneyText(m_report->owedAtEnd(currency), currency),
                             tr("received: %1").arg(moneyText(m_report->payoutsReceived(currency), currency)));
    }

    if (m_report && !m_report->notes.isEmpty()) {
        QStringList items;
        for (const QString& n : m_report->notes)
            items << QStringLiteral("• ") + n.toHtmlEscaped();
        m_notes->setText(items.join(QStringLiteral("<br>")));
        m_notes->show();
    } else {
        m_notes->hide();
    }

    // Tables: rebuilt, keeping the tab the reader was on. They are grouped, a tab per group and one inside it per
    // table, so that no tab hides behind scroll arrows on a laptop screen.
    const auto currentOf = [](QTabWidget* tabs) {
        return tabs->currentWidget() ? tabs->currentWidget()->objectName() : QString();
    };
    const QString currentGroup = currentOf(m_tabs);
    QString currentTable;
    if (auto* inner = qobject_cast<QTabWidget*>(m_tabs->currentWidget()))
        currentTable = currentOf(inner);
    while (m_tabs->count() > 1) {
        QWidget* w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        w->deleteLater();
    }
    if (!m_report)
        return;
    m_chart->setData(m_report->revenue, currency);
    struct Group
    {
        QString id;
        QString title;
        QStringList tables;
    };
    const QList<Group> groups = {
        {QStringLiteral("summaryGroup"), tr("Summary"), {QStringLiteral("summary")}},
        {QStringLiteral("revenueGroup"),
         tr("Revenue"),
         {QStringLiteral("channels"), QStringLiteral("providers"), QStringLiteral("products"),
          QStringLiteral("daily")}},
        {QStringLiteral("providersGroup"),
         tr("Providers"),
         {QStringLiteral("statements"), QStringLiteral("balances"), QStringLiteral("owed"), QStringLiteral("payouts")}},
        {QStringLiteral("reconciliationGroup"),
         tr("Reconciliation"),
         {QStringLiteral("reconciliation"), QStringLiteral("discrepancies")}},
    };
    QHash<QString, QTabWidget*> groupOf;
    const auto groupTabs = [&](const QString& tableId, const QString& title) {
        for (const Group& g : groups) {
            if (!g.tables.contains(tableId))
                continue;
            QTabWidget*& inner = groupOf[g.id];
            if (!inner) {
                inner = new QTabWidget(m_tabs);
                inner->setObjectName(g.id);
                inner->setDocumentMode(true);
                m_tabs->addTab(inner, g.title);
            }
            return inner;
        }
        // A table of no group gets a tab of its own.
        auto* own = new QTabWidget(m_tabs);
        own->setObjectName(tableId + QStringLiteral("Group"));
        own->setDocumentMode(true);
        m_tabs->addTab(own, title);
        return own;
    };
    for (const ReportTable& table : m_report->tables()) {
        if (table.id == u"report" || table.id == u"notes")
            continue;
        QTabWidget* inner = groupTabs(table.id, table.title);
        auto* tab = new QWidget(inner);
        tab->setObjectName(table.id + QStringLiteral("Tab"));
        auto* layout = new QVBoxLayout(tab);
        if (!table.note.isEmpty()) {
            auto* note = new QLabel(table.note, tab);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(note);
        }
        auto* view = new QTableView(tab);
        view->setObjectName(table.id + QStringLiteral("TableView"));
        view->setAccessibleName(table.title);
        auto* model = new ReportTableModel(view);
        model->setTable(table);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(false);
        layout->addWidget(view, 1);
        inner->addTab(tab, table.title);
        inner->tabBar()->setVisible(inner->count() > 1);
        if (inner->objectName() == currentGroup)
            m_tabs->setCurrentWidget(inner);
        if (tab->objectName() == currentTable)
            inner->setCurrentWidget(tab);
    }
    if (m_report->isEmpty()) {
        m_empty->setActions({importAction()});
        m_empty->setText(tr("No sales, provider statements or payouts from %1 to %2. Import the sales log and the "
                            "providers' statements, or choose another period.")
                             .arg(locale.toString(m_report->from, QLocale::ShortFormat),
                                  locale.toString(m_report->to, QLocale::ShortFormat)));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_tabs);
    }
}

void ReportsPage::chooseAndExport(ReportFormat format)
{
    if (!m_db)
        return;
    // The folder chosen last, else the one set in Preferences, else the database's.
    if (m_lastFolder.isEmpty())
        m_lastFolder = Settings::value(Settings::Key::ExportFolder).toString();
    if (m_lastFolder.isEmpty() || !QFileInfo(m_lastFolder).isDir())
        m_lastFolder = QFileInfo(m_path).absolutePath();
    const QString base =
        QStringLiteral("obole-report-%1-%2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    QString output;
    bool overwrite = false;
    switch (format) {
    case ReportFormat::Csv: {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export CSV Files to a Folder"), m_lastFolder);
        if (folder.isEmpty())
            return;
        m_lastFolder = folder;
        output = QDir(folder).filePath(base + QStringLiteral(".csv"));
        break;
    }
    case ReportFormat::Fec: {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the FEC to a Folder"), m_lastFolder);
        if (folder.isEmpty())
            return;
        m_lastFolder = folder;
        output = folder + u'/';
        // The legal name is the same for every export of a fiscal year: replacing a file is asked, never done silently.
        if (m_db) {
            if (auto settings = AccountingSettingsStore::load(*m_db)) {
                const QString existing = QDir(folder).filePath(FecExport::fileName(settings.value(), to()));
                if (QFileInfo::exists(existing)) {
                    if (MessageBox::question(
                            this, tr("Export the FEC"),
                            tr("%1 exists already in this folder. Replace it?").arg(QFileInfo(existing).fileName()),
                            QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
                        return;
                    overwrite = true;
                }
            }
        }
        break;
    }
    case ReportFormat::Xlsx:
    case ReportFormat::Pdf: {
        const bool pdf = format == ReportFormat::Pdf;
        output = QFileDialog::getSaveFileName(
            this, pdf ? tr("Export PDF") : tr("Export XLSX"),
            QDir(m_lastFolder).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"))),
            pdf ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
        if (output.isEmpty())
            return;
        m_lastFolder = QFileInfo(output).absolutePath();
        break;
    }
    }
    exportTo(format, output, overwrite);
}

void ReportsPage::editSettings()
{
    if (!m_db)
        return;
    auto current = AccountingSettingsStore::load(*m_db);
    if (!current) {
        MessageBox::critical(this, tr("Accounting Settings"), current.error());
        return;
    }
    AccountingSettingsDialog dialog(current.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = AccountingSettingsStore::save(*m_db, dialog.settings()); !st) {
        MessageBox::critical(this, tr("Accounting Settings"), st.error());
        return;
    }
    emit statusMessage(tr("Accounting settings saved in %1.").arg(QFileInfo(m_path).fileName()));
    m_stale = true;
    refresh();
}

void ReportsPage::askImportRates()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Exchange Rates"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importRates(path);
}

bool ReportsPage::importRates(const QString& path)
{
    if (!m_db)
        return false;
    auto settings = AccountingSettingsStore::load(*m_db);
    if (!settings) {
        MessageBox::critical(this, tr("Import Exchange Rates"), settings.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = ExchangeRates::importFile(*m_db, path, settings->bookCurrency);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        MessageBox::critical(this, tr("Import Exchange Rates"), imported.error());
        return false;
    }
    emit statusMessage(tr("%n exchange rate(s) against %1 stored for %2, from %3 to %4.", nullptr, int(imported->rates))
                           .arg(settings->bookCurrency, imported->currencies.join(QStringLiteral(", ")),
                                QLocale().toString(imported->first, QLocale::ShortFormat),
                                QLocale().toString(imported->last, QLocale::ShortFormat)));
    m_stale = true;
    refresh();
    return true;
}

void ReportsPage::setControlsEnabled(bool enabled)
{
    for (QPushButton* b : std::as_const(m_exportButtons))
        b->setEnabled(enabled);
    const bool books = rights().books;
    m_settings->setEnabled(m_db != nullptr && books);
    m_importRates->setEnabled(m_db != nullptr && enabled && books);
    m_closeBooks->setEnabled(enabled && books);
    m_reopenBooks->setEnabled(enabled && m_booksClosed && books);
}

void ReportsPage::closeBooks()
{
    if (!m_db)
        return;
    start(Job{{from(), to(), false}, std::nullopt, BooksAction::Close});
}

void ReportsPage::reopenBooks()
{
    if (!m_db)
        return;
    start(Job{{from(), to(), false}, std::nullopt, BooksAction::Reopen});
}

QString ReportsPage::booksStatusText() const
{
    return m_booksStatus->text();
}

void ReportsPage::showBooksStatus()
{
    m_booksClosed = false;
    QString text;
    if (m_db) {
        auto standing = Books::standing(*m_db);
        if (!standing) {
            text = tr("The state of the books cannot be read: %1").arg(standing.error());
        } else if (standing->closedTo) {
            m_booksClosed = true;
            text = tr("Books closed up to %1: the FEC entries of those days keep their numbers.")
                       .arg(QLocale().toString(*standing->closedTo, QLocale::ShortFormat));
        } else {
            text = tr("Books not closed yet: FEC entry numbers are provisional until a period is closed.");
        }
    }
    m_booksStatus->setText(text);
    m_reopenBooks->setEnabled(m_booksClosed && m_db && !isBusy() && rights().books);
}

void ReportsPage::askCloseBooks()
{
    if (!m_db)
        return;
    const QLocale locale;
    const QString last = locale.toString(to(), QLocale::ShortFormat);
    const QString text =
        tr("Close the books up to %1?\n\nThe FEC entries of every day not closed yet, up to %1, get permanent numbers "
           "and today as their validation date; every export will then give them as they are. Data imported later "
           "for these days goes into correcting entries in the next open period. Only the last closed period can be "
           "reopened.")
            .arg(last);
    if (MessageBox::question(this, tr("Close the Books"), text) != QMessageBox::Yes)
        return;
    closeBooks();
}

void ReportsPage::askReopenBooks()
{
    if (!m_db)
        return;
    const QString text = tr("Reopen the last closed period?\n\nIts entries are no longer frozen until it is closed "
                            "again; entries that did not change then get their numbers back. The reopening is "
                            "written in the audit trail.");
    if (MessageBox::question(this, tr("Reopen Last Period"), text) != QMessageBox::Yes)
        return;
    reopenBooks();
}
