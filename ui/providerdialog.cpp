#include "providerdialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogvalidator.h"
#include "moneyinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum TierColumn { ChannelColumn, PriceColumn, KindColumn, PayoutColumn, TierColumnCount };
}

ProviderDialog::ProviderDialog(CatalogEditor* editor, const Provider& provider, QWidget* parent)
    : RecordDialog(editor, parent), m_provider(provider), m_name(new QLineEdit(provider.name, this)),
      m_code(new QLineEdit(provider.code, this)), m_currency(new QLineEdit(provider.payoutCurrency, this)),
      m_minPayout(new QLineEdit(MoneyInput::text(provider.minPayoutMinor, provider.payoutCurrency), this)),
      m_delay(new QSpinBox(this)), m_statementDay(new QSpinBox(this)), m_vatModel(new QComboBox(this)),
      m_reversement(new QComboBox(this)), m_feeAccount(new QComboBox(this)), m_feeVat(new QDoubleSpinBox(this)),
      m_auxiliary(new QLineEdit(provider.auxiliaryAccount, this)), m_tiers(new QTableWidget(0, TierColumnCount, this))
{
    setWindowTitle(provider.id ? tr("Edit Provider") : tr("New Provider"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_code->setToolTip(tr("A short identifier used in statements, import profiles and files."));
    m_currency->setObjectName(QStringLiteral("currencyLineEdit"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(70);
    m_minPayout->setObjectName(QStringLiteral("minPayoutLineEdit"));
    m_minPayout->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_minPayout->setMaximumWidth(120);
    m_minPayout->setToolTip(tr("The provider pays once the amount due reaches this minimum."));
    m_delay->setObjectName(QStringLiteral("payoutDelaySpinBox"));
    m_delay->setRange(0, 365);
    m_delay->setSuffix(tr(" days"));
    m_delay->setValue(provider.payoutDelayDays);
    m_statementDay->setObjectName(QStringLiteral("statementDaySpinBox"));
    m_statementDay->setRange(1, 31);
    m_statementDay->setValue(provider.statementDay);

    m_vatModel->setObjectName(QStringLiteral("vatModelComboBox"));
    m_vatModel->addItem(tr("By channel"), int(VatModel::ByChannel));
    m_vatModel->addItem(tr("The operator sells to the buyer"), int(VatModel::OperatorSupplies));
    m_vatModel->addItem(tr("The merchant sells to the buyer"), int(VatModel::MerchantSells));
    m_vatModel->setCurrentIndex(m_vatModel->findData(int(provider.vatModel)));
    m_vatModel->setToolTip(
        tr("<p>Whom VAT law treats as the seller, which decides the turnover the books record.</p>"
           "<p><b>The operator sells</b> (the rule for Audiotel, SMS+, Internet+ and carrier billing, art. 256 V "
           "CGI): the turnover is the reversement the provider owes.</p>"
           "<p><b>The merchant sells</b> (cards, wallets, crypto): the turnover is the buyer price and the provider's "
           "fee an expense.</p><p><b>By channel</b> applies each rule to its channels.</p>"));
    m_reversement->setObjectName(QStringLiteral("reversementComboBox"));
    m_reversement->addItem(tr("Includes VAT"), false);
    m_reversement->addItem(tr("Excludes VAT, invoiced on top"), true);
    m_reversement->setCurrentIndex(provider.reversementExcludesVat ? 1 : 0);
    m_reversement->setToolTip(tr("Some aggregators state the reversement net of VAT and pay the VAT the merchant "
                                 "invoices on top of it."));
    m_feeAccount->setObjectName(QStringLiteral("feeAccountComboBox"));
    m_feeAccount->addItem(tr("Banking services (627)"), int(FeeAccount::Banking));
    m_feeAccount->addItem(tr("Intermediaries' fees (622)"), int(FeeAccount::Intermediary));
    m_feeAccount->setCurrentIndex(m_feeAccount->findData(int(provider.feeAccount)));
    m_feeVat->setObjectName(QStringLiteral("feeVatSpinBox"));
    m_feeVat->setRange(0, 100);
    m_feeVat->setDecimals(2);
    m_feeVat->setSuffix(tr(" %"));
    m_feeVat->setValue(provider.feeVatBasisPoints / 100.0);
    m_auxiliary->setObjectName(QStringLiteral("auxiliaryAccountLineEdit"));
    m_auxiliary->setMaxLength(20);
    m_auxiliary->setPlaceholderText(tr("derived from the code"));
    m_auxiliary->setToolTip(tr("The provider's account in the books (CompAuxNum of the FEC). Empty: the prefix of the "
                               "accounting settings followed by its code, with a number when two codes read the "
                               "same."));
    m_feeVat->setToolTip(tr("The VAT the provider invoices on its fees, recovered as deductible VAT; 0 when it "
                            "invoices none, as for banking services."));

    auto* channels = new QGridLayout;
    int i = 0;
    for (Channel c : Channels::all()) {
        auto* box = new QCheckBox(Channels::displayName(c), this);
        box->setObjectName(Channels::id(c) + QStringLiteral("CheckBox"));
        box->setChecked(provider.serves(c));
        channels->addWidget(box, i / 2, i % 2);
        m_channels.append(box);
        watch(box);
        ++i;
    }

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Code:"), m_code);
    auto* channelsLabel = new QLabel(tr("Channels served:"), this);
    form()->addRow(channelsLabel, channels);
    form()->addRow(tr("Payout c&urrency:"), m_currency);
    form()->addRow(tr("&Minimum payout:"), m_minPayout);
    form()->addRow(tr("Payout &delay:"), m_delay);
    form()->addRow(tr("&Statement day:"), m_statementDay);
    form()->addRow(tr("&VAT model:"), m_vatModel);
    form()->addRow(tr("Reversem&ent:"), m_reversement);
    auto* fees = new QHBoxLayout;
    fees->addWidget(m_feeAccount, 1);
    auto* feeVatLabel = new QLabel(tr("VAT on &fees:"), this);
    feeVatLabel->setBuddy(m_feeVat);
    fees->addWidget(feeVatLabel);
    fees->addWidget(m_feeVat);
    auto* feeAccountLabel = new QLabel(tr("Fees &booked in:"), this);
    feeAccountLabel->setBuddy(m_feeAccount);
    form()->addRow(feeAccountLabel, fees);
    form()->addRow(tr("Au&xiliary account:"), m_auxiliary);

    m_tiers->setObjectName(QStringLiteral("tiersTableWidget"));
    m_tiers->setAccessibleName(tr("Tier table"));
    m_tiers->setHorizontalHeaderLabels({tr("Channel"), tr("Buyer price"), tr("Payout kind"), tr("Payout")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tiers->horizontalHeader()->setStretchLastSection(true);
    m_tiers->verticalHeader()->hide();
    m_tiers->setMinimumHeight(160);
    for (const PayoutTier& t : provider.tiers)
        addTier(t);
    auto* addButton = new QPushButton(tr("&Add Line"), this);
    addButton->setObjectName(QStringLiteral("addTierButton"));
    auto* removeButton = new QPushButton(tr("&Remove Line"), this);
    removeButton->setObjectName(QStringLiteral("removeTierButton"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        PayoutTier t;
        for (int c = 0; c < m_channels.size(); ++c) {
            if (m_channels.at(c)->isChecked()) {
                t.channel = Channels::all().at(c);
                break;
            }
        }
        addTier(t);
        m_tiers->setCurrentCell(m_tiers->rowCount() - 1, PriceColumn);
        m_tiers->setFocus();
    });
    connect(removeButton, &QPushButton::clicked, this, &ProviderDialog::removeTier);
    auto* tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addButton);
    tierButtons->addWidget(removeButton);
    tierButtons->addStretch();
    auto* tierCaption = new QLabel(tr("&Tier table: what the provider pays for each buyer price"), this);
    tierCaption->setBuddy(m_tiers);
    mainLayout()->insertWidget(1, tierCaption);
    mainLayout()->insertWidget(2, m_tiers, 1);
    mainLayout()->insertLayout(3, tierButtons);

    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_currency),
          static_cast<QWidget*>(m_minPayout), static_cast<QWidget*>(m_delay), static_cast<QWidget*>(m_statementDay),
          static_cast<QWidget*>(m_vatModel), static_cast<QWidget*>(m_reversement), static_cast<QWidget*>(m_feeAccount),
          static_cast<QWidget*>(m_feeVat), static_cast<QWidget*>(m_auxiliary), static_cast<QWidget*>(m_tiers)})
        watch(w);
    connect(m_vatModel, &QComboBox::currentIndexChanged, this, &ProviderDialog::updateBookTerms);
    for (QCheckBox* box : std::as_const(m_channels))
        connect(box, &QCheckBox::toggled, this, &ProviderDialog::updateBookTerms);
    updateBookTerms();
    resize(620, 620);
    updateState();
}

void ProviderDialog::addTier(const PayoutTier& tier)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    auto* channel = new QComboBox(m_tiers);
    for (Channel c : Channels::all())
        channel->addItem(Channels::displayName(c), int(c));
    channel->setCurrentIndex(channel->findData(int(tier.channel)));
    auto* kind = new QComboBox(m_tiers);
    kind->addItem(tr("Amount"), int(PayoutKind::Amount));
    kind->addItem(tr("Share (%)"), int(PayoutKind::Share));
    kind->setCurrentIndex(tier.payoutKind == PayoutKind::Amount ? 0 : 1);
    m_tiers->setCellWidget(row, ChannelColumn, channel);
    m_tiers->setCellWidget(row, KindColumn, kind);
    const QString currency = m_currency->text().trimmed().toUpper();
    auto* price = new QTableWidgetItem(tier.priceMinor ? MoneyInput::text(tier.priceMinor, currency) : QString());
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* payout =
        new QTableWidgetItem(tier.payoutKind == PayoutKind::Amount ? MoneyInput::text(tier.payoutValue, currency)
                                                                   : MoneyInput::percentText(tier.payoutValue));
    payout->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tiers->setItem(row, PriceColumn, price);
    m_tiers->setItem(row, PayoutColumn, payout);
    watch(channel);
    watch(kind);
    updateState();
}

void ProviderDialog::updateBookTerms()
{
    const Provider p = provider();
    bool operatorSells = false;
    bool merchantSells = false;
    const QList<Channel> served = p.channels.isEmpty() ? Channels::all() : p.channels;
    for (Channel c : served) {
        (p.vatModelFor(c) == VatModel::OperatorSupplies ? operatorSells : merchantSells) = true;
    }
    m_reversement->setEnabled(operatorSells);
    m_feeAccount->setEnabled(merchantSells);
    m_feeVat->setEnabled(merchantSells);
}

void ProviderDialog::removeTier()
{
    const int row = m_tiers->currentRow();
    if (row < 0)
        return;
    m_tiers->removeRow(row);
    updateState();
}

Provider ProviderDialog::provider(QStringList* problems) const
{
    QStringList errors;
    Provider p = m_provider;
    p.name = m_name->text().trimmed();
    p.code = m_code->text().trimmed();
    p.channels.clear();
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i)->isChecked())
            p.channels.append(Channels::all().at(i));
    }
    p.payoutCurrency = m_currency->text().trimmed().toUpper();
    auto min = MoneyInput::parse(m_minPayout->text().trimmed().isEmpty() ? QStringLiteral("0") : m_minPayout->text(),
                                 p.payoutCurrency);
    if (min)
        p.minPayoutMinor = min.value();
    else
        errors.append(tr("Minimum payout: %1").arg(min.error()));
    p.payoutDelayDays = m_delay->value();
    p.statementDay = m_statementDay->value();
    p.vatModel = VatModel(m_vatModel->currentData().toInt());
    p.reversementExcludesVat = m_reversement->currentData().toBool();
    p.feeAccount = FeeAccount(m_feeAccount->currentData().toInt());
    // Two decimals of a percentage: exactly the basis points.
    p.feeVatBasisPoints = qRound(m_feeVat->value() * 100);
    p.auxiliaryAccount = m_auxiliary->text().trimmed().toUpper();
    p.tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        PayoutTier t;
        t.channel = Channel(qobject_cast<QComboBox*>(m_tiers->cellWidget(row, ChannelColumn))->currentData().toInt());
        t.payoutKind =
            PayoutKind(qobject_cast<QComboBox*>(m_tiers->cellWidget(row, KindColumn))->currentData().toInt());
        const QTableWidgetItem* price = m_tiers->item(row, PriceColumn);
        const QTableWidgetItem* payout = m_tiers->item(row, PayoutColumn);
        auto priceValue = MoneyInput::parse(price ? price->text() : QString(), p.payoutCurrency);
        auto payoutValue = t.payoutKind == PayoutKind::Share
                               ? MoneyInput::parsePercent(payout ? payout->text() : QString())
                               : MoneyInput::parse(payout ? payout->text() : QString(), p.payoutCurrency);
        if (!priceValue)
            errors.append(tr("Tier line %1, buyer price: %2").arg(row + 1).arg(priceValue.error()));
        if (!payoutValue)
            errors.append(tr("Tier line %1, payout: %2").arg(row + 1).arg(payoutValue.error()));
        t.priceMinor = priceValue.value_or(0);
        t.payoutValue = payoutValue.value_or(0);
        p.tiers.append(t);
    }
    if (problems)
        *problems = errors;
    return p;
}

QStringList ProviderDialog::problems() const
{
    QStringList list;
    const Provider p = provider(&list);
    return list + CatalogValidator::problems(p, m_editor->catalog());
}

Result<qint64> ProviderDialog::save()
{
    return m_editor->saveProvider(provider());
}
