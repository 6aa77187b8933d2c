#include "snippetgenerator.h"

#include "core/spreadsheettext.h"
#include "money/money.h"
#include "snippets/buyerinstructions.h"
#include "snippets/snippetescape.h"

#include <QFile>
#include <QRegularExpression>

namespace {

Result<QString> resource(const QString& name)
{
    QFile file(QStringLiteral(":/snippets/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            SnippetGenerator::tr("The snippet template %1 is missing from this build.").arg(name));
    return QString::fromUtf8(file.readAll());
}

QString oneLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.unicode() < 0x20 || c.unicode() == 0x7F) ? QChar(u' ') : c;
    return out;
}

// Fills the generation-time placeholders of a check template's value; `encode` percent-encodes them (for the URL).
QString fill(const QString& value, const QHash<QString, QString>& fields, bool encode)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(value).mid(last, m.capturedStart() - last);
        const auto found = fields.constFind(m.captured(1));
        if (found == fields.constEnd())
            out += m.captured(0);
        else
            out += encode ? SnippetEscape::urlComponent(*found) : *found;
        last = m.capturedEnd();
    }
    out += QStringView(value).mid(last);
    return out;
}

QString segmentsHtml(const BuyerInstructions::Language& language)
{
    QString out;
    for (const auto& s : language.segments) {
        if (s.strong)
            out += QStringLiteral("<strong>") + SnippetEscape::htmlText(s.text) + QStringLiteral("</strong>");
        else
            out += SnippetEscape::htmlText(s.text);
    }
    return out;
}

