#include "secretbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <array>

namespace {

constexpr QLatin1StringView s_header("obole-secret-key-v1");

QString keyFingerprint(const QByteArray& key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("obole secret key id\0", 20));
    hash.addData(key);
    return QString::fromLatin1(hash.result().left(8).toHex());
}

struct CipherContext
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
    CipherContext() = default;
    CipherContext(const CipherContext&) = delete;
    CipherContext& operator=(const CipherContext&) = delete;
};

const auto* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

struct SecretBox::Key
{
    std::array<unsigned char, KeySize> bytes{};
    ~Key() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

QString SecretBox::defaultKeyPath()
{
    const QString fromEnvironment = qEnvironmentVariable("OBOLE_SECRET_KEY_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/secret-key");
}

Result<QByteArray> SecretBox::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return Result<QByteArray>::failure(tr("The system's random number generator failed; no secret was made."));
    return out;
}

Result<SecretBox> SecretBox::fromKey(const QByteArray& key)
{
    if (key.size() != KeySize)
        return Result<SecretBox>::failure(tr("A secret key is %1 bytes long, not %2.").arg(KeySize).arg(key.size()));
    auto k = std::make_shared<Key>();
    std::copy(key.cbegin(), key.cend(), k->bytes.begin());
    SecretBox box;
    box.m_key = std::move(k);
    box.m_keyId = keyFingerprint(key);
    return box;
}

Result<SecretBox> SecretBox::readKeyFile(const QString& path)
{
    using R = Result<SecretBox>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            tr("Cannot read the secret key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Only the owner may read the key; a file opened up by a copy or an archive tool is narrowed back.
    const auto wide = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & wide)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<QByteArray> lines = file.read(4096).split('\n');
    QByteArray key;
    if (lines.size() >= 2 && lines.at(0) == QByteArrayView(s_header.data(), s_header.size()))
        key = QByteArray::fromBase64(lines.at(1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != KeySize) {
        OPENSSL_cleanse(key.data(), size_t(key.size()));
        return R::failure(tr("The secret key file %1 is damaged: it does not hold an Obole key. Restore it from "
                             "a backup; without it the secrets stored in your databases cannot be read.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    auto box = fromKey(key);
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    if (box)
        box->m_path = path;
    return box;
}

Result<SecretBox> SecretBox::openExisting(const QString& keyPath)
{
    if (!QFileInfo::exists(keyPath))
        return Result<SecretBox>::failure(tr("There is no secret key file at %1, so the secrets stored in the "
                                             "database cannot be read on this computer.")
                                              .arg(QDir::toNativeSeparators(keyPath)));
    return readKeyFile(keyPath);
}

Result<SecretBox> SecretBox::openOrCreate(const QString& keyPath)
{
    using R = Result<SecretBox>;
    if (QFileInfo::exists(keyPath))
        return readKeyFile(keyPath);

    const QFileInfo info(keyPath);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(
            tr("Cannot create the folder %1 for the secret key.").arg(QDir::toNativeSeparators(info.absolutePath())));
    auto key = randomBytes(KeySize);
    if (!key)
        return R::failure(key.error());

    // Written under a temporary name with owner-only permissions, then linked to its final name: another process
    // creating the key at the same moment either wins (and both use its key) or loses, never a half-written file.
    const QString temporary =
        keyPath + QStringLiteral(".new-") + QString::fromLatin1(randomBytes(6).value_or(QByteArray("tmp")).toHex());
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::failure(tr("Cannot create the secret key file %1: %2")
                                  .arg(QDir::toNativeSeparators(keyPath), file.errorString()));
        const QByteArray content = QByteArray(s_header.data(), s_header.size()) + '\n' + key->toBase64() + '\n';
        const bool written = file.write(content) == content.size() && file.flush();
        file.close();
        if (!written) {
            QFile::remove(temporary);
            return R::failure(tr("Cannot write the secret key file %1.").arg(QDir::toNativeSeparators(keyPath)));
        }
    }
    OPENSSL_cleanse(key->data(), size_t(key->size()));
#ifdef Q_OS_UNIX
    // link() fails when another process made the key first: this one lost the race, and that key is read below.
    (void)::link(QFile::encodeName(temporary).constData(), QFile::encodeName(keyPath).constData());
    QFile::remove(temporary);
#else
    if (!QFile::rename(temporary, keyPath))
        QFile::remove(temporary);
#endif
    return readKeyFile(keyPath);
}

Result<SecretBox::Sealed> SecretBox::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    using R = Result<Sealed>;
    if (!m_key)
        return R::failure(tr("No secret key is loaded."));
    auto nonce = randomBytes(NonceSize);
    if (!nonce)
        return R::failure(nonce.error());
    CipherContext c;
    QByteArray out(plaintext.size() + TagSize, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int total = 0;
    bool ok = c.ctx && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, m_key->bytes.data(), bytes(*nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(c.ctx, nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(c.ctx, o, &len, bytes(plaintext), int(plaintext.size())) == 1;
        total = len;
    }
    if (ok) {
        ok = EVP_EncryptFinal_ex(c.ctx, o + total, &len) == 1;
        total += len;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, TagSize, o + total) == 1;
    if (!ok || total != plaintext.size())
        return R::failure(tr("Encryption failed (OpenSSL); the secret was not stored."));
    return Sealed{m_keyId, nonce.value(), out};
}

Result<QByteArray> SecretBox::open(const Sealed& sealed, const QByteArray& associatedData) const
{
    using R = Result<QByteArray>;
    if (!m_key)
        return R::failure(tr("No secret key is loaded."));
    if (sealed.keyId != m_keyId)
        return R::failure(tr("This secret was sealed with another key (%1) than this computer's (%2, in %3). "
                             "Restore that key file, or enter the secret again.")
                              .arg(sealed.keyId, m_keyId, QDir::toNativeSeparators(m_path)));
    if (sealed.nonce.size() != NonceSize || sealed.ciphertext.size() < TagSize)
        return R::failure(tr("A stored secret is damaged (wrong length); enter it again."));
    const qsizetype length = sealed.ciphertext.size() - TagSize;
    QByteArray out(length, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    QByteArray tag = sealed.ciphertext.right(TagSize);
    CipherContext c;
    int len = 0;
    int total = 0;
    bool ok = c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, m_key->bytes.data(), bytes(sealed.nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(c.ctx, nullptr, &len, bytes(associatedData), int(associatedData.size())) == 1;
    if (ok && length > 0) {
        ok = EVP_DecryptUpdate(c.ctx, o, &len, bytes(sealed.ciphertext), int(length)) == 1;
        total = len;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    if (ok) {
        ok = EVP_DecryptFinal_ex(c.ctx, o + total, &len) == 1;
        total += len;
    }
    if (!ok || total != length) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return R::failure(tr("A stored secret failed its integrity check: it was altered or belongs to another "
                             "record. Enter it again."));
    }
    return out;
}
