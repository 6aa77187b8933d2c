#include "snippetspage.h"

#include "emptystate.h"

#include "core/translations.h"

#include "catalog/catalogstore.h"
#include "messagebox.h"
#include "money/money.h"
#include "providercheckdialog.h"
#include "snippethighlighter.h"
#include "snippets/buyerinstructions.h"
#include "snippets/snippetinput.h"
#include "snippets/snippetstore.h"
#include "snippets/snippetwriter.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace {

SnippetHighlighter::Language languageOf(GeneratedFile::Language language)
{
    switch (language) {
    case GeneratedFile::Language::Html:
        return SnippetHighlighter::Language::Html;
    case GeneratedFile::Language::JavaScript:
        return SnippetHighlighter::Language::JavaScript;
    case GeneratedFile::Language::Php:
        return SnippetHighlighter::Language::Php;
    case GeneratedFile::Language::Text:
        break;
    }
    return SnippetHighlighter::Language::Text;
}

} // namespace

SnippetsPage::SnippetsPage(QWidget* parent)
    : Page(parent), m_priceTile(new SummaryTile(tr("Buyer pays"), this)),
      m_accessTile(new SummaryTile(tr("A code gives"), this)), m_checkTile(new SummaryTile(tr("Provider check"), this)),
      m_site(new QComboBox(this)), m_product(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_provider(new QComboBox(this)), m_target(new QComboBox(this)), m_accessUrl(new QLineEdit(this)),
      m_providerButton(new QPushButton(tr("Provider &Check…"), this)),
      m_renewButton(new QPushButton(tr("&New Site Secret…"), this)), m_warning(new QLabel(this)),
      m_fileList(new QListWidget(this)), m_preview(new QPlainTextEdit(this)),
      m_highlighter(new SnippetHighlighter(m_preview->document())), m_copy(new QPushButton(tr("&Copy File"), this)),
      m_save(new QPushButton(tr("&Save All Files…"), this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this))
{
    m_pricePointsAction = new QAction(tr("Go to &Price Points"), this);
    m_pricePointsAction->setObjectName(QStringLiteral("goToPricePointsAction"));
    connect(m_pricePointsAction, &QAction::triggered, this,
            [this] { emit pageRequested(QStringLiteral("price-points")); });
    m_site->setObjectName(QStringLiteral("siteComboBox"));
    m_product->setObjectName(QStringLiteral("productComboBox"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_provider->setObjectName(QStringLiteral("providerComboBox"));
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_accessUrl->setObjectName(QStringLiteral("accessUrlLineEdit"));
    m_providerButton->setObjectName(QStringLiteral("providerCheckPushButton"));
    m_renewButton->setObjectName(QStringLiteral("renewSiteSecretPushButton"));
    m_renewButton->setToolTip(tr("Makes a new secret for signing this site's access tokens. Every access already "
                                 "given stops working, and the files must be uploaded again."));
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_fileList->setObjectName(QStringLiteral("filesListWidget"));
    m_preview->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_copy->setObjectName(QStringLiteral("copyPushButton"));
    m_save->setObjectName(QStringLiteral("savePushButton"));

    m_target->addItem(tr("Widget: HTML and its script"), SnippetTargets::id(SnippetTarget::HtmlWidget));
    m_target->addItem(tr("Widget: built by JavaScript"), SnippetTargets::id(SnippetTarget::JsWidget));
    m_target->addItem(tr("Server check: PHP"), SnippetTargets::id(SnippetTarget::Php));
    m_target->addItem(tr("Server check: Node.js"), SnippetTargets::id(SnippetTarget::Node));
    m_target->setCurrentIndex(2);
    m_accessUrl->setClearButtonEnabled(true);
    m_accessUrl->setToolTip(tr("The page the buyer opens once the code is accepted: a path on the site or an "
                               "https:// address. Empty: the example page that comes with the files."));

    m_fileList->setAccessibleName(tr("Generated files"));
    m_fileList->setMaximumWidth(240);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("File preview"));
    m_preview->setTabChangesFocus(true);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    m_copy->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    auto* tiles = new QHBoxLayout;
    tiles->addWidget(m_priceTile);
    tiles->addWidget(m_accessTile);
    tiles->addWidget(m_checkTile);

    auto* grid = new QGridLayout;
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("S&ite:"), m_site), 0, 0);
    grid->addWidget(m_site, 0, 1);
    grid->addWidget(label(tr("&Product:"), m_product), 0, 2);
    grid->addWidget(m_product, 0, 3);
    grid->addWidget(label(tr("C&hannel:"), m_channel), 0, 4);
    grid->addWidget(m_channel, 0, 5);
    grid->addWidget(label(tr("Pro&vider:"), m_provider), 1, 0);
    grid->addWidget(m_provider, 1, 1);
    grid->addWidget(label(tr("&Target:"), m_target), 1, 2);
    grid->addWidget(m_target, 1, 3);
    grid->addWidget(label(tr("After payment, &open:"), m_accessUrl), 1, 4);
    grid->addWidget(m_accessUrl, 1, 5);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_providerButton);
    actions->addWidget(m_renewButton);
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(grid);
    contentLayout->addWidget(m_warning);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addLayout(actions);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_site, m_product);
    setTabOrder(m_product, m_channel);
    setTabOrder(m_channel, m_provider);
    setTabOrder(m_provider, m_target);
    setTabOrder(m_target, m_accessUrl);
    setTabOrder(m_accessUrl, m_fileList);
    setTabOrder(m_fileList, m_preview);
    setTabOrder(m_preview, m_providerButton);
    setTabOrder(m_providerButton, m_renewButton);
    setTabOrder(m_renewButton, m_copy);
    setTabOrder(m_copy, m_save);

    connect(m_site, &QComboBox::currentIndexChanged, this, &SnippetsPage::fillProducts);
    connect(m_product, &QComboBox::currentIndexChanged, this, &SnippetsPage::fillChannels);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SnippetsPage::fillProviders);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SnippetsPage::regenerate);
    connect(m_target, &QComboBox::currentIndexChanged, this, &SnippetsPage::regenerate);
    connect(m_accessUrl, &QLineEdit::editingFinished, this, &SnippetsPage::regenerate);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &SnippetsPage::showFile);
    connect(m_copy, &QPushButton::clicked, this, &SnippetsPage::copyCurrentFile);
    connect(m_save, &QPushButton::clicked, this, &SnippetsPage::chooseFolderAndSave);
    connect(m_providerButton, &QPushButton::clicked, this, &SnippetsPage::editProviderCheck);
    connect(m_renewButton, &QPushButton::clicked, this, &SnippetsPage::renewSiteSecret);
    setDatabase(nullptr);
}

