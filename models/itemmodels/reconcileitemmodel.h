#pragma once

#include "reconcile/reconcilebrowser.h"
#include "reconcile/reconcilestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <memory>
#include <optional>

class Database;

// Reconciliation results, one line per pair or lone row, in time order. Lazy: it reads a page of lines at a time
// as the view scrolls (canFetchMore/fetchMore over ReconcileBrowser's keyset pages), so it stays smooth over
// millions of lines. Display texts are formatted with QLocale; RawValueRole carries minor units and UTC seconds.
class ReconcileItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileItemModel)
public:
    enum Column {
        TimeColumn,
        OutcomeColumn,
        ProviderColumn,
        ChannelColumn,
        ReferenceColumn,
        ProductColumn,
        SalesAmountColumn,
        ProviderAmountColumn,
        DifferenceColumn,
        NoteColumn,
        ColumnCount
    };
    // The ReconcileOutcome of a line, as an int.
    static constexpr int OutcomeRole = Qt::UserRole + 40;
    // True for a discrepancy not marked explained.
    static constexpr int OpenRole = Qt::UserRole + 41;

    // A line with both its rows, as people read them.
    struct Line
    {
        ReconcileEntry entry;
        std::optional<StoredTransaction> provider;
        std::optional<StoredTransaction> sale;
    };

    explicit ReconcileItemModel(QObject* parent = nullptr);
    ~ReconcileItemModel() override;

    // Starts over with this database (none: empty) and filter. `only` narrows to lines with one of those rows.
    void setQuery(Database* db, const ReconcileFilter& filter,
                  std::shared_ptr<const ReconcileBrowser::IdSet> only = {});
    // Reads the lines again (after a run or a decision), as many as were loaded, so the view keeps its place.
    void reload();
    // The line with its rows (read on demand, a page at a time, and kept for the last pages looked at).
    Line line(int row) const;
    const ReconcileEntry& entry(int row) const { return m_entries.at(row); }
    // The row of the line holding this transaction among those loaded, or -1.
    int rowOf(qint64 txnId) const;
    const QString& lastError() const { return m_error; }
    static constexpr int pageSize() { return 200; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<ReconcileEntry> readPage(int limit);
    // The rows of the page holding `row`, read if need be.
    const QHash<qint64, StoredTransaction>& rowsAround(int row) const;

    Database* m_db = nullptr;
    QTimeZone m_zone; // the books' (times are shown in it)
    ReconcileFilter m_filter;
    std::shared_ptr<const ReconcileBrowser::IdSet> m_only;
    std::unique_ptr<ReconcileBrowser> m_browser;
    // Lines hold what reconciliation said; the rows' texts (references, products, files) are read for the pages
    // on screen only, so that scrolling through a million lines keeps memory bounded.
    QList<ReconcileEntry> m_entries;
    mutable QHash<int, QHash<qint64, StoredTransaction>> m_pages;
    mutable QList<int> m_recentPages;
    QString m_error;
    bool m_fetching = false;
};
