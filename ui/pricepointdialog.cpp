#include "pricepointdialog.h"
#include "providerdialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogvalidator.h"
#include "catalog/pricepointdefaults.h"
#include "catalog/rulechecker.h"
#include "money/money.h"
#include "moneyinput.h"
#include "moneytext.h"
#include "ui_pricepointdialog.h"

#include <QAbstractSpinBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace {

enum Page { AudiotelPage, SmsPage, OperatorsPage, PrepaidPage, CryptoPage, WalletPage };

Page pageOf(Channel channel)
{
    switch (channel) {
    case Channel::Audiotel:
        return AudiotelPage;
    case Channel::Sms:
        return SmsPage;
    case Channel::InternetPlus:
    case Channel::CarrierBilling:
        return OperatorsPage;
    case Channel::PrepaidCard:
        return PrepaidPage;
    case Channel::Crypto:
        return CryptoPage;
    case Channel::Wallet:
        return WalletPage;
    }
    return SmsPage;
}

constexpr qint64 s_units[] = {60, 3600, 86400};

// While the currency is being typed, amounts are shown in euros.
QString money(qint64 minor, const QString& currency)
{
    return moneyText(minor, Money::isCurrencyCode(currency) ? currency : QStringLiteral("EUR"));
}

} // namespace

PricePointDialog::PricePointDialog(CatalogEditor* editor, const PricePoint& point, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PricePointDialog>()), m_editor(editor), m_original(point)
{
    m_ui->setupUi(this);
    setWindowTitle(point.id ? tr("Edit Price Point") : tr("New Price Point"));

    const Catalog& catalog = m_editor->catalog();
    for (const Product& p : catalog.products) {
        QString site;
        for (const Site& s : catalog.sites) {
            if (s.id == p.siteId)
                site = s.name;
        }
        m_ui->productComboBox->addItem(tr("%1 (%2)").arg(p.name, site), p.id);
    }
    for (Channel c : Channels::all())
        m_ui->channelComboBox->addItem(Channels::displayName(c), int(c));
    m_ui->billingComboBox->addItem(tr("Per call"), int(Billing::PerCall));
    m_ui->billingComboBox->addItem(tr("Per minute"), int(Billing::PerMinute));
    m_ui->payoutKindComboBox->addItem(tr("Share of the buyer price"), int(PayoutKind::Share));
    m_ui->payoutKindComboBox->addItem(tr("Fixed amount"), int(PayoutKind::Amount));
    m_ui->durationUnitComboBox->addItem(tr("minutes"));
    m_ui->durationUnitComboBox->addItem(tr("hours"));
    m_ui->durationUnitComboBox->addItem(tr("days"));
    m_ui->brandComboBox->addItems({QStringLiteral("paysafecard"), QStringLiteral("Neosurf")});
    m_ui->invoiceCurrencyComboBox->addItems({QStringLiteral("BTC"), QStringLiteral("EUR")});
    m_ui->expectedSecondsSpinBox->setSuffix(tr(" s"));
    m_ui->invoiceExpirySpinBox->setSuffix(tr(" min"));
    m_ui->topUpsLineEdit->setPlaceholderText(MoneyInput::listText({500, 1000, 2000}, QStringLiteral("EUR")));
    m_ui->priceLineEdit->setPlaceholderText(MoneyInput::text(250, QStringLiteral("EUR")));
    m_ui->errorLabel->setForegroundRole(QPalette::Text);
    m_ui->verdictLabel->setAccessibleName(tr("Rule verdict"));
    m_ui->rulesLabel->setAccessibleName(tr("Rules that apply"));

    // A provider the catalog lacks is created from here, serving the channel chosen, and selected.
    auto* newProvider = new QPushButton(tr("&New Provider…"), this);
    newProvider->setObjectName(QStringLiteral("newProviderButton"));
    newProvider->setToolTip(tr("Add a payment provider to the catalog, serving this channel"));
    auto* providerRow = new QWidget(this);
    delete m_ui->generalFormLayout->replaceWidget(m_ui->providerComboBox, providerRow);
    auto* providerLayout = new QHBoxLayout(providerRow);
    providerLayout->setContentsMargins(0, 0, 0, 0);
    providerLayout->addWidget(m_ui->providerComboBox, 1);
    providerLayout->addWidget(newProvider);
    setTabOrder(m_ui->providerComboBox, newProvider);
    connect(newProvider, &QPushButton::clicked, this, &PricePointDialog::createProvider);

    load(point);

    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this, [this] {
        followChannelDefaults();
        channelChanged();
    });
    connect(m_ui->applyTierButton, &QPushButton::clicked, this, &PricePointDialog::applyTier);
    connect(m_ui->durationRadioButton, &QRadioButton::toggled, m_ui->durationSpinBox, &QWidget::setEnabled);
    connect(m_ui->durationRadioButton, &QRadioButton::toggled, m_ui->durationUnitComboBox, &QWidget::setEnabled);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &PricePointDialog::updateChecks);
    for (QComboBox* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, &PricePointDialog::updateChecks);
    for (QSpinBox* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, &PricePointDialog::updateChecks);
    connect(m_ui->activeCheckBox, &QCheckBox::toggled, this, &PricePointDialog::updateChecks);
    connect(m_ui->durationRadioButton, &QRadioButton::toggled, this, &PricePointDialog::updateChecks);
    // What the user changes, never what loading or a channel's defaults change.
    m_touched = point.id != 0;
    const auto touch = [this] {
        if (std::exchange(m_touched, true))
            return;
        updateChecks();
    };
    m_typed = point.id != 0;
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this, touch);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    }
    for (QComboBox* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::activated, this, touch);
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>()) {
        connect(spin, &QAbstractSpinBox::editingFinished, this, touch);
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this] { m_typed = true; });
    }
    for (QAbstractButton* button : {static_cast<QAbstractButton*>(m_ui->activeCheckBox),
                                    static_cast<QAbstractButton*>(m_ui->durationRadioButton)})
        connect(button, &QAbstractButton::clicked, this, touch);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PricePointDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PricePointDialog::reject);

    channelChanged();
    m_ui->priceLineEdit->setFocus();
    m_ui->priceLineEdit->selectAll();
}

