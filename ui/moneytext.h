#pragma once

#include "money/money.h"

#include <QLocale>
#include <QString>

#include <optional>

// An amount as the pages show it: the user's locale, the currency's sign and all its decimals ("1 234,50 €").
inline QString moneyText(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString(QLocale());
}

// Nothing for no amount (the side of a pair that has none).
inline QString moneyText(const std::optional<qint64>& minor, const QString& currency)
{
    return minor ? moneyText(*minor, currency) : QString();
}
