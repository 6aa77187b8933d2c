#include "snippetinput.h"

#include "catalog/catalogstore.h"
#include "storage/database.h"

QString SnippetInput::offerId() const
{
    return QString::number(product.id) + u'-' + Channels::id(point.channel);
}

Result<SnippetInput> SnippetInput::load(Database& db, const SecretBox* box, qint64 productId, Channel channel,
                                        const QString& providerCode)
{
    using R = Result<SnippetInput>;
    auto catalog = CatalogStore(db).load();
    if (!catalog)
        return R::failure(catalog.error());
    SnippetInput in;
    const auto product = std::find_if(catalog->products.cbegin(), catalog->products.cend(),
                                      [&](const Product& p) { return p.id == productId; });
    if (product == catalog->products.cend())
        return R::failure(tr("There is no product %1 in the catalog.").arg(productId));
    in.product = *product;
    const auto site = std::find_if(catalog->sites.cbegin(), catalog->sites.cend(),
                                   [&](const Site& s) { return s.id == in.product.siteId; });
    if (site == catalog->sites.cend())
        return R::failure(tr("The product %1 belongs to no site.").arg(productId));
    in.site = *site;

    QHash<qint64, Provider> providers;
    for (const Provider& p : catalog->providers)
        providers.insert(p.id, p);
    const PricePoint* chosen = nullptr;
    QStringList offered;
    for (const PricePoint& p : catalog->pricePoints) {
        if (p.productId != productId || p.channel != channel)
            continue;
        const QString code = providers.value(p.providerId).code;
        offered.append(code);
        if (!providerCode.isEmpty() && code != providerCode)
            continue;
        if (!chosen || (p.active && !chosen->active))
            chosen = &p;
    }
    if (!chosen) {
        if (!providerCode.isEmpty() && !offered.isEmpty())
            return R::failure(tr("The product %1 is not sold on %2 through %3 (providers: %4).")
                                  .arg(productId)
                                  .arg(Channels::id(channel), providerCode, offered.join(QStringLiteral(", "))));
        return R::failure(
            tr("The product %1 has no price on the channel %2.").arg(productId).arg(Channels::id(channel)));
    }
    in.point = *chosen;
    in.provider = providers.value(in.point.providerId);

    SnippetStore store(db, box);
    auto settings = store.providerSettings(in.provider.code);
    if (!settings)
        return R::failure(settings.error());
    in.settings = settings.value();
    auto check = store.checkTemplate(in.settings.templateId);
    if (!check)
        return R::failure(check.error());
    in.check = check.value();

    if (!box) {
        in.secretsProblem = tr("The secret key is not available, so the secrets are left out.");
        return in;
    }
    auto siteSecret = store.siteSecret(in.site.id);
    if (!siteSecret)
        return R::failure(tr("The signing secret of the site %1 cannot be read. %2 (A new site secret, from the "
                             "Snippets page, also works; buyers holding an access then lose it.)")
                              .arg(in.site.name, siteSecret.error()));
    in.siteSecret = siteSecret.value();
    auto retired = store.retiredSiteSecrets(in.site.id);
    if (!retired)
        return R::failure(retired.error());
    in.retiredSiteSecrets = retired.value();
    auto providerSecret = store.providerSecret(in.provider.code);
    if (!providerSecret)
        in.secretsProblem = providerSecret.error();
    else
        in.providerSecret = providerSecret.value();
    return in;
}

QString SnippetTargets::id(SnippetTarget target)
{
    switch (target) {
    case SnippetTarget::HtmlWidget:
        return QStringLiteral("html");
    case SnippetTarget::JsWidget:
        return QStringLiteral("js");
    case SnippetTarget::Php:
        return QStringLiteral("php");
    case SnippetTarget::Node:
        return QStringLiteral("node");
    }
    return {};
}

std::optional<SnippetTarget> SnippetTargets::fromId(QStringView id)
{
    for (SnippetTarget t : all()) {
        if (id == SnippetTargets::id(t))
            return t;
    }
    return std::nullopt;
}

const QList<SnippetTarget>& SnippetTargets::all()
{
    static const QList<SnippetTarget> targets{SnippetTarget::HtmlWidget, SnippetTarget::JsWidget, SnippetTarget::Php,
                                              SnippetTarget::Node};
    return targets;
}
