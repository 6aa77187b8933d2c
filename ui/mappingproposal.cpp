#include "mappingproposal.h"

#include "importing/csvreader.h"
#include "importing/timestampparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// The words providers put in their headers, normalized (see MappingProposal::normalized), '|' between them. An
// exact match is worth more than a header merely containing one of the `contains` words.
struct FieldWords
{
    QString field;
    QStringList exact;
    QStringList contains;
};

QStringList words(const char16_t* list)
{
    return QString::fromUtf16(list).split(u'|');
}

const QList<FieldWords>& fieldWords()
{
    static const QList<FieldWords> table = {
        {u"timestamp"_s,
         words(u"date|datetime|date time|timestamp|time stamp|created|created utc|created at|date heure|date et heure|"
               u"date transaction|transaction date|date de transaction|date de la transaction|date operation|"
               u"date d operation|horodatage|occurred at|payment date|date paiement|date de paiement|date achat|"
               u"purchase date|date de vente|sale date"),
         words(u"date|timestamp|horodatage|created")},
        {u"time"_s, words(u"heure|time|hour"), {}},
        {u"reference"_s,
         words(u"reference|ref|invoice id|invoiceid|transaction id|transaction|id|balance transaction id|"
               u"n transaction|numero transaction|numero de transaction|no transaction|txn id|payment id|code|"
               u"reference transaction|id transaction|transaction reference|ref transaction|identifiant|order id"),
         words(u"reference|ref|id|invoice|identifiant")},
        {u"channel"_s,
         words(u"channel|canal|moyen de paiement|moyen paiement|mode de paiement|mode paiement|payment method|"
               u"payment method id|paymentmethodid|payment type|type de paiement|media|support|type"),
         words(u"channel|canal|moyen|payment method")},
        {u"product"_s,
         words(u"product|produit|libelle|label|description|item|article|designation|service|offre|offer|"
               u"product name|nom du produit|item name|contenu|content"),
         words(u"product|produit|libelle|description|article")},
        {u"gross"_s,
         words(u"gross|montant ttc|amount|montant|brut|montant brut|price|prix|prix ttc|total|total ttc|ttc|"
               u"gross amount|invoice currency amount|currency amount|amount ttc|ca ttc|price paid|prix paye|"
               u"sale amount|montant de la transaction|transaction amount"),
         words(u"montant|amount|gross|ttc|brut|prix|price")},
        {u"net"_s,
         words(u"net|reversement|montant net|net amount|payout|a reverser|part editeur|reversement editeur|"
               u"montant reverse|net ht|remuneration|revenu net|net revenue|your share"),
         words(u"net|reversement|reverse|payout")},
        {u"fee"_s, words(u"fee|fees|commission|frais|payment method fee|provider fee|frais de service|processing fee"),
         words(u"fee|fees|commission|frais")},
        {u"currency"_s, words(u"currency|devise|monnaie|invoice currency|ccy|cur|currency code|code devise"),
         words(u"currency|devise")},
        {u"status"_s, words(u"status|statut|state|etat|reporting category|result|resultat"),
         words(u"status|statut|state")},
        {u"provider"_s, words(u"provider|fournisseur|prestataire|psp|aggregator|agregateur"),
         words(u"provider|fournisseur|prestataire")},
    };
    return table;
}

bool containsWords(const QString& text, const QString& words)
{
    // Whole words only: "id" is in "invoice id", not in "paid".
    const QString padded = u' ' + text + u' ';
    return padded.contains(u' ' + words + u' ');
}

int letters(const QString& cell)
{
    return int(std::count_if(cell.cbegin(), cell.cend(), [](QChar c) { return c.isLetter(); }));
}

bool hasDigit(const QString& cell)
{
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
}

// A cell a header would not hold: a number, an amount, a date.
bool looksLikeValue(const QString& cell)
{
    return hasDigit(cell) && letters(cell) <= 3;
}

// Most of the column's non-empty sample cells pass `test` (an empty column passes).
template <typename Test> bool columnFits(const QList<QStringList>& sample, int column, Test test)
{
    int filled = 0;
    int fit = 0;
    for (const QStringList& row : sample) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (test(cell))
            ++fit;
    }
    return filled == 0 || fit * 5 >= filled * 4;
}

} // namespace

QString MappingProposal::normalized(const QString& text)
{
    QString split;
    split.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0 && c.isUpper() && text.at(i - 1).isLower())
            split += u' ';
        split += c;
    }
    const QString decomposed = split.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c;
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

