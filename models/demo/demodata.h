#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// Fills an empty database with a believable merchant: two sites, eight products, price points on all seven
// channels within their rules, 90 days of sales log and provider statements that mostly agree, and a few
// realistic discrepancies. Deterministic for a given seed and end date.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    struct Summary
    {
        int sites = 0;
        int products = 0;
        int pricePoints = 0;
        int salesRows = 0;
        int providerRows = 0;
        int payoutRows = 0;
    };

    // `lastDay` is the last day with sales (yesterday by default).
    static Result<Summary> create(Database& db, QDate lastDay = QDate::currentDate().addDays(-1), quint32 seed = 7);
};
