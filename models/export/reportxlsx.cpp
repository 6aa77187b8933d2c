#include "reportxlsx.h"

#include "money/money.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <list>
#include <map>

namespace {

using Type = ReportColumn::Type;

// Strings handed to libxlsxwriter stay alive until the workbook is closed.
class Texts final
{
public:
    const char* operator()(const QString& text)
    {
        m_store.push_back(text.toUtf8());
        return m_store.back().constData();
    }

private:
    std::list<QByteArray> m_store;
};

double scaleOf(int decimals)
{
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return scale;
}

// Characters a cell shows, to size its column.
int displayWidth(const ReportTable& table, const ReportCell& cell, int column)
{
    if (cell.empty)
        return 0;
    switch (table.typeOf(cell, column)) {
    case Type::Text:
        return int(cell.text.size());
    case Type::Integer: {
        const int digits = int(QString::number(cell.number).size());
        return digits + digits / 3;
    }
    case Type::Money: {
        const int decimals = Money::decimals(cell.currency);
        const int digits = int(QString::number(cell.number).size()) - decimals;
        return qMax(1, digits) + qMax(1, digits) / 3 + decimals + 2;
    }
    case Type::Percent:
        return 8;
    case Type::Date:
        return 10;
    case Type::DateTime:
        return 19;
    }
    return 0;
}

class Formats final
{
public:
    explicit Formats(lxw_workbook* book) : m_book(book)
    {
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_bg_color(header, 0xE7E9EE);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        integer = workbook_add_format(book);
        format_set_num_format(integer, "#,##0");
        percent = workbook_add_format(book);
        format_set_num_format(percent, "0.00%");
        date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        dateTime = workbook_add_format(book);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    }

    lxw_format* money(int decimals)
    {
        auto it = m_money.find(decimals);
        if (it != m_money.end())
            return it->second;
        lxw_format* f = workbook_add_format(m_book);
        const QByteArray pattern = decimals > 0
                                       ? "#,##0." + QByteArray(decimals, '0') + ";-#,##0." + QByteArray(decimals, '0')
                                       : QByteArray("#,##0;-#,##0");
        m_patterns.push_back(pattern);
        format_set_num_format(f, m_patterns.back().constData());
        m_money.emplace(decimals, f);
        return f;
    }

    lxw_format* header = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;

private:
    lxw_workbook* m_book;
    std::map<int, lxw_format*> m_money;
    std::list<QByteArray> m_patterns;
};

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ReportTable& table,
                    const ReportCell& cell, int column, Formats& formats, Texts& texts)
{
    if (cell.empty)
        return LXW_NO_ERROR;
    switch (table.typeOf(cell, column)) {
    case Type::Text:
        if (cell.text.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(sheet, row, col, texts(cell.text), nullptr);
    case Type::Integer:
        return worksheet_write_number(sheet, row, col, double(cell.number), formats.integer);
    case Type::Money: {
        const int decimals = Money::decimals(cell.currency);
        return worksheet_write_number(sheet, row, col, double(cell.number) / scaleOf(decimals),
                                      formats.money(decimals));
    }
    case Type::Percent:
        return worksheet_write_number(sheet, row, col, double(cell.number) / 10000.0, formats.percent);
    case Type::Date: {
        if (!cell.date.isValid())
            return LXW_NO_ERROR;
        lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        return worksheet_write_datetime(sheet, row, col, &d, formats.date);
    }
    case Type::DateTime: {
        if (!cell.dateTime.isValid())
            return LXW_NO_ERROR;
        const QDate day = cell.dateTime.date();
        const QTime time = cell.dateTime.time();
        lxw_datetime d{day.year(), day.month(), day.day(), time.hour(), time.minute(), double(time.second())};
        return worksheet_write_datetime(sheet, row, col, &d, formats.dateTime);
    }
    }
    return LXW_NO_ERROR;
}

// One stacked column chart per currency of the daily sheet: a series per channel column.
void addDailyCharts(lxw_workbook* book, lxw_worksheet* sheet, const char* sheetName, const ReportTable& table,
                    Texts& texts)
{
    const int channelColumns = int(table.columns.size()) - 3; // currency, date, …channels…, total
    if (channelColumns <= 0 || table.rows.isEmpty())
        return;
    int first = 0;
    int chartRow = 1;
    while (first < table.rows.size()) {
        const QString currency = table.rows.at(first).at(0).text;
        int last = first;
        while (last + 1 < table.rows.size() && table.rows.at(last + 1).at(0).text == currency)
            ++last;
        lxw_chart* chart = workbook_add_chart(book, LXW_CHART_COLUMN_STACKED);
        for (int c = 0; c < channelColumns; ++c) {
            lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheetName, lxw_row_t(first + 1), 1, lxw_row_t(last + 1), 1);
            chart_series_set_values(series, sheetName, lxw_row_t(first + 1), lxw_col_t(2 + c), lxw_row_t(last + 1),
                                    lxw_col_t(2 + c));
            chart_series_set_name_range(series, sheetName, 0, lxw_col_t(2 + c));
        }
        chart_title_set_name(chart, texts(ReportXlsx::tr("Gross per day and channel (%1)").arg(currency)));
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_options options{};
        options.x_scale = 1.8;
        options.y_scale = 1.4;
        worksheet_insert_chart_opt(sheet, lxw_row_t(chartRow), lxw_col_t(table.columns.size() + 1), chart, &options);
        chartRow += 24;
        first = last + 1;
    }
}

} // namespace