MappingProposal::Reading MappingProposal::proposeReading(const QByteArray& head)
{
    Reading r;
    const auto decoded = TextCodec::decode(head, TextCodec::Encoding::Auto);
    if (!decoded)
        return r;
    const bool ascii = std::all_of(head.cbegin(), head.cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii && !decoded->hadBom && decoded->encoding != TextCodec::Encoding::Utf16LE &&
        decoded->encoding != TextCodec::Encoding::Utf16BE)
        r.encoding = decoded->encoding;

    // Records as read with no line skipped: the table's width is the most frequent field count above one, and
    // its header is the first record that wide.
    CsvReader::Options options;
    options.encoding = r.encoding;
    options.header = false;
    CsvReader reader(options);
    if (!reader.openData(head))
        return r;
    r.delimiter = reader.delimiter();
    struct Seen
    {
        qint64 line;
        QStringList cells;
    };
    QList<Seen> records;
    CsvRecord record;
    while (records.size() < 40 && reader.next(record))
        records.append({record.line(), record.toStringList()});
    std::map<qsizetype, int> counts;
    for (const Seen& s : records)
        if (s.cells.size() > 1)
            ++counts[s.cells.size()];
    qsizetype width = 0;
    int best = 0;
    for (const auto& [size, count] : counts) {
        if (count > best || (count == best && size > width)) {
            width = size;
            best = count;
        }
    }
    qsizetype first = 0;
    if (width > 0) {
        while (first < records.size() && records.at(first).cells.size() != width)
            ++first;
        if (first == records.size())
            first = 0;
    }
    if (!records.isEmpty())
        r.skipLines = int(records.at(first).line - 1);

    if (first < records.size())
        r.header = std::none_of(records.at(first).cells.cbegin(), records.at(first).cells.cend(), looksLikeValue);
    QList<QStringList> rows;
    for (qsizetype i = first + (r.header ? 1 : 0); i < records.size(); ++i)
        rows.append(records.at(i).cells);
    r.decimalMark = proposeDecimalMark(rows);
    return r;
}

QHash<QString, int> MappingProposal::proposeColumns(const QList<QString>& header, const QList<QStringList>& sample)
{
    struct Candidate
    {
        int score;
        int fieldOrder;
        int column;
    };
    QList<Candidate> candidates;
    const QList<FieldWords>& table = fieldWords();
    const bool hasTime = ImportProfile::fieldFromName(u"time").has_value();
    for (int f = 0; f < table.size(); ++f) {
        const QString& field = table.at(f).field;
        if (field == u"time" && !hasTime)
            continue;
        for (int c = 0; c < header.size(); ++c) {
            const QString name = normalized(header.at(c));
            if (name.isEmpty())
                continue;
            int score = 0;
            if (table.at(f).exact.contains(name))
                score = 3;
            else if (std::any_of(table.at(f).contains.cbegin(), table.at(f).contains.cend(),
                                 [&name](const QString& w) { return containsWords(name, w); }))
                score = 2;
            if (score == 0)
                continue;
            const bool amount = field == u"gross" || field == u"net" || field == u"fee";
            if (amount && !columnFits(sample, c, looksLikeValue))
                continue;
            if (field == u"timestamp" && !columnFits(sample, c, hasDigit))
                continue;
            candidates.append({score, f, c});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.fieldOrder != b.fieldOrder)
            return a.fieldOrder < b.fieldOrder;
        return a.column < b.column;
    });
    QHash<QString, int> out;
    QList<int> taken;
    for (const Candidate& c : candidates) {
        const QString& field = table.at(c.fieldOrder).field;
        if (out.contains(field) || taken.contains(c.column))
            continue;
        out.insert(field, c.column);
        taken.append(c.column);
    }
    // A lone "Time" column holds the whole timestamp.
    if (!out.contains(QStringLiteral("timestamp")) && out.contains(QStringLiteral("time")))
        out.insert(QStringLiteral("timestamp"), out.take(QStringLiteral("time")));
    return out;
}

const QStringList& MappingProposal::dateFormatPresets()
{
    static const QStringList presets = {
        QStringLiteral("iso8601"),
        QStringLiteral("dd/MM/yyyy HH:mm:ss"),
        QStringLiteral("dd/MM/yyyy HH:mm"),
        QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("dd-MM-yyyy HH:mm:ss"),
        QStringLiteral("dd.MM.yyyy HH:mm:ss"),
        QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("dd/MM/yy HH:mm"),
        QStringLiteral("MM/dd/yyyy HH:mm:ss"),
        QStringLiteral("MM/dd/yyyy h:mm:ss AP"),
        QStringLiteral("MM/dd/yyyy"),
        QStringLiteral("yyyy/MM/dd HH:mm:ss"),
        QStringLiteral("unix"),
        QStringLiteral("unix_ms"),
    };
    return presets;
}

