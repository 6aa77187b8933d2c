#pragma once

#include "catalog/catalogtypes.h"
#include "importing/csvreader.h"
#include "importing/profileregistry.h"

#include <QStringList>
#include <QWizard>

class MappingColumnsPage;
class MappingPreviewPage;
class MappingReadingPage;

// Maps a file no profile reads yet, in three pages: how to read it (encoding, delimiter, lines before the header),
// what its columns mean (proposed from the headers), and how each of its first rows would be read or why it would
// be rejected. Finishing saves the result as a profile in the user's folder (ProfileRegistry::save).
//
// The pages work on the first 256 KiB of the file, cut at a line end, read again on every change: enough rows to
// judge a mapping, quick enough never to make the window wait.
class MappingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingWizard)
public:
    enum PageId { ReadingPageId, ColumnsPageId, PreviewPageId };

    // The first rows of the file as a reader with given options hands them out.
    struct Sample
    {
        QList<QString> header;
        QList<QStringList> rows;
        QList<qint64> lines; // physical line of each row
        qint64 headerLine = 0;
        TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
        char delimiter = ',';
        QString error; // why the file cannot be read so; empty when it can
        int columnCount() const;
        // The header's text of a column, or "Column N" when there is no header.
        QString columnName(int column) const;
    };

    static constexpr qint64 kHeadBytes = 256 * 1024;

    // `providers`: the catalog's, offered on the columns page (a code not among them is a new provider).
    explicit MappingWizard(const QString& path, const QList<Provider>& providers = {}, QWidget* parent = nullptr);
    const QList<Provider>& catalogProviders() const { return m_providers; }
    ~MappingWizard() override;

    QString filePath() const { return m_path; }
    QString fileName() const;
    const QByteArray& head() const { return m_head; }
    bool headTruncated() const { return m_truncated; }

    Sample read(const CsvReader::Options& options, int maxRows) const;
    // The profile as the pages describe it now.
    ImportProfile profile() const;
    // Set once Finish has saved the profile.
    const ProfileRegistry::Entry& savedEntry() const { return m_saved; }
    void setSavedEntry(const ProfileRegistry::Entry& entry) { m_saved = entry; }

    // The fields the columns page maps, in the order shown, and their labels.
    static QStringList fields();
    static QString fieldLabel(const QString& field);

private:
    QString m_path;
    QList<Provider> m_providers;
    QByteArray m_head;
    bool m_truncated = false;
    QString m_readError;
    ProfileRegistry::Entry m_saved;
    MappingReadingPage* m_reading;
    MappingColumnsPage* m_columns;
    MappingPreviewPage* m_preview;
};
