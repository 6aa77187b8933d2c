#pragma once

#include <QMessageBox>

// Message boxes with a test seam: tests queue the answer the next box returns, so no box blocks a test.
class MessageBox final
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No);
    // A box with buttons of its own: returns the index of the one chosen; Escape (or closing the box) chooses the
    // last.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The answers of the next boxes, in order (a question whose answer starts work that asks another).
    static void setNextAnswers(const QList<QMessageBox::StandardButton>& answers);
    // The index the next choose() returns without showing its box.
    static void setNextChoice(int index);
    // The indexes the next choose() calls return, in order.
    static void setNextChoices(const QList<int>& indexes);
    // The text of the last box shown, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
};
