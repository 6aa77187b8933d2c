#include "snippetstore.h"

#include "storage/database.h"

#include <QDateTime>

#include <openssl/crypto.h>

namespace {

// What a ciphertext is bound to (AES-GCM associated data), so that a row moved to another owner does not open. Rows
// sealed before schema step 12 were bound to the owner's id (`sealed_id`); provider secrets sealed since are bound to
// the provider's code, which a catalog import does not give to another provider.
// sealed_id 0 (NULL in the table): bound to the key.
QByteArray associatedData(const QString& owner, const QString& key, qint64 sealedId)
{
    if (sealedId != 0)
        return QByteArray("obole snippet secret|") + owner.toLatin1() + '|' + QByteArray::number(sealedId);
    return QByteArray("obole snippet secret|") + owner.toLatin1() + " code|" + key.toUtf8();
}

const QString s_site = QStringLiteral("site");
const QString s_siteRetired = QStringLiteral("site_retired");
const QString s_provider = QStringLiteral("provider");
constexpr int s_siteSecretBytes = 32;
// Retired site secrets kept for the used-code names of older snippets; a site renewing its secret more often than
// this loses the oldest, which only older snippets (before schema step 12) could have used.
constexpr int s_retiredSecretsKept = 32;

// The same columns in the same order, read by readTemplate().
constexpr const char* s_selectTemplates =
    "SELECT id, code, name, method, url, params, headers, reply_format, success_field, success_value, "
    "reference_field, built_in FROM snippet_check_templates ORDER BY built_in DESC, id";
constexpr const char* s_selectTemplate =
    "SELECT id, code, name, method, url, params, headers, reply_format, success_field, success_value, "
    "reference_field, built_in FROM snippet_check_templates WHERE id = ?";

// Empty when the stored text does not parse (a row edited by hand).
std::optional<CheckTemplate> readTemplate(const Statement& s)
{
    CheckTemplate t;
    t.id = s.int64(0);
    t.code = s.text(1);
    t.name = s.text(2);
    t.method = s.text(3);
    t.url = s.text(4);
    auto params = CheckTemplate::parsePairs(s.text(5), u'=');
    auto headers = CheckTemplate::parsePairs(s.text(6), u':');
    auto reply = CheckTemplate::replyFrom(s.text(7));
    if (!params || !headers || !reply)
        return std::nullopt;
    t.params = params.value();
    t.headers = headers.value();
    t.reply = *reply;
    t.successField = s.text(8);
    t.successValue = s.text(9);
    t.referenceField = s.text(10);
    t.builtIn = s.int64(11) != 0;
    return t;
}

} // namespace

QString SnippetStore::damaged(const QString& name)
{
    return tr("The check template \"%1\" stored in the database is damaged; edit it again.").arg(name);
}

Result<QList<CheckTemplate>> SnippetStore::templates()
{
    using R = Result<QList<CheckTemplate>>;
    auto s = m_db.prepare(s_selectTemplates);
    if (!s)
        return R::failure(s.error());
    QList<CheckTemplate> out;
    while (true) {
        auto row = s->next();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            break;
        auto t = readTemplate(s.value());
        if (!t)
            return R::failure(damaged(s->text(2)));
        out.append(*t);
    }
    return out;
}

Result<CheckTemplate> SnippetStore::checkTemplate(qint64 id)
{
    using R = Result<CheckTemplate>;
    auto s = m_db.prepare(s_selectTemplate);
    if (!s)
        return R::failure(s.error());
    s->bind(1, id);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return R::failure(tr("There is no check template %1.").arg(id));
    auto t = readTemplate(s.value());
    if (!t)
        return R::failure(damaged(s->text(2)));
    return *t;
}

Result<qint64> SnippetStore::saveTemplate(const CheckTemplate& t)
{
    using R = Result<qint64>;
    if (auto st = t.validate(); !st)
        return R::failure(st.error());
    auto s = t.id == 0
                 ? m_db.prepare("INSERT INTO snippet_check_templates (code, name, method, url, params, headers, "
                                "reply_format, success_field, success_value, reference_field, built_in) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                 : m_db.prepare("UPDATE snippet_check_templates SET code = ?, name = ?, method = ?, url = ?, "
                                "params = ?, headers = ?, reply_format = ?, success_field = ?, success_value = ?, "
                                "reference_field = ? WHERE id = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, t.code).bind(2, t.name.trimmed()).bind(3, t.method).bind(4, t.url);
    s->bind(5, CheckTemplate::pairsText(t.params, u'=')).bind(6, CheckTemplate::pairsText(t.headers, u':'));
    s->bind(7, CheckTemplate::replyName(t.reply)).bind(8, t.successField).bind(9, t.successValue);
    s->bind(10, t.referenceField);
    if (t.id != 0)
        s->bind(11, t.id);
    if (auto st = s->run(); !st) {
        if (st.error().contains(QLatin1StringView("UNIQUE")))
            return R::failure(tr("code: another template already uses \"%1\".").arg(t.code));
        return R::failure(st.error());
    }
    if (t.id != 0 && m_db.changes() == 0)
        return R::failure(tr("There is no check template %1.").arg(t.id));
    return t.id == 0 ? m_db.lastInsertId() : t.id;
}

Status SnippetStore::removeTemplate(qint64 id)
{
    auto t = checkTemplate(id);
    if (!t)
        return Status::failure(t.error());
    if (t->builtIn)
        return Status::failure(tr("\"%1\" is built in; it can be edited but not removed.").arg(t->name));
    auto used = m_db.prepare("SELECT count(*) FROM snippet_provider_settings WHERE template_id = ?");
    if (!used)
        return Status::failure(used.error());
    used->bind(1, id);
    if (auto row = used->next(); !row)
        return Status::failure(row.error());
    if (used->int64(0) > 0)
        return Status::failure(tr("\"%1\" is used by %n provider(s); choose another template for them first.", nullptr,
                                  int(used->int64(0)))
                                   .arg(t->name));
    auto s = m_db.prepare("DELETE FROM snippet_check_templates WHERE id = ?");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, id);
    return s->run();
}

