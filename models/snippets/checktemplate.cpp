#include "checktemplate.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}

// Lists the placeholders of `value` that are not known; `runtimeAllowed` says whether {code}/{ip} may be used
// (as the whole value only).
QStringList placeholderProblems(const QString& where, const QString& value, bool runtimeAllowed)
{
    QStringList problems;
    auto it = placeholderPattern().globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (CheckTemplate::runtimePlaceholders().contains(name)) {
            if (!runtimeAllowed)
                problems.append(CheckTemplate::tr("%1: {%2} may only be a parameter's value.").arg(where, name));
            else if (value != m.captured(0))
                problems.append(CheckTemplate::tr("%1: {%2} must be the whole value, alone.").arg(where, name));
        } else if (!CheckTemplate::generationPlaceholders().contains(name)) {
            problems.append(CheckTemplate::tr("%1: unknown placeholder {%2}.").arg(where, name));
        }
    }
    return problems;
}

} // namespace

const QStringList& CheckTemplate::generationPlaceholders()
{
    static const QStringList names{QStringLiteral("account"),  QStringLiteral("secret"),     QStringLiteral("price"),
                                   QStringLiteral("currency"), QStringLiteral("product_id"), QStringLiteral("offer")};
    return names;
}

const QStringList& CheckTemplate::runtimePlaceholders()
{
    static const QStringList names{QStringLiteral("code"), QStringLiteral("ip")};
    return names;
}

QString CheckTemplate::replyName(Reply reply)
{
    switch (reply) {
    case Reply::Json:
        return QStringLiteral("json");
    case Reply::Pipe:
        return QStringLiteral("pipe");
    case Reply::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<CheckTemplate::Reply> CheckTemplate::replyFrom(QStringView text)
{
    for (Reply r : {Reply::Json, Reply::Pipe, Reply::Text}) {
        if (text == replyName(r))
            return r;
    }
    return std::nullopt;
}

QString CheckTemplate::pairsText(const QList<Pair>& pairs, QChar separator)
{
    QStringList lines;
    for (const Pair& p : pairs)
        lines.append(separator == u':' ? QString(p.name + QStringLiteral(": ") + p.value)
                                       : QString(p.name + separator + p.value));
    return lines.join(u'\n');
}

Result<QList<CheckTemplate::Pair>> CheckTemplate::parsePairs(const QString& text, QChar separator)
{
    using R = Result<QList<Pair>>;
    QList<Pair> pairs;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype at = line.indexOf(separator);
        if (at <= 0)
            return R::failure(
                tr("Line %1: \"%2\" is not of the form name%3value.").arg(i + 1).arg(line, QString(separator)));
        pairs.append({line.left(at).trimmed(), line.mid(at + 1).trimmed()});
    }
    return pairs;
}

Status CheckTemplate::validate() const
{
    QStringList problems;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!codePattern.match(code).hasMatch())
        problems.append(tr("code: use 1 to 40 lower-case letters, digits or underscores."));
    if (name.trimmed().isEmpty())
        problems.append(tr("name: missing."));
    if (method != u"GET" && method != u"POST")
        problems.append(tr("method: GET or POST, not \"%1\".").arg(method));
    if (!url.startsWith(QLatin1StringView("https://")) && !url.startsWith(QLatin1StringView("http://")))
        problems.append(tr("url: must start with https:// (or http:// for a test server)."));
    for (const QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F) {
            problems.append(tr("url: holds a space or a control character."));
            break;
        }
    }
    if (url.contains(u'#'))
        problems.append(tr("url: a fragment (#…) is never sent to the server."));
    problems += placeholderProblems(QStringLiteral("url"), url, false);

    static const QRegularExpression paramName(QStringLiteral("^[A-Za-z0-9_.\\-\\[\\]]{1,64}$"));
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    bool hasCode = false;
    for (const Pair& p : params) {
        const QString where = tr("parameter %1").arg(p.name);
        if (!paramName.match(p.name).hasMatch())
            problems.append(tr("parameters: \"%1\" is not a usable parameter name.").arg(p.name));
        if (p.value == u"{code}")
            hasCode = true;
        problems += placeholderProblems(where, p.value, true);
    }
    if (!hasCode)
        problems.append(tr("parameters: one parameter must be exactly {code}, or the provider never sees the code."));
    for (const Pair& h : headers) {
        if (!headerName.match(h.name).hasMatch())
            problems.append(tr("headers: \"%1\" is not a header name.").arg(h.name));
        if (h.value.contains(u'\r') || h.value.contains(u'\n'))
            problems.append(tr("headers: %1 holds a line break.").arg(h.name));
        problems += placeholderProblems(tr("header %1").arg(h.name), h.value, false);
    }

    static const QRegularExpression jsonPath(QStringLiteral("^[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*$"));
    static const QRegularExpression index(QStringLiteral("^[0-9]{1,2}$"));
    if (successValue.isEmpty())
        problems.append(tr("success value: missing."));
    switch (reply) {
    case Reply::Json:
        if (!jsonPath.match(successField).hasMatch())
            problems.append(tr("success field: a field name, or a dotted path such as data.status."));
        if (!referenceField.isEmpty() && !jsonPath.match(referenceField).hasMatch())
            problems.append(tr("reference field: a field name, or a dotted path, or empty."));
        break;
    case Reply::Pipe:
        if (!index.match(successField).hasMatch())
            problems.append(tr("success field: the 0-based position of the field in the reply, such as 0."));
        if (!referenceField.isEmpty() && !index.match(referenceField).hasMatch())
            problems.append(tr("reference field: a 0-based position, or empty."));
        break;
    case Reply::Text:
        if (!referenceField.isEmpty())
            problems.append(tr("reference field: a plain-text reply has no reference; leave it empty."));
        break;
    }
    if (problems.isEmpty())
        return {};
    return Status::failure(problems.join(u'\n'));
}