QString segmentsJs(const BuyerInstructions::Language& language)
{
    QStringList items;
    for (const auto& s : language.segments)
        items.append(u'[' + SnippetEscape::jsString(s.text) +
                     (s.strong ? QStringLiteral(", 1]") : QStringLiteral(", 0]")));
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

QString payLinkHtml(const BuyerInstructions& b, const BuyerInstructions::Language& language)
{
    if (b.payUrl.isEmpty())
        return {};
    return QStringLiteral("    <p><a class=\"obole-pay\" href=\"") + SnippetEscape::htmlAttribute(b.payUrl) +
           QStringLiteral("\" rel=\"noopener\">") + SnippetEscape::htmlText(language.payLinkText) +
           QStringLiteral("</a></p>\n");
}

// The channel's English name, fixed: the English README says it whatever the interface language (the French one says
// the channel's French name).
QString englishChannelName(Channel channel)
{
    switch (channel) {
    case Channel::Audiotel:
        return QStringLiteral("premium-rate phone number");
    case Channel::Sms:
        return QStringLiteral("premium SMS");
    case Channel::InternetPlus:
        return QStringLiteral("Internet+, ISP billing");
    case Channel::CarrierBilling:
        return QStringLiteral("mobile carrier billing");
    case Channel::PrepaidCard:
        return QStringLiteral("prepaid card");
    case Channel::Crypto:
        return QStringLiteral("Bitcoin / Lightning");
    case Channel::Wallet:
        return QStringLiteral("pre-funded wallet");
    }
    return {};
}

struct Generated
{
    QHash<QString, QString> values;
    QHash<QString, QString> trusted;
};

Result<Generated> variables(const SnippetInput& in, SnippetTarget target)
{
    using R = Result<Generated>;
    Generated g;
    auto& v = g.values;
    auto& t = g.trusted;
    const PricePoint& p = in.point;
    const QString offer = in.offerId();

    auto instructions = BuyerInstructions::build(in);
    if (!instructions)
        return R::failure(instructions.error());
    const BuyerInstructions& b = instructions.value();

    const QString checkUrl = in.checkUrl.isEmpty() ? SnippetGenerator::defaultCheckUrl(target) : in.checkUrl;
    const QString accessUrl = in.accessUrl.isEmpty() ? SnippetGenerator::defaultAccessUrl(target, offer) : in.accessUrl;
    const QString scriptUrl =
        in.widgetScriptUrl.isEmpty() ? SnippetGenerator::defaultWidgetScriptUrl(target) : in.widgetScriptUrl;
    for (const QString& url : {checkUrl, accessUrl, scriptUrl}) {
        if (auto checked = SnippetEscape::checkUrl(url); !checked)
            return R::failure(checked.error());
    }

    const qint64 accessSeconds = p.accessKind == AccessKind::Duration ? p.accessSeconds : 0;
    v.insert(QStringLiteral("offer"), offer);
    v.insert(QStringLiteral("site_id"), QString::number(in.site.id));
    v.insert(QStringLiteral("site_name"), in.site.name);
    v.insert(QStringLiteral("site_secret_hex"), QString::fromLatin1(in.siteSecret.toHex()));
    v.insert(QStringLiteral("product_id"), QString::number(in.product.id));
    v.insert(QStringLiteral("product_name"), in.product.name);
    v.insert(QStringLiteral("channel"), Channels::id(p.channel));
    v.insert(QStringLiteral("channel_name_en"), englishChannelName(p.channel));
    v.insert(QStringLiteral("channel_name_fr"), Channels::frenchName(p.channel));
    v.insert(QStringLiteral("provider_code"), in.provider.code);
    v.insert(QStringLiteral("codes_case_insensitive"),
             in.settings.codesCaseInsensitive ? QStringLiteral("1") : QStringLiteral("0"));
    v.insert(QStringLiteral("formula_start"), SpreadsheetText::formulaStart());
    QStringList retiredPhp;
    QStringList retiredJs;
    for (const QByteArray& retired : in.retiredSiteSecrets) {
        retiredPhp.append(SnippetEscape::phpString(QString::fromLatin1(retired.toHex())));
        retiredJs.append(SnippetEscape::jsString(QString::fromLatin1(retired.toHex())));
    }
    t.insert(QStringLiteral("retired_secrets_php"), retiredPhp.join(QStringLiteral(", ")));
    t.insert(QStringLiteral("retired_secrets_js"), retiredJs.join(QStringLiteral(", ")));
    v.insert(QStringLiteral("price_plain"), Money(p.buyerChargeMinor(), p.currency).toPlainString());
    v.insert(QStringLiteral("currency"), p.currency);
    v.insert(QStringLiteral("access_seconds"), QString::number(accessSeconds));
    v.insert(QStringLiteral("access_url"), accessUrl);
    v.insert(QStringLiteral("access_text"),
             accessSeconds <= 0
                 ? QStringLiteral("single use: the code opens the page once.")
                 : QStringLiteral("the code opens the page for %1.").arg(BuyerInstructions::accessEn(accessSeconds)));
    v.insert(QStringLiteral("access_text_fr"),
             accessSeconds <= 0
                 ? QStringLiteral("usage unique : le code ouvre la page une fois.")
                 : QStringLiteral("le code ouvre la page pendant %1.").arg(BuyerInstructions::accessFr(accessSeconds)));
    v.insert(QStringLiteral("check_url_widget"), checkUrl);
    v.insert(QStringLiteral("widget_script_url"), scriptUrl);
    v.insert(QStringLiteral("code_label_fr"), b.fr.codeLabel);
    v.insert(QStringLiteral("code_label_en"), b.en.codeLabel);

    // The provider check: generation-time placeholders are filled here, {code} and {ip} by the generated code.
    const CheckTemplate& c = in.check;
    if (auto st = c.validate(); !st)
        return R::failure(SnippetGenerator::tr("The check template \"%1\" cannot be used: %2").arg(c.name, st.error()));
    const QHash<QString, QString> fields{
        {QStringLiteral("account"), in.settings.account},
        {QStringLiteral("secret"), in.providerSecret},
        {QStringLiteral("price"), v.value(QStringLiteral("price_plain"))},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("product_id"), QString::number(in.product.id)},
        {QStringLiteral("offer"), offer},
    };
    const QString url = fill(c.url, fields, true);
    if (auto checked = SnippetEscape::checkUrl(url); !checked || !url.startsWith(QLatin1StringView("http")))
        return R::failure(SnippetGenerator::tr("The provider check address \"%1\" is not usable.").arg(url));
    v.insert(QStringLiteral("template_code"), c.code);
    v.insert(QStringLiteral("check_method"), c.method);
    v.insert(QStringLiteral("check_url"), url);
    v.insert(QStringLiteral("reply_format"), CheckTemplate::replyName(c.reply));
    v.insert(QStringLiteral("success_field"), c.successField);
    v.insert(QStringLiteral("success_value"), c.successValue);
    v.insert(QStringLiteral("reference_field"), c.referenceField);

    QString paramsPhp;
    QString paramsJs;
    for (const CheckTemplate::Pair& param : c.params) {
        QString kind = QStringLiteral("value");
        QString value = fill(param.value, fields, false);
        if (param.value == u"{code}" || param.value == u"{ip}") {
            kind = param.value.mid(1, param.value.size() - 2);
            value.clear();
        }
        paramsPhp += QStringLiteral("            [") + SnippetEscape::phpString(param.name) + QStringLiteral(", ") +
                     SnippetEscape::phpString(kind) + QStringLiteral(", ") + SnippetEscape::phpString(value) +
                     QStringLiteral("],\n");
        paramsJs += QStringLiteral("            [") + SnippetEscape::jsString(param.name) + QStringLiteral(", ") +
                    SnippetEscape::jsString(kind) + QStringLiteral(", ") + SnippetEscape::jsString(value) +
                    QStringLiteral("],\n");
    }
    QString headersPhp;
    QString headersJs;
    for (const CheckTemplate::Pair& header : c.headers) {
        const QString value = fill(header.value, fields, false);
        for (const QChar ch : value) {
            if (ch.unicode() < 0x20 || ch.unicode() >= 0x7F)
                return R::failure(SnippetGenerator::tr("The header %1 of the provider check would hold a line break "
                                                       "or a non-ASCII character (check the account and the "
                                                       "secret).")
                                      .arg(header.name));
        }
        const QString line = header.name + QStringLiteral(": ") + value;
        headersPhp += QStringLiteral("            ") + SnippetEscape::phpString(line) + QStringLiteral(",\n");
        headersJs += QStringLiteral("            ") + SnippetEscape::jsString(line) + QStringLiteral(",\n");
    }
    t.insert(QStringLiteral("check_params_php"), paramsPhp);
    t.insert(QStringLiteral("check_params_js"), paramsJs);
    t.insert(QStringLiteral("check_headers_php"), headersPhp);
    t.insert(QStringLiteral("check_headers_js"), headersJs);

    t.insert(QStringLiteral("instructions_fr_html"), segmentsHtml(b.fr));
    t.insert(QStringLiteral("instructions_en_html"), segmentsHtml(b.en));
    t.insert(QStringLiteral("pay_link_fr_html"), payLinkHtml(b, b.fr));
    t.insert(QStringLiteral("pay_link_en_html"), payLinkHtml(b, b.en));
    t.insert(QStringLiteral("instructions_fr_js"), segmentsJs(b.fr));
    t.insert(QStringLiteral("instructions_en_js"), segmentsJs(b.en));
    t.insert(QStringLiteral("pay_link_js"),
             b.payUrl.isEmpty()
                 ? QStringLiteral("null")
                 : QStringLiteral("{ href: ") + SnippetEscape::jsString(b.payUrl) + QStringLiteral(", fr: ") +
                       SnippetEscape::jsString(b.fr.payLinkText) + QStringLiteral(", en: ") +
                       SnippetEscape::jsString(b.en.payLinkText) + QStringLiteral(" }"));
    return g;
}

