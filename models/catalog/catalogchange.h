#pragma once

#include "catalogtypes.h"

#include <QCoreApplication>

#include <variant>

// One record of the catalog, whichever its kind.
using CatalogRecord = std::variant<Site, Product, Provider, PricePoint, ChannelRule>;

// One edit of one record: what it was and what it becomes. An empty side means the record does not exist on that
// side: an empty `before` is a creation, an empty `after` a deletion. `label` names the record for people
// ("Pass VIP 24 h · Premium SMS (SMS+)").
struct CatalogChange
{
    std::optional<CatalogRecord> before;
    std::optional<CatalogRecord> after;
    QString label;

    // The same edit the other way round, to undo it.
    CatalogChange inverted() const { return {after, before, label}; }
};

// What the audit trail and the undo machinery need to know about records and edits.
class CatalogRecords final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRecords)
public:
    // The entity name used in the audit trail: site, product, provider, price_point, rule.
    static QString entity(const CatalogRecord& record);
    // The entity in the UI language ("Price point").
    static QString entityDisplayName(const QString& entity);
    // A field of a catalog file in the UI language ("price" → "Price"); an unknown one as it is.
    static QString fieldDisplayName(const QString& field);
    // A field's value as people read it: channels by name, yes or no, decimals and amounts in the UI's locale
    // ("4,50" in French), the words of the catalog file in the UI language.
    static QString valueDisplay(const QString& field, const QString& value);
    static qint64 id(const CatalogRecord& record);
    static void setId(CatalogRecord& record, qint64 id);
    // The record's fields as they are written in catalog files, each value as text (lists and tables as compact
    // JSON); the order is the file's.
    static QList<std::pair<QString, QString>> fields(const CatalogRecord& record);
    // The whole record as compact JSON, recorded when a record is created or deleted.
    static QString wholeRecord(const CatalogRecord& record);
    // A label for people, looked up in the catalog (a price point is named by its product and channel).
    static QString label(const CatalogRecord& record, const Catalog& catalog);

    // Every record that differs between two catalogs, ordered so that applying the changes one after the other
    // keeps references valid: deletions of children before parents, then creations and updates of parents before
    // children.
    static QList<CatalogChange> diff(const Catalog& before, const Catalog& after);
};
