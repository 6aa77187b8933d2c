#include "importhistorypage.h"
#include "jobpool.h"

#include "emptystate.h"
#include "importing/importer.h"
#include "importing/importstore.h"
#include "itemmodels/importbatchmodel.h"
#include "itemmodels/roles.h"
#include "messagebox.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportHistoryPage::ImportHistoryPage(QWidget* parent)
    : Page(parent), m_model(new ImportBatchModel(this)), m_table(new QTableView(this)), m_empty(new EmptyState(this)),
      m_stack(new QStackedWidget(this)), m_batchesTile(new SummaryTile(tr("Imported files"), this)),
      m_rowsTile(new SummaryTile(tr("Rows added"), this)), m_undoAction(new QAction(tr("&Undo Batch…"), this)),
      m_undoButton(new QPushButton(this)), m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_detailsLabel(new QLabel(this)), m_rejected(new QPlainTextEdit(this)),
      m_undoWatcher(new QFutureWatcher<QString>(this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_compactWatcher(new QFutureWatcher<QString>(this))
{
    m_table->setObjectName(QStringLiteral("batchesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Import batches"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Delete undoes the selected batch while the page has the focus, as on the other pages.
    m_undoAction->setObjectName(QStringLiteral("undoBatchAction"));
    m_undoAction->setShortcut(QKeySequence::Delete);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setToolTip(tr("Remove the selected batch and every row it added (Delete)"));
    addAction(m_undoAction);
    m_table->addAction(m_undoAction);
    m_undoButton->setObjectName(QStringLiteral("undoBatchButton"));
    m_undoButton->setText(m_undoAction->text());
    m_undoButton->setToolTip(m_undoAction->toolTip());
    m_progressLabel->setObjectName(QStringLiteral("undoProgressLabel"));
    m_progress->setObjectName(QStringLiteral("undoProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Undo progress"));
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelCompactionButton"));
    m_cancelButton->setToolTip(tr("Stop compacting: the file stays as it was"));
    m_cancelButton->hide();

    m_detailsLabel->setObjectName(QStringLiteral("batchDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected->setObjectName(QStringLiteral("rejectedDetailPlainTextEdit"));
    m_rejected->setAccessibleName(tr("Rejected rows of the selected batch"));
    m_rejected->setReadOnly(true);
    m_rejected->setPlaceholderText(tr("No row of this batch was rejected."));

    m_empty->setActions({importAction()});
    m_empty->setText(tr("No statement imported yet.\n\nDrag a provider's statement or the site's sales log onto "
                        "this window, or choose File → Import… (Ctrl+I)."));

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* rejectedLabel = new QLabel(tr("Re&jected rows of the selected batch:"), details);
    rejectedLabel->setBuddy(m_rejected);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(rejectedLabel);
    detailsLayout->addWidget(m_rejected, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto* tiles = new QHBoxLayout;
    tiles->addWidget(m_batchesTile);
    tiles->addWidget(m_rowsTile);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_undoButton);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_undoAction, &QAction::triggered, this, &ImportHistoryPage::undoSelectedBatch);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryPage::undoSelectedBatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_undoWatcher, &QFutureWatcherBase::finished, this, &ImportHistoryPage::undoFinished);
    connect(m_compactWatcher, &QFutureWatcherBase::finished, this, &ImportHistoryPage::compactionFinished);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancelCompaction)
            m_cancelCompaction->store(true);
        m_cancelButton->setEnabled(false);
    });
    updateActions();
}

ImportHistoryPage::~ImportHistoryPage()
{
    // An undo is one transaction: let it end rather than leave the worker writing after the window is gone.
    m_undoWatcher->waitForFinished();
    // A compaction is atomic: cancelled, it leaves the file as it was.
    if (m_cancelCompaction)
        m_cancelCompaction->store(true);
    m_compactWatcher->waitForFinished();
}

QString ImportHistoryPage::title() const
{
    return tr("Import history");
}

void ImportHistoryPage::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void ImportHistoryPage::reload()
{
    const qint64 selected = selectedBatchId();
    if (m_db) {
        if (const QString error = m_model->reload(*m_db); !error.isEmpty())
            emit statusMessage(error);
    }
    m_table->setColumnHidden(ImportBatchModel::ByColumn, !m_model->anyMadeBy());
    qint64 rows = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows += m_model->batch(i).rowsAdded;
    const QLocale locale;
    m_batchesTile->setValue(locale.toString(m_db ? m_model->rowCount() : 0));
    m_rowsTile->setValue(locale.toString(m_db ? rows : 0));
    const bool any = m_db && m_model->rowCount() > 0;
    m_stack->setCurrentIndex(any ? 0 : 1);
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->batch(i).id == selected)
            row = i;
    if (any)
        m_table->selectRow(row);
    showDetails();
    updateActions();
}

qint64 ImportHistoryPage::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->data(rows.first(), ModelRoles::IdRole).toLongLong();
}

