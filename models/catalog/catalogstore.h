#pragma once

#include "catalogtypes.h"
#include "core/result.h"

#include <QCoreApplication>

class Database;

// Reads and writes the catalog (sites, products, providers, price points, channel rules) of one database.
class CatalogStore final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
public:
    explicit CatalogStore(Database& db) : m_db(db) {}

    Result<Catalog> load();
    // Replaces the whole catalog in one transaction; ids are kept as given.
    Status replace(const Catalog& catalog);

    Result<QList<Site>> sites();
    Result<QList<Product>> products();
    Result<QList<Provider>> providers();
    Result<QList<PricePoint>> pricePoints();
    Result<QList<ChannelRule>> rules();

    // Insert when id is 0 (the new id is returned), insert with that id when no row has it, update otherwise.
    // An update changes the row in place: rows that refer to it (a product's price points) stay.
    Result<qint64> save(const Site& site);
    Result<qint64> save(const Product& product);
    // Also replaces the provider's tier table.
    Result<qint64> save(const Provider& provider);
    Result<qint64> save(const PricePoint& point);
    Result<qint64> save(const ChannelRule& rule);
    Status removePricePoint(qint64 id);
    // Removing a site or a product removes what belongs to it (products, price points) in the database.
    Status removeSite(qint64 id);
    Status removeProduct(qint64 id);
    // Refused by the database while a price point uses the provider.
    Status removeProvider(qint64 id);
    Status removeRule(qint64 id);

private:
    Status removeRow(std::string_view sql, qint64 id);
    Status insertAll(const Catalog& catalog);
    Database& m_db;
};
