#pragma once

#include <QString>

// Server passwords kept in the system keyring (the desktop's secret service, through QtKeychain), by server location
// (the URI without its password): what File → Open Shared Database… stores when asked, and what opening a server
// database looks up when its URI has no password and ~/.pgpass may have none. Never in the settings or a log.
namespace PasswordKeyring {
// The password kept for `location`, empty when none is kept or no keyring answers.
QString read(const QString& location);
// Keeps `password` for `location`; returns why it could not, empty when kept.
QString write(const QString& location, const QString& password);
void remove(const QString& location);
// `location` with the password kept for it, if any and if it names none itself.
QString withKeptPassword(const QString& location);
} // namespace PasswordKeyring
