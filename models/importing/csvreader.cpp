#include "importing/csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>

namespace {

// Decoding as read: text is made ready this far ahead of the reader, a piece of this size at a time.
constexpr qsizetype s_decodeAhead = 1 << 20;
constexpr qsizetype s_decodeStep = 4 << 20;
// Reading a file piece by piece: the text before the next record is let go once there is this much of it.
constexpr qsizetype s_keepBehind = 8 << 20;

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Line breaks in [p, q): CRLF, LF and a lone CR each count once. `end` bounds the look-ahead after a CR.
qint64 countLineBreaks(const char* p, const char* q, const char* end)
{
    qint64 n = 0;
    for (; p < q; ++p) {
        if (*p == '\n')
            ++n;
        else if (*p == '\r' && (p + 1 >= end || p[1] != '\n'))
            ++n;
    }
    return n;
}

// Spaces that may surround a quoted field; a tab only when it is not the delimiter.
bool isPadding(char c, char delimiter)
{
    return c == ' ' || (c == '\t' && delimiter != '\t');
}

} // namespace

CsvReader::CsvReader(Options options) : m_options(options) {}

Status CsvReader::fail(const QString& message)
{
    m_error = m_displayName.isEmpty() ? message : tr("%1: %2").arg(m_displayName, message);
    return Status::failure(m_error);
}

void CsvReader::reset(const QString& displayName)
{
    m_displayName = displayName;
    m_error.clear();
    m_header.clear();
    m_headerLine = 0;
    m_pos = 0;
    m_line = 1;
    m_text.clear();
    m_raw.clear();
    m_rawDecoded = -1;
    m_checked = -1;
    m_sizeEstimate = 0;
    m_invalidOffsets.clear();
    m_streaming = false;
    m_file.reset();
    m_fileRead = 0;
    m_base = 0;
    m_couldBeUtf8 = true;
    m_sawNonAscii = false;
    m_cutSequence.clear();
}

Status CsvReader::open(const QString& path, qint64 length)
{
    reset(QFileInfo(path).fileName());
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file->errorString()));

    using E = TextCodec::Encoding;
    const E declared = m_options.encoding;
    const bool singleByte = TextCodec::isSingleByte(declared);
    const QByteArray head = file->peek(length >= 0 ? std::min<qint64>(3, length) : 3);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    if (!m_options.decodeAsRead || utf16 || head.isEmpty() || !(bom || declared == E::Utf8 || singleByte)) {
        // Detection, UTF-16 and the checks of a whole file need all of it.
        QByteArray bytes = length >= 0 ? file->read(length) : file->readAll();
        if (file->error() != QFileDevice::NoError)
            return fail(tr("cannot read the file: %1").arg(file->errorString()));
        const QString name = m_displayName;
        return openData(bytes, name);
    }
    if (bom)
        file->skip(3);
    m_streaming = true;
    m_file = std::move(file);
    m_fileRead = bom ? 3 : 0;
    m_fileEnd = length >= 0 ? std::min(length, m_file->size()) : m_file->size();
    m_sizeEstimate = qMax<qsizetype>(0, m_fileEnd - m_fileRead);
    m_text = QByteArray(""); // not null: there is text, read as it goes
    if (bom || declared == E::Utf8) {
        m_encoding = E::Utf8;
        m_checked = 0;
    } else {
        m_encoding = declared;
    }
    if (!prepareAhead(0, s_decodeStep))
        return Status::failure(m_error);
    return start();
}

