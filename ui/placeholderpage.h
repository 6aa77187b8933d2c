#pragma once

#include "page.h"

// A page whose capability has not landed yet: it says plainly what it will hold, and shows no figure.
class PlaceholderPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    QString title() const override { return m_title; }
    void setDatabase(Database*) override {}

private:
    QString m_title;
};
