#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <functional>
#include <string_view>
#include <vector>

class Database;
class Statement;

// Tells whether a provider has confirmed a sale: the one place that decides it, for the revenue figures.
//
// A sale is confirmed when a provider row has the same reference, or when a provider row without a reference (as
// audiotel statements often are) has the same channel, currency and amount within ten minutes of the sale. Either
// way the provider must be the sale's own, when the sale names one (sales logs often do not). A provider row may
// confirm several sales: this is a presence test, not the one-to-one pairing of reconciliation. When reconciliation
// results are to decide instead, this class is what changes (RevenueAggregates only asks isConfirmed()).
//
// References are kept as 64-bit hashes in an open-addressing table (12 bytes per provider row, at most 2/3 full),
// provider rows without a reference in a sorted array (24 bytes each). A hash collision could confirm a sale
// wrongly; for a million sales against a million provider rows the odds are about one in twenty million.
class SalesConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(SalesConfirmation)
public:
    static constexpr qint64 s_windowSeconds = 600;

    struct Row
    {
        std::string_view provider;
        std::string_view channel;
        std::string_view reference;
        std::string_view currency;
        qint64 gross = 0;
        qint64 occurredUtc = 0;

        // The current row of ImportStore::providerRowReader() (its texts are views into the statement's row).
        static Row at(const Statement& stmt);
    };

    // Reads the provider rows of the database; `rowsRead` is called every 65536 rows and may return false to cancel.
    Status load(Database& db, const std::function<bool(qint64 rows)>& rowsRead = {});
    // For tests and for load(): the provider rows, then finish() once all are in. `expected` sizes the tables.
    void reserve(qint64 expected);
    void addProviderRow(const Row& row);
    void finish();

    bool isConfirmed(const Row& sale) const;
    qint64 providerRows() const { return m_providerRows; }

    // The keys, as stored in revenue_provider_references, revenue_provider_amounts and revenue_unconfirmed_sales so
    // that new rows can be checked later without reading the old ones. A provider hash of 0 means "any provider".
    static qint64 referenceHash(std::string_view reference);
    static qint64 amountHash(const Row& row);
    static qint64 providerHash(std::string_view provider);
    struct ReferenceKey
    {
        qint64 reference;
        qint64 provider;
        auto operator<=>(const ReferenceKey&) const = default;
    };
    struct AmountKey
    {
        qint64 amount; // channel, currency and gross
        qint64 utc;
        qint64 provider;
        auto operator<=>(const AmountKey&) const = default;
    };
    // Every distinct reference key, sorted.
    std::vector<ReferenceKey> references() const;
    // Every key of a provider row without a reference, sorted.
    const std::vector<AmountKey>& amounts() const { return m_amounts; }

private:
    static quint64 hash(std::string_view text);
    void insertReference(quint64 reference, quint32 provider);
    void grow();

    // Open addressing, linear probing; 0 marks an empty slot (no hash is 0, see referenceHash()).
    std::vector<quint64> m_references;
    std::vector<quint32> m_referenceProviders;
    size_t m_referenceCount = 0;
    std::vector<AmountKey> m_amounts;
    qint64 m_providerRows = 0;
};
