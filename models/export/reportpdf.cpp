#include "reportpdf.h"

#include "money/money.h"
#include "revenue/revenuechartpainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

namespace {

using Type = ReportColumn::Type;
using PaintOp = std::function<void(QPainter&)>;

const QColor s_text(0x1F, 0x1F, 0x1F);
const QColor s_muted(0x5F, 0x5F, 0x5F);
const QColor s_headerFill(0xE7, 0xE9, 0xEE);
const QColor s_stripe(0xF6, 0xF7, 0xF9);
const QColor s_rule(0xB0, 0xB4, 0xBC);

QFont makeFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString percentText(qint64 basisPoints, const QLocale& locale)
{
    const bool negative = basisPoints < 0;
    const qint64 magnitude = negative ? -basisPoints : basisPoints;
    QString text = locale.toString(magnitude / 100);
    const qint64 rest = magnitude % 100;
    if (rest != 0) {
        QString decimals = QString::number(rest).rightJustified(2, u'0');
        if (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return ReportPdf::tr("%1 %", "a percentage in a report table").arg(negative ? locale.negativeSign() + text : text);
}

// Lays content out on pages first (so the page count is known), then paints it.
class Document final
{
public:
    Document(QPdfWriter& writer, const QLocale& locale) : m_writer(writer), m_locale(locale)
    {
        pt = writer.resolution() / 72.0;
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        m_footerHeight = QFontMetricsF(makeFont(7.5), &writer).height() * 2.2;
        body = QRectF(0, 0, paint.width(), paint.height() - m_footerHeight);
        newPage();
    }

    qreal pt = 1;
    QRectF body;

    int pageCount() const { return int(m_pages.size()); }
    const QList<PaintOp>& page(int i) const { return m_pages.at(i); }
    qreal footerTop() const { return body.bottom() + m_footerHeight * 0.4; }

    void newPage()
    {
        m_pages.append(QList<PaintOp>());
        m_y = body.top();
    }
    qreal remaining() const { return body.bottom() - m_y; }
    bool atTop() const { return m_y <= body.top(); }
    void ensure(qreal height)
    {
        if (!atTop() && height > remaining())
            newPage();
    }
    void skip(qreal height) { m_y += height; }

    // Reserves `height` on the current page (after a page break when needed) and paints there.
    void place(qreal height, const std::function<void(QPainter&, const QRectF&)>& paint)
    {
        ensure(height);
        const QRectF rect(body.left(), m_y, body.width(), height);
        m_pages.last().append([paint, rect](QPainter& p) { paint(p, rect); });
        m_y += height;
    }

    qreal textHeight(const QFont& font, const QString& text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_writer);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text).height();
    }

    void paragraph(const QString& text, const QFont& font, const QColor& color, qreal spaceAfter)
    {
        if (text.isEmpty())
            return;
        const qreal h = textHeight(font, text, body.width());
        place(h, [text, font, color](QPainter& p, const QRectF& r) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        skip(spaceAfter * pt);
    }

    void heading(const QString& text, qreal keepWithNext)
    {
        const QFont font = makeFont(12, true);
        const qreal h = textHeight(font, text, body.width());
        ensure(h + 6 * pt + keepWithNext);
        if (!atTop())
            skip(8 * pt);
        paragraph(text, font, s_text, 4);
    }

    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_writer); }

private:
    QPdfWriter& m_writer;
    QLocale m_locale;
    QList<QList<PaintOp>> m_pages;
    qreal m_y = 0;
    qreal m_footerHeight = 0;
};

