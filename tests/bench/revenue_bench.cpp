// Builds a database of 10,000,000 transactions (half sales, half provider rows, three years, two sites, two
// currencies), then prints how long the Revenue page takes to get its data after a change of period or filter, and
// how long rebuilding the stored totals takes.
//
//     revenue_bench [--rows N] [--db FILE] [--keep-totals]
//
// With --db, an existing file or a server database (a postgresql:// URI) is reused instead of generated again (and
// no day is added to it); --keep-totals skips
// timing a rebuild.

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
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <sys/resource.h>

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

struct ChannelInfo
{
    const char* id;
    const char* provider;
    int weight;
    qint64 price;
};

constexpr ChannelInfo s_channels[] = {
    {"sms", "micropaie", 30, 300},           {"audiotel", "micropaie", 22, 299},
    {"internet_plus", "micropaie", 14, 450}, {"carrier_billing", "micropaie", 12, 450},
    {"prepaid_card", "prepago", 8, 500},     {"crypto", "btcpay", 3, 999},
    {"wallet", "tirelire", 11, 300}};

struct Sale
{
    qint64 at;
    int channel;
    int product;
    qint64 gross;
    bool chf;
    quint64 ref;
};

// Writes sales as the site's log would, or as a provider's statement (which misses about one sale in 33), in one
// batch, with one prepared statement and without copying the texts bound. Returns the batch id, 0 on failure.
class Writer final
{
public:
    Writer(Database& db, std::vector<Product> products) : m_db(db), m_products(std::move(products))
    {
        // A statement that fails to prepare stays invalid: the writes through it fail.
        const auto prepare = [&db](const char* sql) {
            auto stmt = db.prepare(sql);
            return stmt ? std::move(stmt.value()) : Statement();
        };
        m_batch = prepare("INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, imported_utc, "
                          "rows_read, rows_added) VALUES (?, ?, ?, ?, 'bench', 0, 0, 0)");
        m_insert = prepare("INSERT INTO transactions (batch_id, kind, provider, channel, reference, occurred_utc, "
                           "product, gross_minor, net_minor, currency, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_count = prepare("UPDATE import_batches SET rows_read = ?, rows_added = ? WHERE id = ?");
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    std::vector<Sale> sales(QDate first, QDate end, qint64 perDay, std::mt19937_64& rng) const
    {
        static std::vector<int> pick;
        if (pick.empty()) {
            for (int c = 0; c < 7; ++c)
                pick.insert(pick.end(), size_t(s_channels[c].weight), c);
        }
        const QTimeZone paris("Europe/Paris");
        std::vector<Sale> sales;
        for (QDate day = first; day < end; day = day.addDays(1)) {
            const qint64 start = day.startOfDay(paris).toSecsSinceEpoch();
            const qint64 length = day.addDays(1).startOfDay(paris).toSecsSinceEpoch() - start;
            for (qint64 i = 0; i < perDay; ++i) {
                Sale s;
                s.at = start + qint64(rng() % quint64(length));
                s.channel = pick[rng() % pick.size()];
                s.product = int(rng() % m_products.size());
                s.gross = s_channels[s.channel].price + qint64(rng() % 3) * 100;
                s.chf = m_products[size_t(s.product)].site == 2 && rng() % 4 == 0;
                s.ref = rng();
                sales.push_back(s);
            }
        }
        std::sort(sales.begin(), sales.end(), [](const Sale& a, const Sale& b) { return a.at < b.at; });
        return sales;
    }

    qint64 write(const std::vector<Sale>& sales, bool provider, const QString& name)
    {
        const QByteArray file = name.toUtf8();
        const QByteArray hash = file + QByteArray::number(++m_serial);
        m_batch.bindStatic(1, provider ? "provider" : "sales");
        m_batch.bindStatic(2, provider ? "micropaie" : "");
        m_batch.bind(3, std::string_view(file.constData(), size_t(file.size())));
        m_batch.bind(4, std::string_view(hash.constData(), size_t(hash.size())));
        if (!m_batch.run())
            return 0;
        const qint64 batchId = m_db.lastInsertId();
        qint64 line = 0;
        char reference[32];
        for (const Sale& s : sales) {
            if (provider && s.ref % 33 == 0)
                continue;
            const ChannelInfo& c = s_channels[s.channel];
            const bool audiotel = s.channel == 1;
            const int length =
                audiotel ? 0
                         : snprintf(reference, sizeof reference, "R%016llx", static_cast<unsigned long long>(s.ref));
            m_insert.bind(1, batchId);
            m_insert.bindStatic(2, provider ? "provider" : "sales");
            m_insert.bindStatic(3, provider ? c.provider : "");
            m_insert.bindStatic(4, c.id);
            m_insert.bindStatic(5, std::string_view(reference, size_t(length)));
            m_insert.bind(6, s.at + (provider ? 5 : 0));
            m_insert.bindStatic(7, m_products[size_t(s.product)].name);
            m_insert.bind(8, s.gross);
            if (provider)
                m_insert.bind(9, s.gross * 6 / 10);
            else
                m_insert.bindNull(9);
            m_insert.bindStatic(10, s.chf ? "CHF" : "EUR");
            m_insert.bind(11, ++line);
            if (!m_insert.run())
                return 0;
        }
        m_count.bind(1, line).bind(2, line).bind(3, batchId);
        (void)m_count.run();
        m_written += line;
        return batchId;
    }
    qint64 written() const { return m_written; }

private:
    Database& m_db;
    std::vector<Product> m_products;
    Statement m_batch;
    Statement m_insert;
    Statement m_count;
    qint64 m_serial = 0;
    qint64 m_written = 0;
};

std::vector<Product> products(Database& db)
{
    std::vector<Product> list;
    auto stmt = db.prepare("SELECT name, site_id FROM products ORDER BY id");
    while (stmt && stmt->next().value_or(false))
        list.push_back({stmt->text(0).toStdString(), int(stmt->int64(1))});
    return list;
}

const QDate s_first(2023, 1, 1);
const QDate s_last(2025, 12, 31);

qint64 salesPerDay(qint64 rows)
{
    // Providers report 32 sales in 33, so sales and provider rows come to `rows`.
    return rows * 33 / 65 / (s_first.daysTo(s_last) + 1);
}

// Three years, a sales log and a statement a month, in one transaction each.
bool generate(Database& db, qint64 rows)
{
    if (auto st = RevenueAggregates::setTimeZone(db, QTimeZone("Europe/Paris")); !st)
        return false;
    // The demo catalog: two sites, eight products, price points on every channel.
    if (!DemoData::create(db, s_last).ok())
        return false;
    if (!db.exec("DELETE FROM transactions; DELETE FROM import_batches;").ok())
        return false;
    (void)db.exec("PRAGMA synchronous = OFF");
    Writer writer(db, products(db));
    std::mt19937_64 rng(20260101);
    for (QDate month = s_first; month <= s_last; month = month.addMonths(1)) {
        const std::vector<Sale> sales = writer.sales(month, month.addMonths(1), salesPerDay(rows), rng);
        const QString tag = month.toString(QStringLiteral("yyyy-MM"));
        (void)db.exec("BEGIN");
        if (writer.write(sales, false, QStringLiteral("sales-") + tag) == 0 ||
            writer.write(sales, true, QStringLiteral("releve-") + tag) == 0)
            return false;
        (void)db.exec("COMMIT");
        out() << "\r  generated " << writer.written() << " rows" << Qt::flush;
    }
    (void)db.exec("PRAGMA synchronous = NORMAL");
    out() << Qt::endl;
    return true;
}

// CPU seconds used by the process so far: unlike wall time, not inflated by other work on the machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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
    // A server database (a postgresql:// URI) is always one to reuse.
    const bool reuse = QFile::exists(path) || Database::isServerLocation(path);
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

    QLoggingCategory::setFilterRules(QStringLiteral("obole.revenue.debug=true"));
    timer.start();
    const double cpuBefore = cpuSeconds();
    if (auto st = parser.isSet(keepTotals) ? RevenueAggregates::refresh(db) : RevenueAggregates::rebuild(db); !st) {
        out() << st.error() << Qt::endl;
        return 1;
    }
    rusage peak{};
    getrusage(RUSAGE_SELF, &peak);
    out() << "Peak memory so far: " << peak.ru_maxrss / 1024 << " MiB" << Qt::endl;
    out() << "Rebuild of the stored totals: " << timer.elapsed() << " ms, " << (cpuSeconds() - cpuBefore) * 1000
          << " ms of CPU (hourly rows " << count(db, "SELECT count(*) FROM revenue_hourly") << ", daily rows "
          << count(db, "SELECT count(*) FROM revenue_daily") << ", product rows "
          << count(db, "SELECT count(*) FROM revenue_daily_products") << ")" << Qt::endl;

    QLoggingCategory::setFilterRules(QString());
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

    // As the page's worker does it: its own connection, the check that the totals are current, the figures.
    {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            auto worker = Database::open(path);
            auto data = worker ? RevenueQuery::run(*worker.value(), cases[0].request)
                               : Result<RevenueData>::failure(worker.error());
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (!data) {
                out() << data.error() << Qt::endl;
                return 1;
            }
        }
        out() << "  " << QStringLiteral("year by day, on a new connection").leftJustified(40)
              << QString::number(median(times), 'f', 1) << " ms" << Qt::endl;
    }

