#include "snippethighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

QTextCharFormat makeFormat(const QColor& colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

SnippetHighlighter::SnippetHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    buildRules();
}

void SnippetHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    buildRules();
    rehighlight();
}

void SnippetHighlighter::buildRules()
{
    m_rules.clear();
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor keyword = dark ? QColor(0xcc, 0x78, 0x32) : QColor(0x00, 0x33, 0xb3);
    const QColor string = dark ? QColor(0x6a, 0xa8, 0x59) : QColor(0x06, 0x7d, 0x17);
    const QColor number = dark ? QColor(0x68, 0x97, 0xbb) : QColor(0x17, 0x50, 0xeb);
    const QColor variable = dark ? QColor(0xb0, 0x8c, 0xd6) : QColor(0x87, 0x10, 0x94);
    const QColor tag = dark ? QColor(0xe8, 0xbf, 0x6a) : QColor(0x00, 0x33, 0xb3);
    const QColor attribute = dark ? QColor(0xba, 0xba, 0xba) : QColor(0x17, 0x4a, 0xd4);
    m_comment = makeFormat(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x6e, 0x6e, 0x6e), false, true);

    auto add = [this](const QString& pattern, const QTextCharFormat& f, int group = 0) {
        m_rules.append({QRegularExpression(pattern), f, group});
    };
    switch (m_language) {
    case Language::Text:
        add(QStringLiteral("^[=\\-]{4,}$"), makeFormat(keyword, true));
        add(QStringLiteral("SECRET"), makeFormat(keyword, true));
        break;
    case Language::Html:
        add(QStringLiteral("</?[A-Za-z][\\w-]*|/?>"), makeFormat(tag, true));
        add(QStringLiteral("\\s([\\w-]+)(?==)"), makeFormat(attribute), 1);
        add(QStringLiteral("\"[^\"]*\""), makeFormat(string));
        add(QStringLiteral("&#?\\w+;"), makeFormat(number));
        break;
    case Language::Php:
    case Language::JavaScript: {
        QStringList words{QStringLiteral("function"), QStringLiteral("return"), QStringLiteral("if"),
                          QStringLiteral("else"),     QStringLiteral("for"),    QStringLiteral("while"),
                          QStringLiteral("new"),      QStringLiteral("true"),   QStringLiteral("false"),
                          QStringLiteral("null"),     QStringLiteral("throw"),  QStringLiteral("try"),
                          QStringLiteral("catch"),    QStringLiteral("const"),  QStringLiteral("static")};
        if (m_language == Language::Php)
            words << QStringLiteral("foreach") << QStringLiteral("as") << QStringLiteral("require")
                  << QStringLiteral("echo") << QStringLiteral("declare") << QStringLiteral("elseif")
                  << QStringLiteral("array") << QStringLiteral("exit");
        else
            words << QStringLiteral("let") << QStringLiteral("var") << QStringLiteral("async")
                  << QStringLiteral("await") << QStringLiteral("of") << QStringLiteral("typeof")
                  << QStringLiteral("undefined") << QStringLiteral("module") << QStringLiteral("require");
        add(QStringLiteral("\\b(") + words.join(u'|') + QStringLiteral(")\\b"), makeFormat(keyword, true));
        add(QStringLiteral("\\b[0-9]+(\\.[0-9]+)?\\b"), makeFormat(number));
        if (m_language == Language::Php) {
            add(QStringLiteral("\\$[A-Za-z_]\\w*"), makeFormat(variable));
            add(QStringLiteral("<\\?php|\\?>"), makeFormat(tag, true));
        }
        add(QStringLiteral("'(?:[^'\\\\]|\\\\.)*'"), makeFormat(string));
        add(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""), makeFormat(string));
        add(QStringLiteral("(^|\\s)//.*$"), m_comment);
        break;
    }
    }
}

void SnippetHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
    setCurrentBlockState(0);
    switch (m_language) {
    case Language::Html:
        highlightMultiLine(text, QStringLiteral("<!--"), QStringLiteral("-->"), m_comment);
        break;
    case Language::Php:
    case Language::JavaScript:
        highlightMultiLine(text, QStringLiteral("/*"), QStringLiteral("*/"), m_comment);
        break;
    case Language::Text:
        break;
    }
}

// Comments spanning lines: block state 1 means "inside a comment" at the end of the block.
void SnippetHighlighter::highlightMultiLine(const QString& text, const QString& start, const QString& end,
                                            const QTextCharFormat& f)
{
    qsizetype from = previousBlockState() == 1 ? 0 : text.indexOf(start);
    while (from >= 0) {
        const qsizetype close = text.indexOf(end, from + (previousBlockState() == 1 && from == 0 ? 0 : start.size()));
        qsizetype length = 0;
        if (close < 0) {
            setCurrentBlockState(1);
            length = text.size() - from;
        } else {
            length = close - from + end.size();
        }
        setFormat(int(from), int(length), f);
        from = text.indexOf(start, from + length);
    }
}
