#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/rulechecker.h"
#include "roles.h"

#include <QAbstractTableModel>
#include <QDate>

// The price matrix: products down, the seven channels across. A cell holds the price points of one product on one
// channel (usually one): the buyer price, what the merchant receives (the payout) and the net revenue once the VAT
// included in the buyer price is set apart, and whether the rules in force at the check date are respected.
class PriceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceMatrixModel)
public:
    enum Column { ProductColumn, FirstChannelColumn, ColumnCount = FirstChannelColumn + 7 };
    enum Role {
        // CellStatus of a channel cell, as an int.
        CellStatusRole = ModelRoles::IdRole + 100,
        // Minor units of the primary price point's payout and net revenue.
        PayoutRole,
        NetRevenueRole,
        // The ids of all price points in the cell (QList<qint64>).
        PricePointIdsRole,
        // The rule findings of the primary price point, one sentence each (QStringList).
        RuleMessagesRole,
        // The product's site id (on every column) and the site's name.
        SiteIdRole,
        SiteNameRole,
    };
    enum CellStatus {
        RespectsRules, // every active price point of the cell respects the rules
        BreaksRule,    // an active price point breaks a rule in force
        Inactive,      // price points exist, none is active
        Missing,       // no price point: the product is not offered on the channel
    };
    Q_ENUM(CellStatus)

    explicit PriceMatrixModel(QObject* parent = nullptr);

    void setCatalog(const Catalog& catalog, QDate checkDate = QDate::currentDate());
    const Catalog& catalog() const { return m_catalog; }
    QDate checkDate() const { return m_checkDate; }

    // The channel's name in a column title.
    static QString shortName(Channel channel) { return Channels::shortName(channel); }
    static Channel channelAt(int column) { return Channels::all().at(column - FirstChannelColumn); }
    static int columnOf(Channel channel) { return FirstChannelColumn + int(Channels::all().indexOf(channel)); }
    const Product& product(int row) const { return m_catalog.products.at(row); }
    int rowOfProduct(qint64 productId) const;
    // The cell's price points, the primary (first active, else first) first.
    QList<PricePoint> pricePoints(int row, int column) const;
    // The price point a double-click opens: the primary one, or nothing when the cell is empty.
    std::optional<PricePoint> primaryPricePoint(int row, int column) const;
    CellStatus status(int row, int column) const;
    RuleChecker::Verdict verdict(qint64 pricePointId) const;
    int countWithStatus(CellStatus status) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Cell
    {
        QList<int> points; // indexes into m_catalog.pricePoints, primary first
        CellStatus status = Missing;
    };
    const Cell& cell(int row, int column) const { return m_cells.at(row * 7 + column - FirstChannelColumn); }
    QString cellText(int row, int column) const;
    QString cellToolTip(int row, int column) const;

    Catalog m_catalog;
    QDate m_checkDate;
    QList<Cell> m_cells;
    QHash<qint64, RuleChecker::Verdict> m_verdicts;
    QHash<qint64, QString> m_siteNames;
};
