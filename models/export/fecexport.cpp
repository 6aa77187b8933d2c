#include "fecexport.h"

#include "money/money.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <map>

namespace {

QString fecDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString frenchDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString frenchRate(int basisPoints)
{
    // "20", "5,5", "2,1": the way rates are written on French invoices.
    QString text = QString::number(basisPoints / 100);
    const int rest = basisPoints % 100;
    if (rest != 0) {
        QString decimals = QString::number(rest).rightJustified(2, u'0');
        if (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += u',' + decimals;
    }
    return text + QStringLiteral(" %");
}

// Separators and line breaks cannot appear inside a field.
QString field(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == u'|' || c == u'\t' || c == u'\r' || c == u'\n')
            c = u' ';
    }
    return out.trimmed();
}

class EntryWriter final
{
public:
    explicit EntryWriter(QDate validDate) : m_validDate(validDate) {}

    struct Line
    {
        const AccountingSettings::Account* account;
        QString auxiliary;
        QString auxiliaryLabel;
        QString label;
        qint64 debit; // signed: a negative debit is written as a credit
    };

    // Adds one entry if it moves any money; its lines must sum to zero (debit positive, credit negative).
    void add(const AccountingSettings::Journal& journal, QDate date, const QString& piece, const QList<Line>& lines)
    {
        qint64 balance = 0;
        bool moves = false;
        for (const Line& l : lines) {
            balance += l.debit;
            moves = moves || l.debit != 0;
        }
        Q_ASSERT(balance == 0);
        if (!moves || balance != 0)
            return;
        Pending p{date, journal.code, journal.label, piece, lines};
        m_pending.append(p);
    }

    FecExport::Book finish()
    {
        // Entries in date order, then by journal; numbers follow that order within each journal.
        std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
            return std::tie(a.date, a.journalCode) < std::tie(b.date, b.journalCode);
        });
        FecExport::Book book;
        QHash<QString, int> sequence;
        for (const Pending& p : std::as_const(m_pending)) {
            const QString number = p.journalCode + QString::number(++sequence[p.journalCode]).rightJustified(6, u'0');
            ++book.entries;
            for (const Line& l : p.lines) {
                if (l.debit == 0)
                    continue;
                FecLine line;
                line.journalCode = p.journalCode;
                line.journalLabel = p.journalLabel;
                line.entryNumber = number;
                line.entryDate = p.date;
                line.account = l.account->number;
                line.accountLabel = l.account->label;
                line.auxiliaryAccount = l.auxiliary;
                line.auxiliaryLabel = l.auxiliaryLabel;
                line.pieceReference = p.piece;
                line.pieceDate = p.date;
                line.label = l.label;
                line.debit = l.debit > 0 ? l.debit : 0;
                line.credit = l.debit < 0 ? -l.debit : 0;
                line.validDate = qMax(m_validDate, p.date);
                book.totalDebit += line.debit;
                book.totalCredit += line.credit;
                book.lines.append(line);
            }
        }
        return book;
    }

private:
    struct Pending
    {
        QDate date;
        QString journalCode;
        QString journalLabel;
        QString piece;
        QList<Line> lines;
    };
    QDate m_validDate;
    QList<Pending> m_pending;
};

QString pieceCode(const QString& providerCode)
{
    QString out;
    for (QChar c : providerCode.toUpper()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("INCONNU") : out.left(20);
}

char latin9Of(char32_t u, bool& exact)
{
    exact = true;
    switch (u) {
    case 0x20AC:
        return char(0xA4);
    case 0x0160:
        return char(0xA6);
    case 0x0161:
        return char(0xA8);
    case 0x017D:
        return char(0xB4);
    case 0x017E:
        return char(0xB8);
    case 0x0152:
        return char(0xBC);
    case 0x0153:
        return char(0xBD);
    case 0x0178:
        return char(0xBE);
    case 0xA4:
    case 0xA6:
    case 0xA8:
    case 0xB4:
    case 0xB8:
    case 0xBC:
    case 0xBD:
    case 0xBE:
        exact = false;
        return 0;
    default:
        break;
    }
    if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') {
        exact = false;
        return ' ';
    }
    if (u < 0x100)
        return char(u);
    exact = false;
    return 0;
}

