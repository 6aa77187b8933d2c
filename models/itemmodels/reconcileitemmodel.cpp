#include "reconcileitemmodel.h"

#include "catalog/channel.h"
#include "itemmodels/roles.h"
#include "money/money.h"
#include "revenue/revenueaggregates.h"

#include <QLocale>

ReconcileItemModel::ReconcileItemModel(QObject* parent) : QAbstractTableModel(parent) {}

ReconcileItemModel::~ReconcileItemModel() = default;

void ReconcileItemModel::setQuery(Database* db, const ReconcileFilter& filter,
                                  std::shared_ptr<const ReconcileBrowser::IdSet> only)
{
    m_fetching = true;
    beginResetModel();
    m_db = db;
    m_zone = db ? RevenueAggregates::timeZone(*db) : QTimeZone(RevenueAggregates::defaultTimeZoneId());
    m_filter = filter;
    m_only = std::move(only);
    m_entries.clear();
    m_pages.clear();
    m_recentPages.clear();
    m_error.clear();
    m_browser.reset(db ? new ReconcileBrowser(*db, m_filter, m_only) : nullptr);
    m_entries = readPage(pageSize());
    endResetModel();
    m_fetching = false;
}

void ReconcileItemModel::reload()
{
    const int keep = std::max<int>(pageSize(), int(m_entries.size()));
    m_fetching = true;
    beginResetModel();
    m_entries.clear();
    m_pages.clear();
    m_recentPages.clear();
    m_error.clear();
    m_browser.reset(m_db ? new ReconcileBrowser(*m_db, m_filter, m_only) : nullptr);
    m_entries = readPage(keep);
    endResetModel();
    m_fetching = false;
}

QList<ReconcileEntry> ReconcileItemModel::readPage(int limit)
{
    QList<ReconcileEntry> entries;
    if (!m_browser || !m_db)
        return entries;
    if (auto st = m_browser->fetch(limit, entries); !st) {
        m_error = st.error();
        m_browser.reset();
    }
    return entries;
}

const QHash<qint64, StoredTransaction>& ReconcileItemModel::rowsAround(int row) const
{
    const int page = row / pageSize();
    auto it = m_pages.constFind(page);
    if (it != m_pages.constEnd()) {
        if (m_recentPages.constLast() != page) {
            m_recentPages.removeOne(page);
            m_recentPages.append(page);
        }
        return *it;
    }
    QList<qint64> ids;
    const int end = std::min<int>(int(m_entries.size()), (page + 1) * pageSize());
    for (int r = page * pageSize(); r < end; ++r) {
        ids.append(m_entries.at(r).providerTxn);
        ids.append(m_entries.at(r).salesTxn);
    }
    QHash<qint64, StoredTransaction> rows;
    if (m_db) {
        if (auto read = ImportStore(*m_db).transactions(ids))
            rows = std::move(read.value());
    }
    // The pages on screen and a few around: enough for any window, little memory.
    constexpr int s_keptPages = 24;
    while (m_recentPages.size() >= s_keptPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_recentPages.append(page);
    return *m_pages.insert(page, std::move(rows));
}

ReconcileItemModel::Line ReconcileItemModel::line(int row) const
{
    Line l;
    l.entry = m_entries.at(row);
    const auto& rows = rowsAround(row);
    if (auto it = rows.constFind(l.entry.providerTxn); l.entry.providerTxn && it != rows.constEnd())
        l.provider = *it;
    if (auto it = rows.constFind(l.entry.salesTxn); l.entry.salesTxn && it != rows.constEnd())
        l.sale = *it;
    return l;
}

int ReconcileItemModel::rowOf(qint64 txnId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const ReconcileEntry& e = m_entries.at(i);
        if (txnId != 0 && (e.providerTxn == txnId || e.salesTxn == txnId))
            return i;
    }
    return -1;
}

int ReconcileItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReconcileItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReconcileItemModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_browser && !m_browser->atEnd();
}

void ReconcileItemModel::fetchMore(const QModelIndex& parent)
{
    // Views (and model testers) may ask again from their rowsInserted handlers: one page at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    QList<ReconcileEntry> more = readPage(pageSize());
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
        m_entries.append(std::move(more));
        endInsertRows();
    }
    m_fetching = false;
}

namespace {

QString money(const std::optional<qint64>& minor, const QString& currency)
{
    return minor ? Money(*minor, currency).toString(QLocale()) : QString();
}

QString duration(qint64 seconds)
{
    const qint64 a = seconds < 0 ? -seconds : seconds;
    if (a < 120)
        return ReconcileItemModel::tr("%n s", nullptr, int(a));
    if (a < 7200)
        return ReconcileItemModel::tr("%n min", nullptr, int(a / 60));
    if (a < 3 * 86400)
        return ReconcileItemModel::tr("%n h", nullptr, int(a / 3600));
    return ReconcileItemModel::tr("%n day(s)", nullptr, int(a / 86400));
}

} // namespace

