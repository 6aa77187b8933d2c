#include "catalog/channelruletext.h"

namespace {

// The texts of the rules seeded by schema step 1, listed for the translation tools; a text not in the translation
// (a rule someone wrote) comes back as it is.
[[maybe_unused]] constexpr const char* s_seeded[] = {
    QT_TRANSLATE_NOOP("ChannelRuleText", "081x numbers, per call"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "081x numbers, per minute"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "082x numbers, per call"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "082x numbers, per minute"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "089x numbers, per call"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "089x numbers, per minute"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "ARCEP numbering plan, value-added service numbers 081x"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "ARCEP numbering plan, value-added service numbers 082x"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "ARCEP numbering plan, value-added service numbers 089x"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ one-off purchase"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ code of practice: one-off purchase cap"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 3xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 4xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 5xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 6xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 7xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ short code 8xxxx"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "SMS+ tariff tiers by short code"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "PSD2 art. 3(l) electronic communications exclusion"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "Directive (EU) 2015/2366 (PSD2), art. 3(l)"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "Prepaid card without a buyer account"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "Provider terms: payment without a buyer account"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "Low-value payment instrument"),
    QT_TRANSLATE_NOOP("ChannelRuleText", "Directive (EU) 2015/2366 (PSD2), art. 42"),
};

QString translated(const QString& stored)
{
    const QByteArray text = stored.toUtf8();
    return QCoreApplication::translate("ChannelRuleText", text.constData());
}

} // namespace

QString ChannelRuleText::label(const QString& stored)
{
    return translated(stored);
}

QString ChannelRuleText::source(const QString& stored)
{
    return translated(stored);
}
