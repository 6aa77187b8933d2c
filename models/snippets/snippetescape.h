#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Escaping for every context the snippet generator writes a value into. Each function returns text that, placed in
// its context, reads back as exactly the input: a product name like `O'Brien "VIP" ?> </script><b>` stays a name.
class SnippetEscape final
{
    Q_DECLARE_TR_FUNCTIONS(SnippetEscape)
public:
    // A PHP expression evaluating to the text: a single-quoted literal ('O\'Brien'). Control characters, which a
    // single-quoted literal would keep raw (and an editor or an FTP transfer might rewrite), are concatenated as
    // double-quoted escapes: 'a' . "\x0A" . 'b'. Non-ASCII letters stay UTF-8.
    static QString phpString(QStringView text);

    // A JavaScript (and JSON-compatible) double-quoted literal, pure ASCII: quotes, backslashes, line breaks,
    // U+2028/U+2029, '<', '>', '&' and every non-ASCII character are \u escapes, so the literal can sit in a .js
    // file served with any charset, or inside a <script> element, without ending it.
    static QString jsString(QStringView text);

    // Text between HTML tags: & < > " ' become entities; control characters other than tab and line breaks
    // become U+FFFD (HTML forbids them).
    static QString htmlText(QStringView text);

    // A value inside a double-quoted HTML attribute: as htmlText, and line breaks and tabs become character
    // references so the value is kept exactly.
    static QString htmlAttribute(QStringView text);

    // One component of a URL (a query value, a path segment): UTF-8, percent-encoded except A-Z a-z 0-9 - . _ ~.
    static QString urlComponent(QStringView text);

    // A URL the generated code may link to or post to: http or https with a host, or a path on the same site
    // ("obole-check.php", "/obole/check", "example-2-sms.php?x=1"). Anything else (javascript:, data:, spaces,
    // control characters, "//host") is refused with a message naming the value.
    static Result<QString> checkUrl(const QString& url);
};