    // A morning's imports: yesterday's sales log, then a statement, each folded in by the importer's hook.
    if (!parser.isSet(dbOption)) {
        Writer writer(db, products(db));
        std::mt19937_64 rng(7);
        const QDate day = s_last.addDays(1);
        const std::vector<Sale> sales = writer.sales(day, day.addDays(1), salesPerDay(rows), rng);
        for (bool provider : {false, true}) {
            Transaction tx(db);
            writer.write(sales, provider, provider ? QStringLiteral("releve-day") : QStringLiteral("sales-day"));
            timer.start();
            const double cpu = cpuSeconds();
            const Status st = RevenueAggregates::rowsAdded(db);
            const qint64 elapsed = timer.elapsed();
            if (!st || !tx.commit()) {
                out() << st.error() << Qt::endl;
                return 1;
            }
            out() << "Folding in a day's " << (provider ? "statement" : "sales log") << " ("
                  << count(db, "SELECT rows_added FROM import_batches ORDER BY id DESC LIMIT 1")
                  << " rows) at import: " << elapsed << " ms, " << (cpuSeconds() - cpu) * 1000
                  << " ms of CPU; current: " << (RevenueAggregates::isCurrent(db).value_or(false) ? "yes" : "no")
                  << Qt::endl;
        }
        // A VAT rate changed in the catalog: the sales are valued again, their confirmation kept.
        (void)db.exec("UPDATE products SET vat_rate_bp = 550 WHERE id = 1");
        timer.start();
        const double cpu = cpuSeconds();
        if (auto st = RevenueAggregates::refresh(db); !st) {
            out() << st.error() << Qt::endl;
            return 1;
        }
        out() << "Valuing the sales again after a VAT rate changed: " << timer.elapsed() << " ms, "
              << (cpuSeconds() - cpu) * 1000 << " ms of CPU" << Qt::endl;
        timer.start();
        auto data = RevenueQuery::run(db, request(QDate(2025, 1, 2), day, RevenueBucket::Day));
        out() << "  then " << QStringLiteral("the year by day").leftJustified(35) << timer.elapsed() << " ms"
              << Qt::endl;
    }
    return 0;
}
