#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How the generated server code asks a provider whether a code is paid: which URL, with which parameters and
// headers, and how to read the reply. Stored in the database (snippet_check_templates), editable; Obole ships four
// shaped like the providers' real APIs (JSON `status`, pipe `OUI|…`, plain `OK`, generic JSON over POST).
//
// Values may hold placeholders. Filled in when the snippet is generated: {account} (the provider's public id for
// this merchant), {secret} (the provider secret, decrypted), {price} ("1.50"), {currency}, {product_id}, {offer}.
// Filled in by the generated code for each buyer: {code} and {ip}, which must be a parameter's whole value.
struct CheckTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CheckTemplate)
public:
    enum class Reply { Json, Pipe, Text };

    struct Pair
    {
        QString name;
        QString value;
        bool operator==(const Pair&) const = default;
    };

    qint64 id = 0;
    QString code; // stable id: dedipass_json, starpass_pipe, allopass_ok, generic_json, or the user's
    QString name;
    QString method = QStringLiteral("GET");
    QString url;
    QList<Pair> params;
    QList<Pair> headers;
    Reply reply = Reply::Json;
    // Json: a dotted path to the field ("status", "data.state"); Pipe: the 0-based field index; Text: unused.
    QString successField;
    QString successValue;
    // Where the provider's transaction reference is, same syntax; empty when the reply has none.
    QString referenceField;
    bool builtIn = false;

    bool operator==(const CheckTemplate&) const = default;

    // Every problem, one a line, each naming its field.
    Status validate() const;

    static QString replyName(Reply reply);
    static std::optional<Reply> replyFrom(QStringView text);

    // "name=value" a line (parameters) and "Name: value" a line (headers), as the editor shows them.
    static QString pairsText(const QList<Pair>& pairs, QChar separator);
    static Result<QList<Pair>> parsePairs(const QString& text, QChar separator);

    static const QStringList& generationPlaceholders();
    static const QStringList& runtimePlaceholders();
};
