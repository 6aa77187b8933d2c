#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

// What a page shows when it has nothing to show: a sentence saying why, and a button for each next step (the
// page's or the window's actions: Import…, Sites, Products and Providers…). The sentence is the QLabel named
// "emptyStateLabel".
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // The buttons under the sentence, one per action, in this order (none: the sentence alone). A button triggers
    // its action and follows its text and enabled state.
    void setActions(const QList<QAction*>& actions);

private:
    QLabel* m_label;
    QHBoxLayout* m_buttons;
};
