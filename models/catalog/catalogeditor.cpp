#include "catalogeditor.h"

#include "audittrail.h"
#include "catalogeditcommand.h"
#include "catalogreplacecommand.h"
#include "catalogstore.h"
#include "catalogvalidator.h"
#include "storage/database.h"

#include <QDateTime>
#include <QUndoStack>

namespace {

template <typename T> const T* byId(const QList<T>& list, qint64 id)
{
    for (const T& r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

template <typename... Fs> struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <typename... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

} // namespace

CatalogEditor::CatalogEditor(Database& db, QUndoStack* stack, QObject* parent)
    : QObject(parent), m_db(db), m_stack(stack)
{
    if (m_stack)
        m_stack->clear();
    if (auto st = reload(); !st)
        qWarning("Cannot read the catalog: %s", qPrintable(st.error()));
}

CatalogEditor::~CatalogEditor()
{
    // The commands on the stack write through this editor and its database: they cannot outlive them.
    if (m_stack)
        m_stack->clear();
}

Status CatalogEditor::reload()
{
    auto loaded = CatalogStore(m_db).load();
    if (!loaded)
        return Status::failure(loaded.error());
    m_catalog = std::move(loaded.value());
    return {};
}

void CatalogEditor::reportFailure(const QString& message)
{
    (void)reload();
    emit catalogChanged();
    emit failed(message);
}

Status CatalogEditor::writeChange(const CatalogChange& change)
{
    CatalogStore store(m_db);
    if (change.after) {
        return std::visit([&store](const auto& record) { return Status::from(store.save(record)); }, *change.after);
    }
    if (!change.before)
        return {};
    return std::visit(Overloaded{[&store](const Site& r) { return store.removeSite(r.id); },
                                 [&store](const Product& r) { return store.removeProduct(r.id); },
                                 [&store](const Provider& r) { return store.removeProvider(r.id); },
                                 [&store](const PricePoint& r) { return store.removePricePoint(r.id); },
                                 [&store](const ChannelRule& r) { return store.removeRule(r.id); }},
                      *change.before);
}

Status CatalogEditor::apply(QList<CatalogChange>& changes, const QString& action)
{
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        CatalogStore store(m_db);
        for (CatalogChange& change : changes) {
            if (change.after) {
                auto id = std::visit([&store](const auto& record) { return store.save(record); }, *change.after);
                if (!id)
                    return Status::failure(id.error());
                CatalogRecords::setId(*change.after, id.value());
                if (change.before)
                    CatalogRecords::setId(*change.before, id.value());
            } else if (auto st = writeChange(change); !st) {
                return st;
            }
        }
        if (auto st = AuditTrail::record(m_db, changes, action, QDateTime::currentSecsSinceEpoch()); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    const Status loaded = reload();
    emit catalogChanged();
    return loaded;
}

Status CatalogEditor::applyCatalog(const Catalog& from, const Catalog& to, const QString& action)
{
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        if (auto st = CatalogStore(m_db).replace(to); !st)
            return st;
        if (auto st =
                AuditTrail::record(m_db, CatalogRecords::diff(from, to), action, QDateTime::currentSecsSinceEpoch());
            !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    const Status loaded = reload();
    emit catalogChanged();
    return loaded;
}

Result<qint64> CatalogEditor::push(QList<CatalogChange> changes, const QString& text)
{
    if (auto st = apply(changes, QStringLiteral("edit")); !st)
        return Result<qint64>::failure(st.error());
    const CatalogChange& first = changes.constFirst();
    const qint64 id = CatalogRecords::id(first.after ? *first.after : *first.before);
    if (m_stack)
        m_stack->push(new CatalogEditCommand(this, std::move(changes), text));
    return id;
}

Status CatalogEditor::pushRemoval(QList<CatalogChange> changes, const QString& text)
{
    return Status::from(push(std::move(changes), text));
}

template <typename T>
Result<qint64> CatalogEditor::saveRecord(const T& record, const QList<T>& existing, const QString& newText,
                                         const QString& editText, const QStringList& problems)
{
    if (!problems.isEmpty())
        return Result<qint64>::failure(problems.join(u'\n'));
    const T* old = record.id > 0 ? byId(existing, record.id) : nullptr;
    if (old && *old == record)
        return record.id;
    CatalogChange change;
    if (old)
        change.before = CatalogRecord(*old);
    change.after = CatalogRecord(record);
    change.label = CatalogRecords::label(record, m_catalog);
    return push({change}, old ? editText : newText);
}

Result<qint64> CatalogEditor::savePricePoint(const PricePoint& point)
{
    const QString label = CatalogRecords::label(point, m_catalog);
    return saveRecord(point, m_catalog.pricePoints, tr("Add price point %1").arg(label),
                      tr("Edit price point %1").arg(label), CatalogValidator::problems(point, m_catalog, checkDate()));
}

Result<qint64> CatalogEditor::saveSite(const Site& site)
{
    Site s = site;
    if (!s.createdUtc)
        s.createdUtc = QDateTime::currentSecsSinceEpoch();
    return saveRecord(s, m_catalog.sites, tr("Add site %1").arg(s.name), tr("Edit site %1").arg(s.name),
                      CatalogValidator::problems(s, m_catalog));
}

Result<qint64> CatalogEditor::saveProduct(const Product& product)
{
    return saveRecord(product, m_catalog.products, tr("Add product %1").arg(product.name),
                      tr("Edit product %1").arg(product.name), CatalogValidator::problems(product, m_catalog));
}

Result<qint64> CatalogEditor::saveProvider(const Provider& provider)
{
    Provider p = provider;
    sortPayoutTiers(p.tiers);
    return saveRecord(p, m_catalog.providers, tr("Add provider %1").arg(p.name), tr("Edit provider %1").arg(p.name),
                      CatalogValidator::problems(p, m_catalog));
}

Result<qint64> CatalogEditor::saveRule(const ChannelRule& rule)
{
    return saveRecord(rule, m_catalog.rules, tr("Add rule %1").arg(rule.label), tr("Edit rule %1").arg(rule.label),
                      CatalogValidator::problems(rule, m_catalog));
}

Result<qint64> CatalogEditor::saveRuleVersion(qint64 previousId, const ChannelRule& next)
{
    using R = Result<qint64>;
    const ChannelRule* previous = byId(m_catalog.rules, previousId);
    if (!previous)
        return R::failure(tr("The rule %1 no longer exists.").arg(previousId));
    ChannelRule ended = *previous;
    ended.effectiveTo = next.effectiveFrom.addDays(-1);
    ChannelRule created = next;
    created.id = 0;
    QStringList problems =
        CatalogValidator::problems(ended, m_catalog) + CatalogValidator::problems(created, m_catalog);
    if (!next.effectiveFrom.isValid() || next.effectiveFrom <= previous->effectiveFrom)
        problems.append(tr("A new version starts after the previous one."));
    if (!problems.isEmpty())
        return R::failure(problems.join(u'\n'));
    QList<CatalogChange> changes{
        {CatalogRecord(*previous), CatalogRecord(ended), CatalogRecords::label(ended, m_catalog)},
        {std::nullopt, CatalogRecord(created), CatalogRecords::label(created, m_catalog)}};
    if (auto st = apply(changes, QStringLiteral("edit")); !st)
        return R::failure(st.error());
    const qint64 id = CatalogRecords::id(*changes.constLast().after);
    if (m_stack)
        m_stack->push(new CatalogEditCommand(this, changes, tr("New version of rule %1").arg(next.label)));
    return id;
}

Status CatalogEditor::removePricePoint(qint64 id)
{
    const PricePoint* p = byId(m_catalog.pricePoints, id);
    if (!p)
        return Status::failure(tr("The price point %1 no longer exists.").arg(id));
    const QString label = CatalogRecords::label(*p, m_catalog);
    return pushRemoval({{CatalogRecord(*p), std::nullopt, label}}, tr("Delete price point %1").arg(label));
}

Status CatalogEditor::removeProduct(qint64 id)
{
    const Product* product = byId(m_catalog.products, id);
    if (!product)
        return Status::failure(tr("The product %1 no longer exists.").arg(id));
    QList<CatalogChange> changes;
    for (const PricePoint& p : m_catalog.pricePoints) {
        if (p.productId == id)
            changes.append({CatalogRecord(p), std::nullopt, CatalogRecords::label(p, m_catalog)});
    }
    changes.append({CatalogRecord(*product), std::nullopt, product->name});
    return pushRemoval(changes, tr("Delete product %1").arg(product->name));
}

Status CatalogEditor::removeSite(qint64 id)
{
    const Site* site = byId(m_catalog.sites, id);
    if (!site)
        return Status::failure(tr("The site %1 no longer exists.").arg(id));
    QList<CatalogChange> points, products;
    for (const Product& product : m_catalog.products) {
        if (product.siteId != id)
            continue;
        for (const PricePoint& p : m_catalog.pricePoints) {
            if (p.productId == product.id)
                points.append({CatalogRecord(p), std::nullopt, CatalogRecords::label(p, m_catalog)});
        }
        products.append({CatalogRecord(product), std::nullopt, product.name});
    }
    return pushRemoval(points + products + QList<CatalogChange>{{CatalogRecord(*site), std::nullopt, site->name}},
                       tr("Delete site %1").arg(site->name));
}

Status CatalogEditor::removeProvider(qint64 id)
{
    const Provider* provider = byId(m_catalog.providers, id);
    if (!provider)
        return Status::failure(tr("The provider %1 no longer exists.").arg(id));
    int used = 0;
    for (const PricePoint& p : m_catalog.pricePoints)
        used += p.providerId == id ? 1 : 0;
    if (used > 0)
        return Status::failure(
            tr("%n price point(s) use %1: give them another provider or delete them first.", nullptr, used)
                .arg(provider->name));
    return pushRemoval({{CatalogRecord(*provider), std::nullopt, provider->name}},
                       tr("Delete provider %1").arg(provider->name));
}

Status CatalogEditor::removeRule(qint64 id)
{
    const ChannelRule* rule = byId(m_catalog.rules, id);
    if (!rule)
        return Status::failure(tr("The rule %1 no longer exists.").arg(id));
    const QString label = CatalogRecords::label(*rule, m_catalog);
    return pushRemoval({{CatalogRecord(*rule), std::nullopt, label}}, tr("Delete rule %1").arg(rule->label));
}

Status CatalogEditor::replaceCatalog(const Catalog& catalog)
{
    if (catalog == m_catalog)
        return {};
    const Catalog before = m_catalog;
    if (auto st = applyCatalog(before, catalog, QStringLiteral("import")); !st)
        return st;
    if (m_stack)
        m_stack->push(new CatalogReplaceCommand(this, before, m_catalog, tr("Import catalog")));
    return {};
}
