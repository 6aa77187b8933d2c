#pragma once

#include "importing/importprofile.h"
#include "mappingwizard.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

// The mapping wizard's second page: which column holds each field (proposed from the headers), how dates are
// written and in which time zone, what a row lacking a channel or a currency takes, and what kind of file this is.
class MappingColumnsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingColumnsPage)
public:
    explicit MappingColumnsPage(MappingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    void apply(ImportProfile& profile) const;

    // The 0-based column chosen for a field, -1 for none.
    int column(const QString& field) const;

private:
    void rebuildColumns();
    void timestampColumnChanged();
    void checkDateFormat();
    QStringList samples(int column) const;

    MappingWizard* m_wizard;
    MappingWizard::Sample m_sample;
    QList<QString> m_builtFor; // the header the combos were built for
    bool m_builtWithHeader = true;
    QHash<QString, QComboBox*> m_columnCombos;
    QComboBox* m_dateFormat;
    QLabel* m_dateCheck;
    QComboBox* m_timeZone;
    QComboBox* m_defaultChannel;
    QLineEdit* m_defaultCurrency;
    QComboBox* m_kind;
    QComboBox* m_provider; // the catalog's providers; a code typed that the catalog lacks is a new provider
    QLabel* m_providerNote;
    QString providerCode() const;
    QLabel* m_problem;
};
