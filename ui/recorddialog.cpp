#include "recorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

RecordDialog::RecordDialog(CatalogEditor* editor, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::watch(QWidget* field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::textChanged, this, &RecordDialog::updateState);
    else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordDialog::updateState);
        connect(combo, &QComboBox::editTextChanged, this, &RecordDialog::updateState);
    } else if (auto* spin = qobject_cast<QSpinBox*>(field))
        connect(spin, &QSpinBox::valueChanged, this, &RecordDialog::updateState);
    else if (auto* button = qobject_cast<QAbstractButton*>(field))
        connect(button, &QAbstractButton::toggled, this, &RecordDialog::updateState);
    else if (auto* date = qobject_cast<QDateEdit*>(field))
        connect(date, &QDateEdit::dateChanged, this, &RecordDialog::updateState);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::updateState);
    else if (auto* table = qobject_cast<QTableWidget*>(field))
        connect(table, &QTableWidget::itemChanged, this, &RecordDialog::updateState);
}

void RecordDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focused)
        return;
    m_focused = true;
    QWidget* first = nullptr;
    QWidget* last = nullptr;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!item)
            item = m_form->itemAt(row, QFormLayout::SpanningRole);
        QWidget* field = item ? item->widget() : nullptr;
        if (!field || !field->isEnabled() || !field->isVisible() || field->focusPolicy() == Qt::NoFocus)
            continue;
        if (!first)
            first = field;
        last = field;
    }
    if (!first)
        return;
    QWidget::setTabOrder(last, m_buttons);
    first->setFocus(Qt::OtherFocusReason);
}

void RecordDialog::updateState()
{
    const QStringList list = problems();
    m_error->setText(list.join(u'\n'));
    m_error->setVisible(!list.isEmpty());
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(list.isEmpty());
    save->setToolTip(list.join(u'\n'));
}

void RecordDialog::accept()
{
    if (!problems().isEmpty())
        return;
    auto saved = save();
    if (!saved) {
        m_error->setText(saved.error());
        m_error->setVisible(true);
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}