Status CsvReader::openData(const QByteArray& bytes, const QString& displayName)
{
    reset(displayName);
    m_raw = bytes;

    if (m_raw.isEmpty())
        return fail(tr("the file is empty (0 bytes)"));

    // UTF-16 has NUL bytes in every ASCII character; let the decoder see its BOM before calling the file binary.
    const bool utf16 = m_raw.startsWith("\xFF\xFE") || m_raw.startsWith("\xFE\xFF");
    if (!utf16) {
        if (const void* nul = std::memchr(m_raw.constData(), 0, static_cast<size_t>(m_raw.size()))) {
            const qsizetype offset = static_cast<const char*>(nul) - m_raw.constData();
            return fail(tr("this is a binary file, not CSV text (NUL byte at offset %1, line %2)")
                            .arg(offset)
                            .arg(TextCodec::lineOfOffset(m_raw, offset)));
        }
    }

    using E = TextCodec::Encoding;
    const E declared = m_options.encoding;
    const bool bom = m_raw.startsWith("\xEF\xBB\xBF");
    const bool singleByte = TextCodec::isSingleByte(declared);
    if (m_options.decodeAsRead && !utf16 && (bom || declared == E::Utf8)) {
        // UTF-8 is read in place; next() checks it a few megabytes ahead.
        m_text = bom ? m_raw.sliced(3) : m_raw;
        m_encoding = E::Utf8;
        m_checked = 0;
        if (!prepareAhead(0, s_decodeStep))
            return Status::failure(m_error);
    } else if (m_options.decodeAsRead && !utf16 && singleByte) {
        if (const QString error = TextCodec::declaredSingleByteButUtf8(m_raw, declared); !error.isEmpty())
            return fail(error);
        m_encoding = declared;
        m_text = QByteArray(""); // not null: there is text, decoded as it is read
        m_text.reserve(m_raw.size() + m_raw.size() / 8);
        m_sizeEstimate = m_raw.size();
        m_rawDecoded = 0;
        if (!prepareAhead(0, s_decodeStep))
            return Status::failure(m_error);
    } else {
        Result<TextCodec::Decoded> decoded = TextCodec::decode(m_raw, declared);
        if (!decoded.ok())
            return fail(decoded.error());
        m_text = std::move(decoded.value().utf8);
        m_encoding = decoded.value().encoding;
    }
    if (utf16) {
        if (const void* nul = std::memchr(m_text.constData(), 0, static_cast<size_t>(m_text.size()))) {
            const qsizetype offset = static_cast<const char*>(nul) - m_text.constData();
            return fail(tr("this is a binary file, not CSV text (NUL character on line %1)")
                            .arg(TextCodec::lineOfOffset(m_text, offset)));
        }
    }
    return start();
}

Status CsvReader::start()
{
    while (std::all_of(m_text.cbegin(), m_text.cend(), isBlankByte)) {
        if (!moreToDecode())
            return fail(tr("the file is empty: it holds only blank lines"));
        if (!prepareAhead(m_text.size(), s_decodeStep))
            return Status::failure(m_error);
    }

    // The preamble: physical lines, whatever they hold.
    Cursor cursor;
    const char* const base = m_text.constData();
    const qsizetype size = m_text.size();
    for (int i = 0; i < m_options.skipLines; ++i) {
        if (cursor.pos >= size)
            return fail(
                tr("the file has only %n line(s), but the profile skips %1 line(s) before the header", nullptr, i)
                    .arg(m_options.skipLines));
        const char* p = base + cursor.pos;
        const char* const end = base + size;
        while (p < end && *p != '\n' && *p != '\r')
            ++p;
        if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
            p += 2;
        else if (p < end)
            ++p;
        cursor.pos = p - base;
        ++cursor.line;
    }

    m_delimiter = m_options.delimiter != 0 ? m_options.delimiter : detectDelimiterFrom(m_text, cursor);
    m_stop = makeStopTable(m_delimiter);
    m_pos = cursor.pos;
    m_line = cursor.line;

    if (m_options.header) {
        CsvRecord record;
        if (!next(record)) {
            if (hasError())
                return Status::failure(m_error);
            return fail(m_options.skipLines > 0
                            ? tr("no header row after the %n skipped line(s)", nullptr, m_options.skipLines)
                            : tr("no header row"));
        }
        m_header = record.toStringList();
        m_headerLine = record.line();
    }
    return {};
}

CsvReader::StopTable CsvReader::makeStopTable(char delimiter)
{
    StopTable t{};
    t[static_cast<unsigned char>(delimiter)] = true;
    t['\n'] = true;
    t['\r'] = true;
    return t;
}

