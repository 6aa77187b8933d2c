#pragma once

#include "catalogtypes.h"

#include <QUndoCommand>

class CatalogEditor;

// An undoable replacement of the whole catalog (an import). Like CatalogEditCommand, it is pushed already applied.
class CatalogReplaceCommand final : public QUndoCommand
{
public:
    CatalogReplaceCommand(CatalogEditor* editor, Catalog before, Catalog after, const QString& text);
    void undo() override;
    void redo() override;

private:
    CatalogEditor* m_editor;
    Catalog m_before;
    Catalog m_after;
    bool m_applied = true;
};
