#include "catalogreplacecommand.h"

#include "catalogeditor.h"

CatalogReplaceCommand::CatalogReplaceCommand(CatalogEditor* editor, Catalog before, Catalog after, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
}

void CatalogReplaceCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    if (auto st = m_editor->applyCatalog(m_before, m_after, QStringLiteral("redo")); !st)
        m_editor->reportFailure(st.error());
}

void CatalogReplaceCommand::undo()
{
    if (auto st = m_editor->applyCatalog(m_after, m_before, QStringLiteral("undo")); !st)
        m_editor->reportFailure(st.error());
}
