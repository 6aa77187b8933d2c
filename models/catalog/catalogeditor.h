#pragma once

#include "catalogchange.h"
#include "core/result.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

class Database;

// The one way the GUI changes the catalog. Each edit is checked (CatalogValidator), written in one transaction
// together with its audit rows, and pushed on an undo stack as a command that can be undone and redone; the
// editor keeps a copy of the catalog as stored, reloaded after every change.
class CatalogEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditor)
public:
    // `db` must outlive the editor. `stack` (not owned, may be null for no undo) is cleared when the editor goes,
    // as its commands write through this editor.
    CatalogEditor(Database& db, QUndoStack* stack, QObject* parent = nullptr);
    ~CatalogEditor() override;

    const Catalog& catalog() const { return m_catalog; }
    Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_stack; }
    Status reload();
    // The date price points are checked at when saved: today.
    static QDate checkDate() { return QDate::currentDate(); }

    // Insert when the id is 0, update otherwise; the id written is returned.
    Result<qint64> savePricePoint(const PricePoint& point);
    Result<qint64> saveSite(const Site& site);
    Result<qint64> saveProduct(const Product& product);
    Result<qint64> saveProvider(const Provider& provider);
    Result<qint64> saveRule(const ChannelRule& rule);
    // A new version of a rule: `next` is created and the previous version ends the day before `next` starts, in
    // one undoable step. The new rule's id is returned.
    Result<qint64> saveRuleVersion(qint64 previousId, const ChannelRule& next);
    Status removePricePoint(qint64 id);
    // With its products and their price points.
    Status removeSite(qint64 id);
    // With its price points.
    Status removeProduct(qint64 id);
    // Refused while a price point uses the provider.
    Status removeProvider(qint64 id);
    Status removeRule(qint64 id);
    // Replaces the whole catalog (an import): one undoable step.
    Status replaceCatalog(const Catalog& catalog);

    // For the commands: apply changes (or a whole catalog) in one transaction with their audit rows, `action`
    // being edit, undo, redo or import. Creations get their id filled in.
    Status apply(QList<CatalogChange>& changes, const QString& action);
    Status applyCatalog(const Catalog& from, const Catalog& to, const QString& action);
    void reportFailure(const QString& message);

signals:
    void catalogChanged();
    // An undo or redo could not be written; the message is for people.
    void failed(const QString& message);

private:
    Result<qint64> push(QList<CatalogChange> changes, const QString& text);
    template <typename T>
    Result<qint64> saveRecord(const T& record, const QList<T>& existing, const QString& newText,
                              const QString& editText, const QStringList& problems);
    Status pushRemoval(QList<CatalogChange> changes, const QString& text);
    Status writeChange(const CatalogChange& change);

    Database& m_db;
    QPointer<QUndoStack> m_stack;
    Catalog m_catalog;
};
