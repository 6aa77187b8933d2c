#include "revenuepage.h"
#include "jobpool.h"

#include "emptystate.h"

#include "catalog/catalogstore.h"
#include "messagebox.h"
#include "money/money.h"
#include "revenue/channelrevenuemodel.h"
#include "revenue/productrevenuemodel.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenuequery.h"
#include "revenuechartview.h"
#include "revenuedonutview.h"
#include "revenuelegend.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// Opens its own connection (the worker's thread), brings the stored totals up to date, reads the figures.
void load(QPromise<RevenuePage::LoadOutcome>& promise, const QString& path, const RevenueRequest& request)
{
    RevenuePage::LoadOutcome outcome;
    outcome.path = path;
    auto db = Database::open(path);
    if (!db) {
        outcome.error = db.error();
        promise.addResult(outcome);
        return;
    }
    promise.setProgressRange(0, 1000);
    const Status refreshed = RevenueAggregates::refresh(*db.value(), [&promise](qint64 done, qint64 total) {
        promise.setProgressValue(int(qBound(qint64(1), done * 1000 / qMax(qint64(1), total), qint64(999))));
        return !promise.isCanceled();
    });
    if (promise.isCanceled()) {
        outcome.cancelled = true;
        promise.addResult(outcome);
        return;
    }
    if (!refreshed) {
        outcome.error = refreshed.error();
        promise.addResult(outcome);
        return;
    }
    auto data = RevenueQuery::read(*db.value(), request);
    if (data)
        outcome.data = std::move(data.value());
    else
        outcome.error = data.error();
    promise.addResult(outcome);
}

