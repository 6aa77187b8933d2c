#include "catalogdialog.h"

#include "catalog/catalogeditor.h"
#include "itemmodels/productmodel.h"
#include "itemmodels/providermodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/sitemodel.h"
#include "messagebox.h"
#include "productdialog.h"
#include "providerdialog.h"
#include "sitedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CatalogDialog::CatalogDialog(CatalogEditor* editor, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Sites, Products and Providers"));
    m_tabs->setObjectName(QStringLiteral("catalogTabWidget"));
    m_tabs->addTab(makeTab(SitesTab, new SiteModel(this), QStringLiteral("sites")), tr("&Sites"));
    m_tabs->addTab(makeTab(ProductsTab, new ProductModel(this), QStringLiteral("products")), tr("&Products"));
    m_tabs->addTab(makeTab(ProvidersTab, new ProviderModel(this), QStringLiteral("providers")), tr("P&roviders"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    connect(m_editor, &CatalogEditor::catalogChanged, this, &CatalogDialog::refresh);
    refresh();
    for (const TabParts& parts : m_parts)
        parts.table->resizeColumnsToContents();
    resize(960, 520);
}

QWidget* CatalogDialog::makeTab(Tab tab, CatalogTableModel* model, const QString& name)
{
    auto* page = new QWidget(this);
    TabParts& parts = m_parts[tab];
    parts.model = model;
    parts.proxy = new QSortFilterProxyModel(this);
    parts.proxy->setSourceModel(model);
    parts.proxy->setSortRole(ModelRoles::RawValueRole);
    parts.proxy->setSortLocaleAware(true);
    parts.table = new QTableView(page);
    parts.table->setObjectName(name + QStringLiteral("TableView"));
    parts.table->setModel(parts.proxy);
    parts.table->setSortingEnabled(true);
    parts.table->sortByColumn(-1, Qt::AscendingOrder);
    parts.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    parts.table->setSelectionMode(QAbstractItemView::SingleSelection);
    parts.table->setAlternatingRowColors(true);
    parts.table->verticalHeader()->hide();
    parts.table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tab == SitesTab      ? tr("&New Site…")
                                : tab == ProductsTab ? tr("&New Product…")
                                                     : tr("&New Provider…"),
                                page);
    add->setObjectName(name + QStringLiteral("NewButton"));
    parts.edit = new QPushButton(tr("&Edit…"), page);
    parts.edit->setObjectName(name + QStringLiteral("EditButton"));
    parts.remove = new QPushButton(tr("&Delete"), page);
    parts.remove->setObjectName(name + QStringLiteral("DeleteButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(parts.edit);
    buttons->addWidget(parts.remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(parts.table, 1);
    layout->addLayout(buttons);

    auto update = [this, tab] {
        const bool any = selectedId(tab) != 0;
        m_parts[tab].edit->setEnabled(any);
        m_parts[tab].remove->setEnabled(any);
    };
    connect(parts.table->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(parts.proxy, &QAbstractItemModel::modelReset, this, update);
    connect(add, &QPushButton::clicked, this, [this, tab] { addRecord(tab); });
    connect(parts.edit, &QPushButton::clicked, this, [this, tab] { editRecord(tab); });
    connect(parts.remove, &QPushButton::clicked, this, [this, tab] { removeRecord(tab); });
    connect(parts.table, &QTableView::activated, this, [this, tab] { editRecord(tab); });
    update();
    return page;
}

void CatalogDialog::refresh()
{
    for (int tab = 0; tab < 3; ++tab) {
        const qint64 selected = selectedId(Tab(tab));
        m_parts[tab].model->setCatalog(m_editor->catalog());
        const int row = m_parts[tab].model->rowOfId(selected);
        if (row >= 0)
            m_parts[tab].table->selectRow(m_parts[tab].proxy->mapFromSource(m_parts[tab].model->index(row, 0)).row());
    }
}

qint64 CatalogDialog::selectedId(Tab tab) const
{
    const QTableView* table = m_parts[tab].table;
    if (!table || !table->selectionModel())
        return 0;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ModelRoles::IdRole).toLongLong();
}

void CatalogDialog::addRecord(Tab tab)
{
    QDialog* dialog = nullptr;
    const Catalog& catalog = m_editor->catalog();
    switch (tab) {
    case SitesTab:
        dialog = new SiteDialog(m_editor, Site{}, this);
        break;
    case ProductsTab: {
        Product p;
        if (!catalog.sites.isEmpty())
            p.siteId = catalog.sites.constFirst().id;
        dialog = new ProductDialog(m_editor, p, this);
        break;
    }
    case ProvidersTab:
        dialog = new ProviderDialog(m_editor, Provider{}, this);
        break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CatalogDialog::editRecord(Tab tab)
{
    const qint64 id = selectedId(tab);
    if (!id)
        return;
    const Catalog& catalog = m_editor->catalog();
    QDialog* dialog = nullptr;
    switch (tab) {
    case SitesTab:
        for (const Site& s : catalog.sites) {
            if (s.id == id)
                dialog = new SiteDialog(m_editor, s, this);
        }
        break;
    case ProductsTab:
        for (const Product& p : catalog.products) {
            if (p.id == id)
                dialog = new ProductDialog(m_editor, p, this);
        }
        break;
    case ProvidersTab:
        for (const Provider& p : catalog.providers) {
            if (p.id == id)
                dialog = new ProviderDialog(m_editor, p, this);
        }
        break;
    }
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CatalogDialog::removeRecord(Tab tab)
{
    const qint64 id = selectedId(tab);
    if (!id)
        return;
    const Catalog& catalog = m_editor->catalog();
    QString question;
    QString name;
    switch (tab) {
    case SitesTab: {
        int products = 0;
        int points = 0;
        for (const Site& s : catalog.sites) {
            if (s.id == id)
                name = s.name;
        }
        for (const Product& p : catalog.products) {
            if (p.siteId != id)
                continue;
            ++products;
            for (const PricePoint& pp : catalog.pricePoints)
                points += pp.productId == p.id ? 1 : 0;
        }
        question = tr("Delete the site \"%1\" with its %2 product(s) and %3 price point(s)? Edit → Undo brings them "
                      "back.")
                       .arg(name)
                       .arg(products)
                       .arg(points);
        break;
    }
    case ProductsTab: {
        int points = 0;
        for (const Product& p : catalog.products) {
            if (p.id == id)
                name = p.name;
        }
        for (const PricePoint& pp : catalog.pricePoints)
            points += pp.productId == id ? 1 : 0;
        question =
            tr("Delete the product \"%1\" with its %n price point(s)? Edit → Undo brings them back.", nullptr, points)
                .arg(name);
        break;
    }
    case ProvidersTab:
        for (const Provider& p : catalog.providers) {
            if (p.id == id)
                name = p.name;
        }
        question = tr("Delete the provider \"%1\"? Edit → Undo brings it back.").arg(name);
        break;
    }
    if (MessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    const Status st = tab == SitesTab      ? m_editor->removeSite(id)
                      : tab == ProductsTab ? m_editor->removeProduct(id)
                                           : m_editor->removeProvider(id);
    if (!st)
        MessageBox::critical(this, tr("Delete"), st.error());
}
