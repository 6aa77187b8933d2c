#include "productdialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogvalidator.h"
#include "moneyinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {
// French VAT categories of content sold online, with their rates in basis points.
struct Category
{
    const char* id;
    int rate;
};
constexpr Category s_categories[] = {{"digital", 2000}, {"press", 210}, {"ebook", 550}};
} // namespace

ProductDialog::ProductDialog(CatalogEditor* editor, const Product& product, QWidget* parent)
    : RecordDialog(editor, parent), m_product(product), m_name(new QLineEdit(product.name, this)),
      m_site(new QComboBox(this)), m_description(new QLineEdit(product.description, this)),
      m_category(new QComboBox(this)), m_rate(new QLineEdit(MoneyInput::percentText(product.vatRateBasisPoints), this)),
      m_active(new QCheckBox(tr("Acti&ve: on sale"), this))
{
    setWindowTitle(product.id ? tr("Edit Product") : tr("New Product"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_site->setObjectName(QStringLiteral("siteComboBox"));
    m_description->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_category->setObjectName(QStringLiteral("vatCategoryComboBox"));
    m_rate->setObjectName(QStringLiteral("vatRateLineEdit"));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    for (const Site& s : editor->catalog().sites)
        m_site->addItem(s.name, s.id);
    m_site->setCurrentIndex(qMax(0, m_site->findData(product.siteId)));
    m_category->setEditable(true);
    for (const Category& c : s_categories)
        m_category->addItem(QString::fromLatin1(c.id), c.rate);
    m_category->setCurrentText(product.vatCategory);
    m_category->setToolTip(tr("digital: 20 %, press: 2.1 %, ebook: 5.5 % in France. Choosing one sets the rate."));
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rate->setMaximumWidth(100);
    m_active->setChecked(product.active);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Site:"), m_site);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(tr("VAT &category:"), m_category);
    form()->addRow(tr("VAT &rate (%):"), m_rate);
    form()->addRow(QString(), m_active);
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_site), static_cast<QWidget*>(m_description),
          static_cast<QWidget*>(m_category), static_cast<QWidget*>(m_rate), static_cast<QWidget*>(m_active)})
        watch(w);
    connect(m_category, &QComboBox::activated, this, &ProductDialog::categoryChosen);
    resize(520, sizeHint().height());
    updateState();
}

void ProductDialog::categoryChosen(int index)
{
    if (index >= 0 && m_category->itemData(index).isValid())
        m_rate->setText(MoneyInput::percentText(m_category->itemData(index).toInt()));
}

Product ProductDialog::product(QStringList* problems) const
{
    Product p = m_product;
    p.name = m_name->text().trimmed();
    p.siteId = m_site->currentData().toLongLong();
    p.description = m_description->text().trimmed();
    p.vatCategory = m_category->currentText().trimmed();
    auto rate = MoneyInput::parsePercent(m_rate->text());
    if (rate)
        p.vatRateBasisPoints = int(rate.value());
    else if (problems)
        problems->append(tr("VAT rate: %1").arg(rate.error()));
    p.active = m_active->isChecked();
    return p;
}

QStringList ProductDialog::problems() const
{
    QStringList list;
    const Product p = product(&list);
    return list + CatalogValidator::problems(p, m_editor->catalog());
}

Result<qint64> ProductDialog::save()
{
    return m_editor->saveProduct(product());
}
