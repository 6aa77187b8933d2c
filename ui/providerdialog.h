#pragma once

#include "catalog/catalogtypes.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits a provider: name, code, the channels it serves, its payout terms (minimum payout, delay, statement day),
// how the books record its sales (VAT model, reversement, fee account and VAT) and its tier table (what it pays per
// channel and buyer price).
class ProviderDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDialog)
public:
    ProviderDialog(CatalogEditor* editor, const Provider& provider, QWidget* parent = nullptr);
    Provider provider(QStringList* problems = nullptr) const;

protected:
    QStringList problems() const override;
    Result<qint64> save() override;

private:
    void addTier(const PayoutTier& tier);
    void removeTier();
    // Enables the terms that apply to the model chosen and the channels served.
    void updateBookTerms();

    Provider m_provider;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QList<QCheckBox*> m_channels;
    QLineEdit* m_currency;
    QLineEdit* m_minPayout;
    QSpinBox* m_delay;
    QSpinBox* m_statementDay;
    QComboBox* m_vatModel;
    QComboBox* m_reversement;
    QComboBox* m_feeAccount;
    QDoubleSpinBox* m_feeVat;
    QLineEdit* m_auxiliary;
    QTableWidget* m_tiers;
};
