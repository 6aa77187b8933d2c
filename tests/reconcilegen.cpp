#include "reconcilegen.h"

#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace {

constexpr qint64 s_springChangeUtc = 1743296400;            // 2025-03-30 01:00 UTC: Paris goes from 02:00 to 03:00
constexpr qint64 s_autumnChangeUtc = 1761440400;            // 2025-10-26 01:00 UTC: Paris goes from 03:00 back to 02:00
constexpr qint64 s_repeatedFrom = s_autumnChangeUtc - 3600; // local 02:00-03:00 happens twice: UTC 00:00-02:00
constexpr qint64 s_repeatedTo = s_autumnChangeUtc + 3600;
constexpr qint64 s_maxDelay = 120; // how late a provider stamps a sale, at most (late reports aside)
constexpr qint64 s_lateDelay = 26 * 3600;

struct ChannelInfo
{
    const char* id;
    const char* label; // as a French statement writes it
    QList<qint64> prices;
};

const QList<ChannelInfo>& referenceChannels()
{
    static const QList<ChannelInfo> list{
        {"sms", "SMS+ surtaxé", {100, 150, 200, 300, 450}},
        {"internet_plus", "Internet+", {199, 299, 499, 999}},
        {"carrier_billing", "Facture mobile", {199, 299, 499, 999, 1499}},
        {"prepaid_card", "Carte prépayée", {200, 500, 1000}},
        {"wallet", "Porte-monnaie", {100, 300, 500}},
        {"crypto", "Bitcoin", {300, 999, 1999}},
    };
    return list;
}

QString labelOf(const QString& channel)
{
    if (channel == u"audiotel")
        return QStringLiteral("Audiotel 0899");
    for (const ChannelInfo& c : referenceChannels()) {
        if (channel == QLatin1StringView(c.id))
            return QString::fromUtf8(c.label);
    }
    return channel;
}

const QStringList& products()
{
    static const QStringList list{QStringLiteral("Pass VIP 24 h"), QStringLiteral("Horoscope détaillé"),
                                  QStringLiteral("100 gemmes"), QStringLiteral("Tirage de tarot"),
                                  QStringLiteral("Skin « Nébuleuse »")};
    return list;
}

bool inRepeatedHour(qint64 t, const ReconcileGen::Options& o)
{
    return o.avoidRepeatedHour && t >= s_repeatedFrom - s_maxDelay - 60 && t < s_repeatedTo + 60;
}

QString amountText(qint64 minor, QChar mark)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 a = minor < 0 ? -minor : minor;
    return sign + QString::number(a / 100) + mark + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

