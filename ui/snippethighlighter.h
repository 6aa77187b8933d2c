#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours the snippet preview: PHP, JavaScript, HTML, or plain text. Colours follow the palette, so a dark theme
// stays readable.
class SnippetHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetHighlighter)
public:
    enum class Language { Text, Html, JavaScript, Php };

    explicit SnippetHighlighter(QTextDocument* document);
    void setLanguage(Language language);
    Language language() const { return m_language; }

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void buildRules();
    void highlightMultiLine(const QString& text, const QString& start, const QString& end,
                            const QTextCharFormat& format);

    Language m_language = Language::Text;
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};
