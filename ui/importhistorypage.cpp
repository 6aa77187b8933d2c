#include "importhistorypage.h"

#include "itemmodels/importbatchmodel.h"
#include "summarytile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ImportHistoryPage::ImportHistoryPage(QWidget* parent)
    : Page(parent), m_model(new ImportBatchModel(this)), m_table(new QTableView(this)), m_emptyLabel(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_batchesTile(new SummaryTile(tr("Imported files"), this)),
      m_rowsTile(new SummaryTile(tr("Rows added"), this))
{
    m_table->setObjectName(QStringLiteral("batchesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Import batches"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No statement imported yet. Provider statements and the site's sales log are imported "
                             "with obole-cli import."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* tiles = new QHBoxLayout;
    tiles->addWidget(m_batchesTile);
    tiles->addWidget(m_rowsTile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_stack, 1);
}

QString ImportHistoryPage::title() const
{
    return tr("Import history");
}

void ImportHistoryPage::setDatabase(Database* db)
{
    if (db) {
        if (const QString error = m_model->reload(*db); !error.isEmpty())
            emit statusMessage(error);
    }
    qint64 rows = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows += m_model->batch(i).added;
    const QLocale locale;
    m_batchesTile->setValue(locale.toString(db ? m_model->rowCount() : 0));
    m_rowsTile->setValue(locale.toString(db ? rows : 0));
    m_stack->setCurrentWidget(db && m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_emptyLabel);
}
