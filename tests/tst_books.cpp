// Closed periods of the books: permanent FEC numbers, frozen bytes, corrections for late data, reopening.
#include "catalog/audittrail.h"
#include "export/accountingsettings.h"
#include "export/adjustments.h"
#include "export/books.h"
#include "export/exchangerates.h"
#include "export/fecexport.h"
#include "export/ratesstore.h"
#include "export/reportbuilder.h"
#include "reconcile/reconcilebrowser.h"
#include "reconcile/reconciler.h"
#include "reconcile/reconcilestore.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "support/importrows.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(ReportSalesGroup)

namespace {

using Row = TestSupport::ImportRow;

qint64 utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Two months of one provider: sales, fees on its statement, a payout.
QList<Row> twoMonths()
{
    return {
        {"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 10), 300, 180, {}},
        {"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 11), 300, 180, {}},
        {"sales", "beta", "wallet", "Livre", utc(2025, 3, 12, 10), 1000, {}, {}},
        {"provider", "alpha", "sms", "Article", utc(2025, 3, 3, 10), 300, 180, 120},
        {"payout", "alpha", "", "", utc(2025, 3, 20, 9), 150, {}, {}, "EUR", "VIR-1"},
        {"sales", "alpha", "sms", "Article", utc(2025, 4, 2, 10), 300, 180, {}},
        {"sales", "beta", "wallet", "Livre", utc(2025, 4, 8, 10), 1000, {}, {}},
        {"payout", "beta", "", "", utc(2025, 4, 10, 9), 900, {}, {}, "EUR", "VIR-2"},
    };
}

Provider provider(const char* code, VatModel model = VatModel::ByChannel)
{
    Provider p;
    p.code = QLatin1StringView(code);
    p.name = p.code.toUpper();
    p.vatModel = model;
    return p;
}

// One day's sales of a provider on a channel at a VAT rate; the payout, when known, is what the provider owes.
ReportSalesGroup group(QDate day, const QString& provider, const char* channel, int rate, qint64 gross,
                       std::optional<qint64> payout, qint64 sales = 1)
{
    ReportSalesGroup g;
    g.julianDay = day.toJulianDay();
    g.provider = provider;
    g.channel = QLatin1StringView(channel);
    g.product = QStringLiteral("Article");
    g.currency = QStringLiteral("EUR");
    g.vatBasisPoints = rate;
    g.figures.sales = sales;
    g.figures.gross = gross;
    g.figures.vat = gross * rate / (10000 + rate);
    g.figures.netOfVat = gross - g.figures.vat;
    if (payout) {
        g.figures.payout = *payout;
        g.figures.fees = gross - *payout;
    } else {
        g.figures.payoutUnknown = sales;
    }
    return g;
}

ReportPayout payout(qint64 id, QDate day, const QString& provider, qint64 amount)
{
    ReportPayout p;
    p.id = id;
    p.day = day;
    p.provider = provider;
    p.amount = amount;
    p.currency = QStringLiteral("EUR");
    return p;
}

PeriodReport reportOf(const QList<Provider>& providers, const QList<ReportSalesGroup>& sales,
                      AccountingSettings::VatDue due = AccountingSettings::VatDue::OnInvoice)
{
    PeriodReport r;
    r.from = QDate(2025, 3, 1);
    r.to = QDate(2025, 3, 31);
    r.settings.siren = QStringLiteral("123456782");
    r.settings.vatDue = due;
    for (const Provider& p : providers) {
        r.providerNames.insert(p.code, p.name);
        r.providerCodes.append(p.code);
        r.providerRecords.insert(p.code, p);
    }
    r.sales = sales;
    return r;
}

// Debit less credit per account over a book's lines, for one journal or all.
QHash<QString, qint64> balances(const FecBook& book, const QString& journal = {})
{
    QHash<QString, qint64> out;
    for (const FecLine& l : book.lines) {
        if (journal.isEmpty() || l.journalCode == journal)
            out[l.account] += l.debit - l.credit;
    }
    return out;
}

struct Entry
{
    QString number;
    QDate date;
    QString piece;
    QString label;
    qint64 debit = 0;
    qint64 credit = 0;
};

} // namespace

class TestBooks final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db =
            Database::open(TestSupport::location(m_dir.filePath(QStringLiteral("books%1.sqlite").arg(++m_count))));
        if (!db)
            return nullptr;
        Database& d = *db.value();
        AccountingSettings settings;
        settings.siren = QStringLiteral("123456782");
        settings.defaultVatBasisPoints = 2000;
        if (!AccountingSettingsStore::save(d, settings) ||
            !RevenueAggregates::setTimeZone(d, QTimeZone("Europe/Paris")))
            return nullptr;
        if (auto st = TestSupport::importRows(d, twoMonths()); !st) {
            qWarning("%s", qPrintable(st.error()));
            return nullptr;
        }
        return std::move(db.value());
    }

    // The FEC of a period as obole-cli export writes it: the report, the books' numbers, the bytes.
    static QByteArray fec(Database& db, QDate from, QDate to, FecBook* book = nullptr)
    {
        auto report = ReportBuilder::build(db, {from, to, false, true});
        if (!report) {
            qWarning("%s", qPrintable(report.error()));
            return {};
        }
        const FecBook b = report->fecBook ? *report->fecBook : FecExport::entries(*report, report->generated.date());
        if (book)
            *book = b;
        return FecExport::encode(b, report->settings);
    }

    static QList<QByteArray> lines(const QByteArray& bytes) { return bytes.split('\n'); }

