#include "importdialog.h"
#include "jobpool.h"

#include "catalog/catalogeditor.h"
#include "core/settings.h"
#include "importing/profilerecognizer.h"
#include "mappingwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QString kindText(const ImportProfile& p)
{
    switch (p.kind) {
    case ImportProfile::Kind::Sales:
        return ImportDialog::tr("sales log");
    case ImportProfile::Kind::Payout:
        return ImportDialog::tr("payout statement, %1").arg(p.provider);
    case ImportProfile::Kind::Provider:
        break;
    }
    return ImportDialog::tr("provider statement, %1").arg(p.provider);
}

QString delimiterText(char delimiter)
{
    switch (delimiter) {
    case 0:
        return ImportDialog::tr("detected");
    case '\t':
        return ImportDialog::tr("tab");
    default:
        return QStringLiteral("“%1”").arg(QLatin1Char(delimiter));
    }
}

} // namespace

ImportDialog::ImportDialog(const QString& databasePath, const QStringList& files, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_fileList(new QListWidget(this)),
      m_addButton(new QPushButton(tr("&Add Files…"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_profileCombo(new QComboBox(this)), m_newProfileButton(new QPushButton(tr("&New Profile…"), this)),
      m_profileDetails(new QLabel(this)), m_recognition(new QLabel(this)), m_profileCheck(new QLabel(this)),
      m_skipBadRows(new QCheckBox(this)), m_progressLabel(new QLabel(this)), m_progressBar(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_summary(new QPlainTextEdit(this)),
      m_copyButton(new QPushButton(tr("Co&py Summary"), this)), m_importButton(new QPushButton(tr("&Import"), this)),
      m_closeButton(new QPushButton(tr("Close"), this)), m_watcher(new QFutureWatcher<ImportJob::FileOutcome>(this))
{
    setWindowTitle(tr("Import Statements"));
    setObjectName(QStringLiteral("importDialog"));
    setAcceptDrops(true);

    m_fileList->setObjectName(QStringLiteral("filesListWidget"));
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setMaximumHeight(90);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_removeButton->setObjectName(QStringLiteral("removeFilesButton"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(40);
    m_newProfileButton->setObjectName(QStringLiteral("newProfileButton"));
    m_newProfileButton->setToolTip(tr("Map the columns of a file no profile reads yet, and save the mapping as a "
                                      "profile"));
    m_profileDetails->setObjectName(QStringLiteral("profileDetailsLabel"));
    m_profileDetails->setWordWrap(true);
    m_profileDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recognition->setObjectName(QStringLiteral("recognitionLabel"));
    m_recognition->setWordWrap(true);
    m_recognition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileCheck->setObjectName(QStringLiteral("profileCheckLabel"));
    m_profileCheck->setWordWrap(true);
    m_profileCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRowsCheckBox"));
    m_skipBadRows->setText(tr("&Skip bad rows and list them (otherwise one malformed row rejects the whole file)"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_summary->setAccessibleName(tr("Import summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->setPlaceholderText(tr("The summary of each file appears here when the import ends."));
    m_copyButton->setObjectName(QStringLiteral("copySummaryButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* hint = new QLabel(tr("Drop files here, or add them; they are imported one after another."), this);
    hint->setWordWrap(true);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(fileButtons);
    auto* filesBox = new QVBoxLayout;
    filesBox->addWidget(hint);
    filesBox->addLayout(filesRow);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_newProfileButton);
    auto* profileBox = new QVBoxLayout;
    profileBox->addLayout(profileRow);
    profileBox->addWidget(m_recognition);
    profileBox->addWidget(m_profileDetails);
    profileBox->addWidget(m_profileCheck);

    auto* form = new QFormLayout;
    auto* filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_fileList);
    auto* profileLabel = new QLabel(tr("P&rofile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    form->addRow(filesLabel, filesBox);
    form->addRow(profileLabel, profileBox);
    form->addRow(QString(), m_skipBadRows);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);

    auto* summaryLabel = new QLabel(tr("S&ummary:"), this);
    summaryLabel->setBuddy(m_summary);
    auto* summaryHeader = new QHBoxLayout;
    summaryHeader->addWidget(summaryLabel, 1);
    summaryHeader->addWidget(m_copyButton);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressLabel);
    layout->addLayout(progressRow);
    layout->addLayout(summaryHeader);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::profileChanged);
    connect(m_newProfileButton, &QPushButton::clicked, this, &ImportDialog::newProfile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_copyButton, &QPushButton::clicked, this, &ImportDialog::copySummary);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, &ImportDialog::resultReady);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ImportDialog::progressChanged);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::runFinished);

    reloadProfiles(Settings::value(Settings::Key::ImportProfile).toString());
    addFiles(files);
    updateButtons();
    resize(820, 660);
}

ImportDialog::~ImportDialog()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

void ImportDialog::setCatalogEditor(CatalogEditor* editor)
{
    m_catalogEditor = editor;
}

QStringList ImportDialog::localFiles(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile())
            out.append(info.absoluteFilePath());
    }
    return out;
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i)
        out.append(m_fileList->item(i)->data(Qt::UserRole).toString());
    return out;
}

void ImportDialog::addFiles(const QStringList& paths)
{
    const QStringList known = files();
    QStringList added;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (known.contains(absolute) || added.contains(absolute))
            continue;
        auto* item = new QListWidgetItem(QFileInfo(absolute).fileName(), m_fileList);
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(QDir::toNativeSeparators(absolute));
        added.append(absolute);
    }
    if (added.isEmpty())
        return;
    if (known.isEmpty())
        pickProfileFor(added.first());
    else
        m_recognition->clear();
    checkProfile();
    updateButtons();
}

void ImportDialog::chooseFiles()
{
    const QString folder = Settings::value(Settings::Key::ImportFolder).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Statements"), folder.isEmpty() ? QDir::homePath() : folder,
                                      tr("Statements and sales logs (*.csv *.tsv *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setValue(Settings::Key::ImportFolder, QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void ImportDialog::removeSelectedFiles()
{
    qDeleteAll(m_fileList->selectedItems());
    checkProfile();
    updateButtons();
}

void ImportDialog::reloadProfiles(const QString& selectId)
{
    m_profileProblems.clear();
    m_profiles = ProfileRegistry::all(&m_profileProblems);
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (const ProfileRegistry::Entry& e : std::as_const(m_profiles)) {
        //: a profile in the list: its name, then what it reads ("provider statement, stripe")
        m_profileCombo->addItem(tr("%1 — %2").arg(e.profile.name, kindText(e.profile)), e.id);
    }
    const int index = m_profileCombo->findData(selectId);
    m_profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    profileChanged();
}

bool ImportDialog::selectProfile(const QString& id)
{
    const int index = m_profileCombo->findData(id);
    if (index < 0)
        return false;
    m_profileCombo->setCurrentIndex(index);
    return true;
}

QString ImportDialog::currentProfileId() const
{
    return m_profileCombo->currentData().toString();
}

void ImportDialog::profileChanged()
{
    const int index = m_profileCombo->currentIndex();
    if (index < 0 || index >= m_profiles.size()) {
        m_profileDetails->setText(tr("No profile: create one with New Profile…"));
        checkProfile();
        updateButtons();
        return;
    }
    const ProfileRegistry::Entry& e = m_profiles.at(index);
    const ImportProfile& p = e.profile;
    const QString origin = e.builtIn ? tr("Built into Obole.") : tr("Saved profile.");
    m_profileDetails->setToolTip(e.builtIn ? QString() : QDir::toNativeSeparators(e.path));
    //: how a profile reads a file: encoding, delimiter, decimal mark, date format and time zone
    QString details =
        tr("Reads a %1: encoding %2, delimiter %3, decimal mark “%4”, dates as %5 in %6.")
            .arg(kindText(p), TextCodec::name(p.encoding), delimiterText(p.delimiter),
                 p.decimalMark ? QString(QLatin1Char(p.decimalMark)) : tr("decided by the file"),
                 p.dateFormats().join(tr(" or ")), p.timeZone.isEmpty() ? QStringLiteral("UTC") : p.timeZone);
    details += u' ' + origin;
    if (!m_profileProblems.isEmpty())
        details += u'\n' + tr("Some saved profiles cannot be read and are not listed: %1")
                               .arg(m_profileProblems.join(QStringLiteral("; ")));
    m_profileDetails->setText(details);
    checkProfile();
    updateButtons();
}

void ImportDialog::checkProfile()
{
    const int index = m_profileCombo->currentIndex();
    const QStringList paths = files();
    if (paths.isEmpty() || index < 0 || index >= m_profiles.size()) {
        m_profileCheck->clear();
        return;
    }
    // A few files are enough to tell a wrong profile; the import checks every row anyway.
    constexpr int checked = 20;
    QString problem;
    for (qsizetype i = 0; i < qMin<qsizetype>(paths.size(), checked) && problem.isEmpty(); ++i)
        problem = ImportJob::check(m_profiles.at(index).profile, paths.at(i));
    QString text = problem.isEmpty()
                       ? tr("✓ This profile reads the first rows of %n file(s).", nullptr, int(paths.size()))
                       : tr("⚠ %1\nChoose another profile, or map the file with New Profile…").arg(problem);
    m_profileCheck->setText(text);
}

void ImportDialog::pickProfileFor(const QString& path)
{
    // The file's own profile, whatever the last import used: a statement of another provider gets its profile.
    auto head = ProfileRecognizer::readHead(path, ProfileRecognizer::kHeadBytes);
    if (!head)
        return;
    const QString name = QFileInfo(path).fileName();
    const ProfileRecognizer::Outcome outcome = ProfileRecognizer::recognise(head.value(), m_profiles, name);
    if (outcome.chosen) {
        m_profileCombo->setCurrentIndex(m_profileCombo->findData(outcome.chosen->id));
        m_recognition->setText(tr("Recognised from the file: %1.").arg(outcome.chosen->profile.name));
    } else if (!outcome.fitting.isEmpty()) {
        // Several fit equally: the person chooses among them.
        QStringList names;
        for (const ProfileRecognizer::Candidate& c : outcome.fitting)
            if (c.score == outcome.fitting.first().score)
                names << c.entry.profile.name;
        const QString current = currentProfileId();
        const bool currentFits =
            std::any_of(outcome.fitting.cbegin(), outcome.fitting.cend(),
                        [&current](const ProfileRecognizer::Candidate& c) { return c.entry.id == current; });
        if (!currentFits)
            m_profileCombo->setCurrentIndex(m_profileCombo->findData(outcome.fitting.first().entry.id));
        m_recognition->setText(
            tr("⚠ Several profiles read this file equally well (%1): choose the right one in the list.")
                .arg(names.join(QStringLiteral(", "))));
    } else {
        m_recognition->setText(tr("No profile reads this file yet: map its columns with New Profile…."));
        m_newProfileButton->setFocus();
    }
    checkProfile();
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool haveProfile = m_profileCombo->currentIndex() >= 0;
    m_fileList->setEnabled(!running);
    m_addButton->setEnabled(!running);
    m_removeButton->setEnabled(!running && !m_fileList->selectedItems().isEmpty());
    m_profileCombo->setEnabled(!running);
    m_newProfileButton->setEnabled(!running && m_fileList->count() > 0);
    m_skipBadRows->setEnabled(!running);
    m_importButton->setEnabled(!running && haveProfile && m_fileList->count() > 0);
    m_cancelButton->setEnabled(running && m_cancel && !m_cancel->load());
    m_copyButton->setEnabled(!m_summary->toPlainText().isEmpty());
}

bool ImportDialog::isRunning() const
{
    return m_watcher->isRunning();
}

void ImportDialog::newProfile()
{
    QStringList paths = files();
    if (paths.isEmpty())
        return;
    if (const auto selected = m_fileList->selectedItems(); !selected.isEmpty())
        paths = {selected.first()->data(Qt::UserRole).toString()};
    QList<Provider> providers;
    if (m_catalogEditor)
        providers = m_catalogEditor->catalog().providers;
    auto* wizard = new MappingWizard(paths.first(), providers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard, providers] {
        // A provider the catalog lacks is added to it, through the editor: undoable, and in the audit trail.
        const QString code = wizard->savedEntry().profile.provider;
        const bool known =
            std::any_of(providers.cbegin(), providers.cend(), [&code](const Provider& p) { return p.code == code; });
        if (m_catalogEditor && !code.isEmpty() && !known) {
            Provider p;
            p.code = code;
            p.name = code;
            if (auto saved = m_catalogEditor->saveProvider(p); !saved)
                m_profileCheck->setText(
                    tr("⚠ The provider “%1” could not be added to the catalog: %2").arg(code, saved.error()));
        }
        reloadProfiles(wizard->savedEntry().id);
    });
    wizard->open();
}

void ImportDialog::startImport()
{
    if (isRunning())
        return;
    const int index = m_profileCombo->currentIndex();
    const QStringList paths = files();
    if (index < 0 || index >= m_profiles.size() || paths.isEmpty())
        return;
    const ProfileRegistry::Entry& entry = m_profiles.at(index);
    Settings::setValue(Settings::Key::ImportProfile, entry.id);

    ImportJob::Request request;
    request.databasePath = m_databasePath;
    request.profile = entry.profile;
    request.files = paths;
    request.skipBadRows = m_skipBadRows->isChecked();
    m_outcomes.clear();
    m_runHeading = request.skipBadRows ? tr("Profile “%1”; bad rows are skipped and listed.").arg(entry.profile.name)
                                       : tr("Profile “%1”; a malformed row rejects its file.").arg(entry.profile.name);
    m_summary->clear();
    m_progressBar->setRange(0, int(paths.size()) * ImportJob::kProgressPerFile);
    m_progressBar->setValue(0);
    progressChanged(0);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher->setFuture(QtConcurrent::run(JobPool::pool(), &ImportJob::run, request, m_cancel));
    updateButtons();
    m_cancelButton->setFocus();
}

void ImportDialog::cancelImport()
{
    if (!isRunning() || !m_cancel)
        return;
    m_cancel->store(true);
    m_progressLabel->setText(tr("Cancelling: the file being read is rolled back…"));
    updateButtons();
}

void ImportDialog::progressChanged(int value)
{
    if (m_cancel && m_cancel->load())
        return;
    const QStringList paths = files();
    if (paths.isEmpty())
        return;
    const int file = qMin(value / ImportJob::kProgressPerFile, int(paths.size()) - 1);
    m_progressBar->setValue(value);
    m_progressLabel->setText(
        tr("Importing file %1 of %2: %3…").arg(file + 1).arg(paths.size()).arg(QFileInfo(paths.at(file)).fileName()));
}

void ImportDialog::resultReady(int index)
{
    m_outcomes.append(m_watcher->resultAt(index));
    QStringList blocks{m_runHeading};
    for (const ImportJob::FileOutcome& o : std::as_const(m_outcomes))
        blocks.append(ImportJob::describe(o));
    m_summary->setPlainText(blocks.join(u'\n'));
    updateButtons();
}

void ImportDialog::runFinished()
{
    const bool cancelled = m_cancel && m_cancel->load();
    m_progressBar->setValue(m_progressBar->maximum());
    // A file refused is said as such, with the icon and the word, not as a finished import.
    const auto failed = std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                      [](const ImportJob::FileOutcome& o) { return !o.summary && !o.cancelled; });
    if (cancelled)
        m_progressLabel->setText(tr("Import cancelled."));
    else if (failed == m_outcomes.size() && failed > 0)
        m_progressLabel->setText(tr("⚠ Import failed: nothing was imported (see the summary)."));
    else if (failed > 0)
        m_progressLabel->setText(tr("⚠ Import finished with errors: %1 of %n file(s) not imported (see the summary).",
                                    nullptr, int(m_outcomes.size()))
                                     .arg(failed));
    else
        m_progressLabel->setText(tr("Import finished."));
    QStringList blocks{m_runHeading};
    for (const ImportJob::FileOutcome& o : std::as_const(m_outcomes))
        blocks.append(ImportJob::describe(o));
    blocks.append(QString());
    blocks.append(ImportJob::describeTotals(m_outcomes));
    m_summary->setPlainText(blocks.join(u'\n'));
    updateButtons();
    m_closeButton->setFocus();
    const bool changed = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const ImportJob::FileOutcome& o) {
        return o.summary && !o.summary->alreadyImported;
    });
    if (changed)
        emit importFinished();
    if (m_closeWhenDone)
        QDialog::reject();
}

QString ImportDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void ImportDialog::copySummary()
{
    QApplication::clipboard()->setText(m_summary->toPlainText());
}

void ImportDialog::reject()
{
    // Closing while files are read cancels first; the dialog closes once the worker has rolled back.
    if (isRunning()) {
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isRunning() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (isRunning() || paths.isEmpty())
        return;
    addFiles(paths);
    event->acceptProposedAction();
}
