#include "mappingreadingpage.h"

#include "mappingproposal.h"
#include "mappingwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int s_previewRows = 50;

QString encodingLabel(TextCodec::Encoding e)
{
    switch (e) {
    case TextCodec::Encoding::Auto:
        return MappingReadingPage::tr("Automatic (UTF-8, else Windows-1252)");
    case TextCodec::Encoding::Utf8:
        return MappingReadingPage::tr("UTF-8");
    case TextCodec::Encoding::Windows1252:
        return MappingReadingPage::tr("Windows-1252 (Western European, Excel)");
    case TextCodec::Encoding::Iso8859_15:
        return MappingReadingPage::tr("ISO-8859-15 (Latin-9, with €)");
    case TextCodec::Encoding::Iso8859_1:
        return MappingReadingPage::tr("ISO-8859-1 (Latin-1)");
    case TextCodec::Encoding::Utf16LE:
        return MappingReadingPage::tr("UTF-16 (little-endian)");
    case TextCodec::Encoding::Utf16BE:
        return MappingReadingPage::tr("UTF-16 (big-endian)");
    }
    return {};
}

QString delimiterLabel(char d)
{
    switch (d) {
    case 0:
        return MappingReadingPage::tr("Automatic");
    case ';':
        return MappingReadingPage::tr("Semicolon ( ; )");
    case ',':
        return MappingReadingPage::tr("Comma ( , )");
    case '\t':
        return MappingReadingPage::tr("Tab");
    case '|':
        return MappingReadingPage::tr("Vertical bar ( | )");
    default:
        return QString(QLatin1Char(d));
    }
}

} // namespace

MappingReadingPage::MappingReadingPage(MappingWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_decimalMark(new QComboBox(this)), m_skipLines(new QSpinBox(this)), m_header(new QCheckBox(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(this))
{
    setTitle(tr("How to read the file"));
    setSubTitle(tr("Check that the rows below look like a table: one value per cell, accents right, the header "
                   "on top. Every change reads the file again."));

    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    for (const auto e : {TextCodec::Encoding::Auto, TextCodec::Encoding::Utf8, TextCodec::Encoding::Windows1252,
                         TextCodec::Encoding::Iso8859_15, TextCodec::Encoding::Iso8859_1})
        m_encoding->addItem(encodingLabel(e), int(e));
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    for (const char d : {'\0', ';', ',', '\t', '|'})
        m_delimiter->addItem(delimiterLabel(d), int(d));
    m_decimalMark->setObjectName(QStringLiteral("decimalMarkComboBox"));
    m_decimalMark->addItem(tr("Point (1234.56)"), int('.'));
    m_decimalMark->addItem(tr("Comma (1234,56)"), int(','));
    m_decimalMark->setToolTip(tr("How amounts are written; thousands separators and currency signs are accepted "
                                 "either way"));
    m_skipLines->setObjectName(QStringLiteral("skipLinesSpinBox"));
    m_skipLines->setRange(0, 1000);
    m_skipLines->setToolTip(tr("Lines above the table (a title, a period) to leave out"));
    m_header->setObjectName(QStringLiteral("headerCheckBox"));
    m_header->setText(tr("The first row is a &header (column names)"));
    m_header->setChecked(true);
    m_status->setObjectName(QStringLiteral("readingStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("rawPreviewTableWidget"));
    m_table->setAccessibleName(tr("The first rows as read"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setToolTip(tr("Line in the file"));

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Encoding:"), m_encoding);
    addRow(tr("&Delimiter:"), m_delimiter);
    addRow(tr("Deci&mal mark:"), m_decimalMark);
    addRow(tr("&Lines to skip before the table:"), m_skipLines);
    form->addRow(QString(), m_header);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &MappingReadingPage::refresh);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &MappingReadingPage::refresh);
    connect(m_decimalMark, &QComboBox::currentIndexChanged, this, &MappingReadingPage::refresh);
    connect(m_skipLines, &QSpinBox::valueChanged, this, &MappingReadingPage::refresh);
    connect(m_header, &QCheckBox::toggled, this, &MappingReadingPage::refresh);
}

void MappingReadingPage::initializePage()
{
    if (!m_proposed) {
        m_proposed = true;
        const MappingProposal::Reading r = MappingProposal::proposeReading(m_wizard->head());
        const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_decimalMark), b4(m_skipLines), b5(m_header);
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(int(r.encoding))));
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(int(r.delimiter))));
        m_decimalMark->setCurrentIndex(qMax(0, m_decimalMark->findData(int(r.decimalMark))));
        m_skipLines->setValue(r.skipLines);
        m_header->setChecked(r.header);
    }
    refresh();
}

bool MappingReadingPage::isComplete() const
{
    return m_readable;
}

void MappingReadingPage::apply(ImportProfile& profile) const
{
    profile.encoding = TextCodec::Encoding(m_encoding->currentData().toInt());
    profile.delimiter = char(m_delimiter->currentData().toInt());
    profile.decimalMark = char(m_decimalMark->currentData().toInt());
    profile.skipLines = m_skipLines->value();
    profile.header = m_header->isChecked();
}

void MappingReadingPage::refresh()
{
    ImportProfile p;
    apply(p);
    const MappingWizard::Sample s = m_wizard->read(p.csvOptions(), s_previewRows);

    m_table->clear();
    const int columns = s.columnCount();
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(s.rows.size()));
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers.append(s.columnName(c));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int r = 0; r < s.rows.size(); ++r) {
        lines.append(QString::number(s.lines.at(r)));
        const QStringList& row = s.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            auto* item = new QTableWidgetItem(row.at(c));
            item->setToolTip(row.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));

    const bool wasReadable = m_readable;
    m_readable = s.error.isEmpty() && (columns > 0);
    if (!s.error.isEmpty()) {
        m_status->setText(tr("⚠ %1").arg(s.error));
    } else {
        const QString delimiter =
            s.delimiter == '\t' ? tr("tab") : QStringLiteral("“%1”").arg(QLatin1Char(s.delimiter));
        QString text = s.header.isEmpty()
                           ? tr("Read as %1, delimiter %2, no header: %n column(s).", nullptr, columns)
                                 .arg(TextCodec::name(s.encoding), delimiter)
                           : tr("Read as %1, delimiter %2, header on line %3: %n column(s).", nullptr, columns)
                                 .arg(TextCodec::name(s.encoding), delimiter)
                                 .arg(s.headerLine);
        if (columns == 1)
            text += u' ' + tr("Only one column: try another delimiter, or more lines to skip.");
        m_status->setText(text);
    }
    if (wasReadable != m_readable)
        emit completeChanged();
}
