#pragma once

#include "catalog/catalogtypes.h"

#include <QDialog>

class CheckTemplatesDialog;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class SecretBox;

// How the generated code checks codes with one provider: its check template, the merchant's public account id,
// the secret (stored encrypted, never shown back), and the payment page buyers are sent to on some channels.
class ProviderCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderCheckDialog)
public:
    ProviderCheckDialog(Database& db, const SecretBox* box, const Provider& provider, QWidget* parent = nullptr);

    void accept() override;

private:
    void loadTemplates(qint64 select);
    void editTemplates();

    Database& m_db;
    const SecretBox* m_box;
    Provider m_provider;
    QComboBox* m_template;
    QLineEdit* m_account;
    QLineEdit* m_secret;
    QCheckBox* m_forget;
    QLineEdit* m_payUrl;
    QCheckBox* m_caseInsensitive;
    QLabel* m_error;
};
