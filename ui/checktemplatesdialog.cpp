#include "checktemplatesdialog.h"

#include "messagebox.h"
#include "snippets/snippetstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

CheckTemplatesDialog::CheckTemplatesDialog(Database& db, qint64 select, QWidget* parent)
    : QDialog(parent), m_db(db), m_list(new QListWidget(this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_method(new QComboBox(this)), m_url(new QLineEdit(this)),
      m_params(new QPlainTextEdit(this)), m_headers(new QPlainTextEdit(this)), m_reply(new QComboBox(this)),
      m_successField(new QLineEdit(this)), m_successValue(new QLineEdit(this)), m_referenceField(new QLineEdit(this)),
      m_problems(new QLabel(this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Provider Check Templates"));
    m_list->setObjectName(QStringLiteral("templatesListWidget"));
    m_list->setAccessibleName(tr("Templates"));
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_params->setObjectName(QStringLiteral("paramsPlainTextEdit"));
    m_headers->setObjectName(QStringLiteral("headersPlainTextEdit"));
    m_reply->setObjectName(QStringLiteral("replyComboBox"));
    m_successField->setObjectName(QStringLiteral("successFieldLineEdit"));
    m_successValue->setObjectName(QStringLiteral("successValueLineEdit"));
    m_referenceField->setObjectName(QStringLiteral("referenceFieldLineEdit"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_remove->setObjectName(QStringLiteral("removePushButton"));

    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST")});
    m_reply->addItem(tr("JSON: a field says yes"), QStringLiteral("json"));
    m_reply->addItem(tr("Pipe-separated: a field says yes (OUI|…)"), QStringLiteral("pipe"));
    m_reply->addItem(tr("Plain text: the whole reply says yes (OK)"), QStringLiteral("text"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* edit : {m_params, m_headers}) {
        edit->setFont(fixed);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(110);
    }
    m_params->setPlaceholderText(QStringLiteral("code={code}\nprivate_key={secret}"));
    m_headers->setPlaceholderText(QStringLiteral("Authorization: Bearer {secret}"));
    m_params->setToolTip(tr("One name=value a line. Values may use {account} {secret} {price} {currency} "
                            "{product_id} {offer}; {code} and {ip} are filled in for each buyer and must be a "
                            "whole value."));
    m_successField->setToolTip(tr("JSON: the field, or a dotted path (data.status). Pipe: the field's 0-based "
                                  "position. Plain text: unused."));
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    m_problems->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_code);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Parameters:"), m_params);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("Reply &format:"), m_reply);
    form->addRow(tr("Success &field:"), m_successField);
    form->addRow(tr("Success &value:"), m_successValue);
    form->addRow(tr("Reference fi&eld:"), m_referenceField);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_problems);
    auto* save = new QPushButton(tr("&Save Template"), editor);
    save->setObjectName(QStringLiteral("saveTemplatePushButton"));
    auto* copy = new QPushButton(tr("&Duplicate"), editor);
    copy->setObjectName(QStringLiteral("duplicatePushButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(copy);
    row->addWidget(m_remove);
    row->addStretch(1);
    row->addWidget(save);
    editorLayout->addLayout(row);
    editorLayout->addStretch(1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CheckTemplatesDialog::showTemplate);
    connect(save, &QPushButton::clicked, this, &CheckTemplatesDialog::saveCurrent);
    connect(copy, &QPushButton::clicked, this, &CheckTemplatesDialog::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &CheckTemplatesDialog::removeCurrent);
    reload(select);
    resize(820, 560);
}

void CheckTemplatesDialog::reload(qint64 select)
{
    auto templates = SnippetStore(m_db).templates();
    m_templates = templates ? templates.value() : QList<CheckTemplate>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const CheckTemplate& t = m_templates.at(i);
        m_list->addItem(t.builtIn ? tr("%1 (built in)").arg(t.name) : t.name);
        if (t.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showTemplate(row);
}

void CheckTemplatesDialog::showTemplate(int row)
{
    m_problems->hide();
    if (row < 0 || row >= m_templates.size())
        return;
    const CheckTemplate& t = m_templates.at(row);
    m_code->setText(t.code);
    m_code->setReadOnly(t.builtIn);
    m_name->setText(t.name);
    m_method->setCurrentText(t.method);
    m_url->setText(t.url);
    m_params->setPlainText(CheckTemplate::pairsText(t.params, u'='));
    m_headers->setPlainText(CheckTemplate::pairsText(t.headers, u':'));
    m_reply->setCurrentIndex(m_reply->findData(CheckTemplate::replyName(t.reply)));
    m_successField->setText(t.successField);
    m_successValue->setText(t.successValue);
    m_referenceField->setText(t.referenceField);
    m_remove->setEnabled(!t.builtIn);
}

CheckTemplate CheckTemplatesDialog::fromForm(QString* problem) const
{
    const int row = m_list->currentRow();
    CheckTemplate t = row >= 0 && row < m_templates.size() ? m_templates.at(row) : CheckTemplate();
    t.code = m_code->text().trimmed();
    t.name = m_name->text().trimmed();
    t.method = m_method->currentText();
    t.url = m_url->text().trimmed();
    auto params = CheckTemplate::parsePairs(m_params->toPlainText(), u'=');
    auto headers = CheckTemplate::parsePairs(m_headers->toPlainText(), u':');
    if (!params)
        *problem = tr("parameters: %1").arg(params.error());
    else
        t.params = params.value();
    if (!headers)
        *problem = tr("headers: %1").arg(headers.error());
    else
        t.headers = headers.value();
    t.reply = CheckTemplate::replyFrom(m_reply->currentData().toString()).value_or(CheckTemplate::Reply::Json);
    t.successField = m_successField->text().trimmed();
    t.successValue = m_successValue->text().trimmed();
    t.referenceField = m_referenceField->text().trimmed();
    return t;
}

bool CheckTemplatesDialog::saveCurrent()
{
    QString problem;
    const CheckTemplate t = fromForm(&problem);
    if (problem.isEmpty()) {
        auto saved = SnippetStore(m_db).saveTemplate(t);
        if (saved) {
            reload(saved.value());
            return true;
        }
        problem = saved.error();
    }
    m_problems->setText(problem);
    m_problems->show();
    return false;
}

void CheckTemplatesDialog::duplicate()
{
    QString problem;
    CheckTemplate t = fromForm(&problem);
    t.id = 0;
    t.builtIn = false;
    int n = 2;
    QStringList codes;
    for (const CheckTemplate& existing : std::as_const(m_templates))
        codes.append(existing.code);
    const QString base = t.code.left(34);
    while (codes.contains(base + QStringLiteral("_%1").arg(n)))
        ++n;
    t.code = base + QStringLiteral("_%1").arg(n);
    t.name = tr("%1 (copy)").arg(t.name);
    auto saved = SnippetStore(m_db).saveTemplate(t);
    if (!saved) {
        m_problems->setText(saved.error());
        m_problems->show();
        return;
    }
    reload(saved.value());
}

void CheckTemplatesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    const CheckTemplate t = m_templates.at(row);
    if (MessageBox::question(this, tr("Remove Template"), tr("Remove the template \"%1\"?").arg(t.name)) !=
        QMessageBox::Yes)
        return;
    const Status st = SnippetStore(m_db).removeTemplate(t.id);
    if (!st) {
        m_problems->setText(st.error());
        m_problems->show();
        return;
    }
    reload(0);
}