CsvReader::Step CsvReader::parseRecord(const QByteArray& text, Cursor& cursor, char delimiter, const StopTable& stop,
                                       CsvRecord& record, QString* error)
{
    const char* const base = text.constData();
    const char* const end = base + text.size();
    const char* p = base + cursor.pos;
    record.m_spans.clear();
    record.m_scratch.clear();

    for (;;) {
        // Blank lines, including lines of spaces only, are not records.
        const char* q = p;
        while (q < end && (*q == ' ' || *q == '\t') && *q != delimiter)
            ++q;
        if (q == end) {
            cursor.pos = end - base;
            return Step::End;
        }
        if (*q == '\n' || *q == '\r') {
            p = q + 1;
            if (*q == '\r' && p < end && *p == '\n')
                ++p;
            ++cursor.line;
            continue;
        }
        break;
    }
    record.m_line = cursor.line;

    for (;;) {
        const char* const fieldStart = p;
        const char* q = p;
        while (q < end && isPadding(*q, delimiter))
            ++q;
        if (q < end && *q == '"') {
            const qint64 openLine = cursor.line;
            p = q + 1;
            const char* segment = p;
            bool unescaped = false;
            const size_t scratchStart = record.m_scratch.size();
            for (;;) {
                const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(end - p)));
                if (!quote) {
                    if (error)
                        *error = tr("line %1: a quoted field opens here and is never closed (missing closing quote)")
                                     .arg(openLine);
                    return Step::Error;
                }
                cursor.line += countLineBreaks(p, quote, end);
                if (quote + 1 < end && quote[1] == '"') {
                    unescaped = true;
                    record.m_scratch.append(segment, static_cast<size_t>(quote + 1 - segment));
                    p = quote + 2;
                    segment = p;
                    continue;
                }
                if (unescaped) {
                    record.m_scratch.append(segment, static_cast<size_t>(quote - segment));
                    record.m_spans.push_back({static_cast<qsizetype>(scratchStart),
                                              static_cast<qsizetype>(record.m_scratch.size() - scratchStart), true});
                } else {
                    record.m_spans.push_back({segment - base, quote - segment, false});
                }
                p = quote + 1;
                break;
            }
            while (p < end && isPadding(*p, delimiter))
                ++p;
            if (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
                if (error)
                    *error = tr("line %1: unexpected text after the closing quote of field %2 "
                                "(a quote inside a quoted field must be doubled)")
                                 .arg(cursor.line)
                                 .arg(record.m_spans.size());
                return Step::Error;
            }
        } else {
            while (p < end && !stop[static_cast<unsigned char>(*p)])
                ++p;
            record.m_spans.push_back({fieldStart - base, p - fieldStart, false});
        }

        if (p == end) {
            record.m_endLine = cursor.line;
            break;
        }
        if (*p == delimiter) {
            ++p;
            continue;
        }
        record.m_endLine = cursor.line;
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p += 2;
        else
            ++p;
        ++cursor.line;
        break;
    }
    cursor.pos = p - base;

    record.m_fields.resize(record.m_spans.size());
    for (size_t i = 0; i < record.m_spans.size(); ++i) {
        const CsvRecord::Span& s = record.m_spans[i];
        const char* data = s.inScratch ? record.m_scratch.data() + s.offset : base + s.offset;
        record.m_fields[i] = std::string_view(data, static_cast<size_t>(s.length));
    }
    return Step::Record;
}

