#include "settings.h"

#include <QSettings>

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::WindowGeometry, "window/geometry", QVariant()},
        {Settings::Key::WindowState, "window/state", QVariant()},
        {Settings::Key::LastDatabase, "database/last", QVariant()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ReconcileWindowSeconds, "reconcile/window_seconds", 600},
        {Settings::Key::ReconcilePayoutToleranceMinor, "reconcile/payout_tolerance_minor", 1},
        {Settings::Key::LastPage, "ui/last_page", 0},
        {Settings::Key::ImportFolder, "import/last_folder", QString()},
        {Settings::Key::ImportProfile, "import/last_profile", QString()},
        {Settings::Key::ExportFolder, "export/folder", QString()},
        {Settings::Key::RecentServers, "database/recent_servers", QStringList()},
    };
    return table[int(key)];
}
} // namespace

QVariant Settings::value(Key key)
{
    const KeyInfo& i = info(key);
    return QSettings().value(QLatin1StringView(i.name), i.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QLatin1StringView(info(key).name), value);
}

void Settings::remove(Key key)
{
    QSettings().remove(QLatin1StringView(info(key).name));
}
