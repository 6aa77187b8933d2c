#pragma once

#include "core/result.h"
#include "snippets/snippetgenerator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes a generated snippet into the webmaster's folder, all of it or nothing:
//   - the files are first written into a private temporary folder inside the output folder, then renamed into place
//     one by one; a file they replace is kept aside until every rename has succeeded, and put back otherwise;
//   - data-folder guards (obole-data/.htaccess) come first, so the data folder never exists unguarded;
//   - a rename replaces a symbolic link rather than writing through it, and a folder of the set that is a link
//     pointing outside the output folder is refused;
//   - a marker (.obole-site) names the site the folder belongs to: the snippet of another site is refused, since
//     both would share the used codes and the sales log. Folders written before the marker existed are recognised
//     by their obole-site.php / obole-site.js.
class SnippetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SnippetWriter)
public:
    static Status write(const QString& folder, const QList<GeneratedFile>& files, qint64 siteId);

    // The marker's file name, relative to the output folder.
    static QString markerName();
};
