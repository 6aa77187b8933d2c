#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One line of the Fichier des Écritures Comptables (article A47 A-1 of the Livre des procédures fiscales).
struct FecLine
{
    QString journalCode;
    QString journalLabel;
    QString entryNumber; // EcritureNum: the journal code and a continuous sequence ("VT000012")
    QDate entryDate;
    QString account;
    QString accountLabel;
    QString auxiliaryAccount; // only on the receivable account
    QString auxiliaryLabel;
    QString pieceReference;
    QDate pieceDate;
    QString label;
    qint64 debit = 0; // minor units of the book currency, never negative
    qint64 credit = 0;
    QString lettering;   // EcritureLet: the same letters on the receivable lines that settle each other to zero
    QDate letteringDate; // DateLet: the day they were settled (the payout's)
    QDate validDate;
    qint64 foreignAmount = 0; // Montantdevise: the amount in its own currency, in its minor units (never negative)
    QString foreignCurrency;  // Idevise; empty for an amount in the book currency

    bool operator==(const FecLine&) const = default;
};

// The entries of a FEC, line by line in file order (by date, journal, entry).
struct FecBook
{
    QList<FecLine> lines;
    qint64 entries = 0;
    qint64 totalDebit = 0;
    qint64 totalCredit = 0;
    QStringList warnings; // for people, translated
};

// A line of an entry before it is numbered: an account (with its auxiliary account on the receivable), a label and a
// signed amount, debit positive.
struct FecBookLine
{
    QString account;
    QString accountLabel;
    QString auxiliary;
    QString auxiliaryLabel;
    QString label;
    qint64 amount = 0;
    bool operator==(const FecBookLine&) const = default;
};
