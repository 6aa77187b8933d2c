#include "preferencesdialog.h"

#include "core/settings.h"
#include "revenue/revenueaggregates.h"
#include "storage/database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_language(new QComboBox(this)), m_timeZone(new QComboBox(this)),
      m_window(new QSpinBox(this)), m_folder(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("The system's (French on a French system, else English)"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_initialLanguage = Settings::value(Settings::Key::Language).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));

    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromLatin1(id));
    }
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    if (m_db) {
        m_initialZone = RevenueAggregates::timeZone(*m_db);
        m_timeZone->setCurrentText(QString::fromLatin1(m_initialZone.id()));
    } else {
        m_timeZone->setEnabled(false);
        m_timeZone->setCurrentText(tr("(no database open)"));
    }

    m_window->setObjectName(QStringLiteral("windowSpinBox"));
    m_window->setRange(0, 86400);
    m_window->setSingleStep(60);
    m_window->setSuffix(tr(" s", "seconds"));
    m_window->setValue(Settings::value(Settings::Key::ReconcileWindowSeconds).toInt());

    m_folder->setObjectName(QStringLiteral("exportFolderLineEdit"));
    m_folder->setText(QDir::toNativeSeparators(Settings::value(Settings::Key::ExportFolder).toString()));
    m_folder->setPlaceholderText(tr("The database's folder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderButton"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language applies the next time Obole starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Books' &time zone:"), m_timeZone);
    auto* zoneNote = new QLabel(tr("The days every total, report and FEC of this database follows, on any computer "
                                   "that opens it. Changing it recomputes the revenue totals."),
                                this);
    zoneNote->setWordWrap(true);
    form->addRow(QString(), zoneNote);
    form->addRow(tr("Reconciliation &window:"), m_window);
    auto* windowNote = new QLabel(tr("How far apart a sale and a provider line without a shared reference may be "
                                     "and still be matched by amount and time."),
                                  this);
    windowNote->setWordWrap(true);
    form->addRow(QString(), windowNote);
    auto* folderLabel = new QLabel(tr("&Export folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    setMinimumWidth(560);
}

void PreferencesDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(m_folder->text());
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::accept()
{
    QTimeZone zone;
    if (m_db) {
        zone = QTimeZone(m_timeZone->currentText().trimmed().toLatin1());
        if (!zone.isValid()) {
            m_problem->setText(tr("\"%1\" is not a time zone: choose one from the list, such as Europe/Paris.")
                                   .arg(m_timeZone->currentText().trimmed()));
            m_problem->show();
            m_timeZone->setFocus();
            return;
        }
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_problem->setText(tr("The export folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        m_problem->show();
        m_folder->setFocus();
        return;
    }
    if (m_db && zone.id() != m_initialZone.id()) {
        if (auto st = RevenueAggregates::setTimeZone(*m_db, zone); !st) {
            m_problem->setText(tr("The time zone was not saved: %1").arg(st.error()));
            m_problem->show();
            return;
        }
    }
    Settings::setValue(Settings::Key::Language, m_language->currentData().toString());
    Settings::setValue(Settings::Key::ReconcileWindowSeconds, m_window->value());
    Settings::setValue(Settings::Key::ExportFolder, folder);
    QDialog::accept();
}
