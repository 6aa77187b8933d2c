#pragma once

#include "catalog/catalogtypes.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

// Edits a product: name, site, description, VAT category and rate, active.
class ProductDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)
public:
    ProductDialog(CatalogEditor* editor, const Product& product, QWidget* parent = nullptr);
    Product product(QStringList* problems = nullptr) const;

protected:
    QStringList problems() const override;
    Result<qint64> save() override;

private:
    void categoryChosen(int index);

    Product m_product;
    QLineEdit* m_name;
    QComboBox* m_site;
    QLineEdit* m_description;
    QComboBox* m_category;
    QLineEdit* m_rate;
    QCheckBox* m_active;
};
