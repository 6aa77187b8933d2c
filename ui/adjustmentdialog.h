#pragma once

#include "export/adjustments.h"

#include <QDialog>

class QLineEdit;

// Shows the correcting entry proposed for a discrepancy (Adjustments::propose): its day, what it corrects and its
// lines, debit and credit. Booking it needs a note.
class AdjustmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustmentDialog)
public:
    AdjustmentDialog(const BooksAdjustment& proposal, const QString& bookCurrency, const QString& note,
                     QWidget* parent = nullptr);
    QString note() const;

private:
    QLineEdit* m_note;
};