QByteArray approximate(char32_t u)
{
    switch (u) {
    case 0xA4:
        return QByteArrayLiteral("?");
    case 0xA6:
        return QByteArrayLiteral("!");
    case 0xA8:
        return QByteArrayLiteral("\"");
    case 0xB4:
        return QByteArrayLiteral("'");
    case 0xB8:
        return QByteArrayLiteral(",");
    case 0xBC:
        return QByteArrayLiteral("1/4");
    case 0xBD:
        return QByteArrayLiteral("1/2");
    case 0xBE:
        return QByteArrayLiteral("3/4");
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QByteArrayLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return QByteArrayLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QByteArrayLiteral("-");
    case 0x2026:
        return QByteArrayLiteral("...");
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x2007:
    case 0x2002:
    case 0x2003:
        return QByteArrayLiteral(" ");
    default:
        break;
    }
    // A letter with an accent Latin-9 lacks: the letter without it.
    const QString decomposed = QString::fromUcs4(&u, 1).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).unicode() >= 0x20)
        return QByteArray(1, char(decomposed.at(0).unicode()));
    return QByteArrayLiteral("?");
}

} // namespace

const QStringList& FecExport::columnNames()
{
    static const QStringList names = {
        QStringLiteral("JournalCode"),  QStringLiteral("JournalLib"),    QStringLiteral("EcritureNum"),
        QStringLiteral("EcritureDate"), QStringLiteral("CompteNum"),     QStringLiteral("CompteLib"),
        QStringLiteral("CompAuxNum"),   QStringLiteral("CompAuxLib"),    QStringLiteral("PieceRef"),
        QStringLiteral("PieceDate"),    QStringLiteral("EcritureLib"),   QStringLiteral("Debit"),
        QStringLiteral("Credit"),       QStringLiteral("EcritureLet"),   QStringLiteral("DateLet"),
        QStringLiteral("ValidDate"),    QStringLiteral("Montantdevise"), QStringLiteral("Idevise")};
    return names;
}

QString FecExport::auxiliaryAccount(const AccountingSettings& settings, const QString& providerCode)
{
    QString code;
    const QString plain = providerCode.normalized(QString::NormalizationForm_D).toUpper();
    for (QChar c : plain) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            code += c;
    }
    if (code.isEmpty())
        code = QStringLiteral("INCONNU");
    return settings.auxiliaryPrefix + code;
}

QHash<QString, QString> FecExport::auxiliaryAccounts(const PeriodReport& report)
{
    QStringList codes = report.providerCodes;
    QStringList others;
    for (const ReportSalesGroup& g : report.sales)
        others << g.provider;
    for (const ReportPayout& p : report.payouts)
        others << p.provider;
    others.sort();
    others.removeDuplicates();
    for (const QString& code : std::as_const(others)) {
        if (!codes.contains(code))
            codes << code;
    }
    QHash<QString, QString> accounts;
    QSet<QString> taken;
    for (const QString& code : std::as_const(codes)) {
        if (accounts.contains(code))
            continue;
        const QString base = auxiliaryAccount(report.settings, code);
        QString account = base;
        for (int n = 2; taken.contains(account); ++n)
            account = base + QString::number(n);
        taken.insert(account);
        accounts.insert(code, account);
    }
    return accounts;
}

