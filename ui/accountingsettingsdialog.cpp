#include "accountingsettingsdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

AccountingSettingsDialog::AccountingSettingsDialog(const AccountingSettings& settings, QWidget* parent)
    : QDialog(parent), m_company(new QLineEdit(this)), m_siren(new QLineEdit(this)), m_currency(new QLineEdit(this)),
      m_vat(new QDoubleSpinBox(this)), m_separator(new QComboBox(this)), m_vatDue(new QComboBox(this)),
      m_auxiliaryPrefix(new QLineEdit(this)), m_given(settings), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Accounting Settings"));
    setObjectName(QStringLiteral("accountingSettingsDialog"));

    m_company->setObjectName(QStringLiteral("companyLineEdit"));
    m_siren->setObjectName(QStringLiteral("sirenLineEdit"));
    m_siren->setPlaceholderText(tr("nine digits"));
    m_siren->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), m_siren));
    m_currency->setObjectName(QStringLiteral("bookCurrencyLineEdit"));
    m_currency->setMaxLength(3);
    m_vat->setObjectName(QStringLiteral("defaultVatSpinBox"));
    m_vat->setRange(0, 100);
    m_vat->setDecimals(2);
    m_vat->setSuffix(tr(" %"));
    m_separator->setObjectName(QStringLiteral("fecSeparatorComboBox"));
    m_separator->addItem(tr("Vertical bar ( | )"), int(AccountingSettings::FecSeparator::Pipe));
    m_separator->addItem(tr("Tab"), int(AccountingSettings::FecSeparator::Tab));
    m_auxiliaryPrefix->setObjectName(QStringLiteral("auxiliaryPrefixLineEdit"));
    m_vatDue->setObjectName(QStringLiteral("vatDueComboBox"));
    m_vatDue->addItem(tr("When the payout is received"), int(AccountingSettings::VatDue::OnPayment));
    m_vatDue->addItem(tr("On the invoice (débits option)"), int(AccountingSettings::VatDue::OnInvoice));
    m_vatDue->setToolTip(tr("<p>VAT on services is due when they are paid (art. 269-2-c CGI): it waits in the "
                            "pending VAT account until the provider's payout, then moves to output VAT.</p>"
                            "<p>A company that opted to pay VAT on its invoices (débits) owes it at once.</p>"));

    auto* company = new QGroupBox(tr("Company"), this);
    auto* companyForm = new QFormLayout(company);
    companyForm->addRow(tr("&Name:"), m_company);
    companyForm->addRow(tr("&SIREN:"), m_siren);
    companyForm->addRow(tr("&Currency of the books:"), m_currency);
    m_yearEnd = new QDateEdit(this);
    m_yearEnd->setObjectName(QStringLiteral("fiscalYearEndDateEdit"));
    m_yearEnd->setDisplayFormat(QStringLiteral("d MMMM"));
    m_yearEnd->setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
    m_yearEnd->setToolTip(tr("The last day of the fiscal year: it names the FEC file and bounds the closings"));
    companyForm->addRow(tr("Fiscal &year ends on:"), m_yearEnd);
    companyForm->addRow(tr("Default &VAT rate:"), m_vat);
    auto* vatHint = new QLabel(tr("Applies to products the catalog does not know; a product's own rate is set in "
                                  "the catalog."),
                               company);
    vatHint->setWordWrap(true);
    vatHint->setForegroundRole(QPalette::PlaceholderText);
    companyForm->addRow(QString(), vatHint);
    companyForm->addRow(tr("VAT &due:"), m_vatDue);

    auto* accounts = new QGroupBox(tr("Accounts (FEC)"), this);
    auto* accountGrid = new QGridLayout(accounts);
    accountGrid->addWidget(new QLabel(tr("Number"), accounts), 0, 1);
    accountGrid->addWidget(new QLabel(tr("Label"), accounts), 0, 2);
    m_receivable = addAccount(accountGrid, 1, tr("Providers' receivable:"), QStringLiteral("receivable"));
    m_sales = addAccount(accountGrid, 2, tr("Sales:"), QStringLiteral("sales"));
    m_vatAccount = addAccount(accountGrid, 3, tr("Output VAT:"), QStringLiteral("vat"));
    m_pendingVat = addAccount(accountGrid, 4, tr("Output VAT pending:"), QStringLiteral("pendingVat"));
    m_fees = addAccount(accountGrid, 5, tr("Intermediaries' fees:"), QStringLiteral("fees"));
    m_bankFees = addAccount(accountGrid, 6, tr("Banking services:"), QStringLiteral("bankFees"));
    m_deductibleVat = addAccount(accountGrid, 7, tr("Deductible VAT:"), QStringLiteral("deductibleVat"));
    m_bank = addAccount(accountGrid, 8, tr("Bank:"), QStringLiteral("bank"));
    m_other = addAccount(accountGrid, 9, tr("Owed back to providers:"), QStringLiteral("other"));
    m_exchangeLoss = addAccount(accountGrid, 10, tr("Exchange losses:"), QStringLiteral("exchangeLoss"));
    m_exchangeGain = addAccount(accountGrid, 11, tr("Exchange gains:"), QStringLiteral("exchangeGain"));
    auto* prefixLabel = new QLabel(tr("Auxiliary account &prefix:"), accounts);
    prefixLabel->setBuddy(m_auxiliaryPrefix);
    accountGrid->addWidget(prefixLabel, 12, 0);
    accountGrid->addWidget(m_auxiliaryPrefix, 12, 1);
    auto* prefixHint = new QLabel(tr("followed by the provider's code: 411MICROPAIE"), accounts);
    prefixHint->setForegroundRole(QPalette::PlaceholderText);
    accountGrid->addWidget(prefixHint, 12, 2);
    accountGrid->setRowStretch(13, 1);
    accountGrid->setColumnStretch(2, 1);

    auto* journals = new QGroupBox(tr("Journals (FEC)"), this);
    auto* journalGrid = new QGridLayout(journals);
    journalGrid->addWidget(new QLabel(tr("Code"), journals), 0, 1);
    journalGrid->addWidget(new QLabel(tr("Label"), journals), 0, 2);
    m_salesJournal = addAccount(journalGrid, 1, tr("Sales:"), QStringLiteral("salesJournal"));
    m_feesJournal = addAccount(journalGrid, 2, tr("Provider fees:"), QStringLiteral("feesJournal"));
    m_bankJournal = addAccount(journalGrid, 3, tr("Payouts received:"), QStringLiteral("bankJournal"));
    m_adjustmentJournal = addAccount(journalGrid, 4, tr("Correcting entries:"), QStringLiteral("adjustmentJournal"));
    auto* separatorLabel = new QLabel(tr("Field &separator:"), journals);
    separatorLabel->setBuddy(m_separator);
    journalGrid->addWidget(separatorLabel, 5, 0);
    journalGrid->addWidget(m_separator, 5, 1, 1, 2, Qt::AlignLeft);
    journalGrid->setColumnStretch(2, 1);
    journalGrid->setRowStretch(6, 1);

    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountingSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        // The company's own identity stays: only the chart of accounts and journals go back to the defaults.
        AccountingSettings defaults;
        defaults.timeZone = m_given.timeZone;
        defaults.fiscalYearEnd = m_yearEnd->date().toString(QStringLiteral("MM-dd"));
        defaults.company = m_company->text();
        defaults.siren = m_siren->text();
        setSettings(defaults);
    });

    // Two columns, so that the dialog fits a 1280×800 screen: the company and journals, then the accounts.
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(company);
    left->addWidget(journals);
    left->addStretch();
    columns->addLayout(left);
    columns->addWidget(accounts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    setSettings(settings);
}

