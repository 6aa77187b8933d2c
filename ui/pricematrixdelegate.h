#pragma once

#include <QStyledItemDelegate>

// Draws the price matrix: a product with its site, and each cell as the buyer price over what the merchant
// receives and the net revenue. A cell breaking a rule is tinted and carries a warning icon and the words
// "Breaks a rule"; a missing or inactive one is drawn in the palette's muted colours with its status in words.
class PriceMatrixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceMatrixDelegate)
public:
    explicit PriceMatrixDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The background of a cell breaking a rule: the palette's base tinted towards red, readable in light and dark
    // themes with the palette's text colour.
    static QColor brokenBackground(const QPalette& palette);
};
