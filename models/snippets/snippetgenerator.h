#pragma once

#include "core/result.h"
#include "snippets/snippetinput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// One file of a generated snippet.
struct GeneratedFile
{
    enum class Language { Html, JavaScript, Php, Text };
    QString path; // relative to the output folder, '/'-separated
    QByteArray content;
    Language language = Language::Text;
    bool holdsSecret = false; // never to be published
};

// Writes the code a webmaster puts on their site, from templates embedded in the application (resources/snippets).
//
// A template marks each inserted value with the context it goes into: {{name:php}} (a PHP string literal),
// {{name:js}} (a JavaScript string literal), {{name:html}} (HTML text), {{name:attr}} (a double-quoted HTML
// attribute), {{name:text}} (plain text, one line), {{name:raw_int}} and {{name:raw_id}} (checked to be a number or
// an id of [0-9a-z_-], written as is), {{name:trusted}} (a fragment the generator built itself from escaped
// parts). A value is only ever written through its context's escaping (SnippetEscape); an unknown name or context
// fails the generation, so a template cannot insert a value raw by mistake.
class SnippetGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(SnippetGenerator)
public:
    // The files of a target, each complete. Fails with a message naming the value at fault (an unusable address,
    // a header with a line break) and then writes nothing.
    static Result<QList<GeneratedFile>> generate(const SnippetInput& input, SnippetTarget target);

    // Renders one template text; exposed for tests.
    static Result<QString> render(const QString& name, const QString& text, const QHash<QString, QString>& values,
                                  const QHash<QString, QString>& trusted);

    // Defaults of SnippetInput's addresses for a target.
    static QString defaultCheckUrl(SnippetTarget target);
    static QString defaultAccessUrl(SnippetTarget target, const QString& offerId);
    static QString defaultWidgetScriptUrl(SnippetTarget target);
};
