#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct SnippetInput;

// What the buyer reads in the widget, in French and in English whatever the interface language: how to pay on the
// channel, with the price mention the channel requires ("Envoyez OBOLE au 81234 (1,50 € par SMS + prix d'un SMS)",
// "Appelez le 0899 … (2,99 €/appel)"), what the code gives, and the label of the code field. Plain text in
// segments; the generator escapes them for HTML or JavaScript.
struct BuyerInstructions
{
    Q_DECLARE_TR_FUNCTIONS(BuyerInstructions)
public:
    struct Segment
    {
        QString text;
        bool strong = false; // the keyword, number or price the buyer must not miss
    };
    struct Language
    {
        QList<Segment> segments;
        QString payLinkText; // empty when there is no payment page to open
        QString codeLabel;
        QString plainText() const;
    };

    Language fr;
    Language en;
    QString payUrl; // absolute http(s) URL, or empty

    static Result<BuyerInstructions> build(const SnippetInput& input);

    static QString accessEn(qint64 seconds);
    static QString accessFr(qint64 seconds);
};
