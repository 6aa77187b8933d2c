#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"
#include "snippets/checktemplate.h"
#include "snippets/snippetstore.h"

#include <QCoreApplication>

class Database;

// Where the generated code runs: the buyer's widget as HTML (plus its script), the widget built by a script, or
// the server-side check in PHP or Node.js (each with the widget wired to it).
enum class SnippetTarget { HtmlWidget, JsWidget, Php, Node };

// Everything one snippet is generated from: an offer (a product sold on a channel through a provider, as one price
// point says), the provider's check, and the secrets, decrypted. Lives only as long as the generation.
struct SnippetInput
{
    Q_DECLARE_TR_FUNCTIONS(SnippetInput)
public:
    Site site;
    Product product;
    PricePoint point;
    Provider provider;
    CheckTemplate check;
    ProviderCheckSettings settings;
    QString providerSecret;
    QByteArray siteSecret;
    QList<QByteArray> retiredSiteSecrets; // see SnippetStore::retiredSiteSecrets

    // Where the widget posts the code, where the buyer lands once it is accepted, where the widget's script is.
    // Empty: the target's default (see SnippetGenerator).
    QString checkUrl;
    QString accessUrl;
    QString widgetScriptUrl;
    // The language of the README-obole.txt written with the files: "fr" or "en" (the buyer's widget speaks both).
    QString readmeLanguage = QStringLiteral("en");

    // "2-sms": the product id and the channel id. Names the offer's files, cookie and form field.
    QString offerId() const;

    // Loads the offer of `productId` on `channel` (the active price point, or the one of `providerCode` when
    // several providers sell it), its provider's settings and template, and the decrypted secrets (the site's is
    // made on first use). `box` may be null: secrets are then left empty and `secretsProblem` says why.
    static Result<SnippetInput> load(Database& db, const SecretBox* box, qint64 productId, Channel channel,
                                     const QString& providerCode = {});
    QString secretsProblem; // empty when both secrets were read (or the provider has none)
};

namespace SnippetTargets {
QString id(SnippetTarget target);
std::optional<SnippetTarget> fromId(QStringView id);
const QList<SnippetTarget>& all();
} // namespace SnippetTargets
