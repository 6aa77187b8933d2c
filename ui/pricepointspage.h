#pragma once

#include "page.h"

class PricePointModel;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SummaryTile;

// The catalog's price points: how many, on which channels, which break a rule; then the list itself.
class PricePointsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePointsPage)
public:
    explicit PricePointsPage(QWidget* parent = nullptr);
    QString title() const override;
    void setDatabase(Database* db) override;

private:
    PricePointModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QStackedWidget* m_stack;
    SummaryTile* m_countTile;
    SummaryTile* m_channelsTile;
    SummaryTile* m_rulesTile;
};
