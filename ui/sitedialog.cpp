#include "sitedialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogvalidator.h"

#include <QFormLayout>
#include <QLineEdit>

SiteDialog::SiteDialog(CatalogEditor* editor, const Site& site, QWidget* parent)
    : RecordDialog(editor, parent), m_site(site), m_name(new QLineEdit(site.name, this)),
      m_url(new QLineEdit(site.url, this))
{
    setWindowTitle(site.id ? tr("Edit Site") : tr("New Site"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Address:"), m_url);
    watch(m_name);
    watch(m_url);
    resize(460, sizeHint().height());
    updateState();
}

Site SiteDialog::site() const
{
    Site s = m_site;
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    return s;
}

QStringList SiteDialog::problems() const
{
    return CatalogValidator::problems(site(), m_editor->catalog());
}

Result<qint64> SiteDialog::save()
{
    return m_editor->saveSite(site());
}
