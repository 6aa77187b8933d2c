#include "demodata.h"

#include "catalog/catalogstore.h"
#include "catalog/rulechecker.h"
#include "core/spreadsheettext.h"
#include "importing/importer.h"
#include "importing/profileregistry.h"
#include "money/money.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>

namespace {

struct Sale
{
    qint64 at = 0;
    QString provider;
    Channel channel = Channel::Sms;
    QString reference;
    QString product;
    qint64 gross = 0;
    qint64 net = 0;
    QString currency;
};

PricePoint point(qint64 id, qint64 product, Channel channel, qint64 provider, qint64 price, qint64 shareBp)
{
    PricePoint p;
    p.id = id;
    p.productId = product;
    p.channel = channel;
    p.providerId = provider;
    p.priceMinor = price;
    p.payoutKind = PayoutKind::Share;
    p.payoutValue = shareBp;
    return p;
}

Catalog demoCatalog(const QList<ChannelRule>& rules, qint64 createdUtc)
{
    Catalog c;
    c.rules = rules;
    c.sites = {{1, QStringLiteral("Voyance Étoilée"), QStringLiteral("https://voyance-etoilee.example"), createdUtc},
               {2, QStringLiteral("Pixel Arène"), QStringLiteral("https://pixel-arene.example"), createdUtc}};
    auto product = [](qint64 id, qint64 site, const char* name, const char* description) {
        Product p;
        p.id = id;
        p.siteId = site;
        p.name = QString::fromUtf8(name);
        p.description = QString::fromUtf8(description);
        return p;
    };
    c.products = {
        product(1, 1, "Horoscope détaillé du mois", "Premium article, read once"),
        product(2, 1, "Pass VIP 24 h", "All premium articles for 24 hours"),
        product(3, 1, "Tirage de tarot personnalisé", "One personalised reading"),
        product(4, 1, "Pack 5 questions", "Five questions to a reader"),
        product(5, 2, "100 gemmes", "In-game currency"),
        product(6, 2, "500 gemmes", "In-game currency, bigger pack"),
        product(7, 2, "Pass saison 30 jours", "Season pass for 30 days"),
        product(8, 2, "Skin exclusif « Nébuleuse »", "Cosmetic item"),
    };
    c.providers = {
        {1,
         QStringLiteral("micropaie"),
         QStringLiteral("Micropaie"),
         {Channel::Audiotel, Channel::Sms, Channel::InternetPlus, Channel::CarrierBilling},
         5000,
         QStringLiteral("EUR"),
         45,
         5},
        {2,
         QStringLiteral("prepago"),
         QStringLiteral("Prépago"),
         {Channel::PrepaidCard},
         2000,
         QStringLiteral("EUR"),
         30,
         1},
        {3,
         QStringLiteral("btcpay"),
         QStringLiteral("BTCPay Server"),
         {Channel::Crypto},
         0,
         QStringLiteral("EUR"),
         0,
         1},
        {4,
         QStringLiteral("tirelire"),
         QStringLiteral("Tirelire"),
         {Channel::Wallet},
         1000,
         QStringLiteral("EUR"),
         15,
         1},
    };

    qint64 id = 0;
    auto add = [&c](PricePoint p) { c.pricePoints.append(p); };
    for (qint64 prod = 1; prod <= 8; ++prod) {
        const bool timed = prod == 2 || prod == 7;
        const qint64 base = QList<qint64>{150, 299, 450, 999, 100, 450, 1499, 300}.at(prod - 1);
        QList<PricePoint> points;

        PricePoint sms = point(++id, prod, Channel::Sms, 1, 0, 6000);
        // The short code's first digit sets the tier: 7xxxx for up to 1 euro, 8xxxx above.
        sms.priceMinor = base <= 100 ? 100 : qMin<qint64>(450, (base / 50) * 50);
        sms.serviceNumber = base <= 100 ? QStringLiteral("71010") : QStringLiteral("81234");
        sms.keyword = prod <= 4 ? QStringLiteral("ETOILE") : QStringLiteral("PIXEL");
        points.append(sms);

        PricePoint call = point(++id, prod, Channel::Audiotel, 1, 0, 5500);
        if (prod % 2 == 0) {
            call.billing = Billing::PerMinute;
            call.priceMinor = 80;
            call.expectedSeconds = 240;
            call.serviceNumber = QStringLiteral("0899 70 12 34");
        } else {
            call.billing = Billing::PerCall;
            call.priceMinor = 299;
            call.serviceNumber = QStringLiteral("0899 65 43 21");
        }
        points.append(call);

        PricePoint isp = point(++id, prod, Channel::InternetPlus, 1, base <= 100 ? 199 : base, 8000);
        isp.operators = {QStringLiteral("Orange"), QStringLiteral("SFR"), QStringLiteral("Bouygues Telecom"),
                         QStringLiteral("Free")};
        points.append(isp);

        PricePoint mobile = point(++id, prod, Channel::CarrierBilling, 1, base <= 100 ? 199 : base, 7500);
        mobile.operators = {QStringLiteral("Orange"), QStringLiteral("SFR"), QStringLiteral("Bouygues Telecom")};
        points.append(mobile);

        PricePoint card = point(++id, prod, Channel::PrepaidCard, 2, qMax<qint64>(base, 200), 8500);
        card.brand = QStringLiteral("paysafecard");
        card.minMinor = 100;
        card.maxMinor = 5000;
        points.append(card);

        PricePoint btc = point(++id, prod, Channel::Crypto, 3, qMax<qint64>(base, 300), 9900);
        btc.invoiceCurrency = QStringLiteral("BTC");
        btc.invoiceExpiryMinutes = 15;
        points.append(btc);

        PricePoint wallet = point(++id, prod, Channel::Wallet, 4, qMin<qint64>(base, 500), 9000);
        wallet.topUps = {500, 1000, 2000};
        points.append(wallet);

        for (PricePoint& p : points) {
            if (timed) {
                p.accessKind = AccessKind::Duration;
                p.accessSeconds = prod == 2 ? 24 * 3600 : 30 * 24 * 3600;
            }
            add(p);
        }
    }
    return c;
}

QString hex(QRandomGenerator& rng, int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char& ch : b)
        ch = char(rng.bounded(256));
    return QString::fromLatin1(b.toHex());
}

} // namespace

