#include "reconciliationpage.h"
#include "jobpool.h"

#include "emptystate.h"

#include "adjustmentdialog.h"
#include "catalog/catalogstore.h"
#include "catalog/channel.h"
#include "export/accountingsettings.h"
#include "export/adjustments.h"
#include "importing/importstore.h"
#include "itemmodels/payoutfollowupmodel.h"
#include "itemmodels/reconcileitemmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "money/money.h"
#include "moneytext.h"
#include "reconcile/payoutschedule.h"
#include "reconcile/reconcilereview.h"
#include "reconcile/reconcilestore.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

struct ReconciliationPage::Progress
{
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
    QMutex mutex;
    QString stage;
};

namespace {

// A review decision on the undo stack: the first redo() takes it; undo() takes it back through ReconcileReview.
class ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(const QString& text, ReconciliationPage* page, QString dbPath, std::function<QString()> apply,
                  std::function<QString()> revert, std::function<void(const QString&)> report)
        : QUndoCommand(text), m_page(page), m_dbPath(std::move(dbPath)), m_apply(std::move(apply)),
          m_revert(std::move(revert)), m_report(std::move(report))
    {
    }

    void redo() override { run(m_apply); }
    void undo() override { run(m_revert); }

private:
    void run(const std::function<QString()>& f)
    {
        // The window may have opened another database since: the decision belongs to the one it was taken on.
        if (!m_page || !m_page->database() || m_page->database()->path() != m_dbPath) {
            setObsolete(true);
            return;
        }
        const QString error = f();
        if (!error.isEmpty()) {
            m_report(error);
            setObsolete(true);
        }
    }

    QPointer<ReconciliationPage> m_page;
    QString m_dbPath;
    std::function<QString()> m_apply;
    std::function<QString()> m_revert;
    std::function<void(const QString&)> m_report;
};

QString spanText(qint64 seconds)
{
    const qint64 a = std::abs(seconds);
    if (a < 120)
        return ReconciliationPage::tr("%n second(s)", nullptr, int(a));
    if (a < 7200)
        return ReconciliationPage::tr("%n minute(s)", nullptr, int(a / 60));
    if (a < 3 * 86400)
        return ReconciliationPage::tr("%n hour(s)", nullptr, int(a / 3600));
    return ReconciliationPage::tr("%n day(s)", nullptr, int(a / 86400));
}

enum Period { AllTime, ThisMonth, LastMonth, Last30Days, Last90Days, ThisYear, Custom };
enum OutcomeChoice { AllLines = -1, OpenDiscrepancies = -2, AllDiscrepancies = -3 };

} // namespace

