#pragma once

#include "core/result.h"
#include "importing/importprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string_view>

class CsvReader;

// Settles, from the whole file, what a profile leaves to the file: the decimal mark when it says "auto", and the
// date format when it gives several. Reading a file then goes through one settled profile, so every row of a file is
// read the same way.
//
// The decimal mark: each value of the amount columns (gross, net, fee) of the rows the profile reads (blank rows and
// skip_rows excluded) is classified:
//  - both '.' and ',' in it: the last one is the decimal mark ("1.234,56" comma, "1,234.56" point);
//  - one of them several times: it groups thousands, so the other one is the mark ("1,234,567" point);
//  - one of them once, followed by other than three digits: it is the mark ("3,00", "-0,44", "1.5");
//  - once, followed by three digits, after a first group of one to three digits other than a lone 0 ("1,234"):
//    ambiguous;
//  - neither: no evidence ("12", "-3").
// The file's mark is the one its values show. A column whose values show both, columns that disagree, or a file whose
// only evidence is ambiguous values is refused with a message naming the lines and asking for decimal_mark. A file
// of whole numbers only reads the same either way (point).
//
// The date format: the first format of the list (in its order) that reads the date of every row. When several do
// and they read some row differently (01/02 as 1 February or 2 January), the first is kept and a note says so.
class ProfileSurvey final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSurvey)

public:
    enum class Evidence { None, Comma, Point, Ambiguous };
    static Evidence classify(std::string_view amount);

    struct Settled
    {
        ImportProfile profile; // decimalMark set, one date format
        QStringList notes;     // what was decided and why, for the summary ("amounts read with a decimal comma")
    };

    // Reads the whole file; a profile that leaves nothing to it comes back as it is, without reading.
    // `maxRecords` > 0 limits the look to the first records (previews, recognition).
    static Result<Settled> settle(const ImportProfile& profile, const QByteArray& bytes, const QString& fileName,
                                  qsizetype maxRecords = 0);
    // The same for a whole file on disk, read a few megabytes at a time when its encoding is declared.
    static Result<Settled> settleFile(const ImportProfile& profile, const QString& path, qint64 length = -1);

private:
    static Result<Settled> settleFrom(CsvReader& reader, const ImportProfile& profile, const QString& fileName,
                                      qsizetype maxRecords);
};