void addTable(Document& doc, const ReportTable& table, const QLocale& locale)
{
    const qsizetype shown =
        table.pdfRowLimit > 0 ? qMin<qsizetype>(table.pdfRowLimit, table.rows.size()) : table.rows.size();
    const int columns = int(table.columns.size());
    const qreal pt = doc.pt;
    const qreal pad = 3 * pt;

    // Texts, once.
    QList<QStringList> texts;
    texts.reserve(shown);
    for (qsizetype r = 0; r < shown; ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << (c < table.rows.at(r).size() ? ReportPdf::cellText(table, table.rows.at(r).at(c), c, locale)
                                                : QString());
        texts << row;
    }

    // The largest type (8 pt down to 6) at which every column shows whole, headers wrapped at spaces if need be;
    // then headers get room to stay on one line where there is some, and text columns give way when there is none.
    QFont font;
    QList<qreal> widths;
    QList<qreal> wanted;
    qreal total = 0;
    for (qreal size = 8; size >= 6; size -= 0.5) {
        font = makeFont(size);
        const QFontMetricsF fm = doc.metrics(font);
        const QFontMetricsF bold = doc.metrics(makeFont(size, true));
        widths.clear();
        wanted.clear();
        total = 0;
        for (int c = 0; c < columns; ++c) {
            qreal cells = 0;
            for (const QStringList& row : std::as_const(texts))
                cells = qMax(cells, fm.horizontalAdvance(row.at(c)));
            qreal word = 0;
            for (const QString& w : table.columns.at(c).header.split(u' ', Qt::SkipEmptyParts))
                word = qMax(word, bold.horizontalAdvance(w));
            widths << qMax(cells, word) + 2 * pad;
            wanted << qMax(cells, bold.horizontalAdvance(table.columns.at(c).header)) + 2 * pad;
            total += widths.last();
        }
        if (total <= doc.body.width())
            break;
    }
    const qreal available = doc.body.width();
    qreal wantedTotal = 0;
    for (qreal w : std::as_const(wanted))
        wantedTotal += w;
    if (wantedTotal <= available) {
        const qreal extra = (available - wantedTotal) / columns;
        for (int c = 0; c < columns; ++c)
            widths[c] = wanted.at(c) + extra;
    } else if (total <= available) {
        // Cheapest first: as many headers as possible on one line, then the rest of the room shared out.
        QList<int> order;
        for (int c = 0; c < columns; ++c)
            order << c;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return wanted.at(a) - widths.at(a) < wanted.at(b) - widths.at(b); });
        qreal room = available - total;
        for (int c : std::as_const(order)) {
            const qreal need = wanted.at(c) - widths.at(c);
            if (need > room)
                break;
            widths[c] = wanted.at(c);
            room -= need;
        }
        for (int c = 0; c < columns; ++c)
            widths[c] += room / columns;
    } else {
        // Only text gives way (with an ellipsis): numbers and dates are never cut.
        auto shrinks = [&table](int c) { return table.columns.at(c).type == Type::Text; };
        qreal textTotal = 0;
        for (int c = 0; c < columns; ++c) {
            if (shrinks(c))
                textTotal += widths.at(c);
        }
        const qreal excess = total - available;
        for (int c = 0; c < columns && textTotal > 0; ++c) {
            if (shrinks(c))
                widths[c] = qMax(30 * pt, widths.at(c) - excess * widths.at(c) / textTotal);
        }
    }
    QList<qreal> lefts;
    qreal x = doc.body.left();
    for (qreal w : std::as_const(widths)) {
        lefts << x;
        x += w;
    }

    const QFont boldFont = [&font] {
        QFont f = font;
        f.setBold(true);
        return f;
    }();
    const QFontMetricsF fm = doc.metrics(font);
    qreal headerHeight = 0;
    for (int c = 0; c < columns; ++c)
        headerHeight = qMax(headerHeight, doc.textHeight(boldFont, table.columns.at(c).header, widths.at(c) - 2 * pad));
    headerHeight += 2 * pad;
    const qreal rowHeight = fm.height() + 1.2 * pad;

    QStringList headers;
    QList<bool> numeric;
    for (const ReportColumn& column : table.columns) {
        headers << column.header;
        numeric << column.isNumeric();
    }
    auto paintHeader = [headers, numeric, lefts, widths, boldFont, pad](QPainter& p, const QRectF& r) {
        p.fillRect(QRectF(r.left(), r.top(), lefts.last() + widths.last() - r.left(), r.height()), s_headerFill);
        p.setFont(boldFont);
        p.setPen(s_text);
        for (int c = 0; c < headers.size(); ++c) {
            const QRectF cell(lefts.at(c) + pad, r.top() + pad, widths.at(c) - 2 * pad, r.height() - 2 * pad);
            p.drawText(cell, Qt::TextWordWrap | Qt::AlignBottom | (numeric.at(c) ? Qt::AlignRight : Qt::AlignLeft),
                       headers.at(c));
        }
        p.setPen(QPen(s_rule, 0));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(lefts.last() + widths.last(), r.bottom()));
    };

    const QString title = table.title;
    const qreal keep = headerHeight + rowHeight * qMin<qsizetype>(3, qMax<qsizetype>(1, shown));
    doc.heading(title, keep + (table.note.isEmpty() ? 0 : doc.textHeight(makeFont(8), table.note, doc.body.width())));
    doc.paragraph(table.note, makeFont(8), s_muted, 4);
    if (shown == 0) {
        doc.paragraph(ReportPdf::tr("Nothing in this period."), makeFont(8), s_muted, 4);
        return;
    }
    doc.place(headerHeight, paintHeader);
    for (qsizetype r = 0; r < shown; ++r) {
        const QStringList row = texts.at(r);
        const bool stripe = r % 2 == 1;
        // Long text (a reference, a product's name) wraps within its column, at a space where it can, else anywhere:
        // a row is as tall as its tallest cell, and nothing is cut.
        QList<int> flags;
        qreal height = rowHeight;
        for (int c = 0; c < row.size(); ++c) {
            const qreal width = widths.at(c) - 2 * pad;
            int f = Qt::AlignVCenter | (numeric.at(c) ? Qt::AlignRight : Qt::AlignLeft);
            if (!numeric.at(c) && fm.horizontalAdvance(row.at(c)) > width) {
                bool wordTooLong = false;
                for (const QString& word : row.at(c).split(u' ', Qt::SkipEmptyParts))
                    wordTooLong = wordTooLong || fm.horizontalAdvance(word) > width;
                f |= wordTooLong ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
                height = qMax(height, fm.boundingRect(QRectF(0, 0, width, 1e9), f, row.at(c)).height() + 1.2 * pad);
            }
            flags << f;
        }
        if (height > doc.remaining()) {
            doc.newPage();
            const QFont small = makeFont(8, true);
            doc.paragraph(ReportPdf::tr("%1 (continued)").arg(title), small, s_muted, 2);
            doc.place(headerHeight, paintHeader);
        }
        doc.place(height, [row, flags, lefts, widths, font, pad, stripe](QPainter& p, const QRectF& rect) {
            if (stripe)
                p.fillRect(QRectF(rect.left(), rect.top(), lefts.last() + widths.last() - rect.left(), rect.height()),
                           s_stripe);
            p.setFont(font);
            p.setPen(s_text);
            for (int c = 0; c < row.size(); ++c) {
                const QRectF cell(lefts.at(c) + pad, rect.top(), widths.at(c) - 2 * pad, rect.height());
                p.drawText(cell, flags.at(c), row.at(c));
            }
        });
    }
    if (shown < table.rows.size())
        doc.paragraph(ReportPdf::tr("… and %n more line(s), listed in the CSV and XLSX exports.", nullptr,
                                    int(table.rows.size() - shown)),
                      makeFont(8), s_muted, 4);
}

