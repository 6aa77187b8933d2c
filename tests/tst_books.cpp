// Closed periods of the books: permanent FEC numbers, frozen bytes, corrections for late data, reopening.
#include "catalog/audittrail.h"
#include "export/accountingsettings.h"
#include "export/books.h"
#include "export/fecexport.h"
#include "export/reportbuilder.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"
#include "support/importrows.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        {"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 10), 300, {}, {}},
        {"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 11), 300, {}, {}},
        {"sales", "beta", "wallet", "Livre", utc(2025, 3, 12, 10), 1000, {}, {}},
        {"provider", "alpha", "sms", "Article", utc(2025, 3, 3, 10), 300, 180, 120},
        {"payout", "alpha", "", "", utc(2025, 3, 20, 9), 150, {}, {}, "EUR", "VIR-1"},
        {"sales", "alpha", "sms", "Article", utc(2025, 4, 2, 10), 300, {}, {}},
        {"sales", "beta", "wallet", "Livre", utc(2025, 4, 8, 10), 1000, {}, {}},
        {"payout", "beta", "", "", utc(2025, 4, 10, 9), 900, {}, {}, "EUR", "VIR-2"},
    };
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
        auto db = Database::open(m_dir.filePath(QStringLiteral("books%1.sqlite").arg(++m_count)));
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
            else if (l.account == u"44571")
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
        const QList<Row> late = {{"sales", "alpha", "sms", "Article", utc(2025, 3, 3, 16), 300, {}, {}}};
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
        const QList<Row> rows = {{"sales", "micropaie", "sms", "Article", utc(2025, 3, 4, 10), 300, {}, {}},
                                 {"sales", "micro-paie", "sms", "Article", utc(2025, 3, 4, 11), 500, {}, {}}};
        QVERIFY(TestSupport::importRows(*db, rows));
        FecBook book;
        fec(*db, QDate(2025, 3, 4), QDate(2025, 3, 4), &book);
        QHash<QString, qint64> byAccount;
        for (const FecLine& l : book.lines) {
            if (l.account == u"411")
                byAccount[l.auxiliaryAccount] += l.debit - l.credit;
        }
        // Codes found only in the data choose in alphabetical order: "micro-paie" first.
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE")), 500);
        QCOMPARE(byAccount.value(QStringLiteral("411MICROPAIE2")), 300);
    }

    void commandLine()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QString path = db->path();
        db.reset();
        const auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(OBOLE_CLI_PATH), QStringList{QStringLiteral("--db"), path} + args);
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
