#include "mappingpreviewpage.h"

#include "catalog/channel.h"
#include "importing/rowparser.h"
#include "mappingproposal.h"
#include "mappingwizard.h"
#include "messagebox.h"
#include "money/money.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum PreviewColumn {
    LineColumn,
    ResultColumn,
    LocalTimeColumn,
    UtcColumn,
    ReferenceColumn,
    ChannelColumn,
    ProductColumn,
    GrossColumn,
    NetColumn,
    FeeColumn,
    StatusColumn,
    PreviewColumnCount,
    ReasonColumn = LocalTimeColumn // rejected and skipped rows say why across the value columns
};

QString localText(qint64 utc)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc).toLocalTime();
    const QLocale locale;
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + at.time().toString(QStringLiteral("HH:mm:ss"));
}

QString channelText(const QString& id)
{
    const auto channel = Channels::fromId(id);
    return channel ? Channels::shortName(*channel) : id;
}

} // namespace

MappingPreviewPage::MappingPreviewPage(MappingWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(this)), m_counts(new QLabel(this)),
      m_skipColumn(new QComboBox(this)), m_skipPattern(new QLineEdit(this)), m_channelValuesLabel(new QLabel(this)),
      m_channelValues(new QTableWidget(this)), m_name(new QLineEdit(this))
{
    setTitle(tr("How each row will be read"));
    setSubTitle(tr("The first rows of the file as the profile reads them. A rejected row says why; fix the mapping "
                   "(Back) or the rules below, then name the profile and finish to save it."));

    m_table->setObjectName(QStringLiteral("parsedPreviewTableWidget"));
    m_table->setAccessibleName(tr("Rows as they will be imported"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(PreviewColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Local time"), tr("UTC"), tr("Reference"),
                                        tr("Channel"), tr("Product"), tr("Gross"), tr("Net"), tr("Fee"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_counts->setObjectName(QStringLiteral("previewCountsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_skipColumn->setObjectName(QStringLiteral("skipRuleColumnComboBox"));
    m_skipColumn->setAccessibleName(tr("Column tested by the skip rule"));
    m_skipPattern->setObjectName(QStringLiteral("skipRulePatternLineEdit"));
    m_skipPattern->setAccessibleName(tr("Skip rule pattern"));
    m_skipPattern->setPlaceholderText(tr("e.g. ^Total"));
    m_skipPattern->setToolTip(tr("A regular expression; ^ anchors it at the start of the cell. Rows it matches are "
                                 "counted as skipped, never imported."));
    m_channelValuesLabel->setText(tr("Channel values in the file:"));
    m_channelValues->setObjectName(QStringLiteral("channelValuesTableWidget"));
    m_channelValues->setAccessibleName(tr("Channel values"));
    m_channelValues->setColumnCount(2);
    m_channelValues->setHorizontalHeaderLabels({tr("Value in the file"), tr("Channel")});
    m_channelValues->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_channelValues->verticalHeader()->hide();
    m_channelValues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_name->setObjectName(QStringLiteral("profileNameLineEdit"));
    m_name->setAccessibleName(tr("Profile name"));

    auto* skipRow = new QHBoxLayout;
    auto* skipLabel = new QLabel(tr("S&kip rows whose"), this);
    skipLabel->setBuddy(m_skipColumn);
    skipRow->addWidget(skipLabel);
    skipRow->addWidget(m_skipColumn);
    skipRow->addWidget(new QLabel(tr("matches"), this));
    skipRow->addWidget(m_skipPattern, 1);

    auto* nameRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Save the profile &as:"), this);
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(skipRow);
    layout->addWidget(m_channelValuesLabel);
    layout->addWidget(m_channelValues);
    layout->addLayout(nameRow);

    connect(m_skipColumn, &QComboBox::currentIndexChanged, this, &MappingPreviewPage::refresh);
    connect(m_skipPattern, &QLineEdit::textChanged, this, &MappingPreviewPage::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &MappingPreviewPage::completeChanged);
}

void MappingPreviewPage::initializePage()
{
    const ImportProfile p = m_wizard->profile();
    const MappingWizard::Sample sample = m_wizard->read(p.csvOptions(), kPreviewRows);
    const int previousColumn = m_skipColumn->currentData().isValid() ? m_skipColumn->currentData().toInt() : -1;
    const bool sameColumns = sample.header == m_header && m_skipColumn->count() == sample.columnCount();
    m_header = sample.header;
    {
        const QSignalBlocker block(m_skipColumn);
        m_skipColumn->clear();
        for (int c = 0; c < sample.columnCount(); ++c)
            m_skipColumn->addItem(sample.columnName(c), c);
        if (sameColumns && previousColumn >= 0)
            m_skipColumn->setCurrentIndex(m_skipColumn->findData(previousColumn));
    }
    if (!m_skipProposed) {
        m_skipProposed = true;
        const QSignalBlocker block(m_skipPattern);
        for (int c = 0; c < sample.columnCount(); ++c) {
            const QString pattern = MappingProposal::proposeSkipPattern(sample.rows, c);
            if (!pattern.isEmpty()) {
                m_skipColumn->setCurrentIndex(m_skipColumn->findData(c));
                m_skipPattern->setText(pattern);
                break;
            }
        }
    }
    if (m_name->text().trimmed().isEmpty()) {
        const QString base = QFileInfo(m_wizard->fileName()).completeBaseName();
        m_name->setText(p.kind == ImportProfile::Kind::Sales || p.provider.isEmpty()
                            ? tr("Sales log (%1)").arg(base)
                            : tr("%1 statement").arg(p.provider));
    }
    rebuildChannelValues();
    refresh();
}

void MappingPreviewPage::rebuildChannelValues()
{
    const ImportProfile p = m_wizard->profile();
    QStringList values;
    auto resolved = p.resolveColumns(m_header);
    const int channel = resolved ? resolved->index[size_t(ImportProfile::Field::Channel)] : -1;
    if (channel >= 0) {
        const MappingWizard::Sample sample = m_wizard->read(p.csvOptions(), kPreviewRows);
        for (const QStringList& row : sample.rows) {
            const QString v = row.value(channel).trimmed();
            if (!v.isEmpty() && !ImportProfile::isChannelId(v.toLower()) && !values.contains(v))
                values.append(v);
        }
    }
    m_channelValuesLabel->setVisible(!values.isEmpty());
    m_channelValues->setVisible(!values.isEmpty());
    m_channelValues->setRowCount(int(values.size()));
    for (int r = 0; r < values.size(); ++r) {
        const QString& value = values.at(r);
        if (!m_channelChoices.contains(value))
            m_channelChoices.insert(value, MappingProposal::proposeChannel(value));
        m_channelValues->setItem(r, 0, new QTableWidgetItem(value));
        auto* combo = new QComboBox(m_channelValues);
        combo->setObjectName(QStringLiteral("channelValueComboBox"));
        combo->setAccessibleName(tr("Channel for “%1”").arg(value));
        combo->addItem(tr("(unknown: reject the row)"), QString());
        for (const Channel c : Channels::all())
            combo->addItem(Channels::displayName(c), Channels::id(c));
        combo->setCurrentIndex(qMax(0, combo->findData(m_channelChoices.value(value))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, value, combo] {
            m_channelChoices.insert(value, combo->currentData().toString());
            refresh();
        });
        m_channelValues->setCellWidget(r, 1, combo);
    }
    // As tall as its rows, up to four; the preview above gets the rest.
    m_channelValues->resizeRowsToContents();
    int height = m_channelValues->horizontalHeader()->sizeHint().height() + 2 * m_channelValues->frameWidth();
    for (int r = 0; r < qMin(4, m_channelValues->rowCount()); ++r)
        height += m_channelValues->rowHeight(r);
    m_channelValues->setFixedHeight(height);
}

void MappingPreviewPage::apply(ImportProfile& profile) const
{
    profile.name = m_name->text().trimmed();
    profile.skipRows.clear();
    const QString pattern = m_skipPattern->text().trimmed();
    const int c = m_skipColumn->currentIndex() >= 0 ? m_skipColumn->currentData().toInt() : -1;
    if (!pattern.isEmpty() && c >= 0) {
        ImportProfile::SkipRule rule;
        // Named by the field mapped to that column when there is one, as a person would write it.
        if (auto resolved = profile.resolveColumns(m_header)) {
            for (int f = 0; f < ImportProfile::FieldCount && rule.column.isEmpty(); ++f)
                if (resolved->index[size_t(f)] == c)
                    rule.column = ImportProfile::fieldName(ImportProfile::Field(f));
        }
        if (rule.column.isEmpty()) {
            const QString name = m_header.value(c);
            if (!name.trimmed().isEmpty() && m_header.indexOf(name) == c) {
                rule.column = name;
            } else {
                rule.position = c + 1;
                rule.column = QString::number(c + 1);
            }
        }
        rule.matches = pattern;
        rule.regex = QRegularExpression(pattern);
        profile.skipRows.append(rule);
    }
    profile.channelValues.clear();
    for (auto it = m_channelChoices.cbegin(); it != m_channelChoices.cend(); ++it)
        if (!it.value().isEmpty())
            profile.channelValues.insert(it.key(), it.value());
}

void MappingPreviewPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const ImportProfile p = m_wizard->profile();
    m_table->clearSpans();
    m_table->setRowCount(0);
    m_read = m_skipped = m_rejected = 0;
    const bool wasParsable = m_parsable;
    m_parsable = false;

    const auto done = [this, wasParsable] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < StatusColumn; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 220));
        m_refreshing = false;
        if (wasParsable != m_parsable)
            emit completeChanged();
    };

    if (!p.skipRows.isEmpty() && !p.skipRows.first().regex.isValid()) {
        m_counts->setText(
            tr("⚠ The skip rule is not a valid regular expression: %1").arg(p.skipRows.first().regex.errorString()));
        done();
        return;
    }
    CsvReader reader(p.csvOptions());
    if (auto st = reader.openData(m_wizard->head(), m_wizard->fileName()); !st) {
        m_counts->setText(tr("⚠ %1").arg(st.error()));
        done();
        return;
    }
    auto parser = RowParser::create(p, reader.header(), m_wizard->fileName());
    if (!parser) {
        m_counts->setText(tr("⚠ %1").arg(parser.error()));
        done();
        return;
    }
    m_parsable = true;

    const QLocale locale;
    const QIcon rejectedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
    CsvRecord record;
    ParsedRow row;
    RowError error;
    int rows = 0;
    while (rows < kPreviewRows && reader.next(record)) {
        const int r = rows++;
        m_table->insertRow(r);
        auto set = [this, r](int column, const QString& text, bool number = false) {
            auto* item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
            return item;
        };
        set(LineColumn, locale.toString(record.line()), true);
        if (!parser->parse(record, row, error)) {
            ++m_rejected;
            set(ResultColumn, tr("Rejected"))->setIcon(rejectedIcon);
            // Why, where the values would be: a rejected row has none.
            RowError shown = error;
            shown.file.clear();
            set(ReasonColumn, shown.message())->setToolTip(shown.message());
            m_table->setSpan(r, ReasonColumn, 1, PreviewColumnCount - ReasonColumn);
            continue;
        }
        if (row.skipped) {
            ++m_skipped;
            set(ResultColumn, tr("Skipped"))->setForeground(dim);
            set(ReasonColumn, row.skipRule >= 0
                                  ? tr("matches the skip rule “%1”").arg(p.skipRows.value(row.skipRule).matches)
                                  : tr("blank row"))
                ->setForeground(dim);
            m_table->setSpan(r, ReasonColumn, 1, PreviewColumnCount - ReasonColumn);
            continue;
        }
        ++m_read;
        set(ResultColumn, tr("Read"));
        set(LocalTimeColumn, localText(row.occurredUtc));
        set(UtcColumn,
            QDateTime::fromSecsSinceEpoch(row.occurredUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        set(ReferenceColumn, row.reference);
        set(ChannelColumn, channelText(row.channel));
        set(ProductColumn, row.product);
        set(GrossColumn, Money(row.grossMinor, row.currency).toString(locale), true);
        if (row.netMinor)
            set(NetColumn, Money(*row.netMinor, row.currency).toString(locale), true);
        if (row.feeMinor)
            set(FeeColumn, Money(*row.feeMinor, row.currency).toString(locale), true);
        set(StatusColumn, row.status);
    }
    QString counts =
        tr("First rows of the file: %1 read, %2 skipped, %3 rejected.").arg(m_read).arg(m_skipped).arg(m_rejected);
    if (reader.hasError() && !(m_wizard->headTruncated() && rows >= kPreviewRows / 2))
        counts += u' ' + tr("⚠ Reading stopped: %1").arg(reader.error());
    else if (m_rejected > 0)
        counts += u' ' + tr("As it stands, importing this file would reject it, unless bad rows are skipped.");
    m_counts->setText(counts);
    done();
}

bool MappingPreviewPage::isComplete() const
{
    return m_parsable && !m_name->text().trimmed().isEmpty();
}

bool MappingPreviewPage::validatePage()
{
    const ImportProfile p = m_wizard->profile();
    if (const Status st = p.validate(); !st) {
        MessageBox::critical(this, tr("Cannot save the profile"), st.error());
        return false;
    }
    if (m_rejected > 0 && MessageBox::question(this, tr("Save the profile"),
                                               tr("%n of the first rows would be rejected. Save the profile anyway?",
                                                  nullptr, m_rejected)) != QMessageBox::Yes)
        return false;
    const QString id = ProfileRegistry::idFor(p.name);
    for (const ProfileRegistry::Entry& e : ProfileRegistry::all()) {
        if (e.id != id)
            continue;
        if (e.builtIn) {
            MessageBox::critical(this, tr("Cannot save the profile"),
                                 tr("“%1” is the name of a built-in profile: choose another name.").arg(p.name));
            return false;
        }
        if (MessageBox::question(this, tr("Replace the profile"),
                                 tr("A saved profile is already named “%1”. Replace it?").arg(e.profile.name)) !=
            QMessageBox::Yes)
            return false;
    }
    auto saved = ProfileRegistry::save(p);
    if (!saved) {
        MessageBox::critical(this, tr("Cannot save the profile"), saved.error());
        return false;
    }
    m_wizard->setSavedEntry(saved.value());
    return true;
}