Result<DemoData::Summary> DemoData::create(Database& db, QDate lastDay, quint32 seed)
{
    using R = Result<Summary>;
    CatalogStore store(db);
    auto existing = store.load();
    if (!existing)
        return R::failure(existing.error());
    if (!existing->sites.isEmpty() || !existing->products.isEmpty())
        return R::failure(tr("The database already holds a catalog; demo data goes into a new database only."));

    const QTimeZone paris("Europe/Paris");
    const QDate firstDay = lastDay.addDays(-89);
    const qint64 createdUtc = QDateTime(firstDay.addDays(-30), QTime(9, 0), paris).toSecsSinceEpoch();
    const Catalog catalog = demoCatalog(existing->rules, createdUtc);

    // Every demo price point respects the rules of its channel: the demo shows what a correct catalog looks like.
    const RuleChecker checker(catalog.rules);
    for (const PricePoint& p : catalog.pricePoints) {
        const auto verdict = checker.check(p, lastDay);
        if (!verdict.ok)
            return R::failure(QStringLiteral("demo price point %1 breaks a rule: %2")
                                  .arg(p.id)
                                  .arg(verdict.findings.constLast().message));
    }

    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (auto st = store.replace(catalog); !st)
        return R::failure(st.error());

    QRandomGenerator rng(seed);
    QList<Sale> sales;
    QHash<qint64, QString> productNames;
    for (const Product& p : catalog.products)
        productNames.insert(p.id, p.name);
    QHash<qint64, QString> providerCodes;
    for (const Provider& p : catalog.providers)
        providerCodes.insert(p.id, p.code);

    // Popularity per channel: SMS and phone codes dominate this kind of site, crypto is rare.
    const QHash<Channel, int> weight{
        {Channel::Sms, 30},        {Channel::Audiotel, 22}, {Channel::InternetPlus, 14}, {Channel::CarrierBilling, 12},
        {Channel::PrepaidCard, 8}, {Channel::Crypto, 3},    {Channel::Wallet, 11}};
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int weekendBoost = day.dayOfWeek() >= 6 ? 3 : 2;
        for (const PricePoint& p : catalog.pricePoints) {
            const int expected = weight.value(p.channel) * weekendBoost;
            // About expected/10 sales a day, so even the rarest channel sells now and then.
            const int count = int(rng.bounded(expected + 1) + rng.bounded(10)) / 10;
            for (int i = 0; i < count; ++i) {
                // Evenings are busier.
                const int hour = rng.bounded(100) < 60 ? 18 + int(rng.bounded(6)) : 8 + int(rng.bounded(10));
                const QDateTime local(day, QTime(hour, int(rng.bounded(60)), int(rng.bounded(60))), paris);
                Sale s;
                s.at = local.toSecsSinceEpoch();
                s.provider = providerCodes.value(p.providerId);
                s.channel = p.channel;
                s.reference =
                    p.channel == Channel::Audiotel ? QString() : s.provider.left(3).toUpper() + u'-' + hex(rng, 6);
                s.product = productNames.value(p.productId);
                s.gross = p.buyerChargeMinor();
                if (p.billing == Billing::PerMinute) {
                    // Calls last what they last: between 1 and 8 minutes, charged by the second.
                    const int seconds = 60 + int(rng.bounded(420));
                    s.gross = (p.priceMinor * seconds + 30) / 60;
                }
                PricePoint charged = p;
                charged.billing = Billing::OneOff;
                charged.priceMinor = s.gross;
                s.net = charged.payoutMinor();
                s.currency = p.currency;
                sales.append(s);
            }
        }
    }
    std::sort(sales.begin(), sales.end(), [](const Sale& a, const Sale& b) { return a.at < b.at; });

    // The demonstration is imported like any file: a sales log in the format the snippets write, and one statement
    // per provider and month in the generic statement format, so its rows carry identities and packed blocks.
    // The morning after the last day, or now if that morning has not come yet: an import is never in the future.
    const qint64 importedUtc = std::min(QDateTime(lastDay.addDays(1), QTime(7, 30), paris).toSecsSinceEpoch(),
                                        QDateTime::currentSecsSinceEpoch() / 60 * 60);
    auto profileNamed = [](const char* name) -> Result<ImportProfile> {
        auto entry = ProfileRegistry::find(QString::fromLatin1(name));
        if (!entry)
            return Result<ImportProfile>::failure(entry.error());
        return entry->profile;
    };
    auto salesProfile = profileNamed("obole-sales-log");
    auto statementProfile = profileNamed("generic-provider");
    if (!salesProfile || !statementProfile)
        return R::failure(salesProfile ? statementProfile.error() : salesProfile.error());
    statementProfile->column(ImportProfile::Field::Fee).header = QStringLiteral("fee");
    auto import = [&](const ImportProfile& profile, const QString& file, const QByteArray& text) -> Status {
        ImportOptions options;
        options.importedUtc = importedUtc;
        auto imported = Importer::importData(db, profile, text, file, options);
        return imported ? Status() : Status::failure(imported.error());
    };
    auto utc = [](qint64 at) {
        return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
    };
    auto amount = [](qint64 minor, const QString& currency) { return Money(minor, currency).toPlainString().toUtf8(); };
    auto cell = [](const QString& text) { return SpreadsheetText::csvField(text).toUtf8(); };

    Summary summary;
    summary.sites = int(catalog.sites.size());
    summary.products = int(catalog.products.size());
    summary.pricePoints = int(catalog.pricePoints.size());

    // The site's own log: every sale but one that the site failed to log (the provider still reports it).
    QByteArray log = "timestamp,reference,product,channel,provider,gross,currency\n";
    const int notLogged = int(sales.size() / 3);
    for (int i = 0; i < sales.size(); ++i) {
        if (i == notLogged)
            continue;
        const Sale& s = sales.at(i);
        log += utc(s.at) + ',' + cell(s.reference) + ',' + cell(s.product) + ',' + Channels::id(s.channel).toUtf8() +
               ',' + cell(s.provider) + ',' + amount(s.gross, s.currency) + ',' + s.currency.toUtf8() + '\n';
        ++summary.salesRows;
    }
    if (auto st = import(salesProfile.value(), QStringLiteral("obole-sales.log"), log); !st)
        return R::failure(st.error());

    // Provider statements, one per provider per month, with the usual slips: a sale never reported, a line
    // reported twice, a wrong amount, and a sale reported a day late.
    QMap<QString, QByteArray> statements; // by provider and month, in the order of their files' names
    QHash<QString, QString> statementProvider;
    const int missing = int(sales.size() / 5);
    // The line reported twice repeats a reference (a line without one would be the same line, imported once): the
    // first sale with one from the middle on, whatever the day the demo is made.
    int doubled = int(sales.size() / 2);
    while (doubled + 1 < int(sales.size()) && sales.at(doubled).reference.isEmpty())
        ++doubled;
    const int wrongAmount = int(sales.size() * 2 / 3);
    const int late = int(sales.size() * 4 / 5);
    for (int i = 0; i < sales.size(); ++i) {
        if (i == missing)
            continue;
        Sale s = sales.at(i);
        const QDate day = QDateTime::fromSecsSinceEpoch(s.at, paris).date();
        const QString key = s.provider + day.toString(QStringLiteral("-yyyy-MM"));
        QByteArray& text = statements[key];
        if (text.isEmpty()) {
            text = "date,reference,channel,product,gross,net,fee,currency\n";
            statementProvider.insert(key, s.provider);
        }
        s.at += 2 + qint64(rng.bounded(40)); // the provider stamps its own clock
        if (i == wrongAmount) {
            s.gross -= 50;
            s.net = s.gross / 2;
        }
        if (i == late)
            s.at += 26 * 3600;
        const QByteArray line = utc(s.at) + ',' + cell(s.reference) + ',' + Channels::id(s.channel).toUtf8() + ',' +
                                cell(s.product) + ',' + amount(s.gross, s.currency) + ',' + amount(s.net, s.currency) +
                                ',' + amount(s.gross - s.net, s.currency) + ',' + s.currency.toUtf8() + '\n';
        text += line;
        ++summary.providerRows;
        if (i == doubled) {
            text += line;
            ++summary.providerRows;
        }
    }
    for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
        ImportProfile profile = statementProfile.value();
        profile.provider = statementProvider.value(it.key());
        if (auto st = import(profile, QStringLiteral("releve-%1.csv").arg(it.key()), it.value()); !st)
            return R::failure(st.error());
    }

    // Payouts: each provider pays the net of a month's statement after its payout delay, once that day has come,
    // as a bank transfer. A month that owes less than the provider's minimum waits for the next.
    QMap<QString, qint64> owedByMonth; // provider-yyyy-MM -> net of its statement lines
    QHash<QString, QString> currencyOf;
    for (int i = 0; i < sales.size(); ++i) {
        if (i == missing)
            continue;
        const Sale& s = sales.at(i);
        const QString key =
            s.provider + QDateTime::fromSecsSinceEpoch(s.at, paris).date().toString(QStringLiteral("-yyyy-MM"));
        qint64 net = s.net;
        if (i == wrongAmount)
            net = (s.gross - 50) / 2;
        owedByMonth[key] += net * (i == doubled && !s.reference.isEmpty() ? 2 : 1);
        currencyOf.insert(s.provider, s.currency);
    }
    QHash<QString, const Provider*> providerByCode;
    for (const Provider& p : catalog.providers)
        providerByCode.insert(p.code, &p);
    QMap<QString, QByteArray> payoutFiles; // by provider
    QHash<QString, qint64> carried;
    for (auto it = owedByMonth.cbegin(); it != owedByMonth.cend(); ++it) {
        const QString code = it.key().section(u'-', 0, -3);
        const Provider* provider = providerByCode.value(code);
        if (!provider)
            continue;
        const QDate month = QDate::fromString(it.key().right(7), QStringLiteral("yyyy-MM"));
        const QDate due = month.addMonths(1).addDays(provider->payoutDelayDays - 1);
        if (due > lastDay)
            continue;
        const qint64 paid = carried.value(code) + it.value();
        if (paid < provider->minPayoutMinor) {
            carried[code] = paid;
            continue;
        }
        carried[code] = 0;
        QByteArray& text = payoutFiles[code];
        if (text.isEmpty())
            text = "date,reference,gross,currency\n";
        const QString currency = currencyOf.value(code, QStringLiteral("EUR"));
        text += utc(QDateTime(due, QTime(10, 0), paris).toSecsSinceEpoch()) + ',' +
                cell(QStringLiteral("VIR-%1-%2").arg(code.toUpper(), month.toString(QStringLiteral("yyyyMM")))) + ',' +
                amount(paid, currency) + ',' + currency.toUtf8() + '\n';
        ++summary.payoutRows;
    }
    for (auto it = payoutFiles.cbegin(); it != payoutFiles.cend(); ++it) {
        auto profile =
            ImportProfile::fromJson(R"({"name": "demo payouts", "kind": "payout", "provider": ")" + it.key().toUtf8() +
                                    R"(", "encoding": "utf-8", "delimiter": ",", "decimal_mark": ".", "header": true,
                "date_format": "iso8601", "timezone": "UTC", "columns": {"timestamp": "date",
                "reference": "reference", "gross": "gross", "currency": "currency"}})");
        if (!profile)
            return R::failure(profile.error());
        if (auto st = import(profile.value(), QStringLiteral("virements-%1.csv").arg(it.key()), it.value()); !st)
            return R::failure(st.error());
    }

    if (auto st = tx.commit(); !st)
        return R::failure(st.error());
    return summary;
}
