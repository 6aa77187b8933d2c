#pragma once

#include "core/result.h"
#include "snippets/checktemplate.h"
#include "snippets/secretbox.h"

#include <QCoreApplication>
#include <QList>

class Database;

// What the snippet generator needs to know about a provider besides the catalog: its check template, the public
// account id the provider gave the merchant, the payment page for channels that send the buyer to one, and whether
// its secret is stored.
struct ProviderCheckSettings
{
    qint64 providerId = 0;
    qint64 templateId = 0;
    QString account;
    QString payUrl;          // may hold {price} {currency} {product} {product_id} {offer} {account}
    bool configured = false; // false: nothing saved yet, the generic template is proposed
    bool hasSecret = false;
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

    Result<ProviderCheckSettings> providerSettings(qint64 providerId);
    Status saveProviderSettings(const ProviderCheckSettings& settings);

    // An empty secret removes the stored one.
    Status setProviderSecret(qint64 providerId, const QString& secret);
    // Empty when none is stored.
    Result<QString> providerSecret(qint64 providerId);

    // The site's 32-byte token-signing secret, made with OpenSSL's RNG the first time it is asked for.
    Result<QByteArray> siteSecret(qint64 siteId);
    // Makes the secret of every site that has none, and forgets those of removed sites; returns how many were made.
    Result<int> ensureSiteSecrets();
    // Replaces a site's secret: every access token issued by the snippets of that site stops working.
    Result<QByteArray> renewSiteSecret(qint64 siteId);

private:
    Status storeSecret(const QString& owner, qint64 ownerId, const QByteArray& plaintext);
    Result<std::optional<QByteArray>> loadSecret(const QString& owner, qint64 ownerId);
    Status needBox() const;
    static QString damaged(const QString& name);

    Database& m_db;
    const SecretBox* m_box;
};
