#include "serverdialog.h"

#include "core/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
constexpr int s_recentCount = 8;
constexpr QLatin1StringView s_verifyFull("verify-full");
} // namespace

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_security(new QComboBox(this)), m_authority(new QLineEdit(this)),
      m_chooseAuthority(new QPushButton(tr("Choos&e…"), this)),
      m_remember(new QCheckBox(tr("&Keep the password in the system keyring"), this))
{
    setWindowTitle(tr("Open Shared Database"));
    setMinimumWidth(440);
    auto* intro = new QLabel(tr("A database on a PostgreSQL server, shared by a team. See the team setup guide for "
                                "creating one."),
                             this);
    intro->setWordWrap(true);

    const QStringList recent = Settings::value(Settings::Key::RecentServers).toStringList();
    m_recent->addItem(tr("(a new server)"));
    m_recent->addItems(recent);
    m_recent->setAccessibleName(tr("Servers opened lately"));
    m_recent->setObjectName(QStringLiteral("recentComboBox"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_security->setObjectName(QStringLiteral("securityComboBox"));
    m_authority->setObjectName(QStringLiteral("authorityLineEdit"));
    m_chooseAuthority->setObjectName(QStringLiteral("chooseAuthorityButton"));
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_host->setText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_security->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_security->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_security->addItem(tr("Encrypted, server certificate checked"), QStringLiteral("verify-full"));
    m_security->addItem(tr("Not encrypted"), QStringLiteral("disable"));
    m_authority->setPlaceholderText(tr("~/.postgresql/root.crt when empty"));
    m_authority->setToolTip(tr("The certificate of the authority that signed the server's certificate (PEM)."));
    auto updateAuthority = [this] {
        const bool checked = m_security->currentData().toString() == s_verifyFull;
        m_authority->setEnabled(checked);
        m_chooseAuthority->setEnabled(checked);
    };
    connect(m_security, &QComboBox::currentIndexChanged, this, updateAuthority);
    updateAuthority();
    connect(m_chooseAuthority, &QPushButton::clicked, this, [this] {
        const QString start = m_authority->text().isEmpty() ? QDir::homePath() : m_authority->text();
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), start,
                                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_authority->setText(QDir::toNativeSeparators(file));
    });
    auto* authorityRow = new QHBoxLayout;
    authorityRow->addWidget(m_authority, 1);
    authorityRow->addWidget(m_chooseAuthority);

    auto* form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Security:"), m_security);
    // A row holding a layout gets no buddy of its own: the label names the field its mnemonic goes to.
    auto* authorityLabel = new QLabel(tr("Certificate &authority:"), this);
    authorityLabel->setBuddy(m_authority);
    form->addRow(authorityLabel, authorityRow);
    form->addRow(QString(), m_remember);
    auto* note = new QLabel(tr("A password typed here is used until Obole closes; it is never written to the settings, "
                               "and is kept only in the system keyring when asked."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    auto updateOpen = [this, open] {
        open->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty());
    };
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, updateOpen);
    updateOpen();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemText(index));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (!recent.isEmpty())
        m_recent->setCurrentIndex(1);
    else
        m_database->setFocus();
}

void ServerDialog::fillFrom(const QString& uri)
{
    const QUrl url(uri);
    if (!url.isValid())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const int security = m_security->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    m_security->setCurrentIndex(security >= 0 ? security : 0);
    m_authority->setText(QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
}

QString ServerDialog::build(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    QUrlQuery query;
    const QString mode = m_security->currentData().toString();
    query.addQueryItem(QStringLiteral("sslmode"), mode);
    if (mode == s_verifyFull && !m_authority->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"),
                           QString::fromUtf8(QUrl::toPercentEncoding(m_authority->text().trimmed(), "/")));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerDialog::password() const
{
    return m_password->text();
}

bool ServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ServerDialog::uri() const
{
    return build(true);
}

QString ServerDialog::shownUri() const
{
    return build(false);
}

void ServerDialog::remember(const QString& uriWithoutPassword)
{
    QStringList recent = Settings::value(Settings::Key::RecentServers).toStringList();
    recent.removeAll(uriWithoutPassword);
    recent.prepend(uriWithoutPassword);
    Settings::setValue(Settings::Key::RecentServers, recent.mid(0, s_recentCount));
}