QVariant ReconcileItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ReconcileEntry& e = m_entries.at(index.row());
    if (role == OutcomeRole)
        return int(e.outcome);
    if (role == OpenRole)
        return ReconcileText::isDiscrepancy(e.outcome) && !e.explained;
    if (role == ModelRoles::IdRole)
        return e.providerTxn ? e.providerTxn : e.salesTxn;
    const std::optional<qint64> difference =
        e.providerGross && e.salesGross ? std::optional<qint64>(*e.providerGross - *e.salesGross) : std::nullopt;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case SalesAmountColumn:
        case ProviderAmountColumn:
        case DifferenceColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.time;
        case OutcomeColumn:
            return int(e.outcome);
        case SalesAmountColumn:
            return e.salesGross ? QVariant(*e.salesGross) : QVariant();
        case ProviderAmountColumn:
            return e.providerGross ? QVariant(*e.providerGross) : QVariant();
        case DifferenceColumn:
            return difference ? QVariant(*difference) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn: {
        return ReconcileText::timeText(e.time, m_zone);
    }
    case OutcomeColumn:
        return e.explained ? tr("%1 (explained)").arg(ReconcileText::outcomeName(e.outcome))
                           : ReconcileText::outcomeName(e.outcome);
    case ProviderColumn:
        return e.provider.isEmpty() ? tr("(none)") : e.provider;
    case ChannelColumn:
        return Channels::displayNameOf(e.channel);
    case ReferenceColumn: {
        const auto& rows = rowsAround(index.row());
        const auto provider = rows.constFind(e.providerTxn);
        const auto sale = rows.constFind(e.salesTxn);
        const QString p = e.providerTxn && provider != rows.constEnd() ? provider->reference : QString();
        const QString s = e.salesTxn && sale != rows.constEnd() ? sale->reference : QString();
        if (!p.isEmpty() && !s.isEmpty() && p != s)
            return tr("%1 / %2").arg(p, s);
        return p.isEmpty() ? s : p;
    }
    case ProductColumn: {
        const auto& rows = rowsAround(index.row());
        const auto sale = rows.constFind(e.salesTxn);
        if (e.salesTxn && sale != rows.constEnd() && !sale->product.isEmpty())
            return sale->product;
        const auto provider = rows.constFind(e.providerTxn);
        return e.providerTxn && provider != rows.constEnd() ? provider->product : QString();
    }
    case SalesAmountColumn:
        return money(e.salesGross, e.currency);
    case ProviderAmountColumn:
        return money(e.providerGross, e.currency);
    case DifferenceColumn:
        return difference && *difference != 0 ? money(difference, e.currency) : QString();
    case NoteColumn: {
        QStringList notes;
        const auto& rows = rowsAround(index.row());
        const auto provider = rows.constFind(e.providerTxn);
        const auto sale = rows.constFind(e.salesTxn);
        if (e.isPair() && provider != rows.constEnd() && sale != rows.constEnd()) {
            const qint64 gap = provider->occurredUtc - sale->occurredUtc;
            if (gap != 0)
                notes.append(gap > 0 ? tr("reported %1 later").arg(duration(gap))
                                     : tr("reported %1 earlier").arg(duration(gap)));
        }
        if (e.payoutFlag && e.expectedNet && e.providerNet)
            notes.append(
                tr("net %1, expected %2").arg(money(e.providerNet, e.currency), money(e.expectedNet, e.currency)));
        if (e.outcome == ReconcileOutcome::MissingAtProvider && e.attribution == ReconcileAttribution::ByChannel)
            notes.append(tr("provider by channel"));
        if (e.outcome == ReconcileOutcome::DuplicateAtProvider && e.relatedTxn)
            notes.append(tr("repeats row %1").arg(e.relatedTxn));
        return notes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ReconcileItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return section == SalesAmountColumn || section == ProviderAmountColumn || section == DifferenceColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OutcomeColumn:
        return tr("Outcome");
    case ProviderColumn:
        return tr("Provider");
    case ChannelColumn:
        return tr("Channel");
    case ReferenceColumn:
        return tr("Reference");
    case ProductColumn:
        return tr("Product");
    case SalesAmountColumn:
        return tr("Sales log amount");
    case ProviderAmountColumn:
        return tr("Provider amount");
    case DifferenceColumn:
        return tr("Difference");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
