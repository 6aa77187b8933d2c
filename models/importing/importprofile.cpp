#include "importing/importprofile.h"

#include "importing/timestampparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

const QString kName = QStringLiteral("name");
const QString kKind = QStringLiteral("kind");
const QString kProvider = QStringLiteral("provider");
const QString kEncoding = QStringLiteral("encoding");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kDecimalMark = QStringLiteral("decimal_mark");
const QString kSkipLines = QStringLiteral("skip_lines");
const QString kHeader = QStringLiteral("header");
const QString kSkipRows = QStringLiteral("skip_rows");
const QString kDateFormat = QStringLiteral("date_format");
const QString kTimezone = QStringLiteral("timezone");
const QString kColumns = QStringLiteral("columns");
const QString kChannelValues = QStringLiteral("channel_values");
const QString kDefaultChannel = QStringLiteral("default_channel");
const QString kDefaultCurrency = QStringLiteral("default_currency");
const QString kOptionalColumns = QStringLiteral("optional_columns");
const QString kFormulaApostrophes = QStringLiteral("formula_apostrophes");

constexpr int kMaxSkipLines = 100000;

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// A positive whole JSON number, or nullopt.
std::optional<int> positiveInt(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 1 || d > 100000 || std::floor(d) != d)
        return std::nullopt;
    return static_cast<int>(d);
}

bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

QString jsonQuoted(const QString& s)
{
    return u'"' + s + u'"';
}

// Key paths: channel_values."SMS+ surtaxé"
QString keyPath(const QString& parent, const QString& key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key)
        if (!(c.isLetterOrNumber() || c == u'_'))
            plain = false;
    return parent + u'.' + (plain ? key : jsonQuoted(key));
}

// The same errors for people: each line that starts with a key path of the profile gets the path in words first,
// the path itself after ("Column of the date and time (columns.timestamp): no column "Date" in the file's header").
QString inWords(const QString& path)
{
    const qsizetype end = std::distance(
        path.begin(), std::find_if(path.begin(), path.end(), [](QChar c) { return c == u'.' || c == u'['; }));
    const QString top = path.left(end);
    const QString rest = path.mid(end + 1);
    if (top == kColumns && !rest.isEmpty()) {
        const QString field = rest.section(u'.', 0, 0);
        const auto f = ImportProfile::fieldFromName(field);
        //: An import profile's column in an error: "Date and time column (columns.timestamp): …".
        return ImportProfile::tr("%1 column").arg(f ? ImportProfile::fieldDisplayName(*f) : jsonQuoted(field));
    }
    if (top == kChannelValues && !rest.isEmpty())
        return ImportProfile::tr("Channel of the value %1").arg(rest.startsWith(u'"') ? rest : jsonQuoted(rest));
    static const QHash<QString, const char*> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ImportProfile", "Name of the profile")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ImportProfile", "Kind of file")},
        {kEncoding, QT_TRANSLATE_NOOP("ImportProfile", "Text encoding")},
        {kDelimiter, QT_TRANSLATE_NOOP("ImportProfile", "Column separator")},
        {kDecimalMark, QT_TRANSLATE_NOOP("ImportProfile", "Decimal mark")},
        {kSkipLines, QT_TRANSLATE_NOOP("ImportProfile", "Lines before the header")},
        {kHeader, QT_TRANSLATE_NOOP("ImportProfile", "Header")},
        {kSkipRows, QT_TRANSLATE_NOOP("ImportProfile", "Rows to skip")},
        {kDateFormat, QT_TRANSLATE_NOOP("ImportProfile", "Date format")},
        {kTimezone, QT_TRANSLATE_NOOP("ImportProfile", "Time zone")},
        {kColumns, QT_TRANSLATE_NOOP("ImportProfile", "Columns")},
        {kChannelValues, QT_TRANSLATE_NOOP("ImportProfile", "Channels of the file's values")},
        {kDefaultChannel, QT_TRANSLATE_NOOP("ImportProfile", "Channel when the file names none")},
        {kDefaultCurrency, QT_TRANSLATE_NOOP("ImportProfile", "Currency when the file names none")},
        {kOptionalColumns, QT_TRANSLATE_NOOP("ImportProfile", "Optional columns")},
        {kFormulaApostrophes, QT_TRANSLATE_NOOP("ImportProfile", "Apostrophes before formulas")},
    };
    const char* name = names.value(top);
    return name ? QCoreApplication::translate("ImportProfile", name) : QString();
}

