#include "auditdialog.h"

#include "catalog/audittrail.h"
#include "catalog/catalogeditor.h"
#include "itemmodels/auditlogmodel.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditDialog::AuditDialog(CatalogEditor* editor, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_model(new AuditLogModel(this)), m_table(new QTableView(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Audit Trail"));
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit trail"));
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::chooseExportFile);
    connect(m_editor, &CatalogEditor::catalogChanged, this, &AuditDialog::refresh);
    refresh();
    m_table->resizeColumnsToContents();
    for (int column : {AuditLogModel::OldValueColumn, AuditLogModel::NewValueColumn})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    resize(1100, 560);
}

void AuditDialog::refresh()
{
    if (const QString error = m_model->reload(&m_editor->database()); !error.isEmpty())
        m_countLabel->setText(error);
    m_table->setColumnHidden(AuditLogModel::ByColumn, !m_model->anyMadeBy());
    const qint64 total = AuditTrail::count(m_editor->database()).value_or(0);
    m_countLabel->setText(total == 0 ? tr("No catalog edit recorded yet.")
                                     : tr("%n recorded change(s), newest first.", nullptr, int(total)));
}

void AuditDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Trail"),
                                                      QDir::home().filePath(QStringLiteral("audit-trail.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditDialog::exportTo(const QString& path)
{
    auto rows = AuditTrail::exportCsv(m_editor->database(), path);
    if (!rows) {
        MessageBox::critical(this, tr("Export Audit Trail"), rows.error());
        return false;
    }
    MessageBox::information(
        this, tr("Export Audit Trail"),
        tr("%1 change(s) written to %2.").arg(QLocale().toString(rows.value()), QDir::toNativeSeparators(path)));
    return true;
}
