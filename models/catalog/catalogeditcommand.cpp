#include "catalogeditcommand.h"

#include "catalogeditor.h"

#include <algorithm>

CatalogEditCommand::CatalogEditCommand(CatalogEditor* editor, QList<CatalogChange> changes, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_changes(std::move(changes))
{
}

void CatalogEditCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    QList<CatalogChange> changes = m_changes;
    if (auto st = m_editor->apply(changes, QStringLiteral("redo")); !st)
        m_editor->reportFailure(st.error());
}

void CatalogEditCommand::undo()
{
    QList<CatalogChange> changes;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        changes.append(it->inverted());
    if (auto st = m_editor->apply(changes, QStringLiteral("undo")); !st)
        m_editor->reportFailure(st.error());
}
