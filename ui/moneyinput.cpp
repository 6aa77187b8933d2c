#include "moneyinput.h"

#include "money/money.h"

#include <QLocale>

QString MoneyInput::text(qint64 minor, const QString& currency)
{
    QString plain = Money(minor, currency).toPlainString();
    const QString mark = QLocale().decimalPoint();
    if (mark != u".")
        plain.replace(u'.', mark);
    return plain;
}

QString MoneyInput::listText(const QList<qint64>& amounts, const QString& currency)
{
    QStringList parts;
    for (qint64 a : amounts)
        parts.append(text(a, currency));
    return parts.join(QStringLiteral("; "));
}

QString MoneyInput::percentText(qint64 basisPoints)
{
    return text(basisPoints, QStringLiteral("EUR"));
}

Result<qint64> MoneyInput::parse(const QString& input, const QString& currency)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Result<qint64>::failure(tr("an amount is needed"));
    auto m = Money::parse(trimmed, Money::isCurrencyCode(currency) ? currency : QStringLiteral("EUR"));
    if (!m)
        return Result<qint64>::failure(m.error());
    if (!Money::withinBound(m->minorUnits()))
        return Result<qint64>::failure(tr("%1 is beyond the largest amount Obole accepts (%2 either way)")
                                           .arg(trimmed, Money::boundText(Money::decimals(m->currency()))));
    return m->minorUnits();
}

Result<std::optional<qint64>> MoneyInput::parseOptional(const QString& input, const QString& currency)
{
    using R = Result<std::optional<qint64>>;
    if (input.trimmed().isEmpty())
        return R(std::optional<qint64>());
    auto v = parse(input, currency);
    if (!v)
        return R::failure(v.error());
    return R(std::optional<qint64>(v.value()));
}

Result<QList<qint64>> MoneyInput::parseList(const QString& input, const QString& currency)
{
    QList<qint64> out;
    for (const QString& part : input.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto v = parse(part, currency);
        if (!v)
            return Result<QList<qint64>>::failure(tr("\"%1\": %2").arg(part.trimmed(), v.error()));
        out.append(v.value());
    }
    return out;
}

Result<qint64> MoneyInput::parsePercent(const QString& input)
{
    QString t = input.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto v = parse(t, QStringLiteral("EUR"));
    if (!v)
        return v;
    if (v.value() < 0 || v.value() > 10000)
        return Result<qint64>::failure(tr("a percentage is between 0 and 100"));
    return v;
}