QTableView* makeTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setIconSize(QSize(12, 12));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RevenuePage::RevenuePage(QWidget* parent)
    : Page(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_bucket(new QComboBox(this)), m_measure(new QComboBox(this)), m_site(new QComboBox(this)),
      m_currencyLabel(nullptr), m_currency(new QComboBox(this)), m_confirmedOnly(new QCheckBox(this)),
      m_export(new QToolButton(this)), m_totalTile(new SummaryTile(tr("Total for the period"), this)),
      m_salesTile(new SummaryTile(tr("Sales"), this)), m_averageTile(new SummaryTile(tr("Average sale"), this)),
      m_unconfirmedTile(new SummaryTile(tr("Not yet confirmed by a provider"), this)), m_note(new QLabel(this)),
      m_progressPanel(new QWidget(this)), m_progressLabel(new QLabel(m_progressPanel)),
      m_progress(new QProgressBar(m_progressPanel)), m_cancel(new QPushButton(tr("Cancel"), m_progressPanel)),
      m_retry(new QPushButton(tr("Update now"), m_progressPanel)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_chart(new RevenueChartView(this)), m_donut(new RevenueDonutView(this)),
      m_legend(new RevenueLegend(this)), m_channelModel(new ChannelRevenueModel(this)),
      m_productModel(new ProductRevenueModel(this)),
      m_channelTable(makeTable(m_channelModel, QStringLiteral("channelsTableView"), tr("Revenue per channel"), this)),
      m_productTable(makeTable(m_productModel, QStringLiteral("productsTableView"), tr("Top products"), this))
{
    buildFilters();

    m_totalTile->setObjectName(QStringLiteral("totalTile"));
    m_salesTile->setObjectName(QStringLiteral("salesTile"));
    m_averageTile->setObjectName(QStringLiteral("averageTile"));
    m_unconfirmedTile->setObjectName(QStringLiteral("unconfirmedTile"));
    auto* tiles = new QHBoxLayout;
    for (SummaryTile* tile : {m_totalTile, m_salesTile, m_averageTile, m_unconfirmedTile})
        tiles->addWidget(tile, 1);

    m_note->setObjectName(QStringLiteral("periodNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_progressPanel->setObjectName(QStringLiteral("updatePanel"));
    m_progress->setObjectName(QStringLiteral("updateProgressBar"));
    m_progressLabel->setObjectName(QStringLiteral("updateLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelUpdateButton"));
    m_retry->setObjectName(QStringLiteral("retryUpdateButton"));
    auto* progressLayout = new QHBoxLayout(m_progressPanel);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    progressLayout->addWidget(m_retry);
    m_progressPanel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_watcher.cancel(); });
    connect(m_retry, &QPushButton::clicked, this, &RevenuePage::reload);

    // Over time and shares side by side (the donut's colours are the legend's), then the channels against the
    // previous period and the top products.
    m_channelTable->horizontalHeader()->setSectionHidden(ChannelRevenueModel::SalesColumn, true);
    m_productTable->horizontalHeader()->setSectionHidden(ProductRevenueModel::SalesColumn, true);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartsSplitter"));
    charts->addWidget(m_chart);
    charts->addWidget(m_donut);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 1);
    charts->setChildrenCollapsible(false);
    m_donut->setMaximumWidth(300);
    auto* overview = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->setSpacing(2);
    overviewLayout->addWidget(charts, 1);
    overviewLayout->addWidget(m_legend);
    auto* details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("detailsSplitter"));
    details->addWidget(m_channelTable);
    details->addWidget(m_productTable);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setChildrenCollapsible(false);

    auto* sections = new QSplitter(Qt::Vertical, this);
    sections->setObjectName(QStringLiteral("sectionsSplitter"));
    sections->addWidget(overview);
    sections->addWidget(details);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 2);
    sections->setChildrenCollapsible(false);
    // Room for five rows of each table under a chart that stays readable, at the window's first size.
    m_channelTable->setMinimumHeight(100);
    m_productTable->setMinimumHeight(100);
    sections->setSizes({300, 190});

    m_empty->setActions({importAction()});
    m_empty->setText(tr("No sales yet. Import the site's sales log (File → Import…) and the "
                        "revenue of each channel appears here; the providers' statements then tell which sales "
                        "they confirmed."));
    m_stack->addWidget(sections);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_note);
    layout->addWidget(m_progressPanel);
    layout->addWidget(m_stack, 1);
    // The filters go first: tiles and charts follow what they say.
    auto* filters = findChild<QWidget*>(QStringLiteral("filtersWidget"));
    layout->insertWidget(0, filters);

    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressValueChanged, this, [this](int value) {
        if (value <= 0)
            return;
        m_progressLabel->setText(tr("Updating the revenue totals after the last changes…"));
        m_progress->setRange(0, 1000);
        m_progress->setValue(value);
        m_progress->show();
        m_cancel->show();
        m_retry->hide();
        m_progressPanel->show();
    });
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &RevenuePage::loadFinished);
    connect(m_legend, &RevenueLegend::channelToggled, this,
            [this](const QString& channel, bool shown) { m_chart->setChannelHidden(channel, !shown); });
    connect(m_chart, &RevenueChartView::hiddenChannelsChanged, this, [this] {
        m_donut->setRevenue(m_data.currency(currentCurrency()), currentMeasure(), m_chart->hiddenChannels());
    });

    applyPreset();
    // The empty state waits for the figures to say there is no sale: while they are read, the charts stay blank.
    m_stack->setCurrentIndex(0);
}

