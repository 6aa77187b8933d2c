#include "pricepointspage.h"

#include "emptystate.h"

#include "auditdialog.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "catalog/pricepointdefaults.h"
#include "catalogdialog.h"
#include "itemmodels/pricematrixfiltermodel.h"
#include "itemmodels/pricematrixmodel.h"
#include "messagebox.h"
#include "money/money.h"
#include "moneytext.h"
#include "pricematrixdelegate.h"
#include "pricepointdialog.h"
#include "productdialog.h"
#include "rulesdialog.h"
#include "summarytile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// A button for an action, with its own (shorter) text; it follows the action's enabled state.
QToolButton* toolButton(QAction* action, const QString& text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(action->icon());
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    QObject::connect(button, &QToolButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    return button;
}

QString accessText(const PricePoint& p)
{
    if (p.accessKind == AccessKind::SingleUse)
        return PricePointsPage::tr("single use");
    const qint64 s = p.accessSeconds;
    if (s % 86400 == 0)
        return PricePointsPage::tr("access for %n day(s)", nullptr, int(s / 86400));
    if (s % 3600 == 0)
        return PricePointsPage::tr("access for %n hour(s)", nullptr, int(s / 3600));
    return PricePointsPage::tr("access for %n minute(s)", nullptr, int(s / 60));
}

} // namespace

