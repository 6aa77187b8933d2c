#pragma once

// Rows a suite needs in its database, written the way a user's are: as CSV files read by the importer, one file per
// kind and provider, so they carry identities and packed blocks like any import.
#include "core/spreadsheettext.h"
#include "importing/importer.h"
#include "importing/importprofile.h"
#include "money/money.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace TestSupport {

struct ImportRow
{
    const char* kind; // "sales", "provider" or "payout"
    const char* provider;
    const char* channel;
    const char* product;
    qint64 at; // UTC seconds
    qint64 gross;
    std::optional<qint64> net;
    std::optional<qint64> fee;
    const char* currency = "EUR";
    const char* reference = "";
};

// Imports the rows; an error names the file and line the importer refused.
inline Status importRows(Database& db, const QList<ImportRow>& rows)
{
    auto cell = [](const char* text) { return SpreadsheetText::csvField(QString::fromUtf8(text)).toUtf8(); };
    auto amount = [](std::optional<qint64> minor, const char* currency) -> QByteArray {
        return minor ? Money(*minor, QString::fromLatin1(currency)).toPlainString().toUtf8() : QByteArray();
    };
    // The sales log names each row's provider; a statement or a payout file is one provider's.
    QMap<QPair<QByteArray, QByteArray>, QByteArray> files;
    for (const ImportRow& r : rows) {
        const QByteArray kind(r.kind);
        QByteArray& text = files[{kind, kind == "sales" ? QByteArray() : QByteArray(r.provider)}];
        if (text.isEmpty())
            text = "timestamp,provider,reference,channel,product,gross,net,fee,currency\n";
        text += QDateTime::fromSecsSinceEpoch(r.at, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() + ',' +
                cell(r.provider) + ',' + cell(r.reference) + ',' + cell(r.channel) + ',' + cell(r.product) + ',' +
                amount(r.gross, r.currency) + ',' + amount(r.net, r.currency) + ',' + amount(r.fee, r.currency) + ',' +
                r.currency + '\n';
    }
    static int s_file = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray& kind = it.key().first;
        const QByteArray providerColumn = kind == "sales" ? QByteArray(R"("provider": "provider", )") : QByteArray();
        auto profile = ImportProfile::fromJson(
            R"({"name": "test rows", "kind": ")" + kind + R"(", "provider": ")" + it.key().second +
            R"(", "encoding": "utf-8", "delimiter": ",", "decimal_mark": ".", "header": true,
                "date_format": "iso8601", "timezone": "UTC", "columns": {"timestamp": "timestamp", )" +
            providerColumn +
            R"("reference": "reference", "channel": "channel", "product": "product", "gross": "gross", "net": "net",
                "fee": "fee", "currency": "currency"}})");
        if (!profile)
            return Status::failure(profile.error());
        const QString name = QStringLiteral("rows-%1-%2.csv").arg(QString::fromLatin1(kind)).arg(++s_file);
        auto imported = Importer::importData(db, profile.value(), it.value(), name);
        if (!imported)
            return Status::failure(imported.error());
    }
    return {};
}

} // namespace TestSupport
