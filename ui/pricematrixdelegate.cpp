#include "pricematrixdelegate.h"

#include "itemmodels/pricematrixmodel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int s_margin = 6;

QColor mix(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

QFont smaller(const QFont& font)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * 0.9);
    else
        f.setPixelSize(qMax(8, font.pixelSize() * 9 / 10));
    return f;
}

QFont bold(const QFont& font)
{
    QFont f = font;
    f.setBold(true);
    return f;
}

} // namespace

PriceMatrixDelegate::PriceMatrixDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor PriceMatrixDelegate::brokenBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xd0, 0x30, 0x30), 0.28);
}

QSize PriceMatrixDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics big(bold(option.font));
    const QFontMetrics small(smaller(option.font));
    const QStringList lines = index.data().toString().split(u'\n');
    if (index.column() == PriceMatrixModel::ProductColumn) {
        const int width = qMax(big.horizontalAdvance(lines.constFirst()),
                               small.horizontalAdvance(index.data(PriceMatrixModel::SiteNameRole).toString()));
        return {qMin(width + 2 * s_margin, 260), big.height() + small.height() + 2 * s_margin};
    }
    const int status = index.data(PriceMatrixModel::CellStatusRole).toInt();
    const bool statusLine = status == PriceMatrixModel::BreaksRule || status == PriceMatrixModel::Inactive;
    const int smallLines = qMax(2, int(lines.size()) - 1 + (statusLine ? 1 : 0));
    int width = big.horizontalAdvance(lines.constFirst()) + 22;
    for (int i = 1; i < lines.size(); ++i)
        width = qMax(width, small.horizontalAdvance(lines.at(i)));
    if (statusLine)
        width = qMax(width, small.horizontalAdvance(tr("Breaks a rule")));
    return {width + 2 * s_margin, big.height() + smallLines * small.height() + 2 * s_margin};
}

void PriceMatrixDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;

    const int status = index.data(PriceMatrixModel::CellStatusRole).toInt();
    const bool product = index.column() == PriceMatrixModel::ProductColumn;
    if (!product) {
        switch (status) {
        case PriceMatrixModel::BreaksRule:
            opt.backgroundBrush = brokenBackground(pal);
            break;
        case PriceMatrixModel::Missing:
        case PriceMatrixModel::Inactive:
            opt.backgroundBrush = pal.brush(QPalette::AlternateBase);
            break;
        default:
            break;
        }
    }
    // The model's text, not opt.text: the base delegate turns line breaks into QChar::LineSeparator.
    const QString text = index.data().toString();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = opt.rect.adjusted(s_margin, s_margin / 2 + 1, -s_margin, -s_margin / 2);
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor mutedColor = selected ? textColor : pal.color(QPalette::PlaceholderText);
    const QFont bigFont = bold(opt.font);
    const QFont smallFont = smaller(opt.font);
    const QFontMetrics big(bigFont);
    const QFontMetrics small(smallFont);

    if (product) {
        painter->setFont(bigFont);
        painter->setPen(textColor);
        QRect line(r.left(), r.top(), r.width(), big.height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, big.elidedText(text, Qt::ElideRight, r.width()));
        painter->setFont(smallFont);
        painter->setPen(mutedColor);
        line = QRect(r.left(), line.bottom() + 1, r.width(), small.height());
        const QString site = index.data(PriceMatrixModel::SiteNameRole).toString();
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(site, Qt::ElideRight, r.width()));
        painter->restore();
        return;
    }

    if (status == PriceMatrixModel::Missing) {
        painter->setFont(smallFont);
        painter->setPen(mutedColor);
        painter->drawText(r, Qt::AlignCenter, text);
        painter->restore();
        return;
    }

    const QStringList lines = text.split(u'\n');
    QRect line(r.left(), r.top(), r.width(), big.height());
    painter->setFont(bigFont);
    painter->setPen(textColor);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, lines.value(0));
    if (status == PriceMatrixModel::BreaksRule) {
        const QIcon warning = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        const int size = qMin(16, big.height());
        warning.paint(painter, QRect(line.left(), line.top() + (line.height() - size) / 2, size, size));
    }
    painter->setFont(smallFont);
    for (int i = 1; i < lines.size(); ++i) {
        line = QRect(r.left(), line.bottom() + 1, r.width(), small.height());
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          small.elidedText(lines.at(i), Qt::ElideLeft, r.width()));
    }
    if (status == PriceMatrixModel::BreaksRule || status == PriceMatrixModel::Inactive) {
        line = QRect(r.left(), line.bottom() + 1, r.width(), small.height());
        QFont statusFont = smallFont;
        statusFont.setBold(status == PriceMatrixModel::BreaksRule);
        painter->setFont(statusFont);
        painter->setPen(status == PriceMatrixModel::BreaksRule ? textColor : mutedColor);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          status == PriceMatrixModel::BreaksRule ? tr("Breaks a rule") : tr("Inactive"));
    }
    painter->restore();
}