struct Part
{
    const char* templateName;
    QString path;
    GeneratedFile::Language language;
    bool secret;
};

} // namespace

QString SnippetGenerator::defaultCheckUrl(SnippetTarget target)
{
    return target == SnippetTarget::Node ? QStringLiteral("/obole/check") : QStringLiteral("obole-check.php");
}

QString SnippetGenerator::defaultAccessUrl(SnippetTarget target, const QString& offerId)
{
    if (target == SnippetTarget::Node)
        return QStringLiteral("/example/") + offerId;
    return QStringLiteral("example-") + offerId + QStringLiteral(".php");
}

QString SnippetGenerator::defaultWidgetScriptUrl(SnippetTarget target)
{
    return target == SnippetTarget::Node ? QStringLiteral("/obole-widget.js") : QStringLiteral("obole-widget.js");
}

Result<QString> SnippetGenerator::render(const QString& name, const QString& text,
                                         const QHash<QString, QString>& values, const QHash<QString, QString>& trusted)
{
    using R = Result<QString>;
    static const QRegularExpression marker(QStringLiteral("\\{\\{([a-z_]+):([a-z_]+)\\}\\}"));
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,19}$"));
    static const QRegularExpression identifier(QStringLiteral("^[0-9a-z_-]{1,64}$"));
    QString out;
    out.reserve(text.size() * 2);
    qsizetype last = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString key = m.captured(1);
        const QString context = m.captured(2);
        if (context == u"trusted") {
            const auto found = trusted.constFind(key);
            if (found == trusted.constEnd())
                return R::failure(tr("Template %1: unknown fragment %2.").arg(name, m.captured(0)));
            out += *found;
            continue;
        }
        const auto found = values.constFind(key);
        if (found == values.constEnd())
            return R::failure(tr("Template %1: unknown value %2.").arg(name, m.captured(0)));
        const QString& value = *found;
        if (context == u"php") {
            out += SnippetEscape::phpString(value);
        } else if (context == u"js") {
            out += SnippetEscape::jsString(value);
        } else if (context == u"html") {
            out += SnippetEscape::htmlText(value);
        } else if (context == u"attr") {
            out += SnippetEscape::htmlAttribute(value);
        } else if (context == u"text") {
            out += oneLine(value);
        } else if (context == u"raw_int" || context == u"raw_id") {
            if (!(context == u"raw_int" ? integer : identifier).match(value).hasMatch())
                return R::failure(tr("Template %1: %2 is not a plain %3: \"%4\".")
                                      .arg(name, key, context == u"raw_int" ? tr("number") : tr("id"), value));
            out += value;
        } else {
            return R::failure(tr("Template %1: unknown context in %2.").arg(name, m.captured(0)));
        }
    }
    out += QStringView(text).mid(last);
    // A marker the pattern does not recognise ({{ name }} with spaces, upper case…) must not pass silently.
    for (qsizetype at = text.indexOf(QLatin1StringView("{{")); at >= 0;
         at = text.indexOf(QLatin1StringView("{{"), at + 2)) {
        const auto m =
            marker.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return R::failure(tr("Template %1: malformed marker near \"%2\".").arg(name, text.mid(at, 30)));
    }
    return out;
}

