#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

// Help → Obole Help (F1): the user guide of each page, in the interface's language, rendered from the Markdown files
// of docs/guide/ built into the application. A list of the guides on the left, the guide on the right.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The guides, in the order of the list: "welcome", then one per page of the main window.
    static QStringList topics();
    // Shows a guide ("price-points", "reconciliation"…); an unknown one shows the welcome guide.
    void showTopic(const QString& topic);
    QString currentTopic() const;
    // The guide's text as shown (for tests: its first line is the guide's title).
    QString currentText() const;
    // The Markdown of a guide in a language ("fr", "en"), from the application's resources; empty when missing.
    static QString guide(const QString& topic, const QString& language);

private:
    QListWidget* m_list;
    QTextBrowser* m_text;
};
