#pragma once

#include "page.h"
#include "snippets/secretbox.h"
#include "snippets/snippetgenerator.h"

#include <optional>

class QComboBox;
class EmptyState;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class SnippetHighlighter;
class SummaryTile;

// Generates the code a webmaster puts on their site: pick a site, a product, a channel, a provider and a target
// (the buyer's widget in HTML or built by script, the PHP or Node.js check); the files show with syntax
// highlighting, copy to the clipboard, or save to a folder with a README. The provider's check (template, account,
// encrypted secret, payment page) is set from here too.
class SnippetsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetsPage)
public:
    explicit SnippetsPage(QWidget* parent = nullptr);
    QString title() const override;
    QString helpTopic() const override { return QStringLiteral("snippets"); }
    void setDatabase(Database* db) override;

    // The files of the current selection, as generated (empty when nothing can be generated).
    const QList<GeneratedFile>& files() const { return m_files; }
    // Writes every file into `folder` (created if needed); what the Save button does after asking for the folder.
    Status saveTo(const QString& folder);
    void copyCurrentFile();
    void editProviderCheck();
    // Replaces the site's signing secret after asking: every access already given stops working.
    void renewSiteSecret();

private:
    void fillSites();
    void fillProducts();
    void fillChannels();
    void fillProviders();
    void regenerate();
    void showFile(int row);
    void chooseFolderAndSave();

    Database* m_db = nullptr;
    std::optional<SecretBox> m_box;
    QString m_boxError;
    QList<GeneratedFile> m_files;
    bool m_filling = false;

    SummaryTile* m_priceTile;
    SummaryTile* m_accessTile;
    SummaryTile* m_checkTile;
    QComboBox* m_site;
    QComboBox* m_product;
    QComboBox* m_channel;
    QComboBox* m_provider;
    QComboBox* m_target;
    QLineEdit* m_accessUrl;
    QPushButton* m_providerButton;
    QPushButton* m_renewButton;
    QLabel* m_warning;
    QListWidget* m_fileList;
    QPlainTextEdit* m_preview;
    SnippetHighlighter* m_highlighter;
    QPushButton* m_copy;
    QPushButton* m_save;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QAction* m_pricePointsAction = nullptr;
};
