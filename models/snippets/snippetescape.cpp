#include "snippetescape.h"

#include <QUrl>

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F;
}

QString hex2(uint value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

QString hex4(uint value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

// Lone UTF-16 surrogates cannot be written as UTF-8; they become U+FFFD.
QString withoutLoneSurrogates(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString htmlEscape(QStringView input, bool attribute)
{
    const QString text = withoutLoneSurrogates(input);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        case u'\'':
            out += QLatin1StringView("&#39;");
            break;
        case u'\t':
        case u'\n':
        case u'\r':
            if (attribute)
                out += QStringLiteral("&#%1;").arg(int(c));
            else
                out += ch;
            break;
        default:
            if (isControl(c) || (c >= 0x80 && c <= 0x9F))
                out += QChar(QChar::ReplacementCharacter);
            else
                out += ch;
        }
    }
    return out;
}

} // namespace

QString SnippetEscape::phpString(QStringView input)
{
    const QString text = withoutLoneSurrogates(input);
    QStringList parts;
    QString literal;
    bool open = false;
    auto closeLiteral = [&] {
        if (open)
            parts.append(u'\'' + literal + u'\'');
        literal.clear();
        open = false;
    };
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isControl(c)) {
            closeLiteral();
            parts.append(QStringLiteral("\"\\x") + hex2(c) + u'"');
            continue;
        }
        open = true;
        if (c == u'\\' || c == u'\'')
            literal += u'\\';
        literal += ch;
    }
    closeLiteral();
    if (parts.isEmpty())
        return QStringLiteral("''");
    return parts.join(QStringLiteral(" . "));
}

QString SnippetEscape::jsString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QLatin1StringView("\\\"");
            break;
        case u'\\':
            out += QLatin1StringView("\\\\");
            break;
        case u'\n':
            out += QLatin1StringView("\\n");
            break;
        case u'\r':
            out += QLatin1StringView("\\r");
            break;
        case u'\t':
            out += QLatin1StringView("\\t");
            break;
        case u'<':
        case u'>':
        case u'&':
        case u'\'':
        case u'`':
            out += QStringLiteral("\\u") + hex4(c);
            break;
        default:
            if (c < 0x20 || c >= 0x7F)
                out += QStringLiteral("\\u") + hex4(c);
            else
                out += ch;
        }
    }
    out += u'"';
    return out;
}

QString SnippetEscape::htmlText(QStringView text)
{
    return htmlEscape(text, false);
}

QString SnippetEscape::htmlAttribute(QStringView text)
{
    return htmlEscape(text, true);
}

QString SnippetEscape::urlComponent(QStringView text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(withoutLoneSurrogates(text)));
}

Result<QString> SnippetEscape::checkUrl(const QString& url)
{
    using R = Result<QString>;
    if (url.isEmpty())
        return R::failure(tr("The address is empty."));
    for (const QChar ch : url) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || c >= 0x7F || c == u'"' || c == u'<' || c == u'>' || c == u'\\' || c == u'`' || c == u'\'')
            return R::failure(tr("The address \"%1\" holds a space, a quote or a character that must be "
                                 "percent-encoded.")
                                  .arg(url));
    }
    const qsizetype end = [&] {
        qsizetype i = 0;
        while (i < url.size() && url.at(i) != u'/' && url.at(i) != u'?' && url.at(i) != u'#')
            ++i;
        return i;
    }();
    const qsizetype colon = url.indexOf(u':');
    if (colon >= 0 && colon < end) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty())
            return R::failure(tr("The address \"%1\" must start with http:// or https:// and name a host, or be a "
                                 "path on the site.")
                                  .arg(url));
        return url;
    }
    if (url.startsWith(QLatin1StringView("//")))
        return R::failure(
            tr("The address \"%1\" must start with http:// or https://, or be a path on the site.").arg(url));
    return url;
}
