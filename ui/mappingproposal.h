#pragma once

#include "importing/importprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Guesses, for a file no profile reads yet, how to read it and what its columns mean, so the mapping wizard opens
// with a proposal the user only has to check. Every guess is a plain function of the file's first rows; nothing
// here is remembered between files.
class MappingProposal final
{
public:
    struct Reading
    {
        TextCodec::Encoding encoding = TextCodec::Encoding::Auto;
        char delimiter = 0; // 0: let the reader detect it
        int skipLines = 0;
        bool header = true;
        char decimalMark = '.';
    };

    // The lines before the header (a title block has fewer fields than the table below it), whether the first
    // row is a header (no cell of it looks like a number or a date) and the decimal mark the amounts use.
    static Reading proposeReading(const QByteArray& head);

    // For each field name of ImportProfile ("timestamp", "gross"…), the 0-based column proposed. Headers are
    // compared without case, accents or punctuation ("Montant TTC", "montant_ttc"), against the words providers
    // use in English and French; a column is given to one field at most, the best match first; the sample rows
    // veto a column whose cells do not fit (letters in an amount column, no digit in a date column).
    static QHash<QString, int> proposeColumns(const QList<QString>& header, const QList<QStringList>& sample);

    // The preset date format that reads most of the non-empty samples (the first in the list on a tie), when it
    // reads at least half of them; otherwise empty.
    static QString proposeDateFormat(const QStringList& samples);
    static const QStringList& dateFormatPresets();

    // '.' or ',': the mark that amounts such as "1,50" or "1 234.56" in the sample use.
    static char proposeDecimalMark(const QList<QStringList>& rows);

    // The channel id a value of a channel column most likely means ("SMS+ surtaxé" → sms), or empty.
    static QString proposeChannel(const QString& value);

    // "^Total" when a cell of the column starts with a total's word (Total, TOTAL, Sous-total, Somme), else empty.
    static QString proposeSkipPattern(const QList<QStringList>& rows, int column);

    // Lower case, accents removed, camelCase split, every run of other characters a single space.
    static QString normalized(const QString& text);
};
