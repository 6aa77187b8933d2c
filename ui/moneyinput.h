#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Amounts and percentages as people type them in Obole's fields: the UI locale's decimal mark, or the other one
// ("4,50" and "4.50" both read), an optional currency sign. Lists of amounts are separated by semicolons, since the
// comma may be the decimal mark.
class MoneyInput final
{
    Q_DECLARE_TR_FUNCTIONS(MoneyInput)
public:
    // For a field: digits with the UI locale's decimal mark and no grouping or currency ("4,50" in French).
    static QString text(qint64 minor, const QString& currency);
    static QString listText(const QList<qint64>& amounts, const QString& currency);
    // A percentage in basis points, for a field ("60,00").
    static QString percentText(qint64 basisPoints);

    static Result<qint64> parse(const QString& text, const QString& currency);
    // An empty field is no value.
    static Result<std::optional<qint64>> parseOptional(const QString& text, const QString& currency);
    static Result<QList<qint64>> parseList(const QString& text, const QString& currency);
    // "60", "60,5 %", "60.50" -> basis points.
    static Result<qint64> parsePercent(const QString& text);
};