RevenuePage::~RevenuePage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void RevenuePage::buildFilters()
{
    auto* filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("filtersWidget"));

    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    m_preset->setAccessibleName(tr("Period"));
    for (RevenuePreset preset : RevenuePeriods::presets())
        m_preset->addItem(RevenuePeriods::name(preset), int(preset));
    m_preset->setCurrentIndex(m_preset->findData(int(RevenuePreset::Last30Days)));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Last day"));

    m_bucket->setObjectName(QStringLiteral("bucketComboBox"));
    m_bucket->setAccessibleName(tr("Bars"));
    auto* buckets = new QStandardItemModel(m_bucket);
    buckets->appendRow(new QStandardItem(tr("Automatic")));
    for (RevenueBucket b : {RevenueBucket::Hour, RevenueBucket::Day, RevenueBucket::Week, RevenueBucket::Month}) {
        auto* item = new QStandardItem(RevenueText::bucketName(b));
        item->setData(int(b), Qt::UserRole);
        buckets->appendRow(item);
    }
    m_bucket->setModel(buckets);
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_measure->setObjectName(QStringLiteral("measureComboBox"));
    m_measure->setAccessibleName(tr("Amounts"));
    for (RevenueMeasure m : {RevenueMeasure::Gross, RevenueMeasure::Payout, RevenueMeasure::NetOfVat})
        m_measure->addItem(RevenueText::measureName(m), int(m));
    m_measure->setItemData(0, tr("What buyers paid, VAT included"), Qt::ToolTipRole);
    m_measure->setItemData(1,
                           tr("What providers pay you: the net on the statement row when there is one, else what "
                              "the price point promises"),
                           Qt::ToolTipRole);
    m_measure->setItemData(2, tr("What buyers paid, less the VAT at each product's rate"), Qt::ToolTipRole);

    m_site->setObjectName(QStringLiteral("siteComboBox"));
    m_site->setAccessibleName(tr("Site"));
    m_site->addItem(tr("All sites"));

    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->setAccessibleName(tr("Currency"));
    m_confirmedOnly->setObjectName(QStringLiteral("confirmedOnlyCheckBox"));
    m_confirmedOnly->setText(tr("Only sales confirmed by a provider"));
    m_confirmedOnly->setToolTip(tr("Leave out sales that no provider statement lists yet"));

    m_export->setObjectName(QStringLiteral("exportToolButton"));
    m_export->setText(tr("Export chart"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_export);
    using C = RevenueChartExport::Chart;
    using F = RevenueChartExport::Format;
    menu->addAction(tr("Revenue over time as PNG…"), this, [this] { chooseExport(C::OverTime, F::Png); });
    menu->addAction(tr("Revenue over time as SVG…"), this, [this] { chooseExport(C::OverTime, F::Svg); });
    menu->addSeparator();
    menu->addAction(tr("Channel shares as PNG…"), this, [this] { chooseExport(C::Shares, F::Png); });
    menu->addAction(tr("Channel shares as SVG…"), this, [this] { chooseExport(C::Shares, F::Svg); });
    m_export->setMenu(menu);

    auto* grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* period = new QHBoxLayout;
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to", "from one day to another"), filters));
    period->addWidget(m_to);
    period->addSpacing(12);
    period->addWidget(buddyLabel(tr("&Bars:"), m_bucket, filters));
    period->addWidget(m_bucket);
    period->addSpacing(12);
    period->addWidget(buddyLabel(tr("&Amounts:"), m_measure, filters));
    period->addWidget(m_measure);
    period->addStretch(1);
    auto* scope = new QHBoxLayout;
    scope->addWidget(buddyLabel(tr("&Site:"), m_site, filters));
    scope->addWidget(m_site);
    scope->addSpacing(12);
    m_currencyLabel = buddyLabel(tr("C&urrency:"), m_currency, filters);
    scope->addWidget(m_currencyLabel);
    scope->addWidget(m_currency);
    scope->addSpacing(12);
    scope->addWidget(m_confirmedOnly);
    scope->addStretch(1);
    scope->addWidget(m_export);
    grid->addWidget(buddyLabel(tr("&Period:"), m_preset, filters), 0, 0);
    grid->addLayout(period, 0, 1);
    grid->addLayout(scope, 1, 1);
    m_currencyLabel->hide();
    m_currency->hide();

    connect(m_preset, &QComboBox::activated, this, &RevenuePage::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &RevenuePage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &RevenuePage::datesEdited);
    connect(m_bucket, &QComboBox::activated, this, &RevenuePage::reload);
    connect(m_site, &QComboBox::activated, this, &RevenuePage::reload);
    connect(m_confirmedOnly, &QCheckBox::toggled, this, &RevenuePage::reload);
    connect(m_measure, &QComboBox::activated, this, &RevenuePage::showCurrency);
    connect(m_currency, &QComboBox::activated, this, &RevenuePage::showCurrency);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_bucket);
    setTabOrder(m_bucket, m_measure);
    setTabOrder(m_measure, m_site);
    setTabOrder(m_site, m_currency);
    setTabOrder(m_currency, m_confirmedOnly);
    setTabOrder(m_confirmedOnly, m_export);
}

QString RevenuePage::title() const
{
    return tr("Revenue");
}

