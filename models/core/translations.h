#pragma once

#include <QString>

class QCoreApplication;

// Installs Obole's and Qt's translations for a language ("fr", "en"; empty: the system's).
namespace Translations {
// Returns the language in use ("fr" or "en").
QString install(QCoreApplication& app, const QString& language);
// The language of the interface as installed: "fr" when the default locale is French, else "en".
QString current();
} // namespace Translations
