#include "saleslog.h"

#include <QMessageAuthenticationCode>

QStringList SalesLog::columns()
{
    return {QStringLiteral("timestamp"),      QStringLiteral("reference"), QStringLiteral("site_id"),
            QStringLiteral("product_id"),     QStringLiteral("product"),   QStringLiteral("channel"),
            QStringLiteral("provider"),       QStringLiteral("gross"),     QStringLiteral("currency"),
            QStringLiteral("access_seconds"), QStringLiteral("code_hash")};
}

QString SalesLog::headerLine()
{
    return columns().join(u',');
}

QString SalesLog::codeHash(const QByteArray& siteSecret, const QString& providerCode, const QString& code)
{
    const QByteArray message = QByteArray("code|") + providerCode.toUtf8() + '|' + code.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, siteSecret, QCryptographicHash::Sha256).toHex());
}

QString SalesLog::usedCodeName(const QString& providerCode, const QString& code)
{
    const QByteArray message = QByteArray("obole used code|") + providerCode.toUtf8() + '|' + code.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}
