#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

// Seals the secrets Obole keeps in a database (each provider's API secret, each site's token-signing secret) with
// AES-256-GCM, under a key that never enters the database.
//
// The key is 32 random bytes (OpenSSL RAND_bytes) in a file of the user's configuration folder
// (QStandardPaths::AppConfigLocation, "secret-key"), created readable and writable by the user only (0600); a key
// file found with wider permissions is narrowed back. OBOLE_SECRET_KEY_FILE names another file (a removable
// drive, a test). So a copy of the database (for the accountant, a backup, a bug report) reveals no secret: only
// ciphertexts, each bound to its owner row by the GCM associated data. Limits: anyone who can read the user's
// files has both the database and the key; losing the key file loses the sealed secrets (they are entered again,
// sites get new signing secrets). The generated snippet files hold the secrets in clear: they must, to work.
class SecretBox final
{
    Q_DECLARE_TR_FUNCTIONS(SecretBox)
public:
    struct Sealed
    {
        QString keyId;         // which key sealed it (a fingerprint, never the key)
        QByteArray nonce;      // 12 random bytes
        QByteArray ciphertext; // the sealed bytes followed by the 16-byte GCM tag
    };

    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    // OBOLE_SECRET_KEY_FILE if set, else AppConfigLocation/secret-key.
    static QString defaultKeyPath();
    // Reads the key file, creating it (atomically, 0600) when it does not exist.
    static Result<SecretBox> openOrCreate(const QString& keyPath = defaultKeyPath());
    // Reads an existing key file only.
    static Result<SecretBox> openExisting(const QString& keyPath = defaultKeyPath());
    static Result<SecretBox> fromKey(const QByteArray& key);

    // Cryptographically strong random bytes from OpenSSL.
    static Result<QByteArray> randomBytes(int count);

    QString keyId() const { return m_keyId; }
    QString keyPath() const { return m_path; }

    Result<Sealed> seal(const QByteArray& plaintext, const QByteArray& associatedData) const;
    Result<QByteArray> open(const Sealed& sealed, const QByteArray& associatedData) const;

private:
    struct Key;
    SecretBox() = default;
    static Result<SecretBox> readKeyFile(const QString& path);
    std::shared_ptr<const Key> m_key;
    QString m_keyId;
    QString m_path;
};
