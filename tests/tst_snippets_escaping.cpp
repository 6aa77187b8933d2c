// Escaping for each context the snippet generator writes into, checked by the real interpreters: every literal
// must parse and read back as exactly the text it came from.
#include "snippets/checktemplate.h"
#include "snippets/snippetescape.h"
#include "snippets/snippetgenerator.h"

#include "snippets/snippettesthelpers.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSnippetsEscaping final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QStringList samples()
    {
        QStringList all = SnippetTest::hostileNames();
        all << QString() << QStringLiteral("'") << QStringLiteral("\\") << QStringLiteral("\\'") << QStringLiteral("''")
            << QStringLiteral("\n") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("</SCRIPT >")
            << QStringLiteral("${`x`}") << QStringLiteral("\"\\\"") << QString::fromUtf8("😀 surrogate pair")
            << QStringLiteral("end with backslash \\");
        return all;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void phpString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("quote") << QStringLiteral("O'Brien") << QStringLiteral("'O\\'Brien'");
        QTest::newRow("backslash") << QStringLiteral("a\\") << QStringLiteral("'a\\\\'");
        QTest::newRow("dollar stays") << QStringLiteral("${x}") << QStringLiteral("'${x}'");
        QTest::newRow("close tag stays inside") << QStringLiteral("?>") << QStringLiteral("'?>'");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a' . \"\\x0A\" . 'b'");
        QTest::newRow("leading control") << QStringLiteral("\tx") << QStringLiteral("\"\\x09\" . 'x'");
        QTest::newRow("utf-8 kept") << QString::fromUtf8("Ωμέγα") << QString::fromUtf8("'Ωμέγα'");
    }
    void phpString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SnippetEscape::phpString(text), expected);
    }

    void jsString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
        QTest::newRow("quotes") << QStringLiteral("'\"") << QStringLiteral("\"\\u0027\\\"\"");
        QTest::newRow("script end") << QStringLiteral("</script>") << QStringLiteral("\"\\u003C/script\\u003E\"");
        QTest::newRow("backslash newline") << QStringLiteral("\\\n") << QStringLiteral("\"\\\\\\n\"");
        QTest::newRow("line separator") << QStringLiteral("\u2028") << QStringLiteral("\"\\u2028\"");
        QTest::newRow("non-ascii") << QString::fromUtf8("é") << QStringLiteral("\"\\u00E9\"");
        QTest::newRow("template") << QStringLiteral("`${x}`") << QStringLiteral("\"\\u0060${x}\\u0060\"");
    }
    void jsString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SnippetEscape::jsString(text), expected);
        // Pure ASCII: the file reads the same whatever charset it is served with.
        for (const QChar c : SnippetEscape::jsString(text))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7F);
    }

    void html_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("asText");
        QTest::addColumn<QString>("asAttribute");
        QTest::newRow("markup") << QStringLiteral("<b>&\"'") << QStringLiteral("&lt;b&gt;&amp;&quot;&#39;")
                                << QStringLiteral("&lt;b&gt;&amp;&quot;&#39;");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\nb") << QStringLiteral("a&#10;b");
        QTest::newRow("control") << QStringLiteral("a\x01") << QString::fromUtf8("a\xEF\xBF\xBD")
                                 << QString::fromUtf8("a\xEF\xBF\xBD");
    }
    void html()
    {
        QFETCH(QString, text);
        QFETCH(QString, asText);
        QFETCH(QString, asAttribute);
        QCOMPARE(SnippetEscape::htmlText(text), asText);
        QCOMPARE(SnippetEscape::htmlAttribute(text), asAttribute);
    }

    void urlComponent()
    {
        QCOMPARE(SnippetEscape::urlComponent(QStringLiteral("a b&c=d/é")), QStringLiteral("a%20b%26c%3Dd%2F%C3%A9"));
        QCOMPARE(SnippetEscape::urlComponent(QStringLiteral("A-z_0.9~")), QStringLiteral("A-z_0.9~"));
    }

    void checkUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://pay.example/x?a=1&b=%20") << true;
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/check") << true;
        QTest::newRow("relative") << QStringLiteral("obole-check.php") << true;
        QTest::newRow("absolute path") << QStringLiteral("/obole/check") << true;
        QTest::newRow("query colon") << QStringLiteral("page.php?t=12:30") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("JavaScript case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<b>") << false;
        QTest::newRow("protocol relative") << QStringLiteral("//evil.example/") << false;
        QTest::newRow("space") << QStringLiteral("a b.php") << false;
        QTest::newRow("quote") << QStringLiteral("a\".php") << false;
        QTest::newRow("newline") << QStringLiteral("a.php\nLocation: x") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void checkUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto checked = SnippetEscape::checkUrl(url);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted)
            QVERIFY(!checked.error().isEmpty());
    }

    // Every sample, written as a PHP literal, is echoed back by php byte for byte.
    void phpRoundTrip()
    {
        const QStringList all = samples();
        QString script = QStringLiteral("<?php\n$values = [\n");
        for (const QString& s : all)
            script += QStringLiteral("    ") + SnippetEscape::phpString(s) + QStringLiteral(",\n");
        script += QStringLiteral("];\necho json_encode(array_map('bin2hex', $values));\n");
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.php"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.toUtf8());
        f.close();
        const auto lint = SnippetTest::run(QStringLiteral("php"), {QStringLiteral("-l"), path});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.describe()));
        const auto r = SnippetTest::run(QStringLiteral("php"), {path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray back = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(back.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(back.at(i).toString(), QString::fromLatin1(all.at(i).toUtf8().toHex()));
    }

    // The same through node, the literals inside a <script> element's worth of hostile text.
    void jsRoundTrip()
    {
        const QStringList all = samples();
        QString script = QStringLiteral("'use strict';\nconst values = [\n");
        for (const QString& s : all)
            script += QStringLiteral("    ") + SnippetEscape::jsString(s) + QStringLiteral(",\n");
        script += QStringLiteral("];\nprocess.stdout.write(JSON.stringify(values.map((v) => Buffer.from(v, "
                                 "'utf8').toString('hex'))));\n");
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.js"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.toUtf8());
        f.close();
        const auto check = SnippetTest::run(QStringLiteral("node"), {QStringLiteral("--check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        const auto r = SnippetTest::run(QStringLiteral("node"), {path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray back = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(back.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(back.at(i).toString(), QString::fromLatin1(all.at(i).toUtf8().toHex()));
        QVERIFY(!script.contains(QLatin1StringView("</script")));
    }

    // Escaped text and attributes, parsed as HTML, give back the text and never an element.
    void htmlRoundTrip()
    {
        const QStringList all = SnippetTest::hostileNames();
        QString html;
        for (const QString& s : all)
            html += QStringLiteral("<p title=\"") + SnippetEscape::htmlAttribute(s) + QStringLiteral("\">") +
                    SnippetEscape::htmlText(s) + QStringLiteral("</p>\n");
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(html.toUtf8());
        f.close();
        const QJsonObject parsed = SnippetTest::runJson({SnippetTest::scriptPath("parse_html.js"), path});
        QCOMPARE(parsed.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonArray elements = parsed.value(QStringLiteral("elements")).toArray();
        QCOMPARE(elements.size(), all.size());
        for (const QJsonValue& e : elements)
            QCOMPARE(e.toString(), QStringLiteral("p"));
        const QJsonArray texts = parsed.value(QStringLiteral("texts")).toArray();
        const QJsonArray attributes = parsed.value(QStringLiteral("attributes")).toArray();
        QCOMPARE(attributes.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            QString expected = all.at(i);
            // HTML has no way to carry C0 controls: they read as U+FFFD, which is what a browser shows too.
            for (QChar& c : expected) {
                if ((c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') || c.unicode() == 0x7F)
                    c = QChar(QChar::ReplacementCharacter);
            }
            QCOMPARE(attributes.at(i).toObject().value(QStringLiteral("value")).toString(), expected);
            QVERIFY2(texts.contains(QJsonValue(expected)), qPrintable(expected));
        }
    }

    void templateMarkers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("php") << QStringLiteral("x = {{name:php}};") << true << QStringLiteral("x = 'O\\'B';");
        QTest::newRow("js") << QStringLiteral("{{name:js}}") << true << QStringLiteral("\"O\\u0027B\"");
        QTest::newRow("html") << QStringLiteral("<p>{{name:html}}</p>") << true << QStringLiteral("<p>O&#39;B</p>");
        QTest::newRow("id") << QStringLiteral("{{id:raw_id}}") << true << QStringLiteral("2-sms");
        QTest::newRow("int refuses text") << QStringLiteral("{{name:raw_int}}") << false << QString();
        QTest::newRow("unknown name") << QStringLiteral("{{nope:php}}") << false << QString();
        QTest::newRow("unknown context") << QStringLiteral("{{name:sql}}") << false << QString();
        QTest::newRow("malformed") << QStringLiteral("{{ name:php }}") << false << QString();
        QTest::newRow("trusted") << QStringLiteral("{{frag:trusted}}") << true << QStringLiteral("<b>ok</b>");
        QTest::newRow("value is not a fragment") << QStringLiteral("{{name:trusted}}") << false << QString();
    }
    void templateMarkers()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("O'B")},
                                             {QStringLiteral("id"), QStringLiteral("2-sms")}};
        const QHash<QString, QString> trusted{{QStringLiteral("frag"), QStringLiteral("<b>ok</b>")}};
        const auto r = SnippetGenerator::render(QStringLiteral("t"), text, values, trusted);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), expected);
        else
            QVERIFY(r.error().contains(QStringLiteral("Template t")));
    }

    void checkTemplateValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << QString() << QString() << QString();
        QTest::newRow("no code param") << QStringLiteral("params") << QStringLiteral("a={account}")
                                       << QStringLiteral("{code}");
        QTest::newRow("code inside a value")
            << QStringLiteral("params") << QStringLiteral("c=x{code}") << QStringLiteral("whole value");
        QTest::newRow("unknown placeholder")
            << QStringLiteral("params") << QStringLiteral("c={code}\nd={pin}") << QStringLiteral("{pin}");
        QTest::newRow("code in url") << QStringLiteral("url") << QStringLiteral("https://p.example/{code}")
                                     << QStringLiteral("url");
        QTest::newRow("ftp") << QStringLiteral("url") << QStringLiteral("ftp://p.example/") << QStringLiteral("url");
        QTest::newRow("method") << QStringLiteral("method") << QStringLiteral("PUT") << QStringLiteral("method");
        QTest::newRow("pipe field") << QStringLiteral("pipe") << QStringLiteral("status")
                                    << QStringLiteral("success field");
    }
    void checkTemplateValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        CheckTemplate t;
        t.code = QStringLiteral("mine");
        t.name = QStringLiteral("Mine");
        t.url = QStringLiteral("https://p.example/check?acc={account}");
        t.params = {{QStringLiteral("code"), QStringLiteral("{code}")}};
        t.successField = QStringLiteral("status");
        t.successValue = QStringLiteral("ok");
        if (field == u"params")
            t.params = CheckTemplate::parsePairs(value, u'=').value();
        else if (field == u"url")
            t.url = value;
        else if (field == u"method")
            t.method = value;
        else if (field == u"pipe") {
            t.reply = CheckTemplate::Reply::Pipe;
            t.successField = value;
        }
        const Status st = t.validate();
        QCOMPARE(st.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(st.error().contains(problem), qPrintable(st.error()));
    }
};

QTEST_GUILESS_MAIN(TestSnippetsEscaping)
#include "tst_snippets_escaping.moc"
