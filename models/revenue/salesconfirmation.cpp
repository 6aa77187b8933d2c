#include "salesconfirmation.h"

#include "core/hashmix.h"
#include "importing/importstore.h"
#include "storage/database.h"

#include <algorithm>

quint64 SalesConfirmation::hash(std::string_view text)
{
    return splitMix64(std::hash<std::string_view>{}(text));
}

qint64 SalesConfirmation::referenceHash(std::string_view reference)
{
    // Never 0, which marks an empty slot of the table.
    return qint64(qMax<quint64>(1, hash(reference)));
}

qint64 SalesConfirmation::amountHash(const Row& row)
{
    return qint64(splitMix64(hash(row.channel) * 31 + hash(row.currency)) ^
                  splitMix64(quint64(row.gross) + 0x9e3779b97f4a7c15ULL));
}

qint64 SalesConfirmation::providerHash(std::string_view provider)
{
    if (provider.empty())
        return 0;
    return qint64(qMax<quint64>(1, hash(provider) & 0xFFFFFFFFULL));
}

std::vector<SalesConfirmation::ReferenceKey> SalesConfirmation::references() const
{
    std::vector<ReferenceKey> keys;
    keys.reserve(m_referenceCount);
    for (size_t i = 0; i < m_references.size(); ++i) {
        if (m_references[i] != 0)
            keys.push_back({qint64(m_references[i]), qint64(m_referenceProviders[i])});
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

void SalesConfirmation::reserve(qint64 expected)
{
    size_t capacity = 1024;
    while (capacity < size_t(expected) * 3 / 2)
        capacity *= 2;
    if (capacity > m_references.size()) {
        std::vector<quint64> old = std::move(m_references);
        std::vector<quint32> oldProviders = std::move(m_referenceProviders);
        m_references.assign(capacity, 0);
        m_referenceProviders.assign(capacity, 0);
        m_referenceCount = 0;
        for (size_t i = 0; i < old.size(); ++i) {
            if (old[i] != 0)
                insertReference(old[i], oldProviders[i]);
        }
    }
}

void SalesConfirmation::grow()
{
    reserve(qint64(m_references.size()));
}

void SalesConfirmation::insertReference(quint64 reference, quint32 provider)
{
    if ((m_referenceCount + 1) * 3 > m_references.size() * 2)
        grow();
    const size_t mask = m_references.size() - 1;
    for (size_t i = size_t(reference) & mask;; i = (i + 1) & mask) {
        if (m_references[i] == 0) {
            m_references[i] = reference;
            m_referenceProviders[i] = provider;
            ++m_referenceCount;
            return;
        }
        if (m_references[i] == reference && m_referenceProviders[i] == provider)
            return; // the same reference twice at one provider
    }
}

void SalesConfirmation::addProviderRow(const Row& row)
{
    ++m_providerRows;
    const auto provider = quint32(providerHash(row.provider));
    if (!row.reference.empty())
        insertReference(quint64(referenceHash(row.reference)), provider);
    else
        m_amounts.push_back({amountHash(row), row.occurredUtc, provider});
}

void SalesConfirmation::finish()
{
    std::sort(m_amounts.begin(), m_amounts.end());
    m_amounts.erase(std::unique(m_amounts.begin(), m_amounts.end()), m_amounts.end());
}

bool SalesConfirmation::isConfirmed(const Row& sale) const
{
    const qint64 provider = providerHash(sale.provider);
    if (!sale.reference.empty() && !m_references.empty()) {
        const auto reference = quint64(referenceHash(sale.reference));
        const size_t mask = m_references.size() - 1;
        for (size_t i = size_t(reference) & mask; m_references[i] != 0; i = (i + 1) & mask) {
            if (m_references[i] == reference && (provider == 0 || m_referenceProviders[i] == quint32(provider)))
                return true;
        }
    }
    if (m_amounts.empty())
        return false;
    const qint64 amount = amountHash(sale);
    auto it =
        std::lower_bound(m_amounts.begin(), m_amounts.end(), AmountKey{amount, sale.occurredUtc - s_windowSeconds, 0});
    for (; it != m_amounts.end() && it->amount == amount && it->utc <= sale.occurredUtc + s_windowSeconds; ++it) {
        if (provider == 0 || it->provider == provider)
            return true;
    }
    return false;
}

SalesConfirmation::Row SalesConfirmation::Row::at(const Statement& stmt)
{
    using Col = ImportStore::ProviderColumn;
    Row row;
    row.provider = stmt.textView(Col::PvProvider);
    row.channel = stmt.textView(Col::PvChannel);
    row.reference = stmt.textView(Col::PvReference);
    row.currency = stmt.textView(Col::PvCurrency);
    row.gross = stmt.int64(Col::PvGross);
    row.occurredUtc = stmt.int64(Col::PvOccurred);
    return row;
}

Status SalesConfirmation::load(Database& db, const std::function<bool(qint64)>& rowsRead)
{
    ImportStore store(db);
    auto stmt = store.providerRowReader();
    if (!stmt)
        return Status::failure(tr("Cannot read the provider statements: %1").arg(stmt.error()));
    qint64 rows = 0;
    // A sizing guess: about half the rows of a database are provider rows.
    if (auto last = store.lastTransactionId())
        reserve(last.value() / 2);
    while (stmt->step()) {
        addProviderRow(Row::at(*stmt));
        if ((++rows & 0xFFFF) == 0 && rowsRead && !rowsRead(rows))
            return Status::failure(tr("Cancelled."));
    }
    if (stmt->failed())
        return Status::failure(tr("Cannot read the provider statements: %1").arg(stmt->error()));
    finish();
    return {};
}
