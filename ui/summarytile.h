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

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};
