#pragma once

#include "catalogtypes.h"

#include <QCoreApplication>
#include <QDate>

// The checks an edit must pass before it is written, with a sentence for each problem. The editor refuses an edit
// with problems; dialogs show the same sentences while the user types.
class CatalogValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)
public:
    // `catalog` is the catalog the record goes into (the record itself may already be in it, with the same id).
    static QStringList problems(const Site& site, const Catalog& catalog);
    static QStringList problems(const Product& product, const Catalog& catalog);
    static QStringList problems(const Provider& provider, const Catalog& catalog);
    static QStringList problems(const ChannelRule& rule, const Catalog& catalog);
    // Includes the rules: an active price point must respect every rule in force on `date`.
    static QStringList problems(const PricePoint& point, const Catalog& catalog, QDate date);

    static bool isCountryCode(const QString& code);
};