ReconcileGen::Data ReconcileGen::generate(const Options& o)
{
    Data d;
    QRandomGenerator rng(o.seed);
    for (int i = 0; i < std::max(1, o.providers); ++i)
        d.providers.append(QStringLiteral("gen-") + QChar(u'a' + i));
    // Audiotel belongs to the first provider; the other channels go round the providers.
    QHash<QString, QString> providerOf;
    providerOf.insert(QStringLiteral("audiotel"), d.providers.first());
    for (int i = 0; i < referenceChannels().size(); ++i)
        providerOf.insert(QString::fromLatin1(referenceChannels().at(i).id),
                          d.providers.at((i + 1) % d.providers.size()));

    const qint64 period = qint64(o.days) * 86400;
    const qint64 noRef = o.sales * o.noReferencePercent / 100;
    const qint64 withRef = o.sales - noRef;
    const qint64 k = std::max<qint64>(1, o.sales * o.discrepancyPerMille / 1000);
    const qint64 kNoRef = std::max<qint64>(1, k / 4);
    Truth& truth = d.truth;

    auto addSale = [&](const Row& r) {
        d.sales.push_back(r);
        ++truth.salesRows;
        truth.salesGross += r.gross;
    };
    auto addProvider = [&](const Row& r) {
        d.provider.push_back(r);
        ++truth.providerRows;
        truth.providerGross += r.gross;
    };
    auto saleRow = [&](const Row& r) {
        Row s = r;
        s.net.reset();
        if (!o.salesNameProvider)
            s.provider.clear();
        return s;
    };

    // Rows with a reference: each kind of discrepancy k times, the rest matched.
    std::vector<qint64> order(size_t(std::max<qint64>(0, withRef)));
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng.bounded(quint32(i)))]);
    enum Kind { Plain, MissingAtProvider, MissingInSalesLog, Mismatch, Duplicate, Late };
    std::vector<quint8> kind(order.size(), Plain);
    size_t next = 0;
    for (Kind which : {MissingAtProvider, MissingInSalesLog, Mismatch, Duplicate}) {
        for (qint64 n = 0; n < k && next < order.size(); ++n)
            kind[size_t(order[next++])] = which;
    }
    for (int n = 0; n < o.lateReports && next < order.size(); ++n)
        kind[size_t(order[next++])] = Late;

    for (qint64 i = 0; i < withRef; ++i) {
        const ChannelInfo& ch = referenceChannels().at(int(rng.bounded(quint32(referenceChannels().size()))));
        Row r;
        do {
            r.t = o.startUtc + qint64(rng.bounded(quint32(std::min<qint64>(period, 0xFFFFFFF0))));
        } while (inRepeatedHour(r.t, o) || inRepeatedHour(r.t + s_maxDelay, o));
        // A few rows right on the spring change.
        if (i < 4)
            r.t = s_springChangeUtc - 40 + qint64(i) * 20;
        r.channel = QString::fromLatin1(ch.id);
        r.provider = providerOf.value(r.channel);
        r.reference = o.referencePrefix + r.provider.right(1).toUpper() + u'-' +
                      QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
        r.product = products().at(int(rng.bounded(quint32(products().size()))));
        r.gross = ch.prices.at(int(rng.bounded(quint32(ch.prices.size()))));
        Row p = r;
        p.t = r.t + qint64(rng.bounded(quint32(s_maxDelay + 1)));
        p.net = p.gross * 6 / 10;
        switch (Kind(kind[size_t(i)])) {
        case Plain:
            addSale(saleRow(r));
            addProvider(p);
            ++truth.matchedByReference;
            break;
        case MissingAtProvider:
            addSale(saleRow(r));
            ++truth.missingAtProvider;
            break;
        case MissingInSalesLog:
            addProvider(p);
            ++truth.missingInSalesLog;
            break;
        case Mismatch:
            addSale(saleRow(r));
            p.gross = r.gross > 50 ? r.gross - 50 : r.gross + 50;
            p.net = p.gross * 6 / 10;
            addProvider(p);
            ++truth.amountMismatch;
            break;
        case Duplicate: {
            addSale(saleRow(r));
            addProvider(p);
            ++truth.matchedByReference;
            Row again = p;
            again.t = p.t + 3600 + qint64(rng.bounded(86400u));
            if (inRepeatedHour(again.t, o))
                again.t += 4 * 3600;
            addProvider(again);
            ++truth.duplicatesAtProvider;
            break;
        }
        case Late:
            addSale(saleRow(r));
            p.t = r.t + s_lateDelay;
            if (inRepeatedHour(p.t, o))
                p.t += 4 * 3600;
            addProvider(p);
            ++truth.matchedByReference;
            break;
        }
    }

    // Rows without a reference: audiotel calls billed per minute, so amounts vary. Each amount's calls are spaced
    // out so that only one sale is ever within the window of a provider row.
    if (noRef > 0) {
        const qint64 gap = 2 * o.windowSeconds + 2 * s_maxDelay + 60;
        int groups = 40;
        while (groups < 2000 && period / ((noRef + groups - 1) / groups) < 2 * gap)
            groups *= 2;
        const qint64 perGroup = (noRef + groups - 1) / groups;
        const qint64 spacing = period / std::max<qint64>(1, perGroup);
        qint64 made = 0;
        qint64 missingAt = 0, missingIn = 0, identical = 0;
        for (qint64 slot = 0; slot < perGroup && made < noRef; ++slot) {
            for (int g = 0; g < groups && made < noRef; ++g) {
                Row r;
                r.t = o.startUtc + slot * spacing + qint64(g) * (spacing / groups) +
                      qint64(rng.bounded(quint32(std::max<qint64>(1, spacing / groups - gap))));
                if (r.t >= o.startUtc + period || inRepeatedHour(r.t, o) || inRepeatedHour(r.t + s_maxDelay, o))
                    continue;
                ++made;
                r.channel = QStringLiteral("audiotel");
                r.provider = providerOf.value(r.channel);
                r.product = products().at(g % products().size());
                // 0.80 a minute, by the second: 61 s, 67 s, ... one duration per group.
                const qint64 seconds = 61 + qint64(g) * 6;
                r.gross = (80 * seconds + 30) / 60;
                Row p = r;
                p.t = r.t + qint64(rng.bounded(quint32(s_maxDelay + 1)));
                p.net = p.gross * 55 / 100;
                if (missingAt < kNoRef && slot % 7 == 3) {
                    ++missingAt;
                    addSale(saleRow(r));
                    ++truth.missingAtProvider;
                } else if (missingIn < kNoRef && slot % 7 == 5) {
                    ++missingIn;
                    addProvider(p);
                    ++truth.missingInSalesLog;
                } else if (identical < o.identicalPairs && slot % 5 == 1) {
                    // Two buyers calling within the same second for the same length: two sales, two lines.
                    ++identical;
                    p.t = r.t + 30;
                    addSale(saleRow(r));
                    addSale(saleRow(r));
                    addProvider(p);
                    addProvider(p);
                    truth.matchedFuzzy += 2;
                } else {
                    addSale(saleRow(r));
                    addProvider(p);
                    ++truth.matchedFuzzy;
                }
            }
        }
        // Calls across the DST changes: a minute apart in UTC, an hour apart on the wall clock. Their amounts are
        // used by no other call.
        for (const auto& [at, amount] : {std::pair<qint64, qint64>{s_springChangeUtc - 20, 1234},
                                         std::pair<qint64, qint64>{s_autumnChangeUtc + 3600 + 10, 1235},
                                         std::pair<qint64, qint64>{s_autumnChangeUtc - 3600 - 45, 1236}}) {
            if (at < o.startUtc || at >= o.startUtc + period)
                continue;
            Row r;
            r.t = at;
            r.channel = QStringLiteral("audiotel");
            r.provider = providerOf.value(r.channel);
            r.product = products().first();
            r.gross = amount;
            Row p = r;
            p.t = r.t + 50;
            p.net = p.gross / 2;
            addSale(saleRow(r));
            addProvider(p);
            ++truth.matchedFuzzy;
        }
    }

    std::stable_sort(d.sales.begin(), d.sales.end(), [](const Row& a, const Row& b) { return a.t < b.t; });
    std::stable_sort(d.provider.begin(), d.provider.end(), [](const Row& a, const Row& b) {
        return a.provider != b.provider ? a.provider < b.provider : a.t < b.t;
    });
    return d;
}