FecExport::Book FecExport::entries(const PeriodReport& report, QDate validDate)
{
    const QHash<QString, QString> auxiliary = auxiliaryAccounts(report);
    const AccountingSettings& s = report.settings;
    const QString book = s.bookCurrency;
    EntryWriter writer(validDate);

    auto auxLabel = [&report](const QString& code) {
        return code.isEmpty() ? QStringLiteral("Opérateur non identifié") : report.providerName(code);
    };

    // Sales and fees of each day and provider.
    struct DayProvider
    {
        qint64 gross = 0;
        qint64 fees = 0;
        std::map<int, std::pair<qint64, qint64>> byRate; // rate -> (net of VAT, VAT)
    };
    std::map<std::pair<qint64, QString>, DayProvider> days;
    for (const ReportSalesGroup& g : report.sales) {
        if (g.currency != book)
            continue;
        DayProvider& d = days[{g.julianDay, g.provider}];
        d.gross += g.figures.gross;
        d.fees += g.figures.fees;
        auto& rate = d.byRate[g.vatBasisPoints];
        rate.first += g.figures.netOfVat;
        rate.second += g.figures.vat;
    }
    for (const auto& [key, d] : days) {
        const QDate date = QDate::fromJulianDay(key.first);
        const QString& provider = key.second;
        const QString aux = auxiliary.value(provider, auxiliaryAccount(s, provider));
        const QString name = field(auxLabel(provider));
        QList<EntryWriter::Line> sales;
        sales << EntryWriter::Line{&s.receivable, aux, name,
                                   QStringLiteral("Ventes %1 du %2").arg(name, frenchDate(date)), d.gross};
        for (const auto& [rate, amounts] : d.byRate) {
            sales << EntryWriter::Line{&s.sales, QString(), QString(),
                                       QStringLiteral("Ventes %1 HT, TVA %2").arg(name, frenchRate(rate)),
                                       -amounts.first};
            sales << EntryWriter::Line{&s.vat, QString(), QString(),
                                       QStringLiteral("TVA collectée %1, ventes %2").arg(frenchRate(rate), name),
                                       -amounts.second};
        }
        writer.add(s.salesJournal, date, s.salesJournal.code + fecDate(date) + u'-' + pieceCode(provider), sales);
        writer.add(s.feesJournal, date, s.feesJournal.code + fecDate(date) + u'-' + pieceCode(provider),
                   {EntryWriter::Line{&s.fees, QString(), QString(),
                                      QStringLiteral("Commissions %1 du %2").arg(name, frenchDate(date)), d.fees},
                    EntryWriter::Line{&s.receivable, aux, name,
                                      QStringLiteral("Commissions %1 du %2").arg(name, frenchDate(date)), -d.fees}});
    }

    // Payouts received.
    for (const ReportPayout& p : report.payouts) {
        if (p.currency != book)
            continue;
        const QString aux = auxiliary.value(p.provider, auxiliaryAccount(s, p.provider));
        const QString name = field(auxLabel(p.provider));
        const QString piece = p.reference.isEmpty() ? QStringLiteral("VIR%1").arg(p.id) : field(p.reference);
        const QString label = QStringLiteral("Reversement %1 du %2").arg(name, frenchDate(p.day));
        writer.add(s.bankJournal, p.day, piece,
                   {EntryWriter::Line{&s.bank, QString(), QString(), label, p.amount},
                    EntryWriter::Line{&s.receivable, aux, name, label, -p.amount}});
    }

    Book result = writer.finish();
    result.warnings = warnings(report);
    return result;
}

QStringList FecExport::warnings(const PeriodReport& report)
{
    const QString& book = report.settings.bookCurrency;
    QStringList out;
    for (const QString& currency : report.currencies()) {
        if (currency == book)
            continue;
        const ReportFigures f = report.total(currency);
        if (f.sales > 0 || report.payoutsReceived(currency) != 0)
            out << tr("Amounts in %1 are not in the FEC, which is kept in %2: Obole has no exchange rate.")
                       .arg(currency, book);
    }
    if (report.settings.siren.isEmpty())
        out << tr("No SIREN is set: the FEC's file name lacks it. Set it in the accounting settings "
                  "(Reports page, or obole-cli accounting set siren NUMBER) before filing.");
    return out;
}