QString SnippetsPage::title() const
{
    return tr("Snippets");
}

void SnippetsPage::setDatabase(Database* db)
{
    m_db = db;
    if (db && !m_box) {
        auto box = SecretBox::openOrCreate();
        if (box)
            m_box = box.value();
        else
            m_boxError = box.error();
    }
    if (db && m_box && rights().snippets) {
        // Every site gets its signing secret (OpenSSL's RNG) the first time Obole sees it.
        if (auto made = SnippetStore(*db, &*m_box).ensureSiteSecrets(); !made)
            emit statusMessage(made.error());
    }
    fillSites();
}

void SnippetsPage::fillSites()
{
    const qint64 previous = m_site->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        if (m_db) {
            auto sites = CatalogStore(*m_db).sites();
            if (sites) {
                for (const Site& s : sites.value())
                    m_site->addItem(s.name, s.id);
            }
        }
        const int index = m_site->findData(previous);
        m_site->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillProducts();
}

void SnippetsPage::fillProducts()
{
    const qint64 previous = m_product->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_product);
        m_product->clear();
        if (m_db) {
            auto products = CatalogStore(*m_db).products();
            if (products) {
                for (const Product& p : products.value()) {
                    if (p.siteId == m_site->currentData().toLongLong())
                        m_product->addItem(p.name, p.id);
                }
            }
        }
        const int index = m_product->findData(previous);
        m_product->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillChannels();
}

void SnippetsPage::fillChannels()
{
    const QString previous = m_channel->currentData().toString();
    {
        const QSignalBlocker blocker(m_channel);
        m_channel->clear();
        if (m_db) {
            auto points = CatalogStore(*m_db).pricePoints();
            QList<Channel> channels;
            if (points) {
                for (const PricePoint& p : points.value()) {
                    if (p.productId == m_product->currentData().toLongLong() && !channels.contains(p.channel))
                        channels.append(p.channel);
                }
            }
            for (Channel c : Channels::all()) {
                if (channels.contains(c))
                    m_channel->addItem(Channels::displayName(c), Channels::id(c));
            }
        }
        const int index = m_channel->findData(previous);
        m_channel->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillProviders();
}

void SnippetsPage::fillProviders()
{
    const QString previous = m_provider->currentData().toString();
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->clear();
        const auto channel = Channels::fromId(m_channel->currentData().toString());
        if (m_db && channel) {
            auto catalog = CatalogStore(*m_db).load();
            if (catalog) {
                for (const PricePoint& p : catalog->pricePoints) {
                    if (p.productId != m_product->currentData().toLongLong() || p.channel != *channel)
                        continue;
                    for (const Provider& provider : catalog->providers) {
                        if (provider.id == p.providerId && m_provider->findData(provider.code) < 0)
                            m_provider->addItem(provider.name, provider.code);
                    }
                }
            }
        }
        const int index = m_provider->findData(previous);
        m_provider->setCurrentIndex(index >= 0 ? index : 0);
    }
    regenerate();
}

