#include "catalog/audittrail.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogjson.h"
#include "catalog/catalogstore.h"
#include "catalog/pricepointdefaults.h"
#include "catalog/rulechecker.h"
#include "demo/demodata.h"
#include "itemmodels/pricematrixmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "money/money.h"
#include "moneyinput.h"
#include "page.h"
#include "pricepointdialog.h"
#include "pricepointspage.h"
#include "productdialog.h"
#include "providerdialog.h"
#include "sitedialog.h"
#include "storage/database.h"
#include "summarytile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The catalog editor as a webmaster uses it: the matrix, the price point dialog with its live rules, undo and redo
// from the keyboard, the audit trail, and catalog files through the File menu's path.
class TestCatalogEditor final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PricePointsPage* m_page = nullptr;
    QTableView* m_matrix = nullptr;
    qint64 m_smsId = 0;

    qint64 storedPrice(qint64 id)
    {
        auto stmt = m_window->database()->prepare("SELECT price_minor FROM price_points WHERE id = ?");
        stmt->bind(1, id);
        return stmt->next().value_or(false) ? stmt->int64(0) : -1;
    }

    QModelIndex smsCell() const
    {
        const QAbstractItemModel* model = m_matrix->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Horoscope détaillé du mois")
                return model->index(row, PriceMatrixModel::columnOf(Channel::Sms));
        }
        return {};
    }

    // After a dialog closes, a window manager gives the focus back to the main window; the offscreen platform has
    // none, so the tests do it.
    bool activate()
    {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    QByteArray catalogJson() { return CatalogJson::write(CatalogStore(*m_window->database()).load().value()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The documentation's screenshots show euros as an English-speaking user in the euro zone sees them.
        QLocale::setDefault(qEnvironmentVariableIsSet("OBOLE_SCREENSHOT_DIR")
                                ? QLocale(QLocale::English, QLocale::Ireland)
                                : QLocale::c());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoData::create(*db.value(), QDate::currentDate().addDays(-1)).ok());
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(path));
        m_window->showPage(0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = qobject_cast<PricePointsPage*>(m_window->page(0));
        QVERIFY(m_page);
        m_matrix = m_page->findChild<QTableView*>(QStringLiteral("priceMatrixTableView"));
        QVERIFY(m_matrix && m_matrix->isVisible());
    }

    // A new site, product or provider opens with the focus in its first field, so typing fills it in; Save and
    // Cancel come last in the tab order.
    void newRecordsOpenOnTheirFirstField()
    {
        CatalogEditor* editor = m_page->editor();
        QVERIFY(editor);
        SiteDialog site(editor, Site{}, m_window.get());
        ProductDialog product(editor, Product{}, m_window.get());
        ProviderDialog provider(editor, Provider{}, m_window.get());
        for (QDialog* dialog : std::initializer_list<QDialog*>{&site, &product, &provider}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QWidget* focus = dialog->focusWidget();
            QVERIFY2(focus && !qobject_cast<QPushButton*>(focus) && dialog->isAncestorOf(focus),
                     focus ? focus->metaObject()->className() : "no focus");
            QTest::keyClicks(focus, QStringLiteral("Nouveau"));
            if (auto* line = qobject_cast<QLineEdit*>(focus))
                QCOMPARE(line->text(), QStringLiteral("Nouveau"));
            dialog->reject();
        }
    }

    void matrixShowsEveryChannel()
    {
        QCOMPARE(m_matrix->model()->rowCount(), 8);
        QCOMPARE(m_matrix->model()->columnCount(), 8);
        for (Channel c : Channels::all())
            QCOMPARE(m_matrix->model()->headerData(PriceMatrixModel::columnOf(c), Qt::Horizontal).toString(),
                     PriceMatrixModel::shortName(c));
        const QModelIndex cell = smsCell();
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), 150);
        m_smsId = cell.data(ModelRoles::IdRole).toLongLong();
        QVERIFY(m_smsId > 0);
        auto* rules = m_page->findChild<SummaryTile*>();
        QVERIFY(rules);
    }

    void editPriceThroughDialog()
    {
        const QModelIndex cell = smsCell();
        m_matrix->setFocus();
        m_matrix->setCurrentIndex(cell);
        auto* detail = m_page->findChild<QLabel*>(QStringLiteral("cellDetailLabel"));
        QVERIFY(detail->text().contains(QStringLiteral("short code 81234")));
        QTest::keyClick(m_matrix, Qt::Key_Return);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* price = dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        auto* rules = dialog->findChild<QLabel*>(QStringLiteral("rulesLabel"));
        auto* verdict = dialog->findChild<QLabel*>(QStringLiteral("verdictLabel"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        auto* net = dialog->findChild<QLabel*>(QStringLiteral("netLabel"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QPushButton* save = buttons->button(QDialogButtonBox::Save);
        QVERIFY(price && rules && verdict && error && net && save);
        // The fields of an SMS+ price point are the ones shown.
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("keywordLineEdit"))->isVisible());
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("shortCodeLineEdit"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("numberLineEdit"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("topUpsLineEdit"))->isVisible());
        QCOMPARE(price->text(), QStringLiteral("1.50"));
        QVERIFY(save->isEnabled());
        QCOMPARE(net->text(), QStringLiteral("<b>%1</b>").arg(Money(65, QStringLiteral("EUR")).toString(QLocale())));

        // 5,00 EUR on a short code: refused, with the rule named as the user types.
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("5,00"));
        QCOMPARE(price->text(), QStringLiteral("5,00"));
        QVERIFY2(rules->text().contains(QStringLiteral("SMS+ one-off purchase")), qPrintable(rules->text()));
        QVERIFY2(rules->text().contains(QStringLiteral("SMS+ short code 8xxxx")), qPrintable(rules->text()));
        QVERIFY2(rules->text().contains(QStringLiteral("Source: SMS+ code of practice")), qPrintable(rules->text()));
        QVERIFY(verdict->text().contains(QStringLiteral("Breaks a rule")));
        QVERIFY(!save->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("cannot be active")), qPrintable(error->text()));
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(storedPrice(m_smsId), 150);

        // A tier of the 8xxxx short codes is accepted.
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("4,00"));
        QVERIFY(verdict->text().contains(QStringLiteral("Respects the rules")));
        QVERIFY(save->isEnabled());
        // 60 % of 4.00 is 2.40, less 0.67 of VAT.
        QCOMPARE(net->text(), QStringLiteral("<b>%1</b>").arg(Money(173, QStringLiteral("EUR")).toString(QLocale())));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(activate());
        QCOMPARE(storedPrice(m_smsId), 400);
        QCOMPARE(smsCell().data(ModelRoles::RawValueRole).toLongLong(), 400);
        QCOMPARE(smsCell().data(PriceMatrixModel::NetRevenueRole).toLongLong(), 173);

        // Ctrl+Z restores the old price in the database and the matrix; Ctrl+Shift+Z does it again.
        QVERIFY(m_window->undoStack()->canUndo());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedPrice(m_smsId), 150);
        QCOMPARE(smsCell().data(ModelRoles::RawValueRole).toLongLong(), 150);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedPrice(m_smsId), 400);
        QCOMPARE(smsCell().data(ModelRoles::RawValueRole).toLongLong(), 400);

        // Every step is in the audit trail.
        auto entries = AuditTrail::entries(*m_window->database());
        QVERIFY(entries.ok());
        QStringList steps;
        for (const auto& e : entries.value()) {
            if (e.entity == u"price_point" && e.entityId == m_smsId && e.field == u"price")
                steps.append(e.action + u' ' + e.oldValue.value_or(QString()) + u'>' + e.newValue.value_or(QString()));
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("redo 1.50>4.00"), QStringLiteral("undo 4.00>1.50"),
                                     QStringLiteral("edit 1.50>4.00")}));
    }

    void breakingPriceCanBeAnInactiveDraft()
    {
        m_matrix->setFocus();
        m_matrix->setCurrentIndex(smsCell());
        QTest::keyClick(m_matrix, Qt::Key_E, Qt::ControlModifier);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        auto* price = dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        auto* active = dialog->findChild<QCheckBox*>(QStringLiteral("activeCheckBox"));
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("5,00"));
        QVERIFY(!save->isEnabled());
        active->setFocus();
        QTest::keyClick(active, Qt::Key_Space);
        QVERIFY(!active->isChecked());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(activate());
        QCOMPARE(storedPrice(m_smsId), 500);
        QCOMPARE(smsCell().data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::Inactive));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedPrice(m_smsId), 400);
        QCOMPARE(smsCell().data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::RespectsRules));
    }

    // A new price point does not open on a wall of errors: Save stays disabled (its tooltip says why), and the reasons
    // appear once the user changes a field.
    void newPricePointShowsProblemsOnceTouched()
    {
        CatalogEditor* editor = m_page->editor();
        QVERIFY(editor && !editor->catalog().products.isEmpty());
        PricePoint fresh;
        fresh.productId = editor->catalog().products.constFirst().id;
        fresh.channel = Channel::Sms;
        fresh.currency = QStringLiteral("EUR");
        PricePointDialog dialog(editor, fresh, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(error && save);
        QVERIFY(!save->isEnabled());
        QVERIFY(!save->toolTip().isEmpty());
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        price->setFocus();
        QTest::keyClicks(price, QStringLiteral("x"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Price"), qPrintable(error->text()));
        dialog.reject();
        QVERIFY(activate()); // the window takes the keyboard back for the next test
    }

    // A new price point starts from its channel's defaults: a provider serving the channel, a price the rules allow
    // (a line of the provider's table first) and the payout that line gives; choosing another channel follows that
    // channel's defaults until the user types a value of their own.
    void newPricePointStartsFromTheChannelDefaults()
    {
        CatalogEditor* editor = m_page->editor();
        const Catalog& catalog = editor->catalog();
        const QDate date = CatalogEditor::checkDate();
        for (Channel c : Channels::all()) {
            const PricePoint p = PricePointDefaults::make(catalog, catalog.products.constFirst().id, c, date);
            QVERIFY2(p.priceMinor > 0, qPrintable(Channels::id(c)));
            for (const ChannelRule& rule : RuleChecker(catalog.rules).applicableRules(p, date)) {
                QVERIFY2(!rule.maxMinor || p.priceMinor <= *rule.maxMinor, qPrintable(rule.label));
                QVERIFY2(rule.allowedMinor.isEmpty() || rule.allowedMinor.contains(p.priceMinor),
                         qPrintable(rule.label));
            }
            const Provider* provider = nullptr;
            for (const Provider& candidate : catalog.providers) {
                if (!provider && candidate.serves(c))
                    provider = &candidate;
            }
            QCOMPARE(p.providerId, provider ? provider->id : 0);
            if (provider) {
                if (const auto tier = provider->tierFor(c, p.priceMinor))
                    QCOMPARE(p.payoutValue, tier->payoutValue);
            }
        }
        // With a tier table, the provider's first SMS line the rules allow, paid as the table says.
        const PricePoint sms = PricePointDefaults::make(catalog, catalog.products.constFirst().id, Channel::Sms, date);
        QCOMPARE(sms.priceMinor, PricePointDefaults::usualPriceMinor(Channel::Sms));
        Catalog withTable = catalog;
        for (Provider& provider : withTable.providers) {
            if (provider.id == sms.providerId)
                provider.tiers = {{Channel::Sms, 500, PayoutKind::Amount, 300},
                                  {Channel::Sms, 450, PayoutKind::Amount, 270}};
        }
        const PricePoint tiered =
            PricePointDefaults::make(withTable, catalog.products.constFirst().id, Channel::Sms, date);
        QCOMPARE(tiered.priceMinor, 450); // 5.00 is above the SMS+ cap
        QCOMPARE(tiered.payoutKind, PayoutKind::Amount);
        QCOMPARE(tiered.payoutValue, 270);

        PricePointDialog dialog(editor, sms, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("channelComboBox"));
        auto* billing = dialog.findChild<QComboBox*>(QStringLiteral("billingComboBox"));
        QVERIFY(price && channel && billing);
        QCOMPARE(price->text(), MoneyInput::text(sms.priceMinor, QStringLiteral("EUR")));
        channel->setCurrentIndex(channel->findData(int(Channel::Audiotel)));
        const PricePoint audiotel =
            PricePointDefaults::make(catalog, catalog.products.constFirst().id, Channel::Audiotel, date);
        QCOMPARE(price->text(), MoneyInput::text(audiotel.priceMinor, QStringLiteral("EUR")));
        QCOMPARE(billing->currentData().toInt(), int(Billing::PerCall));
        QCOMPARE(dialog.pricePoint().providerId, audiotel.providerId);
        // Once the user types a price, another channel keeps it.
        price->setFocus();
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("2,50"));
        channel->setCurrentIndex(channel->findData(int(Channel::InternetPlus)));
        QCOMPARE(price->text(), QStringLiteral("2,50"));
        dialog.reject();
        QVERIFY(activate());
    }

    void menusOfferUndoAndCatalog()
    {
        QStringList titles;
        for (QAction* a : m_window->menuBar()->actions())
            titles.append(a->text());
        QVERIFY(titles.contains(QStringLiteral("&Edit")));
        QVERIFY(titles.contains(QStringLiteral("&Catalog")));
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(undo->text().contains(QStringLiteral("Horoscope")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("importCatalogAction")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("exportCatalogAction")));
        // The catalog dialogs open from the keyboard and close with Escape.
        for (const auto& [key, name] : {std::pair{Qt::Key_P, "catalogDialog"}, std::pair{Qt::Key_R, "rulesDialog"},
                                        std::pair{Qt::Key_L, "auditDialog"}}) {
            QTest::keyClick(m_window.get(), key, Qt::ControlModifier | Qt::ShiftModifier);
            QPointer<QDialog> dialog = m_page->findChild<QDialog*>(QString::fromLatin1(name));
            QVERIFY2(dialog, name);
            QTRY_VERIFY(dialog->isVisible());
            QTest::keyClick(dialog, Qt::Key_Escape);
            QTRY_VERIFY(!dialog);
            QVERIFY(activate());
        }
    }

    void badImportChangesNothing()
    {
        const QByteArray before = catalogJson();
        const int undoSteps = m_window->undoStack()->count();
        const qint64 audit = AuditTrail::count(*m_window->database()).value();
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({
          "format": "obole-catalog", "version": 1,
          "sites": [{"id": 1, "name": "Site"}],
          "products": [{"id": 1, "site": 9, "name": "P"}],
          "providers": [{"id": 1, "code": "agg", "name": "Agg", "channels": ["sms"]}],
          "price_points": [{"id": 1, "product": 1, "provider": 1, "channel": "sms", "price": "5.00",
                            "payout_kind": "share", "payout": "60.00", "service_number": "81234", "keyword": "GO"},
                           {"id": 2, "product": 1, "provider": 1, "channel": "wallet", "price": "abc", "payout": "1"}]
        })");
        f.close();
        QVERIFY(!m_page->importCatalog(path));
        QPointer<QDialog> problems = m_page->findChild<QDialog*>(QStringLiteral("importProblemsDialog"));
        QVERIFY(problems);
        QTRY_VERIFY(problems->isVisible());
        const QString text = problems->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("(products[0].site): no site has the id 9")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("price_points[1].price")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(price_points[1].channel): the provider agg does not serve wallet")),
                 qPrintable(text));
        QTest::keyClick(problems, Qt::Key_Escape);
        QTRY_VERIFY(!problems);
        QVERIFY(activate());
        QCOMPARE(catalogJson(), before);
        QCOMPARE(m_window->undoStack()->count(), undoSteps);
        QCOMPARE(AuditTrail::count(*m_window->database()).value(), audit);
    }

    void exportEditImportRoundTrip()
    {
        const QByteArray before = catalogJson();
        const QString path = m_dir.filePath(QStringLiteral("catalog.json"));
        QVERIFY(m_page->exportCatalog(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        QCOMPARE(json, before);
        // Unchanged, the file imports as the same catalog.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_page->importCatalog(path));
        QCOMPARE(catalogJson(), before);

        // Edited by hand: the 24-hour pass costs 2.00 on Internet+.
        Catalog edited = CatalogJson::read(json).value();
        for (PricePoint& p : edited.pricePoints) {
            if (p.productId == 2 && p.channel == Channel::InternetPlus)
                p.priceMinor = 200;
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(CatalogJson::write(edited));
        f.close();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_page->importCatalog(path));
        QCOMPARE(catalogJson(), CatalogJson::write(edited));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(catalogJson(), before);
        // The window refreshing its pages (after an import of statements) keeps the undo history.
        const int steps = m_window->undoStack()->count();
        QVERIFY(steps > 0);
        m_page->setDatabase(m_window->database());
        QCOMPARE(m_window->undoStack()->count(), steps);
        // Declining the confirmation changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_page->importCatalog(path));
        QCOMPARE(catalogJson(), before);
    }

    void missingCellOffersToAdd()
    {
        // Delete a price point from the keyboard; the cell turns to "not offered"; Insert adds one back.
        m_matrix->setFocus();
        const QModelIndex cell = smsCell().siblingAtColumn(PriceMatrixModel::columnOf(Channel::Wallet));
        m_matrix->setCurrentIndex(cell);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(m_matrix, Qt::Key_Delete);
        const QModelIndex missing = smsCell().siblingAtColumn(PriceMatrixModel::columnOf(Channel::Wallet));
        QCOMPARE(missing.data(PriceMatrixModel::CellStatusRole).toInt(), int(PriceMatrixModel::Missing));
        const auto tiles = m_page->findChildren<SummaryTile*>();
        QCOMPARE(tiles.last()->value(), QStringLiteral("1"));
        m_matrix->setCurrentIndex(missing);
        QTest::keyClick(m_matrix, Qt::Key_Insert);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->pricePoint().channel, Channel::Wallet);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("topUpsLineEdit"))->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(activate());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(smsCell()
                     .siblingAtColumn(PriceMatrixModel::columnOf(Channel::Wallet))
                     .data(PriceMatrixModel::CellStatusRole)
                     .toInt(),
                 int(PriceMatrixModel::RespectsRules));
    }

    // A price point for a channel no provider serves yet: the dialog creates the provider in place, serving that
    // channel, and selects it.
    void pricePointDialogCreatesAProvider()
    {
        m_matrix->setFocus();
        const QModelIndex cell = smsCell().siblingAtColumn(PriceMatrixModel::columnOf(Channel::Crypto));
        m_matrix->setCurrentIndex(cell);
        const int providersBefore = int(m_page->editor()->catalog().providers.size());
        if (cell.data(PriceMatrixModel::CellStatusRole).toInt() == int(PriceMatrixModel::Missing))
            QTest::keyClick(m_matrix, Qt::Key_Insert);
        else
            QTest::keyClick(m_matrix, Qt::Key_E, Qt::ControlModifier);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("newProviderButton"));
        QVERIFY(button && button->isVisible());
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* provider = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!provider)
                return;
            auto* crypto = provider->findChild<QCheckBox*>(QStringLiteral("cryptoCheckBox"));
            filled = crypto && crypto->isChecked();
            provider->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Satoshi Pay"));
            provider->findChild<QLineEdit*>(QStringLiteral("codeLineEdit"))->setText(QStringLiteral("satoshipay"));
            provider->accept();
        });
        button->click();
        QVERIFY2(filled, "the provider dialog opened with the price point's channel ticked");
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("providerComboBox"));
        QCOMPARE(combo->currentText(), QStringLiteral("Satoshi Pay"));
        QCOMPARE(int(m_page->editor()->catalog().providers.size()), providersBefore + 1);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        // The provider is an edit of its own: undone like any other.
        QVERIFY(activate());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(m_page->editor()->catalog().providers.size()), providersBefore);
    }

    // Writes the documentation's screenshots (price-points.png, price-point-dialog.png, channel-rules.png,
    // provider-dialog.png, audit-trail.png) when OBOLE_SCREENSHOT_DIR names a folder; run it alone
    // (tst_catalogeditor screenshots) on a real display, for the real style and fonts.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("OBOLE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set OBOLE_SCREENSHOT_DIR to write the documentation's screenshots.");
        auto shoot = [&dir](QWidget* w, const char* name) {
            QTest::qWait(300);
            return w->grab().save(dir + u'/' + QLatin1StringView(name));
        };
        m_window->resize(1280, 800);
        m_window->showPage(0);
        // The temporary folder's path means nothing to a reader.
        m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"))->setText(QStringLiteral("Database: demo.sqlite"));
        m_matrix->setFocus();
        m_matrix->setCurrentIndex(smsCell());
        QVERIFY(shoot(m_window.get(), "price-points.png"));

        QTest::keyClick(m_matrix, Qt::Key_Return);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* price = dialog->findChild<QLineEdit*>(QStringLiteral("priceLineEdit"));
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("5,00"));
        QVERIFY(shoot(dialog, "price-point-dialog.png"));
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("4,00"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(activate());

        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> rules = m_page->findChild<QDialog*>(QStringLiteral("rulesDialog"));
        QVERIFY(rules);
        QVERIFY(shoot(rules, "channel-rules.png"));
        rules->reject();
        QTRY_VERIFY(!rules);
        QVERIFY(activate());

        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> catalog = m_page->findChild<QDialog*>(QStringLiteral("catalogDialog"));
        QVERIFY(catalog);
        auto* providers = catalog->findChild<QTableView*>(QStringLiteral("providersTableView"));
        providers->selectRow(0);
        QTest::mouseClick(catalog->findChild<QPushButton*>(QStringLiteral("providersEditButton")), Qt::LeftButton);
        QPointer<QDialog> provider = catalog->findChild<QDialog*>();
        QVERIFY(provider);
        QTRY_VERIFY(provider->isVisible());
        QTest::mouseClick(provider->findChild<QPushButton*>(QStringLiteral("addTierButton")), Qt::LeftButton);
        auto* tiers = provider->findChild<QTableWidget*>(QStringLiteral("tiersTableWidget"));
        tiers->item(0, 1)->setText(QStringLiteral("4.50"));
        tiers->item(0, 3)->setText(QStringLiteral("2.70"));
        QVERIFY(shoot(provider, "provider-dialog.png"));
        provider->reject();
        catalog->reject();
        QTRY_VERIFY(!catalog);
        QVERIFY(activate());

        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> audit = m_page->findChild<QDialog*>(QStringLiteral("auditDialog"));
        QVERIFY(audit);
        QVERIFY(shoot(audit, "audit-trail.png"));
        audit->reject();
        QTRY_VERIFY(!audit);
        QVERIFY(activate());

        // What needs attention: written behind the editor's back, as an older version or a rule change could leave
        // it: a price above a cap, a channel not offered, an inactive price point.
        CatalogStore store(*m_window->database());
        Catalog c = store.load().value();
        for (const PricePoint& p : c.pricePoints) {
            PricePoint changed = p;
            if (p.productId == 2 && p.channel == Channel::Sms) {
                changed.priceMinor = 500;
                QVERIFY(store.save(changed).ok());
            } else if (p.productId == 3 && p.channel == Channel::Crypto) {
                changed.active = false;
                QVERIFY(store.save(changed).ok());
            } else if (p.productId == 8 && p.channel == Channel::Wallet) {
                QVERIFY(store.removePricePoint(p.id).ok());
            }
        }
        m_page->setDatabase(m_window->database());
        const QAbstractItemModel* model = m_matrix->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Pass VIP 24 h")
                m_matrix->setCurrentIndex(model->index(row, PriceMatrixModel::columnOf(Channel::Sms)));
        }
        QVERIFY(shoot(m_window.get(), "price-points-attention.png"));
    }

    void severalPricePointsInACell()
    {
        // A second SMS+ price point for the same product, on another short code: the cell offers a choice.
        PricePoint second = m_page->editor()->catalog().pricePoints.constFirst();
        for (const PricePoint& p : m_page->editor()->catalog().pricePoints) {
            if (p.id == m_smsId)
                second = p;
        }
        second.id = 0;
        second.serviceNumber = QStringLiteral("71010");
        second.priceMinor = 100;
        auto id = m_page->editor()->savePricePoint(second);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_matrix->setFocus();
        m_matrix->setCurrentIndex(smsCell());
        auto* chooser = m_page->findChild<QComboBox*>(QStringLiteral("cellPricePointComboBox"));
        QVERIFY(chooser && chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        chooser->setCurrentIndex(chooser->findData(id.value()));
        QTest::keyClick(m_matrix, Qt::Key_E, Qt::ControlModifier);
        QPointer<PricePointDialog> dialog = m_page->findChild<PricePointDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->pricePoint().id, id.value());
        QCOMPARE(dialog->pricePoint().serviceNumber, QStringLiteral("71010"));
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(activate());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        m_matrix->setCurrentIndex(smsCell());
        QVERIFY(!chooser->isVisible());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
