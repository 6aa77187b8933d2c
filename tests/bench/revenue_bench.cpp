// Builds a database of 10,000,000 transactions (half sales, half provider rows, three years, two sites, two
// currencies), then prints how long the Revenue page takes to get its data after a change of period or filter, and
// how long rebuilding the stored totals takes.
//
//     revenue_bench [--rows N] [--db FILE] [--keep-totals]
//
// With --db, an existing file is reused instead of generated again; --keep-totals skips timing a rebuild.

#include "catalog/catalogstore.h"
#include "demo/demodata.h"
#include "revenue/revenueaggregates.h"
#include "revenue/revenueperiod.h"
#include "revenue/revenuequery.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <random>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 count(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    return stmt && stmt->next().value_or(false) ? stmt->int64(0) : -1;
}

struct Product
{
    std::string name;
    int site;
};

// Bulk insert on the raw handle: one transaction per monthly file, one prepared statement.
bool generate(Database& db, qint64 rows)
{
    const QTimeZone paris("Europe/Paris");
    if (auto st = RevenueAggregates::setTimeZone(db, paris); !st)
        return false;
    // The demo catalog: two sites, eight products, price points on every channel.
    if (!DemoData::create(db, QDate(2025, 12, 31)).ok())
        return false;
    if (!db.exec("DELETE FROM transactions; DELETE FROM import_batches;").ok())
        return false;
    std::vector<Product> products;
    {
        auto stmt = db.prepare("SELECT name, site_id FROM products ORDER BY id");
        while (stmt && stmt->next().value_or(false))
            products.push_back({stmt->text(0).toStdString(), int(stmt->int64(1))});
    }
    (void)db.exec("PRAGMA synchronous = OFF");

    struct ChannelInfo
    {
        const char* id;
        const char* provider;
        int weight;
        qint64 price;
    };
    const ChannelInfo channels[] = {{"sms", "micropaie", 30, 300},         {"audiotel", "micropaie", 22, 299},
                                    {"internet_plus", "micropaie", 14, 450}, {"carrier_billing", "micropaie", 12, 450},
                                    {"prepaid_card", "prepago", 8, 500},     {"crypto", "btcpay", 3, 999},
                                    {"wallet", "tirelire", 11, 300}};
    std::vector<int> pick;
    for (int c = 0; c < 7; ++c)
        pick.insert(pick.end(), size_t(channels[c].weight), c);

    const QDate first(2023, 1, 1);
    const QDate last(2025, 12, 31);
    const qint64 days = first.daysTo(last) + 1;
    // Providers report 32 sales in 33, so sales + provider rows come to `rows`.
    const qint64 salesPerDay = rows * 33 / 65 / days;
    std::mt19937_64 rng(20260101);

    sqlite3* h = db.handle();
    sqlite3_stmt* batch = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, imported_utc, "
                       "rows_read, rows_added) VALUES (?, ?, ?, ?, 'bench', 0, 0, 0)",
                       -1, &batch, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO transactions (batch_id, kind, provider, channel, reference, occurred_utc, product, "
                       "gross_minor, net_minor, currency, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    if (!batch || !insert)
        return false;

    qint64 written = 0;
    qint64 serial = 0;
    char reference[32];
    auto newBatch = [&](const char* kind, const char* provider, const QString& name) {
        const QByteArray file = name.toUtf8();
        const QByteArray hash = QByteArray::number(qint64(rng()), 16) + QByteArray::number(serial++);
        sqlite3_bind_text(batch, 1, kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(batch, 2, provider, -1, SQLITE_STATIC);
        sqlite3_bind_text(batch, 3, file.constData(), int(file.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(batch, 4, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
        sqlite3_step(batch);
        sqlite3_reset(batch);
        return sqlite3_last_insert_rowid(h);
    };
    struct Sale
    {
        qint64 at;
        int channel;
        int product;
        qint64 gross;
        bool chf;
        quint64 ref;
    };
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        std::vector<Sale> sales;
        const QDate end = month.addMonths(1);
        for (QDate day = month; day < end; day = day.addDays(1)) {
            const qint64 start = day.startOfDay(paris).toSecsSinceEpoch();
            const qint64 length = day.addDays(1).startOfDay(paris).toSecsSinceEpoch() - start;
            for (qint64 i = 0; i < salesPerDay; ++i) {
                Sale s;
                s.at = start + qint64(rng() % quint64(length));
                s.channel = pick[rng() % pick.size()];
                s.product = int(rng() % products.size());
                s.gross = channels[s.channel].price + qint64(rng() % 3) * 100;
                s.chf = products[size_t(s.product)].site == 2 && rng() % 4 == 0;
                s.ref = rng();
                sales.push_back(s);
            }
        }
        std::sort(sales.begin(), sales.end(), [](const Sale& a, const Sale& b) { return a.at < b.at; });
        sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
        const QString tag = month.toString(QStringLiteral("yyyy-MM"));
        for (int kind = 0; kind < 2; ++kind) {
            const bool provider = kind == 1;
            const qint64 batchId = newBatch(provider ? "provider" : "sales", provider ? "micropaie" : "",
                                            (provider ? QStringLiteral("releve-") : QStringLiteral("sales-")) + tag);
            qint64 line = 0;
            for (const Sale& s : sales) {
                // Providers miss about 3 % of the sales.
                if (provider && s.ref % 33 == 0)
                    continue;
                const ChannelInfo& c = channels[s.channel];
                const bool audiotel = s.channel == 1;
                const int length = audiotel ? 0 : snprintf(reference, sizeof reference, "R%016llx",
                                                           static_cast<unsigned long long>(s.ref));
                sqlite3_bind_int64(insert, 1, batchId);
                sqlite3_bind_text(insert, 2, provider ? "provider" : "sales", -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 3, provider ? c.provider : "", -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 4, c.id, -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 5, reference, length, SQLITE_STATIC);
                sqlite3_bind_int64(insert, 6, s.at + (provider ? 5 : 0));
                const std::string& product = products[size_t(s.product)].name;
                sqlite3_bind_text(insert, 7, product.data(), int(product.size()), SQLITE_STATIC);
                sqlite3_bind_int64(insert, 8, s.gross);
                if (provider)
                    sqlite3_bind_int64(insert, 9, s.gross * 6 / 10);
                else
                    sqlite3_bind_null(insert, 9);
                sqlite3_bind_text(insert, 10, s.chf ? "CHF" : "EUR", 3, SQLITE_STATIC);
                sqlite3_bind_int64(insert, 11, ++line);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    return false;
                sqlite3_reset(insert);
                ++written;
            }
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        out() << "\r  generated " << written << " rows" << Qt::flush;
    }
    sqlite3_finalize(batch);
    sqlite3_finalize(insert);
    (void)db.exec("UPDATE import_batches SET rows_added = (SELECT count(*) FROM transactions t WHERE t.batch_id = "
                  "import_batches.id), rows_read = rows_added");
    out() << Qt::endl;
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Transactions to generate."),
                                        QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file (reused if present)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption keepTotals(QStringLiteral("keep-totals"),
                                        QStringLiteral("Do not time a rebuild of the stored totals."));
    parser.addOptions({rowsOption, dbOption, keepTotals});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("revenue-bench.sqlite"));
    const bool reuse = QFile::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    Database& db = *opened.value();
    QElapsedTimer timer;
    if (!reuse) {
        out() << "Generating " << rows << " transactions into " << QDir::toNativeSeparators(path) << Qt::endl;
        timer.start();
        if (!generate(db, rows)) {
            out() << "generation failed: " << db.lastError() << Qt::endl;
            return 1;
        }
        out() << "  done in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out() << "Transactions: " << count(db, "SELECT count(*) FROM transactions") << " ("
          << count(db, "SELECT count(*) FROM transactions WHERE kind = 'sales'") << " sales)" << Qt::endl;

    timer.start();
    if (auto st = parser.isSet(keepTotals) ? RevenueAggregates::refresh(db) : RevenueAggregates::rebuild(db); !st) {
        out() << st.error() << Qt::endl;
        return 1;
    }
    out() << "Rebuild of the stored totals: " << timer.elapsed() << " ms (hourly rows "
          << count(db, "SELECT count(*) FROM revenue_hourly") << ", daily rows "
          << count(db, "SELECT count(*) FROM revenue_daily") << ", product rows "
          << count(db, "SELECT count(*) FROM revenue_daily_products") << ")" << Qt::endl;

    std::vector<double> checks;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        if (!RevenueAggregates::isCurrent(db).value_or(false)) {
            out() << "totals unexpectedly out of date" << Qt::endl;
            return 1;
        }
        checks.push_back(timer.nsecsElapsed() / 1e6);
    }
    out() << "Check that the totals are current: " << median(checks) << " ms" << Qt::endl;

    struct Case
    {
        const char* name;
        RevenueRequest request;
    };
    auto request = [](QDate from, QDate to, RevenueBucket bucket, std::optional<qint64> site = {},
                      bool confirmed = false) {
        RevenueRequest r;
        r.from = from;
        r.to = to;
        r.bucket = bucket;
        r.siteId = site;
        r.confirmedOnly = confirmed;
        return r;
    };
    const QDate today(2025, 12, 31);
    const QDate yearStart(2025, 1, 1);
    const Case cases[] = {
        {"year by day, all sites, all sales", request(yearStart, today, RevenueBucket::Day)},
        {"year by day, site 1", request(yearStart, today, RevenueBucket::Day, 1)},
        {"year by day, confirmed only", request(yearStart, today, RevenueBucket::Day, {}, true)},
        {"year by day, site 2, confirmed only", request(yearStart, today, RevenueBucket::Day, 2, true)},
        {"year by week", request(yearStart, today, RevenueBucket::Week)},
        {"year by month", request(yearStart, today, RevenueBucket::Month)},
        {"three years by month", request(QDate(2023, 1, 1), today, RevenueBucket::Month)},
        {"last 30 days by day", request(today.addDays(-29), today, RevenueBucket::Day)},
        {"this quarter by day", request(QDate(2025, 10, 1), today, RevenueBucket::Day)},
        {"today by hour", request(today, today, RevenueBucket::Hour)},
        {"last 7 days by hour", request(today.addDays(-6), today, RevenueBucket::Hour)},
    };
    out() << "Recomputing the page's data (median of 7, totals current):" << Qt::endl;
    for (const Case& c : cases) {
        std::vector<double> times;
        qint64 gross = 0;
        for (int i = 0; i < 7; ++i) {
            timer.start();
            auto data = RevenueQuery::run(db, c.request);
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (!data) {
                out() << data.error() << Qt::endl;
                return 1;
            }
            gross = data->currencies.isEmpty() ? 0 : data->currencies.constFirst().total.gross;
        }
        out() << "  " << QString::fromLatin1(c.name).leftJustified(40) << QString::number(median(times), 'f', 1)
              << " ms   (" << Qt::flush;
        out() << "first currency gross " << gross / 100 << ")" << Qt::endl;
    }
    return 0;
}
