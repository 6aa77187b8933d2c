#pragma once

#include "catalogtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The catalog file format (documented in docs/catalog-format.md): one JSON object holding sites, products,
// providers (with their tier tables), price points and channel rules. Amounts are decimal strings in the currency's
// units ("1.50"), shares are percentages ("70.00"), dates ISO 8601.
class CatalogJson final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)
public:
    static QByteArray write(const Catalog& catalog);
    // One record as it appears in the file; the audit trail records field values in the same words.
    static QJsonObject toJson(const Site& site);
    static QJsonObject toJson(const Product& product);
    static QJsonObject toJson(const Provider& provider);
    static QJsonObject toJson(const PricePoint& point);
    static QJsonObject toJson(const ChannelRule& rule);
    // What stored results (revenue totals, reconciliation) depend on, as a SHA-256 in hex: every product, provider
    // and price point with all their fields, in id order. Sites and channel rules are left out: no result reads
    // them, so editing one rebuilds nothing. The one test of "did the catalog change" for every store.
    static QByteArray fingerprint(const Catalog& catalog);
    // Reads and checks a whole file; on failure the message lists every problem, one a line, each with its path
    // in the file (e.g. "price_points[3].price: ...").
    static Result<Catalog> read(const QByteArray& json);
};