void RevenuePage::setDatabase(Database* db)
{
    m_db = db;
    m_path = db ? db->path() : QString();
    // Sites for the filter, kept on the same choice when they still exist.
    const QVariant chosen = m_site->currentData();
    m_site->clear();
    m_site->addItem(tr("All sites"));
    if (db) {
        if (auto sites = CatalogStore(*db).sites()) {
            for (const Site& s : sites.value())
                m_site->addItem(s.name, s.id);
        }
    }
    m_site->setCurrentIndex(qMax(0, m_site->findData(chosen)));
    if (!db) {
        m_data = RevenueData();
        showData();
        return;
    }
    if (!m_today.isValid())
        applyPreset();
    reload();
}

void RevenuePage::setToday(QDate today)
{
    m_today = today;
    applyPreset();
}

QDate RevenuePage::today() const
{
    if (m_today.isValid())
        return m_today;
    const QTimeZone zone = m_db ? RevenueAggregates::timeZone(*m_db) : QTimeZone::systemTimeZone();
    return QDateTime::currentDateTime().toTimeZone(zone).date();
}

void RevenuePage::applyPreset()
{
    const auto preset = RevenuePreset(m_preset->currentData().toInt());
    if (preset != RevenuePreset::Custom) {
        const DateRange range = RevenuePeriods::range(preset, today());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(range.from);
        m_to->setDate(range.to);
    }
    updateBucketChoices();
    reload();
}

void RevenuePage::datesEdited()
{
    m_preset->setCurrentIndex(m_preset->findData(int(RevenuePreset::Custom)));
    if (m_to->date() < m_from->date()) {
        // The edited end moves the other one along.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    updateBucketChoices();
    reload();
}

void RevenuePage::updateBucketChoices()
{
    const DateRange range{m_from->date(), m_to->date()};
    auto* model = qobject_cast<QStandardItemModel*>(m_bucket->model());
    model->item(0)->setText(
        tr("Automatic (%1)").arg(RevenueText::bucketName(RevenuePeriods::automaticBucket(range)).toLower()));
    for (int row = 1; row < model->rowCount(); ++row) {
        QStandardItem* item = model->item(row);
        const bool allowed = RevenuePeriods::allows(RevenueBucket(item->data(Qt::UserRole).toInt()), range);
        item->setEnabled(allowed);
        item->setToolTip(allowed ? QString() : tr("Too many bars for this period"));
        if (!allowed && m_bucket->currentIndex() == row)
            m_bucket->setCurrentIndex(0);
    }
}

RevenueRequest RevenuePage::request() const
{
    RevenueRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    const DateRange range{r.from, r.to};
    r.bucket = m_bucket->currentIndex() <= 0 ? RevenuePeriods::automaticBucket(range)
                                             : RevenueBucket(m_bucket->currentData(Qt::UserRole).toInt());
    if (m_site->currentIndex() > 0)
        r.siteId = m_site->currentData().toLongLong();
    r.confirmedOnly = m_confirmedOnly->isChecked();
    r.firstDayOfWeek = locale().firstDayOfWeek();
    r.compareWithLastYear = RevenuePeriods::comparesWithLastYear(RevenuePreset(m_preset->currentData().toInt()));
    return r;
}

bool RevenuePage::isLoading() const
{
    return m_loading;
}

void RevenuePage::reload()
{
    if (m_path.isEmpty())
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    startLoad();
}

void RevenuePage::startLoad()
{
    m_reloadPending = false;
    m_loading = true;
    const QString path = m_path;
    const RevenueRequest r = request();
    m_watcher.setFuture(
        QtConcurrent::run(JobPool::pool(), [path, r](QPromise<LoadOutcome>& promise) { load(promise, path, r); }));
}

void RevenuePage::loadFinished()
{
    const bool cancelled =
        m_watcher.isCanceled() || m_watcher.future().resultCount() == 0 || m_watcher.result().cancelled;
    if (m_reloadPending && !cancelled) {
        // The request changed meanwhile: these figures are already stale.
        startLoad();
        return;
    }
    m_reloadPending = false;
    m_loading = false;
    if (cancelled) {
        m_progressLabel->setText(tr("Update cancelled: the figures below may not include the last changes."));
        m_progress->hide();
        m_cancel->hide();
        m_retry->show();
        m_progressPanel->show();
        emit statusMessage(tr("Revenue update cancelled."));
        return;
    }
    m_progressPanel->hide();
    const LoadOutcome outcome = m_watcher.result();
    if (outcome.path != m_path) {
        // Read from the database shown before: the one shown now is read next.
        reload();
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_progressLabel->setText(outcome.error);
        m_progress->hide();
        m_cancel->hide();
        m_retry->show();
        m_progressPanel->show();
        emit statusMessage(outcome.error);
        return;
    }
    m_data = outcome.data;
    showData();
}

QString RevenuePage::currentCurrency() const
{
    if (m_currency->count() > 0 && m_currency->currentIndex() >= 0)
        return m_currency->currentData().toString();
    return m_data.currencies.isEmpty() ? QString() : m_data.currencies.constFirst().currency;
}

RevenueMeasure RevenuePage::currentMeasure() const
{
    return RevenueMeasure(m_measure->currentData().toInt());
}

void RevenuePage::showData()
{
    m_stack->setCurrentIndex(m_data.databaseHasSales ? 0 : 1);
    // One currency at a time: amounts in different currencies are never added up.
    const QString chosen = currentCurrency();
    m_currency->clear();
    for (const CurrencyRevenue& c : m_data.currencies)
        m_currency->addItem(c.currency, c.currency);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(chosen)));
    const bool several = m_data.currencies.size() > 1;
    m_currency->setVisible(several);
    m_currencyLabel->setVisible(several);
    showCurrency();
}

