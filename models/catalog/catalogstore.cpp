#include "catalogstore.h"

#include "storage/database.h"

#include <QDateTime>

namespace {

QString joinChannels(const QList<Channel>& channels)
{
    QStringList ids;
    for (Channel c : channels)
        ids.append(Channels::id(c));
    return ids.join(u',');
}

QList<Channel> splitChannels(const QString& text)
{
    QList<Channel> out;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        if (auto c = Channels::fromId(part.trimmed()))
            out.append(*c);
    }
    return out;
}

QString dateText(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// The stored payout kind of a tier or a price point. The tables' CHECK admits only the two words, so the fallback
// serves a file changed by other means, for both alike.
PayoutKind storedPayoutKind(const Statement& s, int column)
{
    return CatalogText::payoutKindFrom(s.text(column)).value_or(PayoutKind::Share);
}

template <typename T, typename Read> Result<QList<T>> readAll(Database& db, std::string_view sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return Result<QList<T>>::failure(stmt.error());
    QList<T> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return Result<QList<T>>::failure(row.error());
        if (!row.value())
            break;
        out.append(read(stmt.value()));
    }
    return out;
}

// Binds the id of an insert-or-update (first placeholder), then the fields, and runs it.
Result<qint64> runSave(Database& db, Result<Statement>& stmt, qint64 id)
{
    if (!stmt)
        return Result<qint64>::failure(stmt.error());
    if (id > 0)
        stmt->bind(1, id);
    else
        stmt->bindNull(1);
    if (auto st = stmt->run(); !st)
        return Result<qint64>::failure(st.error());
    return id > 0 ? id : db.lastInsertId();
}

} // namespace

Result<QList<Site>> CatalogStore::sites()
{
    return readAll<Site>(m_db, "SELECT id, name, url, created_utc FROM sites ORDER BY id", [](const Statement& s) {
        return Site{s.int64(0), s.text(1), s.text(2), s.int64(3)};
    });
}

Result<QList<Product>> CatalogStore::products()
{
    return readAll<Product>(
        m_db, "SELECT id, site_id, name, description, vat_category, vat_rate_bp, active FROM products ORDER BY id",
        [](const Statement& s) {
            return Product{s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), int(s.int64(5)), s.int64(6) != 0};
        });
}

Result<QList<Provider>> CatalogStore::providers()
{
    auto providers =
        readAll<Provider>(m_db,
                          "SELECT id, code, name, channels, min_payout_minor, payout_currency, "
                          "payout_delay_days, statement_day, vat_model, reversement_excludes_vat, "
                          "fee_account, fee_vat_bp, auxiliary_account FROM providers ORDER BY id",
                          [](const Statement& s) {
                              Provider p;
                              p.id = s.int64(0);
                              p.code = s.text(1);
                              p.name = s.text(2);
                              p.channels = splitChannels(s.text(3));
                              p.minPayoutMinor = s.int64(4);
                              p.payoutCurrency = s.text(5);
                              p.payoutDelayDays = int(s.int64(6));
                              p.statementDay = int(s.int64(7));
                              p.vatModel = CatalogText::vatModelFrom(s.text(8)).value_or(VatModel::ByChannel);
                              p.reversementExcludesVat = s.int64(9) != 0;
                              p.feeAccount = CatalogText::feeAccountFrom(s.text(10)).value_or(FeeAccount::Banking);
                              p.feeVatBasisPoints = int(s.int64(11));
                              p.auxiliaryAccount = s.text(12);
                              return p;
                          });
    if (!providers)
        return providers;
    struct Row
    {
        qint64 providerId;
        PayoutTier tier;
    };
    auto tiers = readAll<Row>(m_db,
                              "SELECT provider_id, channel, price_minor, payout_kind, payout_value "
                              "FROM provider_payout_tiers",
                              [](const Statement& s) {
                                  PayoutTier t;
                                  t.channel = Channels::fromId(s.text(1)).value_or(Channel::Sms);
                                  t.priceMinor = s.int64(2);
                                  t.payoutKind = storedPayoutKind(s, 3);
                                  t.payoutValue = s.int64(4);
                                  return Row{s.int64(0), t};
                              });
    if (!tiers)
        return Result<QList<Provider>>::failure(tiers.error());
    for (Provider& p : providers.value()) {
        for (const Row& row : tiers.value()) {
            if (row.providerId == p.id)
                p.tiers.append(row.tier);
        }
        sortPayoutTiers(p.tiers);
    }
    return providers;
}

