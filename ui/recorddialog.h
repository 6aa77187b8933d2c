#pragma once

#include "core/result.h"

#include <QDialog>

class CatalogEditor;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

// The frame of the dialogs that edit one catalog record (site, product, provider, rule): a form, a line saying
// what keeps Save disabled, updated as the user types, and Save/Cancel. Save writes through the editor (undoable)
// and the dialog stays open with the reason when the editor refuses.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)
public:
    explicit RecordDialog(CatalogEditor* editor, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

protected:
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* mainLayout() const { return m_layout; }
    // What keeps Save disabled, one sentence each.
    virtual QStringList problems() const = 0;
    virtual Result<qint64> save() = 0;
    // Re-checks the form whenever this field changes.
    void watch(QWidget* field);
    void updateState();
    // Opens with the focus on the form's first field, and Save and Cancel last in the tab order: the buttons are
    // made before the fields, so they would otherwise come first, and typing would go to Cancel.
    void showEvent(QShowEvent* event) override;

    CatalogEditor* m_editor;

private:
    QVBoxLayout* m_layout;
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    qint64 m_savedId = 0;
    bool m_focused = false;
};