QByteArray FecExport::toLatin9(QStringView text, QStringList* lossy)
{
    QByteArray out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (uint code : codes) {
        const char32_t u = char32_t(code);
        bool exact = false;
        const char c = latin9Of(u, exact);
        if (exact) {
            out += c;
            continue;
        }
        if (u < 0x20) {
            out += ' '; // a control character inside a field: nothing to show
            continue;
        }
        out += approximate(u);
        if (lossy) {
            const QString shown = QString::fromUcs4(&u, 1);
            if (!lossy->contains(shown))
                lossy->append(shown);
        }
    }
    return out;
}

QByteArray FecExport::encode(const Book& book, const AccountingSettings& settings, QStringList* lossy)
{
    const QString separator =
        settings.fecSeparator == AccountingSettings::FecSeparator::Tab ? QStringLiteral("\t") : QStringLiteral("|");
    const QString currency = settings.bookCurrency;
    QString text = columnNames().join(separator) + QStringLiteral("\r\n");
    for (const FecLine& l : book.lines) {
        const QStringList fields = {field(l.journalCode),
                                    field(l.journalLabel),
                                    field(l.entryNumber),
                                    fecDate(l.entryDate),
                                    field(l.account),
                                    field(l.accountLabel),
                                    field(l.auxiliaryAccount),
                                    field(l.auxiliaryLabel),
                                    field(l.pieceReference),
                                    fecDate(l.pieceDate),
                                    field(l.label),
                                    Money(l.debit, currency).toFecString(),
                                    Money(l.credit, currency).toFecString(),
                                    QString(),
                                    QString(),
                                    fecDate(l.validDate),
                                    QString(),
                                    QString()};
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return toLatin9(text, lossy);
}

QString FecExport::fileName(const AccountingSettings& settings, QDate periodEnd)
{
    const QDate yearEnd = settings.fiscalYearEndFor(periodEnd);
    return settings.siren + QStringLiteral("FEC") + fecDate(yearEnd.isValid() ? yearEnd : periodEnd) +
           QStringLiteral(".txt");
}

Result<QString> FecExport::write(const PeriodReport& report, const QString& output, QStringList* warnings,
                                 bool overwrite)
{
    using R = Result<QString>;
    if (output.isEmpty())
        return R::failure(tr("No output given for the FEC."));
    if (report.settings.siren.isEmpty())
        return R::failure(tr("A FEC names the company by its SIREN, which is not set: set it in Reports → Accounting "
                             "Settings, or with obole-cli accounting set siren NNNNNNNNN; nothing was written."));
    if (const QStringList problems = AccountingSettingsStore::problems(report.settings); !problems.isEmpty())
        return R::failure(tr("The accounting settings cannot be used: %1").arg(problems.join(u' ')));
    const QFileInfo info(output);
    const bool folder = info.isDir() || output.endsWith(u'/') || output.endsWith(QDir::separator());
    const QString path = folder ? QDir(output).filePath(fileName(report.settings, report.to)) : output;
    if (QFileInfo::exists(path) && !overwrite)
        return R::failure(tr("%1 exists already and was left as it is: export with --force, or confirm in the "
                             "dialog, to replace it.")
                              .arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return R::failure(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    const Book book = report.fecBook ? *report.fecBook : entries(report, report.generated.date());
    if (book.totalDebit != book.totalCredit)
        return R::failure(tr("The entries do not balance (debit %1, credit %2); nothing was written.")
                              .arg(book.totalDebit)
                              .arg(book.totalCredit));
    QStringList lossy;
    const QByteArray bytes = encode(book, report.settings, &lossy);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (warnings) {
        *warnings << book.warnings;
        if (!lossy.isEmpty())
            *warnings << tr("ISO-8859-15 lacks these characters, replaced by their closest equivalent: %1")
                             .arg(lossy.join(u' '));
    }
    return path;
}
