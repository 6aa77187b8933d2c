#include "rulechecker.h"

#include "catalog/channelruletext.h"
#include "money/money.h"

#include <QLocale>

namespace {

QString digitsOf(const QString& number)
{
    QString out;
    for (QChar c : number) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

// The part of the service number a rule's prefix is compared with.
QString numberKey(const PricePoint& point)
{
    return digitsOf(point.serviceNumber);
}

// In the interface's language and conventions ("4,50 €" in French).
QString amount(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString(QLocale());
}

} // namespace

QList<ChannelRule> RuleChecker::applicableRules(const PricePoint& point, QDate date) const
{
    const QString key = numberKey(point);
    const QString billing = CatalogText::billing(point.billing);
    QList<ChannelRule> out;
    for (const ChannelRule& rule : m_rules) {
        if (rule.channel != point.channel || rule.country.compare(point.country, Qt::CaseInsensitive) != 0)
            continue;
        if (!rule.isInForceOn(date))
            continue;
        if (!rule.prefix.isEmpty() && !key.startsWith(rule.prefix))
            continue;
        if (!rule.billing.isEmpty() && rule.billing != billing)
            continue;
        out.append(rule);
    }
    return out;
}

RuleChecker::Verdict RuleChecker::check(const PricePoint& point, QDate date) const
{
    Verdict v;
    auto fail = [&v](Finding f) {
        f.respected = false;
        v.ok = false;
        v.findings.append(std::move(f));
    };

    if (point.priceMinor <= 0 && point.channel != Channel::Crypto)
        fail({{}, {}, false, tr("The price must be more than zero.")});
    if (point.payoutKind == PayoutKind::Share && (point.payoutValue < 0 || point.payoutValue > 10000))
        fail({{}, {}, false, tr("A payout share must be between 0 % and 100 %.")});
    if (point.payoutKind == PayoutKind::Amount && point.payoutValue > point.buyerChargeMinor())
        fail({{}, {}, false, tr("The payout cannot be more than what the buyer pays.")});
    if (point.accessKind == AccessKind::Duration && point.accessSeconds <= 0)
        fail({{}, {}, false, tr("Timed access needs a duration.")});

    const QString key = numberKey(point);
    switch (point.channel) {
    case Channel::Audiotel:
        if (key.size() != 10 || !key.startsWith(u'0'))
            fail({{}, {}, false, tr("A premium-rate number has 10 digits, for example 0899 12 34 56.")});
        if (point.billing == Billing::OneOff)
            fail({{}, {}, false, tr("A premium-rate number is charged per call or per minute.")});
        break;
    case Channel::Sms:
        if (key.size() != 5)
            fail({{}, {}, false, tr("An SMS+ short code has 5 digits, for example 81234.")});
        if (point.keyword.trimmed().isEmpty())
            fail({{}, {}, false, tr("An SMS+ price point needs a keyword.")});
        break;
    case Channel::PrepaidCard:
        if (point.minMinor && point.priceMinor < *point.minMinor)
            fail({{},
                  {},
                  false,
                  tr("The price is below the card's minimum of %1.").arg(amount(*point.minMinor, point.currency))});
        if (point.maxMinor && point.priceMinor > *point.maxMinor)
            fail({{},
                  {},
                  false,
                  tr("The price is above the card's maximum of %1.").arg(amount(*point.maxMinor, point.currency))});
        break;
    default:
        break;
    }

    const QList<ChannelRule> rules = applicableRules(point, date);
    // Channels whose rules depend on the number or short code need a matching range.
    const bool rangeRequired = point.channel == Channel::Audiotel || point.channel == Channel::Sms;
    bool rangeFound = false;
    for (const ChannelRule& rule : rules) {
        if (!rule.prefix.isEmpty())
            rangeFound = true;
        const QString label = ChannelRuleText::label(rule.label);
        Finding f{label, ChannelRuleText::source(rule.source), true, {}};
        QStringList problems;
        QString bounds;
        if (!rule.allowedMinor.isEmpty()) {
            QStringList tiers;
            for (qint64 t : rule.allowedMinor)
                tiers.append(amount(t, rule.currency));
            bounds = tr("allowed prices %1").arg(tiers.join(QStringLiteral(", ")));
            if (!rule.allowedMinor.contains(point.priceMinor))
                problems.append(
                    tr("%1 is not one of the allowed prices").arg(amount(point.priceMinor, point.currency)));
        }
        if (rule.minMinor && rule.maxMinor)
            bounds = tr("%1 to %2").arg(amount(*rule.minMinor, rule.currency), amount(*rule.maxMinor, rule.currency));
        else if (rule.maxMinor)
            bounds = tr("at most %1").arg(amount(*rule.maxMinor, rule.currency));
        else if (rule.minMinor)
            bounds = tr("at least %1").arg(amount(*rule.minMinor, rule.currency));
        if (rule.currency != point.currency)
            problems.append(tr("the rule is in %1, the price in %2").arg(rule.currency, point.currency));
        if (rule.maxMinor && point.priceMinor > *rule.maxMinor)
            problems.append(tr("%1 is above the cap").arg(amount(point.priceMinor, point.currency)));
        if (rule.minMinor && point.priceMinor < *rule.minMinor)
            problems.append(tr("%1 is below the minimum").arg(amount(point.priceMinor, point.currency)));
        if (rule.storedMaxMinor) {
            for (qint64 topUp : point.topUps) {
                if (topUp > *rule.storedMaxMinor)
                    problems.append(
                        tr("the top-up of %1 exceeds the %2 that may be stored")
                            .arg(amount(topUp, point.currency), amount(*rule.storedMaxMinor, rule.currency)));
            }
            if (!bounds.isEmpty())
                bounds += QStringLiteral("; ");
            bounds += tr("at most %1 stored").arg(amount(*rule.storedMaxMinor, rule.currency));
        }
        if (rule.monthlyMaxMinor) {
            if (!bounds.isEmpty())
                bounds += QStringLiteral("; ");
            bounds += tr("at most %1 a month per buyer").arg(amount(*rule.monthlyMaxMinor, rule.currency));
            if (point.priceMinor > 0)
                v.purchasesPerMonth = *rule.monthlyMaxMinor / point.priceMinor;
        }
        if (problems.isEmpty()) {
            f.message = tr("%1: %2. Respected.").arg(label, bounds);
        } else {
            f.message = tr("%1: %2. Broken: %3.").arg(label, bounds, problems.join(QStringLiteral("; ")));
            fail(f);
            continue;
        }
        v.findings.append(f);
    }
    if (rangeRequired && !rangeFound) {
        bool channelHasRanges = false;
        for (const ChannelRule& rule : m_rules) {
            if (rule.channel == point.channel && !rule.prefix.isEmpty() && rule.isInForceOn(date) &&
                rule.country.compare(point.country, Qt::CaseInsensitive) == 0)
                channelHasRanges = true;
        }
        if (channelHasRanges) {
            fail({{},
                  {},
                  false,
                  point.channel == Channel::Audiotel
                      ? tr("No rule covers the number %1 with this billing; premium-rate numbers start with 081, "
                           "082 or 089.")
                            .arg(point.serviceNumber)
                      : tr("No SMS+ tier covers the short code %1.").arg(point.serviceNumber)});
        }
    }
    return v;
}