Result<ProviderCheckSettings> SnippetStore::providerSettings(const QString& providerCode)
{
    using R = Result<ProviderCheckSettings>;
    ProviderCheckSettings out;
    out.providerCode = providerCode;
    auto s = m_db.prepare("SELECT template_id, account, pay_url, codes_case_insensitive FROM snippet_provider_settings "
                          "WHERE provider_code = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, providerCode);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (row.value()) {
        out.templateId = s->int64(0);
        out.account = s->text(1);
        out.payUrl = s->text(2);
        out.codesCaseInsensitive = s->int64(3) != 0;
        out.configured = true;
    } else {
        auto generic = m_db.prepare("SELECT id FROM snippet_check_templates WHERE code = 'generic_json'");
        if (!generic)
            return R::failure(generic.error());
        if (auto found = generic->next(); found && found.value())
            out.templateId = generic->int64(0);
    }
    auto secret = m_db.prepare("SELECT 1 FROM snippet_secrets WHERE owner = 'provider' AND owner_key = ?");
    if (!secret)
        return R::failure(secret.error());
    secret->bind(1, providerCode);
    auto has = secret->next();
    if (!has)
        return R::failure(has.error());
    out.hasSecret = has.value();
    return out;
}

Status SnippetStore::saveProviderSettings(const ProviderCheckSettings& settings)
{
    if (auto t = checkTemplate(settings.templateId); !t)
        return Status::failure(t.error());
    if (settings.providerCode.isEmpty())
        return Status::failure(tr("The provider has no code, so its check settings cannot be saved."));
    auto s = m_db.prepare("INSERT INTO snippet_provider_settings (provider_code, template_id, account, pay_url, "
                          "codes_case_insensitive) VALUES (?, ?, ?, ?, ?) ON CONFLICT (provider_code) DO UPDATE SET "
                          "template_id = excluded.template_id, account = excluded.account, pay_url = excluded.pay_url, "
                          "codes_case_insensitive = excluded.codes_case_insensitive");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, settings.providerCode).bind(2, settings.templateId).bind(3, settings.account.trimmed());
    s->bind(4, settings.payUrl.trimmed()).bind(5, qint64(settings.codesCaseInsensitive ? 1 : 0));
    return s->run();
}

Status SnippetStore::needBox() const
{
    if (!m_box)
        return Status::failure(tr("The secret key is not available, so stored secrets cannot be read or written."));
    return {};
}

Status SnippetStore::storeSecret(const QString& owner, const QString& key, qint64 sealedId, const QByteArray& plaintext)
{
    if (auto st = needBox(); !st)
        return st;
    auto sealed = m_box->seal(plaintext, associatedData(owner, key, sealedId));
    if (!sealed)
        return Status::failure(sealed.error());
    auto s = m_db.prepare("INSERT INTO snippet_secrets (owner, owner_key, sealed_id, key_id, nonce, ciphertext, "
                          "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner, owner_key) DO UPDATE SET "
                          "sealed_id = excluded.sealed_id, key_id = excluded.key_id, nonce = excluded.nonce, "
                          "ciphertext = excluded.ciphertext, updated_utc = excluded.updated_utc");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, owner).bind(2, key);
    if (sealedId != 0)
        s->bind(3, sealedId);
    else
        s->bindNull(3);
    s->bind(4, sealed->keyId).bindBlob(5, sealed->nonce);
    s->bindBlob(6, sealed->ciphertext).bind(7, QDateTime::currentSecsSinceEpoch());
    return s->run();
}

