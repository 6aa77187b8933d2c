#pragma once

#include "catalogtypes.h"

#include <QCoreApplication>

// Checks a price point against the channel rules in force at a date, and says in words which rule applies.
class RuleChecker final
{
    Q_DECLARE_TR_FUNCTIONS(RuleChecker)
public:
    struct Finding
    {
        QString ruleLabel; // empty when no rule row is involved (a structural problem)
        QString source;
        bool respected = true;
        QString message;
    };
    struct Verdict
    {
        bool ok = true;
        QList<Finding> findings;
        // For channels with a monthly cap: purchases a buyer can make in a month at this price.
        std::optional<qint64> purchasesPerMonth;
    };

    explicit RuleChecker(QList<ChannelRule> rules) : m_rules(std::move(rules)) {}

    Verdict check(const PricePoint& point, QDate date) const;
    // The rules of the point's channel and country in force at the date, matching its number and billing.
    QList<ChannelRule> applicableRules(const PricePoint& point, QDate date) const;

private:
    QList<ChannelRule> m_rules;
};
