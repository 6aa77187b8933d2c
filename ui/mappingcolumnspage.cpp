#include "mappingcolumnspage.h"

#include "catalog/channel.h"
#include "importing/timestampparser.h"
#include "mappingproposal.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

constexpr int s_sampleRows = 200;

// How many of the values a date format reads.
int readable(const QString& format, const QStringList& values)
{
    auto parser = TimestampParser::create(format, QStringLiteral("UTC"));
    if (!parser)
        return 0;
    int count = 0;
    for (const QString& v : values) {
        const QByteArray utf8 = v.toUtf8();
        if (!v.isEmpty() && parser->parse(std::string_view(utf8.constData(), size_t(utf8.size()))).ok())
            ++count;
    }
    return count;
}

bool isCurrencyCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    return code.match(text).hasMatch();
}

} // namespace

MappingColumnsPage::MappingColumnsPage(MappingWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_dateFormat(new QComboBox(this)), m_dateCheck(new QLabel(this)),
      m_timeZone(new QComboBox(this)), m_defaultChannel(new QComboBox(this)), m_defaultCurrency(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_provider(new QComboBox(this)), m_providerNote(new QLabel(this)),
      m_problem(new QLabel(this))
{
    setTitle(tr("What the columns mean"));
    setSubTitle(tr("The columns are proposed from the file's headers: check them. Only the date and the gross "
                   "amount are required."));

    auto* columnsBox = new QGroupBox(tr("Columns"), this);
    auto* columnsForm = new QFormLayout(columnsBox);
    for (const QString& field : MappingWizard::fields()) {
        auto* combo = new QComboBox(columnsBox);
        combo->setObjectName(field + QStringLiteral("ColumnComboBox"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        auto* label = new QLabel(MappingWizard::fieldLabel(field), columnsBox);
        label->setBuddy(combo);
        columnsForm->addRow(label, combo);
        m_columnCombos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] {
            if (field == u"timestamp" || field == u"time")
                timestampColumnChanged();
            emit completeChanged();
        });
    }
    if (QComboBox* rate = m_columnCombos.value(QStringLiteral("rate")))
        rate->setToolTip(tr("A rate given with each row (a Bitcoin invoice's): the row is booked at it. It needs the "
                            "column of the currency it prices, the amounts being in the currency of the price, or "
                            "the column of the currency it is in, the amounts being in the currency priced"));
    if (QComboBox* time = m_columnCombos.value(QStringLiteral("time")))
        time->setToolTip(tr("When the time of day is in a column of its own, next to the date: the date format "
                            "then describes both, separated by a space"));

    m_dateFormat->setObjectName(QStringLiteral("dateFormatComboBox"));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    m_dateFormat->addItems(MappingProposal::dateFormatPresets());
    m_dateFormat->setToolTip(tr("iso8601, unix (seconds), unix_ms, or a Qt format such as dd/MM/yyyy HH:mm:ss "
                                "(dd day, MM month, yyyy year, HH hour, mm minutes, ss seconds)"));
    m_dateCheck->setObjectName(QStringLiteral("dateFormatCheckLabel"));
    m_dateCheck->setWordWrap(true);
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    m_timeZone->setToolTip(tr("The zone of the local times in the file (daylight saving time included); an "
                              "offset written in a value wins"));
    m_defaultChannel->setObjectName(QStringLiteral("defaultChannelComboBox"));
    m_defaultChannel->addItem(tr("(none)"), QString());
    for (const Channel c : Channels::all())
        m_defaultChannel->addItem(Channels::displayName(c), Channels::id(c));
    m_defaultChannel->setToolTip(tr("For a file without a channel column, or a row whose channel cell is empty"));
    m_defaultCurrency->setObjectName(QStringLiteral("defaultCurrencyLineEdit"));
    m_defaultCurrency->setMaxLength(3);
    m_defaultCurrency->setText(QStringLiteral("EUR"));
    m_defaultCurrency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_defaultCurrency));
    m_defaultCurrency->setToolTip(tr("ISO 4217 code, for a file without a currency column or an empty cell"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("Provider statement"), int(ImportProfile::Kind::Provider));
    m_kind->addItem(tr("Sales log (the site's own)"), int(ImportProfile::Kind::Sales));
    m_kind->addItem(tr("Payout statement"), int(ImportProfile::Kind::Payout));
    m_provider->setObjectName(QStringLiteral("providerComboBox"));
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->lineEdit()->setObjectName(QStringLiteral("providerLineEdit"));
    m_provider->lineEdit()->setPlaceholderText(tr("a provider of the catalog, or a new short id such as example-agg"));
    m_provider->setToolTip(tr("The provider who sent the statement, from the catalog; a new id adds the provider to "
                              "the catalog. Re-imports are recognised per provider"));
    for (const Provider& p : m_wizard->catalogProviders())
        m_provider->addItem(tr("%1 (%2)").arg(p.name, p.code), p.code);
    m_provider->setCurrentIndex(-1);
    m_providerNote->setObjectName(QStringLiteral("providerNoteLabel"));
    m_providerNote->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("columnsProblemLabel"));
    m_problem->setWordWrap(true);

    auto* valuesBox = new QGroupBox(tr("Values"), this);
    auto* valuesForm = new QFormLayout(valuesBox);
    auto addRow = [valuesBox, valuesForm](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, valuesBox);
        l->setBuddy(field);
        valuesForm->addRow(l, field);
    };
    addRow(tr("D&ate format:"), m_dateFormat);
    valuesForm->addRow(QString(), m_dateCheck);
    addRow(tr("Time &zone:"), m_timeZone);
    addRow(tr("Defau&lt channel:"), m_defaultChannel);
    addRow(tr("Default curren&cy:"), m_defaultCurrency);
    addRow(tr("&Kind of file:"), m_kind);
    addRow(tr("Pro&vider:"), m_provider);
    valuesForm->addRow(QString(), m_providerNote);

    auto* columns = new QHBoxLayout;
    columns->addWidget(columnsBox, 1);
    columns->addWidget(valuesBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &MappingColumnsPage::checkDateFormat);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &MappingColumnsPage::checkDateFormat);
    connect(m_defaultCurrency, &QLineEdit::textChanged, this, &MappingColumnsPage::completeChanged);
    connect(m_provider, &QComboBox::currentTextChanged, this, &MappingColumnsPage::completeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool sales = ImportProfile::Kind(m_kind->currentData().toInt()) == ImportProfile::Kind::Sales;
        m_provider->setEnabled(!sales);
        emit completeChanged();
    });
}

