#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/org.obole.Obole.svg")).pixmap(64, 64));
    m_ui->titleLabel->setText(
        tr("<b>Obole</b> %1<br>Qt %2").arg(QStringLiteral(OBOLE_VERSION), QString::fromLatin1(qVersion())));
    m_ui->databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
