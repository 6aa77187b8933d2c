#pragma once

#include "catalog/catalogtypes.h"
#include "recorddialog.h"

class QLineEdit;

// Edits a site: its name and address.
class SiteDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)
public:
    SiteDialog(CatalogEditor* editor, const Site& site, QWidget* parent = nullptr);
    Site site() const;

protected:
    QStringList problems() const override;
    Result<qint64> save() override;

private:
    Site m_site;
    QLineEdit* m_name;
    QLineEdit* m_url;
};