PricePointsPage::PricePointsPage(QUndoStack* undoStack, QWidget* parent)
    : Page(parent), m_undoStack(undoStack), m_model(new PriceMatrixModel(this)),
      m_proxy(new PriceMatrixFilterModel(this)), m_table(new QTableView(this)), m_empty(new EmptyState(this)),
      m_stack(new QStackedWidget(this)), m_siteFilter(new QComboBox(this)), m_nameFilter(new QLineEdit(this)),
      m_problemsOnly(new QCheckBox(tr("Needing &attention"), this)), m_detail(new QLabel(this)),
      m_cellPoint(new QComboBox(this)), m_countTile(new SummaryTile(tr("Price points"), this)),
      m_channelsTile(new SummaryTile(tr("Channels covered"), this)),
      m_rulesTile(new SummaryTile(tr("Breaking a rule"), this)), m_missingTile(new SummaryTile(tr("Not offered"), this))
{
    auto action = [this](const QString& text, const char* name, QKeySequence shortcut,
                         void (PricePointsPage::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // Acting on the selected cell: their shortcuts work while the page has the focus.
    m_editAction =
        action(tr("&Edit…"), "editPricePointAction", QKeySequence(Qt::CTRL | Qt::Key_E), &PricePointsPage::editCurrent);
    m_editAction->setToolTip(tr("Edit the selected price point (Enter, double-click or Ctrl+E)"));
    m_newAction = action(tr("&New Price Point…"), "newPricePointAction", QKeySequence(Qt::Key_Insert),
                         &PricePointsPage::addPricePoint);
    m_newAction->setToolTip(tr("Add a price point for the selected product and channel (Insert)"));
    m_deleteAction =
        action(tr("&Delete"), "deletePricePointAction", QKeySequence::Delete, &PricePointsPage::deleteCurrent);
    m_deleteAction->setToolTip(tr("Delete the selected price point (Delete)"));
    for (QAction* a : {m_editAction, m_newAction, m_deleteAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // For the window's menus.
    m_catalogAction = action(tr("&Sites, Products and Providers…"), "catalogDialogAction",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &PricePointsPage::showCatalogDialog);
    m_rulesAction = action(tr("Channel &Rules…"), "rulesDialogAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           &PricePointsPage::showRulesDialog);
    m_auditAction = action(tr("&Audit Trail…"), "auditDialogAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                           &PricePointsPage::showAuditDialog);
    m_importAction = action(tr("&Import Catalog…"), "importCatalogAction", {}, &PricePointsPage::chooseImportFile);
    m_exportAction = action(tr("&Export Catalog…"), "exportCatalogAction", {}, &PricePointsPage::chooseExportFile);

    // Filters and actions above the matrix.
    m_siteFilter->setObjectName(QStringLiteral("siteComboBox"));
    m_siteFilter->setAccessibleName(tr("Site"));
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nameFilter->setObjectName(QStringLiteral("productFilterLineEdit"));
    m_nameFilter->setPlaceholderText(tr("Filter products"));
    m_nameFilter->setAccessibleName(tr("Filter products"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setMaximumWidth(240);
    m_nameFilter->setMinimumWidth(120);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheckBox"));
    m_problemsOnly->setToolTip(tr("Only the products with a price point breaking a rule or a channel not offered"));
    auto* siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_siteFilter);
    m_catalogAction->setToolTip(tr("Sites, products and providers (Ctrl+Shift+P)"));
    m_rulesAction->setToolTip(tr("Channel rules per country, with their dates and sources (Ctrl+Shift+R)"));
    m_auditAction->setToolTip(tr("Every catalog edit, with its old and new values (Ctrl+Shift+L)"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(siteLabel);
    bar->addWidget(m_siteFilter);
    bar->addWidget(m_nameFilter, 1);
    bar->addWidget(m_problemsOnly);
    bar->addStretch();
    QList<QWidget*> tabOrder{m_siteFilter, m_nameFilter, m_problemsOnly};
    for (const auto& [a, text] : {std::pair{m_catalogAction, tr("Catalog…")}, std::pair{m_rulesAction, tr("Rules…")},
                                  std::pair{m_auditAction, tr("Audit Trail…")}}) {
        tabOrder.append(toolButton(a, text, this));
        bar->addWidget(tabOrder.constLast());
    }
    tabOrder.append(m_table);

    // Acting on the selected cell, beside its description; with several price points in the cell, on the one chosen.
    m_cellPoint->setObjectName(QStringLiteral("cellPricePointComboBox"));
    m_cellPoint->setAccessibleName(tr("Price point of the cell"));
    m_cellPoint->setToolTip(tr("The cell holds several price points: Edit and Delete act on this one"));
    m_cellPoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cellPoint->hide();
    auto* cellButtons = new QVBoxLayout;
    cellButtons->addWidget(m_cellPoint);
    tabOrder.append(m_cellPoint);
    for (const auto& [a, text] : {std::pair{m_editAction, tr("Edit…")}, std::pair{m_newAction, tr("New Price Point…")},
                                  std::pair{m_deleteAction, tr("Delete")}}) {
        QToolButton* button = toolButton(a, text, this);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        cellButtons->addWidget(button);
        tabOrder.append(button);
    }
    cellButtons->addStretch();
    // Filters, then the dialogs, the matrix, and what acts on its selected cell.
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    // The matrix.
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("priceMatrixTableView"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PriceMatrixDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PriceMatrixModel::ProductColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(96);
    m_table->setAccessibleName(tr("Price matrix"));
    m_table->setAccessibleDescription(tr("Products down, payment channels across. Enter edits the selected cell."));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_newAction, m_deleteAction});

    m_empty->setText(tr("No product yet. Add your sites, products and providers, or import a catalog file. "
                        "Help → Getting Started opens the demo merchant, to look around first."));
    m_empty->setActions({m_catalogAction, m_importAction});
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_detail->setObjectName(QStringLiteral("cellDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setAccessibleName(tr("Selected cell"));
    auto* detailArea = new QScrollArea(this);
    detailArea->setWidget(m_detail);
    detailArea->setWidgetResizable(true);
    detailArea->setFrameShape(QFrame::StyledPanel);
    detailArea->setFocusPolicy(Qt::NoFocus);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(detailArea, 1);
    bottom->addLayout(cellButtons);

    auto* tiles = new QHBoxLayout;
    for (SummaryTile* tile : {m_countTile, m_channelsTile, m_rulesTile, m_missingTile})
        tiles->addWidget(tile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    detailArea->setFixedHeight(qMax(96, cellButtons->sizeHint().height()));

    connect(m_siteFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSiteId(m_siteFilter->currentData().toLongLong()); });
    connect(m_nameFilter, &QLineEdit::textChanged, m_proxy, &PriceMatrixFilterModel::setNameFilter);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &PriceMatrixFilterModel::setProblemsOnly);
    connect(m_table, &QTableView::activated, this, &PricePointsPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        fillCellPoints();
        updateDetail();
        updateActions();
    });
    setDatabase(nullptr);
}

PricePointsPage::~PricePointsPage() = default;

QString PricePointsPage::title() const
{
    return tr("Price points");
}

QList<QAction*> PricePointsPage::fileActions() const
{
    return {m_importAction, m_exportAction};
}

QList<QAction*> PricePointsPage::catalogActions() const
{
    return {m_catalogAction, m_rulesAction, m_auditAction};
}

void PricePointsPage::setDatabase(Database* db)
{
    // The window calls this again when other data changed (an import of statements): the same database keeps its
    // editor, and the undo history with it.
    if (db && m_editor && &m_editor->database() == db) {
        if (auto st = m_editor->reload(); !st)
            emit statusMessage(st.error());
        refresh();
        return;
    }
    m_editor.reset();
    if (db) {
        m_editor = std::make_unique<CatalogEditor>(*db, m_undoStack);
        connect(m_editor.get(), &CatalogEditor::catalogChanged, this, &PricePointsPage::refresh);
        connect(m_editor.get(), &CatalogEditor::failed, this, [this](const QString& message) {
            MessageBox::critical(this, tr("The catalog could not be changed"), message);
        });
    }
    for (QAction* a : {m_rulesAction, m_auditAction, m_exportAction})
        a->setEnabled(db != nullptr);
    for (QAction* a : {m_catalogAction, m_importAction})
        a->setEnabled(db != nullptr && rights().catalog);
    refresh();
}

void PricePointsPage::refresh()
{
    // Keep the selected cell across the reload, by product and column.
    const QModelIndex current = currentSourceIndex();
    const qint64 productId = current.isValid() ? m_model->product(current.row()).id : 0;
    const int column = current.isValid() ? current.column() : PriceMatrixModel::FirstChannelColumn;

    m_model->setCatalog(m_editor ? m_editor->catalog() : Catalog{});
    fillSites();
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
    if (!empty) {
        const int row = qMax(0, m_model->rowOfProduct(productId));
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    updateTiles();
    fillCellPoints();
    updateDetail();
    updateActions();
}

void PricePointsPage::fillCellPoints()
{
    const QModelIndex index = currentSourceIndex();
    const qint64 chosen = m_cellPoint->currentData().toLongLong();
    QList<PricePoint> points;
    if (index.isValid() && index.column() >= PriceMatrixModel::FirstChannelColumn)
        points = m_model->pricePoints(index.row(), index.column());
    m_cellPoint->clear();
    QHash<qint64, QString> providers;
    if (m_editor) {
        for (const Provider& p : m_editor->catalog().providers)
            providers.insert(p.id, p.name);
    }
    for (const PricePoint& p : points) {
        QStringList parts{moneyText(p.priceMinor, p.currency), providers.value(p.providerId)};
        if (!p.serviceNumber.isEmpty())
            parts.append(p.serviceNumber);
        parts.append(p.active ? tr("active") : tr("inactive"));
        m_cellPoint->addItem(parts.join(QStringLiteral(" · ")), p.id);
    }
    m_cellPoint->setCurrentIndex(qMax(0, m_cellPoint->findData(chosen)));
    m_cellPoint->setVisible(points.size() > 1);
}

std::optional<PricePoint> PricePointsPage::selectedPricePoint() const
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || index.column() < PriceMatrixModel::FirstChannelColumn)
        return std::nullopt;
    const qint64 chosen = m_cellPoint->currentData().toLongLong();
    for (const PricePoint& p : m_model->pricePoints(index.row(), index.column())) {
        if (p.id == chosen)
            return p;
    }
    return m_model->primaryPricePoint(index.row(), index.column());
}

void PricePointsPage::fillSites()
{
    const qint64 selected = m_siteFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All sites"), qint64(0));
    if (m_editor) {
        for (const Site& s : m_editor->catalog().sites)
            m_siteFilter->addItem(s.name, s.id);
    }
    const int index = m_siteFilter->findData(selected);
    m_siteFilter->setCurrentIndex(qMax(0, index));
    m_proxy->setSiteId(m_siteFilter->currentData().toLongLong());
}

void PricePointsPage::updateTiles()
{
    const Catalog empty;
    const Catalog& catalog = m_editor ? m_editor->catalog() : empty;
    const QLocale locale;
    int active = 0;
    QSet<Channel> channels;
    for (const PricePoint& p : catalog.pricePoints) {
        if (!p.active)
            continue;
        ++active;
        channels.insert(p.channel);
    }
    const int broken = m_model->countWithStatus(PriceMatrixModel::BreaksRule);
    const int missing = m_model->countWithStatus(PriceMatrixModel::Missing);
    m_countTile->setValue(locale.toString(catalog.pricePoints.size()), tr("%n active", nullptr, active));
    m_channelsTile->setValue(tr("%1 of %2").arg(channels.size()).arg(Channels::all().size()),
                             tr("with an active price point"));
    m_rulesTile->setValue(locale.toString(broken), broken ? tr("cells to correct") : tr("all within the rules"));
    m_missingTile->setValue(locale.toString(missing),
                            tr("of %n product-channel pair(s)", nullptr, m_model->rowCount() * 7));
}

QModelIndex PricePointsPage::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_table->currentIndex());
}

void PricePointsPage::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    const bool cell = index.isValid() && index.column() >= PriceMatrixModel::FirstChannelColumn;
    const bool point = cell && m_model->primaryPricePoint(index.row(), index.column()).has_value();
    const bool may = m_editor && rights().catalog;
    m_editAction->setEnabled(may && index.isValid());
    m_newAction->setEnabled(may && m_model->rowCount() > 0);
    m_deleteAction->setEnabled(may && point);
}

void PricePointsPage::updateDetail()
{
    const QModelIndex index = currentSourceIndex();
    if (!m_editor || !index.isValid()) {
        m_detail->setText(m_model->rowCount() ? tr("Select a cell to see its price points and the rules they meet.")
                                              : QString());
        return;
    }
    const Product& product = m_model->product(index.row());
    if (index.column() == PriceMatrixModel::ProductColumn) {
        m_detail->setText(tr("<b>%1</b> (%2): %3. VAT: %4, %5 %. Press Enter to edit the product.")
                              .arg(product.name.toHtmlEscaped(),
                                   index.data(PriceMatrixModel::SiteNameRole).toString().toHtmlEscaped(),
                                   product.description.toHtmlEscaped(), product.vatCategory.toHtmlEscaped(),
                                   QLocale().toString(product.vatRateBasisPoints / 100.0, 'f', 2)));
        return;
    }
    const Channel channel = PriceMatrixModel::channelAt(index.column());
    const QList<PricePoint> points = m_model->pricePoints(index.row(), index.column());
    if (points.isEmpty()) {
        m_detail->setText(tr("<b>%1 · %2</b>: not offered. Press Enter or Insert to add a price point.")
                              .arg(product.name.toHtmlEscaped(), Channels::displayName(channel).toHtmlEscaped()));
        return;
    }
    QStringList blocks;
    for (const PricePoint& p : points) {
        QString provider;
        for (const Provider& pr : m_editor->catalog().providers) {
            if (pr.id == p.providerId)
                provider = pr.name;
        }
        QStringList facts{provider};
        if (!p.serviceNumber.isEmpty())
            facts.append(channel == Channel::Sms ? tr("short code %1").arg(p.serviceNumber)
                                                 : tr("number %1").arg(p.serviceNumber));
        if (!p.keyword.isEmpty())
            facts.append(tr("keyword %1").arg(p.keyword));
        if (!p.brand.isEmpty())
            facts.append(p.brand);
        if (!p.invoiceCurrency.isEmpty())
            facts.append(tr("invoiced in %1, expires after %n minute(s)", nullptr, p.invoiceExpiryMinutes)
                             .arg(p.invoiceCurrency));
        facts.append(accessText(p));
        facts.append(p.active ? tr("active") : tr("inactive"));
        const int rate = product.vatRateBasisPoints;
        QString block =
            tr("<b>%1 · %2</b>: %3.<br/>The buyer pays %4; the merchant receives %5, of which %6 of VAT "
               "is set apart: <b>net %7</b>.")
                .arg(product.name.toHtmlEscaped(), Channels::displayName(channel).toHtmlEscaped(),
                     facts.join(QStringLiteral(", ")).toHtmlEscaped(), moneyText(p.buyerChargeMinor(), p.currency),
                     moneyText(p.payoutMinor(), p.currency), moneyText(p.vatMinor(rate), p.currency),
                     moneyText(p.netRevenueMinor(rate), p.currency));
        const auto verdict = m_model->verdict(p.id);
        for (const auto& f : verdict.findings) {
            block += QStringLiteral("<br/>") + (f.respected ? tr("✔ %1").arg(f.message.toHtmlEscaped())
                                                            : tr("<b>✖ %1</b>").arg(f.message.toHtmlEscaped()));
        }
        if (verdict.purchasesPerMonth)
            block += QStringLiteral("<br/>") + tr("A buyer can make at most %n purchase(s) a month at this price.",
                                                  nullptr, int(*verdict.purchasesPerMonth));
        blocks.append(block);
    }
    m_detail->setText(blocks.join(QStringLiteral("<hr/>")));
}

PricePointDialog* PricePointsPage::openPricePointDialog(const PricePoint& point)
{
    if (!m_editor)
        return nullptr;
    auto* dialog = new PricePointDialog(m_editor.get(), point, this);
    dialog->setObjectName(QStringLiteral("pricePointDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Price point saved. Edit → Undo (Ctrl+Z) takes it back."));
        const QList<PricePoint>& points = m_editor->catalog().pricePoints;
        for (const PricePoint& p : points) {
            if (p.id != dialog->savedId())
                continue;
            const int row = m_model->rowOfProduct(p.productId);
            const QModelIndex index =
                m_proxy->mapFromSource(m_model->index(row, PriceMatrixModel::columnOf(p.channel)));
            if (index.isValid())
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        }
        m_table->setFocus();
    });
    dialog->open();
    return dialog;
}

void PricePointsPage::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!m_editor || !index.isValid() || !rights().catalog)
        return;
    if (index.column() == PriceMatrixModel::ProductColumn) {
        auto* dialog = new ProductDialog(m_editor.get(), m_model->product(index.row()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    if (const auto point = selectedPricePoint())
        openPricePointDialog(*point);
    else
        addPricePoint();
}

void PricePointsPage::addPricePoint()
{
    if (!m_editor || m_model->rowCount() == 0)
        return;
    const QModelIndex index = currentSourceIndex();
    const Channel channel = index.isValid() && index.column() >= PriceMatrixModel::FirstChannelColumn
                                ? PriceMatrixModel::channelAt(index.column())
                                : Channel::Sms;
    const PricePoint p =
        PricePointDefaults::make(m_editor->catalog(), m_model->product(index.isValid() ? index.row() : 0).id, channel,
                                 CatalogEditor::checkDate());
    openPricePointDialog(p);
}

void PricePointsPage::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!m_editor || !index.isValid() || index.column() < PriceMatrixModel::FirstChannelColumn)
        return;
    const auto point = selectedPricePoint();
    if (!point)
        return;
    const QString name = tr("%1 · %2").arg(m_model->product(index.row()).name, Channels::displayName(point->channel));
    if (MessageBox::question(this, tr("Delete Price Point"),
                             tr("Delete the price point %1 at %2? Edit → Undo brings it back.")
                                 .arg(name, moneyText(point->priceMinor, point->currency))) != QMessageBox::Yes)
        return;
    if (auto st = m_editor->removePricePoint(point->id); !st)
        MessageBox::critical(this, tr("Delete Price Point"), st.error());
    else
        emit statusMessage(tr("Price point %1 deleted.").arg(name));
}

void PricePointsPage::showCatalogDialog()
{
    if (!m_editor)
        return;
    auto* dialog = new CatalogDialog(m_editor.get(), this);
    dialog->setObjectName(QStringLiteral("catalogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PricePointsPage::showRulesDialog()
{
    if (!m_editor)
        return;
    auto* dialog = new RulesDialog(m_editor.get(), this);
    dialog->setObjectName(QStringLiteral("rulesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PricePointsPage::showAuditDialog()
{
    if (!m_editor)
        return;
    auto* dialog = new AuditDialog(m_editor.get(), this);
    dialog->setObjectName(QStringLiteral("auditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PricePointsPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Catalog"), QDir::homePath(),
                                                      tr("Obole catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        importCatalog(path);
}

void PricePointsPage::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Catalog"), QDir::home().filePath(QStringLiteral("catalog.json")),
                                     tr("Obole catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportCatalog(path);
}

void PricePointsPage::showImportProblems(const QString& path, const QString& problems)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importProblemsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Catalog Not Imported"));
    const int count = int(problems.count(u'\n')) + 1;
    auto* label = new QLabel(tr("%1 was not imported and nothing was changed. Correct these %n problem(s) and import "
                                "it again:",
                                nullptr, count)
                                 .arg(QDir::toNativeSeparators(path)),
                             dialog);
    label->setWordWrap(true);
    auto* text = new QPlainTextEdit(problems, dialog);
    text->setObjectName(QStringLiteral("problemsPlainTextEdit"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setAccessibleName(tr("Problems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 400);
    dialog->open();
}

bool PricePointsPage::importCatalog(const QString& path)
{
    if (!m_editor)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import Catalog"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto catalog = CatalogJson::read(file.readAll());
    if (!catalog) {
        showImportProblems(path, catalog.error());
        return false;
    }
    const Catalog& c = catalog.value();
    if (MessageBox::question(this, tr("Import Catalog"),
                             tr("Replace the catalog with the one in %1: %2 site(s), %3 product(s), %4 provider(s), "
                                "%5 price point(s) and %6 rule(s)? Edit → Undo brings the current catalog back.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(c.sites.size())
                                 .arg(c.products.size())
                                 .arg(c.providers.size())
                                 .arg(c.pricePoints.size())
                                 .arg(c.rules.size())) != QMessageBox::Yes)
        return false;
    if (auto st = m_editor->replaceCatalog(c); !st) {
        MessageBox::critical(
            this, tr("Import Catalog"),
            tr("%1 was not imported and nothing was changed: %2").arg(QDir::toNativeSeparators(path), st.error()));
        return false;
    }
    emit statusMessage(tr("Catalog imported from %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool PricePointsPage::exportCatalog(const QString& path)
{
    if (!m_editor)
        return false;
    auto catalog = CatalogStore(m_editor->database()).load();
    if (!catalog) {
        MessageBox::critical(this, tr("Export Catalog"), catalog.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CatalogJson::write(catalog.value())) < 0 || !file.commit()) {
        MessageBox::critical(this, tr("Export Catalog"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    emit statusMessage(tr("Catalog written to %1: %n price point(s).", nullptr, int(catalog->pricePoints.size()))
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}
