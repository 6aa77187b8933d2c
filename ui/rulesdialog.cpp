#include "rulesdialog.h"

#include "catalog/catalogeditor.h"
#include "catalog/rulechecker.h"
#include "itemmodels/channelrulefiltermodel.h"
#include "itemmodels/channelrulemodel.h"
#include "itemmodels/roles.h"
#include "messagebox.h"
#include "ruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

RulesDialog::RulesDialog(CatalogEditor* editor, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_model(new ChannelRuleModel(this)), m_proxy(new ChannelRuleFilterModel(this)),
      m_country(new QComboBox(this)), m_channel(new QComboBox(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_inForceOnly(new QCheckBox(tr("&Only rules in force"), this)), m_table(new QTableView(this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)), m_versionButton(new QPushButton(tr("New &Version…"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_checkLabel(new QLabel(this)),
      m_breaking(new QListWidget(this))
{
    setWindowTitle(tr("Channel Rules"));
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_date->setObjectName(QStringLiteral("referenceDateEdit"));
    m_date->setCalendarPopup(true);
    m_inForceOnly->setObjectName(QStringLiteral("inForceCheckBox"));
    m_table->setObjectName(QStringLiteral("rulesTableView"));
    m_editButton->setObjectName(QStringLiteral("editRuleButton"));
    m_versionButton->setObjectName(QStringLiteral("newVersionButton"));
    m_versionButton->setToolTip(tr("A new version of the selected rule, from the reference date; the current version "
                                   "ends the day before."));
    m_deleteButton->setObjectName(QStringLiteral("deleteRuleButton"));
    m_checkLabel->setObjectName(QStringLiteral("checkLabel"));
    m_checkLabel->setWordWrap(true);
    m_breaking->setObjectName(QStringLiteral("breakingListWidget"));
    m_breaking->setAccessibleName(tr("Price points breaking a rule on the reference date"));
    m_breaking->setMaximumHeight(120);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChannelRuleModel::ChannelColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Channel rules"));

    auto* dateLabel = new QLabel(tr("&Reference date:"), this);
    dateLabel->setBuddy(m_date);
    auto* countryLabel = new QLabel(tr("C&ountry:"), this);
    countryLabel->setBuddy(m_country);
    auto* channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    auto* filters = new QHBoxLayout;
    filters->addWidget(countryLabel);
    filters->addWidget(m_country);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channel);
    filters->addSpacing(12);
    filters->addWidget(dateLabel);
    filters->addWidget(m_date);
    filters->addWidget(m_inForceOnly);
    filters->addStretch();

    auto* addButton = new QPushButton(tr("&New Rule…"), this);
    addButton->setObjectName(QStringLiteral("newRuleButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_versionButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_checkLabel);
    layout->addWidget(m_breaking);
    layout->addWidget(close);

    m_channel->addItem(tr("All channels"));
    for (Channel c : Channels::all())
        m_channel->addItem(Channels::displayName(c), int(c));
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCountry(m_country->currentData().toString()); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_channel->currentData();
        m_proxy->setChannel(v.isValid() ? std::optional<Channel>(Channel(v.toInt())) : std::nullopt);
    });
    connect(m_inForceOnly, &QCheckBox::toggled, m_proxy, &ChannelRuleFilterModel::setInForceOnly);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_model->setReferenceDate(d);
        m_proxy->invalidate();
        updateCheck();
    });
    connect(addButton, &QPushButton::clicked, this, &RulesDialog::addRule);
    connect(m_editButton, &QPushButton::clicked, this, &RulesDialog::editRule);
    connect(m_versionButton, &QPushButton::clicked, this, &RulesDialog::newVersion);
    connect(m_deleteButton, &QPushButton::clicked, this, &RulesDialog::removeRule);
    connect(m_table, &QTableView::activated, this, &RulesDialog::editRule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &CatalogEditor::catalogChanged, this, &RulesDialog::refresh);

    refresh();
    m_table->resizeColumnsToContents();
    // The long columns are capped; their full text is in the tooltip of the source and the rule dialog.
    for (const auto& [column, width] :
         {std::pair{ChannelRuleModel::LabelColumn, 250}, std::pair{ChannelRuleModel::AppliesToColumn, 200},
          std::pair{ChannelRuleModel::LimitsColumn, 260}})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), width));
    resize(1240, 620);
}

