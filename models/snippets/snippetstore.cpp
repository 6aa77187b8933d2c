#include "snippetstore.h"

#include "storage/database.h"

#include <QDateTime>

#include <openssl/crypto.h>

namespace {

QByteArray associatedData(const QString& owner, qint64 ownerId)
{
    return QByteArray("obole snippet secret|") + owner.toLatin1() + '|' + QByteArray::number(ownerId);
}

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

Result<ProviderCheckSettings> SnippetStore::providerSettings(qint64 providerId)
{
    using R = Result<ProviderCheckSettings>;
    ProviderCheckSettings out;
    out.providerId = providerId;
    auto s = m_db.prepare("SELECT template_id, account, pay_url FROM snippet_provider_settings WHERE provider_id = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, providerId);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (row.value()) {
        out.templateId = s->int64(0);
        out.account = s->text(1);
        out.payUrl = s->text(2);
        out.configured = true;
    } else {
        auto generic = m_db.prepare("SELECT id FROM snippet_check_templates WHERE code = 'generic_json'");
        if (!generic)
            return R::failure(generic.error());
        if (auto found = generic->next(); found && found.value())
            out.templateId = generic->int64(0);
    }
    auto secret = m_db.prepare("SELECT 1 FROM snippet_secrets WHERE owner = 'provider' AND owner_id = ?");
    if (!secret)
        return R::failure(secret.error());
    secret->bind(1, providerId);
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
    auto s = m_db.prepare("INSERT INTO snippet_provider_settings (provider_id, template_id, account, pay_url) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (provider_id) DO UPDATE SET template_id = "
                          "excluded.template_id, account = excluded.account, pay_url = excluded.pay_url");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, settings.providerId).bind(2, settings.templateId).bind(3, settings.account.trimmed());
    s->bind(4, settings.payUrl.trimmed());
    return s->run();
}

Status SnippetStore::needBox() const
{
    if (!m_box)
        return Status::failure(tr("The secret key is not available, so stored secrets cannot be read or written."));
    return {};
}

Status SnippetStore::storeSecret(const QString& owner, qint64 ownerId, const QByteArray& plaintext)
{
    if (auto st = needBox(); !st)
        return st;
    auto sealed = m_box->seal(plaintext, associatedData(owner, ownerId));
    if (!sealed)
        return Status::failure(sealed.error());
    auto s = m_db.prepare("INSERT INTO snippet_secrets (owner, owner_id, key_id, nonce, ciphertext, updated_utc) "
                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (owner, owner_id) DO UPDATE SET key_id = "
                          "excluded.key_id, nonce = excluded.nonce, ciphertext = excluded.ciphertext, updated_utc = "
                          "excluded.updated_utc");
    if (!s)
        return Status::failure(s.error());
    s->bind(1, owner).bind(2, ownerId).bind(3, sealed->keyId).bindBlob(4, sealed->nonce);
    s->bindBlob(5, sealed->ciphertext).bind(6, QDateTime::currentSecsSinceEpoch());
    return s->run();
}

Result<std::optional<QByteArray>> SnippetStore::loadSecret(const QString& owner, qint64 ownerId)
{
    using R = Result<std::optional<QByteArray>>;
    auto s = m_db.prepare("SELECT key_id, nonce, ciphertext FROM snippet_secrets WHERE owner = ? AND owner_id = ?");
    if (!s)
        return R::failure(s.error());
    s->bind(1, owner).bind(2, ownerId);
    auto row = s->next();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<QByteArray>();
    if (auto st = needBox(); !st)
        return R::failure(st.error());
    auto plain = m_box->open({s->text(0), s->blob(1), s->blob(2)}, associatedData(owner, ownerId));
    if (!plain)
        return R::failure(plain.error());
    return std::optional<QByteArray>(plain.value());
}

Status SnippetStore::setProviderSecret(qint64 providerId, const QString& secret)
{
    if (secret.isEmpty()) {
        auto s = m_db.prepare("DELETE FROM snippet_secrets WHERE owner = 'provider' AND owner_id = ?");
        if (!s)
            return Status::failure(s.error());
        s->bind(1, providerId);
        return s->run();
    }
    QByteArray utf8 = secret.toUtf8();
    auto st = storeSecret(QStringLiteral("provider"), providerId, utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return st;
}

Result<QString> SnippetStore::providerSecret(qint64 providerId)
{
    auto secret = loadSecret(QStringLiteral("provider"), providerId);
    if (!secret)
        return Result<QString>::failure(secret.error());
    return secret->has_value() ? QString::fromUtf8(**secret) : QString();
}

Result<QByteArray> SnippetStore::siteSecret(qint64 siteId)
{
    using R = Result<QByteArray>;
    auto existing = loadSecret(QStringLiteral("site"), siteId);
    if (!existing)
        return R::failure(existing.error());
    if (existing->has_value())
        return **existing;
    return renewSiteSecret(siteId);
}

Result<QByteArray> SnippetStore::renewSiteSecret(qint64 siteId)
{
    using R = Result<QByteArray>;
    auto secret = SecretBox::randomBytes(32);
    if (!secret)
        return R::failure(secret.error());
    if (auto st = storeSecret(QStringLiteral("site"), siteId, secret.value()); !st)
        return R::failure(st.error());
    return secret;
}

Result<int> SnippetStore::ensureSiteSecrets()
{
    using R = Result<int>;
    auto s = m_db.prepare("SELECT id FROM sites WHERE id NOT IN (SELECT owner_id FROM snippet_secrets WHERE owner = "
                          "'site') ORDER BY id");
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
    if (auto st = m_db.exec("DELETE FROM snippet_secrets WHERE owner = 'site' AND owner_id NOT IN (SELECT id FROM "
                            "sites)");
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
