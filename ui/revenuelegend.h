#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

class QToolButton;

// The legend of the revenue charts: one checkable button per channel, in its chart colour, wrapping onto as many
// lines as the width needs. Unchecking a channel hides it from the charts; the buttons take the keyboard focus, so
// this works without a mouse too.
class RevenueLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueLegend)
public:
    explicit RevenueLegend(QWidget* parent = nullptr);

    void setChannels(const QStringList& channels, const QSet<QString>& hidden);
    QToolButton* button(const QString& channel) const;

signals:
    void channelToggled(const QString& channel, bool shown);

private:
    QList<QToolButton*> m_buttons;
};
