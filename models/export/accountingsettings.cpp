#include "accountingsettings.h"

#include "money/money.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace {

constexpr const char* s_prefix = "accounting.";

// One stored key: how to read and write it as text.
struct KeyInfo
{
    const char* key;
    std::function<QString(const AccountingSettings&)> get;
    std::function<void(AccountingSettings&, const QString&)> set;
};

KeyInfo textKey(const char* key, QString AccountingSettings::*member)
{
    return {key, [member](const AccountingSettings& s) { return s.*member; },
            [member](AccountingSettings& s, const QString& v) { s.*member = v; }};
}

KeyInfo accountKey(const char* key, AccountingSettings::Account AccountingSettings::*account, bool label)
{
    return {key,
            [account, label](const AccountingSettings& s) { return label ? (s.*account).label : (s.*account).number; },
            [account, label](AccountingSettings& s, const QString& v) {
                (label ? (s.*account).label : (s.*account).number) = v;
            }};
}

KeyInfo journalKey(const char* key, AccountingSettings::Journal AccountingSettings::*journal, bool label)
{
    return {key,
            [journal, label](const AccountingSettings& s) { return label ? (s.*journal).label : (s.*journal).code; },
            [journal, label](AccountingSettings& s, const QString& v) {
                (label ? (s.*journal).label : (s.*journal).code) = v;
            }};
}

const QList<KeyInfo>& keyTable()
{
    using S = AccountingSettings;
    static const QList<KeyInfo> table = {
        textKey("siren", &S::siren),
        textKey("time_zone", &S::timeZone),
        textKey("fiscal_year_end", &S::fiscalYearEnd),
        textKey("company", &S::company),
        textKey("book_currency", &S::bookCurrency),
        {"vat_default_bp", [](const S& s) { return QString::number(s.defaultVatBasisPoints); },
         [](S& s, const QString& v) { s.defaultVatBasisPoints = v.toInt(); }},
        {"fec_separator",
         [](const S& s) {
             return s.fecSeparator == S::FecSeparator::Tab ? QStringLiteral("tab") : QStringLiteral("pipe");
         },
         [](S& s, const QString& v) { s.fecSeparator = v == u"tab" ? S::FecSeparator::Tab : S::FecSeparator::Pipe; }},
        {"vat_due",
         [](const S& s) {
             return s.vatDue == S::VatDue::OnInvoice ? QStringLiteral("invoice") : QStringLiteral("payment");
         },
         [](S& s, const QString& v) { s.vatDue = v == u"invoice" ? S::VatDue::OnInvoice : S::VatDue::OnPayment; }},
        accountKey("account.receivable", &S::receivable, false),
        accountKey("account.receivable.label", &S::receivable, true),
        textKey("account.auxiliary_prefix", &S::auxiliaryPrefix),
        accountKey("account.sales", &S::sales, false),
        accountKey("account.sales.label", &S::sales, true),
        accountKey("account.vat", &S::vat, false),
        accountKey("account.vat.label", &S::vat, true),
        accountKey("account.vat_pending", &S::pendingVat, false),
        accountKey("account.vat_pending.label", &S::pendingVat, true),
        accountKey("account.fees", &S::fees, false),
        accountKey("account.fees.label", &S::fees, true),
        accountKey("account.bank_fees", &S::bankFees, false),
        accountKey("account.bank_fees.label", &S::bankFees, true),
        accountKey("account.vat_deductible", &S::deductibleVat, false),
        accountKey("account.vat_deductible.label", &S::deductibleVat, true),
        accountKey("account.bank", &S::bank, false),
        accountKey("account.bank.label", &S::bank, true),
        accountKey("account.other", &S::other, false),
        accountKey("account.other.label", &S::other, true),
        accountKey("account.exchange_loss", &S::exchangeLoss, false),
        accountKey("account.exchange_loss.label", &S::exchangeLoss, true),
        accountKey("account.exchange_gain", &S::exchangeGain, false),
        accountKey("account.exchange_gain.label", &S::exchangeGain, true),
        journalKey("journal.sales", &S::salesJournal, false),
        journalKey("journal.sales.label", &S::salesJournal, true),
        journalKey("journal.fees", &S::feesJournal, false),
        journalKey("journal.fees.label", &S::feesJournal, true),
        journalKey("journal.bank", &S::bankJournal, false),
        journalKey("journal.bank.label", &S::bankJournal, true),
        journalKey("journal.adjustments", &S::adjustmentJournal, false),
        journalKey("journal.adjustments.label", &S::adjustmentJournal, true),
    };
    return table;
}