AccountingSettingsDialog::AccountFields
AccountingSettingsDialog::addAccount(QGridLayout* grid, int row, const QString& name, const QString& objectName)
{
    auto* caption = new QLabel(name, grid->parentWidget());
    auto* number = new QLineEdit(grid->parentWidget());
    number->setObjectName(objectName + QStringLiteral("NumberLineEdit"));
    number->setMaximumWidth(120);
    number->setAccessibleName(name + u' ' + tr("number"));
    auto* label = new QLineEdit(grid->parentWidget());
    label->setObjectName(objectName + QStringLiteral("LabelLineEdit"));
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 30);
    label->setAccessibleName(name + u' ' + tr("label"));
    caption->setBuddy(number);
    grid->addWidget(caption, row, 0);
    grid->addWidget(number, row, 1);
    grid->addWidget(label, row, 2);
    return {number, label};
}

void AccountingSettingsDialog::setSettings(const AccountingSettings& s)
{
    m_given = s;
    m_company->setText(s.company);
    m_siren->setText(s.siren);
    m_currency->setText(s.bookCurrency);
    const QDate end = s.fiscalYearEndFor(QDate(2000, 1, 1));
    m_yearEnd->setDate(end.isValid() ? QDate(2000, end.month(), end.day()) : QDate(2000, 12, 31));
    m_vat->setValue(s.defaultVatBasisPoints / 100.0);
    m_separator->setCurrentIndex(m_separator->findData(int(s.fecSeparator)));
    m_vatDue->setCurrentIndex(m_vatDue->findData(int(s.vatDue)));
    m_receivable.number->setText(s.receivable.number);
    m_receivable.label->setText(s.receivable.label);
    m_auxiliaryPrefix->setText(s.auxiliaryPrefix);
    m_sales.number->setText(s.sales.number);
    m_sales.label->setText(s.sales.label);
    m_vatAccount.number->setText(s.vat.number);
    m_vatAccount.label->setText(s.vat.label);
    m_pendingVat.number->setText(s.pendingVat.number);
    m_pendingVat.label->setText(s.pendingVat.label);
    m_fees.number->setText(s.fees.number);
    m_fees.label->setText(s.fees.label);
    m_bankFees.number->setText(s.bankFees.number);
    m_bankFees.label->setText(s.bankFees.label);
    m_deductibleVat.number->setText(s.deductibleVat.number);
    m_deductibleVat.label->setText(s.deductibleVat.label);
    m_bank.number->setText(s.bank.number);
    m_bank.label->setText(s.bank.label);
    m_other.number->setText(s.other.number);
    m_other.label->setText(s.other.label);
    m_exchangeLoss.number->setText(s.exchangeLoss.number);
    m_exchangeLoss.label->setText(s.exchangeLoss.label);
    m_exchangeGain.number->setText(s.exchangeGain.number);
    m_exchangeGain.label->setText(s.exchangeGain.label);
    m_salesJournal.number->setText(s.salesJournal.code);
    m_salesJournal.label->setText(s.salesJournal.label);
    m_feesJournal.number->setText(s.feesJournal.code);
    m_feesJournal.label->setText(s.feesJournal.label);
    m_bankJournal.number->setText(s.bankJournal.code);
    m_bankJournal.label->setText(s.bankJournal.label);
    m_adjustmentJournal.number->setText(s.adjustmentJournal.code);
    m_adjustmentJournal.label->setText(s.adjustmentJournal.label);
    // A label longer than its field shows its beginning.
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setCursorPosition(0);
}

