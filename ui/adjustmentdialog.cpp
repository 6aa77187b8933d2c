#include "adjustmentdialog.h"

#include "moneytext.h"
#include "reconcile/reconciletypes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AdjustmentDialog::AdjustmentDialog(const BooksAdjustment& proposal, const QString& bookCurrency, const QString& note,
                                   QWidget* parent)
    : QDialog(parent), m_note(new QLineEdit(note, this))
{
    setWindowTitle(tr("Book a Correcting Entry"));
    setObjectName(QStringLiteral("adjustmentDialog"));
    auto* intro = new QLabel(tr("The books will hold this entry, dated %1, for the %2 of reference %3. It is booked "
                                "only if you accept it, and can be taken back while its day is open.")
                                 .arg(QLocale().toString(proposal.day, QLocale::ShortFormat),
                                      ReconcileText::outcomeName(proposal.outcome).toLower(),
                                      proposal.reference.isEmpty() ? tr("(none)") : proposal.reference),
                             this);
    intro->setWordWrap(true);

    auto* lines = new QTableWidget(int(proposal.lines.size()), 4, this);
    lines->setObjectName(QStringLiteral("adjustmentLinesTable"));
    lines->setHorizontalHeaderLabels({tr("Account"), tr("Label"), tr("Debit"), tr("Credit")});
    lines->verticalHeader()->hide();
    lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lines->setSelectionMode(QAbstractItemView::NoSelection);
    lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int r = 0; r < proposal.lines.size(); ++r) {
        const FecBookLine& l = proposal.lines.at(r);
        const QString account = l.auxiliary.isEmpty() ? QStringLiteral("%1 %2").arg(l.account, l.accountLabel)
                                                      : QStringLiteral("%1 (%2)").arg(l.auxiliary, l.auxiliaryLabel);
        lines->setItem(r, 0, new QTableWidgetItem(account));
        lines->setItem(r, 1, new QTableWidgetItem(l.label));
        auto* debit = new QTableWidgetItem(l.amount > 0 ? moneyText(l.amount, bookCurrency) : QString());
        auto* credit = new QTableWidgetItem(l.amount < 0 ? moneyText(-l.amount, bookCurrency) : QString());
        debit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        lines->setItem(r, 2, debit);
        lines->setItem(r, 3, credit);
    }
    lines->setMinimumHeight(lines->verticalHeader()->defaultSectionSize() * (int(proposal.lines.size()) + 2));

    m_note->setObjectName(QStringLiteral("adjustmentNoteLineEdit"));
    m_note->setPlaceholderText(tr("Why this entry is booked (needed)"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book Entry"));
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_note->text().trimmed().isEmpty());
    };
    connect(m_note, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(lines, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 360);
    m_note->setFocus();
}

QString AdjustmentDialog::note() const
{
    return m_note->text().trimmed();
}
