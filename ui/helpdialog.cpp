#include "helpdialog.h"

#include "core/translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// A guide's title: its first heading.
QString titleOf(const QString& markdown)
{
    const qsizetype end = markdown.indexOf(u'\n');
    QString first = markdown.left(end < 0 ? markdown.size() : end).trimmed();
    while (first.startsWith(u'#'))
        first.remove(0, 1);
    return first.trimmed();
}
} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent), m_list(new QListWidget(this)), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Obole Help"));
    setObjectName(QStringLiteral("helpDialog"));
    m_list->setObjectName(QStringLiteral("helpTopicList"));
    m_list->setAccessibleName(tr("Guides"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("Guide"));
    m_text->setOpenLinks(false);

    const QString language = Translations::current();
    for (const QString& topic : topics()) {
        auto* item = new QListWidgetItem(titleOf(guide(topic, language)), m_list);
        item->setData(Qt::UserRole, topic);
    }
    m_list->setMaximumWidth(220);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_text->setMarkdown(guide(m_list->item(row)->data(Qt::UserRole).toString(), Translations::current()));
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(960, 620);
    showTopic(QStringLiteral("welcome"));
}

QStringList HelpDialog::topics()
{
    return {QStringLiteral("welcome"),       QStringLiteral("price-points"),   QStringLiteral("snippets"),
            QStringLiteral("revenue"),       QStringLiteral("reconciliation"), QStringLiteral("reports"),
            QStringLiteral("import-history")};
}

QString HelpDialog::guide(const QString& topic, const QString& language)
{
    QFile file(QStringLiteral(":/guide/") + language + u'/' + topic + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpDialog::showTopic(const QString& topic)
{
    const qsizetype row = topics().indexOf(topic);
    m_list->setCurrentRow(row < 0 ? 0 : int(row));
    m_text->verticalScrollBar()->setValue(0);
}

QString HelpDialog::currentTopic() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString HelpDialog::currentText() const
{
    return m_text->toPlainText();
}