void SnippetsPage::regenerate()
{
    m_files.clear();
    QString warning;
    const auto channel = Channels::fromId(m_channel->currentData().toString());
    const auto target = SnippetTargets::fromId(m_target->currentData().toString());
    // The code carries its site's signing secret, which on a server only the database's owner may read.
    const bool secretsReadable = rights().snippets;
    const bool haveOffer = m_db && channel && target && m_provider->count() > 0 && secretsReadable;
    m_stack->setCurrentIndex(haveOffer ? 0 : 1);
    if (!haveOffer) {
        m_empty->setText(!m_db              ? tr("No database is open. Choose File → Open Database.")
                         : !secretsReadable ? tr("The code for a site carries the site's signing secret, which only "
                                                 "the database's owner may read: generate the snippets on the "
                                                 "owner's desk. Price points and the catalog stay open to read.")
                                            : tr("No price point yet. Set a price for a product on a channel in Price "
                                                 "points, then come back here to generate the code for your site."));
        m_empty->setActions(m_db ? QList<QAction*>{m_pricePointsAction} : QList<QAction*>{});
        m_priceTile->setValue(QStringLiteral("—"));
        m_accessTile->setValue(QStringLiteral("—"));
        m_checkTile->setValue(QStringLiteral("—"));
        m_fileList->clear();
        m_preview->clear();
        return;
    }

    auto input = SnippetInput::load(*m_db, m_box ? &*m_box : nullptr, m_product->currentData().toLongLong(), *channel,
                                    m_provider->currentData().toString());
    QString currentName =
        m_fileList->currentItem() ? m_fileList->currentItem()->data(Qt::UserRole).toString() : QString();
    if (input) {
        input->accessUrl = m_accessUrl->text().trimmed();
        // The README written with the files speaks the interface's language.
        input->readmeLanguage = Translations::current();
        m_accessUrl->setPlaceholderText(SnippetGenerator::defaultAccessUrl(*target, input->offerId()));
        const PricePoint& p = input->point;
        const QLocale locale;
        m_priceTile->setValue(
            Money(p.buyerChargeMinor(), p.currency).toString(locale),
            p.billing == Billing::PerMinute
                ? tr("%1 a minute, expected call").arg(Money(p.priceMinor, p.currency).toString(locale))
                : Channels::displayName(p.channel));
        const qint64 seconds = p.accessKind == AccessKind::Duration ? p.accessSeconds : 0;
        if (seconds <= 0) {
            m_accessTile->setValue(tr("One visit"), tr("single use"));
        } else if (seconds % 86400 == 0 && seconds > 86400) {
            m_accessTile->setValue(tr("%n day(s)", nullptr, int(seconds / 86400)), tr("of access"));
        } else if (seconds % 3600 == 0) {
            m_accessTile->setValue(tr("%n hour(s)", nullptr, int(seconds / 3600)), tr("of access"));
        } else {
            m_accessTile->setValue(tr("%n second(s)", nullptr, int(seconds)), tr("of access"));
        }
        m_checkTile->setValue(input->check.name.section(u'(', 0, 0).trimmed(), input->providerSecret.isEmpty()
                                                                                   ? tr("no secret stored")
                                                                                   : tr("secret stored, encrypted"));

        QStringList problems;
        if (!input->secretsProblem.isEmpty())
            problems.append(input->secretsProblem);
        if (!m_boxError.isEmpty())
            problems.append(m_boxError);
        if (!input->settings.configured)
            problems.append(tr("%1's check is not set up yet: the generic template is used. Choose Provider Check "
                               "to pick the template and enter the account and secret the provider gave you.")
                                .arg(input->provider.name));
        else if (input->providerSecret.isEmpty() && input->secretsProblem.isEmpty())
            problems.append(tr("No secret is stored for %1: the provider will refuse the checks. Choose Provider "
                               "Check to enter it.")
                                .arg(input->provider.name));
        const bool payPage = p.channel == Channel::InternetPlus || p.channel == Channel::CarrierBilling ||
                             p.channel == Channel::Crypto || p.channel == Channel::Wallet;
        if (payPage && input->settings.payUrl.isEmpty())
            problems.append(tr("No payment page is set for %1: the widget tells the buyer what to pay but gives no "
                               "link to pay.")
                                .arg(input->provider.name));
        auto files = SnippetGenerator::generate(input.value(), *target);
        if (files)
            m_files = files.value();
        else
            problems.prepend(files.error());
        warning = problems.join(u'\n');
    } else {
        warning = input.error();
    }

    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const QSignalBlocker blocker(m_fileList);
    m_fileList->clear();
    int select = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const GeneratedFile& f = m_files.at(i);
        auto* item = new QListWidgetItem(f.holdsSecret ? tr("%1 (secret)").arg(f.path) : f.path, m_fileList);
        item->setData(Qt::UserRole, f.path);
        if (f.holdsSecret)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (f.path == currentName)
            select = i;
    }
    m_fileList->setCurrentRow(m_files.isEmpty() ? -1 : select);
    showFile(m_fileList->currentRow());
    m_copy->setEnabled(!m_files.isEmpty());
    m_save->setEnabled(!m_files.isEmpty());
    m_providerButton->setEnabled(input.ok() && rights().catalog);
    m_renewButton->setEnabled(m_box.has_value() && m_site->count() > 0 && rights().catalog);
}