PricePointDialog::~PricePointDialog() = default;

void PricePointDialog::load(const PricePoint& p)
{
    m_loading = true;
    m_ui->productComboBox->setCurrentIndex(m_ui->productComboBox->findData(p.productId));
    m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(p.channel)));
    fillProviders(p.channel, p.providerId);
    m_ui->countryLineEdit->setText(p.country);
    m_ui->currencyLineEdit->setText(p.currency);
    m_ui->billingComboBox->setCurrentIndex(p.billing == Billing::PerMinute ? 1 : 0);
    m_ui->priceLineEdit->setText(p.priceMinor || p.id ? MoneyInput::text(p.priceMinor, p.currency) : QString());
    if (p.channel == Channel::Audiotel)
        m_ui->numberLineEdit->setText(p.serviceNumber);
    else if (p.channel == Channel::Sms)
        m_ui->shortCodeLineEdit->setText(p.serviceNumber);
    m_ui->expectedSecondsSpinBox->setValue(p.expectedSeconds);
    m_ui->keywordLineEdit->setText(p.keyword);
    m_ui->mtCountSpinBox->setValue(p.mtCount);
    m_ui->operatorsLineEdit->setText(p.operators.join(QStringLiteral(", ")));
    m_ui->brandComboBox->setCurrentText(p.brand);
    m_ui->minLineEdit->setText(p.minMinor ? MoneyInput::text(*p.minMinor, p.currency) : QString());
    m_ui->maxLineEdit->setText(p.maxMinor ? MoneyInput::text(*p.maxMinor, p.currency) : QString());
    m_ui->invoiceCurrencyComboBox->setCurrentText(p.invoiceCurrency.isEmpty() ? QStringLiteral("BTC")
                                                                              : p.invoiceCurrency);
    m_ui->invoiceExpirySpinBox->setValue(p.invoiceExpiryMinutes ? p.invoiceExpiryMinutes : 15);
    m_ui->topUpsLineEdit->setText(MoneyInput::listText(p.topUps, p.currency));
    m_ui->payoutKindComboBox->setCurrentIndex(p.payoutKind == PayoutKind::Share ? 0 : 1);
    m_ui->payoutLineEdit->setText(p.payoutKind == PayoutKind::Share ? MoneyInput::percentText(p.payoutValue)
                                                                    : MoneyInput::text(p.payoutValue, p.currency));
    const bool timed = p.accessKind == AccessKind::Duration && p.accessSeconds > 0;
    m_ui->singleUseRadioButton->setChecked(!timed);
    m_ui->durationRadioButton->setChecked(timed);
    int unit = 0;
    for (int i = 2; i >= 0; --i) {
        if (timed && p.accessSeconds % s_units[i] == 0) {
            unit = i;
            break;
        }
    }
    m_ui->durationUnitComboBox->setCurrentIndex(timed ? unit : 1);
    m_ui->durationSpinBox->setValue(timed ? int(p.accessSeconds / s_units[unit]) : 24);
    m_ui->durationSpinBox->setEnabled(timed);
    m_ui->durationUnitComboBox->setEnabled(timed);
    m_ui->activeCheckBox->setChecked(p.active);
    m_loading = false;
}

