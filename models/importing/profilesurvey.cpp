#include "importing/profilesurvey.h"

#include "importing/csvreader.h"
#include "importing/rowparser.h"
#include "importing/timestampparser.h"

#include <array>
#include <optional>
#include <vector>

namespace {

QString quoted(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What the values of one amount column have shown so far: the first line showing each reading.
struct ColumnEvidence
{
    qint64 commaLine = 0;
    QString commaValue;
    qint64 pointLine = 0;
    QString pointValue;
    qint64 ambiguousLine = 0;
    QString ambiguousValue;
};

} // namespace

ProfileSurvey::Evidence ProfileSurvey::classify(std::string_view amount)
{
    int dots = 0;
    int commas = 0;
    char last = 0;
    int runBefore = 0; // digits just before the last separator
    int run = 0;
    bool leadingZero = false;
    bool runStartsWithZero = false;
    int digitsAfter = 0;
    for (size_t i = 0; i < amount.size(); ++i) {
        const char c = amount[i];
        if (c >= '0' && c <= '9') {
            if (run == 0)
                runStartsWithZero = c == '0';
            ++run;
            if (last)
                ++digitsAfter;
        } else if (c == '.' || c == ',') {
            (c == '.' ? dots : commas) += 1;
            last = c;
            runBefore = run;
            leadingZero = runStartsWithZero && run == 1;
            run = 0;
            digitsAfter = 0;
        } else {
            run = 0;
        }
    }
    if (!last)
        return Evidence::None;
    if (dots && commas)
        return last == ',' ? Evidence::Comma : Evidence::Point;
    const int count = dots + commas;
    if (count > 1) // the one that occurs several times groups thousands
        return last == ',' ? Evidence::Point : Evidence::Comma;
    const Evidence asMark = last == ',' ? Evidence::Comma : Evidence::Point;
    if (digitsAfter != 3 || runBefore == 0 || runBefore > 3 || leadingZero)
        return asMark;
    return Evidence::Ambiguous;
}

Result<ProfileSurvey::Settled> ProfileSurvey::settle(const ImportProfile& profile, const QByteArray& bytes,
                                                     const QString& fileName, qsizetype maxRecords)
{
    if (!profile.needsSurvey())
        return Settled{profile, {}};
    CsvReader reader(profile.csvOptions());
    if (const Status opened = reader.openData(bytes, fileName); !opened)
        return Result<Settled>::failure(opened.error());
    return settleFrom(reader, profile, fileName, maxRecords);
}

Result<ProfileSurvey::Settled> ProfileSurvey::settleFile(const ImportProfile& profile, const QString& path,
                                                         qint64 length)
{
    if (!profile.needsSurvey())
        return Settled{profile, {}};
    CsvReader::Options options = profile.csvOptions();
    options.decodeAsRead = true;
    CsvReader reader(options);
    if (const Status opened = reader.open(path, length); !opened)
        return Result<Settled>::failure(opened.error());
    return settleFrom(reader, profile, reader.displayName(), 0);
}

Result<ProfileSurvey::Settled> ProfileSurvey::settleFrom(CsvReader& reader, const ImportProfile& profile,
                                                         const QString& fileName, qsizetype maxRecords)
{
    using R = Result<Settled>;
    using F = ImportProfile::Field;
    Settled out{profile, {}};
    const auto prefixed = [&fileName](const QString& message) {
        return fileName.isEmpty() ? message : tr("%1: %2").arg(fileName, message);
    };
    // The row parser only picks the columns and the rows that count; its own mark and format are not used here.
    ImportProfile probe = profile;
    probe.decimalMark = '.';
    auto parser = RowParser::create(probe, reader.header(), fileName);
    if (!parser)
        return R::failure(parser.error());

    const F amountFields[] = {F::Gross, F::Net, F::Fee};
    std::array<ColumnEvidence, 3> evidence;
    const bool settleMark = profile.decimalMark == 0;

    const QStringList formats = profile.dateFormats();
    const bool settleFormat = formats.size() > 1;
    std::vector<std::optional<TimestampParser>> parsers;
    std::vector<qint64> firstFailureLine(size_t(formats.size()), 0);
    std::vector<QString> firstFailure(size_t(formats.size()));
    // For each pair of formats, the first line they read differently.
    std::vector<std::vector<qint64>> differingLine(size_t(formats.size()),
                                                   std::vector<qint64>(size_t(formats.size()), 0));
    std::vector<std::optional<qint64>> values(size_t(formats.size()));
    if (settleFormat) {
        for (const QString& format : formats) {
            auto p = TimestampParser::create(format, QStringLiteral("UTC"));
            parsers.emplace_back(p.ok() ? std::optional<TimestampParser>(std::move(p.value())) : std::nullopt);
        }
    }

    CsvRecord record;
    qsizetype seen = 0;
    while (reader.next(record)) {
        if (parser->skips(record))
            continue;
        if (maxRecords > 0 && ++seen > maxRecords)
            break;
        if (settleMark) {
            for (size_t k = 0; k < 3; ++k) {
                const int column = parser->columnIndex(amountFields[k]);
                if (column < 0)
                    continue;
                const std::string_view v = record.value(column);
                ColumnEvidence& e = evidence[k];
                switch (classify(v)) {
                case Evidence::Comma:
                    if (!e.commaLine)
                        e.commaLine = record.line(), e.commaValue = quoted(v);
                    break;
                case Evidence::Point:
                    if (!e.pointLine)
                        e.pointLine = record.line(), e.pointValue = quoted(v);
                    break;
                case Evidence::Ambiguous:
                    if (!e.ambiguousLine)
                        e.ambiguousLine = record.line(), e.ambiguousValue = quoted(v);
                    break;
                case Evidence::None:
                    break;
                }
            }
        }
        if (settleFormat) {
            const std::string_view date = parser->dateTimeText(record);
            for (size_t k = 0; k < parsers.size(); ++k) {
                values[k].reset();
                if (!parsers[k] || firstFailureLine[k])
                    continue;
                const Result<qint64> t = parsers[k]->parse(date);
                if (t.ok()) {
                    values[k] = t.value();
                } else {
                    firstFailureLine[k] = record.line();
                    firstFailure[k] = t.error();
                }
            }
            for (size_t i = 0; i < parsers.size(); ++i)
                for (size_t j = i + 1; j < parsers.size(); ++j)
                    if (values[i] && values[j] && *values[i] != *values[j] && !differingLine[i][j])
                        differingLine[i][j] = record.line();
        }
    }
    if (reader.hasError() && maxRecords <= 0)
        return R::failure(reader.error());

    if (settleMark) {
        const QString fieldNames[] = {ImportProfile::fieldName(F::Gross), ImportProfile::fieldName(F::Net),
                                      ImportProfile::fieldName(F::Fee)};
        std::optional<size_t> commaColumn;
        std::optional<size_t> pointColumn;
        for (size_t k = 0; k < 3; ++k) {
            const ColumnEvidence& e = evidence[k];
            if (e.commaLine && e.pointLine)
                return R::failure(prefixed(
                    tr("cannot tell the decimal mark: the column %1 has %2 on line %3 (decimal comma) and %4 on line "
                       "%5 (decimal point); set \"decimal_mark\" in the profile")
                        .arg(fieldNames[k], e.commaValue)
                        .arg(e.commaLine)
                        .arg(e.pointValue)
                        .arg(e.pointLine)));
            if (e.commaLine && !commaColumn)
                commaColumn = k;
            if (e.pointLine && !pointColumn)
                pointColumn = k;
        }
        if (commaColumn && pointColumn) {
            const ColumnEvidence& c = evidence[*commaColumn];
            const ColumnEvidence& p = evidence[*pointColumn];
            return R::failure(prefixed(tr("cannot tell the decimal mark: the columns disagree, %1 has %2 on line %3 "
                                          "(decimal comma) and %4 has "
                                          "%5 on line %6 (decimal point); set \"decimal_mark\" in the profile")
                                           .arg(fieldNames[*commaColumn], c.commaValue)
                                           .arg(c.commaLine)
                                           .arg(fieldNames[*pointColumn], p.pointValue)
                                           .arg(p.pointLine)));
        }
        if (commaColumn) {
            out.profile.decimalMark = ',';
            out.notes << tr("amounts read with a decimal comma (as on line %1: %2)")
                             .arg(evidence[*commaColumn].commaLine)
                             .arg(evidence[*commaColumn].commaValue);
        } else if (pointColumn) {
            out.profile.decimalMark = '.';
            out.notes << tr("amounts read with a decimal point (as on line %1: %2)")
                             .arg(evidence[*pointColumn].pointLine)
                             .arg(evidence[*pointColumn].pointValue);
        } else {
            for (size_t k = 0; k < 3; ++k) {
                const ColumnEvidence& e = evidence[k];
                if (e.ambiguousLine)
                    return R::failure(prefixed(
                        tr("cannot tell the decimal mark: amounts such as %1 (line %2, column %3) read either as a "
                           "decimal or as a thousand, and no amount of the file settles it; set \"decimal_mark\" in "
                           "the profile")
                            .arg(e.ambiguousValue)
                            .arg(e.ambiguousLine)
                            .arg(fieldNames[k])));
            }
            out.profile.decimalMark = '.'; // whole numbers only: both marks read them alike
        }
    }

    if (settleFormat) {
        std::optional<size_t> chosen;
        for (size_t k = 0; k < parsers.size() && !chosen; ++k)
            if (parsers[k] && !firstFailureLine[k])
                chosen = k;
        if (!chosen) {
            QStringList why;
            for (size_t k = 0; k < parsers.size(); ++k)
                if (firstFailureLine[k])
                    why << tr("%1 (line %2: %3)")
                               .arg(formats.at(qsizetype(k)))
                               .arg(firstFailureLine[k])
                               .arg(firstFailure[k]);
            return R::failure(prefixed(tr("no date format of the profile reads every date of the file: %1")
                                           .arg(why.join(QStringLiteral("; ")))));
        }
        out.profile.dateFormat = formats.at(qsizetype(*chosen));
        out.profile.otherDateFormats.clear();
        QStringList others;
        qint64 firstDifference = 0;
        for (size_t k = *chosen + 1; k < parsers.size(); ++k) {
            if (parsers[k] && !firstFailureLine[k] && differingLine[*chosen][k]) {
                others << formats.at(qsizetype(k));
                if (!firstDifference)
                    firstDifference = differingLine[*chosen][k];
            }
        }
        if (!others.isEmpty()) {
            out.notes << tr("dates read as %1; they would also read as %2, which gives other dates (line %3): set "
                            "\"date_format\" if %1 is wrong")
                             .arg(out.profile.dateFormat, others.join(tr(" or ")))
                             .arg(firstDifference);
        } else {
            out.notes << tr("dates read as %1").arg(out.profile.dateFormat);
        }
    }
    return out;
}
