#pragma once

#include <QFrame>

class QLabel;

// A summary figure: a caption, the number, and a line of context (its change, or what it counts).
class SummaryTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryTile)
public:
    explicit SummaryTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    QString detail() const;
    // Makes the tile a button (click, or Space/Enter once focused) that emits clicked(); `toolTip` says what it does.
    void setClickable(const QString& toolTip);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_clickable = false;
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};