Status ReconcileGen::insert(Database& db, const Data& data, const QString& batchTag)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto batch = db.prepare("INSERT INTO import_batches (kind, provider, file_name, file_sha256, profile, "
                            "imported_utc, rows_read, rows_added) VALUES (?, ?, ?, ?, 'generator', 0, ?, ?)");
    auto insert = db.prepare("INSERT INTO transactions (batch_id, kind, provider, channel, reference, row_hash, "
                             "occurred_utc, product, gross_minor, net_minor, fee_minor, currency, line) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)");
    if (!batch || !insert)
        return Status::failure(batch ? insert.error() : batch.error());
    auto newBatch = [&](const QString& kind, const QString& provider, qint64 rows) -> Result<qint64> {
        const QString file = batchTag + u'-' + kind + u'-' + provider;
        batch->bind(1, kind).bind(2, provider).bind(3, file).bind(4, file).bind(5, rows).bind(6, rows);
        if (auto st = batch->run(); !st)
            return Result<qint64>::failure(st.error());
        return db.lastInsertId();
    };
    static qint64 s_hash = 1;
    auto write = [&](qint64 batchId, const QString& kind, const Row& r, qint64 line) {
        insert->bind(1, batchId).bind(2, kind).bind(3, r.provider).bind(4, r.channel).bind(5, r.reference);
        insert->bind(6, s_hash++).bind(7, r.t).bind(8, r.product).bind(9, r.gross).bind(10, r.net);
        insert->bind(11, r.currency).bind(12, line);
        return insert->run();
    };
    auto sales = newBatch(QStringLiteral("sales"), QString(), qint64(data.sales.size()));
    if (!sales)
        return Status::failure(sales.error());
    qint64 line = 1;
    for (const Row& r : data.sales) {
        if (auto st = write(sales.value(), QStringLiteral("sales"), r, ++line); !st)
            return st;
    }
    for (const QString& provider : data.providers) {
        auto b = newBatch(QStringLiteral("provider"), provider, 0);
        if (!b)
            return Status::failure(b.error());
        line = 1;
        for (const Row& r : data.provider) {
            if (r.provider != provider)
                continue;
            if (auto st = write(b.value(), QStringLiteral("provider"), r, ++line); !st)
                return st;
        }
    }
    return tx.commit();
}

