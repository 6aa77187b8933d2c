#pragma once

#include <QDialog>

class CatalogEditor;
class ChannelRuleFilterModel;
class ChannelRuleModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

// The rules editor: channel rules per country with their limits, effective dates and sources; new rules, new
// versions of a rule (the previous one ends), edits and deletions, all undoable. A reference date shows which
// rules are in force then, and which active price points would break one.
class RulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDialog)
public:
    explicit RulesDialog(CatalogEditor* editor, QWidget* parent = nullptr);

private:
    void refresh();
    void updateCheck();
    void updateButtons();
    qint64 selectedId() const;
    void addRule();
    void editRule();
    void newVersion();
    void removeRule();

    CatalogEditor* m_editor;
    ChannelRuleModel* m_model;
    ChannelRuleFilterModel* m_proxy;
    QComboBox* m_country;
    QComboBox* m_channel;
    QDateEdit* m_date;
    QCheckBox* m_inForceOnly;
    QTableView* m_table;
    QPushButton* m_editButton;
    QPushButton* m_versionButton;
    QPushButton* m_deleteButton;
    QLabel* m_checkLabel;
    QListWidget* m_breaking;
};