Result<QList<GeneratedFile>> SnippetGenerator::generate(const SnippetInput& input, SnippetTarget target)
{
    using R = Result<QList<GeneratedFile>>;
    auto vars = variables(input, target);
    if (!vars)
        return R::failure(vars.error());
    const QString offer = input.offerId();
    using L = GeneratedFile::Language;
    // The README in the language asked for; the buyer's widget speaks both.
    const bool french = input.readmeLanguage == u"fr";
    const auto readme = [french](const char* english, const char* frenchName) {
        return Part{french ? frenchName : english, QStringLiteral("README-obole.txt"), L::Text, false};
    };

    const Part widgetHtml{"widget/obole-widget.html", QStringLiteral("obole-widget-%1.html").arg(offer), L::Html,
                          false};
    const Part widgetJs{"widget/obole-widget.js", QStringLiteral("obole-widget.js"), L::JavaScript, false};
    QList<Part> parts;
    switch (target) {
    case SnippetTarget::HtmlWidget:
        parts = {widgetHtml, widgetJs, readme("readme/html.txt", "readme/html.fr.txt")};
        break;
    case SnippetTarget::JsWidget:
        parts = {{"widget/obole-embed.js", QStringLiteral("obole-embed-%1.js").arg(offer), L::JavaScript, false},
                 readme("readme/js.txt", "readme/js.fr.txt")};
        break;
    case SnippetTarget::Php:
        parts = {{"php/obole-check.php", QStringLiteral("obole-check.php"), L::Php, false},
                 {"php/obole-lib.php", QStringLiteral("obole-lib.php"), L::Php, false},
                 {"php/obole-site.php", QStringLiteral("obole-site.php"), L::Php, true},
                 {"php/obole-offer.php", QStringLiteral("obole-offer-%1.php").arg(offer), L::Php, true},
                 {"php/example.php", QStringLiteral("example-%1.php").arg(offer), L::Php, false},
                 widgetHtml,
                 widgetJs,
                 {"php/data-htaccess", QStringLiteral("obole-data/.htaccess"), L::Text, false},
                 {"php/obole-router.php", QStringLiteral("obole-router.php"), L::Php, false},
                 readme("readme/php.txt", "readme/php.fr.txt")};
        break;
    case SnippetTarget::Node:
        parts = {{"node/obole-server.js", QStringLiteral("obole-server.js"), L::JavaScript, false},
                 {"node/obole-lib.js", QStringLiteral("obole-lib.js"), L::JavaScript, false},
                 {"node/obole-site.js", QStringLiteral("obole-site.js"), L::JavaScript, true},
                 {"node/obole-offer.js", QStringLiteral("obole-offer-%1.js").arg(offer), L::JavaScript, true},
                 widgetHtml,
                 widgetJs,
                 readme("readme/node.txt", "readme/node.fr.txt")};
        break;
    }

    QList<GeneratedFile> files;
    for (const Part& part : parts) {
        const QString name = QString::fromLatin1(part.templateName);
        auto text = resource(name);
        if (!text)
            return R::failure(text.error());
        // The embed carries the widget's code after its data, so one script does everything.
        if (name == u"widget/obole-embed.js") {
            auto core = resource(QStringLiteral("widget/obole-widget.js"));
            if (!core)
                return R::failure(core.error());
            text = QString(text.value() + u'\n' + core.value());
        }
        auto rendered = render(name, text.value(), vars->values, vars->trusted);
        if (!rendered)
            return R::failure(rendered.error());
        files.append({part.path, rendered->toUtf8(), part.language, part.secret});
    }
    return files;
}