void SnippetsPage::renewSiteSecret()
{
    if (!m_db || !m_box || m_site->count() == 0)
        return;
    const QString site = m_site->currentText();
    if (MessageBox::question(this, tr("New Site Secret"),
                             tr("Make a new signing secret for %1? Every access already given to a buyer stops "
                                "working, and the generated files must be uploaded to the site again.")
                                 .arg(site)) != QMessageBox::Yes)
        return;
    auto renewed = SnippetStore(*m_db, &*m_box).renewSiteSecret(m_site->currentData().toLongLong());
    if (!renewed) {
        MessageBox::critical(this, tr("New Site Secret"), renewed.error());
        return;
    }
    emit statusMessage(tr("New signing secret for %1: generate the files and upload them again.").arg(site));
    regenerate();
}

void SnippetsPage::showFile(int row)
{
    if (row < 0 || row >= m_files.size()) {
        m_preview->clear();
        return;
    }
    const GeneratedFile& f = m_files.at(row);
    m_highlighter->setLanguage(languageOf(f.language));
    m_preview->setPlainText(QString::fromUtf8(f.content));
}

void SnippetsPage::copyCurrentFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const GeneratedFile& f = m_files.at(row);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(f.content));
    emit statusMessage(f.holdsSecret
                           ? tr("%1 copied to the clipboard. It holds a secret: never publish it.").arg(f.path)
                           : tr("%1 copied to the clipboard.").arg(f.path));
}

void SnippetsPage::chooseFolderAndSave()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save Snippet Files"), QDir::homePath());
    if (folder.isEmpty())
        return;
    QStringList existing;
    for (const GeneratedFile& f : std::as_const(m_files)) {
        if (QFileInfo::exists(QDir(folder).filePath(f.path)))
            existing.append(f.path);
    }
    if (!existing.isEmpty() && MessageBox::question(this, tr("Save Snippet Files"),
                                                    tr("%1 already holds %2. Replace them?")
                                                        .arg(QDir::toNativeSeparators(folder),
                                                             existing.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return;
    if (auto st = saveTo(folder); !st)
        MessageBox::critical(this, tr("Save Snippet Files"), st.error());
}

Status SnippetsPage::saveTo(const QString& folder)
{
    if (m_files.isEmpty())
        return Status::failure(tr("There is nothing to save."));
    // All or nothing, never through a link out of the folder, never over another site's files (SnippetWriter).
    if (auto st = SnippetWriter::write(folder, m_files, m_site->currentData().toLongLong()); !st)
        return st;
    QStringList secret;
    for (const GeneratedFile& f : std::as_const(m_files)) {
        if (f.holdsSecret)
            secret.append(f.path);
    }
    emit statusMessage(
        secret.isEmpty()
            ? tr("%n file(s) saved to %1.", nullptr, int(m_files.size())).arg(QDir::toNativeSeparators(folder))
            : tr("%n file(s) saved to %1; %2 hold secrets: never publish them.", nullptr, int(m_files.size()))
                  .arg(QDir::toNativeSeparators(folder), secret.join(QStringLiteral(", "))));
    return {};
}

void SnippetsPage::editProviderCheck()
{
    if (!m_db)
        return;
    auto providers = CatalogStore(*m_db).providers();
    if (!providers)
        return;
    for (const Provider& p : providers.value()) {
        if (p.code != m_provider->currentData().toString())
            continue;
        ProviderCheckDialog dialog(*m_db, m_box ? &*m_box : nullptr, p, this);
        if (dialog.exec() == QDialog::Accepted)
            emit statusMessage(tr("Provider check of %1 saved.").arg(p.name));
        regenerate();
        return;
    }
}
