#include "providercheckdialog.h"

#include "checktemplatesdialog.h"
#include "snippets/secretbox.h"
#include "snippets/snippetstore.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProviderCheckDialog::ProviderCheckDialog(Database& db, const SecretBox* box, const Provider& provider, QWidget* parent)
    : QDialog(parent), m_db(db), m_box(box), m_provider(provider), m_template(new QComboBox(this)),
      m_account(new QLineEdit(this)), m_secret(new QLineEdit(this)),
      m_forget(new QCheckBox(tr("Forget the stored secret"), this)), m_payUrl(new QLineEdit(this)),
      m_caseInsensitive(new QCheckBox(tr("Codes &ignore case (\"ab12\" and \"AB12\" are one code)"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Provider check: %1").arg(provider.name));
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    m_account->setObjectName(QStringLiteral("accountLineEdit"));
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    m_forget->setObjectName(QStringLiteral("forgetSecretCheckBox"));
    m_payUrl->setObjectName(QStringLiteral("payUrlLineEdit"));
    m_caseInsensitive->setObjectName(QStringLiteral("caseInsensitiveCheckBox"));
    m_caseInsensitive->setToolTip(tr("Tick it when the provider accepts a code in any case: the site then compares "
                                     "codes in upper case, so a used code typed in another case is still refused."));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Provider secret"));
    m_payUrl->setPlaceholderText(QStringLiteral("https://pay.example/?price={price}&currency={currency}"));
    m_payUrl->setToolTip(tr("Placeholders, filled in and encoded for each offer: {price} {currency} {product} "
                            "{product_id} {offer} {account}"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    SnippetStore store(m_db, m_box);
    auto settings = store.providerSettings(provider.code);
    qint64 templateId = 0;
    bool hasSecret = false;
    if (settings) {
        templateId = settings->templateId;
        m_account->setText(settings->account);
        m_payUrl->setText(settings->payUrl);
        hasSecret = settings->hasSecret;
        m_caseInsensitive->setChecked(settings->codesCaseInsensitive);
    }
    loadTemplates(templateId);
    m_secret->setPlaceholderText(hasSecret ? tr("Stored, encrypted. Type a new one to replace it.")
                                           : tr("Not set. The provider refuses checks without it."));
    m_forget->setEnabled(hasSecret);

    auto* templates = new QPushButton(tr("Edit Templates…"), this);
    templates->setObjectName(QStringLiteral("editTemplatesPushButton"));
    connect(templates, &QPushButton::clicked, this, &ProviderCheckDialog::editTemplates);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(templates);

    auto* form = new QFormLayout;
    form->addRow(tr("Check &template:"), templateRow);
    form->addRow(tr("&Account id:"), m_account);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(QString(), m_forget);
    form->addRow(tr("&Payment page:"), m_payUrl);
    form->addRow(QString(), m_caseInsensitive);

    auto* note = new QLabel(
        m_box ? tr("The secret is stored encrypted (AES-256-GCM) with the key in %1, which never goes into the "
                   "database: a copy of the database reveals no secret. Keep a backup of that key file.")
                    .arg(QDir::toNativeSeparators(m_box->keyPath()))
              : tr("The secret key is not available, so the secret cannot be stored."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_secret->setEnabled(m_box != nullptr);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderCheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ProviderCheckDialog::loadTemplates(qint64 select)
{
    m_template->clear();
    auto templates = SnippetStore(m_db).templates();
    if (!templates)
        return;
    for (const CheckTemplate& t : templates.value()) {
        m_template->addItem(t.name, t.id);
        if (t.id == select)
            m_template->setCurrentIndex(m_template->count() - 1);
    }
}

void ProviderCheckDialog::editTemplates()
{
    const qint64 current = m_template->currentData().toLongLong();
    CheckTemplatesDialog dialog(m_db, current, this);
    dialog.exec();
    loadTemplates(current);
}

void ProviderCheckDialog::accept()
{
    SnippetStore store(m_db, m_box);
    ProviderCheckSettings settings;
    settings.providerCode = m_provider.code;
    settings.templateId = m_template->currentData().toLongLong();
    settings.account = m_account->text();
    settings.payUrl = m_payUrl->text();
    settings.codesCaseInsensitive = m_caseInsensitive->isChecked();
    Transaction tx(m_db);
    Status st = tx.isActive() ? store.saveProviderSettings(settings) : Status::failure(tx.error());
    if (st && m_forget->isChecked())
        st = store.setProviderSecret(m_provider.code, QString());
    else if (st && !m_secret->text().isEmpty())
        st = store.setProviderSecret(m_provider.code, m_secret->text());
    if (st)
        st = tx.commit();
    if (!st) {
        m_error->setText(st.error());
        m_error->show();
        return;
    }
    m_secret->clear();
    QDialog::accept();
}
