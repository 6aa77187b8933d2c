#include "buyerinstructions.h"

#include "money/money.h"
#include "snippets/snippetescape.h"
#include "snippets/snippetinput.h"

#include <QLocale>

// The buyer-facing sentences below are generated content in two fixed languages, not interface text: they are
// deliberately not passed through tr(), so a French interface still writes the English version and vice versa.

namespace {

using Segment = BuyerInstructions::Segment;

Segment plain(const QString& text)
{
    return {text, false};
}

Segment strong(const QString& text)
{
    return {text, true};
}

QString durationFr(qint64 seconds)
{
    auto unit = [](qint64 n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1StringView(n == 1 ? one : many));
    };
    if (seconds % 86400 == 0 && seconds != 86400)
        return unit(seconds / 86400, "jour", "jours");
    if (seconds % 3600 == 0)
        return unit(seconds / 3600, "heure", "heures");
    if (seconds % 60 == 0)
        return unit(seconds / 60, "minute", "minutes");
    return unit(seconds, "seconde", "secondes");
}

QString durationEn(qint64 seconds)
{
    auto unit = [](qint64 n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1StringView(n == 1 ? one : many));
    };
    if (seconds % 86400 == 0 && seconds != 86400)
        return unit(seconds / 86400, "day", "days");
    if (seconds % 3600 == 0)
        return unit(seconds / 3600, "hour", "hours");
    if (seconds % 60 == 0)
        return unit(seconds / 60, "minute", "minutes");
    return unit(seconds, "second", "seconds");
}

QString fillPayUrl(const QString& pattern, const SnippetInput& in)
{
    const Money price(in.point.buyerChargeMinor(), in.point.currency);
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("{price}"), price.toPlainString()},
        {QStringLiteral("{currency}"), in.point.currency},
        {QStringLiteral("{product}"), in.product.name},
        {QStringLiteral("{product_id}"), QString::number(in.product.id)},
        {QStringLiteral("{offer}"), in.offerId()},
        {QStringLiteral("{account}"), in.settings.account},
    };
    QString out;
    for (qsizetype i = 0; i < pattern.size();) {
        bool replaced = false;
        for (const auto& [key, value] : values) {
            if (QStringView(pattern).mid(i).startsWith(key)) {
                out += SnippetEscape::urlComponent(value);
                i += key.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += pattern.at(i++);
    }
    return out;
}

} // namespace

QString BuyerInstructions::Language::plainText() const
{
    QString out;
    for (const Segment& s : segments)
        out += s.text;
    return out;
}

QString BuyerInstructions::accessEn(qint64 seconds)
{
    return seconds <= 0 ? QStringLiteral("one visit") : durationEn(seconds);
}

QString BuyerInstructions::accessFr(qint64 seconds)
{
    return seconds <= 0 ? QStringLiteral("une visite") : durationFr(seconds);
}

