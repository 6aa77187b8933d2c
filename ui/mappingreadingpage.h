#pragma once

#include "importing/importprofile.h"

#include <QWizardPage>

class MappingWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// The mapping wizard's first page: how to read the file (encoding, delimiter, decimal mark, lines before the
// header, header or not), with the first rows shown as the reader hands them out, read again on every change.
class MappingReadingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingReadingPage)
public:
    explicit MappingReadingPage(MappingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Writes this page's settings into a profile.
    void apply(ImportProfile& profile) const;

private:
    void refresh();

    MappingWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_decimalMark;
    QSpinBox* m_skipLines;
    QCheckBox* m_header;
    QLabel* m_status;
    QTableWidget* m_table;
    bool m_proposed = false;
    bool m_readable = false;
};