Channel PricePointDialog::channel() const
{
    return Channel(m_ui->channelComboBox->currentData().toInt());
}

const Provider* PricePointDialog::provider() const
{
    const qint64 id = m_ui->providerComboBox->currentData().toLongLong();
    for (const Provider& p : m_editor->catalog().providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Product* PricePointDialog::product() const
{
    const qint64 id = m_ui->productComboBox->currentData().toLongLong();
    for (const Product& p : m_editor->catalog().products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void PricePointDialog::fillProviders(Channel c, qint64 selectedId)
{
    const QSignalBlocker blocker(m_ui->providerComboBox);
    m_ui->providerComboBox->clear();
    for (const Provider& p : m_editor->catalog().providers) {
        // The current provider stays listed even when it does not serve the channel, so the problem is shown.
        if (p.serves(c) || p.id == selectedId)
            m_ui->providerComboBox->addItem(p.name, p.id);
    }
    const int index = m_ui->providerComboBox->findData(selectedId);
    m_ui->providerComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

void PricePointDialog::createProvider()
{
    Provider p;
    p.channels = {channel()};
    ProviderDialog dialog(m_editor, p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillProviders(channel(), dialog.savedId());
    updateChecks();
}

void PricePointDialog::followChannelDefaults()
{
    if (m_loading || m_typed)
        return;
    PricePoint defaults = PricePointDefaults::make(
        m_editor->catalog(), m_ui->productComboBox->currentData().toLongLong(), channel(), CatalogEditor::checkDate());
    defaults.country = m_ui->countryLineEdit->text().trimmed().toUpper();
    defaults.currency = m_ui->currencyLineEdit->text().trimmed().toUpper();
    defaults.active = m_ui->activeCheckBox->isChecked();
    load(defaults);
}

void PricePointDialog::channelChanged()
{
    const Channel c = channel();
    if (!m_loading)
        fillProviders(c, m_ui->providerComboBox->currentData().toLongLong());
    // Only the shown page counts for the height, so the group fits the channel's fields.
    for (int i = 0; i < m_ui->channelStackedWidget->count(); ++i)
        m_ui->channelStackedWidget->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == pageOf(c) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->channelStackedWidget->setCurrentIndex(pageOf(c));
    m_ui->channelGroupBox->setTitle(Channels::displayName(c));
    const bool audiotel = c == Channel::Audiotel;
    m_ui->billingLabel->setVisible(audiotel);
    m_ui->billingComboBox->setVisible(audiotel);
    updateChecks();
}

PricePoint PricePointDialog::pricePoint(QStringList* problems) const
{
    QStringList errors;
    PricePoint p = m_original;
    const Channel c = channel();
    p.channel = c;
    p.productId = m_ui->productComboBox->currentData().toLongLong();
    p.providerId = m_ui->providerComboBox->currentData().toLongLong();
    p.country = m_ui->countryLineEdit->text().trimmed().toUpper();
    p.currency = m_ui->currencyLineEdit->text().trimmed().toUpper();
    auto price = MoneyInput::parse(m_ui->priceLineEdit->text(), p.currency);
    if (price)
        p.priceMinor = price.value();
    else
        errors.append(tr("Price: %1").arg(price.error()));

    // Only the fields of the channel are kept, so a price point never carries another channel's settings.
    p.billing = c == Channel::Audiotel ? Billing(m_ui->billingComboBox->currentData().toInt()) : Billing::OneOff;
    p.serviceNumber = c == Channel::Audiotel ? m_ui->numberLineEdit->text().trimmed()
                      : c == Channel::Sms    ? m_ui->shortCodeLineEdit->text().trimmed()
                                             : QString();
    p.expectedSeconds = p.billing == Billing::PerMinute ? m_ui->expectedSecondsSpinBox->value() : 0;
    p.keyword = c == Channel::Sms ? m_ui->keywordLineEdit->text().trimmed().toUpper() : QString();
    p.mtCount = c == Channel::Sms ? m_ui->mtCountSpinBox->value() : 1;
    p.operators.clear();
    if (c == Channel::InternetPlus || c == Channel::CarrierBilling) {
        for (const QString& op : m_ui->operatorsLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
            if (!op.trimmed().isEmpty())
                p.operators.append(op.trimmed());
        }
    }
    p.brand = c == Channel::PrepaidCard ? m_ui->brandComboBox->currentText().trimmed() : QString();
    p.minMinor.reset();
    p.maxMinor.reset();
    if (c == Channel::PrepaidCard) {
        auto min = MoneyInput::parseOptional(m_ui->minLineEdit->text(), p.currency);
        auto max = MoneyInput::parseOptional(m_ui->maxLineEdit->text(), p.currency);
        if (min)
            p.minMinor = min.value();
        else
            errors.append(tr("Minimum: %1").arg(min.error()));
        if (max)
            p.maxMinor = max.value();
        else
            errors.append(tr("Maximum: %1").arg(max.error()));
    }
    p.invoiceCurrency =
        c == Channel::Crypto ? m_ui->invoiceCurrencyComboBox->currentText().trimmed().toUpper() : QString();
    p.invoiceExpiryMinutes = c == Channel::Crypto ? m_ui->invoiceExpirySpinBox->value() : 0;
    p.topUps.clear();
    if (c == Channel::Wallet) {
        auto topUps = MoneyInput::parseList(m_ui->topUpsLineEdit->text(), p.currency);
        if (topUps)
            p.topUps = topUps.value();
        else
            errors.append(tr("Top-up amounts: %1").arg(topUps.error()));
    }

    p.payoutKind = PayoutKind(m_ui->payoutKindComboBox->currentData().toInt());
    auto payout = p.payoutKind == PayoutKind::Share ? MoneyInput::parsePercent(m_ui->payoutLineEdit->text())
                                                    : MoneyInput::parse(m_ui->payoutLineEdit->text(), p.currency);
    if (payout)
        p.payoutValue = payout.value();
    else
        errors.append(tr("Payout: %1").arg(payout.error()));

    if (m_ui->durationRadioButton->isChecked()) {
        p.accessKind = AccessKind::Duration;
        p.accessSeconds =
            m_ui->durationSpinBox->value() * s_units[qBound(0, m_ui->durationUnitComboBox->currentIndex(), 2)];
    } else {
        p.accessKind = AccessKind::SingleUse;
        p.accessSeconds = 0;
    }
    p.active = m_ui->activeCheckBox->isChecked();
    if (problems)
        *problems = errors;
    return p;
}

void PricePointDialog::updateChecks()
{
    if (m_loading)
        return;
    const Channel c = channel();
    const bool perMinute =
        c == Channel::Audiotel && m_ui->billingComboBox->currentData().toInt() == int(Billing::PerMinute);
    const QString currency = m_ui->currencyLineEdit->text().trimmed().toUpper();
    m_ui->expectedLengthLabel->setVisible(perMinute);
    m_ui->expectedSecondsSpinBox->setVisible(perMinute);
    m_ui->priceLabel->setText(c == Channel::Wallet     ? tr("&Debit amount:")
                              : c == Channel::Audiotel ? (perMinute ? tr("P&rice a minute:") : tr("P&rice a call:"))
                                                       : tr("P&rice:"));
    m_ui->priceUnitLabel->setText(perMinute ? tr("%1 a minute").arg(currency) : currency);
    const bool share = m_ui->payoutKindComboBox->currentData().toInt() == int(PayoutKind::Share);
    m_ui->payoutUnitLabel->setText(share ? tr("% of the buyer price") : currency);

    QStringList parseProblems;
    const PricePoint p = pricePoint(&parseProblems);
    const Catalog& catalog = m_editor->catalog();
    const QDate date = CatalogEditor::checkDate();
    const RuleChecker::Verdict verdict = RuleChecker(catalog.rules).check(p, date);

    // The rules, broken first, each with its source.
    QStringList items;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& f : verdict.findings) {
            if (f.respected == (pass == 0))
                continue;
            QString item = f.respected ? tr("✔ %1").arg(f.message.toHtmlEscaped())
                                       : tr("<b>✖ %1</b>").arg(f.message.toHtmlEscaped());
            if (!f.source.isEmpty())
                item += QStringLiteral("<br/><small>") + tr("Source: %1").arg(f.source.toHtmlEscaped()) +
                        QStringLiteral("</small>");
            items.append(item);
        }
    }
    if (items.isEmpty())
        items.append(tr("No rule limits the price on this channel in %1.").arg(p.country.toHtmlEscaped()));
    m_ui->rulesLabel->setText(items.join(QStringLiteral("<br/><br/>")));
    const QStyle::StandardPixmap icon = verdict.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    m_ui->verdictIconLabel->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_ui->verdictLabel->setText(
        verdict.ok ? tr("Respects the rules in force on %1.").arg(QLocale().toString(date, QLocale::ShortFormat))
                   : tr("<b>Breaks a rule in force on %1.</b>").arg(QLocale().toString(date, QLocale::ShortFormat)));

    m_ui->monthlyLabel->setVisible(verdict.purchasesPerMonth.has_value());
    if (verdict.purchasesPerMonth) {
        qint64 cap = 0;
        for (const ChannelRule& r : RuleChecker(catalog.rules).applicableRules(p, date)) {
            if (r.monthlyMaxMinor)
                cap = *r.monthlyMaxMinor;
        }
        m_ui->monthlyLabel->setText(tr("At this price a buyer can make at most %n purchase(s) a month on this "
                                       "channel (monthly cap of %1 per subscriber).",
                                       nullptr, int(*verdict.purchasesPerMonth))
                                        .arg(money(cap, p.currency)));
    }

    // Revenue per purchase.
    const Product* prod = product();
    const int rate = prod ? prod->vatRateBasisPoints : 0;
    QString buyer = money(p.buyerChargeMinor(), p.currency);
    if (p.billing == Billing::PerMinute && p.expectedSeconds > 0)
        buyer = tr("%1 for a %2 s call").arg(buyer).arg(p.expectedSeconds);
    m_ui->buyerPaysLabel->setText(buyer);
    m_ui->payoutValueLabel->setText(money(p.payoutMinor(), p.currency));
    m_ui->vatLabel->setText(
        tr("%1 (%2 %)").arg(money(p.vatMinor(rate), p.currency), QLocale().toString(rate / 100.0, 'f', 2)));
    m_ui->netLabel->setText(QStringLiteral("<b>") + money(p.netRevenueMinor(rate), p.currency).toHtmlEscaped() +
                            QStringLiteral("</b>"));

    // The provider's tier table for this channel and price.
    const Provider* prov = provider();
    bool tierShown = false;
    m_ui->applyTierButton->setEnabled(false);
    if (prov) {
        QStringList prices;
        for (const PayoutTier& t : prov->tiers) {
            if (t.channel == c)
                prices.append(money(t.priceMinor, prov->payoutCurrency));
        }
        if (const auto tier = prov->tierFor(c, p.priceMinor)) {
            const QString payout = tier->payoutKind == PayoutKind::Amount
                                       ? money(tier->payoutValue, prov->payoutCurrency)
                                       : tr("%1 %").arg(MoneyInput::percentText(tier->payoutValue));
            m_ui->tierLabel->setText(tr("%1's table pays %2 at this price.").arg(prov->name, payout));
            const bool differs = tier->payoutKind != p.payoutKind || tier->payoutValue != p.payoutValue;
            m_ui->applyTierButton->setEnabled(differs);
            tierShown = true;
        } else if (!prices.isEmpty()) {
            m_ui->tierLabel->setText(tr("%1's table has no line at this price (lines at %2).")
                                         .arg(prov->name, prices.join(QStringLiteral(", "))));
            tierShown = true;
        }
    }
    m_ui->tierLabel->setVisible(tierShown);
    m_ui->applyTierButton->setVisible(tierShown);

    // What keeps Save disabled, in words.
    QStringList problems = parseProblems;
    PricePoint checked = p;
    checked.active = false;
    problems += CatalogValidator::problems(checked, catalog, date);
    QString message;
    if (!problems.isEmpty())
        message = problems.join(u'\n');
    if (p.active && !verdict.ok)
        message = (message.isEmpty() ? QString() : message + u'\n') +
                  tr("A price point that breaks a rule cannot be active: correct it, or untick Active to keep it as "
                     "an inactive draft.");
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(m_touched && !message.isEmpty());
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(message.isEmpty());
    save->setToolTip(message);
}

void PricePointDialog::applyTier()
{
    const Provider* prov = provider();
    QStringList problems;
    const PricePoint p = pricePoint(&problems);
    if (!prov)
        return;
    if (const auto tier = prov->tierFor(p.channel, p.priceMinor)) {
        m_ui->payoutKindComboBox->setCurrentIndex(tier->payoutKind == PayoutKind::Share ? 0 : 1);
        m_ui->payoutLineEdit->setText(tier->payoutKind == PayoutKind::Share
                                          ? MoneyInput::percentText(tier->payoutValue)
                                          : MoneyInput::text(tier->payoutValue, prov->payoutCurrency));
    }
}

void PricePointDialog::accept()
{
    QStringList problems;
    const PricePoint p = pricePoint(&problems);
    if (!problems.isEmpty()) {
        m_touched = true;
        updateChecks();
        return;
    }
    auto saved = m_editor->savePricePoint(p);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        m_ui->errorLabel->setVisible(true);
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}
