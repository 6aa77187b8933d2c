#pragma once

#include "importing/profileregistry.h"
#include "importjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class CatalogEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// File → Import and files dropped on the window: choose the profile that reads the files (or map a new one with
// the wizard), import them one after another on a worker thread with a progress bar and Cancel, and read (and
// copy) a summary per file at the end.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(const QString& databasePath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QStringList files() const;
    void addFiles(const QStringList& paths);
    // Selects a profile by its id; false when there is none by that id.
    bool selectProfile(const QString& id);
    QString currentProfileId() const;
    // The catalog the mapping wizard offers providers from, and adds a new one to (may be null: no catalog).
    void setCatalogEditor(CatalogEditor* editor);
    bool isRunning() const;
    QString summaryText() const;
    const QList<ImportJob::FileOutcome>& outcomes() const { return m_outcomes; }

    // The local files (not folders) among dropped or pasted URLs.
    static QStringList localFiles(const QMimeData* mime);

public slots:
    void startImport();
    void cancelImport();
    // Opens the mapping wizard on the selected file (or the first one).
    void newProfile();

signals:
    // A run ended having added at least one batch: the window's pages have new data to show.
    void importFinished();

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reloadProfiles(const QString& selectId);
    void profileChanged();
    void checkProfile();
    void pickProfileFor(const QString& path);
    void chooseFiles();
    void removeSelectedFiles();
    void updateButtons();
    void resultReady(int index);
    void progressChanged(int value);
    void runFinished();
    void copySummary();

    QString m_databasePath;
    QList<ProfileRegistry::Entry> m_profiles;
    QStringList m_profileProblems;
    QPointer<CatalogEditor> m_catalogEditor; // the window's, for providers the mapping wizard adds; may be null

    QList<ImportJob::FileOutcome> m_outcomes;
    QString m_runHeading;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_closeWhenDone = false;

    QListWidget* m_fileList;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QComboBox* m_profileCombo;
    QPushButton* m_newProfileButton;
    QLabel* m_profileDetails;
    QLabel* m_recognition; // which profile recognising the first file found, or that none or several fit
    QLabel* m_profileCheck;
    QCheckBox* m_skipBadRows;
    QLabel* m_progressLabel;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelButton;
    QPlainTextEdit* m_summary;
    QPushButton* m_copyButton;
    QPushButton* m_importButton;
    QPushButton* m_closeButton;
    QFutureWatcher<ImportJob::FileOutcome>* m_watcher;
};
