#pragma once

#include "catalog/catalogtypes.h"

#include <QDialog>

#include <memory>

class CatalogEditor;
namespace Ui {
class PricePointDialog;
}

// Edits one price point: the fields that matter for its channel, the payout and access, and, as the user types,
// the rules that apply (with their source), the purchases a month under a PSD2 cap, and the revenue per purchase.
// Save writes through the editor (undoable); a price point breaking a rule can only be saved inactive.
class PricePointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePointDialog)
public:
    PricePointDialog(CatalogEditor* editor, const PricePoint& point, QWidget* parent = nullptr);
    ~PricePointDialog() override;

    // The price point as the fields describe it; `problems` receives the fields that cannot be read.
    PricePoint pricePoint(QStringList* problems = nullptr) const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void load(const PricePoint& point);
    void channelChanged();
    void followChannelDefaults();
    void fillProviders(Channel channel, qint64 selectedId);
    void createProvider();
    void updateChecks();
    void applyTier();
    Channel channel() const;
    const Provider* provider() const;
    const Product* product() const;

    std::unique_ptr<Ui::PricePointDialog> m_ui;
    CatalogEditor* m_editor;
    PricePoint m_original;
    qint64 m_savedId = 0;
    bool m_loading = false;
    // A new price point shows what keeps Save disabled only once the user has changed a field (or tried to save):
    // it does not open on a wall of errors about fields not filled in yet.
    bool m_touched = false;
    // A new price point follows the defaults of the channel chosen (price, payout, provider, the channel's settings)
    // until the user types a value of their own.
    bool m_typed = false;
};
