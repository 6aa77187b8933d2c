#pragma once

#include "core/result.h"
#include "snippets/checktemplate.h"
#include "snippets/secretbox.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// What the snippet generator needs to know about a provider besides the catalog: its check template, the public
// account id the provider gave the merchant, the payment page for channels that send the buyer to one, and whether
// its secret is stored. Keyed by the provider's code, which a catalog import keeps with the provider (ids may be
// given to other providers).
struct ProviderCheckSettings
{
    QString providerCode;
    qint64 templateId = 0;
    QString account;
    QString payUrl;          // may hold {price} {currency} {product} {product_id} {offer} {account}
    bool configured = false; // false: nothing saved yet, the generic template is proposed
    bool hasSecret = false;
    // The provider's codes ignore case ("ab12" and "AB12" are one code): the snippets compare them in upper case,
    // so a used code typed in another case is still refused.
    bool codesCaseInsensitive = false;
    bool operator==(const ProviderCheckSettings&) const = default;
};

// Reads and writes the snippet tables of one database: check templates, provider settings and the secrets sealed by
// a SecretBox. Without a SecretBox, everything but the secrets works.
class SnippetStore final
{
    Q_DECLARE_TR_FUNCTIONS(SnippetStore)
public:
    explicit SnippetStore(Database& db, const SecretBox* box = nullptr) : m_db(db), m_box(box) {}

    Result<QList<CheckTemplate>> templates();
    Result<CheckTemplate> checkTemplate(qint64 id);
    // Validates, then inserts (id 0) or updates; returns the id.
    Result<qint64> saveTemplate(const CheckTemplate& t);
    // Refuses a built-in template and one a provider uses.
    Status removeTemplate(qint64 id);

    Result<ProviderCheckSettings> providerSettings(const QString& providerCode);
    Status saveProviderSettings(const ProviderCheckSettings& settings);

    // An empty secret removes the stored one.
    Status setProviderSecret(const QString& providerCode, const QString& secret);
    // Empty when none is stored.
    Result<QString> providerSecret(const QString& providerCode);

    // The site's 32-byte token-signing secret, made with OpenSSL's RNG the first time it is asked for.
    Result<QByteArray> siteSecret(qint64 siteId);
    // Makes the secret of every site that has none, and forgets those of removed sites; returns how many were made.
    Result<int> ensureSiteSecrets();
    // Replaces a site's secret: every access token issued by the snippets of that site stops working. Used codes stay
    // used: the snippets name them without the secret, and the replaced secret is kept among the retired ones.
    Result<QByteArray> renewSiteSecret(qint64 siteId);
    // The secrets the site had before, oldest first. Snippets generated before schema step 12 named used codes with
    // an HMAC keyed with the secret of the time; the snippets generated now look those names up with these.
    Result<QList<QByteArray>> retiredSiteSecrets(qint64 siteId);

private:
    // sealedId: the id a ciphertext is bound to (sites, and provider secrets sealed before schema step 12), or 0
    // for one bound to the key itself.
    Status storeSecret(const QString& owner, const QString& key, qint64 sealedId, const QByteArray& plaintext);
    Result<std::optional<QByteArray>> loadSecret(const QString& owner, const QString& key);
    Status needBox() const;
    static QString damaged(const QString& name);

    Database& m_db;
    const SecretBox* m_box;
};