void addCharts(Document& doc, const PeriodReport& report, const QLocale& locale)
{
    if (!report.revenue)
        return;
    const RevenueData& data = *report.revenue;
    for (const CurrencyRevenue& currency : data.currencies) {
        if (currency.total.sales == 0)
            continue;
        RevenueChartOptions options;
        options.currency = currency.currency;
        options.measure = RevenueMeasure::Gross;
        options.locale = locale;
        options.font = makeFont(7.5);
        const qreal timeHeight = 230 * doc.pt;
        const qreal donutHeight = 170 * doc.pt;
        doc.heading(ReportPdf::tr("Revenue per day and channel (%1, gross)").arg(currency.currency), timeHeight);
        doc.place(timeHeight, [data, options](QPainter& p, const QRectF& r) {
            RevenueChartPainter::paintTimeChart(p, r, data, options);
        });
        doc.heading(ReportPdf::tr("Share of each channel (%1, gross)").arg(currency.currency), donutHeight);
        doc.place(donutHeight, [data, options](QPainter& p, const QRectF& r) {
            RevenueChartPainter::paintShareDonut(p, r, data, options);
        });
    }
}

} // namespace

QString ReportPdf::cellText(const ReportTable& table, const ReportCell& cell, int column, const QLocale& locale)
{
    if (cell.empty)
        return QString();
    switch (table.typeOf(cell, column)) {
    case Type::Text:
        return cell.text;
    case Type::Integer:
        return locale.toString(cell.number);
    case Type::Money:
        return Money(cell.number, cell.currency).toString(locale);
    case Type::Percent:
        return percentText(cell.number, locale);
    case Type::Date:
        return locale.toString(cell.date, QLocale::ShortFormat);
    case Type::DateTime:
        return locale.toString(cell.dateTime, QLocale::ShortFormat);
    }
    return QString();
}

