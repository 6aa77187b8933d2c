#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File → Open Shared Database…: a database on a PostgreSQL server, by host, port, database, user and how the
// connection is secured (with the server's certificate checked, the authority that signed it: a file, or
// ~/.postgresql/root.crt when none is chosen), or one of the servers opened lately. The password, when one is typed, is
// used for this session only: it never goes into the settings (~/.pgpass keeps passwords between sessions).
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)
public:
    explicit ServerDialog(QWidget* parent = nullptr);

    // The libpq URI of what was filled in, with the password when one was typed.
    QString uri() const;
    // The same without the password: what the recent list keeps.
    QString shownUri() const;
    // Puts a URI at the head of the recent list in the settings.
    static void remember(const QString& uriWithoutPassword);
    // Fills the fields from a URI of the recent list.
    void fillFrom(const QString& uri);
    QString password() const;
    // Whether the password typed is to be kept in the system keyring (PasswordKeyring).
    bool rememberPassword() const;

private:
    QString build(bool withPassword) const;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_security;
    QLineEdit* m_authority;
    QPushButton* m_chooseAuthority;
    QCheckBox* m_remember;
};
