#include "summarytile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

SummaryTile::SummaryTile(const QString& caption, QWidget* parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // Long details wrap instead of widening the row of tiles.
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setAccessibleName(caption);
}

void SummaryTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? value : value + QStringLiteral(", ") + detail);
}

QString SummaryTile::value() const
{
    return m_value->text();
}

QString SummaryTile::detail() const
{
    return m_detail->text();
}

void SummaryTile::setClickable(const QString& toolTip)
{
    m_clickable = true;
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(toolTip);
    // The whole tile takes the click, its texts included.
    for (QLabel* label : {m_caption, m_value, m_detail}) {
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
}

void SummaryTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void SummaryTile::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}