void MappingColumnsPage::initializePage()
{
    // The reading page's settings decide what the columns are; the combos are built again only when they change,
    // so going back and forth keeps the choices made here.
    const ImportProfile p = m_wizard->profile();
    m_sample = m_wizard->read(p.csvOptions(), s_sampleRows);
    const QComboBox* timestamp = m_columnCombos.value(QStringLiteral("timestamp"));
    if (m_sample.header != m_builtFor || p.header != m_builtWithHeader || timestamp->count() <= 1 ||
        timestamp->count() != m_sample.columnCount() + 1)
        rebuildColumns();
    checkDateFormat();
}

void MappingColumnsPage::rebuildColumns()
{
    m_builtFor = m_sample.header;
    m_builtWithHeader = m_wizard->profile().header;
    const QHash<QString, int> proposed = MappingProposal::proposeColumns(m_sample.header, m_sample.rows);
    const int columns = m_sample.columnCount();
    for (auto it = m_columnCombos.cbegin(); it != m_columnCombos.cend(); ++it) {
        QComboBox* combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < columns; ++c) {
            QString example;
            for (const QStringList& row : std::as_const(m_sample.rows)) {
                example = row.value(c).trimmed();
                if (!example.isEmpty())
                    break;
            }
            if (example.size() > 24)
                example = example.left(23) + u'…';
            combo->addItem(example.isEmpty() ? m_sample.columnName(c)
                                             //: a column in a list: its name, then a value from the file
                                             : tr("%1 (e.g. %2)").arg(m_sample.columnName(c), example),
                           c);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(proposed.value(it.key(), -1))));
    }
    timestampColumnChanged();
    emit completeChanged();
}

int MappingColumnsPage::column(const QString& field) const
{
    const QComboBox* combo = m_columnCombos.value(field);
    return combo && combo->currentIndex() >= 0 ? combo->currentData().toInt() : -1;
}

QStringList MappingColumnsPage::samples(int column) const
{
    QStringList out;
    if (column < 0)
        return out;
    const int time = this->column(QStringLiteral("time"));
    for (const QStringList& row : m_sample.rows) {
        QString value = row.value(column).trimmed();
        if (time >= 0 && !value.isEmpty())
            value += u' ' + row.value(time).trimmed();
        out.append(value);
    }
    return out;
}

void MappingColumnsPage::timestampColumnChanged()
{
    // Keep a format that reads the column as well as the proposal does (it may be the user's); otherwise take
    // the proposal.
    const QStringList values = samples(column(QStringLiteral("timestamp")));
    const QString proposed = MappingProposal::proposeDateFormat(values);
    const QString current = m_dateFormat->currentText().trimmed();
    if (proposed.isEmpty() || proposed == current)
        return;
    if (readable(current, values) < readable(proposed, values))
        m_dateFormat->setCurrentText(proposed);
}