Result<QList<PricePoint>> CatalogStore::pricePoints()
{
    return readAll<PricePoint>(
        m_db,
        "SELECT id, product_id, channel, provider_id, price_minor, currency, payout_kind, payout_value, billing, "
        "service_number, keyword, mt_count, expected_seconds, operators, brand, min_minor, max_minor, "
        "invoice_currency, invoice_expiry_minutes, top_ups, access_kind, access_seconds, country, active "
        "FROM price_points ORDER BY id",
        [](const Statement& s) {
            PricePoint p;
            p.id = s.int64(0);
            p.productId = s.int64(1);
            p.channel = Channels::fromId(s.text(2)).value_or(Channel::Sms);
            p.providerId = s.int64(3);
            p.priceMinor = s.int64(4);
            p.currency = s.text(5);
            p.payoutKind = storedPayoutKind(s, 6);
            p.payoutValue = s.int64(7);
            p.billing = CatalogText::billingFrom(s.text(8)).value_or(Billing::OneOff);
            p.serviceNumber = s.text(9);
            p.keyword = s.text(10);
            p.mtCount = int(s.int64(11));
            p.expectedSeconds = int(s.int64(12));
            p.operators = s.text(13).split(u',', Qt::SkipEmptyParts);
            p.brand = s.text(14);
            p.minMinor = s.optionalInt64(15);
            p.maxMinor = s.optionalInt64(16);
            p.invoiceCurrency = s.text(17);
            p.invoiceExpiryMinutes = int(s.int64(18));
            p.topUps = CatalogText::splitAmounts(s.text(19)).value_or(QList<qint64>());
            p.accessKind = CatalogText::accessKindFrom(s.text(20)).value_or(AccessKind::SingleUse);
            p.accessSeconds = s.int64(21);
            p.country = s.text(22);
            p.active = s.int64(23) != 0;
            return p;
        });
}

Result<QList<ChannelRule>> CatalogStore::rules()
{
    return readAll<ChannelRule>(
        m_db,
        "SELECT id, channel, country, label, prefix, billing, currency, min_minor, max_minor, allowed_minor, "
        "monthly_max_minor, stored_max_minor, effective_from, effective_to, source FROM channel_rules ORDER BY id",
        [](const Statement& s) {
            ChannelRule r;
            r.id = s.int64(0);
            r.channel = Channels::fromId(s.text(1)).value_or(Channel::Sms);
            r.country = s.text(2);
            r.label = s.text(3);
            r.prefix = s.text(4);
            r.billing = s.text(5);
            r.currency = s.text(6);
            r.minMinor = s.optionalInt64(7);
            r.maxMinor = s.optionalInt64(8);
            r.allowedMinor = CatalogText::splitAmounts(s.text(9)).value_or(QList<qint64>());
            r.monthlyMaxMinor = s.optionalInt64(10);
            r.storedMaxMinor = s.optionalInt64(11);
            r.effectiveFrom = QDate::fromString(s.text(12), Qt::ISODate);
            if (!s.isNull(13))
                r.effectiveTo = QDate::fromString(s.text(13), Qt::ISODate);
            r.source = s.text(14);
            return r;
        });
}

Result<Catalog> CatalogStore::load()
{
    Catalog c;
    auto s = sites();
    auto p = products();
    auto v = providers();
    auto pp = pricePoints();
    auto r = rules();
    for (const QString* error : {&s.error(), &p.error(), &v.error(), &pp.error(), &r.error()}) {
        if (!error->isEmpty())
            return Result<Catalog>::failure(*error);
    }
    c.sites = s.value();
    c.products = p.value();
    c.providers = v.value();
    c.pricePoints = pp.value();
    c.rules = r.value();
    return c;
}

Result<qint64> CatalogStore::save(const Site& site)
{
    auto stmt = m_db.prepare("INSERT INTO sites (id, name, url, created_utc) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name = excluded.name, url = excluded.url, "
                             "created_utc = excluded.created_utc");
    if (stmt)
        stmt->bind(2, site.name)
            .bind(3, site.url)
            .bind(4, site.createdUtc ? site.createdUtc : QDateTime::currentSecsSinceEpoch());
    return runSave(m_db, stmt, site.id);
}