void explainPaths(QStringList& problems)
{
    for (QString& line : problems) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        qsizetype end = colon;
        while (end > 0 && line.at(end - 1).isSpace()) // French puts a space before the colon
            --end;
        if (end <= 0)
            continue;
        const QString path = line.left(end);
        if (path.contains(u' ') && !path.contains(u'"'))
            continue;
        const QString words = inWords(path);
        if (!words.isEmpty())
            line = ImportProfile::tr("%1 (%2)%3").arg(words, path, line.mid(end));
    }
}

} // namespace

QString ImportProfile::fieldName(Field field)
{
    switch (field) {
    case Field::Timestamp:
        return QStringLiteral("timestamp");
    case Field::Reference:
        return QStringLiteral("reference");
    case Field::Channel:
        return QStringLiteral("channel");
    case Field::Product:
        return QStringLiteral("product");
    case Field::Gross:
        return QStringLiteral("gross");
    case Field::Net:
        return QStringLiteral("net");
    case Field::Fee:
        return QStringLiteral("fee");
    case Field::Currency:
        return QStringLiteral("currency");
    case Field::PaymentStatus:
        return QStringLiteral("status");
    case Field::Provider:
        return QStringLiteral("provider");
    case Field::Time:
        return QStringLiteral("time");
    case Field::Zone:
        return QStringLiteral("zone");
    case Field::Rate:
        return QStringLiteral("rate");
    case Field::RateOf:
        return QStringLiteral("rate_of");
    case Field::RateIn:
        return QStringLiteral("rate_in");
    }
    return {};
}

QString ImportProfile::fieldDisplayName(Field field)
{
    switch (field) {
    case Field::Timestamp:
        return tr("Date and time");
    case Field::Reference:
        return tr("Reference");
    case Field::Channel:
        return tr("Payment channel");
    case Field::Product:
        return tr("Product");
    case Field::Gross:
        return tr("Gross amount");
    case Field::Net:
        return tr("Net amount");
    case Field::Fee:
        return tr("Fee");
    case Field::Currency:
        return tr("Currency");
    case Field::PaymentStatus:
        return tr("Payment status");
    case Field::Provider:
        return tr("Provider");
    case Field::Time:
        return tr("Time");
    case Field::Zone:
        return tr("Time zone");
    case Field::Rate:
        return tr("Exchange rate");
    case Field::RateOf:
        return tr("Currency the rate prices");
    case Field::RateIn:
        return tr("Currency the rate is in");
    }
    return {};
}

std::optional<ImportProfile::Field> ImportProfile::fieldFromName(QStringView name)
{
    for (int f = 0; f < FieldCount; ++f)
        if (name == fieldName(static_cast<Field>(f)))
            return static_cast<Field>(f);
    return std::nullopt;
}

QString ImportProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Sales:
        return QStringLiteral("sales");
    case Kind::Payout:
        return QStringLiteral("payout");
    }
    return {};
}

const QStringList& ImportProfile::channelIds()
{
    static const QStringList ids = {QStringLiteral("audiotel"),      QStringLiteral("sms"),
                                    QStringLiteral("internet_plus"), QStringLiteral("carrier_billing"),
                                    QStringLiteral("prepaid_card"),  QStringLiteral("crypto"),
                                    QStringLiteral("wallet")};
    return ids;
}

