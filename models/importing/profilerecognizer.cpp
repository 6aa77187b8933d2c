#include "importing/profilerecognizer.h"

#include "importing/csvreader.h"
#include "importing/profilesurvey.h"
#include "importing/rowparser.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

Result<QByteArray> ProfileRecognizer::readHead(const QString& path, qint64 maxBytes, bool* truncated)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("%1: cannot read the file: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    const bool cut = bytes.size() > maxBytes;
    if (cut) {
        // A head cut short ends on its last whole line, so no record or character is read half.
        bytes.truncate(maxBytes);
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end > 0)
            bytes.truncate(end + 1);
    }
    if (truncated)
        *truncated = cut;
    return bytes;
}

std::optional<ProfileRecognizer::Candidate>
ProfileRecognizer::fit(const QByteArray& head, const ProfileRegistry::Entry& entry, const QString& fileName)
{
    const ImportProfile& profile = entry.profile;
    auto settled = ProfileSurvey::settle(profile, head, fileName, kSampleRows);
    ImportProfile sampled = settled ? settled->profile : profile;
    if (!settled) {
        // The sample alone may not settle the mark (whole amounts only): the columns and dates still tell.
        if (sampled.decimalMark == 0)
            sampled.decimalMark = '.';
        sampled.otherDateFormats.clear();
    }
    CsvReader reader(sampled.csvOptions());
    if (!reader.openData(head, fileName))
        return std::nullopt;
    auto parser = RowParser::create(sampled, reader.header(), fileName);
    if (!parser)
        return std::nullopt;

    Candidate c;
    c.entry = entry;
    CsvRecord record;
    ParsedRow row;
    RowError error;
    int sampledRows = 0;
    while (sampledRows < kSampleRows && reader.next(record)) {
        if (parser->skips(record))
            continue;
        ++sampledRows;
        if (parser->parse(record, row, error))
            ++c.rowsRead;
        else
            ++c.rowsFailed;
    }
    if (c.rowsRead == 0 && c.rowsFailed > 0)
        return std::nullopt;
    int byName = 0;
    for (int f = 0; f < ImportProfile::FieldCount; ++f)
        if (parser->columnIndex(ImportProfile::Field(f)) >= 0)
            ++byName;
    if (!profile.header) {
        // Any file with enough columns "has" a headerless profile's columns: only a clean read counts, and it ranks
        // below every profile that found its columns by name.
        if (c.rowsFailed > 0)
            return std::nullopt;
        c.score = byName;
        return c;
    }
    // A real file may hold a stray row; a profile that stumbles on many is not the file's.
    if (c.rowsFailed * 10 > c.rowsRead)
        return std::nullopt;
    c.score = 1000 + 10 * byName - c.rowsFailed;
    return c;
}

ProfileRecognizer::Outcome ProfileRecognizer::recognise(const QByteArray& head,
                                                        const QList<ProfileRegistry::Entry>& entries,
                                                        const QString& fileName)
{
    Outcome out;
    for (const ProfileRegistry::Entry& entry : entries)
        if (auto c = fit(head, entry, fileName))
            out.fitting.append(*c);
    std::stable_sort(out.fitting.begin(), out.fitting.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    const auto describe = [](const Candidate& c) {
        return tr("%1 (\"%2\", %3)")
            .arg(c.entry.id, c.entry.profile.name, c.entry.builtIn ? tr("built-in") : tr("saved"));
    };
    if (out.fitting.isEmpty()) {
        out.problem = tr("%1: no import profile fits this file; name one with --profile or --profile-file, or "
                         "make one with the mapping wizard (File → Import)")
                          .arg(fileName);
        return out;
    }
    if (out.fitting.size() > 1 && out.fitting.at(0).score == out.fitting.at(1).score) {
        QStringList tied;
        for (const Candidate& c : out.fitting)
            if (c.score == out.fitting.at(0).score)
                tied << describe(c);
        out.problem = tr("%1: several import profiles fit this file equally well: %2; name one with --profile")
                          .arg(fileName, tied.join(QStringLiteral(", ")));
        return out;
    }
    out.chosen = out.fitting.at(0).entry;
    return out;
}

ProfileRecognizer::Outcome ProfileRecognizer::recogniseFile(const QString& path)
{
    const auto head = readHead(path, kHeadBytes);
    if (!head) {
        Outcome out;
        out.problem = head.error();
        return out;
    }
    return recognise(head.value(), ProfileRegistry::all(), QFileInfo(path).fileName());
}