Result<qint64> CatalogStore::save(const Product& product)
{
    auto stmt = m_db.prepare("INSERT INTO products (id, site_id, name, description, vat_category, vat_rate_bp, "
                             "active) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "site_id = excluded.site_id, name = excluded.name, description = excluded.description, "
                             "vat_category = excluded.vat_category, vat_rate_bp = excluded.vat_rate_bp, "
                             "active = excluded.active");
    if (stmt)
        stmt->bind(2, product.siteId)
            .bind(3, product.name)
            .bind(4, product.description)
            .bind(5, product.vatCategory)
            .bind(6, product.vatRateBasisPoints)
            .bind(7, product.active ? 1 : 0);
    return runSave(m_db, stmt, product.id);
}

Result<qint64> CatalogStore::save(const Provider& provider)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::failure(tx.error());
    auto stmt = m_db.prepare("INSERT INTO providers (id, code, name, channels, min_payout_minor, payout_currency, "
                             "payout_delay_days, statement_day, vat_model, reversement_excludes_vat, fee_account, "
                             "fee_vat_bp, auxiliary_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                             "channels = excluded.channels, min_payout_minor = excluded.min_payout_minor, "
                             "payout_currency = excluded.payout_currency, "
                             "payout_delay_days = excluded.payout_delay_days, statement_day = excluded.statement_day, "
                             "vat_model = excluded.vat_model, "
                             "reversement_excludes_vat = excluded.reversement_excludes_vat, "
                             "fee_account = excluded.fee_account, fee_vat_bp = excluded.fee_vat_bp, "
                             "auxiliary_account = excluded.auxiliary_account");
    if (stmt)
        stmt->bind(2, provider.code)
            .bind(3, provider.name)
            .bind(4, joinChannels(provider.channels))
            .bind(5, provider.minPayoutMinor)
            .bind(6, provider.payoutCurrency)
            .bind(7, provider.payoutDelayDays)
            .bind(8, provider.statementDay)
            .bind(9, CatalogText::vatModel(provider.vatModel))
            .bind(10, qint64(provider.reversementExcludesVat ? 1 : 0))
            .bind(11, CatalogText::feeAccount(provider.feeAccount))
            .bind(12, qint64(provider.feeVatBasisPoints))
            .bind(13, provider.auxiliaryAccount);
    auto id = runSave(m_db, stmt, provider.id);
    if (!id)
        return id;
    auto clear = m_db.prepare("DELETE FROM provider_payout_tiers WHERE provider_id = ?");
    if (!clear)
        return Result<qint64>::failure(clear.error());
    clear->bind(1, id.value());
    if (auto st = clear->run(); !st)
        return Result<qint64>::failure(st.error());
    for (const PayoutTier& t : provider.tiers) {
        auto insert = m_db.prepare("INSERT INTO provider_payout_tiers (provider_id, channel, price_minor, payout_kind, "
                                   "payout_value) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return Result<qint64>::failure(insert.error());
        insert->bind(1, id.value())
            .bind(2, Channels::id(t.channel))
            .bind(3, t.priceMinor)
            .bind(4, CatalogText::payoutKind(t.payoutKind))
            .bind(5, t.payoutValue);
        if (auto st = insert->run(); !st)
            return Result<qint64>::failure(st.error());
    }
    if (auto st = tx.commit(); !st)
        return Result<qint64>::failure(st.error());
    return id;
}

Result<qint64> CatalogStore::save(const PricePoint& p)
{
    auto stmt = m_db.prepare(
        "INSERT INTO price_points (id, product_id, channel, provider_id, price_minor, currency, "
        "payout_kind, payout_value, billing, service_number, keyword, mt_count, expected_seconds, operators, brand, "
        "min_minor, max_minor, invoice_currency, invoice_expiry_minutes, top_ups, access_kind, access_seconds, "
        "country, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET product_id = excluded.product_id, channel = excluded.channel, "
        "provider_id = excluded.provider_id, price_minor = excluded.price_minor, currency = excluded.currency, "
        "payout_kind = excluded.payout_kind, payout_value = excluded.payout_value, billing = excluded.billing, "
        "service_number = excluded.service_number, keyword = excluded.keyword, mt_count = excluded.mt_count, "
        "expected_seconds = excluded.expected_seconds, operators = excluded.operators, brand = excluded.brand, "
        "min_minor = excluded.min_minor, max_minor = excluded.max_minor, "
        "invoice_currency = excluded.invoice_currency, invoice_expiry_minutes = excluded.invoice_expiry_minutes, "
        "top_ups = excluded.top_ups, access_kind = excluded.access_kind, access_seconds = excluded.access_seconds, "
        "country = excluded.country, active = excluded.active");
    if (stmt)
        stmt->bind(2, p.productId)
            .bind(3, Channels::id(p.channel))
            .bind(4, p.providerId)
            .bind(5, p.priceMinor)
            .bind(6, p.currency)
            .bind(7, CatalogText::payoutKind(p.payoutKind))
            .bind(8, p.payoutValue)
            .bind(9, CatalogText::billing(p.billing))
            .bind(10, p.serviceNumber)
            .bind(11, p.keyword)
            .bind(12, p.mtCount)
            .bind(13, p.expectedSeconds)
            .bind(14, p.operators.join(u','))
            .bind(15, p.brand)
            .bind(16, p.minMinor)
            .bind(17, p.maxMinor)
            .bind(18, p.invoiceCurrency)
            .bind(19, p.invoiceExpiryMinutes)
            .bind(20, CatalogText::joinAmounts(p.topUps))
            .bind(21, CatalogText::accessKind(p.accessKind))
            .bind(22, p.accessSeconds)
            .bind(23, p.country)
            .bind(24, p.active ? 1 : 0);
    return runSave(m_db, stmt, p.id);
}