bool ImportProfile::isChannelId(QStringView id)
{
    for (const QString& c : channelIds())
        if (id == c)
            return true;
    return false;
}

QString ImportProfile::delimiterName(char delimiter)
{
    if (delimiter == 0)
        return QStringLiteral("auto");
    if (delimiter == '\t')
        return QStringLiteral("tab");
    return QString(QLatin1Char(delimiter));
}

Result<ImportProfile> ImportProfile::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportProfile>::failure(
            tr("%1: cannot open the profile: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    Result<ImportProfile> r = fromJson(file.readAll());
    if (!r.ok())
        return Result<ImportProfile>::failure(tr("%1:\n%2").arg(QFileInfo(path).fileName(), r.error()));
    return r;
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<ImportProfile>::failure(tr("not valid JSON: %1 (line %2)")
                                                  .arg(parseError.errorString())
                                                  .arg(TextCodec::lineOfOffset(json, parseError.offset)));
    }
    if (!doc.isObject())
        return Result<ImportProfile>::failure(tr("an import profile must be a JSON object ({…})"));
    return fromJsonObject(doc.object());
}

Result<ImportProfile> ImportProfile::fromJsonObject(const QJsonObject& object)
{
    ImportProfile p;
    QStringList problems;
    QStringList reported; // keys whose type was wrong: no second complaint about them being missing

    const auto stringAt = [&](const QString& key, const QJsonValue& v, QString& out) {
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isString()) {
            problems << tr("%1: must be a string").arg(key);
            reported << key;
            return false;
        }
        out = v.toString();
        return true;
    };

    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue v = it.value();
        QString s;
        if (key == kName) {
            stringAt(key, v, p.name);
        } else if (key == kKind) {
            if (stringAt(key, v, s)) {
                if (s == u"provider")
                    p.kind = Kind::Provider;
                else if (s == u"sales")
                    p.kind = Kind::Sales;
                else if (s == u"payout")
                    p.kind = Kind::Payout;
                else {
                    problems << tr("%1: %2 is not one of provider, sales, payout").arg(key, jsonQuoted(s));
                    reported << key;
                }
            }
        } else if (key == kProvider) {
            stringAt(key, v, p.provider);
        } else if (key == kEncoding) {
            if (stringAt(key, v, s)) {
                if (const auto e = TextCodec::fromName(s))
                    p.encoding = *e;
                else
                    problems << tr("%1: %2 is not a supported encoding (auto, utf-8, windows-1252, iso-8859-15, "
                                   "iso-8859-1)")
                                    .arg(key, jsonQuoted(s));
            }
        } else if (key == kDelimiter) {
            if (stringAt(key, v, s)) {
                if (s.compare(u"auto", Qt::CaseInsensitive) == 0)
                    p.delimiter = 0;
                else if (s.compare(u"tab", Qt::CaseInsensitive) == 0 || s == u"\t")
                    p.delimiter = '\t';
                else if (s.size() == 1 && s.at(0).unicode() > 0x20 && s.at(0).unicode() < 0x7F &&
                         !s.at(0).isLetterOrNumber() && s != u"\"")
                    p.delimiter = static_cast<char>(s.at(0).unicode());
                else
                    problems << tr("%1: %2 is not a delimiter: use one character such as ; , |, or \"tab\" or "
                                   "\"auto\"")
                                    .arg(key, jsonQuoted(s));
            }
        } else if (key == kDecimalMark) {
            if (stringAt(key, v, s)) {
                if (s == u"." || s == u",")
                    p.decimalMark = static_cast<char>(s.at(0).unicode());
                else if (s.compare(u"auto", Qt::CaseInsensitive) == 0)
                    p.decimalMark = 0;
                else
                    problems
                        << tr("%1: %2 is not a decimal mark: use \".\", \",\" or \"auto\"").arg(key, jsonQuoted(s));
            }
        } else if (key == kSkipLines) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > kMaxSkipLines || std::floor(d) != d)
                problems << tr("%1: must be a whole number from 0 to %2").arg(key).arg(kMaxSkipLines);
            else
                p.skipLines = static_cast<int>(d);
        } else if (key == kHeader) {
            if (!v.isBool())
                problems << tr("%1: must be true or false").arg(key);
            else
                p.header = v.toBool();
        } else if (key == kSkipRows) {
            if (!v.isArray()) {
                problems << tr("%1: must be a list of {\"column\": …, \"matches\": …}").arg(key);
                continue;
            }
            const QJsonArray rules = v.toArray();
            for (qsizetype i = 0; i < rules.size(); ++i) {
                const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
                if (!rules.at(i).isObject()) {
                    problems << tr("%1: must be an object {\"column\": …, \"matches\": …}").arg(path);
                    continue;
                }
                const QJsonObject rule = rules.at(i).toObject();
                SkipRule r;
                const QJsonValue column = rule.value(QStringLiteral("column"));
                if (column.isString())
                    r.column = column.toString();
                else if (const auto pos = positiveInt(column)) {
                    r.position = *pos;
                    r.column = QString::number(*pos);
                } else if (column.isUndefined())
                    problems << tr("%1.column: missing (required)").arg(path);
                else
                    problems << tr("%1.column: must be a column name or a 1-based column number").arg(path);
                const QJsonValue matches = rule.value(QStringLiteral("matches"));
                if (matches.isString())
                    r.matches = matches.toString();
                else if (matches.isUndefined())
                    problems << tr("%1.matches: missing (required)").arg(path);
                else
                    problems << tr("%1.matches: must be a regular expression, as a string").arg(path);
                for (auto k = rule.begin(); k != rule.end(); ++k)
                    if (k.key() != u"column" && k.key() != u"matches")
                        problems << tr("%1.%2: unknown key (a rule has \"column\" and \"matches\")").arg(path, k.key());
                r.regex = QRegularExpression(r.matches);
                p.skipRows.append(r);
            }
        } else if (key == kDateFormat) {
            if (v.isArray()) {
                const QJsonArray formats = v.toArray();
                for (qsizetype i = 0; i < formats.size(); ++i) {
                    if (!formats.at(i).isString() || formats.at(i).toString().trimmed().isEmpty())
                        problems << tr("%1[%2]: must be a date format, as a string").arg(key).arg(i);
                    else if (p.dateFormat.isEmpty())
                        p.dateFormat = formats.at(i).toString();
                    else
                        p.otherDateFormats << formats.at(i).toString();
                }
                if (formats.isEmpty())
                    problems << tr("%1: the list is empty: give at least one date format").arg(key);
                reported << key;
            } else {
                stringAt(key, v, p.dateFormat);
            }
        } else if (key == kFormulaApostrophes) {
            if (!v.isBool())
                problems << tr("%1: must be true or false").arg(key);
            else
                p.formulaApostrophes = v.toBool();
        } else if (key == kOptionalColumns) {
            const QJsonArray fields = v.toArray();
            if (!v.isArray())
                problems << tr("%1: must be a list of field names, such as [\"product\"]").arg(key);
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const auto field = fieldFromName(fields.at(i).toString());
                if (!field || field == Field::Timestamp || field == Field::Gross)
                    problems << tr("%1[%2]: %3 is not a field that may be missing (timestamp and gross never are)")
                                    .arg(key)
                                    .arg(i)
                                    .arg(jsonQuoted(fields.at(i).toString()));
                else
                    p.optional[static_cast<size_t>(*field)] = true;
            }
        } else if (key == kTimezone) {
            stringAt(key, v, p.timeZone);
        } else if (key == kColumns) {
            if (!v.isObject()) {
                problems << tr("%1: must be an object {\"timestamp\": \"Date\", \"gross\": \"Amount\", …}").arg(key);
                reported << key;
                continue;
            }
            const QJsonObject cols = v.toObject();
            for (auto c = cols.begin(); c != cols.end(); ++c) {
                const QString path = keyPath(key, c.key());
                const auto field = fieldFromName(c.key());
                if (!field) {
                    problems << tr("%1: unknown field (the fields are timestamp, reference, channel, product, gross, "
                                   "net, fee, currency, status, provider, time, zone)")
                                    .arg(path);
                    continue;
                }
                ColumnRef ref;
                if (c.value().isString() && !c.value().toString().trimmed().isEmpty()) {
                    ref.header = c.value().toString();
                } else if (const auto pos = positiveInt(c.value())) {
                    ref.position = *pos;
                } else if (c.value().isArray() && !c.value().toArray().isEmpty()) {
                    // The names one column has in the files of several languages, the first the file has wins.
                    const QJsonArray names = c.value().toArray();
                    for (const QJsonValue& name : names) {
                        if (!name.isString() || name.toString().trimmed().isEmpty()) {
                            problems
                                << tr("%1: every name of the list must be a header (a non-empty string)").arg(path);
                            ref = {};
                            break;
                        }
                        (ref.header.isEmpty() ? ref.header : ref.otherHeaders.emplace_back()) = name.toString();
                    }
                } else {
                    problems << tr("%1: must be a header (a non-empty string), a list of headers, or a 1-based column "
                                   "number")
                                    .arg(path);
                }
                p.columns[static_cast<size_t>(*field)] = ref;
                if (!ref.isSet())
                    reported << path;
            }
        } else if (key == kChannelValues) {
            if (!v.isObject()) {
                problems << tr("%1: must be an object {\"value in the file\": \"channel id\", …}").arg(key);
                continue;
            }
            const QJsonObject values = v.toObject();
            for (auto c = values.begin(); c != values.end(); ++c) {
                const QString path = keyPath(key, c.key());
                if (!c.value().isString()) {
                    problems << tr("%1: must be a channel id, as a string").arg(path);
                    reported << path;
                    continue;
                }
                p.channelValues.insert(c.key(), c.value().toString());
            }
        } else if (key == kDefaultChannel) {
            stringAt(key, v, p.defaultChannel);
        } else if (key == kDefaultCurrency) {
            if (stringAt(key, v, s))
                p.defaultCurrency = s.trimmed().toUpper();
        } else {
            p.extras.insert(key, v);
        }
    }

    if (!object.contains(kKind))
        problems << tr("%1: missing (required: provider, sales or payout)").arg(kKind);
    if (!object.contains(kColumns)) {
        problems << tr("%1: missing (required)").arg(kColumns);
        reported << kColumns;
    }
    p.checkSemantics(problems, reported);
    if (!problems.isEmpty()) {
        problems.sort(); // in key order, as a reader of the file would look for them
        explainPaths(problems);
        return Result<ImportProfile>::failure(problems.join(u'\n'));
    }
    return p;
}