void RulesDialog::refresh()
{
    const qint64 selected = selectedId();
    m_model->setCatalog(m_editor->catalog());
    // The country list follows the rules.
    const QString country = m_country->currentData().toString();
    {
        const QSignalBlocker blocker(m_country);
        m_country->clear();
        m_country->addItem(tr("All countries"), QString());
        QStringList countries;
        for (const ChannelRule& r : m_editor->catalog().rules) {
            if (!countries.contains(r.country))
                countries.append(r.country);
        }
        countries.sort();
        for (const QString& c : countries)
            m_country->addItem(c, c);
        m_country->setCurrentIndex(qMax(0, m_country->findData(country)));
    }
    if (selected) {
        const int row = m_model->rowOfId(selected);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    updateCheck();
    updateButtons();
}

void RulesDialog::updateCheck()
{
    const Catalog& catalog = m_editor->catalog();
    const QDate date = m_date->date();
    const RuleChecker checker(catalog.rules);
    m_breaking->clear();
    int broken = 0;
    for (const PricePoint& p : catalog.pricePoints) {
        if (!p.active)
            continue;
        const RuleChecker::Verdict v = checker.check(p, date);
        if (v.ok)
            continue;
        ++broken;
        QString product;
        for (const Product& pr : catalog.products) {
            if (pr.id == p.productId)
                product = pr.name;
        }
        for (const auto& f : v.findings) {
            if (!f.respected)
                m_breaking->addItem(tr("%1 · %2: %3").arg(product, Channels::displayName(p.channel), f.message));
        }
    }
    const QString day = QLocale().toString(date, QLocale::ShortFormat);
    m_checkLabel->setText(
        broken == 0 ? tr("On %1, every active price point respects the rules in force.").arg(day)
                    : tr("On %1, %n active price point(s) would break a rule in force:", nullptr, broken).arg(day));
    m_breaking->setVisible(broken > 0);
}

void RulesDialog::updateButtons()
{
    const bool any = selectedId() != 0;
    m_editButton->setEnabled(any);
    m_versionButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}

qint64 RulesDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(ModelRoles::IdRole).toLongLong();
}

void RulesDialog::addRule()
{
    ChannelRule rule;
    if (m_channel->currentData().isValid())
        rule.channel = Channel(m_channel->currentData().toInt());
    if (!m_country->currentData().toString().isEmpty())
        rule.country = m_country->currentData().toString();
    rule.effectiveFrom = m_date->date();
    auto* dialog = new RuleDialog(m_editor, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RulesDialog::editRule()
{
    const qint64 id = selectedId();
    for (const ChannelRule& r : m_editor->catalog().rules) {
        if (r.id == id) {
            auto* dialog = new RuleDialog(m_editor, r, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return;
        }
    }
}

void RulesDialog::newVersion()
{
    const qint64 id = selectedId();
    for (const ChannelRule& r : m_editor->catalog().rules) {
        if (r.id == id) {
            const QDate from = qMax(m_date->date(), r.effectiveFrom.addDays(1));
            auto* dialog = RuleDialog::newVersion(m_editor, r, from, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return;
        }
    }
}

void RulesDialog::removeRule()
{
    const qint64 id = selectedId();
    QString label;
    for (const ChannelRule& r : m_editor->catalog().rules) {
        if (r.id == id)
            label = r.label;
    }
    if (label.isEmpty())
        return;
    if (MessageBox::question(this, tr("Delete Rule"),
                             tr("Delete the rule \"%1\"? Price points are no longer checked against it. Edit → Undo "
                                "brings it back.")
                                 .arg(label)) != QMessageBox::Yes)
        return;
    if (auto st = m_editor->removeRule(id); !st)
        MessageBox::critical(this, tr("Delete Rule"), st.error());
}
