#pragma once

#include <QDialog>
#include <QTimeZone>

class Database;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edit → Preferences: the interface language (from the next start), the time zone of the open database's books,
// the reconciliation time window, and the folder exports are offered in first. The language, the window and the
// folder are this computer's; the time zone belongs to the database, so every computer that opens it gets the
// same days.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    // `db` may be null: the time zone is then not offered.
    explicit PreferencesDialog(Database* db, QWidget* parent = nullptr);

    void accept() override;

private:
    void chooseFolder();

    Database* m_db;
    QComboBox* m_language;
    QComboBox* m_timeZone;
    QSpinBox* m_window;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QTimeZone m_initialZone;
    QString m_initialLanguage;
};
