#pragma once

#include "core/result.h"
#include "importing/importprofile.h"

#include <QCoreApplication>
#include <QList>

// Where import profiles come from: the built-in ones shipped with Obole, and the user's own, saved as JSON files in
// the application data folder (the mapping wizard writes them there). A profile is named on the command line by
// its id: the file name without ".json".
class ProfileRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)
public:
    struct Entry
    {
        QString id;
        QString path;
        bool builtIn = false;
        ImportProfile profile;
    };

    // Every readable profile, built-in first, then the user's, each sorted by id. Unreadable user files are
    // reported in `problems` (one line each) and left out.
    static QList<Entry> all(QStringList* problems = nullptr);
    static Result<Entry> find(const QString& idOrName);
    static QString userFolder();
    // Saves a profile to the user's folder under an id derived from its name; returns the entry.
    static Result<Entry> save(const ImportProfile& profile);
    static QString idFor(const QString& name);
};
