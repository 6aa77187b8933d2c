#pragma once

#include "core/result.h"
#include "fecbook.h"
#include "periodreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The accounting entries of a report, in the French FEC format:
//  - sales of a day through a provider: the provider's receivable (411, with an auxiliary account per provider) is
//    debited with what buyers paid; sales (706) are credited with the amount net of VAT and output VAT (44571) with
//    the VAT, one line each per VAT rate;
//  - the provider's fees on those sales: fees (622) debited, the receivable credited;
//  - each payout received: the bank (512) debited, the receivable credited.
// Every entry is balanced. Amounts in another currency are entered at their day's rate (ExchangeRates), with the
// amount in that currency beside; without a rate they are left out, and the warnings say which days lack one. Account
// numbers, labels and journals come from AccountingSettings; the labels written for entries are in French, as the file
// is meant for the French tax administration.
class FecExport final
{
    Q_DECLARE_TR_FUNCTIONS(FecExport)
public:
    using BookLine = FecBookLine;
    // What one group of sales puts on the books under its provider's VAT model, the sales and fee entries together
    // with the receivable netted: the lines a correcting entry adds (or, negated, takes back), without labels (the
    // entry gives its own). In the book currency.
    static QList<BookLine> bookingOf(const ReportSalesGroup& group, const Provider& terms,
                                     const AccountingSettings& settings, const QString& auxiliary,
                                     const QString& auxiliaryLabel);

    static const QStringList& columnNames();

    using Book = FecBook;
    // `validDate` is the ValidDate of every entry (the day they are validated; never before an entry's date).
    static Book entries(const PeriodReport& report, QDate validDate);
    // What the accountant must know about a report's FEC: amounts it leaves out, a missing SIREN.
    static QStringList warnings(const PeriodReport& report);
    // Days of the period with sales or payouts in another currency and no rate for it: they stay out of the FEC.
    struct MissingRate
    {
        QDate day;
        QString currency;
        qint64 sales = 0;
        qint64 payouts = 0;
    };
    static QList<MissingRate> missingRates(const PeriodReport& report);

    // The file's bytes: header line, one line per FecLine, fields separated by '|' or a tab, dates AAAAMMJJ,
    // amounts with a decimal comma and no grouping, CRLF line ends, ISO-8859-15. `lossy` receives the characters
    // that had to be replaced.
    static QByteArray encode(const Book& book, const AccountingSettings& settings, QStringList* lossy = nullptr);

    // "<SIREN>FEC<AAAAMMJJ>.txt" (article A47 A-1 of the LPF), the date being the end of the fiscal year the period's
    // last day belongs to (AccountingSettings::fiscalYearEnd), not the period's own end: a month exported mid-year is
    // named after its fiscal year.
    static QString fileName(const AccountingSettings& settings, QDate periodEnd);

    // Writes the FEC of a report. `output` is a folder (existing, or ending with '/') that receives the file under its
    // legal name, or a file path used as given. Returns the path written; `warnings` receives what the accountant
    // must know.
    // A FEC without a SIREN is refused, and so is an existing file unless `overwrite` (obole-cli export --force, or
    // the dialog's confirmation).
    // The entries written are the report's `fecBook` when it has one (Books::attach: closed periods keep their
    // numbers), else entries(report, the day it was generated).
    static Result<QString> write(const PeriodReport& report, const QString& output, QStringList* warnings = nullptr,
                                 bool overwrite = false);

    // Text in ISO-8859-15: characters it lacks become their closest equivalent (’ → ', – → -, accents dropped from
    // letters it does not have) or '?'. `lossy` receives each character that was not kept as it was.
    static QByteArray toLatin9(QStringView text, QStringList* lossy = nullptr);

    // An auxiliary account for a provider code: the prefix and the code in capitals, letters and digits only.
    static QString auxiliaryAccount(const AccountingSettings& settings, const QString& providerCode);
    // The auxiliary account of every provider of a report, one each: codes that come out the same ("micropaie",
    // "micro-paie") are told apart by a suffix (411MICROPAIE, 411MICROPAIE2). The catalog's providers choose first,
    // oldest first, so a provider added later never takes an account already in use; then codes found only in the
    // data, in alphabetical order.
    static QHash<QString, QString> auxiliaryAccounts(const PeriodReport& report);
};
