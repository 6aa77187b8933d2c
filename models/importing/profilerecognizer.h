#pragma once

#include "core/result.h"
#include "importing/profileregistry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Picks the import profile that fits a file, among the built-in and saved ones, from the file's head: the profile
// must read it as it is (its encoding, delimiter, preamble of skip_lines and header), find every column it needs in
// the header, and read the first rows without an error.
//
// Among the profiles that fit, the one that finds the most of its columns by name wins (a profile naming seven of a
// file's columns says more about it than one naming two); a profile without a header only fits when no other does,
// and only when it reads every sampled row. Two profiles that fit equally well are not guessed between: the caller
// asks, listing them.
class ProfileRecognizer final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRecognizer)

public:
    struct Candidate
    {
        ProfileRegistry::Entry entry;
        int score = 0;      // higher fits better
        int rowsRead = 0;   // sampled rows the profile read
        int rowsFailed = 0; // sampled rows it could not read
    };

    struct Outcome
    {
        std::optional<ProfileRegistry::Entry> chosen; // set when one profile fits best
        QList<Candidate> fitting;                     // every profile that fits, best first
        // When nothing is chosen: why, naming the candidates (two that tie) or saying none fits. Translated.
        QString problem;
    };

    // How much of the file's start is looked at.
    static constexpr qsizetype kHeadBytes = 256 * 1024;
    static constexpr int kSampleRows = 50;

    static Outcome recognise(const QByteArray& head, const QList<ProfileRegistry::Entry>& entries,
                             const QString& fileName);
    // Reads the head of the file at `path` and looks among every profile of the registry.
    static Outcome recogniseFile(const QString& path);
    // The first `maxBytes` of a file, ending on its last whole line when cut short (`truncated` then says so).
    static Result<QByteArray> readHead(const QString& path, qint64 maxBytes, bool* truncated = nullptr);

    // Scores one profile against a file's head; nullopt when it does not fit.
    static std::optional<Candidate> fit(const QByteArray& head, const ProfileRegistry::Entry& entry,
                                        const QString& fileName);
};