Result<std::optional<QByteArray>> SnippetStore::loadSecret(const QString& owner, const QString& key)
{
    using R = Result<std::optional<QByteArray>>;
    auto s = m_db.prepare(
        "SELECT key_id, nonce, ciphertext, sealed_id FROM snippet_secrets WHERE owner = ? AND owner_key = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, owner).bind(2, key);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<QByteArray>();
    if (auto st = needBox(); !st)
        return R::failure(st.error());
    const qint64 sealedId = s->isNull(3) ? 0 : s->int64(3);
    auto plain = m_box->open({s->text(0), s->blob(1), s->blob(2)}, associatedData(owner, key, sealedId));
    if (!plain)
        return R::failure(plain.error());
    return std::optional<QByteArray>(plain.value());
}

Status SnippetStore::setProviderSecret(const QString& providerCode, const QString& secret)
{
    if (secret.isEmpty()) {
        auto s = m_db.prepare("DELETE FROM snippet_secrets WHERE owner = 'provider' AND owner_key = ?");
        if (!s)
            return Status::failure(s.error());
        s->bind(1, providerCode);
        return s->run();
    }
    if (providerCode.isEmpty())
        return Status::failure(tr("The provider has no code, so its secret cannot be saved."));
    QByteArray utf8 = secret.toUtf8();
    auto st = storeSecret(s_provider, providerCode, 0, utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return st;
}

Result<QString> SnippetStore::providerSecret(const QString& providerCode)
{
    auto secret = loadSecret(s_provider, providerCode);
    if (!secret)
        return Result<QString>::failure(secret.error());
    return secret->has_value() ? QString::fromUtf8(**secret) : QString();
}

Result<QByteArray> SnippetStore::siteSecret(qint64 siteId)
{
    using R = Result<QByteArray>;
    auto existing = loadSecret(s_site, QString::number(siteId));
    if (!existing)
        return R::failure(existing.error());
    if (existing->has_value())
        return **existing;
    return renewSiteSecret(siteId);
}

Result<QByteArray> SnippetStore::renewSiteSecret(qint64 siteId)
{
    using R = Result<QByteArray>;
    const QString key = QString::number(siteId);
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The secret being replaced is kept: snippets of older versions named used codes with it (see retiredSiteSecrets).
    // One that does not open (sealed with a lost key, the usual reason for a new secret) is lost with that key, and so
    // are the former ones sealed with it: they are dropped, so that reading them no longer fails.
    auto previous = loadSecret(s_site, key);
    QList<QByteArray> kept;
    if (previous && previous->has_value()) {
        if (auto retired = retiredSiteSecrets(siteId))
            kept = retired.value();
        kept.append(**previous);
        while (kept.size() > s_retiredSecretsKept)
            kept.removeFirst();
    }
    if (kept.isEmpty()) {
        auto drop = m_db.prepare("DELETE FROM snippet_secrets WHERE owner = 'site_retired' AND owner_key = ?");
        if (!drop)
            return R::failure(drop.error());
        drop->bind(1, key);
        if (auto st = drop->run(); !st)
            return R::failure(st.error());
    } else {
        QByteArray joined = kept.join();
        const Status st = storeSecret(s_siteRetired, key, siteId, joined);
        OPENSSL_cleanse(joined.data(), size_t(joined.size()));
        if (!st)
            return R::failure(st.error());
    }
    auto secret = SecretBox::randomBytes(s_siteSecretBytes);
    if (!secret)
        return R::failure(secret.error());
    if (auto st = storeSecret(s_site, key, siteId, secret.value()); !st)
        return R::failure(st.error());
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return secret;
}

Result<QList<QByteArray>> SnippetStore::retiredSiteSecrets(qint64 siteId)
{
    using R = Result<QList<QByteArray>>;
    auto joined = loadSecret(s_siteRetired, QString::number(siteId));
    if (!joined)
        return R::failure(joined.error());
    QList<QByteArray> out;
    if (!joined->has_value())
        return out;
    const QByteArray& bytes = **joined;
    if (bytes.size() % s_siteSecretBytes != 0)
        return R::failure(tr("The former signing secrets of site %1 stored in the database are damaged.").arg(siteId));
    for (qsizetype at = 0; at < bytes.size(); at += s_siteSecretBytes)
        out.append(bytes.mid(at, s_siteSecretBytes));
    return out;
}

Result<int> SnippetStore::ensureSiteSecrets()
{
    using R = Result<int>;
    auto s = m_db.prepare("SELECT id FROM sites WHERE CAST(id AS TEXT) NOT IN (SELECT owner_key FROM snippet_secrets "
                          "WHERE owner = 'site') ORDER BY id");
    if (!s)
        return R::failure(s.error());
    QList<qint64> missing;
    while (true) {
        auto row = s->next();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            break;
        missing.append(s->int64(0));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The secret of a removed site goes with it, so a site created later under the same id starts afresh.
    if (auto st = m_db.exec("DELETE FROM snippet_secrets WHERE owner IN ('site', 'site_retired') AND owner_key NOT IN "
                            "(SELECT CAST(id AS TEXT) FROM sites)");
        !st)
        return R::failure(st.error());
    for (qint64 id : missing) {
        if (auto made = renewSiteSecret(id); !made)
            return R::failure(made.error());
    }
    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return int(missing.size());
}
