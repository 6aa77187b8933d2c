#pragma once

#include "catalogchange.h"

#include <QUndoCommand>

class CatalogEditor;

// An undoable edit of one or more catalog records, written through the editor. The editor applies the edit before
// pushing the command, so the push does not write it a second time.
class CatalogEditCommand final : public QUndoCommand
{
public:
    CatalogEditCommand(CatalogEditor* editor, QList<CatalogChange> changes, const QString& text);
    void undo() override;
    void redo() override;

private:
    CatalogEditor* m_editor;
    QList<CatalogChange> m_changes;
    bool m_applied = true;
};