QString RevenuePage::periodText() const
{
    const QLocale loc = locale();
    const QDate from = m_data.request.from;
    const QDate to = m_data.request.to;
    const auto span = [&loc](QDate a, QDate b) {
        return a == b ? loc.toString(a, QLocale::LongFormat)
                      : tr("%1 to %2", "a range of days")
                            .arg(loc.toString(a, QLocale::ShortFormat), loc.toString(b, QLocale::ShortFormat));
    };
    const QString compared = m_data.request.compareWithLastYear
                                 ? tr("%1, compared with the same days a year before: %2. Days run from midnight to "
                                      "midnight, %3 time.")
                                 : tr("%1, compared with the period of the same length just before it: %2. Days run "
                                      "from midnight to midnight, %3 time.");
    return compared.arg(span(from, to), span(m_data.previousFrom, m_data.previousTo),
                        QString::fromUtf8(m_data.zone.id()));
}

void RevenuePage::showCurrency()
{
    const QLocale loc = locale();
    const RevenueMeasure measure = currentMeasure();
    const QString code = currentCurrency();
    const CurrencyRevenue* cur = m_data.currency(code);
    const CurrencyRevenue empty;
    const CurrencyRevenue& c = cur ? *cur : empty;
    const QString currency = cur ? code : QStringLiteral("EUR");
    const auto money = [&](qint64 v) { return Money(v, currency).toString(loc); };
    const auto versus = [&](qint64 now, qint64 before, const QString& shownBefore) {
        return (m_data.request.compareWithLastYear ? tr("%1 vs a year before (%2)") : tr("%1 vs previous period (%2)"))
            .arg(RevenueText::change(now, before, loc), shownBefore);
    };

    const qint64 total = c.total.value(measure);
    const qint64 previous = c.previous.value(measure);
    m_totalTile->setValue(money(total), versus(total, previous, money(previous)));
    m_salesTile->setValue(loc.toString(c.total.sales),
                          versus(c.total.sales, c.previous.sales, loc.toString(c.previous.sales)));
    const qint64 average = c.total.sales ? divideRoundHalfAwayFromZero(total, c.total.sales) : 0;
    const qint64 averageBefore = c.previous.sales ? divideRoundHalfAwayFromZero(previous, c.previous.sales) : 0;
    m_averageTile->setValue(money(average), versus(average, averageBefore, money(averageBefore)));

    const qint64 unconfirmed = c.unconfirmed.value(measure);
    const qint64 all = c.allSales.value(measure);
    const qint64 share = all == 0 ? 0 : divideRoundHalfAwayFromZero(Int128(unconfirmed) * 10000, all);
    m_unconfirmedTile->setValue(
        money(unconfirmed),
        m_data.request.confirmedOnly
            ? tr("%n sale(s), left out of these figures", "", int(c.unconfirmed.sales))
            : tr("%1 of the period, %n sale(s)", "", int(c.unconfirmed.sales)).arg(RevenueText::percent(share, loc)));

    QString note = periodText();
    if (measure == RevenueMeasure::Payout && c.total.payoutUnknown > 0)
        note += u' ' + tr("The payout of %n sale(s) is not known (no net on the row and no matching price point); "
                          "they count as zero.",
                          "", int(c.total.payoutUnknown));
    if (m_data.databaseHasSales && c.allSales.isEmpty() && c.previous.isEmpty())
        note += u' ' + tr("No sales in this period.");
    m_note->setText(note);

    m_chart->setRevenue(m_data, code, measure);
    QStringList channels;
    for (const ChannelRevenue& ch : c.channels)
        channels << ch.channel;
    m_legend->setChannels(channels, m_chart->hiddenChannels());
    m_donut->setRevenue(cur, measure, m_chart->hiddenChannels());
    m_channelModel->setRevenue(c, measure);
    QHash<qint64, QString> siteNames;
    for (int i = 1; i < m_site->count(); ++i)
        siteNames.insert(m_site->itemData(i).toLongLong(), m_site->itemText(i));
    m_productModel->setRevenue(c, measure, siteNames, 10);
    m_channelTable->horizontalHeader()->setSectionHidden(ChannelRevenueModel::SalesColumn, true);
}

