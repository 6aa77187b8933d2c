#include "reportcsv.h"

#include "core/spreadsheettext.h"
#include "money/money.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

CsvConventions CsvConventions::french()
{
    return {u';', u',', true, true};
}

CsvConventions CsvConventions::english()
{
    return {u',', u'.', false, false};
}

CsvConventions CsvConventions::forLocale(const QLocale& locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? french() : english();
}

namespace {

// "-1234.56" with the given mark: every decimal of the currency, no grouping.
QString number(qint64 minor, int decimals, QChar mark)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (decimals > 0)
        text += mark + QString::number(magnitude % scale).rightJustified(decimals, u'0');
    if (negative)
        text.prepend(u'-');
    return text;
}

QString cellText(const ReportTable& table, const ReportCell& cell, int column, const CsvConventions& c)
{
    if (cell.empty)
        return QString();
    switch (table.typeOf(cell, column)) {
    case ReportColumn::Type::Text:
        return SpreadsheetText::neutralised(cell.text);
    case ReportColumn::Type::Integer:
        return QString::number(cell.number);
    case ReportColumn::Type::Money:
        return number(cell.number, Money::decimals(cell.currency), c.decimalMark);
    case ReportColumn::Type::Percent:
        return number(cell.number, 2, c.decimalMark);
    case ReportColumn::Type::Date:
        return cell.date.toString(c.dayFirstDates ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd"));
    case ReportColumn::Type::DateTime:
        return cell.dateTime.toString(c.dayFirstDates ? QStringLiteral("dd/MM/yyyy HH:mm:ss")
                                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return QString();
}

} // namespace

QByteArray ReportCsv::table(const ReportTable& table, const CsvConventions& conventions)
{
    QString text;
    if (conventions.byteOrderMark)
        text += QChar(0xFEFF);
    QStringList fields;
    for (const ReportColumn& column : table.columns) {
        QString header = column.header;
        if (column.type == ReportColumn::Type::Percent)
            header = tr("%1 (%)", "a column header for a percentage").arg(header);
        fields << SpreadsheetText::csvField(header, conventions.separator);
    }
    text += fields.join(conventions.separator) + QStringLiteral("\r\n");
    for (const QList<ReportCell>& row : table.rows) {
        fields.clear();
        for (int i = 0; i < row.size(); ++i)
            fields << SpreadsheetText::csvField(cellText(table, row.at(i), i, conventions), conventions.separator);
        text += fields.join(conventions.separator) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QStringList ReportCsv::filePaths(const QString& output, const QStringList& tableIds)
{
    QStringList out;
    if (output.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const QString base = output.left(output.size() - 4);
        for (const QString& id : tableIds)
            out << base + u'-' + id + QStringLiteral(".csv");
    } else {
        const QDir dir(output);
        for (const QString& id : tableIds)
            out << dir.filePath(id + QStringLiteral(".csv"));
    }
    return out;
}

Result<QStringList> ReportCsv::write(const PeriodReport& report, const QString& output,
                                     const CsvConventions& conventions)
{
    using R = Result<QStringList>;
    if (output.isEmpty())
        return R::failure(tr("No output given for the CSV files."));
    const QList<ReportTable> tables = report.tables();
    QStringList ids;
    for (const ReportTable& t : tables)
        ids << t.id;
    const QStringList paths = filePaths(output, ids);
    const QString folder = QFileInfo(paths.constFirst()).absolutePath();
    if (!QDir().mkpath(folder))
        return R::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));

    std::vector<std::unique_ptr<QSaveFile>> files;
    for (int i = 0; i < tables.size(); ++i) {
        auto file = std::make_unique<QSaveFile>(paths.at(i));
        if (!file->open(QIODevice::WriteOnly))
            return R::failure(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(paths.at(i)), file->errorString()));
        const QByteArray bytes = table(tables.at(i), conventions);
        if (file->write(bytes) != bytes.size())
            return R::failure(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(paths.at(i)), file->errorString()));
        files.push_back(std::move(file));
    }
    // Every file is complete in its temporary copy; now they replace what was there.
    for (size_t i = 0; i < files.size(); ++i) {
        if (!files[i]->commit()) {
            const QString error = tr("Cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(paths.at(qsizetype(i))), files[i]->errorString());
            for (size_t j = 0; j < i; ++j)
                QFile::remove(paths.at(qsizetype(j)));
            return R::failure(error);
        }
    }
    return paths;
}
