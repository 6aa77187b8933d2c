#include "mappingwizard.h"

#include "importing/profilerecognizer.h"
#include "importjob.h"
#include "mappingcolumnspage.h"
#include "mappingpreviewpage.h"
#include "mappingreadingpage.h"

#include <QFileInfo>

int MappingWizard::Sample::columnCount() const
{
    qsizetype n = header.size();
    for (const QStringList& row : rows)
        n = qMax(n, row.size());
    return int(n);
}

QString MappingWizard::Sample::columnName(int column) const
{
    const QString text = header.value(column).trimmed();
    return text.isEmpty() ? tr("Column %1").arg(column + 1) : text;
}

MappingWizard::MappingWizard(const QString& path, const QList<Provider>& providers, QWidget* parent)
    : QWizard(parent), m_path(path), m_providers(providers), m_reading(nullptr), m_columns(nullptr), m_preview(nullptr)
{
    setObjectName(QStringLiteral("mappingWizard"));
    setWindowTitle(tr("New Import Profile"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    auto head = ProfileRecognizer::readHead(path, kHeadBytes, &m_truncated);
    if (head)
        m_head = head.value();
    else
        m_readError = head.error();

    m_reading = new MappingReadingPage(this);
    m_columns = new MappingColumnsPage(this);
    m_preview = new MappingPreviewPage(this);
    setPage(ReadingPageId, m_reading);
    setPage(ColumnsPageId, m_columns);
    setPage(PreviewPageId, m_preview);
    setStartId(ReadingPageId);
    resize(980, 680);
}

MappingWizard::~MappingWizard() = default;

QString MappingWizard::fileName() const
{
    return QFileInfo(m_path).fileName();
}

MappingWizard::Sample MappingWizard::read(const CsvReader::Options& options, int maxRows) const
{
    Sample s;
    if (!m_readError.isEmpty()) {
        s.error = m_readError;
        return s;
    }
    CsvReader reader(options);
    if (auto st = reader.openData(m_head, fileName()); !st) {
        s.error = st.error();
        return s;
    }
    s.header = reader.header();
    s.headerLine = reader.headerLine();
    s.encoding = reader.encoding();
    s.delimiter = reader.delimiter();
    CsvRecord record;
    while (s.rows.size() < maxRows && reader.next(record)) {
        s.rows.append(record.toStringList());
        s.lines.append(record.line());
    }
    // The head is cut at a line end, but a quoted field may span that cut: an error past the rows shown is the
    // cut's, not the file's.
    if (reader.hasError() && !(m_truncated && s.rows.size() >= maxRows / 2))
        s.error = reader.error();
    return s;
}

ImportProfile MappingWizard::profile() const
{
    ImportProfile p;
    m_reading->apply(p);
    m_columns->apply(p);
    m_preview->apply(p);
    return p;
}

QStringList MappingWizard::fields()
{
    static const QStringList all = {
        QStringLiteral("timestamp"), QStringLiteral("time"),    QStringLiteral("reference"), QStringLiteral("channel"),
        QStringLiteral("product"),   QStringLiteral("gross"),   QStringLiteral("net"),       QStringLiteral("fee"),
        QStringLiteral("currency"),  QStringLiteral("status"),  QStringLiteral("provider"),  QStringLiteral("rate"),
        QStringLiteral("rate_of"),   QStringLiteral("rate_in"),
    };
    QStringList out;
    for (const QString& f : all)
        if (ImportProfile::fieldFromName(f))
            out.append(f);
    return out;
}

QString MappingWizard::fieldLabel(const QString& field)
{
    if (field == u"timestamp")
        return tr("&Date and time:");
    if (field == u"time")
        return tr("T&ime (own column):");
    if (field == u"reference")
        return tr("&Reference:");
    if (field == u"channel")
        return tr("C&hannel:");
    if (field == u"product")
        return tr("Pr&oduct:");
    if (field == u"gross")
        return tr("&Gross amount:");
    if (field == u"net")
        return tr("Ne&t (paid to you):");
    if (field == u"fee")
        return tr("&Fee:");
    if (field == u"currency")
        return tr("C&urrency:");
    if (field == u"status")
        return tr("&Status:");
    if (field == u"provider")
        return tr("Provider (per ro&w):");
    if (field == u"rate")
        return tr("E&xchange rate:");
    if (field == u"rate_of")
        return tr("Currency the rate &prices:");
    if (field == u"rate_in")
        return tr("Currency the rate is i&n:");
    return field;
}
