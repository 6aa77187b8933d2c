#pragma once

#include "core/result.h"
#include "importing/csvrecord.h"
#include "importing/textcodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

// Reads a CSV file, decodes it to UTF-8 once, and hands out its records one by one, fast: it works on bytes and gives
// fields as views into its buffer, so reading a million rows allocates almost nothing. A file opened by path with a
// declared encoding and Options::decodeAsRead is read a few megabytes at a time, whatever its size (a window slides
// over it: what the records before were read from is let go); otherwise the whole file is read and decoded at once.
//
// What it accepts, and the choices made where the format is loose:
//  - Encodings: see TextCodec (UTF-8 with or without BOM, windows-1252, iso-8859-15, iso-8859-1, auto).
//  - Line ends: CRLF, LF and CR, mixed. Line numbers are physical, 1-based, counting the lines skipped before
//    the header and the line breaks inside quoted fields, so they match what an editor shows.
//  - `skipLines` physical lines are dropped before anything else (a title block may hold anything, even quotes).
//  - Quoted fields ("…") may hold delimiters, line breaks and doubled quotes (""). Spaces before an opening quote
//    and after a closing quote are ignored; anything else after a closing quote is an error. A quote in the
//    middle of an unquoted field is kept as a character (as Excel and Python's csv do).
//  - Blank lines (empty, or only spaces) are ignored wherever they are, trailing ones included. A record made only
//    of empty fields (";;;;") is returned: whether it means anything is the caller's call (CsvRecord::isBlank()).
//  - A file holding a NUL byte is refused as binary; a 0-byte file and a file of blank lines are refused as empty.
//  - Delimiter detection (when none is forced): each candidate (tab ; | ,) parses the first 20 non-blank records
//    after the skipped lines, header included; the candidate whose most frequent field count is above 1 and
//    shared by the most records wins; ties go to the larger field count, then to the order tab ; | , (commas
//    come last because they appear inside values: decimal commas, product names). With no candidate above one
//    field, the file is read as one column with ','.
// Errors are already translated and start with the file's name.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        TextCodec::Encoding encoding = TextCodec::Encoding::Auto;
        char delimiter = 0; // 0: detect
        int skipLines = 0;
        bool header = true;
        // Decode (or, for UTF-8, check) the text a few megabytes ahead of the records read, in next(), instead of
        // all of it in openData(): an import then decodes on the thread that parses, while another writes. Only for
        // a declared encoding (UTF-8 or single-byte); text() then holds what is decoded so far.
        bool decodeAsRead = false;
        // Decoding UTF-8 as read: a byte that is not UTF-8 is replaced by U+FFFD and marks its record
        // (CsvRecord::hasInvalidText()), for the caller to reject that row, instead of refusing the whole file. An
        // import sets it when bad rows are skipped: one line written by a broken script does not lock a log out.
        bool invalidUtf8PerRecord = false;
    };

    static constexpr std::array<char, 4> kDelimiterCandidates = {'\t', ';', '|', ','};
    static constexpr int kDetectionRecords = 20;

    explicit CsvReader(Options options);
    CsvReader() : CsvReader(Options{}) {}

    // Opens the file, skips the preamble, settles the delimiter and reads the header (reading it piece by piece when
    // it can, see above). Only its first `length` bytes are read when given (>= 0): a file still written to is read as
    // it was when the caller looked at its size.
    Status open(const QString& path, qint64 length = -1);
    // Same, from bytes already in memory (previews, tests, fuzzing). `displayName` prefixes error messages.
    Status openData(const QByteArray& bytes, const QString& displayName = QString());

    // Fills `record` with the next data record. Returns false at the end of the file or on an error: check
    // hasError(). After an error, next() keeps returning false.
    bool next(CsvRecord& record);

    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    // The header row (empty when Options::header is false) and its line.
    const QList<QString>& header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }

    TextCodec::Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    const QString& displayName() const { return m_displayName; }

    // Frees the file's bytes as read, once they are hashed; the decoded text stays. (When decoding as read, they go
    // by themselves once all is decoded.)
    void dropRawBytes()
    {
        if (m_rawDecoded < 0)
            m_raw = QByteArray();
    }

    // The text decoded so far (a file read piece by piece: the part of it in memory now).
    const QByteArray& text() const { return m_text; }
    // True when the file is read piece by piece.
    bool isStreaming() const { return m_streaming; }

    // Progress through the decoded text, for progress bars (while decoding as read, the size is an estimate).
    qsizetype position() const { return std::min(m_base + m_pos, size()); }
    qsizetype size() const { return std::max(m_base + m_text.size(), m_sizeEstimate); }

    // The delimiter the detection rule above picks for `utf8Text` (already decoded, preamble removed).
    static char detectDelimiter(const QByteArray& utf8Text);

private:
    enum class Step { Record, End, Error };
    struct Cursor
    {
        qsizetype pos = 0;
        qint64 line = 1;
    };
    using StopTable = std::array<bool, 256>;

    static StopTable makeStopTable(char delimiter);
    static Step parseRecord(const QByteArray& text, Cursor& cursor, char delimiter, const StopTable& stop,
                            CsvRecord& record, QString* error);
    static char detectDelimiterFrom(const QByteArray& text, Cursor start);
    Status fail(const QString& message);
    void reset(const QString& displayName);
    // What opening does once the first text is there: blank files, the preamble, the delimiter, the header.
    Status start();
    // Decoding as read: makes the text ready at least `ahead` bytes past `from` (or to its end).
    bool prepareAhead(qsizetype from, qsizetype ahead);
    bool moreToDecode() const { return m_file || (m_rawDecoded >= 0 && m_rawDecoded < m_raw.size()); }
    // Reading piece by piece: appends the next piece of the file to the text; at the end, closes the file.
    bool readPiece();
    // Reading piece by piece: lets go of the text before the next record.
    void dropConsumed();
    // The physical line of a byte of the text, from the line of the next record.
    qint64 lineAt(qsizetype offset) const;

    Options m_options;
    QString m_displayName;
    QByteArray m_raw;
    QByteArray m_text;
    TextCodec::Encoding m_encoding = TextCodec::Encoding::Utf8;
    char m_delimiter = ',';
    StopTable m_stop{};
    QList<QString> m_header;
    qint64 m_headerLine = 0;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QString m_error;
    qsizetype m_rawDecoded = -1; // decoding a single-byte encoding as read: raw bytes decoded so far
    qsizetype m_checked = -1;    // checking UTF-8 as read: bytes of the text checked so far
    qsizetype m_sizeEstimate = 0;
    std::vector<qsizetype> m_invalidOffsets; // where U+FFFD replaced invalid bytes in m_text, in order
    // Reading piece by piece.
    bool m_streaming = false;
    std::unique_ptr<QFile> m_file; // open while there is more to read
    qint64 m_fileRead = 0;         // bytes read from the file
    qint64 m_fileEnd = 0;          // where reading stops
    qsizetype m_base = 0;          // offset in the whole text of m_text's first byte
    // A single-byte encoding declared: whether the bytes read so far could still all be UTF-8 with some non-ASCII
    // (which is refused at the end, as TextCodec::declaredSingleByteButUtf8 does for a whole file), and the bytes of
    // a sequence cut by the end of a piece.
    bool m_couldBeUtf8 = true;
    bool m_sawNonAscii = false;
    QByteArray m_cutSequence;
};
