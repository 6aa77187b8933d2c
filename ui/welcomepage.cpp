#include "welcomepage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), m_intro(new QLabel(this)), m_busy(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Obole"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    m_intro->setObjectName(QStringLiteral("welcomeIntroLabel"));
    m_intro->setWordWrap(true);
    setDatabaseEmpty(true);

    struct Step
    {
        QString button;
        QString name;
        QString text;
        void (WelcomePage::*signal)();
    };
    const QList<Step> steps = {
        {tr("Open the &Demo Merchant"), QStringLiteral("openDemoButton"),
         tr("A merchant with two sites, products on every channel and 90 days of sales and statements: every "
            "page filled in, to look around. Your own database stays as it is."),
         &WelcomePage::demoRequested},
        {tr("Add Your First &Site and Product…"), QStringLiteral("addSiteButton"),
         tr("Name your site, the products you sell on it and the payment providers you work with; then set a price "
            "per channel on the Price points page."),
         &WelcomePage::catalogRequested},
        {tr("Import a &Catalog…"), QStringLiteral("importCatalogButton"),
         tr("A catalog file (JSON) with your sites, products, providers and price points, exported from another "
            "Obole database or written by hand."),
         &WelcomePage::importCatalogRequested},
        {tr("&Import a Statement or Sales Log…"), QStringLiteral("importStatementButton"),
         tr("A provider's statement or your site's sales log (CSV): Obole recognises the usual formats and asks "
            "about the others. Files can also be dropped on the window."),
         &WelcomePage::importFilesRequested},
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(14);
    for (int i = 0; i < steps.size(); ++i) {
        const Step& step = steps.at(i);
        auto* button = new QPushButton(step.button, this);
        button->setObjectName(step.name);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        auto* text = new QLabel(step.text, this);
        text->setWordWrap(true);
        text->setBuddy(button);
        grid->addWidget(button, i, 0);
        grid->addWidget(text, i, 1);
        connect(button, &QPushButton::clicked, this, step.signal);
        m_buttons << button;
    }
    grid->setColumnStretch(1, 1);

    m_busy->setObjectName(QStringLiteral("welcomeBusyLabel"));
    m_busy->hide();

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(grid);
    column->addWidget(m_busy);
    column->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 6);
    layout->addStretch(1);
    layout->setContentsMargins(24, 32, 24, 24);
    setFocusProxy(m_buttons.constFirst());
}

void WelcomePage::setBusy(bool busy, const QString& message)
{
    for (QPushButton* b : std::as_const(m_buttons))
        b->setEnabled(!busy);
    m_busy->setText(message);
    m_busy->setVisible(busy && !message.isEmpty());
}

void WelcomePage::setDatabaseEmpty(bool empty)
{
    m_intro->setText(empty ? tr("This database is empty. Start in one of these ways; you can come back here with "
                                "Help → Getting Started.")
                           : tr("Ways to start: the demo merchant to look around, your own sites and products, a "
                                "catalog file, or a statement to import."));
}