Result<BuyerInstructions> BuyerInstructions::build(const SnippetInput& in)
{
    using R = Result<BuyerInstructions>;
    const PricePoint& p = in.point;
    const QLocale frLocale(QLocale::French, QLocale::France);
    const QLocale enLocale(QLocale::English, QLocale::UnitedKingdom);
    const Money unit(p.priceMinor, p.currency);
    const Money charge(p.buyerChargeMinor(), p.currency);
    const QString unitFr = unit.toString(frLocale);
    const QString unitEn = unit.toString(enLocale);
    const QString chargeFr = charge.toString(frLocale);
    const QString chargeEn = charge.toString(enLocale);
    const QString operators = p.operators.join(QStringLiteral(", "));
    const QString number = p.serviceNumber.trimmed();

    BuyerInstructions out;
    out.fr.codeLabel = QStringLiteral("Votre code");
    out.en.codeLabel = QStringLiteral("Your code");
    QList<Segment>& fr = out.fr.segments;
    QList<Segment>& en = out.en.segments;
    bool payPage = false;

    switch (p.channel) {
    case Channel::Sms:
        fr = {plain(QStringLiteral("Envoyez ")),
              strong(p.keyword),
              plain(QStringLiteral(" au ")),
              strong(number),
              plain(QStringLiteral(" (")),
              strong(unitFr),
              plain(QStringLiteral(" par SMS + prix d'un SMS). "
                                   "Vous recevrez un code à saisir "
                                   "ci-dessous."))};
        en = {plain(QStringLiteral("Text ")),
              strong(p.keyword),
              plain(QStringLiteral(" to ")),
              strong(number),
              plain(QStringLiteral(" (")),
              strong(unitEn),
              plain(QStringLiteral(" per SMS + the cost of a standard SMS). You will receive a code to enter "
                                   "below."))};
        break;
    case Channel::Audiotel:
        if (p.billing == Billing::PerMinute) {
            QString aboutFr;
            QString aboutEn;
            if (p.expectedSeconds > 0) {
                const qint64 minutes = (p.expectedSeconds + 59) / 60;
                aboutFr = QStringLiteral(", appel d'environ %1 min").arg(minutes);
                aboutEn = QStringLiteral(", a call of about %1 min").arg(minutes);
            }
            fr = {plain(QStringLiteral("Appelez le ")), strong(number), plain(QStringLiteral(" (")),
                  strong(unitFr + QStringLiteral("/min")),
                  plain(aboutFr + QStringLiteral(") et notez le code qui vous est donné."))};
            en = {plain(QStringLiteral("Call ")), strong(number), plain(QStringLiteral(" (")),
                  strong(unitEn + QStringLiteral(" per minute")),
                  plain(aboutEn + QStringLiteral(") and write down the code you are given."))};
        } else {
            fr = {plain(QStringLiteral("Appelez le ")), strong(number), plain(QStringLiteral(" (")),
                  strong(unitFr + QStringLiteral("/appel")),
                  plain(QStringLiteral(") et notez le code qui vous est donné."))};
            en = {plain(QStringLiteral("Call ")), strong(number), plain(QStringLiteral(" (")),
                  strong(unitEn + QStringLiteral(" per call")),
                  plain(QStringLiteral(") and write down the code you are given."))};
        }
        break;
    case Channel::InternetPlus:
    case Channel::CarrierBilling: {
        const bool isp = p.channel == Channel::InternetPlus;
        const QString opsFr = operators.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(operators);
        fr = {
            plain(QStringLiteral("Payez ")), strong(chargeFr),
            plain((isp ? QStringLiteral(" sur votre facture Internet") : QStringLiteral(" sur votre facture mobile")) +
                  opsFr +
                  QStringLiteral(" : ouvrez la page de paiement, validez, puis saisissez ci-dessous le code "
                                 "obtenu."))};
        en = {plain(QStringLiteral("Pay ")), strong(chargeEn),
              plain((isp ? QStringLiteral(" on your Internet bill") : QStringLiteral(" on your mobile phone bill")) +
                    opsFr + QStringLiteral(": open the payment page, confirm, then enter the code you get below."))};
        payPage = true;
        break;
    }
    case Channel::PrepaidCard: {
        const QString brand = p.brand.isEmpty() ? QStringLiteral("prépayée") : p.brand;
        fr = {plain(QStringLiteral("Saisissez ci-dessous le code PIN de votre carte ") + brand + QStringLiteral(" : ")),
              strong(chargeFr), plain(QStringLiteral(" seront débités de la carte."))};
        en = {plain(QStringLiteral("Enter the PIN of your ") +
                    (p.brand.isEmpty() ? QStringLiteral("prepaid") : p.brand) + QStringLiteral(" card below: ")),
              strong(chargeEn), plain(QStringLiteral(" will be debited from the card."))};
        out.fr.codeLabel = QStringLiteral("Code PIN de la carte");
        out.en.codeLabel = QStringLiteral("Card PIN");
        break;
    }
    case Channel::Crypto: {
        const QString coin = p.invoiceCurrency.isEmpty() ? QStringLiteral("Bitcoin") : p.invoiceCurrency;
        const QString validFr =
            p.invoiceExpiryMinutes > 0 ? QStringLiteral(" (valable %1 min)").arg(p.invoiceExpiryMinutes) : QString();
        const QString validEn =
            p.invoiceExpiryMinutes > 0 ? QStringLiteral(" (valid for %1 min)").arg(p.invoiceExpiryMinutes) : QString();
        fr = {plain(QStringLiteral("Payez ")), strong(chargeFr),
              plain(QStringLiteral(" en ") + coin + QStringLiteral(" : ouvrez la facture") + validFr +
                    QStringLiteral(", payez-la, puis saisissez ci-dessous le numéro de facture."))};
        en = {plain(QStringLiteral("Pay ")), strong(chargeEn),
              plain(QStringLiteral(" in ") + coin + QStringLiteral(": open the invoice") + validEn +
                    QStringLiteral(", pay it, then enter the invoice number below."))};
        out.fr.codeLabel = QStringLiteral("Numéro de facture");
        out.en.codeLabel = QStringLiteral("Invoice number");
        payPage = true;
        break;
    }
    case Channel::Wallet:
        fr = {plain(QStringLiteral("Payez ")), strong(chargeFr),
              plain(QStringLiteral(" avec votre porte-monnaie ") + in.provider.name +
                    QStringLiteral(" : ouvrez la page de paiement, puis saisissez ci-dessous le code de "
                                   "confirmation."))};
        en = {plain(QStringLiteral("Pay ")), strong(chargeEn),
              plain(QStringLiteral(" from your ") + in.provider.name +
                    QStringLiteral(" wallet: open the payment page, then enter the confirmation code below."))};
        payPage = true;
        break;
    }

    const qint64 access = p.accessKind == AccessKind::Duration ? p.accessSeconds : 0;
    fr.append(plain(access <= 0 ? QStringLiteral(" Le code donne accès une fois.")
                                : QStringLiteral(" Le code donne accès pendant ") + durationFr(access) + u'.'));
    en.append(plain(access <= 0 ? QStringLiteral(" The code gives access once.")
                                : QStringLiteral(" The code gives access for ") + durationEn(access) + u'.'));

    if (payPage && !in.settings.payUrl.trimmed().isEmpty()) {
        const QString url = fillPayUrl(in.settings.payUrl.trimmed(), in);
        auto checked = SnippetEscape::checkUrl(url);
        if (!checked ||
            !(url.startsWith(QLatin1StringView("https://")) || url.startsWith(QLatin1StringView("http://"))))
            return R::failure(
                tr("The payment page of %1 is not a usable address: %2")
                    .arg(in.provider.name, checked ? tr("it must start with https://.") : checked.error()));
        out.payUrl = url;
        const bool invoice = p.channel == Channel::Crypto;
        out.fr.payLinkText =
            (invoice ? QStringLiteral("Ouvrir la facture (") : QStringLiteral("Payer (")) + chargeFr + u')';
        out.en.payLinkText =
            (invoice ? QStringLiteral("Open the invoice (") : QStringLiteral("Pay (")) + chargeEn + u')';
    }
    return out;
}
