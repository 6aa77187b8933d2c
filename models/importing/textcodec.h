#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Turns the bytes of an imported file into UTF-8, once, before anything reads them.
//
// Single-byte encodings (windows-1252, iso-8859-15, iso-8859-1) are converted with our own tables: Qt 6.4's
// QStringDecoder may not know windows-1252, and a table lookup per byte is as fast as it gets.
// A byte-order mark wins over the declared encoding (a UTF-8 BOM, or a UTF-16 one as Excel's "Unicode text" has):
// a BOM is a deliberate marker, while a declared encoding is a guess made once for a whole provider.
class TextCodec final
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)

public:
    enum class Encoding {
        Auto, // BOM → UTF-8; valid UTF-8 → UTF-8; otherwise windows-1252
        Utf8,
        Windows1252,
        Iso8859_15,
        Iso8859_1,
        Utf16LE, // only ever detected from a BOM, never declared
        Utf16BE,
    };

    struct Decoded
    {
        QByteArray utf8;                    // the text, without BOM
        Encoding encoding = Encoding::Utf8; // what the bytes turned out to be
        bool hadBom = false;
    };

    // Accepts the canonical names ("auto", "utf-8", "windows-1252", "iso-8859-15", "iso-8859-1") and a few
    // common aliases (utf8, cp1252, latin1, latin9…), case-insensitively.
    static std::optional<Encoding> fromName(QStringView name);
    static QString name(Encoding encoding);

    // Offset of the first byte that does not belong to well-formed UTF-8 (overlong forms, surrogates and code
    // points above U+10FFFF are ill-formed), or -1 when all of it is valid.
    static qsizetype findInvalidUtf8(QByteArrayView data);
    // The length of `data` without the multi-byte sequence its end cuts short, if any: how far a piece of a longer
    // text can be checked before the rest of it comes.
    static qsizetype completeUtf8Length(QByteArrayView data);
    static bool isSingleByte(Encoding encoding)
    {
        return encoding == Encoding::Windows1252 || encoding == Encoding::Iso8859_15 || encoding == Encoding::Iso8859_1;
    }

    // Converts a single-byte encoding (Windows1252, Iso8859_15, Iso8859_1) to UTF-8.
    static QByteArray singleByteToUtf8(QByteArrayView data, Encoding encoding);

    // Decodes a whole file. `raw` is shared, not copied, when it is already UTF-8 without BOM.
    // Errors name the 1-based line of the offending byte.
    static Result<Decoded> decode(const QByteArray& raw, Encoding declared);

    // For reading a file a piece at a time (see CsvReader::Options::decodeAsRead), what decode() checks:
    // the error for a file declared in a single-byte encoding that is in fact UTF-8 (empty when it is not), and the
    // error for the ill-formed UTF-8 byte at `offset` of `text`.
    static QString declaredSingleByteButUtf8(QByteArrayView raw, Encoding declared);
    // Its message, for a file found to be so as it is read.
    static QString utf8ButDeclaredError(Encoding declared);
    static QString invalidUtf8Error(QByteArrayView text, qsizetype offset);
    // The same message for a byte whose line is known (a file read piece by piece).
    static QString invalidUtf8ErrorOnLine(unsigned char byte, qint64 line);
    static bool hasNonAscii(QByteArrayView data);

    // 1-based physical line (CRLF, LF and CR each end a line) of a byte offset.
    static qint64 lineOfOffset(QByteArrayView data, qsizetype offset);
};
