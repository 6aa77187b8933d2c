#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;
struct Catalog;

// What each price point promised the merchant, as it stood on a given date: the catalog's payout now, wound back
// through the audit trail's edits of payout_kind and payout made after that date. Reconciliation compares it with
// the net a provider reports for a sale.
class PayoutSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutSchedule)
public:
    struct Expectation
    {
        qint64 netMinor = 0;
        qint64 pricePointId = 0;
        bool share = true;
        qint64 value = 0; // basis points for a share, minor units for an amount
    };

    // The price points of `catalog` (as loaded from `db`), with the payout history the audit trail keeps.
    static Result<PayoutSchedule> load(Database& db, const Catalog& catalog);
    bool isEmpty() const { return m_points.isEmpty(); }

    // The payout promised for a sale of `gross` (minor units of `currency`) of `product` on `channel` through
    // `provider`, at `atUtc`. Empty when no price point fits: none for that provider, channel and currency; or
    // several products and none named; or no price equal to the sale's (a per-minute price point pays its share of
    // whatever the call cost).
    std::optional<Expectation> expected(const QString& provider, const QString& channel, const QString& product,
                                        const QString& currency, qint64 gross, qint64 atUtc) const
    {
        return expected(candidates(provider, channel, product, currency), gross, atUtc);
    }
    // The same in two steps, so that a caller checking many sales looks the price points up once per kind of sale.
    QList<int> candidates(const QString& provider, const QString& channel, const QString& product,
                          const QString& currency) const;
    std::optional<Expectation> expected(const QList<int>& candidates, qint64 gross, qint64 atUtc) const;

    // "60 % of the price (price point 12)" or "0.90 EUR a sale (price point 12)".
    static QString describe(const Expectation& e, const QString& currency);

private:
    struct Change
    {
        qint64 atUtc = 0;
        bool kindField = false; // payout_kind, else payout
        QString oldValue;
    };
    struct Point
    {
        qint64 id = 0;
        QString provider;
        QString channel;
        QString product;
        QString currency;
        qint64 price = 0;
        qint64 charge = 0;
        bool perMinute = false;
        bool share = true;
        qint64 value = 0;
        qint64 createdUtc = 0; // 0 when unknown
        QList<Change> changes; // oldest first
    };

    std::optional<Expectation> expectationAt(const Point& p, qint64 gross, qint64 atUtc) const;

    QList<Point> m_points;
    QHash<QString, QList<int>> m_byKey; // "provider\nchannel\ncurrency" -> indexes
};
