#include "ruledialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogvalidator.h"
#include "moneyinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {
QString optionalText(const std::optional<qint64>& v, const QString& currency)
{
    return v ? MoneyInput::text(*v, currency) : QString();
}
} // namespace

RuleDialog::RuleDialog(CatalogEditor* editor, const ChannelRule& rule, QWidget* parent)
    : RecordDialog(editor, parent), m_rule(rule), m_channel(new QComboBox(this)),
      m_country(new QLineEdit(rule.country, this)), m_label(new QLineEdit(rule.label, this)),
      m_prefix(new QLineEdit(rule.prefix, this)), m_billing(new QComboBox(this)),
      m_currency(new QLineEdit(rule.currency, this)),
      m_min(new QLineEdit(optionalText(rule.minMinor, rule.currency), this)),
      m_max(new QLineEdit(optionalText(rule.maxMinor, rule.currency), this)),
      m_allowed(new QLineEdit(MoneyInput::listText(rule.allowedMinor, rule.currency), this)),
      m_monthly(new QLineEdit(optionalText(rule.monthlyMaxMinor, rule.currency), this)),
      m_stored(new QLineEdit(optionalText(rule.storedMaxMinor, rule.currency), this)), m_from(new QDateEdit(this)),
      m_hasEnd(new QCheckBox(tr("&Ends on"), this)), m_to(new QDateEdit(this)),
      m_source(new QLineEdit(rule.source, this))
{
    setWindowTitle(rule.id ? tr("Edit Channel Rule") : tr("New Channel Rule"));
    for (Channel c : Channels::all())
        m_channel->addItem(Channels::displayName(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(rule.channel)));
    m_billing->addItem(tr("Any billing"), QString());
    m_billing->addItem(tr("One-off purchase"), QStringLiteral("one_off"));
    m_billing->addItem(tr("Per call"), QStringLiteral("per_call"));
    m_billing->addItem(tr("Per minute"), QStringLiteral("per_minute"));
    m_billing->setCurrentIndex(qMax(0, m_billing->findData(rule.billing)));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(70);
    m_prefix->setToolTip(tr("The start of the number (audiotel, e.g. 089) or the first digit of the short code (SMS+) "
                            "the rule covers; empty for every number."));
    m_allowed->setToolTip(tr("Fixed price tiers, separated by semicolons; empty for any price within the limits."));
    m_monthly->setToolTip(tr("The most a buyer may spend on the channel in a month (PSD2 art. 3(l))."));
    m_stored->setToolTip(tr("The most a wallet may hold."));
    m_source->setToolTip(tr("The text, decision or terms the rule comes from."));
    for (QLineEdit* e : {m_min, m_max, m_monthly, m_stored}) {
        e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        e->setMaximumWidth(120);
        e->setPlaceholderText(tr("none"));
    }
    m_from->setCalendarPopup(true);
    m_from->setDate(rule.effectiveFrom.isValid() ? rule.effectiveFrom : QDate::currentDate());
    m_to->setCalendarPopup(true);
    m_hasEnd->setChecked(rule.effectiveTo.has_value());
    m_to->setDate(rule.effectiveTo.value_or(m_from->date().addYears(1)));
    m_to->setEnabled(m_hasEnd->isChecked());
    m_to->setAccessibleName(tr("End date"));
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    const QList<std::pair<QWidget*, const char*>> names = {
        {m_channel, "channelComboBox"}, {m_country, "countryLineEdit"}, {m_label, "labelLineEdit"},
        {m_prefix, "prefixLineEdit"},   {m_billing, "billingComboBox"}, {m_currency, "currencyLineEdit"},
        {m_min, "minLineEdit"},         {m_max, "maxLineEdit"},         {m_allowed, "allowedLineEdit"},
        {m_monthly, "monthlyLineEdit"}, {m_stored, "storedLineEdit"},   {m_from, "fromDateEdit"},
        {m_hasEnd, "hasEndCheckBox"},   {m_to, "toDateEdit"},           {m_source, "sourceLineEdit"}};
    for (const auto& [widget, name] : names) {
        widget->setObjectName(QString::fromLatin1(name));
        watch(widget);
    }

    auto* country = new QHBoxLayout;
    country->addWidget(m_country);
    country->addWidget(m_currency);
    country->addStretch();
    auto* to = new QHBoxLayout;
    to->addWidget(m_hasEnd);
    to->addWidget(m_to);
    to->addStretch();
    form()->addRow(tr("C&hannel:"), m_channel);
    form()->addRow(tr("Co&untry and currency:"), country);
    form()->addRow(tr("&Name:"), m_label);
    form()->addRow(tr("Number &prefix:"), m_prefix);
    form()->addRow(tr("&Billing:"), m_billing);
    form()->addRow(tr("M&inimum price:"), m_min);
    form()->addRow(tr("Ma&ximum price:"), m_max);
    form()->addRow(tr("&Allowed prices:"), m_allowed);
    form()->addRow(tr("&Monthly cap per buyer:"), m_monthly);
    form()->addRow(tr("&Stored at most:"), m_stored);
    form()->addRow(tr("In force &from:"), m_from);
    form()->addRow(QString(), to);
    form()->addRow(tr("S&ource:"), m_source);
    resize(560, sizeHint().height());
    updateState();
}

