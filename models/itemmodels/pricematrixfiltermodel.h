#pragma once

#include <QSortFilterProxyModel>

// Filters the price matrix's products: by site, by a piece of the name, and to the rows that need attention
// (a price point breaking a rule, or a channel where the product is not offered).
class PriceMatrixFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceMatrixFilterModel)
public:
    explicit PriceMatrixFilterModel(QObject* parent = nullptr);

    void setSiteId(qint64 siteId); // 0: every site
    void setNameFilter(const QString& text);
    void setProblemsOnly(bool on);
    qint64 siteId() const { return m_siteId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_siteId = 0;
    QString m_name;
    bool m_problemsOnly = false;
};
