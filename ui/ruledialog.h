#pragma once

#include "catalog/catalogtypes.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Edits a channel rule: what it applies to (channel, country, number prefix, billing), its limits, when it is in
// force and its source. As a new version of an existing rule, saving also ends the previous version the day
// before the new one starts, in one undoable step.
class RuleDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDialog)
public:
    RuleDialog(CatalogEditor* editor, const ChannelRule& rule, QWidget* parent = nullptr);
    // Opens a new version of `previous`, starting on `from`.
    static RuleDialog* newVersion(CatalogEditor* editor, const ChannelRule& previous, QDate from,
                                  QWidget* parent = nullptr);
    ChannelRule rule(QStringList* problems = nullptr) const;

protected:
    QStringList problems() const override;
    Result<qint64> save() override;

private:
    ChannelRule m_rule;
    qint64 m_previousVersion = 0;
    QComboBox* m_channel;
    QLineEdit* m_country;
    QLineEdit* m_label;
    QLineEdit* m_prefix;
    QComboBox* m_billing;
    QLineEdit* m_currency;
    QLineEdit* m_min;
    QLineEdit* m_max;
    QLineEdit* m_allowed;
    QLineEdit* m_monthly;
    QLineEdit* m_stored;
    QDateEdit* m_from;
    QCheckBox* m_hasEnd;
    QDateEdit* m_to;
    QLineEdit* m_source;
};