const KeyInfo* findKey(QStringView key)
{
    for (const KeyInfo& info : keyTable()) {
        if (key == QLatin1StringView(info.key))
            return &info;
    }
    return nullptr;
}

// Account numbers and journal codes: letters and digits only, as the FEC and accounting software expect.
bool isCode(const QString& text)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    for (QChar c : text) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

// Labels end up in a '|' or tab separated file: neither may appear, nor line breaks.
bool isLabel(const QString& text)
{
    if (text.trimmed().isEmpty() || text.size() > 200)
        return false;
    for (QChar c : text) {
        if (c == u'|' || c == u'\t' || c == u'\n' || c == u'\r')
            return false;
    }
    return true;
}

} // namespace

Result<QString> AccountingSettingsStore::databaseSetting(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM database_settings WHERE key = ?");
    if (!stmt)
        return Result<QString>::failure(stmt.error());
    stmt->bind(1, std::string_view(key));
    auto row = stmt->next();
    if (!row)
        return Result<QString>::failure(row.error());
    return row.value() ? stmt->text(0) : QString();
}

Status AccountingSettingsStore::setDatabaseSetting(Database& db, const char* key, const QString& value)
{
    auto stmt = db.prepare("INSERT INTO database_settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return Status::failure(stmt.error());
    stmt->bind(1, std::string_view(key)).bind(2, value);
    return stmt->run();
}

Result<AccountingSettings> AccountingSettingsStore::load(Database& db)
{
    AccountingSettings settings;
    auto stmt = db.prepare("SELECT key, value FROM database_settings WHERE key LIKE 'accounting.%'");
    if (!stmt)
        return Result<AccountingSettings>::failure(stmt.error());
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return Result<AccountingSettings>::failure(row.error());
        if (!row.value())
            break;
        const QString key = stmt->text(0).mid(int(qstrlen(s_prefix)));
        if (const KeyInfo* info = findKey(key))
            info->set(settings, stmt->text(1));
    }
    // The zone has one home, the one every page and export reads.
    settings.timeZone = QString::fromUtf8(RevenueAggregates::timeZone(db).id());
    return settings;
}

