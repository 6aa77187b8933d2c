#pragma once

#include "snippets/checktemplate.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Edits the provider check templates stored in the database: URL, method, parameters, headers, and how the reply
// says yes. Built-in templates can be edited but not removed; "Duplicate" starts a new one from any.
class CheckTemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTemplatesDialog)
public:
    CheckTemplatesDialog(Database& db, qint64 select, QWidget* parent = nullptr);

    // Saves the form into the selected template; false (with the problems shown) when it does not validate.
    bool saveCurrent();

private:
    void reload(qint64 select);
    void showTemplate(int row);
    void duplicate();
    void removeCurrent();
    CheckTemplate fromForm(QString* problem) const;

    Database& m_db;
    QList<CheckTemplate> m_templates;
    QListWidget* m_list;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_method;
    QLineEdit* m_url;
    QPlainTextEdit* m_params;
    QPlainTextEdit* m_headers;
    QComboBox* m_reply;
    QLineEdit* m_successField;
    QLineEdit* m_successValue;
    QLineEdit* m_referenceField;
    QLabel* m_problems;
    QPushButton* m_remove;
};
