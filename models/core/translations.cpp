#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString languageOf(const QLocale& locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}
} // namespace

QString Translations::current()
{
    return languageOf(QLocale());
}

QString Translations::install(QCoreApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = languageOf(QLocale::system());
    if (lang == u"fr")
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    else if (QLocale::system().language() == QLocale::French)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto* obole = new QTranslator(&app);
    if (obole->load(QStringLiteral(":/i18n/obole_") + lang))
        QCoreApplication::installTranslator(obole);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}