AccountingSettings AccountingSettingsDialog::settings() const
{
    AccountingSettings s = m_given;
    s.company = m_company->text().trimmed();
    s.siren = m_siren->text().trimmed();
    s.bookCurrency = m_currency->text().trimmed().toUpper();
    s.fiscalYearEnd = m_yearEnd->date().toString(QStringLiteral("MM-dd"));
    // The spin box shows two decimals of a percentage: exactly the basis points.
    s.defaultVatBasisPoints = qRound(m_vat->value() * 100);
    s.fecSeparator = AccountingSettings::FecSeparator(m_separator->currentData().toInt());
    s.vatDue = AccountingSettings::VatDue(m_vatDue->currentData().toInt());
    s.receivable = {m_receivable.number->text().trimmed(), m_receivable.label->text().trimmed()};
    s.auxiliaryPrefix = m_auxiliaryPrefix->text().trimmed();
    s.sales = {m_sales.number->text().trimmed(), m_sales.label->text().trimmed()};
    s.vat = {m_vatAccount.number->text().trimmed(), m_vatAccount.label->text().trimmed()};
    s.pendingVat = {m_pendingVat.number->text().trimmed(), m_pendingVat.label->text().trimmed()};
    s.fees = {m_fees.number->text().trimmed(), m_fees.label->text().trimmed()};
    s.bankFees = {m_bankFees.number->text().trimmed(), m_bankFees.label->text().trimmed()};
    s.deductibleVat = {m_deductibleVat.number->text().trimmed(), m_deductibleVat.label->text().trimmed()};
    s.bank = {m_bank.number->text().trimmed(), m_bank.label->text().trimmed()};
    s.other = {m_other.number->text().trimmed(), m_other.label->text().trimmed()};
    s.exchangeLoss = {m_exchangeLoss.number->text().trimmed(), m_exchangeLoss.label->text().trimmed()};
    s.exchangeGain = {m_exchangeGain.number->text().trimmed(), m_exchangeGain.label->text().trimmed()};
    s.salesJournal = {m_salesJournal.number->text().trimmed(), m_salesJournal.label->text().trimmed()};
    s.feesJournal = {m_feesJournal.number->text().trimmed(), m_feesJournal.label->text().trimmed()};
    s.bankJournal = {m_bankJournal.number->text().trimmed(), m_bankJournal.label->text().trimmed()};
    s.adjustmentJournal = {m_adjustmentJournal.number->text().trimmed(), m_adjustmentJournal.label->text().trimmed()};
    return s;
}

void AccountingSettingsDialog::showProblems()
{
    const QStringList problems = AccountingSettingsStore::problems(settings());
    if (problems.isEmpty()) {
        m_problems->hide();
        return;
    }
    QStringList items;
    for (const QString& p : problems)
        items << QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    m_problems->setText(tr("<b>Cannot be saved:</b>") + QStringLiteral("<ul>") + items.join(QString()) +
                        QStringLiteral("</ul>"));
    m_problems->show();
}

void AccountingSettingsDialog::accept()
{
    if (!AccountingSettingsStore::problems(settings()).isEmpty()) {
        showProblems();
        return;
    }
    QDialog::accept();
}