bool CsvReader::prepareAhead(qsizetype from, qsizetype ahead)
{
    while (m_file && m_text.size() - from < ahead) {
        if (!readPiece())
            return false;
    }
    if (m_checked >= 0) {
        // While more of the file is to come, the last bytes read may be a sequence cut in two: they wait for the rest.
        const qsizetype limit = m_file ? TextCodec::completeUtf8Length(m_text) : m_text.size();
        while (m_checked < limit && m_checked - from < ahead) {
            qsizetype to = std::min(limit, m_checked + s_decodeStep);
            // A piece never ends inside a multi-byte sequence: it stops before a continuation byte.
            while (to < m_text.size() && to > m_checked + 4 && (static_cast<unsigned char>(m_text[to]) & 0xC0) == 0x80)
                --to;
            const QByteArrayView piece(m_text.constData() + m_checked, to - m_checked);
            if (const qsizetype bad = TextCodec::findInvalidUtf8(piece); bad >= 0) {
                if (!m_options.invalidUtf8PerRecord) {
                    const qsizetype at = m_checked + bad;
                    static_cast<void>(fail(m_streaming ? TextCodec::invalidUtf8ErrorOnLine(
                                                             static_cast<unsigned char>(m_text.at(at)), lineAt(at))
                                                       : TextCodec::invalidUtf8Error(m_text, at)));
                    return false;
                }
                // The byte becomes U+FFFD, its record is marked, and checking goes on after it.
                const qsizetype at = m_checked + bad;
                m_text.replace(at, 1, "\xEF\xBF\xBD");
                m_invalidOffsets.push_back(at);
                m_checked = at + 3;
                continue;
            }
            m_checked = to;
        }
    }
    if (m_rawDecoded >= 0) {
        while (m_rawDecoded < m_raw.size() && m_text.size() - from < ahead) {
            const qsizetype to = std::min(m_raw.size(), m_rawDecoded + s_decodeStep);
            m_text.append(TextCodec::singleByteToUtf8(
                QByteArrayView(m_raw.constData() + m_rawDecoded, to - m_rawDecoded), m_encoding));
            m_rawDecoded = to;
        }
        if (m_rawDecoded == m_raw.size()) {
            m_raw = QByteArray(); // all decoded
            m_rawDecoded = 0;
            m_sizeEstimate = 0;
        }
    }
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    if (hasError() || m_text.isNull())
        return false;
    if (m_streaming && m_pos >= s_keepBehind)
        dropConsumed();
    Cursor cursor;
    QString message;
    Step step;
    // A file read piece by piece reads further only as far as a record needs.
    for (qsizetype ahead = s_decodeAhead;;
         ahead = m_streaming && ahead < (qsizetype(1) << 40) ? ahead * 4 : std::numeric_limits<qsizetype>::max()) {
        if (!prepareAhead(m_pos, ahead))
            return false;
        cursor = Cursor{m_pos, m_line};
        step = parseRecord(m_text, cursor, m_delimiter, m_stop, record, &message);
        // A record that runs into the end of what is decoded may go on in what is not: decode the rest, read again.
        // One that runs past the UTF-8 checked so far is read again once that is checked (its bytes may be replaced
        // and the record marked). (Either takes a record longer than the look-ahead.)
        const bool pastChecked = m_checked >= 0 && step == Step::Record && cursor.pos > m_checked;
        if (!pastChecked && (!moreToDecode() || (step == Step::Record && cursor.pos < m_text.size())))
            break;
    }
    record.m_invalidText = false;
    if (!m_invalidOffsets.empty() && step == Step::Record) {
        const auto first = std::lower_bound(m_invalidOffsets.cbegin(), m_invalidOffsets.cend(), m_pos);
        record.m_invalidText = first != m_invalidOffsets.cend() && *first < cursor.pos;
    }
    m_pos = cursor.pos;
    m_line = cursor.line;
    if (step == Step::Error) {
        static_cast<void>(fail(message));
        return false;
    }
    if (step == Step::End && m_checked >= 0 && !prepareAhead(m_pos, std::numeric_limits<qsizetype>::max()))
        return false;
    return step == Step::Record;
}

