// libFuzzer target: the import profile parser. A profile it accepts must survive toJson() → fromJson() unchanged,
// resolve its own columns against a header made of them, and give a RowParser.
#include "importing/importprofile.h"
#include "importing/rowparser.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<ImportProfile> profile = ImportProfile::fromJson(json);
    if (!profile.ok()) {
        if (profile.error().isEmpty())
            std::abort();
        return 0;
    }
    if (!profile->validate().ok())
        std::abort();

    const QJsonObject once = profile->toJson();
    const Result<ImportProfile> again = ImportProfile::fromJson(QJsonDocument(once).toJson(QJsonDocument::Compact));
    if (!again.ok() || again->toJson() != once)
        std::abort();

    QList<QString> header;
    for (int f = 0; f < ImportProfile::FieldCount; ++f) {
        const ImportProfile::ColumnRef& ref = profile->columns[static_cast<size_t>(f)];
        header.append(ref.header.isEmpty() ? QStringLiteral("column") : ref.header);
    }
    for (const ImportProfile::SkipRule& rule : profile->skipRows)
        header.append(rule.column);
    static_cast<void>(profile->resolveColumns(header));
    static_cast<void>(RowParser::create(profile.value(), profile->header ? header : QList<QString>()));
    return 0;
}