QString ReportXlsx::sheetName(const QString& title, const QStringList& taken)
{
    QString name;
    for (QChar c : title)
        name += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u' ') : c;
    name = name.simplified();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    // Excel allows 31 characters: a longer title keeps its whole words, not the start of the next one.
    const auto fit = [](const QString& text, qsizetype size) {
        if (text.size() <= size)
            return text;
        QString cut = text.left(size);
        if (text.at(size) != u' ') {
            const qsizetype space = cut.lastIndexOf(u' ');
            if (space > 0)
                cut = cut.left(space);
        }
        while (cut.endsWith(u'\'') || cut.endsWith(u' ') || cut.endsWith(u':') || cut.endsWith(u',') ||
               cut.endsWith(u'-') || cut.endsWith(u'('))
            cut.chop(1);
        return cut;
    };
    name = fit(name, 31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = fit(name, 31 - suffix.size()) + suffix;
    }
    return unique;
}

Status ReportXlsx::write(const PeriodReport& report, const QString& path, const Continue& keepGoing)
{
    if (path.isEmpty())
        return Status::failure(tr("No output file given for the XLSX workbook."));
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    QString temporary;
    {
        QTemporaryFile file(target.absoluteFilePath() + QStringLiteral(".XXXXXX"));
        file.setAutoRemove(false);
        if (!file.open())
            return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        temporary = file.fileName();
    }
    auto discard = [&temporary](const QString& message) {
        QFile::remove(temporary);
        return Status::failure(message);
    };

    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook* book = workbook_new(temporaryName.constData());
    if (!book)
        return discard(tr("Cannot write %1: the workbook could not be created.").arg(QDir::toNativeSeparators(path)));
    Texts texts;
    Formats formats(book);
    const QLocale locale;

    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(texts(report.title(locale)));
    properties.subject = const_cast<char*>(texts(report.periodText(locale)));
    properties.company = const_cast<char*>(texts(report.settings.company));
    properties.comments = const_cast<char*>(texts(tr("Written by Obole")));
    workbook_set_properties(book, &properties);

    const QList<ReportTable> tables = report.tables();
    QStringList names;
    lxw_error error = LXW_NO_ERROR;
    for (int t = 0; t < tables.size() && error == LXW_NO_ERROR; ++t) {
        if (keepGoing && !keepGoing(t, int(tables.size()))) {
            workbook_close(book);
            return discard(tr("The export was cancelled."));
        }
        const ReportTable& table = tables.at(t);
        const QString name = sheetName(table.title, names);
        names << name;
        const char* sheetName = texts(name);
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName);
        if (!sheet) {
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
            break;
        }
        QList<int> widths;
        for (int c = 0; c < table.columns.size() && error == LXW_NO_ERROR; ++c) {
            error = worksheet_write_string(sheet, 0, lxw_col_t(c), texts(table.columns.at(c).header), formats.header);
            widths << qMin(int(table.columns.at(c).header.size()), 40);
        }
        for (int r = 0; r < table.rows.size() && error == LXW_NO_ERROR; ++r) {
            const QList<ReportCell>& row = table.rows.at(r);
            for (int c = 0; c < row.size() && c < table.columns.size() && error == LXW_NO_ERROR; ++c) {
                error = writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), table, row.at(c), c, formats, texts);
                widths[c] = qMax(widths.at(c), displayWidth(table, row.at(c), c));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(8, widths.at(c) + 2, 60), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (error == LXW_NO_ERROR && !table.columns.isEmpty())
            error = worksheet_autofilter(sheet, 0, 0, lxw_row_t(qMax<qsizetype>(table.rows.size(), 1)),
                                         lxw_col_t(table.columns.size() - 1));
        if (table.id == u"daily")
            addDailyCharts(book, sheet, sheetName, table, texts);
    }
    const lxw_error closed = workbook_close(book);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return discard(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));

    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(temporaryName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return discard(
            tr("Cannot write %1: the finished file could not replace it.").arg(QDir::toNativeSeparators(path)));
    return {};
}
