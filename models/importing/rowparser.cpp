#include "importing/rowparser.h"

#include "importing/amountparser.h"

#include <algorithm>

namespace {

using namespace std::string_view_literals;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// A rate as "59856.34": a positive decimal, the file's marks read, with at most 12 significant digits and 10
// decimals (what ExchangeRate reads); empty when it is not one.
QString rateValue(std::string_view text, char mark)
{
    // With a known mark, the other one separates thousands; with none ("auto"), either is the decimal point.
    const char thousands = mark == '.' ? ',' : mark == ',' ? '.' : 0;
    QString out;
    bool point = false;
    int decimals = 0;
    int significant = 0;
    for (const char c : text) {
        if (c == ' ' || (thousands && c == thousands))
            continue;
        if (c == '.' || c == ',') {
            if (point)
                return {};
            point = true;
            out.append(u'.');
            continue;
        }
        if (c < '0' || c > '9')
            return {};
        if (significant > 0 || c != '0')
            ++significant;
        if (point)
            ++decimals;
        out.append(QLatin1Char(c));
    }
    if (significant == 0 || significant > 12 || decimals > 10 || out.startsWith(u'.') || out.endsWith(u'.'))
        return {};
    return out;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isRegexMeta(QChar c)
{
    return QStringView(u"\\.^$|?*+()[]{}").contains(c);
}

// Assigning the very string a field already holds would still cost two atomic operations per field and row.
void assignShared(QString& out, const QString& value)
{
    if (!out.isSharedWith(value))
        out = value;
}

} // namespace

QString RowError::message() const
{
    const QString where = !columnName.isEmpty() ? tr("column \"%1\"").arg(columnName)
                          : column > 0          ? tr("column %1").arg(column)
                                                : QString();
    if (where.isEmpty())
        return file.isEmpty() ? tr("line %1: %2").arg(line).arg(reason)
                              : tr("%1, line %2: %3").arg(file).arg(line).arg(reason);
    if (file.isEmpty())
        return tr("line %1, %2 (%3): %4").arg(line).arg(where, field, reason);
    return tr("%1, line %2, %3 (%4): %5").arg(file).arg(line).arg(where, field, reason);
}

int RowParser::currencyDecimals(QStringView code)
{
    struct Entry
    {
        const char16_t* code;
        int decimals;
    };
    static constexpr Entry table[] = {
        {u"JPY", 0}, {u"KRW", 0}, {u"ISK", 0}, {u"CLP", 0}, {u"VND", 0}, {u"XAF", 0}, {u"XOF", 0}, {u"XPF", 0},
        {u"BHD", 3}, {u"KWD", 3}, {u"OMR", 3}, {u"JOD", 3}, {u"TND", 3}, {u"BTC", 8}, {u"LTC", 8},
    };
    for (const Entry& e : table)
        if (code == QStringView(e.code))
            return e.decimals;
    return 2;
}

Result<RowParser> RowParser::create(const ImportProfile& profile, const QList<QString>& header, const QString& fileName)
{
    using R = Result<RowParser>;
    const auto prefixed = [&fileName](const QString& message) {
        return fileName.isEmpty() ? message : tr("%1: %2").arg(fileName, message);
    };
    Result<ImportProfile::ResolvedColumns> columns = profile.resolveColumns(header);
    if (!columns.ok())
        return R::failure(prefixed(columns.error()));
    Result<TimestampParser> timestamps = TimestampParser::create(profile.dateFormat, profile.timeZone);
    if (!timestamps.ok())
        return R::failure(prefixed(timestamps.error()));

    RowParser p;
    p.m_profile = profile;
    p.m_columns = std::move(columns.value());
    p.m_header = header;
    p.m_fileName = fileName;
    p.m_timestamps.emplace(std::move(timestamps.value()));
    if (p.index(ImportProfile::Field::Zone) >= 0) {
        Result<TimestampParser> wallClock = TimestampParser::create(profile.dateFormat, QStringLiteral("UTC"));
        if (!wallClock.ok())
            return R::failure(prefixed(wallClock.error()));
        p.m_wallClock.emplace(std::move(wallClock.value()));
    }
    p.m_lastColumn = *std::max_element(p.m_columns.index.cbegin(), p.m_columns.index.cend());

    for (qsizetype i = 0; i < profile.skipRows.size(); ++i) {
        const ImportProfile::SkipRule& rule = profile.skipRows.at(i);
        SkipMatcher m;
        m.index = p.m_columns.skipRuleIndex.value(i, -1);
        // "^Total" and plain words are compared as bytes: a regular expression per row would cost more than the
        // rest of the row.
        QString pattern = rule.matches;
        const bool anchored = pattern.startsWith(u'^');
        if (anchored)
            pattern.remove(0, 1);
        const bool literal = !pattern.isEmpty() && std::none_of(pattern.cbegin(), pattern.cend(), isRegexMeta);
        if (literal) {
            m.mode = anchored ? SkipMatcher::Mode::Prefix : SkipMatcher::Mode::Contains;
            m.literal = pattern.toStdString();
        } else {
            m.mode = SkipMatcher::Mode::Regex;
            m.regex = QRegularExpression(rule.matches);
            if (!m.regex.isValid())
                return R::failure(prefixed(
                    tr("skip_rows[%1].matches: not a valid regular expression: %2").arg(i).arg(m.regex.errorString())));
        }
        p.m_skip.push_back(std::move(m));
    }
    return p;
}

bool RowParser::fail(RowError& error, const CsvRecord& record, ImportProfile::Field field, const QString& reason) const
{
    error.file = m_fileName;
    error.line = record.line();
    const int i = index(field);
    error.column = i >= 0 ? i + 1 : 0;
    error.columnName = i >= 0 ? m_header.value(i) : QString();
    error.field = ImportProfile::fieldName(field);
    error.reason = reason;
    return false;
}

void RowParser::assignCached(Cache& cache, std::string_view value, QString& out)
{
    if (const QString* hit = cache.find(value)) {
        assignShared(out, *hit);
        return;
    }
    out = toQString(value);
    cache.insert(value, out);
}

const QString* RowParser::resolveChannel(std::string_view value)
{
    if (const QString* hit = m_channelCache.find(value))
        return hit;
    const QString text = toQString(value);
    std::optional<QString> id;
    if (const auto it = m_profile.channelValues.constFind(text); it != m_profile.channelValues.cend()) {
        id = it.value();
    } else {
        const QString t = text.trimmed();
        for (auto c = m_profile.channelValues.cbegin(); c != m_profile.channelValues.cend() && !id; ++c)
            if (c.key().trimmed().compare(t, Qt::CaseInsensitive) == 0)
                id = c.value();
        if (!id && ImportProfile::isChannelId(t.toLower()))
            id = t.toLower();
    }
    if (!id)
        return nullptr;
    m_channelCache.insert(value, *id);
    if (const QString* hit = m_channelCache.find(value))
        return hit;
    m_channelOverflow = *id; // the cache is full: hand out a copy
    return &m_channelOverflow;
}

bool RowParser::resolveCurrency(std::string_view value, QString& out)
{
    if (const QString* hit = m_currencyCache.find(value)) {
        assignShared(out, *hit);
        return true;
    }
    QString code;
    if (value == "\xE2\x82\xAC"sv)
        code = QStringLiteral("EUR");
    else if (value == "$"sv)
        code = QStringLiteral("USD");
    else if (value == "\xC2\xA3"sv)
        code = QStringLiteral("GBP");
    else if (value == "\xC2\xA5"sv)
        code = QStringLiteral("JPY");
    else
        code = toQString(value).toUpper();
    if (code.size() != 3 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return false;
    m_currencyCache.insert(value, code);
    out = code;
    return true;
}

bool RowParser::skips(const CsvRecord& record, int* rule) const
{
    if (rule)
        *rule = -1;
    if (record.isBlank())
        return true;
    for (size_t i = 0; i < m_skip.size(); ++i) {
        const SkipMatcher& m = m_skip[i];
        const std::string_view v = record.value(m.index);
        bool match = false;
        switch (m.mode) {
        case SkipMatcher::Mode::Prefix:
            match = v.starts_with(m.literal);
            break;
        case SkipMatcher::Mode::Contains:
            match = v.find(m.literal) != std::string_view::npos;
            break;
        case SkipMatcher::Mode::Regex:
            match = m.regex.match(toQString(v)).hasMatch();
            break;
        }
        if (match) {
            if (rule)
                *rule = static_cast<int>(i);
            return true;
        }
    }
    return false;
}

std::string_view RowParser::dateTimeText(const CsvRecord& record)
{
    using F = ImportProfile::Field;
    std::string_view v = record.value(index(F::Timestamp));
    if (index(F::Time) >= 0) {
        m_dateTime.assign(trimmed(v));
        m_dateTime += ' ';
        m_dateTime += trimmed(record.value(index(F::Time)));
        v = m_dateTime;
    }
    return v;
}

Result<qint64> RowParser::zonedTimestamp(std::string_view dateTime, std::string_view zone)
{
    zone = trimmed(zone);
    if (zone.empty())
        return m_timestamps->parse(dateTime);
    const QString name = toQString(zone);
    Result<qint64> wall = m_wallClock->parse(dateTime);
    if (!wall.ok())
        return wall;
    if (const std::optional<int> offset = TimestampParser::fixedOffset(name))
        return wall.value() - *offset;
    auto it = m_zoneParsers.find(name);
    if (it == m_zoneParsers.end()) {
        if (!TimestampParser::isKnownTimeZone(name) || m_zoneParsers.size() > 64)
            return Result<qint64>::failure(
                tr("\"%1\" is not a time zone (an abbreviation such as CET or PDT, an offset such as +01:00, or an "
                   "IANA id such as Europe/Paris)")
                    .arg(name));
        Result<TimestampParser> zoned = TimestampParser::create(m_profile.dateFormat, name);
        if (!zoned.ok())
            return Result<qint64>::failure(zoned.error());
        it = m_zoneParsers.emplace(name, std::move(zoned.value())).first;
    }
    return it->second.localToUtc(wall.value());
}

bool RowParser::parse(const CsvRecord& record, ParsedRow& row, RowError& error)
{
    using F = ImportProfile::Field;
    row.line = record.line();
    row.skipped = false;
    row.skipRule = -1;

    if (record.hasInvalidText()) {
        error = RowError{};
        error.file = m_fileName;
        error.line = record.line();
        error.reason = tr("the line holds bytes that are not UTF-8 text");
        return false;
    }
    if (skips(record, &row.skipRule)) {
        row.skipped = true;
        return true;
    }

    if (record.size() <= m_lastColumn) {
        // Name the first column the row lacks.
        int first = -1;
        for (int f = 0; f < ImportProfile::FieldCount; ++f) {
            const int i = m_columns.index[static_cast<size_t>(f)];
            if (i >= record.size() && (first < 0 || i < index(static_cast<F>(first))))
                first = f;
        }
        return fail(error, record, static_cast<F>(first),
                    tr("the row has %n field(s), so this column is missing", nullptr, static_cast<int>(record.size())));
    }

    // Timestamp.
    {
        const std::string_view v = dateTimeText(record);
        Result<qint64> t =
            index(F::Zone) >= 0 ? zonedTimestamp(v, record.value(index(F::Zone))) : m_timestamps->parse(v);
        if (!t.ok())
            return fail(error, record, F::Timestamp, t.error());
        row.occurredUtc = t.value();
    }

    // Currency, which sets the number of decimals of the amounts.
    if (index(F::Currency) >= 0) {
        const std::string_view v = trimmed(record.value(index(F::Currency)));
        if (v.empty()) {
            if (m_profile.defaultCurrency.isEmpty())
                return fail(error, record, F::Currency, tr("the currency is empty and the profile has no default"));
            assignShared(row.currency, m_profile.defaultCurrency);
        } else if (!resolveCurrency(v, row.currency)) {
            return fail(error, record, F::Currency,
                        tr("\"%1\" is not an ISO 4217 currency code (three letters, such as EUR)").arg(toQString(v)));
        }
    } else {
        assignShared(row.currency, m_profile.defaultCurrency);
    }
    if (row.currency != m_lastCurrency) {
        m_lastCurrency = row.currency;
        m_lastDecimals = currencyDecimals(row.currency);
    }
    const int decimals = m_lastDecimals;
    const char mark = m_profile.decimalMark;

    {
        const std::string_view v = record.value(index(F::Gross));
        Result<qint64> a = AmountParser::parse(v, mark, decimals);
        if (!a.ok())
            return fail(error, record, F::Gross, a.error());
        row.grossMinor = a.value();
    }
    for (const F f : {F::Net, F::Fee}) {
        std::optional<qint64>& out = f == F::Net ? row.netMinor : row.feeMinor;
        out.reset();
        if (index(f) < 0)
            continue;
        const std::string_view v = trimmed(record.value(index(f)));
        if (v.empty())
            continue;
        Result<qint64> a = AmountParser::parse(v, mark, decimals);
        if (!a.ok())
            return fail(error, record, f, a.error());
        out = a.value();
    }

    // The apostrophe a spreadsheet-safe file puts before formula-like text is not part of the text.
    const auto text = [this](std::string_view v) {
        v = trimmed(v);
        if (m_profile.formulaApostrophes && v.size() >= 2 && v.front() == '\'' &&
            std::string_view("=+-@\t\r").find(v[1]) != std::string_view::npos)
            v.remove_prefix(1);
        return v;
    };
    if (index(F::Reference) >= 0)
        row.reference = toQString(text(record.value(index(F::Reference))));
    else
        row.reference.clear();
    if (index(F::Product) >= 0)
        assignCached(m_productCache, text(record.value(index(F::Product))), row.product);
    else
        row.product.clear();
    if (index(F::PaymentStatus) >= 0)
        assignCached(m_statusCache, trimmed(record.value(index(F::PaymentStatus))), row.status);
    else
        row.status.clear();
    if (index(F::Provider) >= 0)
        assignCached(m_statusCache, trimmed(record.value(index(F::Provider))), row.provider);
    else
        row.provider.clear();

    if (index(F::Channel) >= 0) {
        const std::string_view v = trimmed(record.value(index(F::Channel)));
        if (v.empty()) {
            assignShared(row.channel, m_profile.defaultChannel);
        } else if (const QString* id = resolveChannel(v)) {
            assignShared(row.channel, *id);
        } else {
            return fail(error, record, F::Channel,
                        tr("\"%1\" is not a known channel: add it to channel_values (channels: %2)")
                            .arg(toQString(v), ImportProfile::channelIds().join(QStringLiteral(", "))));
        }
    } else {
        assignShared(row.channel, m_profile.defaultChannel);
    }

    row.rate.clear();
    if (index(F::Rate) >= 0) {
        const std::string_view v = trimmed(record.value(index(F::Rate)));
        const F otherField = index(F::RateOf) >= 0 ? F::RateOf : F::RateIn;
        if (!v.empty() && index(otherField) >= 0) {
            const QString value = rateValue(v, m_profile.decimalMark);
            if (value.isEmpty())
                return fail(error, record, F::Rate,
                            tr("\"%1\" is not a rate (a positive number such as 59856.34, at most 12 significant "
                               "digits and 10 decimals)")
                                .arg(toQString(v)));
            const std::string_view c = trimmed(record.value(index(otherField)));
            QString other;
            if (c.empty())
                return fail(error, record, otherField, tr("the row gives a rate but not its currency"));
            if (!resolveCurrency(c, other))
                return fail(
                    error, record, otherField,
                    tr("\"%1\" is not an ISO 4217 currency code (three letters, such as EUR)").arg(toQString(c)));
            // A rate between a currency and itself (an invoice in BTC paid in BTC) says nothing.
            if (other != row.currency) {
                const bool priced = otherField == F::RateOf;
                row.rate = (priced ? other : row.currency) + u'/' + (priced ? row.currency : other) + u' ' + value;
            }
        }
    }
    return true;
}
