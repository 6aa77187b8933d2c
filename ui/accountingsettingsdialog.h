#pragma once

#include "export/accountingsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// The settings of the books, where an accountant looks for them before exporting: company and SIREN, the accounts
// and journals of the FEC, the currency of the books, when VAT is due and the VAT rate of products the catalog does
// not know.
// Nothing is accepted that the FEC could not use; the problems are listed in the dialog.
class AccountingSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountingSettingsDialog)
public:
    explicit AccountingSettingsDialog(const AccountingSettings& settings, QWidget* parent = nullptr);

    // The settings as the fields hold them now.
    AccountingSettings settings() const;
    void setSettings(const AccountingSettings& settings);

    void accept() override;

private:
    struct AccountFields
    {
        QLineEdit* number;
        QLineEdit* label;
    };
    AccountFields addAccount(class QGridLayout* grid, int row, const QString& name, const QString& objectName);
    void showProblems();

    QLineEdit* m_company;
    QLineEdit* m_siren;
    QLineEdit* m_currency;
    QDoubleSpinBox* m_vat;
    // The last day of the fiscal year: a day and a month (shown in a leap year, so 29 February can be chosen).
    QDateEdit* m_yearEnd = nullptr;
    QComboBox* m_separator;
    QComboBox* m_vatDue;
    AccountFields m_receivable{};
    QLineEdit* m_auxiliaryPrefix;
    AccountFields m_sales{};
    AccountFields m_vatAccount{};
    AccountFields m_pendingVat{};
    AccountFields m_fees{};
    AccountFields m_bankFees{};
    AccountFields m_deductibleVat{};
    AccountFields m_bank{};
    AccountFields m_other{};
    AccountFields m_exchangeLoss{};
    AccountFields m_exchangeGain{};
    AccountFields m_salesJournal{};
    AccountFields m_feesJournal{};
    AccountFields m_bankJournal{};
    AccountFields m_adjustmentJournal{};
    AccountingSettings m_given; // what the dialog does not show (time zone, fiscal year end) is kept as it was
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};
