#include "importing/textcodec.h"

#include <QStringDecoder>

#include <array>
#include <cstring>

namespace {

// Windows-1252 0x80–0x9F. The five bytes Microsoft leaves undefined map to the C1 control of the same value, as
// Windows itself and the WHATWG encoding standard do, so that no byte is ever lost.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char16_t singleByteToUnicode(unsigned char b, TextCodec::Encoding encoding)
{
    if (b < 0x80)
        return b;
    switch (encoding) {
    case TextCodec::Encoding::Windows1252:
        return b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
    case TextCodec::Encoding::Iso8859_15:
        switch (b) {
        case 0xA4:
            return 0x20AC; // €
        case 0xA6:
            return 0x0160; // Š
        case 0xA8:
            return 0x0161; // š
        case 0xB4:
            return 0x017D; // Ž
        case 0xB8:
            return 0x017E; // ž
        case 0xBC:
            return 0x0152; // Œ
        case 0xBD:
            return 0x0153; // œ
        case 0xBE:
            return 0x0178; // Ÿ
        default:
            return b;
        }
    default:
        return b;
    }
}

// Per byte: its UTF-8 form (1 to 3 bytes) and length.
struct Utf8Table
{
    std::array<std::array<char, 3>, 256> bytes{};
    std::array<unsigned char, 256> length{};
};

Utf8Table makeTable(TextCodec::Encoding encoding)
{
    Utf8Table t;
    for (int b = 0; b < 256; ++b) {
        const char16_t u = singleByteToUnicode(static_cast<unsigned char>(b), encoding);
        auto& out = t.bytes[static_cast<size_t>(b)];
        if (u < 0x80) {
            out[0] = static_cast<char>(u);
            t.length[static_cast<size_t>(b)] = 1;
        } else if (u < 0x800) {
            out[0] = static_cast<char>(0xC0 | (u >> 6));
            out[1] = static_cast<char>(0x80 | (u & 0x3F));
            t.length[static_cast<size_t>(b)] = 2;
        } else {
            out[0] = static_cast<char>(0xE0 | (u >> 12));
            out[1] = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out[2] = static_cast<char>(0x80 | (u & 0x3F));
            t.length[static_cast<size_t>(b)] = 3;
        }
    }
    return t;
}

const Utf8Table& tableFor(TextCodec::Encoding encoding)
{
    static const Utf8Table cp1252 = makeTable(TextCodec::Encoding::Windows1252);
    static const Utf8Table latin9 = makeTable(TextCodec::Encoding::Iso8859_15);
    static const Utf8Table latin1 = makeTable(TextCodec::Encoding::Iso8859_1);
    switch (encoding) {
    case TextCodec::Encoding::Windows1252:
        return cp1252;
    case TextCodec::Encoding::Iso8859_15:
        return latin9;
    default:
        return latin1;
    }
}

} // namespace

qsizetype TextCodec::completeUtf8Length(QByteArrayView data)
{
    const qsizetype size = data.size();
    qsizetype lead = size;
    while (lead > 0 && size - lead < 3 && (static_cast<unsigned char>(data[lead - 1]) & 0xC0) == 0x80)
        --lead;
    if (lead == 0)
        return size;
    const auto byte = static_cast<unsigned char>(data[lead - 1]);
    const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return length > size - (lead - 1) ? lead - 1 : size;
}

bool TextCodec::hasNonAscii(QByteArrayView data)
{
    for (const char c : data)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

std::optional<TextCodec::Encoding> TextCodec::fromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(QLatin1Char('_'));
    if (n == u"auto")
        return Encoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    if (n == u"windows-1252" || n == u"cp1252" || n == u"windows1252")
        return Encoding::Windows1252;
    if (n == u"iso-8859-15" || n == u"iso8859-15" || n == u"latin9" || n == u"latin-9")
        return Encoding::Iso8859_15;
    if (n == u"iso-8859-1" || n == u"iso8859-1" || n == u"latin1" || n == u"latin-1")
        return Encoding::Iso8859_1;
    return std::nullopt;
}

QString TextCodec::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Iso8859_15:
        return QStringLiteral("iso-8859-15");
    case Encoding::Iso8859_1:
        return QStringLiteral("iso-8859-1");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    }
    return {};
}

qsizetype TextCodec::findInvalidUtf8(QByteArrayView data)
{
    const auto* const begin = reinterpret_cast<const unsigned char*>(data.data());
    const unsigned char* p = begin;
    const unsigned char* const end = p + data.size();
    while (p < end) {
        // Eight ASCII bytes at a time: the common case by far.
        if (end - p >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return p - begin;
        }
        if (end - p <= extra)
            return p - begin;
        if (p[1] < lo || p[1] > hi)
            return p - begin;
        for (int i = 2; i <= extra; ++i)
            if ((p[i] & 0xC0) != 0x80)
                return p - begin;
        p += extra + 1;
    }
    return -1;
}