Status ImportProfile::validate() const
{
    QStringList problems;
    checkSemantics(problems, {});
    for (qsizetype i = 0; i < skipRows.size(); ++i)
        if (skipRows.at(i).regex.pattern() != skipRows.at(i).matches)
            problems << tr("skip_rows[%1]: the regular expression was changed without recompiling it").arg(i);
    return problems.isEmpty() ? Status() : Status::failure(problems.join(u'\n'));
}

void ImportProfile::checkSemantics(QStringList& problems, const QStringList& alreadyReported) const
{
    const auto missing = [&](const QString& key) {
        if (!alreadyReported.contains(key))
            problems << tr("%1: missing (required)").arg(key);
    };

    if (name.trimmed().isEmpty())
        missing(kName);
    if (kind != Kind::Sales && provider.trimmed().isEmpty() && !alreadyReported.contains(kProvider) &&
        !alreadyReported.contains(kKind))
        problems << tr("%1: missing (required for kind \"%2\")").arg(kProvider, kindName(kind));

    if (dateFormat.trimmed().isEmpty()) {
        missing(kDateFormat);
    } else {
        const QStringList formats = dateFormats();
        for (qsizetype i = 0; i < formats.size(); ++i) {
            const QString path = formats.size() > 1 ? QStringLiteral("%1[%2]").arg(kDateFormat).arg(i) : kDateFormat;
            if (const Status st = TimestampParser::checkFormat(formats.at(i)); !st.ok())
                problems << tr("%1: %2").arg(path, st.error());
        }
    }
    if (!timeZone.isEmpty() && !TimestampParser::isKnownTimeZone(timeZone))
        problems << tr("%1: %2 is not a known time zone (use an IANA id such as \"Europe/Paris\" or \"UTC\")")
                        .arg(kTimezone, jsonQuoted(timeZone));

    for (const Field required : {Field::Timestamp, Field::Gross}) {
        const QString path = keyPath(kColumns, fieldName(required));
        if (!columns[static_cast<size_t>(required)].isSet() && !alreadyReported.contains(kColumns))
            missing(path);
    }
    // A rate reads with the row's currency and one other: the column of that other one, and only one.
    const bool rate = column(Field::Rate).isSet();
    const bool rateOf = column(Field::RateOf).isSet();
    const bool rateIn = column(Field::RateIn).isSet();
    const QString ratePath = keyPath(kColumns, fieldName(Field::Rate));
    const QString ofPath = keyPath(kColumns, fieldName(Field::RateOf));
    const QString inPath = keyPath(kColumns, fieldName(Field::RateIn));
    if (rate && rateOf && rateIn)
        problems << tr("%1: give %2 or %3, not both").arg(ratePath, ofPath, inPath);
    else if (rate && !rateOf && !rateIn)
        problems << tr("%1: needs %2 (the column of the currency the rate prices, when the amounts are in the "
                       "currency of the price) or %3 (the column of the currency of the price, when the amounts are "
                       "in the currency priced)")
                        .arg(ratePath, ofPath, inPath);
    for (const Field f : {Field::RateOf, Field::RateIn}) {
        if (!rate && column(f).isSet())
            problems << tr("%1: used only together with %2")
                            .arg(keyPath(kColumns, fieldName(f)), keyPath(kColumns, fieldName(Field::Rate)));
    }
    if (!header) {
        for (int f = 0; f < FieldCount; ++f) {
            const ColumnRef& ref = columns[static_cast<size_t>(f)];
            if (!ref.header.isEmpty() && !isDigits(ref.header.trimmed()))
                problems << tr("%1: %2 names a header, but \"header\" is false: give the column's number (1 for the "
                               "first)")
                                .arg(keyPath(kColumns, fieldName(static_cast<Field>(f))), jsonQuoted(ref.header));
        }
    }
    for (qsizetype i = 0; i < skipRows.size(); ++i) {
        const SkipRule& r = skipRows.at(i);
        const QString path = QStringLiteral("%1[%2]").arg(kSkipRows).arg(i);
        if (!r.matches.isEmpty() || r.position > 0 || !r.column.isEmpty()) {
            if (!r.regex.isValid())
                problems << tr("%1.matches: %2 is not a valid regular expression: %3 (at character %4)")
                                .arg(path, jsonQuoted(r.matches), r.regex.errorString())
                                .arg(r.regex.patternErrorOffset() + 1);
        }
        if (r.column.trimmed().isEmpty() && r.position == 0)
            continue; // reported while reading
        if (!header && r.position == 0 && !fieldFromName(r.column) && !isDigits(r.column.trimmed()))
            problems << tr("%1.column: %2 names a header, but \"header\" is false: give a field name or the column's "
                           "number")
                            .arg(path, jsonQuoted(r.column));
        if (const auto f = fieldFromName(r.column); f && !columns[static_cast<size_t>(*f)].isSet() && !header)
            problems << tr("%1.column: the field %2 is not in \"columns\"").arg(path, jsonQuoted(r.column));
    }

    for (auto it = channelValues.begin(); it != channelValues.end(); ++it) {
        const QString path = keyPath(kChannelValues, it.key());
        if (!isChannelId(it.value()) && !alreadyReported.contains(path))
            problems << tr("%1: %2 is not a channel id (%3)")
                            .arg(path, jsonQuoted(it.value()), channelIds().join(QStringLiteral(", ")));
    }
    if (!defaultChannel.isEmpty() && !isChannelId(defaultChannel))
        problems << tr("%1: %2 is not a channel id (%3)")
                        .arg(kDefaultChannel, jsonQuoted(defaultChannel), channelIds().join(QStringLiteral(", ")));

    if (!defaultCurrency.isEmpty() && !isCurrencyCode(defaultCurrency))
        problems << tr("%1: %2 is not an ISO 4217 currency code (three letters, such as EUR)")
                        .arg(kDefaultCurrency, jsonQuoted(defaultCurrency));
    if (defaultCurrency.isEmpty() && !column(Field::Currency).isSet() && !alreadyReported.contains(kDefaultCurrency))
        problems << tr("%1: missing (required when columns.currency is not set)").arg(kDefaultCurrency);

    if (decimalMark != 0 && decimalMark != '.' && decimalMark != ',')
        problems << tr("%1: must be \".\", \",\" or \"auto\"").arg(kDecimalMark);
    if (skipLines < 0 || skipLines > kMaxSkipLines)
        problems << tr("%1: must be a whole number from 0 to %2").arg(kSkipLines).arg(kMaxSkipLines);
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject o = extras;
    o.insert(kName, name);
    o.insert(kKind, kindName(kind));
    if (!provider.isEmpty())
        o.insert(kProvider, provider);
    o.insert(kEncoding, TextCodec::name(encoding));
    o.insert(kDelimiter, delimiterName(delimiter));
    o.insert(kDecimalMark, decimalMark ? QString(QLatin1Char(decimalMark)) : QStringLiteral("auto"));
    o.insert(kSkipLines, skipLines);
    o.insert(kHeader, header);
    if (!skipRows.isEmpty()) {
        QJsonArray rules;
        for (const SkipRule& r : skipRows) {
            QJsonObject rule;
            if (r.position > 0)
                rule.insert(QStringLiteral("column"), r.position);
            else
                rule.insert(QStringLiteral("column"), r.column);
            rule.insert(QStringLiteral("matches"), r.matches);
            rules.append(rule);
        }
        o.insert(kSkipRows, rules);
    }
    if (otherDateFormats.isEmpty())
        o.insert(kDateFormat, dateFormat);
    else
        o.insert(kDateFormat, QJsonArray::fromStringList(dateFormats()));
    if (!timeZone.isEmpty())
        o.insert(kTimezone, timeZone);
    QJsonObject cols;
    for (int f = 0; f < FieldCount; ++f) {
        const ColumnRef& ref = columns[static_cast<size_t>(f)];
        if (ref.position > 0)
            cols.insert(fieldName(static_cast<Field>(f)), ref.position);
        else if (!ref.otherHeaders.isEmpty())
            cols.insert(fieldName(static_cast<Field>(f)),
                        QJsonArray::fromStringList(QStringList{ref.header} + ref.otherHeaders));
        else if (!ref.header.isEmpty())
            cols.insert(fieldName(static_cast<Field>(f)), ref.header);
    }
    o.insert(kColumns, cols);
    QStringList optionalFields;
    for (int f = 0; f < FieldCount; ++f)
        if (optional[static_cast<size_t>(f)])
            optionalFields << fieldName(static_cast<Field>(f));
    if (!optionalFields.isEmpty())
        o.insert(kOptionalColumns, QJsonArray::fromStringList(optionalFields));
    if (!channelValues.isEmpty()) {
        QJsonObject values;
        for (auto it = channelValues.begin(); it != channelValues.end(); ++it)
            values.insert(it.key(), it.value());
        o.insert(kChannelValues, values);
    }
    if (!defaultChannel.isEmpty())
        o.insert(kDefaultChannel, defaultChannel);
    if (!defaultCurrency.isEmpty())
        o.insert(kDefaultCurrency, defaultCurrency);
    if (formulaApostrophes)
        o.insert(kFormulaApostrophes, true);
    return o;
}

