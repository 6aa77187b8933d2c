#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Version, what Obole is for, and the database in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
