#include "revenuelegend.h"

#include "revenue/revenuechartstyle.h"

#include <QLayout>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>

namespace {

// Lays its items out left to right and wraps, as Qt's flow layout example does.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }
    ~FlowLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }
    FlowLayout(const FlowLayout&) = delete;
    FlowLayout& operator=(const FlowLayout&) = delete;

    void addItem(QLayoutItem* item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem* item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int arrange(const QRect& rect, bool place) const
    {
        const int gap = 6;
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem* item : m_items) {
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += lineHeight + gap / 2;
                lineHeight = 0;
            }
            if (place)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }

    QList<QLayoutItem*> m_items;
};

QIcon swatch(const QColor& color, bool shown, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (shown) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
    } else {
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return QIcon(pixmap);
}

} // namespace

RevenueLegend::RevenueLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("revenueLegend"));
    setAccessibleName(tr("Channels shown"));
    new FlowLayout(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QToolButton* RevenueLegend::button(const QString& channel) const
{
    for (QToolButton* b : m_buttons) {
        if (b->property("channel").toString() == channel)
            return b;
    }
    return nullptr;
}

void RevenueLegend::setChannels(const QStringList& channels, const QSet<QString>& hidden)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const QString& channel : channels) {
        auto* button = new QToolButton(this);
        const bool shown = !hidden.contains(channel);
        const QColor color = RevenueChartStyle::channelColor(channel);
        button->setObjectName(QStringLiteral("legend_") + channel);
        button->setProperty("channel", channel);
        button->setCheckable(true);
        button->setChecked(shown);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(swatch(color, shown, iconSize));
        button->setText(RevenueText::channelShortName(channel));
        button->setToolTip(
            tr("%1: click to hide it from the charts or show it again").arg(RevenueText::channelName(channel)));
        button->setAccessibleName(RevenueText::channelName(channel));
        connect(button, &QToolButton::toggled, this, [this, button, channel, color, iconSize](bool checked) {
            button->setIcon(swatch(color, checked, iconSize));
            emit channelToggled(channel, checked);
        });
        layout()->addWidget(button);
        m_buttons.append(button);
    }
    updateGeometry();
}