bool CsvReader::readPiece()
{
    const QByteArray piece = m_file->read(std::min<qint64>(s_decodeStep, std::max<qint64>(0, m_fileEnd - m_fileRead)));
    if (m_file->error() != QFileDevice::NoError) {
        static_cast<void>(fail(tr("cannot read the file: %1").arg(m_file->errorString())));
        m_file.reset();
        return false;
    }
    if (const void* nul = std::memchr(piece.constData(), 0, static_cast<size_t>(piece.size()))) {
        const qsizetype offset = static_cast<const char*>(nul) - piece.constData();
        // (A CRLF across the two pieces is one line break, not the lone CR and LF each counts.)
        const bool splitBreak = m_text.endsWith('\r') && piece.startsWith('\n');
        const qint64 line = lineAt(m_text.size()) + TextCodec::lineOfOffset(piece, offset) - 1 - (splitBreak ? 1 : 0);
        static_cast<void>(fail(tr("this is a binary file, not CSV text (NUL byte at offset %1, line %2)")
                                   .arg(m_fileRead + offset)
                                   .arg(line)));
        m_file.reset();
        return false;
    }
    m_fileRead += piece.size();
    const bool last = piece.isEmpty() || m_fileRead >= m_fileEnd || m_file->atEnd();
    if (m_encoding == TextCodec::Encoding::Utf8) {
        m_text.append(piece);
    } else {
        if (m_couldBeUtf8) {
            // Each piece is looked at whole, but for a multi-byte sequence cut by its end, kept for the next one.
            const QByteArray bytes = m_cutSequence + piece;
            const qsizetype whole = last ? bytes.size() : TextCodec::completeUtf8Length(bytes);
            const QByteArrayView checked(bytes.constData(), whole);
            if (TextCodec::findInvalidUtf8(checked) >= 0)
                m_couldBeUtf8 = false;
            else
                m_sawNonAscii = m_sawNonAscii || TextCodec::hasNonAscii(checked);
            m_cutSequence = bytes.sliced(whole);
        }
        m_text.append(TextCodec::singleByteToUtf8(piece, m_encoding));
    }
    if (last) {
        m_file.reset();
        if (m_encoding != TextCodec::Encoding::Utf8 && m_couldBeUtf8 && m_cutSequence.isEmpty() && m_sawNonAscii) {
            static_cast<void>(fail(TextCodec::utf8ButDeclaredError(m_encoding)));
            return false;
        }
        m_sizeEstimate = 0;
    }
    return true;
}

void CsvReader::dropConsumed()
{
    const qsizetype n = m_pos;
    m_text.remove(0, n);
    m_base += n;
    m_pos = 0;
    if (m_checked >= 0)
        m_checked -= n;
    const auto kept = std::lower_bound(m_invalidOffsets.begin(), m_invalidOffsets.end(), n);
    m_invalidOffsets.erase(m_invalidOffsets.begin(), kept);
    for (qsizetype& offset : m_invalidOffsets)
        offset -= n;
}

qint64 CsvReader::lineAt(qsizetype offset) const
{
    const char* const base = m_text.constData();
    const char* const end = base + m_text.size();
    if (offset >= m_pos)
        return m_line + countLineBreaks(base + m_pos, base + offset, end);
    return m_line - countLineBreaks(base + offset, base + m_pos, end);
}

char CsvReader::detectDelimiter(const QByteArray& utf8Text)
{
    return detectDelimiterFrom(utf8Text, Cursor{});
}

char CsvReader::detectDelimiterFrom(const QByteArray& text, Cursor start)
{
    char best = ',';
    int bestFrequency = 0;
    int bestCount = 1;
    CsvRecord record;
    for (const char candidate : kDelimiterCandidates) {
        const StopTable stop = makeStopTable(candidate);
        std::map<qsizetype, int> counts; // field count → records having it
        Cursor cursor = start;
        for (int i = 0; i < kDetectionRecords; ++i) {
            if (parseRecord(text, cursor, candidate, stop, record, nullptr) != Step::Record)
                break;
            ++counts[record.size()];
        }
        qsizetype mode = 0;
        int frequency = 0;
        for (const auto& [count, n] : counts) {
            if (n > frequency || (n == frequency && count > mode)) {
                mode = count;
                frequency = n;
            }
        }
        if (mode > 1 && (frequency > bestFrequency || (frequency == bestFrequency && mode > bestCount))) {
            best = candidate;
            bestFrequency = frequency;
            bestCount = static_cast<int>(mode);
        }
    }
    return best;
}
