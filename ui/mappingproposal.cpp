#include "mappingproposal.h"

#include "importing/csvreader.h"
#include "importing/timestampparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// The words providers put in their headers, normalized (see MappingProposal::normalized). An exact match is
// worth more than a header merely containing one of the `contains` words.
struct FieldWords
{
    const char16_t* field;
    QStringList exact;
    QStringList contains;
};

const QList<FieldWords>& fieldWords()
{
    static const QList<FieldWords> table = {
        {u"timestamp",
         {u"date"_s, u"datetime"_s, u"date time"_s, u"timestamp"_s, u"time stamp"_s, u"created"_s,
          u"created utc"_s, u"created at"_s, u"date heure"_s, u"date et heure"_s, u"date transaction"_s,
          u"transaction date"_s, u"date de transaction"_s, u"date de la transaction"_s, u"date operation"_s,
          u"date d operation"_s, u"horodatage"_s, u"occurred at"_s, u"payment date"_s, u"date paiement"_s,
          u"date de paiement"_s, u"date achat"_s, u"purchase date"_s, u"date de vente"_s, u"sale date"_s},
         {u"date"_s, u"timestamp"_s, u"horodatage"_s, u"created"_s}},
        {u"time", {u"heure"_s, u"time"_s, u"hour"_s}, {}},
        {u"reference",
         {u"reference"_s, u"ref"_s, u"invoice id"_s, u"invoiceid"_s, u"transaction id"_s, u"transaction"_s,
          u"id"_s, u"balance transaction id"_s, u"n transaction"_s, u"numero transaction"_s,
          u"numero de transaction"_s, u"no transaction"_s, u"txn id"_s, u"payment id"_s, u"code"_s,
          u"reference transaction"_s, u"id transaction"_s, u"transaction reference"_s, u"ref transaction"_s,
          u"identifiant"_s, u"order id"_s},
         {u"reference"_s, u"ref"_s, u"id"_s, u"invoice"_s, u"identifiant"_s}},
        {u"channel",
         {u"channel"_s, u"canal"_s, u"moyen de paiement"_s, u"moyen paiement"_s, u"mode de paiement"_s,
          u"mode paiement"_s, u"payment method"_s, u"payment method id"_s, u"paymentmethodid"_s,
          u"payment type"_s, u"type de paiement"_s, u"media"_s, u"support"_s, u"type"_s},
         {u"channel"_s, u"canal"_s, u"moyen"_s, u"payment method"_s}},
        {u"product",
         {u"product"_s, u"produit"_s, u"libelle"_s, u"label"_s, u"description"_s, u"item"_s, u"article"_s,
          u"designation"_s, u"service"_s, u"offre"_s, u"offer"_s, u"product name"_s, u"nom du produit"_s,
          u"item name"_s, u"contenu"_s, u"content"_s},
         {u"product"_s, u"produit"_s, u"libelle"_s, u"description"_s, u"article"_s}},
        {u"gross",
         {u"gross"_s, u"montant ttc"_s, u"amount"_s, u"montant"_s, u"brut"_s, u"montant brut"_s, u"price"_s,
          u"prix"_s, u"prix ttc"_s, u"total"_s, u"total ttc"_s, u"ttc"_s, u"gross amount"_s,
          u"invoice currency amount"_s, u"currency amount"_s, u"amount ttc"_s, u"ca ttc"_s, u"price paid"_s,
          u"prix paye"_s, u"sale amount"_s, u"montant de la transaction"_s, u"transaction amount"_s},
         {u"montant"_s, u"amount"_s, u"gross"_s, u"ttc"_s, u"brut"_s, u"prix"_s, u"price"_s}},
        {u"net",
         {u"net"_s, u"reversement"_s, u"montant net"_s, u"net amount"_s, u"payout"_s, u"a reverser"_s,
          u"part editeur"_s, u"reversement editeur"_s, u"montant reverse"_s, u"net ht"_s, u"remuneration"_s,
          u"revenu net"_s, u"net revenue"_s, u"your share"_s},
         {u"net"_s, u"reversement"_s, u"reverse"_s, u"payout"_s}},
        {u"fee",
         {u"fee"_s, u"fees"_s, u"commission"_s, u"frais"_s, u"payment method fee"_s, u"provider fee"_s,
          u"frais de service"_s, u"processing fee"_s},
         {u"fee"_s, u"fees"_s, u"commission"_s, u"frais"_s}},
        {u"currency",
         {u"currency"_s, u"devise"_s, u"monnaie"_s, u"invoice currency"_s, u"ccy"_s, u"cur"_s,
          u"currency code"_s, u"code devise"_s},
         {u"currency"_s, u"devise"_s}},
        {u"status",
         {u"status"_s, u"statut"_s, u"state"_s, u"etat"_s, u"reporting category"_s, u"result"_s,
          u"resultat"_s},
         {u"status"_s, u"statut"_s, u"state"_s}},
        {u"provider",
         {u"provider"_s, u"fournisseur"_s, u"prestataire"_s, u"psp"_s, u"aggregator"_s, u"agregateur"_s},
         {u"provider"_s, u"fournisseur"_s, u"prestataire"_s}},
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
template<typename Test>
bool columnFits(const QList<QStringList>& sample, int column, Test test)
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
        const QString field = QString::fromUtf16(table.at(f).field);
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
        const QString field = QString::fromUtf16(table.at(c.fieldOrder).field);
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
    // Whole numbers are epoch times; nothing else reads them sensibly.
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (std::all_of(values.cbegin(), values.cend(), [](const QString& v) { return digits.match(v).hasMatch(); })) {
        const bool millis =
            std::all_of(values.cbegin(), values.cend(), [](const QString& v) { return v.size() >= 12; });
        return millis ? QStringLiteral("unix_ms") : QStringLiteral("unix");
    }
    for (const QString& format : dateFormatPresets()) {
        if (format.startsWith(u"unix"))
            continue;
        auto parser = TimestampParser::create(format, QStringLiteral("UTC"));
        if (!parser)
            continue;
        const bool all = std::all_of(values.cbegin(), values.cend(), [&parser](const QString& v) {
            const QByteArray utf8 = v.toUtf8();
            return parser->parse(std::string_view(utf8.constData(), size_t(utf8.size()))).ok();
        });
        if (all)
            return format;
    }
    return {};
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
    const QStringList words = text.split(u' ');
    const auto has = [&](const QString& keyword) {
        if (keyword.contains(u' ') || keyword.size() >= 5)
            return containsWords(text, keyword) || (keyword.size() >= 5 && text.contains(keyword));
        return words.contains(keyword);
    };
    struct Rule
    {
        const char16_t* channel;
        QStringList keywords;
    };
    // In this order: "SMS+ surtaxé" is an SMS although "surtaxé" alone would suggest a premium number.
    static const QList<Rule> rules = {
        {u"sms", {u"sms"_s, u"texto"_s, u"short code"_s, u"shortcode"_s}},
        {u"audiotel",
         {u"audiotel"_s, u"0899"_s, u"0891"_s, u"0892"_s, u"0897"_s, u"089"_s, u"081"_s, u"082"_s,
          u"appel"_s, u"call"_s, u"phone"_s, u"telephone"_s, u"voice"_s, u"vocal"_s, u"surtaxe"_s}},
        {u"internet_plus", {u"internet"_s, u"fai"_s, u"isp"_s, u"box"_s}},
        {u"carrier_billing",
         {u"carrier"_s, u"operateur"_s, u"mobile"_s, u"mpme"_s, u"dcb"_s, u"facture operateur"_s}},
        {u"prepaid_card",
         {u"paysafecard"_s, u"paysafe"_s, u"neosurf"_s, u"prepaid"_s, u"prepayee"_s, u"carte"_s, u"card"_s,
          u"voucher"_s, u"ticket"_s}},
        {u"crypto",
         {u"btc"_s, u"bitcoin"_s, u"lightning"_s, u"crypto"_s, u"ln"_s, u"lnurl"_s, u"onchain"_s,
          u"chain"_s, u"eth"_s, u"ltc"_s, u"usdt"_s}},
        {u"wallet", {u"wallet"_s, u"porte monnaie"_s, u"portefeuille"_s, u"solde"_s, u"balance"_s}},
    };
    for (const Rule& rule : rules)
        if (std::any_of(rule.keywords.cbegin(), rule.keywords.cend(), has))
            return QString::fromUtf16(rule.channel);
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
