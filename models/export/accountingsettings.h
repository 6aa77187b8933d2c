#pragma once

#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What the books need to know to receive Obole's figures: the company's SIREN, the chart of accounts and journals the
// FEC entries use, the currency the books are kept in and the VAT rate of products the catalog does not know. They
// belong to the books, not to the computer, so they live in the database (table database_settings, keys
// "accounting.*"), and travel with it to the accountant. Defaults follow the French chart of accounts (PCG).
struct AccountingSettings
{
    struct Account
    {
        QString number;
        QString label;
        bool operator==(const Account&) const = default;
    };
    struct Journal
    {
        QString code;
        QString label;
        bool operator==(const Journal&) const = default;
    };
    enum class FecSeparator { Pipe, Tab };
    // When output VAT is due: when the payout is received (the rule for services, art. 269-2-c CGI), VAT waiting in
    // the pending VAT account until then; or on the invoice (the "débits" option).
    enum class VatDue { OnPayment, OnInvoice };

    QString siren; // nine digits; empty until the accountant sets it
    // The IANA zone of the books' days (kept as the database's "time_zone", see RevenueAggregates::timeZone).
    QString timeZone = QStringLiteral("Europe/Paris");
    // The last day of the fiscal year, as MM-DD ("12-31"; "02-29" is the last day of February every year).
    QString fiscalYearEnd = QStringLiteral("12-31");
    // The last day of the fiscal year that `day` belongs to; invalid when fiscalYearEnd is malformed.
    QDate fiscalYearEndFor(QDate day) const;
    QString company; // shown on the PDF report
    QString bookCurrency = QStringLiteral("EUR");
    int defaultVatBasisPoints = 2000; // for products the catalog does not know
    FecSeparator fecSeparator = FecSeparator::Pipe;
    VatDue vatDue = VatDue::OnPayment;

    Account receivable{QStringLiteral("411"), QStringLiteral("Clients - opérateurs de paiement")};
    Account sales{QStringLiteral("706"), QStringLiteral("Prestations de services")};
    Account vat{QStringLiteral("44571"), QStringLiteral("TVA collectée")};
    Account pendingVat{QStringLiteral("44574"), QStringLiteral("TVA collectée en attente d'encaissement")};
    Account fees{QStringLiteral("622"), QStringLiteral("Rémunérations d'intermédiaires et honoraires")};
    Account bankFees{QStringLiteral("627"), QStringLiteral("Services bancaires et assimilés")};
    Account deductibleVat{QStringLiteral("44566"), QStringLiteral("TVA déductible sur autres biens et services")};
    Account bank{QStringLiteral("512"), QStringLiteral("Banque")};
    // What a provider paid that the merchant owes back (a duplicate it paid twice).
    Account other{QStringLiteral("467"), QStringLiteral("Autres comptes débiteurs ou créditeurs")};
    // What a payout in another currency is worth more or less than the receivable it clears, as booked.
    Account exchangeLoss{QStringLiteral("666"), QStringLiteral("Pertes de change")};
    Account exchangeGain{QStringLiteral("766"), QStringLiteral("Gains de change")};
    // A provider's auxiliary account is this prefix followed by its code in capitals ("411MICROPAIE").
    QString auxiliaryPrefix = QStringLiteral("411");

    Journal salesJournal{QStringLiteral("VT"), QStringLiteral("Journal des ventes")};
    Journal feesJournal{QStringLiteral("AC"), QStringLiteral("Journal des achats")};
    Journal bankJournal{QStringLiteral("BQ"), QStringLiteral("Journal de banque")};
    // Correcting entries the accountant accepts for what reconciliation found.
    Journal adjustmentJournal{QStringLiteral("OD"), QStringLiteral("Opérations diverses")};

    // Where the sales entries put output VAT: pending (44574) while it is due on payment, else output VAT (44571).
    const Account& outputVatAccount() const { return vatDue == VatDue::OnPayment ? pendingVat : vat; }
    // Where a provider's fees are booked.
    const Account& feeExpenseAccount(FeeAccount account) const
    {
        return account == FeeAccount::Intermediary ? fees : bankFees;
    }

    bool operator==(const AccountingSettings&) const = default;
};

class AccountingSettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountingSettingsStore)
public:
    // The settings stored in the database, defaults for what is not.
    static Result<AccountingSettings> load(Database& db);
    // Checks, then writes every key in one transaction.
    static Status save(Database& db, const AccountingSettings& settings);
    // One value of the database's own settings (database_settings), empty when not set; and setting it. The books'
    // time zone ("time_zone") and the revenue totals' state are kept there too.
    static Result<QString> databaseSetting(Database& db, const char* key);
    static Status setDatabaseSetting(Database& db, const char* key, const QString& value);

    // Problems a person must fix (one sentence each); empty when the settings can be used.
    static QStringList problems(const AccountingSettings& settings);
    // Whether a SIREN is nine digits with a valid Luhn check digit.
    static bool isValidSiren(QStringView siren);

    // The keys `obole-cli accounting` shows and sets ("siren", "account.sales", "journal.bank.label", …), in order.
    static QStringList keys();
    static QString value(const AccountingSettings& settings, QStringView key);
    // Sets one key from text; refuses an unknown key or a malformed value.
    static Status setValue(AccountingSettings& settings, QStringView key, const QString& value);
};
