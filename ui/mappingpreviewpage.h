#pragma once

#include "importing/importprofile.h"

#include <QMap>
#include <QWizardPage>

class MappingWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The mapping wizard's last page: each of the first rows as the profile would read it (time in UTC and local
// time, amounts, channel), or why it would be rejected; a rule to skip "Total" lines; what the values of the
// channel column mean; and the profile's name. Finish saves the profile.
class MappingPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPreviewPage)
public:
    static constexpr int kPreviewRows = 200;

    explicit MappingPreviewPage(MappingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void apply(ImportProfile& profile) const;

    int rowsRead() const { return m_read; }
    int rowsSkipped() const { return m_skipped; }
    int rowsRejected() const { return m_rejected; }

private:
    void refresh();
    void rebuildChannelValues();

    MappingWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_counts;
    QComboBox* m_skipColumn;
    QLineEdit* m_skipPattern;
    QLabel* m_channelValuesLabel;
    QTableWidget* m_channelValues;
    QLineEdit* m_name;
    QList<QString> m_header;
    QMap<QString, QString> m_channelChoices; // value in the file → channel id ("" rejects the row)
    bool m_skipProposed = false;
    bool m_parsable = false;
    bool m_refreshing = false;
    int m_read = 0;
    int m_skipped = 0;
    int m_rejected = 0;
};