QByteArray TextCodec::singleByteToUtf8(QByteArrayView data, Encoding encoding)
{
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    const Utf8Table& table = tableFor(encoding);
    const char* const begin = data.data();
    const char* const end = begin + data.size();

    // Statements are mostly ASCII: skip eight ASCII bytes at a time in both passes.
    qsizetype size = data.size();
    for (const char* p = begin; p < end;) {
        quint64 chunk;
        if (end - p >= 8 && (std::memcpy(&chunk, p, 8), (chunk & kHighBits) == 0)) {
            p += 8;
            continue;
        }
        size += table.length[static_cast<unsigned char>(*p++)] - 1;
    }

    QByteArray out(size, Qt::Uninitialized);
    char* o = out.data();
    for (const char* p = begin; p < end;) {
        quint64 chunk;
        if (end - p >= 8 && (std::memcpy(&chunk, p, 8), (chunk & kHighBits) == 0)) {
            std::memcpy(o, p, 8);
            o += 8;
            p += 8;
            continue;
        }
        const auto b = static_cast<unsigned char>(*p++);
        if (b < 0x80) {
            *o++ = static_cast<char>(b);
        } else {
            const auto& seq = table.bytes[b];
            const unsigned n = table.length[b];
            for (unsigned i = 0; i < n; ++i)
                *o++ = seq[i];
        }
    }
    return out;
}

qint64 TextCodec::lineOfOffset(QByteArrayView data, qsizetype offset)
{
    qint64 line = 1;
    const char* p = data.data();
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (p[i] == '\n')
            ++line;
        else if (p[i] == '\r' && (i + 1 >= data.size() || p[i + 1] != '\n'))
            ++line;
    }
    return line;
}

QString TextCodec::invalidUtf8Error(QByteArrayView text, qsizetype offset)
{
    return invalidUtf8ErrorOnLine(static_cast<unsigned char>(text.at(offset)), lineOfOffset(text, offset));
}

QString TextCodec::invalidUtf8ErrorOnLine(unsigned char byte, qint64 line)
{
    return tr("line %1: byte 0x%2 is not valid UTF-8, but the profile declares UTF-8 "
              "(the file may be windows-1252 or iso-8859-15; try \"auto\")")
        .arg(line)
        .arg(QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

QString TextCodec::declaredSingleByteButUtf8(QByteArrayView raw, Encoding declared)
{
    // Text in windows-1252 that happens to also be well-formed UTF-8 with multi-byte sequences ("Ã©" and the like)
    // does not occur in statements; UTF-8 read as windows-1252 does, and would silently store mojibake. Refuse it.
    // (Both scans stop early on a real single-byte file: at its first accented letter.)
    if (hasNonAscii(raw) && findInvalidUtf8(raw) < 0)
        return utf8ButDeclaredError(declared);
    return {};
}

QString TextCodec::utf8ButDeclaredError(Encoding declared)
{
    return tr("the file is UTF-8 text, but the profile declares %1 (set the encoding to \"utf-8\" or \"auto\")")
        .arg(name(declared));
}

Result<TextCodec::Decoded> TextCodec::decode(const QByteArray& raw, Encoding declared)
{
    Decoded out;
    const QByteArrayView view(raw);

    if (view.startsWith("\xEF\xBB\xBF")) {
        out.hadBom = true;
        out.encoding = Encoding::Utf8;
        out.utf8 = raw.sliced(3);
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        out.hadBom = true;
        const bool le = view.startsWith("\xFF\xFE");
        out.encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(view.sliced(2));
        if (decoder.hasError() || (view.size() % 2) != 0)
            return Result<Decoded>::failure(
                tr("the file starts with a UTF-16 byte-order mark but is not valid UTF-16"));
        out.utf8 = text.toUtf8();
        return out;
    } else {
        out.utf8 = raw;
    }

    if (out.hadBom)
        declared = Encoding::Utf8;

    if (declared == Encoding::Auto) {
        out.encoding = findInvalidUtf8(out.utf8) < 0 ? Encoding::Utf8 : Encoding::Windows1252;
        if (out.encoding == Encoding::Windows1252)
            out.utf8 = singleByteToUtf8(out.utf8, Encoding::Windows1252);
        return out;
    }

    if (declared == Encoding::Utf8) {
        const qsizetype bad = findInvalidUtf8(out.utf8);
        if (bad >= 0)
            return Result<Decoded>::failure(invalidUtf8Error(out.utf8, bad));
        out.encoding = Encoding::Utf8;
        return out;
    }

    if (const QString error = declaredSingleByteButUtf8(out.utf8, declared); !error.isEmpty())
        return Result<Decoded>::failure(error);
    out.encoding = declared;
    out.utf8 = singleByteToUtf8(out.utf8, declared);
    return out;
}