Status AccountingSettingsStore::save(Database& db, const AccountingSettings& settings)
{
    if (const QStringList p = problems(settings); !p.isEmpty())
        return Status::failure(p.join(u'\n'));
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto stmt = db.prepare("INSERT INTO database_settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return Status::failure(stmt.error());
    for (const KeyInfo& info : keyTable()) {
        if (QLatin1StringView(info.key) == u"time_zone")
            continue;
        stmt->bind(1, QLatin1StringView(s_prefix) + QLatin1StringView(info.key)).bind(2, info.get(settings));
        if (auto st = stmt->run(); !st)
            return st;
    }
    // A new zone moves every day boundary: the revenue totals are recomputed on their next read.
    if (QString::fromUtf8(RevenueAggregates::timeZone(db).id()) != settings.timeZone) {
        if (auto st = RevenueAggregates::setTimeZone(db, QTimeZone(settings.timeZone.toUtf8())); !st)
            return st;
    }
    return tx.commit();
}

bool AccountingSettingsStore::isValidSiren(QStringView siren)
{
    if (siren.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = siren.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int digit = c.unicode() - u'0';
        // Luhn: every second digit from the right is doubled.
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 == 0;
}

QDate AccountingSettings::fiscalYearEndFor(QDate day) const
{
    const QStringList parts = fiscalYearEnd.trimmed().split(u'-');
    bool okMonth = false, okDay = false;
    const int month = parts.value(0).toInt(&okMonth);
    const int dayOfMonth = parts.value(1).toInt(&okDay);
    if (parts.size() != 2 || parts.at(0).size() != 2 || parts.at(1).size() != 2 || !okMonth || !okDay || month < 1 ||
        month > 12 || dayOfMonth < 1 || dayOfMonth > QDate(2000, month, 1).daysInMonth() || !day.isValid())
        return {};
    // In a given year the end is that day, or the month's last day when shorter (29 February in a common year).
    const auto endIn = [&](int year) {
        return QDate(year, month, std::min(dayOfMonth, QDate(year, month, 1).daysInMonth()));
    };
    const QDate sameYear = endIn(day.year());
    return day <= sameYear ? sameYear : endIn(day.year() + 1);
}

QStringList AccountingSettingsStore::problems(const AccountingSettings& s)
{
    QStringList out;
    if (!s.siren.isEmpty() && !isValidSiren(s.siren))
        out << tr("The SIREN \"%1\" is not valid: it has nine digits, the last one a check digit.").arg(s.siren);
    if (!s.fiscalYearEndFor(QDate(2001, 1, 1)).isValid())
        out << tr("The end of the fiscal year \"%1\" is not a day written MM-DD, such as 12-31.").arg(s.fiscalYearEnd);
    if (!QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8()))
        out << tr("The time zone of the books \"%1\" is not a known zone: use an IANA id such as Europe/Paris.")
                   .arg(s.timeZone);
    if (!Money::isCurrencyCode(s.bookCurrency))
        out << tr("The currency of the books \"%1\" is not a three-letter ISO 4217 code.").arg(s.bookCurrency);
    if (s.defaultVatBasisPoints < 0 || s.defaultVatBasisPoints > 10000)
        out << tr("The default VAT rate must lie between 0 and 100 %.");
    const QList<std::pair<QString, const AccountingSettings::Account*>> accounts = {
        {tr("receivable"), &s.receivable},
        {tr("sales"), &s.sales},
        {tr("VAT"), &s.vat},
        {tr("pending VAT"), &s.pendingVat},
        {tr("fees"), &s.fees},
        {tr("banking services"), &s.bankFees},
        {tr("deductible VAT"), &s.deductibleVat},
        {tr("bank"), &s.bank},
        {tr("other debtors and creditors"), &s.other},
        {tr("exchange losses"), &s.exchangeLoss},
        {tr("exchange gains"), &s.exchangeGain}};
    for (const auto& [name, account] : accounts) {
        if (!isCode(account->number))
            out << tr("The %1 account number \"%2\" must be letters and digits only.").arg(name, account->number);
        if (!isLabel(account->label))
            out << tr("The %1 account needs a label without '|', tab or line break.").arg(name);
    }
    if (!s.auxiliaryPrefix.isEmpty() && !isCode(s.auxiliaryPrefix))
        out << tr("The auxiliary account prefix \"%1\" must be letters and digits only.").arg(s.auxiliaryPrefix);
    const QList<std::pair<QString, const AccountingSettings::Journal*>> journals = {
        {tr("sales"), &s.salesJournal},
        {tr("fees"), &s.feesJournal},
        {tr("bank"), &s.bankJournal},
        {tr("correcting entries"), &s.adjustmentJournal}};
    for (const auto& [name, journal] : journals) {
        if (!isCode(journal->code))
            out << tr("The %1 journal code \"%2\" must be letters and digits only.").arg(name, journal->code);
        if (!isLabel(journal->label))
            out << tr("The %1 journal needs a label without '|', tab or line break.").arg(name);
    }
    if (s.company.contains(u'\n') || s.company.contains(u'\r'))
        out << tr("The company name must fit on one line.");
    return out;
}

QStringList AccountingSettingsStore::keys()
{
    QStringList out;
    for (const KeyInfo& info : keyTable())
        out << QLatin1StringView(info.key);
    return out;
}

QString AccountingSettingsStore::value(const AccountingSettings& settings, QStringView key)
{
    const KeyInfo* info = findKey(key);
    return info ? info->get(settings) : QString();
}

Status AccountingSettingsStore::setValue(AccountingSettings& settings, QStringView key, const QString& value)
{
    const KeyInfo* info = findKey(key);
    if (!info)
        return Status::failure(tr("Unknown accounting setting \"%1\"; the settings are: %2.")
                                   .arg(key.toString(), keys().join(QStringLiteral(", "))));
    if (key == u"vat_default_bp") {
        bool ok = false;
        const int bp = value.toInt(&ok);
        if (!ok || bp < 0 || bp > 10000)
            return Status::failure(
                tr("vat_default_bp is in basis points, between 0 and 10000 (2000 for 20 %), not \"%1\".").arg(value));
    }
    if (key == u"fec_separator" && value != u"pipe" && value != u"tab")
        return Status::failure(tr("fec_separator is \"pipe\" or \"tab\", not \"%1\".").arg(value));
    if (key == u"vat_due" && value != u"payment" && value != u"invoice")
        return Status::failure(tr("vat_due is \"payment\" (VAT due when the payout is received) or \"invoice\" "
                                  "(the débits option), not \"%1\".")
                                   .arg(value));
    AccountingSettings changed = settings;
    info->set(changed, key == u"book_currency" ? value.trimmed().toUpper() : value.trimmed());
    if (const QStringList p = problems(changed); !p.isEmpty())
        return Status::failure(p.join(u'\n'));
    settings = changed;
    return {};
}
