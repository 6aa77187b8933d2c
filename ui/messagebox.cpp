#include "messagebox.h"

#include <QPushButton>

namespace {
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QList<QMessageBox::StandardButton> s_laterAnswers;
QList<int> s_nextChoices;
QString s_lastText;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton)
        return std::exchange(s_nextAnswer,
                             s_laterAnswers.isEmpty() ? QMessageBox::NoButton : s_laterAnswers.takeFirst());
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Question, parent, title, text, buttons);
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons)
{
    s_lastText = text;
    if (!s_nextChoices.isEmpty())
        return s_nextChoices.takeFirst();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QList<QAbstractButton*> added;
    for (qsizetype i = 0; i < buttons.size(); ++i)
        added.append(
            box.addButton(buttons.at(i), i + 1 == buttons.size() ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    if (!added.isEmpty()) {
        box.setDefaultButton(qobject_cast<QPushButton*>(added.constFirst()));
        box.setEscapeButton(added.constLast());
    }
    box.exec();
    const qsizetype index = added.indexOf(box.clickedButton());
    return index < 0 ? int(buttons.size()) - 1 : int(index);
}

void MessageBox::setNextChoice(int index)
{
    s_nextChoices = {index};
}

void MessageBox::setNextChoices(const QList<int>& indexes)
{
    s_nextChoices = indexes;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
    s_laterAnswers.clear();
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton>& answers)
{
    s_laterAnswers = answers;
    s_nextAnswer = s_laterAnswers.isEmpty() ? QMessageBox::NoButton : s_laterAnswers.takeFirst();
}

QString MessageBox::lastText()
{
    return s_lastText;
}