RevenueChartOptions RevenuePage::chartOptions(RevenueChartExport::Chart chart) const
{
    RevenueChartOptions o;
    o.currency = currentCurrency();
    o.measure = currentMeasure();
    o.hiddenChannels = m_chart->hiddenChannels();
    o.locale = locale();
    o.font = font();
    const QLocale loc = locale();
    const QString period = m_data.request.from == m_data.request.to
                               ? loc.toString(m_data.request.from, QLocale::ShortFormat)
                               : tr("%1 to %2", "a range of days")
                                     .arg(loc.toString(m_data.request.from, QLocale::ShortFormat),
                                          loc.toString(m_data.request.to, QLocale::ShortFormat));
    o.title = chart == RevenueChartExport::Chart::Shares
                  ? tr("Share of each channel, %1, %2 (%3)")
                        .arg(RevenueText::measureName(o.measure).toLower(), period, o.currency)
                  : tr("Revenue per channel, %1, %2 (%3)")
                        .arg(RevenueText::measureName(o.measure).toLower(), period, o.currency);
    if (m_data.request.siteId)
        o.title += u" — " + m_site->currentText();
    if (m_data.request.confirmedOnly)
        o.title += u" — " + tr("confirmed sales only");
    return o;
}

bool RevenuePage::exportChart(const QString& path, RevenueChartExport::Chart chart, RevenueChartExport::Format format)
{
    const QSize size = chart == RevenueChartExport::Chart::Shares ? QSize(800, 420) : QSize(1200, 600);
    const Status st = RevenueChartExport::save(path, chart, format, m_data, chartOptions(chart), size);
    if (!st) {
        MessageBox::critical(this, tr("Export chart"), st.error());
        return false;
    }
    emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RevenuePage::chooseExport(RevenueChartExport::Chart chart, RevenueChartExport::Format format)
{
    const bool png = format == RevenueChartExport::Format::Png;
    const QString name = (chart == RevenueChartExport::Chart::Shares ? tr("channel-shares") : tr("revenue")) +
                         m_data.request.from.toString(QStringLiteral("-yyyyMMdd")) +
                         m_data.request.to.toString(QStringLiteral("-yyyyMMdd")) +
                         (png ? QStringLiteral(".png") : QStringLiteral(".svg"));
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QDir(start).filePath(name),
                                                      png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (!path.isEmpty())
        exportChart(path, chart, format);
}