void ImportHistoryPage::showDetails()
{
    const qint64 id = selectedBatchId();
    m_rejected->clear();
    m_detailsLabel->clear();
    if (!m_db || id == 0)
        return;
    auto stored = ImportStore(*m_db).batch(id);
    if (!stored) {
        m_detailsLabel->setText(stored.error());
        return;
    }
    if (!stored.value())
        return;
    const ImportBatchRecord& b = *stored.value();
    const QString encoding = b.encoding.isEmpty() ? tr("unknown") : b.encoding;
    //: details of an import batch; %4 and %5 are numbers of rows, %6 the file's SHA-256
    m_detailsLabel->setText(tr("Batch %1, read with the profile “%2” as %3: %4 skipped, %5 rejected. SHA-256 %6.")
                                .arg(id)
                                .arg(b.profile, encoding)
                                .arg(b.rowsSkipped)
                                .arg(b.rowsRejected)
                                .arg(b.sha256));
    m_rejected->setPlainText(b.rejectedDetail);
}

bool ImportHistoryPage::isCompacting() const
{
    return m_compactWatcher->isRunning();
}

bool ImportHistoryPage::isUndoing() const
{
    return m_undoWatcher->isRunning();
}

void ImportHistoryPage::updateActions()
{
    const bool can = m_db && rights().importRows && !isUndoing() && !isCompacting() && selectedBatchId() != 0;
    m_undoAction->setEnabled(can);
    m_undoButton->setEnabled(can);
}

void ImportHistoryPage::undoSelectedBatch()
{
    const qint64 id = selectedBatchId();
    if (!m_db || id == 0 || isUndoing() || isCompacting())
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ImportBatchModel::Batch& b = m_model->batch(rows.first().row());
    const QString when =
        QLocale().toString(QDateTime::fromSecsSinceEpoch(b.importedUtc).toLocalTime(), QLocale::ShortFormat);
    const QString text = tr("Undo the import of %1 (batch %2, imported %3)?\n\nThe %n row(s) it added will be removed. "
                            "The file can be imported again afterwards.",
                            nullptr, int(b.rowsAdded))
                             .arg(b.fileName)
                             .arg(b.id)
                             .arg(when);
    if (MessageBox::question(this, tr("Undo Import"), text) != QMessageBox::Yes)
        return;

    m_undoingId = b.id;
    m_undoingName = b.fileName;
    m_undoingRows = b.rowsAdded;
    m_progressLabel->setText(tr("Removing batch %1 (%2)…").arg(b.id).arg(b.fileName));
    m_progressLabel->show();
    m_progress->show();
    const QString path = m_db->path();
    m_undoWatcher->setFuture(QtConcurrent::run(JobPool::pool(), [path, id]() -> QString {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        const Status st = Importer::undoBatch(*db.value(), id);
        return st ? QString() : st.error();
    }));
    updateActions();
}

void ImportHistoryPage::undoFinished()
{
    m_progressLabel->hide();
    m_progress->hide();
    const QString error = m_undoWatcher->result();
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Undo Import"), tr("The batch could not be removed: %1").arg(error));
        updateActions();
        return;
    }
    emit statusMessage(tr("Import of %1 undone: batch %2 and its %n row(s) removed.", nullptr, int(m_undoingRows))
                           .arg(m_undoingName)
                           .arg(m_undoingId));
    reload();
    emit batchesChanged();
    offerCompaction();
}

namespace {
// A file size as people read it, in the locale ("24,1 MB").
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

void ImportHistoryPage::offerCompaction()
{
    if (!m_db)
        return;
    const auto space = m_db->space();
    if (!space || !Database::worthCompacting(space.value()))
        return;
    const QString text =
        tr("Undoing this import left %1 of free space in the database file (%2 in all). Compacting the file gives it "
           "back to the disk; it takes a while on a large file, and can be cancelled.\n\nCompact the file now?")
            .arg(sizeText(space.value().freeBytes), sizeText(space.value().fileBytes));
    if (MessageBox::question(this, tr("Compact the Database"), text) != QMessageBox::Yes)
        return;

    m_bytesBeforeCompaction = space.value().fileBytes;
    m_cancelCompaction = std::make_shared<std::atomic<bool>>(false);
    m_progressLabel->setText(tr("Compacting the database…"));
    m_progressLabel->show();
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    const QString path = m_db->path();
    m_compactWatcher->setFuture(QtConcurrent::run(JobPool::pool(), [path, cancel = m_cancelCompaction]() -> QString {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        const Status st = db.value()->compact(cancel.get());
        return st ? QString() : st.error();
    }));
    updateActions();
}

void ImportHistoryPage::compactionFinished()
{
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
    const QString error = m_compactWatcher->result();
    const bool cancelled = !error.isEmpty() && m_cancelCompaction && m_cancelCompaction->load();
    m_cancelCompaction.reset();
    updateActions();
    if (cancelled) {
        emit statusMessage(tr("Compaction cancelled: the database file is as it was."));
        return;
    }
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Compact the Database"), error);
        return;
    }
    const auto space = m_db ? m_db->space() : Result<Database::Space>::failure(QString());
    emit statusMessage(space ? tr("Database compacted: %1 before, %2 now.")
                                   .arg(sizeText(m_bytesBeforeCompaction), sizeText(space.value().fileBytes))
                             : tr("Database compacted."));
}