    // The provider gamma's entries in BTC, per account (debit less credit, in euros). `inBtc` says whether every line
    // has its BTC amount beside; `receivable` gets the BTC amount of the sales' debit of 411, `vat` that of 44574.
    struct BtcEntries
    {
        QHash<QString, qint64> byAccount;
        bool inBtc = true;
        qint64 receivable = 0;
        qint64 vat = 0;
    };
    static BtcEntries btcEntriesOfGamma(const FecBook& book)
    {
        BtcEntries out;
        for (const FecLine& l : book.lines) {
            if (!l.pieceReference.endsWith(u"-GAMMA-BTC"))
                continue;
            out.inBtc = out.inBtc && l.foreignCurrency == u"BTC";
            out.byAccount[l.account] += l.debit - l.credit;
            if (l.account == u"411" && l.debit > 0)
                out.receivable = l.foreignAmount;
            if (l.account == u"44574")
                out.vat = l.foreignAmount;
        }
        return out;
    }

    // Every entry balances, and numbers run without gaps or repeats within a journal over the file.
    static void checkStructure(const FecBook& book)
    {
        QHash<QString, qint64> balance;
        for (const FecLine& l : book.lines) {
            QVERIFY2(l.entryNumber.startsWith(l.journalCode), qPrintable(l.entryNumber));
            QVERIFY(l.validDate >= l.entryDate);
            balance[l.entryNumber] += l.debit - l.credit;
        }
        for (auto it = balance.cbegin(); it != balance.cend(); ++it)
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
        QCOMPARE(book.totalDebit, book.totalCredit);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void closingFreezesNumbersAndBytes()
    {
        auto db = freshDb();
        QVERIFY(db);
        FecBook before;
        const QByteArray open = fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &before);
        QVERIFY(!open.isEmpty());

        auto closed = Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15));
        QVERIFY2(closed, qPrintable(closed.error()));
        QCOMPARE(closed->closing.firstDay, QDate(2025, 3, 3)); // the first day with data
        QCOMPARE(closed->closing.entries, before.entries);
        QCOMPARE(closed->corrections, 0);

        FecBook march;
        const QByteArray first = fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &march);
        checkStructure(march);
        // The same entries and numbers as before closing; validated on the closing day.
        QCOMPARE(march.lines.size(), before.lines.size());
        for (qsizetype i = 0; i < march.lines.size(); ++i) {
            FecLine expected = before.lines.at(i);
            expected.validDate = QDate(2025, 4, 15);
            QCOMPARE(march.lines.at(i), expected);
        }
        // The same bytes whenever it is exported.
        QCOMPARE(fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31)), first);

        // A longer export holds the closed days as they are, and numbers the open days after them.
        FecBook both;
        const QByteArray longer = fec(*db, QDate(2025, 3, 1), QDate(2025, 4, 30), &both);
        checkStructure(both);
        QVERIFY(lines(longer).mid(0, lines(first).size() - 1) == lines(first).mid(0, lines(first).size() - 1));
        QSet<QString> marchNumbers;
        for (const FecLine& l : march.lines)
            marchNumbers.insert(l.entryNumber);
        int highestMarchSales = 0;
        for (const QString& n : std::as_const(marchNumbers)) {
            if (n.startsWith(u"VT"))
                highestMarchSales = std::max(highestMarchSales, n.mid(2).toInt());
        }
        bool sawApril = false;
        for (const FecLine& l : both.lines) {
            if (l.entryDate.month() != 4 || l.journalCode != u"VT")
                continue;
            sawApril = true;
            QVERIFY2(l.entryNumber.mid(2).toInt() > highestMarchSales, qPrintable(l.entryNumber));
        }
        QVERIFY(sawApril);
        // April alone numbers its entries as the longer export does.
        FecBook april;
        fec(*db, QDate(2025, 4, 1), QDate(2025, 4, 30), &april);
        QList<FecLine> aprilInBoth;
        for (const FecLine& l : both.lines) {
            if (l.entryDate.month() == 4)
                aprilInBoth.append(l);
        }
        QCOMPARE(april.lines, aprilInBoth);
    }

    void lateDataBecomesCorrections()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
        const QByteArray march = fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31));

        // A sale of 12 March imported after March was closed.
        const QList<Row> late = {{"sales", "beta", "wallet", "Livre", utc(2025, 3, 12, 15), 600, {}, {}}};
        QVERIFY(TestSupport::importRows(*db, late));
        QCOMPARE(fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31)), march);

        FecBook april;
        fec(*db, QDate(2025, 4, 1), QDate(2025, 4, 30), &april);
        checkStructure(april);
        qint64 receivable = 0, sales = 0, vat = 0;
        QString number;
        for (const FecLine& l : april.lines) {
            if (!l.label.startsWith(u"Correction : "))
                continue;
            QCOMPARE(l.entryDate, QDate(2025, 4, 1));
            QCOMPARE(l.pieceDate, QDate(2025, 3, 12)); // the piece it corrects
            QVERIFY(number.isEmpty() || number == l.entryNumber);
            number = l.entryNumber;
            if (l.account == u"411")
                receivable += l.debit - l.credit;
            else if (l.account == u"706")
                sales += l.credit - l.debit;
            else if (l.account == u"44574") // VAT due on payment waits for the payout
                vat += l.credit - l.debit;
        }
        QCOMPARE(receivable, 600);
        QCOMPARE(sales, 500);
        QCOMPARE(vat, 100);

        // Closing April freezes the correction; nothing more is owed on March.
        auto closed = Books::close(*db, QDate(2025, 4, 30), QDate(2025, 5, 2));
        QVERIFY2(closed, qPrintable(closed.error()));
        QCOMPARE(closed->corrections, 1);
        FecBook frozen;
        fec(*db, QDate(2025, 4, 1), QDate(2025, 4, 30), &frozen);
        QCOMPARE(frozen.entries, april.entries);
        FecBook may;
        fec(*db, QDate(2025, 5, 1), QDate(2025, 5, 31), &may);
        QCOMPARE(may.lines.size(), 0);
    }

    void reopeningKeepsUnchangedNumbers()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
        FecBook first;
        fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &first);

        auto reopened = Books::reopen(*db);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened->lastDay, QDate(2025, 3, 31));
        auto again = Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 16));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->numbersKept, first.entries);
        FecBook second;
        fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &second);
        QCOMPARE(second.lines.size(), first.lines.size());
        for (qsizetype i = 0; i < second.lines.size(); ++i)
            QCOMPARE(second.lines.at(i).entryNumber, first.lines.at(i).entryNumber);
        QCOMPARE(second.lines.constFirst().validDate, QDate(2025, 4, 16));

        // Reopened with a change: the changed entry gets a new number, never one given before.
        QVERIFY(Books::reopen(*db));
        const QList<Row> late = {{"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 16), 300, 180, {}}};
        QVERIFY(TestSupport::importRows(*db, late));
        auto third = Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 17));
        QVERIFY2(third, qPrintable(third.error()));
        QCOMPARE(third->numbersKept, first.entries - 1);
        FecBook changed;
        fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &changed);
        QSet<QString> before;
        for (const FecLine& l : first.lines)
            before.insert(l.entryNumber);
        int fresh = 0;
        for (const FecLine& l : changed.lines) {
            if (!before.contains(l.entryNumber))
                ++fresh;
        }
        QVERIFY(fresh > 0);

        // Both closings and reopenings are in the audit trail.
        auto audit = AuditTrail::entries(*db);
        QVERIFY(audit);
        int closes = 0, reopens = 0;
        for (const AuditTrail::Entry& e : *audit) {
            if (e.entity != u"books_period")
                continue;
            closes += e.action == u"close";
            reopens += e.action == u"reopen";
        }
        QCOMPARE(closes, 3);
        QCOMPARE(reopens, 2);
    }

    void refusals()
    {
        auto db = freshDb();
        QVERIFY(db);
        auto notEnded = Books::close(*db, QDate(2025, 4, 15), QDate(2025, 4, 15));
        QVERIFY(!notEnded);
        QVERIFY2(notEnded.error().contains(u"2025-04-15"), qPrintable(notEnded.error()));
        auto nothing = Books::reopen(*db);
        QVERIFY(!nothing);
        QVERIFY(Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
        auto earlier = Books::close(*db, QDate(2025, 3, 20), QDate(2025, 4, 15));
        QVERIFY(!earlier);
        QVERIFY2(earlier.error().contains(u"2025-03-31"), qPrintable(earlier.error()));
        auto standing = Books::standing(*db);
        QVERIFY(standing);
        QCOMPARE(standing->closings.size(), 1);
        QCOMPARE(*standing->closedTo, QDate(2025, 3, 31));
    }

    // Two provider codes that read the same once reduced to letters and digits get two auxiliary accounts.
    void auxiliaryAccountsAreUnique()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QList<Row> rows = {{"sales", "micropaie", "sms", "Article", utc(2025, 3, 4, 10), 300, 180, {}},
                                 {"sales", "micro-paie", "sms", "Article", utc(2025, 3, 4, 11), 500, 300, {}}};
        QVERIFY(TestSupport::importRows(*db, rows));
        FecBook book;
        fec(*db, QDate(2025, 3, 4), QDate(2025, 3, 4), &book);
        QHash<QString, qint64> byAccount;
        for (const FecLine& l : book.lines) {
            if (l.account == u"411")
                byAccount[l.auxiliaryAccount] += l.debit - l.credit;
        }
        // Codes found only in the data choose in alphabetical order: "micro-paie" first.
        // SMS+: the operator sells, the turnover is the reversement.
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE")), 300);
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE2")), 180);
    }

    // What each VAT model books for one day's sales, to the cent (VAT on invoice, so output VAT is 44571).
    void vatModels_data()
    {
        QTest::addColumn<Provider>("terms");
        QTest::addColumn<ReportSalesGroup>("sales");
        // 411 (net: sales less fees), 706, 44571, 622, 627, 44566
        QTest::addColumn<QList<qint64>>("expected");
        const QDate day(2025, 3, 3);
        const QString code = QStringLiteral("p");
        Provider excludes = provider("p");
        excludes.reversementExcludesVat = true;
        Provider intermediary = provider("p");
        intermediary.feeAccount = FeeAccount::Intermediary;
        intermediary.feeVatBasisPoints = 2000;

        QTest::newRow("SMS+: the operator sells, reversement with VAT")
            << provider("p") << group(day, code, "sms", 2000, 300, 180) << QList<qint64>{180, 150, 30, 0, 0, 0};
        QTest::newRow("SMS+: reversement net of VAT, VAT invoiced on top")
            << excludes << group(day, code, "sms", 2000, 300, 180) << QList<qint64>{216, 180, 36, 0, 0, 0};
        QTest::newRow("Audiotel at 5.5 %")
            << provider("p") << group(day, code, "audiotel", 550, 1000, 600) << QList<qint64>{600, 569, 31, 0, 0, 0};
        QTest::newRow("wallet: the merchant sells, banking fees without VAT")
            << provider("p") << group(day, code, "wallet", 2000, 1000, 900) << QList<qint64>{900, 833, 167, 0, 100, 0};
        QTest::newRow("prepaid card: intermediary's fees with deductible VAT")
            << intermediary << group(day, code, "prepaid_card", 2000, 1000, 880)
            << QList<qint64>{880, 833, 167, 100, 0, 20};
        QTest::newRow("merchant model set on an SMS provider")
            << provider("p", VatModel::MerchantSells) << group(day, code, "sms", 2000, 300, 180)
            << QList<qint64>{180, 250, 50, 0, 120, 0};
        QTest::newRow("operator model set on a wallet")
            << provider("p", VatModel::OperatorSupplies) << group(day, code, "wallet", 2000, 1000, 900)
            << QList<qint64>{900, 750, 150, 0, 0, 0};
        // Three sales of 1.00: 0.17 of VAT each when rounded sale by sale, 0.50 on the entry's total.
        QTest::newRow("VAT on the entry's total")
            << provider("p") << group(day, code, "crypto", 2000, 300, 300, 3) << QList<qint64>{300, 250, 50, 0, 0, 0};
    }

    void vatModels()
    {
        QFETCH(Provider, terms);
        QFETCH(ReportSalesGroup, sales);
        QFETCH(QList<qint64>, expected);
        const FecBook book = FecExport::entries(reportOf({terms}, {sales}), QDate(2025, 4, 2));
        checkStructure(book);
        const QHash<QString, qint64> b = balances(book);
        QCOMPARE(b.value(QStringLiteral("411")), expected.at(0));
        QCOMPARE(-b.value(QStringLiteral("706")), expected.at(1));
        QCOMPARE(-b.value(QStringLiteral("44571")), expected.at(2));
        QCOMPARE(b.value(QStringLiteral("622")), expected.at(3));
        QCOMPARE(b.value(QStringLiteral("627")), expected.at(4));
        QCOMPARE(b.value(QStringLiteral("44566")), expected.at(5));
        QVERIFY(!b.contains(QStringLiteral("44574")));
        // 706 × rate is the VAT to the cent.
        const qint64 net = -b.value(QStringLiteral("706"));
        const qint64 vat = -b.value(QStringLiteral("44571"));
        QVERIFY2(qAbs(net * sales.vatBasisPoints - vat * 10000) < 10000, qPrintable(QString::number(vat)));
    }

    // An auxiliary account the accountant set is used as it is, and no derived account takes it.
    void auxiliaryAccountSetByTheAccountant()
    {
        Provider set = provider("agg");
        set.auxiliaryAccount = QStringLiteral("411MICROPAIE");
        const QDate day(2025, 3, 3);
        const PeriodReport r =
            reportOf({set, provider("micropaie")}, {group(day, QStringLiteral("agg"), "sms", 2000, 300, 180),
                                                    group(day, QStringLiteral("micropaie"), "sms", 2000, 500, 300)});
        const QHash<QString, QString> accounts = FecExport::auxiliaryAccounts(r);
        QCOMPARE(accounts.value(QStringLiteral("agg")), QStringLiteral("411MICROPAIE"));
        QCOMPARE(accounts.value(QStringLiteral("micropaie")), QStringLiteral("411MICROPAIE2"));
        const FecBook book = FecExport::entries(r, QDate(2025, 4, 2));
        QHash<QString, qint64> byAccount;
        for (const FecLine& l : book.lines) {
            if (l.account == u"411")
                byAccount[l.auxiliaryAccount] += l.debit - l.credit;
        }
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE")), 180);
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE2")), 300);
    }

    // A refund is an entry of its own, not netted into the day's sales.
    void refundsAreEntriesOfTheirOwn()
    {
        const QDate day(2025, 3, 3);
        const QString p = QStringLiteral("p");
        ReportSalesGroup refund = group(day, p, "sms", 2000, -300, -180);
        refund.refund = true;
        const FecBook book = FecExport::entries(
            reportOf({provider("p")}, {group(day, p, "sms", 2000, 600, 360), refund}), QDate(2025, 4, 2));
        checkStructure(book);
        QHash<QString, qint64> receivable; // entry -> 411
        QHash<QString, QString> label;
        for (const FecLine& l : book.lines) {
            if (l.journalCode == u"VT" && l.account == u"411") {
                receivable[l.entryNumber] += l.debit - l.credit;
                label[l.entryNumber] = l.label;
            }
        }
        QCOMPARE(receivable.size(), 2);
        QCOMPARE(receivable.value(QStringLiteral("VT000001")), 360);
        QCOMPARE(receivable.value(QStringLiteral("VT000002")), -180);
        QVERIFY2(label.value(QStringLiteral("VT000002")).startsWith(u"Remboursements"),
                 qPrintable(label.value(QStringLiteral("VT000002"))));
    }

    // A sale whose reversement cannot be told is not booked under the operator model, and the export says so.
    void unknownReversementIsNamed()
    {
        const PeriodReport r =
            reportOf({provider("p")}, {group(QDate(2025, 3, 3), QStringLiteral("p"), "sms", 2000, 300, {})});
        const FecBook book = FecExport::entries(r, QDate(2025, 4, 2));
        QCOMPARE(book.lines.size(), 0);
        QVERIFY2(book.warnings.join(u' ').contains(u"reversement"), qPrintable(book.warnings.join(u' ')));
    }

    // VAT due on payment waits in 44574 and becomes due as payouts settle the receivable, oldest day first; a payout
    // that settles days exactly letters them with it.
    void vatDueOnPaymentAndLettering()
    {
        const QString p = QStringLiteral("p");
        PeriodReport r = reportOf(
            {provider("p")},
            {group(QDate(2025, 3, 3), p, "sms", 2000, 200, 120), group(QDate(2025, 3, 6), p, "sms", 2000, 100, 60)},
            AccountingSettings::VatDue::OnPayment);
        r.earlierSales = {group(QDate(2025, 2, 27), p, "sms", 2000, 300, 180)};
        r.payouts = {payout(1, QDate(2025, 3, 5), p, 300), payout(2, QDate(2025, 3, 10), p, 30)};
        const FecBook book = FecExport::entries(r, QDate(2025, 4, 2));
        checkStructure(book);
        const QHash<QString, qint64> sales = balances(book, QStringLiteral("VT"));
        QCOMPARE(-sales.value(QStringLiteral("44574")), 20 + 10);
        QVERIFY(!sales.contains(QStringLiteral("44571")));
        // 5 March pays 27 February (VAT 0.30) and 3 March (0.20); 10 March half of 6 March (0.05 of 0.10).
        qint64 dueOn5 = 0, dueOn10 = 0;
        for (const FecLine& l : book.lines) {
            if (l.journalCode == u"BQ" && l.account == u"44571")
                (l.entryDate == QDate(2025, 3, 5) ? dueOn5 : dueOn10) += l.credit;
        }
        QCOMPARE(dueOn5, 50);
        QCOMPARE(dueOn10, 5);
        QCOMPARE(balances(book, QStringLiteral("BQ")).value(QStringLiteral("44574")), 55);

        QHash<QDate, QString> letters;
        for (const FecLine& l : book.lines) {
            if (l.account != u"411")
                continue;
            letters.insert(l.entryDate, l.lettering);
            QCOMPARE(l.letteringDate.isValid(), !l.lettering.isEmpty());
            if (!l.lettering.isEmpty())
                QCOMPARE(l.letteringDate, QDate(2025, 3, 5));
        }
        QCOMPARE(letters.value(QDate(2025, 3, 3)), QStringLiteral("AAA"));
        QCOMPARE(letters.value(QDate(2025, 3, 5)), QStringLiteral("AAA"));
        QCOMPARE(letters.value(QDate(2025, 3, 6)), QString());
        QCOMPARE(letters.value(QDate(2025, 3, 10)), QString());
        const QByteArray bytes = FecExport::encode(book, r.settings);
        QVERIFY(bytes.contains("|AAA|20250305|"));

        // Lines of 27 February frozen by a closing before this payout keep no letter: nor does the rest of the group.
        r.letteringFrom = QDate(2025, 3, 1);
        for (const FecLine& l : FecExport::entries(r, QDate(2025, 4, 2)).lines)
            QVERIFY2(l.lettering.isEmpty(), qPrintable(l.entryNumber));

        // On the invoice (débits), output VAT is due at once.
        r.settings.vatDue = AccountingSettings::VatDue::OnInvoice;
        const FecBook debits = FecExport::entries(r, QDate(2025, 4, 2));
        QCOMPARE(-balances(debits).value(QStringLiteral("44571")), 30);
        QVERIFY(!balances(debits).contains(QStringLiteral("44574")));
    }

    // Rates: the ECB's way (units for one euro) and the market's (the price of one unit in euros), exactly.
    void exchangeRatesConvert()
    {
        const ExchangeRate usd{
            QDate(2025, 3, 12), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("1.0880"), true, {}};
        QCOMPARE(usd.toBook(10880), 10000);
        QCOMPARE(usd.toBook(-10880), -10000);
        const ExchangeRate btc{
            QDate(2025, 3, 12), QStringLiteral("BTC"), QStringLiteral("EUR"), QStringLiteral("80000.00"), false, {}};
        QCOMPARE(btc.toBook(50000), 4000); // 0.0005 BTC
        QCOMPARE(btc.toBook(6), 0);        // half a cent and less
        QCOMPARE(btc.toBook(7), 1);

        auto parsed = ExchangeRates::parse("Date,USD,BTC/EUR,EUR/GBP,\n2025-03-12,1.0880,80000.00,0.8421,\n"
                                           "2025-03-13,N/A,81000,0.8433,\n",
                                           QStringLiteral("rates.csv"), QStringLiteral("EUR"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->size(), 5);
        QCOMPARE(parsed->at(1).currency, QStringLiteral("BTC"));
        QVERIFY(!parsed->at(1).perBook);
        QCOMPARE(parsed->at(2).currency, QStringLiteral("GBP"));
        QVERIFY(parsed->at(2).perBook);

        // Bad input is named by file, line and column, and nothing is kept.
        auto bad = ExchangeRates::parse("Date,BTC/EUR\n2025-03-12,80000\n2025-03-13,eighty\n",
                                        QStringLiteral("rates.csv"), QStringLiteral("EUR"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"rates.csv, line 3, column \"BTC/EUR\""), qPrintable(bad.error()));
        auto day =
            ExchangeRates::parse("Date,USD\n12 March,1.08\n", QStringLiteral("rates.csv"), QStringLiteral("EUR"));
        QVERIFY(!day);
        QVERIFY2(day.error().contains(u"line 2"), qPrintable(day.error()));
        auto pair =
            ExchangeRates::parse("Date,BTC/USD\n2025-03-12,1\n", QStringLiteral("rates.csv"), QStringLiteral("EUR"));
        QVERIFY(!pair);
        QVERIFY2(pair.error().contains(u"BTC/USD"), qPrintable(pair.error()));
    }

    // A sale in BTC is booked in euros at its day's rate, with the BTC amount beside; without a rate it stays out of
    // the FEC, the export says so, and the books cannot be closed over its day.
    void otherCurrencyAtTheDaysRate()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QList<Row> btc = {{"sales", "gamma", "crypto", "Article", utc(2025, 3, 12, 12), 50000, 49000, {}, "BTC"}};
        QVERIFY(TestSupport::importRows(*db, btc));
        FecBook before;
        fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &before);
        for (const FecLine& l : before.lines)
            QVERIFY(l.auxiliaryAccount != u"411GAMMA");
        QVERIFY2(before.warnings.join(u' ').contains(u"2025-03-12"), qPrintable(before.warnings.join(u' ')));
        auto refused = Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"2025-03-12 BTC"), qPrintable(refused.error()));

        const QString file = m_dir.filePath(QStringLiteral("rates.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Date,BTC/EUR\n2025-03-12,80000.00\n");
        }
        auto imported = ExchangeRates::importFile(*db, file, QStringLiteral("EUR"));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->rates, 1);

        // 0.0005 BTC at 80,000 EUR: 40.00 EUR, of which 6.67 of VAT; the fee of 0.00001 BTC is 0.80 EUR.
        FecBook book;
        const QByteArray bytes = fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &book);
        checkStructure(book);
        const BtcEntries entries = btcEntriesOfGamma(book);
        const QHash<QString, qint64>& gamma = entries.byAccount;
        QVERIFY(entries.inBtc);
        QCOMPARE(entries.receivable, 50000);
        QCOMPARE(entries.vat, 8333);
        QCOMPARE(gamma.value(QStringLiteral("411")), 4000 - 80);
        QCOMPARE(gamma.value(QStringLiteral("706")), -3333);
        QCOMPARE(gamma.value(QStringLiteral("44574")), -667);
        QCOMPARE(gamma.value(QStringLiteral("627")), 80);
        QVERIFY(bytes.contains("|0,00050000|BTC\r\n"));
        QVERIFY(Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
    }

    // A payout in BTC clears the receivable at the value its sales were booked at; what it is worth more at its own
    // day's rate is an exchange gain (766), less an exchange loss (666); the receivable is lettered in full.
    void exchangeDifferencesOnForeignPayouts()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QList<Row> rows = {{"sales", "gamma", "crypto", "Article", utc(2025, 3, 12, 12), 50000, 49000, {}, "BTC"},
                                 {"sales", "gamma", "crypto", "Article", utc(2025, 3, 13, 12), 50000, 49000, {}, "BTC"},
                                 {"payout", "gamma", "crypto", "", utc(2025, 3, 20, 9), 49000, {}, {}, "BTC", "PAY-1"},
                                 {"payout", "gamma", "crypto", "", utc(2025, 3, 27, 9), 49000, {}, {}, "BTC", "PAY-2"}};
        QVERIFY(TestSupport::importRows(*db, rows));
        const QString file = m_dir.filePath(QStringLiteral("rates-exchange.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Date,BTC/EUR\n2025-03-12,80000\n2025-03-13,80000\n2025-03-20,90000\n2025-03-27,70000\n");
        }
        QVERIFY(ExchangeRates::importFile(*db, file, QStringLiteral("EUR")));

        FecBook book;
        fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &book);
        checkStructure(book);
        // The entries of the provider: those with a line on its auxiliary account.
        QSet<QString> gamma;
        for (const FecLine& l : book.lines) {
            if (l.auxiliaryAccount == u"411GAMMA")
                gamma.insert(l.entryNumber);
        }
        QHash<QString, qint64> byAccount;
        QHash<QString, qint64> byLetter; // lettering code -> balance of the receivable's lines
        for (const FecLine& l : book.lines) {
            if (!gamma.contains(l.entryNumber))
                continue;
            byAccount[l.account] += l.debit - l.credit;
            if (l.account == u"411")
                byLetter[l.lettering] += l.debit - l.credit;
        }
        // Each sale: 40.00 EUR less 0.80 of fees, 39.20 owed. PAY-1 is worth 44.10 (a gain of 4.90), PAY-2 34.30 (a
        // loss of 4.90).
        QCOMPARE(byAccount.value(QStringLiteral("766")), -490);
        QCOMPARE(byAccount.value(QStringLiteral("666")), 490);
        QCOMPARE(byAccount.value(QStringLiteral("512")), 4410 + 3430);
        QCOMPARE(byAccount.value(QStringLiteral("411")), 0);
        QCOMPARE(byLetter.value(QStringLiteral("AAA")), 0);
        QCOMPARE(byLetter.value(QStringLiteral("AAB")), 0);
        QVERIFY2(!byLetter.contains(QString()), "every line of the receivable is lettered");
        // The VAT of what each payout settled became due: all of it.
        QCOMPARE(byAccount.value(QStringLiteral("44574")), 0);
        QCOMPARE(byAccount.value(QStringLiteral("44571")), -2 * 667);
    }

    // A statement that gives a rate with each row (BTCPay's "Rate") books the sales it is matched with at that rate,
    // each sale at its own, with no daily rate imported; a file whose rate cannot be read is refused with its line.
    void otherCurrencyAtTheStatementsRate()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QList<Row> sales = {
            {"sales", "gamma", "crypto", "Article", utc(2025, 3, 12, 12), 50000, 49000, {}, "BTC", "inv-1"},
            {"sales", "gamma", "crypto", "Article", utc(2025, 3, 12, 15), 25000, 24500, {}, "BTC", "inv-2"}};
        QVERIFY(TestSupport::importRows(*db, sales));
        // BTCPay's Payments report read in the payment currency: the rate is the price of one BTC in the invoice's.
        auto profile = ImportProfile::fromJson(R"({"name": "BTCPay in BTC", "kind": "provider", "provider": "gamma",
            "encoding": "utf-8", "delimiter": ",", "decimal_mark": ".", "header": true, "date_format": "iso8601",
            "timezone": "UTC", "default_channel": "crypto",
            "columns": {"timestamp": "Date", "reference": "InvoiceId", "gross": "PaymentAmount",
                        "currency": "PaymentCurrency", "rate": "Rate", "rate_in": "InvoiceCurrency"}})");
        QVERIFY2(profile, qPrintable(profile.error()));
        const QByteArray header = "Date,InvoiceId,PaymentCurrency,PaymentAmount,InvoiceCurrency,Rate\n";
        auto bad =
            Importer::importData(*db, profile.value(), header + "2025-03-12 12:00:05,inv-1,BTC,0.00050000,EUR,eighty\n",
                                 QStringLiteral("payments.csv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"payments.csv, line 2, column \"Rate\""), qPrintable(bad.error()));
        auto imported = Importer::importData(*db, profile.value(),
                                             header + "2025-03-12 12:00:05,inv-1,BTC,0.00050000,EUR,80000.00\n"
                                                      "2025-03-12 15:00:09,inv-2,BTC,0.00025000,EUR,60000\n",
                                             QStringLiteral("payments.csv"));
        QVERIFY2(imported, qPrintable(imported.error()));

        // 0.0005 BTC at 80,000 and 0.00025 BTC at 60,000: 40.00 + 15.00 EUR; fees 0.80 + 0.30 EUR.
        FecBook book;
        const QByteArray bytes = fec(*db, QDate(2025, 3, 1), QDate(2025, 3, 31), &book);
        checkStructure(book);
        QVERIFY2(!book.warnings.join(u' ').contains(u"2025-03-12"), qPrintable(book.warnings.join(u' ')));
        const BtcEntries booked = btcEntriesOfGamma(book);
        const QHash<QString, qint64>& gamma = booked.byAccount;
        QVERIFY(booked.inBtc);
        QCOMPARE(booked.receivable, 75000);
        QCOMPARE(gamma.value(QStringLiteral("411")), 5500 - 110);
        QCOMPARE(gamma.value(QStringLiteral("706")), -4583);
        QCOMPARE(gamma.value(QStringLiteral("44574")), -917);
        QCOMPARE(gamma.value(QStringLiteral("627")), 110);
        QVERIFY(bytes.contains("|0,00075000|BTC\r\n"));
        // Undoing the statement takes its rates with it; imported again, they close the month with no daily rate.
        QVERIFY(RatesStore::statementRatesOfSales(*db, QStringLiteral("EUR"))->size() == 2);
        QVERIFY(Importer::undoBatch(*db, imported->batchId));
        QVERIFY(RatesStore::statementRatesOfSales(*db, QStringLiteral("EUR"))->empty());
        QCOMPARE(TestSupport::scalar(*db, "SELECT count(*) FROM statement_rates"), 0); // none left behind
        QVERIFY(!Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
        QVERIFY(Importer::importData(*db, profile.value(),
                                     header + "2025-03-12 12:00:05,inv-1,BTC,0.00050000,EUR,80000.00\n"
                                              "2025-03-12 15:00:09,inv-2,BTC,0.00025000,EUR,60000\n",
                                     QStringLiteral("payments.csv")));
        auto closed = Books::close(*db, QDate(2025, 3, 31), QDate(2025, 4, 15));
        QVERIFY2(closed, qPrintable(closed.error()));

        // A correcting entry for a mismatch is at the statement's rate too: 0.0001 BTC more sold than paid for, at
        // 50,000 EUR, is 5.00 EUR (4.17 + 0.83 of VAT), and the sale's fee of 0.000008 BTC is 0.40 EUR; no daily rate.
        QVERIFY(TestSupport::importRows(
            *db, {{"sales", "gamma", "crypto", "Article", utc(2025, 4, 2, 12), 40000, 39200, {}, "BTC", "inv-3"}}));
        QVERIFY(Importer::importData(*db, profile.value(),
                                     header + "2025-04-02 12:00:05,inv-3,BTC,0.00030000,EUR,50000\n",
                                     QStringLiteral("april.csv")));
        QVERIFY(Reconciler::run(*db, Reconciler::defaultOptions()));
        ReconcileFilter filter;
        filter.openOnly = true;
        ReconcileBrowser browser(*db, filter);
        QList<ReconcileEntry> entries;
        while (!browser.atEnd())
            QVERIFY(browser.fetch(100, entries));
        const auto mismatch = std::find_if(entries.cbegin(), entries.cend(), [](const ReconcileEntry& e) {
            return e.outcome == ReconcileOutcome::AmountMismatch;
        });
        QVERIFY(mismatch != entries.cend());
        auto proposed = Adjustments::propose(*db, *mismatch);
        QVERIFY2(proposed, qPrintable(proposed.error()));
        QHash<QString, qint64> amounts;
        for (const FecBookLine& l : proposed->lines)
            amounts[l.account] += l.amount;
        QCOMPARE(amounts, (QHash<QString, qint64>{{QStringLiteral("411"), -460},
                                                  {QStringLiteral("706"), 417},
                                                  {QStringLiteral("44574"), 83},
                                                  {QStringLiteral("627"), -40}}));
    }

    // What reconciliation found becomes a correcting entry only when the accountant accepts it, with a note: the
    // entry is in the FEC (journal OD) and the discrepancy is explained; withdrawn, both go back.
    void correctingEntriesForDiscrepancies()
    {
        auto opened = Database::open(TestSupport::location(m_dir.filePath(QStringLiteral("discrepancies.sqlite"))));
        QVERIFY(opened);
        Database& db = *opened.value();
        AccountingSettings settings;
        settings.siren = QStringLiteral("123456782");
        QVERIFY(AccountingSettingsStore::save(db, settings));
        QVERIFY(RevenueAggregates::setTimeZone(db, QTimeZone("Europe/Paris")));
        const QList<Row> rows = {
            {"sales", "gamma", "wallet", "Livre", utc(2025, 3, 5, 10), 1000, 900, {}, "EUR", "R1"},
            {"provider", "gamma", "wallet", "Livre", utc(2025, 3, 5, 10), 1000, 900, {}, "EUR", "R1"},
            {"sales", "gamma", "wallet", "Livre", utc(2025, 3, 6, 10), 1000, 900, {}, "EUR", "R2"},
            {"provider", "gamma", "wallet", "Livre", utc(2025, 3, 7, 10), 500, 450, {}, "EUR", "R3"},
            {"sales", "gamma", "wallet", "Livre", utc(2025, 3, 8, 10), 1000, 900, {}, "EUR", "R4"},
            {"provider", "gamma", "wallet", "Livre", utc(2025, 3, 8, 10), 1200, 1080, {}, "EUR", "R4"},
        };
        QVERIFY(TestSupport::importRows(db, rows));
        QVERIFY(Reconciler::run(db, Reconciler::defaultOptions()));
        ReconcileFilter filter;
        filter.openOnly = true;
        ReconcileBrowser browser(db, filter);
        QList<ReconcileEntry> entries;
        while (!browser.atEnd())
            QVERIFY(browser.fetch(100, entries));
        QHash<int, ReconcileEntry> byOutcome;
        for (const ReconcileEntry& e : std::as_const(entries))
            byOutcome.insert(int(e.outcome), e);
        QVERIFY(byOutcome.contains(int(ReconcileOutcome::MissingAtProvider)));
        QVERIFY(byOutcome.contains(int(ReconcileOutcome::MissingInSalesLog)));
        QVERIFY(byOutcome.contains(int(ReconcileOutcome::AmountMismatch)));

        // Per account, debit less credit: the wallet's merchant model at 20 %, banking fees, VAT due on payment.
        const auto amounts = [](const BooksAdjustment& a) {
            QHash<QString, qint64> out;
            for (const FecBookLine& l : a.lines)
                out[l.account] += l.amount;
            return out;
        };
        auto missing = Adjustments::propose(db, byOutcome.value(int(ReconcileOutcome::MissingAtProvider)));
        QVERIFY2(missing, qPrintable(missing.error()));
        QCOMPARE(amounts(*missing), (QHash<QString, qint64>{{QStringLiteral("411"), -900},
                                                            {QStringLiteral("706"), 833},
                                                            {QStringLiteral("44574"), 167},
                                                            {QStringLiteral("627"), -100}}));
        QCOMPARE(missing->day, QDate(2025, 3, 6));
        auto unsold = Adjustments::propose(db, byOutcome.value(int(ReconcileOutcome::MissingInSalesLog)));
        QVERIFY2(unsold, qPrintable(unsold.error()));
        QCOMPARE(amounts(*unsold), (QHash<QString, qint64>{{QStringLiteral("411"), 450},
                                                           {QStringLiteral("706"), -417},
                                                           {QStringLiteral("44574"), -83},
                                                           {QStringLiteral("627"), 50}}));
        auto mismatch = Adjustments::propose(db, byOutcome.value(int(ReconcileOutcome::AmountMismatch)));
        QVERIFY2(mismatch, qPrintable(mismatch.error()));
        QCOMPARE(amounts(*mismatch), (QHash<QString, qint64>{{QStringLiteral("411"), 180},
                                                             {QStringLiteral("706"), -167},
                                                             {QStringLiteral("44574"), -33},
                                                             {QStringLiteral("627"), 20}}));

        // Nothing is booked without a note; accepted, it is in the FEC and the discrepancy is explained.
        QVERIFY(!Adjustments::accept(db, *missing, QString()));
        auto id = Adjustments::accept(db, *missing, QStringLiteral("Paiement refusé par la banque"));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(!Adjustments::accept(db, *missing, QStringLiteral("again")));
        FecBook book;
        fec(db, QDate(2025, 3, 1), QDate(2025, 3, 31), &book);
        checkStructure(book);
        QHash<QString, qint64> od;
        for (const FecLine& l : book.lines) {
            if (l.journalCode != u"OD")
                continue;
            QCOMPARE(l.entryDate, QDate(2025, 3, 6));
            QVERIFY2(l.label.contains(u"R2"), qPrintable(l.label));
            od[l.account] += l.debit - l.credit;
        }
        QCOMPARE(od.value(QStringLiteral("411")), -900);
        QCOMPARE(od.value(QStringLiteral("706")), 833);
        ReconcileFilter stillOpen;
        stillOpen.openOnly = true;
        stillOpen.outcomes = {ReconcileOutcome::MissingAtProvider};
        auto counted = ReconcileStore::summary(db, stillOpen);
        QVERIFY(counted);
        QCOMPARE(counted->explained, 1);

        // Withdrawn while its day is open: the entry goes and the discrepancy is open again.
        QVERIFY(Adjustments::withdraw(db, *id));
        FecBook after;
        fec(db, QDate(2025, 3, 1), QDate(2025, 3, 31), &after);
        for (const FecLine& l : after.lines)
            QVERIFY(l.journalCode != u"OD");
        // Accepted again, then closed over: it can no longer be withdrawn.
        auto again = Adjustments::accept(db, *missing, QStringLiteral("Paiement refusé par la banque"));
        QVERIFY(again);
        QVERIFY(Books::close(db, QDate(2025, 3, 31), QDate(2025, 4, 15)));
        auto refused = Adjustments::withdraw(db, *again);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"2025-03-06"), qPrintable(refused.error()));
    }

    void commandLine()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QString path = db->path();
        db.reset();
        const auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(OBOLE_CLI_PATH),
                    QStringList{QStringLiteral("--db"), TestSupport::location(path)} + args);
            p.waitForFinished(120000);
            return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        auto [code, out, err] = cli({QStringLiteral("books"), QStringLiteral("status")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"never closed"), qPrintable(out));
        std::tie(code, out, err) = cli({QStringLiteral("books"), QStringLiteral("close")});
        QVERIFY(code != 0);
        QVERIFY2(err.contains(u"--to"), qPrintable(err));
        std::tie(code, out, err) = cli(
            {QStringLiteral("books"), QStringLiteral("close"), QStringLiteral("--to"), QStringLiteral("2025-03-31")});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(u"2025-03-03") && out.contains(u"2025-03-31"), qPrintable(out));
        const QString folder = m_dir.filePath(QStringLiteral("fec-cli"));
        const QStringList exportArgs = {
            QStringLiteral("export"),     QStringLiteral("--format"),   QStringLiteral("fec"),
            QStringLiteral("--from"),     QStringLiteral("2025-03-01"), QStringLiteral("--to"),
            QStringLiteral("2025-03-31"), QStringLiteral("--output"),   folder + u'/',
            QStringLiteral("--force")};
        std::tie(code, out, err) = cli(exportArgs);
        QVERIFY2(code == 0, qPrintable(err));
        QFile file(folder + QStringLiteral("/123456782FEC20251231.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        std::tie(code, out, err) = cli(exportArgs);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        file.close();
        std::tie(code, out, err) = cli({QStringLiteral("books"), QStringLiteral("status")});
        QVERIFY2(out.contains(u"Closed up to 2025-03-31"), qPrintable(out));
        std::tie(code, out, err) = cli({QStringLiteral("books"), QStringLiteral("reopen")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = cli({QStringLiteral("books"), QStringLiteral("status")});
        QVERIFY2(out.contains(u"reopened"), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestBooks)
#include "tst_books.moc"
