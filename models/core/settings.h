#pragma once

#include <QVariant>

// The one typed facade over QSettings: every key the application stores, with its default, in one table.
class Settings final
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastDatabase,
        Language,
        ReconcileWindowSeconds,
        ReconcilePayoutToleranceMinor,
        LastPage,
        ImportFolder,
        ImportProfile,
        ExportFolder,
        RecentServers, // the server databases opened lately, as URIs without passwords, newest first
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static void remove(Key key);
};
