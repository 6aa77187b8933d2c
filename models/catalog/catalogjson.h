#pragma once

#include "catalogtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

// The catalog file format (documented in the README): one JSON object holding sites, products, providers,
// price points and channel rules. Amounts are decimal strings in the currency's units ("1.50"), shares are
// percentages ("70.00"), dates ISO 8601.
class CatalogJson final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)
public:
    static QByteArray write(const Catalog& catalog);
    // Reads and checks a whole file; on failure the message lists every problem, one a line, each with its path
    // in the file (e.g. "price_points[3].price: ...").
    static Result<Catalog> read(const QByteArray& json);
};
