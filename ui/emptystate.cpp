#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget* parent) : QWidget(parent), m_label(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    m_label->setObjectName(QStringLiteral("emptyStateLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch();
}

void EmptyState::setText(const QString& text)
{
    m_label->setText(text);
}

QString EmptyState::text() const
{
    return m_label->text();
}

void EmptyState::setActions(const QList<QAction*>& actions)
{
    // The buttons sit between the row's two stretches, so they stay centred under the sentence.
    while (m_buttons->count() > 2) {
        QLayoutItem* item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName().isEmpty() ? QString() : action->objectName() + u"Button");
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
        });
        m_buttons->insertWidget(m_buttons->count() - 1, button);
    }
}