void MappingColumnsPage::checkDateFormat()
{
    const QString format = m_dateFormat->currentText().trimmed();
    const QString zone = m_timeZone->currentText().trimmed();
    if (const Status st = TimestampParser::checkFormat(format); !st) {
        m_dateCheck->setText(tr("⚠ %1").arg(st.error()));
    } else if (!TimestampParser::isKnownTimeZone(zone)) {
        m_dateCheck->setText(tr("⚠ “%1” is not a known time zone: choose one in the list.").arg(zone));
    } else {
        QString first;
        for (const QString& v : samples(column(QStringLiteral("timestamp"))))
            if (!v.isEmpty() && first.isEmpty())
                first = v;
        auto parser = TimestampParser::create(format, zone);
        if (first.isEmpty() || !parser) {
            m_dateCheck->setText(parser ? QString() : tr("⚠ %1").arg(parser.error()));
        } else {
            const QByteArray utf8 = first.toUtf8();
            const auto utc = parser->parse(std::string_view(utf8.constData(), size_t(utf8.size())));
            if (utc) {
                const QDateTime at = QDateTime::fromSecsSinceEpoch(utc.value(), Qt::UTC);
                m_dateCheck->setText(
                    tr("✓ “%1” reads as %2 UTC.").arg(first, at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            } else {
                m_dateCheck->setText(tr("⚠ “%1”: %2").arg(first, utc.error()));
            }
        }
    }
    emit completeChanged();
}

bool MappingColumnsPage::isComplete() const
{
    QStringList missing;
    if (column(QStringLiteral("timestamp")) < 0)
        missing << tr("choose the column of the date");
    if (column(QStringLiteral("gross")) < 0)
        missing << tr("choose the column of the gross amount");
    const bool rate = column(QStringLiteral("rate")) >= 0;
    const int rateCurrencies =
        int(column(QStringLiteral("rate_of")) >= 0) + int(column(QStringLiteral("rate_in")) >= 0);
    if (rate && rateCurrencies != 1)
        missing << tr("choose either the currency the rate prices or the one it is in");
    else if (!rate && rateCurrencies > 0)
        missing << tr("choose the column of the exchange rate");
    if (!TimestampParser::checkFormat(m_dateFormat->currentText().trimmed()).ok())
        missing << tr("give a valid date format");
    if (!TimestampParser::isKnownTimeZone(m_timeZone->currentText().trimmed()))
        missing << tr("choose a time zone");
    const auto kind = ImportProfile::Kind(m_kind->currentData().toInt());
    const QString code = providerCode();
    if (kind != ImportProfile::Kind::Sales && code.isEmpty())
        missing << tr("name the provider");
    const auto& known = m_wizard->catalogProviders();
    const bool isNew = !code.isEmpty() && std::none_of(known.cbegin(), known.cend(),
                                                       [&code](const Provider& p) { return p.code == code; });
    m_providerNote->setText(
        kind != ImportProfile::Kind::Sales && isNew
            ? tr("The catalog has no provider “%1”: it will be added when the profile is saved.").arg(code)
            : QString());
    if (column(QStringLiteral("currency")) < 0 && !isCurrencyCode(m_defaultCurrency->text().trimmed().toUpper()))
        missing << tr("give a default currency (three letters, such as EUR)");
    //: %1 lists what is missing, e.g. "choose the column of the date, name the provider"
    m_problem->setText(missing.isEmpty() ? QString() : tr("To go on: %1.").arg(missing.join(QStringLiteral(", "))));
    return missing.isEmpty();
}

void MappingColumnsPage::apply(ImportProfile& profile) const
{
    for (auto it = m_columnCombos.cbegin(); it != m_columnCombos.cend(); ++it) {
        const auto field = ImportProfile::fieldFromName(it.key());
        const int c = column(it.key());
        if (!field)
            continue;
        ImportProfile::ColumnRef ref;
        // By header when the header names the column once; by position otherwise.
        const QString name = m_sample.header.value(c);
        if (c >= 0 && !name.trimmed().isEmpty() && m_sample.header.indexOf(name) == c)
            ref.header = name;
        else if (c >= 0)
            ref.position = c + 1;
        profile.column(*field) = ref;
    }
    profile.dateFormat = m_dateFormat->currentText().trimmed();
    profile.timeZone = m_timeZone->currentText().trimmed();
    profile.defaultChannel = m_defaultChannel->currentData().toString();
    profile.defaultCurrency = m_defaultCurrency->text().trimmed().toUpper();
    profile.kind = ImportProfile::Kind(m_kind->currentData().toInt());
    profile.provider = profile.kind == ImportProfile::Kind::Sales ? QString() : providerCode();
}

QString MappingColumnsPage::providerCode() const
{
    // An item of the list stands for its code; anything typed is a code.
    const QString text = m_provider->currentText().trimmed();
    const int index = m_provider->findText(text);
    return index >= 0 ? m_provider->itemData(index).toString() : text;
}