ReconciliationPage::ReconciliationPage(QWidget* parent)
    : Page(parent), m_model(new ReconcileItemModel(this)), m_payoutModel(new PayoutFollowUpModel(this)),
      m_ownUndoStack(new QUndoStack(this)), m_matchedTile(new SummaryTile(tr("Matched"), this)),
      m_mismatchTile(new SummaryTile(tr("Amount mismatch"), this)),
      m_missingAtProviderTile(new SummaryTile(tr("Missing at provider"), this)),
      m_missingInLogTile(new SummaryTile(tr("Missing in sales log"), this)),
      m_duplicateTile(new SummaryTile(tr("Duplicate at provider"), this)),
      m_payoutTile(new SummaryTile(tr("Payout differences"), this)), m_providerCombo(new QComboBox(this)),
      m_channelCombo(new QComboBox(this)), m_periodCombo(new QComboBox(this)), m_fromEdit(new QDateEdit(this)),
      m_toEdit(new QDateEdit(this)), m_outcomeCombo(new QComboBox(this)), m_searchEdit(new QLineEdit(this)),
      m_runButton(new QPushButton(this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_progressBar(new QProgressBar(this)), m_progressLabel(new QLabel(this)), m_runLabel(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_linesStack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(this)), m_detail(new QTextBrowser(this)), m_noteEdit(new QLineEdit(this)),
      m_matchButton(new QPushButton(this)), m_unmatchButton(new QPushButton(this)),
      m_explainButton(new QPushButton(this)), m_reopenButton(new QPushButton(this)),
      m_bookButton(new QPushButton(this)), m_payoutTable(new QTableView(this)),
      m_runAction(new QAction(tr("&Reconcile Now"), this)), m_matchAction(new QAction(tr("&Match"), this)),
      m_unmatchAction(new QAction(tr("&Unmatch"), this)), m_explainAction(new QAction(tr("&Explain"), this)),
      m_reopenAction(new QAction(tr("Re&open"), this)), m_bookAction(new QAction(tr("&Book Entry…"), this)),
      m_runWatcher(new QFutureWatcher<RunOutcome>(this)), m_progress(std::make_shared<Progress>()),
      m_progressTimer(new QTimer(this)),
      m_searchWatcher(new QFutureWatcher<std::shared_ptr<const ReconcileBrowser::IdSet>>(this)),
      m_searchDelay(new QTimer(this)), m_overviewWatcher(new QFutureWatcher<Overview>(this))
{
    // Actions: their shortcuts work while the page has the focus.
    struct ActionInfo
    {
        QAction* action;
        const char* name;
        QKeySequence key;
        QString tip;
    };
    const QList<ActionInfo> actions{
        {m_runAction, "reconcileNowAction", QKeySequence(Qt::Key_F5),
         tr("Reconcile the rows imported since the last run (F5)")},
        {m_matchAction, "matchAction", QKeySequence(Qt::CTRL | Qt::Key_M),
         tr("Match the selected provider row and sale by hand (Ctrl+M)")},
        {m_unmatchAction, "unmatchAction", QKeySequence(Qt::CTRL | Qt::Key_U),
         tr("Separate the selected pair; they will not be matched again (Ctrl+U)")},
        {m_explainAction, "explainAction", QKeySequence(Qt::CTRL | Qt::Key_E),
         tr("Mark the selected discrepancy as explained, with the note (Ctrl+E)")},
        {m_reopenAction, "reopenAction", QKeySequence(Qt::CTRL | Qt::Key_R),
         tr("Take back the explanation of the selected discrepancy (Ctrl+R)")},
        {m_bookAction, "bookEntryAction", QKeySequence(Qt::CTRL | Qt::Key_B),
         tr("Propose the correcting entry of the selected discrepancy for the books, to accept with a note (Ctrl+B)")},
    };
    for (const ActionInfo& a : actions) {
        a.action->setObjectName(QString::fromLatin1(a.name));
        a.action->setShortcut(a.key);
        a.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a.action->setToolTip(a.tip);
        addAction(a.action);
    }
    connect(m_runAction, &QAction::triggered, this, [this] { reconcile(false); });
    connect(m_matchAction, &QAction::triggered, this, &ReconciliationPage::matchSelected);
    connect(m_unmatchAction, &QAction::triggered, this, &ReconciliationPage::unmatchSelected);
    connect(m_explainAction, &QAction::triggered, this, &ReconciliationPage::explainSelected);
    connect(m_reopenAction, &QAction::triggered, this, &ReconciliationPage::reopenSelected);
    connect(m_bookAction, &QAction::triggered, this, &ReconciliationPage::bookCorrectionSelected);

    // Tiles.
    auto* tiles = new QHBoxLayout;
    for (SummaryTile* tile :
         {m_matchedTile, m_mismatchTile, m_missingAtProviderTile, m_missingInLogTile, m_duplicateTile, m_payoutTile})
        tiles->addWidget(tile);
    m_matchedTile->setObjectName(QStringLiteral("matchedTile"));
    m_mismatchTile->setObjectName(QStringLiteral("amountMismatchTile"));
    m_missingAtProviderTile->setObjectName(QStringLiteral("missingAtProviderTile"));
    m_missingInLogTile->setObjectName(QStringLiteral("missingInSalesLogTile"));
    m_duplicateTile->setObjectName(QStringLiteral("duplicateTile"));
    m_payoutTile->setObjectName(QStringLiteral("payoutDifferencesTile"));
    // A tile shows its lines.
    const QList<std::pair<SummaryTile*, int>> shows = {
        {m_matchedTile, int(AllLines)},
        {m_mismatchTile, int(ReconcileOutcome::AmountMismatch)},
        {m_missingAtProviderTile, int(ReconcileOutcome::MissingAtProvider)},
        {m_missingInLogTile, int(ReconcileOutcome::MissingInSalesLog)},
        {m_duplicateTile, int(ReconcileOutcome::DuplicateAtProvider)}};
    for (const auto& [tile, show] : shows) {
        tile->setClickable(show == int(AllLines) ? tr("Show every line") : tr("Show these lines"));
        connect(tile, &SummaryTile::clicked, this, [this, show = show] {
            m_outcomeCombo->setCurrentIndex(m_outcomeCombo->findData(show));
            m_table->setFocus();
        });
    }

    QLayout* filters = buildFilters();
    // "All providers" and "All channels" until the database's own are read.
    fillFilterChoices({}, {});

    // Run bar.
    m_runButton->setObjectName(QStringLiteral("reconcileButton"));
    m_runButton->setText(tr("Reconcile Now"));
    m_runButton->setToolTip(m_runAction->toolTip());
    m_cancelButton->setObjectName(QStringLiteral("cancelReconcileButton"));
    m_progressBar->setObjectName(QStringLiteral("reconcileProgressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setAccessibleName(tr("Reconciliation progress"));
    m_progressLabel->setObjectName(QStringLiteral("reconcileStageLabel"));
    m_runLabel->setObjectName(QStringLiteral("lastRunLabel"));
    m_runLabel->setForegroundRole(QPalette::PlaceholderText);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The last run's summary wraps rather than widening the page.
    m_runLabel->setWordWrap(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_cancelButton, m_progressBar, m_progressLabel})
        w->hide();
    connect(m_runButton, &QPushButton::clicked, this, [this] { reconcile(false); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReconciliationPage::cancelRun);
    connect(m_runWatcher, &QFutureWatcherBase::finished, this, &ReconciliationPage::runFinished);
    connect(m_overviewWatcher, &QFutureWatcherBase::finished, this, &ReconciliationPage::overviewRead);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ReconciliationPage::updateProgress);

    // The lines and the detail pane.
    m_table->setObjectName(QStringLiteral("reconcileTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Reconciliation lines"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_matchAction, m_unmatchAction, m_explainAction, m_reopenAction, m_bookAction});
    const QList<int> widths{150, 190, 90, 190, 150, 150, 90, 90, 90};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, qMax(widths.at(c), m_table->horizontalHeader()->sectionSizeHint(c)));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        updateActions();
    });

    m_detail->setObjectName(QStringLiteral("reconcileDetailBrowser"));
    m_detail->setAccessibleName(tr("Why this line matched or not"));
    m_detail->setOpenLinks(false);
    m_noteEdit->setObjectName(QStringLiteral("reviewNoteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("Note for a decision (needed to explain)"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->installEventFilter(this);
    m_matchButton->setObjectName(QStringLiteral("matchButton"));
    m_unmatchButton->setObjectName(QStringLiteral("unmatchButton"));
    m_explainButton->setObjectName(QStringLiteral("explainButton"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_bookButton->setObjectName(QStringLiteral("bookEntryButton"));
    const QList<std::pair<QPushButton*, QAction*>> buttons{{m_matchButton, m_matchAction},
                                                           {m_unmatchButton, m_unmatchAction},
                                                           {m_explainButton, m_explainAction},
                                                           {m_reopenButton, m_reopenAction},
                                                           {m_bookButton, m_bookAction}};
    for (const auto& [button, action] : buttons) {
        button->setText(action->text() + QStringLiteral("  (") + action->shortcut().toString(QKeySequence::NativeText) +
                        u')');
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* noteLabel = new QLabel(tr("&Note:"), detailPane);
    noteLabel->setBuddy(m_noteEdit);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_noteEdit, 1);
    auto* buttonRow = new QHBoxLayout;
    for (QPushButton* b : {m_matchButton, m_unmatchButton, m_explainButton, m_reopenButton, m_bookButton})
        buttonRow->addWidget(b);
    buttonRow->addStretch();
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(noteRow);
    detailLayout->addLayout(buttonRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_linesStack->addWidget(splitter);
    m_linesStack->addWidget(m_empty);

    // The payout follow-up.
    m_payoutTable->setObjectName(QStringLiteral("payoutFollowUpTableView"));
    m_payoutTable->setModel(m_payoutModel);
    m_payoutTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payoutTable->setAlternatingRowColors(true);
    m_payoutTable->verticalHeader()->hide();
    m_payoutTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payoutTable->horizontalHeader()->setStretchLastSection(true);
    m_payoutTable->setAccessibleName(tr("Payout follow-up"));
    auto* payoutPane = new QWidget(this);
    auto* payoutLayout = new QVBoxLayout(payoutPane);
    auto* payoutNote = new QLabel(
        tr("Earned: the net of each provider's statement lines (duplicates left out). Paid: its payout statements. "
           "Payments settle the oldest earnings first. A provider pays what is older than its payout delay, and only "
           "once that reaches its minimum payout: smaller sums are carried over."),
        payoutPane);
    payoutNote->setWordWrap(true);
    payoutNote->setForegroundRole(QPalette::PlaceholderText);
    payoutLayout->addWidget(m_payoutTable, 1);
    payoutLayout->addWidget(payoutNote);

    m_tabs->setObjectName(QStringLiteral("reconcileTabWidget"));
    m_tabs->addTab(m_linesStack, tr("&Lines"));
    m_tabs->addTab(payoutPane, tr("&Payout Follow-up"));

    auto* runBar = new QHBoxLayout;
    runBar->addWidget(m_runButton);
    runBar->addWidget(m_progressBar);
    runBar->addWidget(m_progressLabel);
    runBar->addWidget(m_cancelButton);
    runBar->addWidget(m_runLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(filters);
    layout->addLayout(runBar);
    layout->addWidget(m_tabs, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(400);
    connect(m_searchDelay, &QTimer::timeout, this, &ReconciliationPage::startSearch);
    connect(m_searchWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_searchWatcher->isCanceled())
            return;
        m_searchHits = m_searchWatcher->result();
        if (!m_searchHits)
            emit statusMessage(tr("The search failed."));
        applyFilter();
    });

    setTabOrder(m_providerCombo, m_channelCombo);
    setTabOrder(m_channelCombo, m_periodCombo);
    setTabOrder(m_periodCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_outcomeCombo);
    setTabOrder(m_outcomeCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_runButton);
    setTabOrder(m_runButton, m_tabs);
    setTabOrder(m_tabs, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_noteEdit);
    setTabOrder(m_noteEdit, m_matchButton);
    setTabOrder(m_matchButton, m_unmatchButton);
    setTabOrder(m_unmatchButton, m_explainButton);
    setTabOrder(m_explainButton, m_reopenButton);
    updateActions();
}

ReconciliationPage::~ReconciliationPage()
{
    // A run writes its results in one transaction: ask it to stop and let it end before the page goes.
    m_progress->cancel = true;
    if (m_searchCancel)
        *m_searchCancel = true;
    m_runWatcher->waitForFinished();
    m_searchWatcher->waitForFinished();
}

QString ReconciliationPage::title() const
{
    return tr("Reconciliation");
}

QUndoStack* ReconciliationPage::undoStack() const
{
    if (auto* w = qobject_cast<MainWindow*>(window()); w && w->undoStack())
        return w->undoStack();
    return m_ownUndoStack;
}

QLayout* ReconciliationPage::buildFilters()
{
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    m_providerCombo->setAccessibleName(tr("Provider"));
    m_providerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    m_channelCombo->setAccessibleName(tr("Channel"));
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_periodCombo->setAccessibleName(tr("Period"));
    m_periodCombo->addItem(tr("All time"), AllTime);
    m_periodCombo->addItem(tr("This month"), ThisMonth);
    m_periodCombo->addItem(tr("Last month"), LastMonth);
    m_periodCombo->addItem(tr("Last 30 days"), Last30Days);
    m_periodCombo->addItem(tr("Last 90 days"), Last90Days);
    m_periodCombo->addItem(tr("This year"), ThisYear);
    m_periodCombo->addItem(tr("From … to …"), Custom);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setAccessibleName(tr("Last day"));
    for (QDateEdit* e : {m_fromEdit, m_toEdit}) {
        e->setCalendarPopup(true);
        e->setDate(QDate::currentDate());
        e->setEnabled(false);
    }
    m_fromEdit->setDate(QDate::currentDate().addDays(-30));
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeComboBox"));
    m_outcomeCombo->setAccessibleName(tr("Outcome"));
    m_outcomeCombo->addItem(tr("All lines"), int(AllLines));
    m_outcomeCombo->addItem(tr("Open discrepancies"), int(OpenDiscrepancies));
    m_outcomeCombo->addItem(tr("All discrepancies"), int(AllDiscrepancies));
    for (ReconcileOutcome o : ReconcileText::allOutcomes())
        m_outcomeCombo->addItem(ReconcileText::outcomeName(o), int(o));
    // The page opens on what needs a look: the discrepancies nobody explained yet (the tiles show the rest).
    m_outcomeCombo->setCurrentIndex(m_outcomeCombo->findData(int(OpenDiscrepancies)));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Reference or product"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(140);

    // The combos may shrink below their longest entry, so the page fits a laptop screen next to the navigation.
    for (QComboBox* combo : {m_providerCombo, m_channelCombo, m_periodCombo, m_outcomeCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    // Two rows, what to look at then when: in one, the French labels made the page wider than a 1280-pixel screen.
    auto* what = new QHBoxLayout;
    auto* when = new QHBoxLayout;
    auto add = [this](QHBoxLayout* row, const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
    };
    add(what, tr("Sho&w:"), m_outcomeCombo);
    add(what, tr("Pro&vider:"), m_providerCombo);
    add(what, tr("C&hannel:"), m_channelCombo);
    add(what, tr("&Search:"), m_searchEdit);
    // Room left over goes to the lists (whose entries are cut below their longest) and to the search.
    for (QComboBox* combo : {m_outcomeCombo, m_providerCombo, m_channelCombo})
        what->setStretchFactor(combo, 1);
    what->setStretchFactor(m_searchEdit, 2);
    add(when, tr("Peri&od:"), m_periodCombo);
    when->addWidget(m_fromEdit);
    when->addWidget(new QLabel(QStringLiteral("–"), this));
    when->addWidget(m_toEdit);
    when->addStretch();
    auto* rows = new QVBoxLayout;
    rows->addLayout(what);
    rows->addLayout(when);

    auto changed = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this, changed] {
        const bool custom = m_periodCombo->currentData().toInt() == Custom;
        m_fromEdit->setEnabled(custom);
        m_toEdit->setEnabled(custom);
        changed();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_toEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    return rows;
}

void ReconciliationPage::setDatabase(Database* db)
{
    m_db = db;
    m_zone = booksZone();
    m_searchHits.reset();
    load();
    // New rows since the last run (or an undone import): bring the results up to date in the background.
    if (m_db && rights().review && !resultsCurrent() && !isRunning())
        reconcile(false);
}

void ReconciliationPage::rightsChanged()
{
    m_runButton->setEnabled(rights().review && !isRunning());
    updateActions();
}

void ReconciliationPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_loadPending)
        load();
}

void ReconciliationPage::load()
{
    // On millions of rows the filter lists and the counts take a while to read: a hidden page reads nothing, and the
    // page on show reads them on a thread of its own, the window staying free meanwhile.
    if (!isVisible()) {
        m_loadPending = true;
        return;
    }
    m_loadPending = false;
    if (!m_db) {
        fillFilterChoices({}, {});
        refresh();
        return;
    }
    for (SummaryTile* tile :
         {m_matchedTile, m_mismatchTile, m_missingAtProviderTile, m_missingInLogTile, m_duplicateTile, m_payoutTile})
        tile->setValue(QStringLiteral("…"));
    m_runLabel->setText(tr("Reading the results…"));
    const QString path = m_db->path();
    const ReconcileFilter filter = summaryFilter();
    m_overviewStamp = ++m_summaryStamp;
    m_overviewWatcher->setFuture(QtConcurrent::run(JobPool::pool(), [path, filter]() -> Overview {
        auto db = Database::openReadOnly(path);
        if (!db) {
            Overview failed;
            failed.error = db.error();
            return failed;
        }
        return readOverview(*db.value(), filter, true);
    }));
}

void ReconciliationPage::overviewRead()
{
    // Another database since this read started (the watcher then follows the newer read, if any): nothing to show.
    if (m_overviewWatcher->isCanceled() || m_overviewWatcher->future().resultCount() == 0 || m_loadPending || !m_db)
        return;
    const Overview o = m_overviewWatcher->result();
    if (!o.error.isEmpty())
        emit statusMessage(o.error);
    const ReconcileFilter before = summaryFilter();
    fillFilterChoices(o.providers, o.channels);
    const ReconcileFilter now = summaryFilter();
    // A provider or channel chosen before that the database no longer has: the lists went back to all of them.
    if (now.provider != before.provider || now.channel != before.channel)
        refreshSummary();
    else if (m_overviewStamp == m_summaryStamp)
        showOverview(o);
    // (Otherwise the filter changed meanwhile, and the tiles already count by it.)
    applyFilter();
    // (Lines that could not be read leave the list empty; the error was said above.)
    m_payoutModel->setLines(o.payouts);
}

QTimeZone ReconciliationPage::booksZone() const
{
    return m_db ? RevenueAggregates::timeZone(*m_db) : QTimeZone(RevenueAggregates::defaultTimeZoneId());
}

bool ReconciliationPage::resultsCurrent() const
{
    if (!m_db)
        return true;
    // A database that cannot say is left alone: the error shows when the user runs reconciliation.
    return Reconciler::resultsCurrent(*m_db, Reconciler::defaultOptions()).value_or(true);
}

void ReconciliationPage::fillFilterChoices(const QStringList& providers, const QStringList& channels)
{
    m_filling = true;
    const QString provider = m_providerCombo->currentData().toString();
    const QString channel = m_channelCombo->currentData().toString();
    m_providerCombo->clear();
    m_channelCombo->clear();
    m_providerCombo->addItem(tr("All providers"), QString());
    m_channelCombo->addItem(tr("All channels"), QString());
    for (const QString& p : providers)
        m_providerCombo->addItem(p, p);
    for (const QString& c : channels)
        m_channelCombo->addItem(Channels::displayNameOf(c), c);
    m_providerCombo->setCurrentIndex(std::max(0, m_providerCombo->findData(provider)));
    m_channelCombo->setCurrentIndex(std::max(0, m_channelCombo->findData(channel)));
    m_filling = false;
}

ReconcileFilter ReconciliationPage::currentFilter() const
{
    ReconcileFilter f;
    f.provider = m_providerCombo->currentData().toString();
    f.channel = m_channelCombo->currentData().toString();
    const QDate today = QDate::currentDate();
    QDate from, to; // inclusive
    switch (m_periodCombo->currentData().toInt()) {
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Last30Days:
        from = today.addDays(-29);
        to = today;
        break;
    case Last90Days:
        from = today.addDays(-89);
        to = today;
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case Custom:
        from = m_fromEdit->date();
        to = m_toEdit->date();
        break;
    default:
        break;
    }
    // The days of the books' time zone, as on every page and export, not the computer's.
    const QTimeZone zone = booksZone();
    if (from.isValid())
        f.fromUtc = ReconcileStore::dayStartUtc(from, zone);
    if (to.isValid())
        f.toUtc = ReconcileStore::dayStartUtc(to.addDays(1), zone);
    const int outcome = m_outcomeCombo->currentData().toInt();
    if (outcome == OpenDiscrepancies || outcome == AllDiscrepancies) {
        f.outcomes = {ReconcileOutcome::AmountMismatch, ReconcileOutcome::MissingAtProvider,
                      ReconcileOutcome::MissingInSalesLog, ReconcileOutcome::DuplicateAtProvider};
        f.openOnly = outcome == OpenDiscrepancies;
    } else if (outcome > 0) {
        f.outcomes = {ReconcileOutcome(outcome)};
    }
    return f;
}

void ReconciliationPage::refresh()
{
    rememberSeenDecisions();
    refreshSummary();
    applyFilter();
    if (const QString error = m_payoutModel->reload(m_db); !error.isEmpty())
        emit statusMessage(error);
}

ReconcileFilter ReconciliationPage::summaryFilter() const
{
    ReconcileFilter f = currentFilter();
    f.outcomes.clear();
    f.openOnly = false;
    return f;
}

ReconciliationPage::Overview ReconciliationPage::readOverview(Database& db, const ReconcileFilter& filter,
                                                              bool withLists)
{
    Overview o;
    const auto failed = [&o](const QString& error) {
        if (o.error.isEmpty())
            o.error = error;
    };
    if (withLists) {
        QStringList providers = ReconcileStore::providers(db).value_or({});
        for (const Provider& p : CatalogStore(db).providers().value_or({}))
            providers.append(p.code);
        providers.removeAll(QString());
        providers.removeDuplicates();
        providers.sort();
        o.providers = providers;
        o.channels = ReconcileStore::channels(db).value_or({});
        o.channels.removeAll(QString());
        if (auto payouts = PayoutFollowUp::compute(db))
            o.payouts = payouts.value();
        else
            failed(payouts.error());
    }
    if (auto counts = ReconcileStore::summary(db, filter))
        o.counts = counts.value();
    else
        failed(counts.error());
    if (auto byOutcome = ReconcileStore::explainedByOutcome(db, filter))
        o.explained = byOutcome.value();
    if (const QString first = ImportStore(db).firstStatementCurrency().value_or({}); !first.isEmpty())
        o.currency = first;
    if (auto state = ReconcileStore::state(db))
        o.state = state.value();
    return o;
}

void ReconciliationPage::refreshSummary()
{
    ++m_summaryStamp;
    Overview o;
    if (m_db)
        o = readOverview(*m_db, summaryFilter(), false);
    if (!o.error.isEmpty())
        emit statusMessage(o.error);
    showOverview(o);
}

void ReconciliationPage::showOverview(const Overview& overview)
{
    const ReconcileCounts& c = overview.counts;
    const QHash<ReconcileOutcome, qint64>& explained = overview.explained;
    const QString& currency = overview.currency;
    const QLocale locale;
    auto amount = [&](qint64 minor) { return Money(minor, currency).toString(locale); };
    m_matchedTile->setValue(locale.toString(c.matched),
                            tr("%1 · %2 by reference, %3 by amount and time, %4 by hand")
                                .arg(amount(c.matchedGross))
                                .arg(locale.toString(c.matchedByReference), locale.toString(c.matchedFuzzy),
                                     locale.toString(c.matchedManual)));
    // The discrepancy tiles count what is still open; those explained by hand are named apart.
    const auto open = [&](ReconcileOutcome o, qint64 all) { return locale.toString(all - explained.value(o)); };
    const auto withExplained = [&](ReconcileOutcome o, const QString& detail) {
        const qint64 n = explained.value(o);
        return n == 0 ? detail : tr("%1 · %n explained", nullptr, int(n)).arg(detail);
    };
    m_mismatchTile->setValue(
        open(ReconcileOutcome::AmountMismatch, c.amountMismatch),
        withExplained(
            ReconcileOutcome::AmountMismatch,
            tr("provider %1, sales log %2").arg(amount(c.mismatchProviderGross), amount(c.mismatchSalesGross))));
    m_missingAtProviderTile->setValue(
        open(ReconcileOutcome::MissingAtProvider, c.missingAtProvider),
        withExplained(ReconcileOutcome::MissingAtProvider, amount(c.missingAtProviderGross)));
    m_missingInLogTile->setValue(open(ReconcileOutcome::MissingInSalesLog, c.missingInSalesLog),
                                 withExplained(ReconcileOutcome::MissingInSalesLog, amount(c.missingInSalesLogGross)));
    m_duplicateTile->setValue(open(ReconcileOutcome::DuplicateAtProvider, c.duplicatesAtProvider),
                              withExplained(ReconcileOutcome::DuplicateAtProvider, amount(c.duplicatesGross)));
    m_payoutTile->setValue(locale.toString(c.payoutDifferences),
                           tr("discrepancies explained by hand: %1").arg(locale.toString(c.explained)));

    QString last;
    if (m_db) {
        if (const ReconcileState& state = overview.state; state.exists) {
            last = tr("Last run %1 · window %2 · %3 provider rows, %4 sales")
                       .arg(ReconcileText::timeText(state.runUtc, m_zone), spanText(state.windowSeconds),
                            locale.toString(c.providerRows), locale.toString(c.salesRows));
        } else {
            last = tr("Not reconciled yet");
        }
    }
    m_runLabel->setText(last);
}

void ReconciliationPage::applyFilter()
{
    const ReconcileFilter f = currentFilter();
    const bool searching = !m_searchEdit->text().trimmed().isEmpty();
    if (searching && !m_searchHits && !m_searchWatcher->isRunning()) {
        startSearch();
        return;
    }
    m_model->setQuery(m_db, f, searching ? m_searchHits : nullptr);
    if (!m_model->lastError().isEmpty())
        emit statusMessage(m_model->lastError());

    bool anyRows = false;
    if (m_db)
        anyRows = ImportStore(*m_db).hasSalesOrStatementRows().value_or(false);
    if (!m_db) {
        m_empty->setText(tr("No database is open. Choose File → Open Database…"));
        m_empty->setActions({});
    } else if (!anyRows) {
        m_empty->setActions({importAction()});
        m_empty->setText(tr("No statement imported yet.\n\nDrag a provider's statement and the site's sales log "
                            "onto this window, or choose File → Import… (Ctrl+I); they are reconciled as soon "
                            "as they are in."));
    } else {
        m_empty->setText(tr("No line matches these filters."));
        m_empty->setActions({});
    }
    m_linesStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    showDetail();
    updateActions();
}

void ReconciliationPage::startSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    if (m_searchCancel)
        *m_searchCancel = true;
    m_searchHits.reset();
    if (text.isEmpty() || !m_db) {
        applyFilter();
        return;
    }
    if (m_searchWatcher->isRunning()) {
        // The previous search stops soon; this one starts when it has.
        m_searchDelay->start(50);
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_searchCancel = cancel;
    emit statusMessage(tr("Searching for “%1”…").arg(text));
    const QString path = m_db->path();
    m_searchWatcher->setFuture(
        QtConcurrent::run(JobPool::pool(), [path, text, cancel]() -> std::shared_ptr<const ReconcileBrowser::IdSet> {
            auto db = Database::open(path);
            if (!db)
                return {};
            auto hits = ImportStore(*db.value()).textMatches(text, cancel.get());
            if (!hits)
                return std::make_shared<const ReconcileBrowser::IdSet>();
            return std::make_shared<const ReconcileBrowser::IdSet>(hits->begin(), hits->end());
        }));
}

bool ReconciliationPage::isRunning() const
{
    return m_runWatcher->isRunning();
}

void ReconciliationPage::reconcile(bool full)
{
    if (!m_db || isRunning())
        return;
    m_progress = std::make_shared<Progress>();
    std::shared_ptr<Progress> progress = m_progress;
    Reconciler::Options options = Reconciler::defaultOptions();
    options.full = full;
    const QString path = m_db->path();
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Starting…"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_cancelButton, m_progressBar, m_progressLabel})
        w->show();
    m_runButton->setEnabled(false);
    m_progressTimer->start();
    updateActions();
    m_runWatcher->setFuture(QtConcurrent::run(JobPool::pool(), [path, options, progress]() -> RunOutcome {
        // Its own connection: a Database is never shared across threads.
        auto db = Database::open(path);
        if (!db)
            return {db.error(), {}};
        Reconciler::Options o = options;
        o.cancel = &progress->cancel;
        o.progress = [progress](int permille, const QString& stage) {
            progress->permille = permille;
            QMutexLocker lock(&progress->mutex);
            progress->stage = stage;
        };
        auto run = Reconciler::run(*db.value(), o);
        if (!run)
            return {run.error(), {}};
        return {QString(), run.value()};
    }));
}

void ReconciliationPage::cancelRun()
{
    m_progress->cancel = true;
    m_progressLabel->setText(tr("Cancelling…"));
}

void ReconciliationPage::updateProgress()
{
    m_progressBar->setValue(m_progress->permille.load());
    if (m_progress->cancel)
        return;
    QMutexLocker lock(&m_progress->mutex);
    if (!m_progress->stage.isEmpty())
        m_progressLabel->setText(m_progress->stage + QStringLiteral("…"));
}

void ReconciliationPage::runFinished()
{
    m_progressTimer->stop();
    for (QWidget* w : std::initializer_list<QWidget*>{m_cancelButton, m_progressBar, m_progressLabel})
        w->hide();
    m_runButton->setEnabled(rights().review);
    const RunOutcome outcome = m_runWatcher->result();
    if (!outcome.error.isEmpty()) {
        emit statusMessage(outcome.error);
    } else if (outcome.info.upToDate) {
        emit statusMessage(tr("Reconciliation is up to date."));
    } else if (outcome.info.full) {
        emit statusMessage(tr("Reconciled %1 rows in %2 s (%3).")
                               .arg(QLocale().toString(outcome.info.rowsExamined))
                               .arg(QLocale().toString(outcome.info.elapsedMs / 1000.0, 'f', 1), outcome.info.why));
    } else {
        emit statusMessage(tr("Reconciled %1 new rows in %2 s.")
                               .arg(QLocale().toString(outcome.info.newRows))
                               .arg(QLocale().toString(outcome.info.elapsedMs / 1000.0, 'f', 1)));
    }
    load();
}

QList<int> ReconciliationPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReconciliationPage::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool ready = m_db && !isRunning() && rights().review;
    bool canMatch = false, canUnmatch = false, canExplain = false, canReopen = false;
    if (ready && rows.size() == 2) {
        const ReconcileEntry& a = m_model->entry(rows.at(0));
        const ReconcileEntry& b = m_model->entry(rows.at(1));
        auto providerOnly = [](const ReconcileEntry& e) { return e.providerTxn && !e.salesTxn; };
        auto saleOnly = [](const ReconcileEntry& e) { return e.salesTxn && !e.providerTxn; };
        canMatch = (providerOnly(a) && saleOnly(b)) || (saleOnly(a) && providerOnly(b));
    }
    if (ready && rows.size() == 1) {
        const ReconcileEntry& e = m_model->entry(rows.first());
        canUnmatch = e.isPair();
        canExplain = ReconcileText::isDiscrepancy(e.outcome) && !e.explained;
        canReopen = e.explained;
    }
    m_matchAction->setEnabled(canMatch);
    m_unmatchAction->setEnabled(canUnmatch);
    m_explainAction->setEnabled(canExplain);
    m_reopenAction->setEnabled(canReopen);
    m_bookAction->setEnabled(canExplain);
    m_bookButton->setEnabled(canExplain);
    m_matchButton->setEnabled(canMatch);
    m_unmatchButton->setEnabled(canUnmatch);
    m_explainButton->setEnabled(canExplain);
    m_reopenButton->setEnabled(canReopen);
    m_runAction->setEnabled(ready);
}

void ReconciliationPage::decide(const QString& text, std::function<QString()> apply, std::function<QString()> revert)
{
    if (!m_db)
        return;
    QPointer<ReconciliationPage> self(this);
    undoStack()->push(
        new ReviewCommand(text, this, m_db->path(), std::move(apply), std::move(revert), [self](const QString& error) {
            if (!self)
                return;
            emit self->statusMessage(error);
            // Another desk may have changed the rows: the page shows them as they now are.
            self->refresh();
        }));
}

// What this desk's reviewer has seen: a decision about rows another desk has decided about since is refused, saying
// who and when (ReconcileReview's check), rather than silently undoing the other desk's work.
void ReconciliationPage::rememberSeenDecisions()
{
    auto last = m_db ? ReconcileReview::lastDecisionId(*m_db) : Result<qint64>(qint64(0));
    m_seenDecision = last ? last.value() : ReconcileReview::kUnseen;
}

void ReconciliationPage::afterDecision(qint64 focusTxn)
{
    rememberSeenDecisions();
    m_model->reload();
    refreshSummary();
    if (const QString error = m_payoutModel->reload(m_db); !error.isEmpty())
        emit statusMessage(error);
    m_linesStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    const int row = m_model->rowOf(focusTxn);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    showDetail();
    updateActions();
}

void ReconciliationPage::matchSelected()
{
    const QList<int> rows = selectedRows();
    if (!m_matchAction->isEnabled() || rows.size() != 2)
        return;
    const ReconcileEntry& a = m_model->entry(rows.at(0));
    const ReconcileEntry& b = m_model->entry(rows.at(1));
    const qint64 provider = a.providerTxn ? a.providerTxn : b.providerTxn;
    const qint64 sale = a.salesTxn ? a.salesTxn : b.salesTxn;
    QString note = m_noteEdit->text();
    // Pairing rows that disagree is allowed, never silent: the differences are named, and a note is required.
    auto rowsRead = ImportStore(*m_db).transactions({provider, sale});
    if (!rowsRead) {
        MessageBox::critical(this, tr("Match by Hand"), rowsRead.error());
        return;
    }
    if (rowsRead->contains(provider) && rowsRead->contains(sale)) {
        const QStringList differences = ReconcileReview::differences(
            rowsRead->value(provider), rowsRead->value(sale), Reconciler::defaultOptions().windowSeconds, QLocale());
        if (!differences.isEmpty()) {
            if (note.trimmed().isEmpty()) {
                MessageBox::warning(this, tr("Match by Hand"),
                                    tr("These two rows do not agree:\n• %1\n\nWrite in the note why they belong "
                                       "together, then match them again.")
                                        .arg(differences.join(QStringLiteral("\n• "))));
                m_noteEdit->setFocus();
                return;
            }
            if (MessageBox::question(this, tr("Match by Hand"),
                                     tr("These two rows do not agree:\n• %1\n\nMatch them all the same, with the note "
                                        "“%2”?")
                                         .arg(differences.join(QStringLiteral("\n• ")), note.trimmed())) !=
                QMessageBox::Yes)
                return;
            note = tr("%1 (matched despite: %2)").arg(note.trimmed(), differences.join(QStringLiteral("; ")));
        }
    }
    auto decision = std::make_shared<qint64>(0);
    auto seen = std::make_shared<qint64>(m_seenDecision);
    QPointer<ReconciliationPage> self(this);
    decide(
        tr("Match provider row %1 with sale %2").arg(provider).arg(sale),
        [self, provider, sale, note, decision, seen]() -> QString {
            auto id = ReconcileReview::match(*self->m_db, provider, sale, note, Reconciler::defaultOptions(),
                                             std::exchange(*seen, ReconcileReview::kUnseen));
            if (!id)
                return id.error();
            *decision = id.value();
            self->afterDecision(provider);
            emit self->statusMessage(tr("Matched by hand. Edit → Undo takes it back."));
            return {};
        },
        [self, provider, decision]() -> QString {
            if (auto st = ReconcileReview::undo(*self->m_db, *decision, Reconciler::defaultOptions(), *decision); !st)
                return st.error();
            self->afterDecision(provider);
            return {};
        });
    m_noteEdit->clear();
}

void ReconciliationPage::unmatchSelected()
{
    const QList<int> rows = selectedRows();
    if (!m_unmatchAction->isEnabled() || rows.size() != 1)
        return;
    const ReconcileEntry e = m_model->entry(rows.first());
    const QString note = m_noteEdit->text();
    auto decision = std::make_shared<qint64>(0);
    auto seen = std::make_shared<qint64>(m_seenDecision);
    QPointer<ReconciliationPage> self(this);
    decide(
        tr("Unmatch provider row %1 and sale %2").arg(e.providerTxn).arg(e.salesTxn),
        [self, e, note, decision, seen]() -> QString {
            auto id =
                ReconcileReview::unmatch(*self->m_db, e.providerTxn, e.salesTxn, note, Reconciler::defaultOptions(),
                                         std::exchange(*seen, ReconcileReview::kUnseen));
            if (!id)
                return id.error();
            *decision = id.value();
            self->afterDecision(e.providerTxn);
            emit self->statusMessage(tr("The pair is separated. Edit → Undo puts it back."));
            return {};
        },
        [self, e, decision]() -> QString {
            if (auto st = ReconcileReview::undo(*self->m_db, *decision, Reconciler::defaultOptions(), *decision); !st)
                return st.error();
            self->afterDecision(e.providerTxn);
            return {};
        });
    m_noteEdit->clear();
}

void ReconciliationPage::explainSelected()
{
    const QList<int> rows = selectedRows();
    if (!m_explainAction->isEnabled() || rows.size() != 1)
        return;
    const QString note = m_noteEdit->text().trimmed();
    if (note.isEmpty()) {
        emit statusMessage(tr("Write in the note why this discrepancy is explained, then explain it again."));
        m_noteEdit->setFocus();
        return;
    }
    const ReconcileEntry e = m_model->entry(rows.first());
    auto decision = std::make_shared<qint64>(0);
    auto seen = std::make_shared<qint64>(m_seenDecision);
    QPointer<ReconciliationPage> self(this);
    const qint64 focus = e.providerTxn ? e.providerTxn : e.salesTxn;
    decide(
        tr("Explain: %1").arg(note),
        [self, e, note, decision, focus, seen]() -> QString {
            auto id = ReconcileReview::explain(*self->m_db, e.providerTxn, e.salesTxn, note,
                                               std::exchange(*seen, ReconcileReview::kUnseen));
            if (!id)
                return id.error();
            *decision = id.value();
            self->afterDecision(focus);
            return {};
        },
        [self, e, decision, focus]() -> QString {
            // Not under another desk's decision about the same rows taken since this one.
            if (auto st = ReconcileReview::reopen(*self->m_db, e.providerTxn, e.salesTxn, *decision); !st)
                return st.error();
            self->afterDecision(focus);
            return {};
        });
    m_noteEdit->clear();
}

void ReconciliationPage::reopenSelected()
{
    const QList<int> rows = selectedRows();
    if (!m_reopenAction->isEnabled() || rows.size() != 1)
        return;
    const ReconcileEntry e = m_model->entry(rows.first());
    const qint64 focus = e.providerTxn ? e.providerTxn : e.salesTxn;
    // Explained by a correcting entry: reopening takes the entry back from the books.
    if (auto booked = Adjustments::forDiscrepancy(*m_db, e.providerTxn, e.salesTxn); booked && booked->has_value()) {
        if (MessageBox::question(this, tr("Reopen a discrepancy"),
                                 tr("A correcting entry was booked for this discrepancy. Reopening it takes the entry "
                                    "back from the books. Reopen?")) != QMessageBox::Yes)
            return;
        if (auto st = Adjustments::withdraw(*m_db, **booked); !st) {
            MessageBox::warning(this, tr("Reopen a discrepancy"), st.error());
            return;
        }
        afterDecision(focus);
        return;
    }
    // The explanation's note, to put it back on undo.
    QString note;
    if (auto history = ReconcileReview::decisionsFor(*m_db, focus)) {
        for (const ReconcileReview::Decision& d : history.value()) {
            if (d.active() && d.action == ReconcileReview::Action::Explain) {
                note = d.note;
                break;
            }
        }
    }
    QPointer<ReconciliationPage> self(this);
    auto seen = std::make_shared<qint64>(m_seenDecision);
    decide(
        tr("Reopen a discrepancy"),
        [self, e, focus, seen]() -> QString {
            if (auto st = ReconcileReview::reopen(*self->m_db, e.providerTxn, e.salesTxn,
                                                  std::exchange(*seen, ReconcileReview::kUnseen));
                !st)
                return st.error();
            self->afterDecision(focus);
            return {};
        },
        [self, e, note, focus]() -> QString {
            auto id = ReconcileReview::explain(*self->m_db, e.providerTxn, e.salesTxn, note);
            if (!id)
                return id.error();
            self->afterDecision(focus);
            return {};
        });
}

bool ReconciliationPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_noteEdit && event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
        for (const QAction* action : {m_explainAction, m_matchAction, m_unmatchAction, m_reopenAction, m_bookAction}) {
            if (action->shortcut() == pressed) {
                event->ignore();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void ReconciliationPage::bookCorrectionSelected()
{
    const QList<int> rows = selectedRows();
    if (!m_bookAction->isEnabled() || rows.size() != 1)
        return;
    const ReconcileEntry e = m_model->entry(rows.first());
    auto proposal = Adjustments::propose(*m_db, e);
    if (!proposal) {
        MessageBox::warning(this, tr("Book a Correcting Entry"), proposal.error());
        return;
    }
    auto settings = AccountingSettingsStore::load(*m_db);
    if (!settings) {
        MessageBox::critical(this, tr("Book a Correcting Entry"), settings.error());
        return;
    }
    AdjustmentDialog dialog(*proposal, settings->bookCurrency, m_noteEdit->text().trimmed(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString note = dialog.note();
    const BooksAdjustment accepted = *proposal;
    const qint64 focus = e.providerTxn ? e.providerTxn : e.salesTxn;
    auto id = std::make_shared<qint64>(0);
    QPointer<ReconciliationPage> self(this);
    decide(
        tr("Book a correcting entry: %1").arg(note),
        [self, accepted, note, id, focus]() -> QString {
            auto booked = Adjustments::accept(*self->m_db, accepted, note);
            if (!booked)
                return booked.error();
            *id = booked.value();
            self->afterDecision(focus);
            emit self->statusMessage(tr("Correcting entry booked for %1.").arg(accepted.reference));
            return {};
        },
        [self, id, focus]() -> QString {
            if (auto st = Adjustments::withdraw(*self->m_db, *id); !st)
                return st.error();
            self->afterDecision(focus);
            return {};
        });
    m_noteEdit->clear();
}

QString ReconciliationPage::nearestHint(const ReconcileItemModel& model, int row) const
{
    const ReconcileEntry& e = model.entry(row);
    if (!m_db || e.isPair())
        return {};
    // The nearest row left unmatched on the other side with the same channel, currency and amount, within three
    // days: the likely partner of a late report or of a clock gone wrong. Looked up among the stored discrepancies
    // (indexed by time), not the transactions.
    const bool lookForSale = e.providerTxn != 0;
    const std::optional<qint64> amount = lookForSale ? e.providerGross : e.salesGross;
    if (!amount)
        return {};
    constexpr qint64 threeDays = 3 * 86400;
    auto nearest =
        ReconcileStore::nearestUnmatched(*m_db, lookForSale, e.channel, e.currency, *amount, e.time, threeDays);
    if (!nearest)
        return {};
    if (!nearest.value())
        return tr("No unmatched %1 of the same channel and amount within three days.")
            .arg(lookForSale ? tr("sale") : tr("provider row"));
    const qint64 gap = nearest.value()->occurredUtc - e.time;
    return tr("Unmatched %1 of the same channel and amount nearby: row %2, %3 %4. If it is the same sale, select "
              "both lines and match them (Ctrl+M).")
        .arg(lookForSale ? tr("sale") : tr("provider row"))
        .arg(nearest.value()->txnId)
        .arg(spanText(gap), gap >= 0 ? tr("later") : tr("earlier"));
}

void ReconciliationPage::showDetail()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        m_detail->setHtml(tr("<p>Select a line to see both sides and why they matched or not.</p>"
                             "<p>To match a provider row with a sale by hand, select both lines (Ctrl+click) and "
                             "press Ctrl+M.</p>"));
        return;
    }
    if (rows.size() > 1) {
        m_detail->setHtml(tr("<p>%n lines selected. Matching by hand takes one line with only a provider row and one "
                             "with only a sale.</p>",
                             nullptr, int(rows.size())));
        return;
    }
    const ReconcileItemModel::Line& l = m_model->line(rows.first());
    const ReconcileEntry& e = l.entry;
    const QString cur = e.currency;
    const qint64 window = Reconciler::defaultOptions().windowSeconds;
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };

    QString why;
    const QString ref = l.provider && !l.provider->reference.isEmpty() ? l.provider->reference
                        : l.sale                                       ? l.sale->reference
                                                                       : QString();
    switch (e.outcome) {
    case ReconcileOutcome::MatchedByReference:
        why = tr("Both rows carry the reference <b>%1</b> and the amounts agree.").arg(esc(ref));
        break;
    case ReconcileOutcome::MatchedFuzzy:
        why = tr("One side has no reference: they match by channel, currency and amount, their times %1 apart "
                 "(the window is %2), and no nearer row was free.")
                  .arg(l.provider && l.sale ? spanText(l.provider->occurredUtc - l.sale->occurredUtc) : QString(),
                       spanText(window));
        break;
    case ReconcileOutcome::MatchedManual:
        why = tr("Matched by hand; the amounts agree.");
        break;
    case ReconcileOutcome::AmountMismatch:
        why =
            tr("Paired (by the reference <b>%1</b>, or by hand), but the provider reports %2 and the sales log %3: "
               "a difference of %4.")
                .arg(esc(ref), moneyText(e.providerGross, cur), moneyText(e.salesGross, cur),
                     moneyText(e.providerGross && e.salesGross ? std::optional<qint64>(*e.providerGross - *e.salesGross)
                                                               : std::nullopt,
                               cur));
        break;
    case ReconcileOutcome::MissingAtProvider:
        why = ref.isEmpty() ? tr("The provider reports no row of this channel and amount within %1 of this sale.")
                                  .arg(spanText(window))
                            : tr("No provider row carries the reference <b>%1</b>, and none without a reference has "
                                 "this channel and amount within %2.")
                                  .arg(esc(ref), spanText(window));
        if (e.attribution == ReconcileAttribution::ByChannel)
            why += u' ' + tr("The sales log names no provider: the sale counts under %1, which serves this channel.")
                              .arg(esc(e.provider));
        else if (e.attribution == ReconcileAttribution::None)
            why += u' ' + tr("The sales log names no provider and none serves this channel.");
        break;
    case ReconcileOutcome::MissingInSalesLog:
        why = ref.isEmpty() ? tr("The sales log has no sale of this channel and amount within %1 of this row.")
                                  .arg(spanText(window))
                            : tr("The sales log has no sale with the reference <b>%1</b>, and none without a reference "
                                 "of this channel and amount within %2.")
                                  .arg(esc(ref), spanText(window));
        break;
    case ReconcileOutcome::DuplicateAtProvider:
        why = tr("The provider reports the reference <b>%1</b> a second time: it is already on row %2.")
                  .arg(esc(ref))
                  .arg(e.relatedTxn);
        break;
    }
    if (!e.isPair() && e.outcome != ReconcileOutcome::DuplicateAtProvider)
        why += QStringLiteral("<br>") + nearestHint(*m_model, rows.first());

    auto side = [&](const std::optional<StoredTransaction>& t, const QString& none) {
        if (!t)
            return QStringLiteral("<td><i>%1</i></td>").arg(esc(none));
        QString cell =
            QStringLiteral("%1<br>%2<br>%3<br>%4<br><b>%5</b>")
                .arg(esc(ReconcileText::timeText(t->occurredUtc, m_zone)),
                     esc(t->reference.isEmpty() ? tr("no reference") : t->reference),
                     esc(Channels::displayNameOf(t->channel)), esc(t->product), esc(moneyText(t->gross, t->currency)));
        if (t->net)
            cell += QStringLiteral("<br>") + esc(tr("net %1").arg(moneyText(t->net, t->currency)));
        cell += QStringLiteral("<br><small>") +
                esc(tr("%1, line %2 (row %3)").arg(t->fileName).arg(t->line).arg(t->id)) + QStringLiteral("</small>");
        return QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
    };

    QString html =
        QStringLiteral("<h3>%1%2</h3><p>%3</p>")
            .arg(esc(ReconcileText::outcomeName(e.outcome)), e.explained ? esc(tr(" — explained")) : QString(), why);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th></tr><tr>%3%4</tr></table>")
                .arg(esc(tr("Sales log")),
                     esc(tr("Provider statement (%1)").arg(e.provider.isEmpty() ? tr("none") : e.provider)),
                     side(l.sale, tr("no sale")), side(l.provider, tr("no provider row")));
    if (e.expectedNet && e.providerNet) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Payout check: the price point promised %1 for this sale, the provider reports a net "
                                "of %2 (difference %3).")
                                 .arg(moneyText(e.expectedNet, cur), moneyText(e.providerNet, cur),
                                      moneyText(std::optional<qint64>(*e.providerNet - *e.expectedNet), cur))));
    }
    const qint64 focus = e.providerTxn ? e.providerTxn : e.salesTxn;
    if (auto history = ReconcileReview::decisionsFor(*m_db, focus); history && !history->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Decisions")));
        for (const ReconcileReview::Decision& d : history.value()) {
            const QString made = ReconcileText::timeText(d.madeUtc, m_zone);
            QString item = d.madeBy.isEmpty()
                               ? tr("%1, %2").arg(ReconcileReview::actionName(d.action), made)
                               : tr("%1 by %2, %3").arg(ReconcileReview::actionName(d.action), d.madeBy, made);
            if (!d.note.isEmpty())
                item += tr(": “%1”").arg(d.note);
            if (!d.before.isEmpty())
                item += u' ' + tr("(before: %1)").arg(d.before);
            if (!d.active()) {
                const QString undone = ReconcileText::timeText(*d.undoneUtc, m_zone);
                item += u' ' + (d.undoneBy.isEmpty() ? tr("— taken back %1").arg(undone)
                                                     : tr("— taken back by %1 on %2").arg(d.undoneBy, undone));
            }
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        }
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}