QString MappingProposal::proposeDateFormat(const QStringList& samples)
{
    QStringList values;
    for (const QString& s : samples)
        if (!s.trimmed().isEmpty())
            values.append(s.trimmed());
    if (values.isEmpty())
        return {};
    // A "Total" line or a note under the table is not a date: the format that reads most of the cells wins, as
    // long as it reads at least half of them.
    const auto enough = [&values](qsizetype count) { return count > 0 && count * 2 >= values.size(); };
    // Whole numbers are epoch times; nothing else reads them sensibly.
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const auto numbers =
        std::count_if(values.cbegin(), values.cend(), [](const QString& v) { return digits.match(v).hasMatch(); });
    if (enough(numbers)) {
        const auto millis = std::count_if(values.cbegin(), values.cend(), [](const QString& v) {
            return digits.match(v).hasMatch() && v.size() >= 12;
        });
        return millis * 2 > numbers ? QStringLiteral("unix_ms") : QStringLiteral("unix");
    }
    QString best;
    qsizetype bestCount = 0;
    for (const QString& format : dateFormatPresets()) {
        if (format.startsWith(u"unix"))
            continue;
        auto parser = TimestampParser::create(format, QStringLiteral("UTC"));
        if (!parser)
            continue;
        const auto count = std::count_if(values.cbegin(), values.cend(), [&parser](const QString& v) {
            const QByteArray utf8 = v.toUtf8();
            return parser->parse(std::string_view(utf8.constData(), size_t(utf8.size()))).ok();
        });
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return enough(bestCount) ? best : QString();
}

char MappingProposal::proposeDecimalMark(const QList<QStringList>& rows)
{
    static const QRegularExpression comma(QStringLiteral("^[-+(]?\\d{1,3}([ .]?\\d{3})*,\\d{1,2}\\)?-?$"));
    static const QRegularExpression point(QStringLiteral("^[-+(]?\\d{1,3}([ ,]?\\d{3})*\\.\\d{1,2}\\)?-?$"));
    int commas = 0;
    int points = 0;
    for (const QStringList& row : rows) {
        for (const QString& cell : row) {
            if (!hasDigit(cell) || cell.size() > 40)
                continue;
            // Spaces of every width and currency signs or codes around the number do not count.
            QString bare;
            for (const QChar c : cell)
                if (!c.isSpace() && !c.isLetter() && c.category() != QChar::Symbol_Currency && c != u'\u202F')
                    bare += c;
            if (comma.match(bare).hasMatch())
                ++commas;
            else if (point.match(bare).hasMatch())
                ++points;
        }
    }
    return commas > points ? ',' : '.';
}

QString MappingProposal::proposeChannel(const QString& value)
{
    const QString text = normalized(value);
    if (text.isEmpty())
        return {};
    QString asId = text;
    asId.replace(u' ', u'_');
    if (ImportProfile::isChannelId(asId))
        return asId;
    const QStringList textWords = text.split(u' ');
    const auto has = [&](const QString& keyword) {
        if (keyword.contains(u' ') || keyword.size() >= 5)
            return containsWords(text, keyword) || (keyword.size() >= 5 && text.contains(keyword));
        return textWords.contains(keyword);
    };
    struct Rule
    {
        QString channel;
        QStringList keywords;
    };
    // In this order: "SMS+ surtaxé" is an SMS although "surtaxé" alone would suggest a premium number.
    static const QList<Rule> rules = {
        {u"sms"_s, words(u"sms|texto|short code|shortcode")},
        {u"audiotel"_s,
         words(u"audiotel|0899|0891|0892|0897|089|081|082|appel|call|phone|telephone|voice|vocal|surtaxe")},
        {u"internet_plus"_s, words(u"internet|fai|isp|box")},
        {u"carrier_billing"_s, words(u"carrier|operateur|mobile|mpme|dcb|facture operateur")},
        {u"prepaid_card"_s, words(u"paysafecard|paysafe|neosurf|prepaid|prepayee|carte|card|voucher|ticket")},
        {u"crypto"_s, words(u"btc|bitcoin|lightning|crypto|ln|lnurl|onchain|chain|eth|ltc|usdt")},
        {u"wallet"_s, words(u"wallet|porte monnaie|portefeuille|solde|balance")},
    };
    for (const Rule& rule : rules)
        if (std::any_of(rule.keywords.cbegin(), rule.keywords.cend(), has))
            return rule.channel;
    return {};
}

QString MappingProposal::proposeSkipPattern(const QList<QStringList>& rows, int column)
{
    static const QRegularExpression total(QStringLiteral("^\\s*((sous[- ]?)?total|somme|sum)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QStringList& row : rows) {
        const QString cell = row.value(column);
        const auto m = total.match(cell);
        if (m.hasMatch())
            return u'^' + QRegularExpression::escape(m.captured(0).trimmed());
    }
    return {};
}