QString ReconcileGen::truthJson(const Truth& t)
{
    const QJsonObject o{
        {QStringLiteral("provider_rows"), t.providerRows},
        {QStringLiteral("sales_rows"), t.salesRows},
        {QStringLiteral("matched"), t.matched()},
        {QStringLiteral("matched_by_reference"), t.matchedByReference},
        {QStringLiteral("matched_fuzzy"), t.matchedFuzzy},
        {QStringLiteral("amount_mismatch"), t.amountMismatch},
        {QStringLiteral("missing_at_provider"), t.missingAtProvider},
        {QStringLiteral("missing_in_sales_log"), t.missingInSalesLog},
        {QStringLiteral("duplicates_at_provider"), t.duplicatesAtProvider},
        {QStringLiteral("provider_gross_cents"), t.providerGross},
        {QStringLiteral("sales_gross_cents"), t.salesGross},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status ReconcileGen::writeCsv(const Data& data, const QString& dir, bool localWithOffset)
{
    QDir().mkpath(dir);
    auto save = [&](const QString& name, const QByteArray& bytes) -> Status {
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return Status::failure(QStringLiteral("cannot write %1").arg(f.fileName()));
        return {};
    };

    // The site's own log: UTF-8, ISO 8601 UTC, decimal point.
    {
        QByteArray out;
        out.reserve(qsizetype(data.sales.size() * 72));
        out += "time,reference,channel,product,amount,currency\n";
        for (const Row& r : data.sales) {
            out += QDateTime::fromSecsSinceEpoch(r.t, Qt::UTC).toString(Qt::ISODate).toUtf8();
            out += ',' + r.reference.toUtf8() + ',' + r.channel.toUtf8() + ',' + r.product.toUtf8() + ',';
            out += amountText(r.gross, u'.').toUtf8() + ',' + r.currency.toUtf8() + '\n';
        }
        if (auto st = save(QStringLiteral("sales.csv"), out); !st)
            return st;
        const QByteArray profile = R"({
  "name": "Generated sales log", "kind": "sales", "encoding": "utf-8", "delimiter": ",", "decimal_mark": ".",
  "header": true, "date_format": "iso8601", "timezone": "UTC",
  "columns": {"timestamp": "time", "reference": "reference", "channel": "channel", "product": "product",
              "gross": "amount", "currency": "currency"},
  "default_currency": "EUR"
}
)";
        if (auto st = save(QStringLiteral("sales-profile.json"), profile); !st)
            return st;
    }

    // Each provider's statement: Windows-1252, ';', decimal comma, Paris time, a title block and a total line.
    const QTimeZone paris("Europe/Paris");
    // Every character written is in Latin-1, which Windows-1252 agrees with above 0x9F.
    for (const QString& provider : data.providers) {
        QString text;
        text += QStringLiteral("Relevé des transactions;;;;;;\r\nÉditeur : %1;;;;;;\r\n;;;;;;\r\n").arg(provider);
        text += QStringLiteral("Date;Référence;Moyen de paiement;Libellé;Montant TTC;Reversement;Devise\r\n");
        QByteArray out = text.toLatin1();
        qint64 total = 0;
        for (const Row& r : data.provider) {
            if (r.provider != provider)
                continue;
            const QDateTime local = QDateTime::fromSecsSinceEpoch(r.t, paris);
            out += localWithOffset ? local.toString(Qt::ISODate).toLatin1()
                                   : local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")).toLatin1();
            QByteArray rest = ';' + r.reference.toLatin1() + ';';
            rest += labelOf(r.channel).toLatin1();
            rest += ';' + r.product.toLatin1() + ';' + amountText(r.gross, u',').toLatin1() + ';';
            rest += (r.net ? amountText(*r.net, u',').toLatin1() : QByteArray()) + ';' + r.currency.toLatin1() + "\r\n";
            out += rest;
            total += r.gross;
        }
        out += "Total;;;;" + amountText(total, u',').toLatin1() + ";;\r\n";
        if (auto st = save(QStringLiteral("statement-%1.csv").arg(provider), out); !st)
            return st;
        QJsonObject values;
        values.insert(QStringLiteral("Audiotel 0899"), QStringLiteral("audiotel"));
        for (const ChannelInfo& c : referenceChannels())
            values.insert(QString::fromUtf8(c.label), QString::fromLatin1(c.id));
        const QJsonObject profile{
            {QStringLiteral("name"), QStringLiteral("Generated statement %1").arg(provider)},
            {QStringLiteral("kind"), QStringLiteral("provider")},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("encoding"), QStringLiteral("windows-1252")},
            {QStringLiteral("delimiter"), QStringLiteral(";")},
            {QStringLiteral("decimal_mark"), QStringLiteral(",")},
            {QStringLiteral("skip_lines"), 3},
            {QStringLiteral("header"), true},
            {QStringLiteral("skip_rows"),
             QJsonArray{QJsonObject{{QStringLiteral("column"), QStringLiteral("timestamp")},
                                    {QStringLiteral("matches"), QStringLiteral("^Total")}}}},
            {QStringLiteral("date_format"),
             localWithOffset ? QStringLiteral("iso8601") : QStringLiteral("dd/MM/yyyy HH:mm:ss")},
            {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")},
            {QStringLiteral("columns"), QJsonObject{{QStringLiteral("timestamp"), QStringLiteral("Date")},
                                                    {QStringLiteral("reference"), QStringLiteral("Référence")},
                                                    {QStringLiteral("channel"), QStringLiteral("Moyen de paiement")},
                                                    {QStringLiteral("product"), QStringLiteral("Libellé")},
                                                    {QStringLiteral("gross"), QStringLiteral("Montant TTC")},
                                                    {QStringLiteral("net"), QStringLiteral("Reversement")},
                                                    {QStringLiteral("currency"), QStringLiteral("Devise")}}},
            {QStringLiteral("channel_values"), values},
            {QStringLiteral("default_currency"), QStringLiteral("EUR")},
        };
        if (auto st = save(QStringLiteral("statement-%1.json").arg(provider), QJsonDocument(profile).toJson()); !st)
            return st;
    }
    return save(QStringLiteral("truth.json"), truthJson(data.truth).toUtf8() + '\n');
}
