#include "pricepointspage.h"

#include "catalog/catalogstore.h"
#include "catalog/rulechecker.h"
#include "itemmodels/pricepointmodel.h"
#include "itemmodels/roles.h"
#include "summarytile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

PricePointsPage::PricePointsPage(QWidget* parent)
    : Page(parent), m_model(new PricePointModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_emptyLabel(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_countTile(new SummaryTile(tr("Price points"), this)), m_channelsTile(new SummaryTile(tr("Channels covered"), this)),
      m_rulesTile(new SummaryTile(tr("Breaking a rule"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    m_table->setObjectName(QStringLiteral("pricePointsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PricePointModel::ProductColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Price points"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No price point yet. Import a catalog with obole-cli catalog import, or start from the "
                             "demo merchant with obole --demo."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* tiles = new QHBoxLayout;
    tiles->addWidget(m_countTile);
    tiles->addWidget(m_channelsTile);
    tiles->addWidget(m_rulesTile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_stack, 1);
}

QString PricePointsPage::title() const
{
    return tr("Price points");
}

void PricePointsPage::setDatabase(Database* db)
{
    Catalog catalog;
    if (db) {
        auto loaded = CatalogStore(*db).load();
        if (loaded)
            catalog = loaded.value();
        else
            emit statusMessage(loaded.error());
    }
    m_model->setCatalog(catalog);
    m_stack->setCurrentWidget(catalog.pricePoints.isEmpty() ? static_cast<QWidget*>(m_emptyLabel) : m_table);

    const QLocale locale;
    int active = 0;
    int broken = 0;
    QSet<Channel> channels;
    const RuleChecker checker(catalog.rules);
    const QDate today = QDate::currentDate();
    for (const PricePoint& p : catalog.pricePoints) {
        if (!p.active)
            continue;
        ++active;
        channels.insert(p.channel);
        if (!checker.check(p, today).ok)
            ++broken;
    }
    m_countTile->setValue(locale.toString(catalog.pricePoints.size()), tr("%n active", nullptr, active));
    m_channelsTile->setValue(tr("%1 of %2").arg(channels.size()).arg(Channels::all().size()),
                             tr("with an active price point"));
    m_rulesTile->setValue(locale.toString(broken), broken ? tr("to correct") : tr("all within the rules"));
}
