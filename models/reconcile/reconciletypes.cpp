#include "reconciletypes.h"

#include <QDateTime>
#include <QLocale>

QString ReconcileText::outcomeName(ReconcileOutcome outcome)
{
    switch (outcome) {
    case ReconcileOutcome::MatchedByReference:
        return tr("Matched by reference");
    case ReconcileOutcome::MatchedFuzzy:
        return tr("Matched by amount and time");
    case ReconcileOutcome::MatchedManual:
        return tr("Matched by hand");
    case ReconcileOutcome::AmountMismatch:
        return tr("Amount mismatch");
    case ReconcileOutcome::MissingAtProvider:
        return tr("Missing at provider");
    case ReconcileOutcome::MissingInSalesLog:
        return tr("Missing in sales log");
    case ReconcileOutcome::DuplicateAtProvider:
        return tr("Duplicate at provider");
    }
    return {};
}

QString ReconcileText::outcomeKey(ReconcileOutcome outcome)
{
    switch (outcome) {
    case ReconcileOutcome::MatchedByReference:
        return QStringLiteral("matched_by_reference");
    case ReconcileOutcome::MatchedFuzzy:
        return QStringLiteral("matched_fuzzy");
    case ReconcileOutcome::MatchedManual:
        return QStringLiteral("matched_manual");
    case ReconcileOutcome::AmountMismatch:
        return QStringLiteral("amount_mismatch");
    case ReconcileOutcome::MissingAtProvider:
        return QStringLiteral("missing_at_provider");
    case ReconcileOutcome::MissingInSalesLog:
        return QStringLiteral("missing_in_sales_log");
    case ReconcileOutcome::DuplicateAtProvider:
        return QStringLiteral("duplicate_at_provider");
    }
    return {};
}

std::optional<ReconcileOutcome> ReconcileText::outcomeFromKey(QStringView key)
{
    for (ReconcileOutcome o : allOutcomes()) {
        if (outcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

bool ReconcileText::isDiscrepancy(ReconcileOutcome outcome)
{
    return outcome == ReconcileOutcome::AmountMismatch || outcome == ReconcileOutcome::MissingAtProvider ||
           outcome == ReconcileOutcome::MissingInSalesLog || outcome == ReconcileOutcome::DuplicateAtProvider;
}

bool ReconcileText::isPair(ReconcileOutcome outcome)
{
    return outcome == ReconcileOutcome::MatchedByReference || outcome == ReconcileOutcome::MatchedFuzzy ||
           outcome == ReconcileOutcome::MatchedManual || outcome == ReconcileOutcome::AmountMismatch;
}

const QList<ReconcileOutcome>& ReconcileText::allOutcomes()
{
    static const QList<ReconcileOutcome> all{ReconcileOutcome::MatchedByReference, ReconcileOutcome::MatchedFuzzy,
                                             ReconcileOutcome::MatchedManual,      ReconcileOutcome::AmountMismatch,
                                             ReconcileOutcome::MissingAtProvider,  ReconcileOutcome::MissingInSalesLog,
                                             ReconcileOutcome::DuplicateAtProvider};
    return all;
}

QString ReconcileText::timeText(qint64 utc, const QTimeZone& zone)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(utc, zone);
    return QLocale().toString(t.date(), QLocale::ShortFormat) + u' ' + t.time().toString(QStringLiteral("HH:mm:ss"));
}