Status ReportPdf::write(const PeriodReport& report, const QString& path, const QLocale& locale,
                        const Continue& keepGoing)
{
    if (path.isEmpty())
        return Status::failure(tr("No output file given for the PDF."));
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    QTemporaryFile file(target.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    const QString title = report.title(locale);
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Obole"));

        Document doc(writer, locale);
        // Title block.
        doc.paragraph(title, makeFont(18, true), s_text, 4);
        QStringList who;
        if (!report.settings.company.isEmpty())
            who << report.settings.company;
        if (!report.settings.siren.isEmpty())
            who << tr("SIREN %1").arg(report.settings.siren);
        doc.paragraph(who.join(QStringLiteral(" — ")), makeFont(10, true), s_text, 2);
        doc.paragraph(
            tr("Period: %1 (local days in %2)").arg(report.periodText(locale), QString::fromUtf8(report.zone.id())),
            makeFont(9), s_text, 2);
        doc.paragraph(tr("Generated on %1 from %2. Amounts are in their own currency; currencies are never added "
                         "together.")
                          .arg(locale.toString(report.generated, QLocale::LongFormat), report.databaseName),
                      makeFont(8), s_muted, 8);

        const QList<ReportTable> tables = report.tables();
        for (const ReportTable& table : tables) {
            if (table.id == u"summary") {
                addTable(doc, table, locale);
                if (!report.notes.isEmpty()) {
                    doc.heading(tr("Notes"), 30 * doc.pt);
                    for (const QString& note : report.notes)
                        doc.paragraph(QStringLiteral("• ") + note, makeFont(8.5), s_text, 3);
                }
                addCharts(doc, report, locale);
                continue;
            }
            if (table.pdfRowLimit < 0)
                continue;
            addTable(doc, table, locale);
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(
                tr("Cannot write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path)));
        const int pages = doc.pageCount();
        const QString footerLeft = title + QStringLiteral(" — ") + report.periodText(locale);
        for (int i = 0; i < pages; ++i) {
            if (keepGoing && !keepGoing(i, pages)) {
                painter.end();
                return Status::failure(tr("The export was cancelled."));
            }
            if (i > 0)
                writer.newPage();
            for (const PaintOp& op : doc.page(i))
                op(painter);
            const QFont footer = makeFont(7.5);
            const QFontMetricsF fm(footer, &writer);
            const QRectF foot(doc.body.left(), doc.footerTop(), doc.body.width(), fm.height());
            painter.setPen(QPen(s_rule, 0));
            painter.drawLine(QPointF(foot.left(), foot.top() - fm.height() * 0.3),
                             QPointF(foot.right(), foot.top() - fm.height() * 0.3));
            painter.setFont(footer);
            painter.setPen(s_muted);
            const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(pages);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.drawText(
                QRectF(foot.left(), foot.top(), foot.width() - fm.horizontalAdvance(pageText) - 20 * doc.pt,
                       foot.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(footerLeft, Qt::ElideRight, foot.width() - fm.horizontalAdvance(pageText) - 20 * doc.pt));
        }
        if (!painter.end())
            return Status::failure(
                tr("Cannot write %1: the PDF could not be finished.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.flush())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // Renaming the finished file over the target is atomic; QTemporaryFile then has nothing left to remove.
    if (std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return Status::failure(
            tr("Cannot write %1: the finished file could not replace it.").arg(QDir::toNativeSeparators(path)));
    file.setAutoRemove(false);
    return {};
}