CsvReader::Options ImportProfile::csvOptions() const
{
    CsvReader::Options o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    o.skipLines = skipLines;
    o.header = header;
    return o;
}

std::optional<int> ImportProfile::findHeader(const QList<QString>& headerRow, const QString& wanted)
{
    for (qsizetype i = 0; i < headerRow.size(); ++i)
        if (headerRow.at(i) == wanted)
            return static_cast<int>(i);
    const QString trimmedWanted = wanted.trimmed();
    for (qsizetype i = 0; i < headerRow.size(); ++i)
        if (headerRow.at(i).trimmed().compare(trimmedWanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return std::nullopt;
}

Result<ImportProfile::ResolvedColumns> ImportProfile::resolveColumns(const QList<QString>& headerRow) const
{
    ResolvedColumns out;
    out.index.fill(-1);
    QStringList problems;
    bool headerMissing = false;

    // A position, checked against the header when there is one.
    const auto byPosition = [&](const QString& path, int position) {
        if (header && position > headerRow.size()) {
            problems << tr("%1: column %2 does not exist: the header has %n column(s)", nullptr,
                           static_cast<int>(headerRow.size()))
                            .arg(path)
                            .arg(position);
            return -1;
        }
        return position - 1;
    };
    const auto byHeader = [&](const QString& path, const QString& text, const QStringList& others = {},
                              bool mayLack = false) {
        if (!header)
            return isDigits(text.trimmed()) ? byPosition(path, text.trimmed().toInt()) : -1;
        if (const auto i = findHeader(headerRow, text))
            return *i;
        for (const QString& other : others)
            if (const auto i = findHeader(headerRow, other))
                return *i;
        if (mayLack)
            return -1;
        QStringList names{jsonQuoted(text)};
        for (const QString& other : others)
            names << jsonQuoted(other);
        problems << tr("%1: no column %2 in the file's header").arg(path, names.join(tr(" or ")));
        headerMissing = true;
        return -1;
    };

    for (int f = 0; f < FieldCount; ++f) {
        const ColumnRef& ref = columns[static_cast<size_t>(f)];
        const QString path = keyPath(kColumns, fieldName(static_cast<Field>(f)));
        if (ref.position > 0)
            out.index[static_cast<size_t>(f)] = byPosition(path, ref.position);
        else if (!ref.header.isEmpty())
            out.index[static_cast<size_t>(f)] =
                byHeader(path, ref.header, ref.otherHeaders, optional[static_cast<size_t>(f)]);
    }
    for (qsizetype i = 0; i < skipRows.size(); ++i) {
        const SkipRule& r = skipRows.at(i);
        const QString path = QStringLiteral("%1[%2].column").arg(kSkipRows).arg(i);
        int index = -1;
        if (r.position > 0) {
            index = byPosition(path, r.position);
        } else if (const auto f = fieldFromName(r.column); f && columns[static_cast<size_t>(*f)].isSet()) {
            index = out.index[static_cast<size_t>(*f)];
        } else {
            index = byHeader(path, r.column);
        }
        out.skipRuleIndex.append(index);
    }

    if (!problems.isEmpty()) {
        if (headerMissing) {
            QStringList found;
            for (const QString& h : headerRow)
                found << jsonQuoted(h);
            problems << tr("The header has: %1").arg(found.join(QStringLiteral(", ")));
        }
        explainPaths(problems);
        return Result<ResolvedColumns>::failure(problems.join(u'\n'));
    }
    return out;
}