Result<qint64> CatalogStore::save(const ChannelRule& r)
{
    auto stmt = m_db.prepare(
        "INSERT INTO channel_rules (id, channel, country, label, prefix, billing, currency, min_minor, max_minor, "
        "allowed_minor, monthly_max_minor, stored_max_minor, effective_from, effective_to, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "channel = excluded.channel, country = excluded.country, label = excluded.label, prefix = excluded.prefix, "
        "billing = excluded.billing, currency = excluded.currency, min_minor = excluded.min_minor, "
        "max_minor = excluded.max_minor, allowed_minor = excluded.allowed_minor, "
        "monthly_max_minor = excluded.monthly_max_minor, stored_max_minor = excluded.stored_max_minor, "
        "effective_from = excluded.effective_from, effective_to = excluded.effective_to, source = excluded.source");
    if (stmt) {
        stmt->bind(2, Channels::id(r.channel))
            .bind(3, r.country)
            .bind(4, r.label)
            .bind(5, r.prefix)
            .bind(6, r.billing)
            .bind(7, r.currency)
            .bind(8, r.minMinor)
            .bind(9, r.maxMinor)
            .bind(10, CatalogText::joinAmounts(r.allowedMinor))
            .bind(11, r.monthlyMaxMinor)
            .bind(12, r.storedMaxMinor)
            .bind(13, r.effectiveFrom.toString(Qt::ISODate))
            .bind(15, r.source);
        if (r.effectiveTo)
            stmt->bind(14, dateText(r.effectiveTo));
        else
            stmt->bindNull(14);
    }
    return runSave(m_db, stmt, r.id);
}

Status CatalogStore::removeRow(std::string_view sql, qint64 id)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return Status::failure(stmt.error());
    stmt->bind(1, id);
    return stmt->run();
}

Status CatalogStore::removePricePoint(qint64 id)
{
    return removeRow("DELETE FROM price_points WHERE id = ?", id);
}

Status CatalogStore::removeSite(qint64 id)
{
    return removeRow("DELETE FROM sites WHERE id = ?", id);
}

Status CatalogStore::removeProduct(qint64 id)
{
    return removeRow("DELETE FROM products WHERE id = ?", id);
}

Status CatalogStore::removeProvider(qint64 id)
{
    return removeRow("DELETE FROM providers WHERE id = ?", id);
}

Status CatalogStore::removeRule(qint64 id)
{
    return removeRow("DELETE FROM channel_rules WHERE id = ?", id);
}

Status CatalogStore::insertAll(const Catalog& catalog)
{
    auto first = [](const QList<Result<qint64>>& results) -> Status {
        for (const auto& r : results) {
            if (!r)
                return Status::failure(r.error());
        }
        return {};
    };
    QList<Result<qint64>> results;
    for (const Site& s : catalog.sites)
        results.append(save(s));
    for (const Product& p : catalog.products)
        results.append(save(p));
    for (const Provider& p : catalog.providers)
        results.append(save(p));
    for (const PricePoint& p : catalog.pricePoints)
        results.append(save(p));
    for (const ChannelRule& r : catalog.rules)
        results.append(save(r));
    return first(results);
}

Status CatalogStore::replace(const Catalog& catalog)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (auto st = m_db.exec("DELETE FROM price_points; DELETE FROM products; DELETE FROM sites; "
                            "DELETE FROM provider_payout_tiers; DELETE FROM providers; DELETE FROM channel_rules;");
        !st)
        return st;
    if (auto st = insertAll(catalog); !st)
        return st;
    return tx.commit();
}