RuleDialog* RuleDialog::newVersion(CatalogEditor* editor, const ChannelRule& previous, QDate from, QWidget* parent)
{
    ChannelRule next = previous;
    next.id = 0;
    next.effectiveFrom = from;
    next.effectiveTo.reset();
    auto* dialog = new RuleDialog(editor, next, parent);
    dialog->m_previousVersion = previous.id;
    dialog->setWindowTitle(tr("New Version of %1").arg(previous.label));
    return dialog;
}

ChannelRule RuleDialog::rule(QStringList* problems) const
{
    QStringList errors;
    ChannelRule r = m_rule;
    r.channel = Channel(m_channel->currentData().toInt());
    r.country = m_country->text().trimmed().toUpper();
    r.label = m_label->text().trimmed();
    r.prefix = m_prefix->text().trimmed();
    r.billing = m_billing->currentData().toString();
    r.currency = m_currency->text().trimmed().toUpper();
    auto read = [&](QLineEdit* edit, const QString& field, std::optional<qint64>& out) {
        auto v = MoneyInput::parseOptional(edit->text(), r.currency);
        if (v)
            out = v.value();
        else
            errors.append(tr("%1: %2").arg(field, v.error()));
    };
    read(m_min, tr("Minimum price"), r.minMinor);
    read(m_max, tr("Maximum price"), r.maxMinor);
    read(m_monthly, tr("Monthly cap"), r.monthlyMaxMinor);
    read(m_stored, tr("Stored at most"), r.storedMaxMinor);
    auto allowed = MoneyInput::parseList(m_allowed->text(), r.currency);
    if (allowed)
        r.allowedMinor = allowed.value();
    else
        errors.append(tr("Allowed prices: %1").arg(allowed.error()));
    r.effectiveFrom = m_from->date();
    if (m_hasEnd->isChecked())
        r.effectiveTo = m_to->date();
    else
        r.effectiveTo.reset();
    r.source = m_source->text().trimmed();
    if (problems)
        *problems = errors;
    return r;
}

QStringList RuleDialog::problems() const
{
    QStringList list;
    const ChannelRule r = rule(&list);
    list += CatalogValidator::problems(r, m_editor->catalog());
    if (m_previousVersion) {
        for (const ChannelRule& previous : m_editor->catalog().rules) {
            if (previous.id == m_previousVersion && r.effectiveFrom <= previous.effectiveFrom)
                list.append(tr("A new version starts after the previous one (%1).")
                                .arg(QLocale().toString(previous.effectiveFrom, QLocale::ShortFormat)));
        }
    }
    return list;
}

Result<qint64> RuleDialog::save()
{
    if (m_previousVersion)
        return m_editor->saveRuleVersion(m_previousVersion, rule());
    return m_editor->saveRule(rule());
}
