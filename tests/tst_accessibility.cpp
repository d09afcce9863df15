// Accessibility and comfort, as real widgets (offscreen) on geobox-sandbox: every
// control of the window and its dialogs has a name a screen reader says, Tab
// follows the reading order, every menu command has a shortcut of its own and
// Help › Keyboard Shortcuts lists them all, the charts and the coloured widgets
// follow a dark palette, and no state is told by colour alone.

#include "accountwindowfixture.h"
#include "chart/usagechartview.h"
#include "chartcaptions.h"
#include "dialogs/shortcutsdialog.h"
#include "querybar/rangeselector.h"
#include "quota/quotacard.h"
#include "quota/quotapanel.h"
#include "settle.h"
#include "theme.h"
#include "window/dashboardactions.h"
#include "window/statusline.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHash>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace geobox;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x62));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa2));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf8));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The name a screen reader says for the widget.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString spokenDescription(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description).trimmed() : QString();
}

// A combo box's own pop-up list (QAccessibleComboBox gives it as the combo's child), or
// a date edit's calendar pop-up (its grid and buttons are Qt's, read as dates).
bool inComboPopup(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QCalendarWidget *>(p))
            return true;
    }
    return false;
}

// Something the user works or reads with the keyboard. Qt's own parts of a
// control (a spin box's line edit, a combo box's pop-up list, "qt_…") speak for
// their control, which is checked itself.
bool isControl(QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")) || w->focusProxy() || inComboPopup(w))
        return false;
    if (qobject_cast<QAbstractButton *>(w))
        return true;
    if (w->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
           qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QGraphicsView *>(w) || qobject_cast<QuotaCard *>(w);
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The controls under root without a spoken name, and how many there are in all.
QStringList unnamedControls(QWidget *root, int *checked)
{
    QStringList unnamed;
    *checked = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isControl(w))
            continue;
        ++*checked;
        if (spokenName(w).isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

// Every visible command of the menus, walked here rather than by the code under test.
QList<QAction *> menuCommands(QMenuBar *bar)
{
    QList<QAction *> out;
    QList<QMenu *> menus;
    for (QAction *top : bar->actions()) {
        if (top->menu() && top->isVisible())
            menus.append(top->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                menus.append(action->menu());
            else
                out.append(action);
        }
    }
    return out;
}

// The widget as the window draws it (its parents' backgrounds included).
QImage onScreen(QWidget *w)
{
    QWidget *window = w->window();
    return window->grab(QRect(w->mapTo(window, QPoint(0, 0)), w->size())).toImage();
}

// The widgets Tab visits from start, start included, until there are `count`; a widget
// that keeps the focus for several presses (a date's day, month, year) counted once.
QList<QWidget *> tabWalk(QWidget *start, qsizetype count, Qt::Key key = Qt::Key_Tab)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> seen = {QApplication::focusWidget()};
    for (int i = 0; i < 4 * count && seen.size() < count; ++i) {
        QTest::keyClick(QApplication::focusWidget(), key);
        if (QApplication::focusWidget() != seen.last())
            seen.append(QApplication::focusWidget());
    }
    return seen;
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            sum += Theme::luminance(image.pixelColor(x, y));
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

} // namespace

class TestAccessibility final : public QObject, public testing::AccountWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInDialogNamesEveryControl();
    void windowNamesEveryControl();
    void settingsDialogNamesEveryControl();
    void bannersAreSpoken();
    void chartsSayWhatTheyShow();
    void quotaCardsSayThePercent();
    void percentFollowsTheLocale_data();
    void percentFollowsTheLocale();
    void everyCommandHasItsOwnShortcut();
    void shortcutsDialogListsEveryCommand();
    void plainText_data();
    void plainText();
    void tabFollowsReadingOrder();
    void periodKeysMoveTheRange();
    void copyChartAsImage();
    void chartsFollowDarkPalette();
    void widgetsFollowDarkPalette();
    void themeColorsAreReadable_data();
    void themeColorsAreReadable();

private:
    bool signIn();

    QPalette m_originalPalette;
    QLocale m_originalLocale;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(startSandbox("tst_accessibility"));
    m_originalPalette = QApplication::palette();
    m_originalLocale = QLocale();
}

void TestAccessibility::init()
{
    openFixture();
}

void TestAccessibility::cleanup()
{
    QApplication::setPalette(m_originalPalette);
    QLocale::setDefault(m_originalLocale);
    closeFixture();
}

bool TestAccessibility::signIn()
{
    return signInAndLoad(m_sandbox.apiKey);
}

void TestAccessibility::signInDialogNamesEveryControl()
{
    SignInDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    int checked = 0;
    const QStringList unnamed = unnamedControls(dialog, &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The server, two choices, key, username, password, Sign In, Cancel (and the line edit's
    // clear button).
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    QCOMPARE(spokenName(find<QLineEdit>(dialog, "apiKeyEdit")), QStringLiteral("API key"));
    // Tab goes down the form, then to the buttons in the order they are shown.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    find<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("typed"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    const QList<QWidget *> order = {
        find<QWidget>(dialog, "serverEdit"), find<QWidget>(dialog, "apiKeyChoice"),
        find<QWidget>(dialog, "apiKeyEdit"), find<QWidget>(dialog, "signInButton"),
        buttons->button(QDialogButtonBox::Cancel)};
    QCOMPARE(tabWalk(order.first(), order.size()), order);
    // Each field has a label with an underlined letter that moves to it.
    auto *form = dialog->findChild<QFormLayout *>();
    QVERIFY(form);
    for (const char *name : {"serverEdit", "apiKeyEdit", "usernameEdit", "passwordEdit"}) {
        auto *label = qobject_cast<QLabel *>(form->labelForField(find<QWidget>(dialog, name)));
        QVERIFY2(label, name);
        QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        QCOMPARE(label->buddy(), find<QWidget>(dialog, name));
    }
}

void TestAccessibility::windowNamesEveryControl()
{
    QVERIFY(signIn());
    // The error banner's buttons are checked too, on screen.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    m_window->findChild<ScaleSelector *>()->actions().at(2)->trigger();
    auto *banner = find<ErrorBanner>(m_window.get(), "errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    m_sandbox.server->clearFaults();

    int checked = 0;
    const QStringList unnamed = unnamedControls(m_window.get(), &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // Picker, 4 scales, preset, 2 dates, refresh, dismiss, 2 banner buttons, 8 cards,
    // 2 charts, the table, Chart|Table, Export.
    QVERIFY2(checked >= 26, qPrintable(QString::number(checked)));
    // A combo box's name on Linux is its current entry; a label says what it chooses.
    auto *picker = find<QWidget>(m_window.get(), "resourcePicker");
    QCOMPARE(spokenName(picker), QStringLiteral("My account"));
    const auto labels =
        QAccessible::queryAccessibleInterface(picker)->relations(QAccessible::Label);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first->text(QAccessible::Name), QStringLiteral("Usage of:"));
    // So does the range's: a screen reader says "Period:", not only "Last 30 days".
    auto *preset = find<QWidget>(m_window.get(), "rangePreset");
    const auto presetLabels =
        QAccessible::queryAccessibleInterface(preset)->relations(QAccessible::Label);
    QCOMPARE(presetLabels.size(), 1);
    QCOMPARE(presetLabels.first().first->text(QAccessible::Name), QStringLiteral("Period:"));
    QVERIFY(find<QLabel>(m_window.get(), "rangePresetLabel")->isVisible());
    QCOMPARE(spokenName(find<QWidget>(m_window.get(), "refreshButton")), QStringLiteral("Refresh"));
    QCOMPARE(spokenName(find<QWidget>(m_window.get(), "callsChart")),
             QStringLiteral("Calls chart"));
    QCOMPARE(spokenName(find<QWidget>(m_window.get(), "quotaCallsToday")),
             QStringLiteral("Calls today"));
    // The segments say what they are and that one is chosen (a state, not only a colour).
    auto *day = m_window->findChild<ScaleSelector *>()->findChildren<QToolButton *>().at(1);
    QCOMPARE(spokenName(day), QStringLiteral("Day"));
    QAccessibleInterface *dayIface = QAccessible::queryAccessibleInterface(day);
    QVERIFY(dayIface->state().checkable);
    QCOMPARE(bool(dayIface->state().checked), day->isChecked());
    // The status line is read as words.
    auto *status = find<StatusLine>(m_window.get(), "statusLine");
    QCOMPARE(spokenName(status), QStringLiteral("Status"));
    QVERIFY(
        spokenName(find<QWidget>(status, "updatedLabel")).startsWith(QStringLiteral("Updated")));
}

void TestAccessibility::settingsDialogNamesEveryControl()
{
    QVERIFY(signIn());
    m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QTRY_VERIFY(m_window->settingsFlow()->dialog() &&
                m_window->settingsFlow()->dialog()->isVisible());
    SettingsDialog *dialog = m_window->settingsFlow()->dialog();
    int checked = 0;
    const QStringList unnamed = unnamedControls(dialog, &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY2(checked >= 7, qPrintable(QString::number(checked)));
    // Every field of its forms has a label with an underlined letter that moves to it.
    const QList<QFormLayout *> forms = dialog->findChildren<QFormLayout *>();
    QVERIFY(!forms.isEmpty());
    int fields = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (!field || !field->widget())
                continue;
            ++fields;
            auto *label = qobject_cast<QLabel *>(form->labelForField(field->widget()));
            QVERIFY2(label && label->text().contains(QLatin1Char('&')),
                     qPrintable(describe(field->widget())));
            QCOMPARE(label->buddy(), field->widget());
        }
    }
    QVERIFY(fields >= 5);
    // Tab goes down the forms, then to the buttons in the order they are shown.
    QList<QWidget *> order;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (field && field->widget() && field->widget()->isEnabled())
                order.append(field->widget());
        }
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    order += {buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)};
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(tabWalk(order.first(), order.size()), order);
    dialog->reject();
}

void TestAccessibility::bannersAreSpoken()
{
    QVERIFY(signIn());
    auto *banner = find<ErrorBanner>(m_window.get(), "errorBanner");
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    m_window->findChild<ScaleSelector *>()->actions().at(3)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    m_sandbox.server->clearFaults();
    QCOMPARE(spokenName(banner), QStringLiteral("Error"));
    QCOMPARE(spokenDescription(banner), banner->text());
    QVERIFY2(banner->text().contains(QStringLiteral("503")), qPrintable(banner->text()));
    // The text itself is reachable as a child of the banner, as a screen reader walks it.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    bool found = false;
    for (int i = 0; i < iface->childCount(); ++i)
        found = found || iface->child(i)->text(QAccessible::Name) == banner->text();
    QVERIFY(found);

    auto *notice = find<NoticeBanner>(m_window.get(), "noticeBanner");
    notice->showNotice(QStringLiteral("The system keychain is not available."));
    QCOMPARE(spokenName(notice), QStringLiteral("Notice"));
    QCOMPARE(spokenDescription(notice), notice->text());
}

void TestAccessibility::chartsSayWhatTheyShow()
{
    auto *calls = find<QWidget>(m_window.get(), "callsChart");
    QCOMPARE(spokenDescription(calls), QStringLiteral("Calls: no data yet."));
    QVERIFY(signIn());
    const DashboardSnapshot snapshot = *m_state->snapshot();
    const SeriesStats stats = snapshot.stats(Metric::Calls);
    const QString text = spokenDescription(calls);
    QVERIFY2(
        text.startsWith(QStringLiteral("Calls per day, ") + describeRange(snapshot.query.range)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("total ") + QLocale().toString(stats.total)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("peak ") + QLocale().toString(stats.peak)),
             qPrintable(text));
    // Today is still running, and the description says so (the chart hatches that bar).
    QVERIFY(snapshot.rows.last().partial());
    QVERIFY2(text.endsWith(QStringLiteral("is not finished yet.")), qPrintable(text));
    const QString traffic = spokenDescription(find<QWidget>(m_window.get(), "trafficChart"));
    QVERIFY2(traffic.startsWith(QStringLiteral("Traffic per day")), qPrintable(traffic));
    // Hours: the words follow the scale.
    m_window->findChild<ScaleSelector *>()->actions().at(0)->trigger();
    QVERIFY(waitForData());
    QVERIFY2(spokenDescription(calls).startsWith(QStringLiteral("Calls per hour")),
             qPrintable(spokenDescription(calls)));
}

void TestAccessibility::quotaCardsSayThePercent()
{
    QVERIFY(signIn());
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const sandbox::UsageSummary truth = data.summary(data.mainUser().id);
    QVERIFY(truth.maxDailyApiCalls > 0);
    auto *card = m_window->findChild<QuotaPanel *>()->callsToday();
    // The day's calls are a sliver of the plan's: "<1%" on the card, "less than 1%" said,
    // never "0%" (which would say nothing was used).
    QVERIFY(truth.dailyApiCalls > 0 && truth.dailyApiCalls * 100 < truth.maxDailyApiCalls);
    QCOMPARE(card->noteText(), QStringLiteral("<1%"));
    QCOMPARE(spokenName(card), QStringLiteral("Calls today"));
    const QString expected = QStringLiteral("%1 of %2 used, less than 1%")
                                 .arg(QLocale().toString(truth.dailyApiCalls),
                                      QLocale().toString(truth.maxDailyApiCalls));
    // Then the change against yesterday, as the card writes it.
    QVERIFY(!card->changeText().isEmpty());
    QCOMPARE(spokenDescription(card), expected + QStringLiteral("; ") + card->changeText());
    // Every card with a limit says its percent in words, not only with the bar.
    int withLimit = 0;
    for (QuotaCard *each : m_window->findChild<QuotaPanel *>()->cards()) {
        if (each->level() == QuotaCard::Level::NoLimit)
            continue;
        ++withLimit;
        QVERIFY2(each->noteText().contains(QLatin1Char('%')), qPrintable(each->noteText()));
        QVERIFY2(spokenDescription(each).contains(QLatin1Char('%')),
                 qPrintable(spokenDescription(each)));
        QVERIFY2(!spokenDescription(each).contains(QLatin1Char('<')) &&
                     !spokenDescription(each).contains(QLatin1Char('>')),
                 qPrintable(spokenDescription(each)));
    }
    QVERIFY(withLimit >= 4);
    // Near and over the limit are said in words as well as in colour.
    card->setQuota(Quota{85, 100});
    QCOMPARE(card->noteText(), QStringLiteral("85% – near the limit"));
    QVERIFY(spokenDescription(card).contains(QStringLiteral("near the limit")));
    card->setQuota(Quota{130, 100});
    QCOMPARE(card->noteText(), QStringLiteral("130% – over the limit"));
}

void TestAccessibility::percentFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringLiteral("41%");
    // Persian digits and the Arabic percent sign (U+066A).
    QTest::newRow("Persian") << QLocale(QLocale::Persian, QLocale::Iran)
                             << QStringLiteral("\u06F4\u06F1\u066A");
    QTest::newRow("German, 1234") << QLocale(QLocale::German, QLocale::Germany)
                                  << QStringLiteral("1.234%");
}

void TestAccessibility::percentFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    const Quota quota = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("1234"))
                            ? Quota{12'345, 1000}
                            : Quota{41, 100};
    const QString words = QuotaCard::percentWords(quota);
    // The percent sign may come with a direction mark; the digits and the sign must be there.
    QString bare = words;
    bare.remove(QChar(0x200E)).remove(QChar(0x200F)).remove(QChar(0x061C));
    QVERIFY2(bare.startsWith(expected), qPrintable(words));
}

void TestAccessibility::everyCommandHasItsOwnShortcut()
{
    QVERIFY(signIn());
    const QList<QAction *> commands = menuCommands(m_window->menuBar());
    // File 5, View 10, Account 2, Help 2.
    QVERIFY2(commands.size() >= 19, qPrintable(QString::number(commands.size())));
    QHash<QString, QString> owner;
    for (QAction *action : commands) {
        const QString text = action->text().remove(QLatin1Char('&'));
        QVERIFY2(!action->shortcuts().isEmpty(),
                 qPrintable(text + QStringLiteral(": no shortcut")));
        for (const QKeySequence &key : action->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            QVERIFY2(
                !owner.contains(k),
                qPrintable(QStringLiteral("%1 for both %2 and %3").arg(k, owner.value(k), text)));
            owner.insert(k, text);
        }
    }
    // The one hidden while signed in shares its key with the one shown (never both at once).
    QVERIFY(!m_window->accountFlow()->signInAction()->isVisible());
    QCOMPARE(m_window->accountFlow()->signInAction()->shortcut(),
             m_window->accountFlow()->switchAction()->shortcut());
    // Keys do what they say: Ctrl+Shift+T shows the table, Ctrl+Shift+C the chart again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *table = find<QWidget>(m_window.get(), "usageTable");
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(table->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!table->isVisible());
}

void TestAccessibility::shortcutsDialogListsEveryCommand()
{
    QVERIFY(signIn());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(m_window->shortcutsDialog() && m_window->shortcutsDialog()->isVisible());
    ShortcutsDialog *dialog = m_window->shortcutsDialog();
    int checked = 0;
    const QStringList unnamed = unnamedControls(dialog, &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // What the dialog lists, row by row: (menu, command, keys).
    QStringList listed;
    const QTreeWidget *list = dialog->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *menu = list->topLevelItem(i);
        for (int j = 0; j < menu->childCount(); ++j) {
            listed.append(
                QStringLiteral("%1 | %2 | %3")
                    .arg(menu->text(0), menu->child(j)->text(0), menu->child(j)->text(1)));
        }
    }
    // What the menus hold, walked here.
    QStringList expected;
    for (QAction *top : m_window->menuBar()->actions()) {
        for (QAction *action : top->menu()->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            expected.append(QStringLiteral("%1 | %2 | %3")
                                .arg(top->menu()->title().remove(QLatin1Char('&')),
                                     action->text().remove(QLatin1Char('&')),
                                     keys.join(QStringLiteral(", "))));
        }
    }
    QCOMPARE(listed, expected);
    QVERIFY(listed.contains(QStringLiteral("View | Refresh | F5")));
    QVERIFY(listed.contains(QStringLiteral("Help | Keyboard Shortcuts… | F1, Ctrl+/")));
    QVERIFY(listed.contains(QStringLiteral("Account | Switch Account… | Ctrl+Shift+I")));
    QVERIFY(!listed.join(QLatin1Char('\n')).contains(QStringLiteral("Sign In…")));
    // The keys no menu holds are in the note: a chart's menu key and its Left/Right pick.
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("shortcutsNote"))->text();
    for (const char *key : {"Shift+F10", "Left", "Right", "Tab"})
        QVERIFY2(note.contains(QLatin1String(key)), qPrintable(note));

    // For the README: the table of shortcuts, as the dialog lists them.
    QFile table(artifact(QStringLiteral("shortcuts.md")));
    QVERIFY(table.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream out(&table);
    out << "| menu | command | keys |\n|---|---|---|\n";
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(m_window->menuBar()))
        out << "| " << entry.menu << " | " << entry.command << " | " << entry.keys << " |\n";
    out.flush();
    QVERIFY(dialog->grab().save(artifact(QStringLiteral("shortcuts-dialog.png"))));
    dialog->reject();
}

void TestAccessibility::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("mnemonic") << QStringLiteral("&Export CSV…") << QStringLiteral("Export CSV…");
    QTest::newRow("inside") << QStringLiteral("Se&ttings…") << QStringLiteral("Settings…");
    QTest::newRow("literal ampersand")
        << QStringLiteral("Copy && &Paste") << QStringLiteral("Copy & Paste");
    QTest::newRow("none") << QStringLiteral("Refresh") << QStringLiteral("Refresh");
    QTest::newRow("trailing") << QStringLiteral("Odd&") << QStringLiteral("Odd");
}

void TestAccessibility::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void TestAccessibility::tabFollowsReadingOrder()
{
    QVERIFY(signIn());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *w = m_window.get();
    const auto named = [w](const char *name) {
        return w->findChild<QWidget *>(QLatin1String(name));
    };
    QList<QWidget *> expected = {named("resourcePicker")};
    for (QToolButton *b : w->findChild<ScaleSelector *>()->findChildren<QToolButton *>())
        expected.append(b);
    expected += {named("rangePreset"), named("fromDate"), named("toDate"), named("refreshButton")};
    // Without a keychain the notice is on screen, with its Dismiss button.
    QVERIFY(named("noticeBanner")->isVisible());
    expected.append(named("noticeDismiss"));
    for (QuotaCard *card : w->findChild<QuotaPanel *>()->cards())
        expected.append(card);
    expected += {named("callsChart"), named("trafficChart")};
    for (QToolButton *b : named("viewSwitch")->findChildren<QToolButton *>())
        expected.append(b);
    expected.append(named("exportButton"));
    QCOMPARE(expected.size(), 25); // Chart, Table, By Key and Forecast in the view switch
    QVERIFY(!expected.contains(nullptr));

    QCOMPARE(tabWalk(expected.first(), expected.size()), expected);
    // Shift+Tab walks it back.
    QList<QWidget *> backwards(expected.rbegin(), expected.rend());
    QCOMPARE(tabWalk(expected.last(), expected.size(), Qt::Key_Backtab), backwards);
}

void TestAccessibility::periodKeysMoveTheRange()
{
    QVERIFY(signIn());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QDate today = m_sandbox.now.date();
    QAction *later = m_window->dashboardActions()->later();
    QAction *earlier = m_window->dashboardActions()->earlier();
    QCOMPARE(m_state->query().range, presetRange(RangePreset::Last30Days, today));
    QVERIFY(!later->isEnabled()); // nothing after today
    QVERIFY(earlier->isEnabled());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range, (DateRange{today.addDays(-59), today.addDays(-30)}));
    QCOMPARE(m_window->findChild<RangeSelector *>()->preset(), RangePreset::Custom);
    QVERIFY(later->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range, presetRange(RangePreset::Last30Days, today));
    QVERIFY(!later->isEnabled());

    // A month so far steps to the whole month before.
    auto *box = find<QComboBox>(m_window.get(), "rangePreset");
    box->setCurrentIndex(box->findData(static_cast<int>(RangePreset::ThisMonth)));
    Q_EMIT box->activated(box->currentIndex());
    QVERIFY(waitForData());
    earlier->trigger();
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range, (DateRange{QDate(2026, 10, 1), QDate(2026, 10, 31)}));
}

void TestAccessibility::copyChartAsImage()
{
    QVERIFY(signIn());
    QAction *copy = m_window->findChild<QAction *>(QStringLiteral("copyChartAction"));
    QAction *save = m_window->findChild<QAction *>(QStringLiteral("saveChartAction"));
    QVERIFY(copy && save);
    QVERIFY(copy->isEnabled());
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QApplication::clipboard()->clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    find<QWidget>(m_window.get(), "callsChart")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    auto *chart = m_window->findChild<UsageChartView *>();
    QCOMPARE(image.size(), chart->size() * chart->devicePixelRatio());
    // The chart's menu from the keyboard too: Shift+F10 (the menu key reaches it as a
    // ContextMenu event from the platform, as a right click does).
    QWidget *callsView = find<QWidget>(m_window.get(), "callsChart");
    QStringList entries;
    QTimer::singleShot(300, this, [&entries] {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            for (QAction *action : popup->actions())
                entries.append(action->text());
            popup->close();
        }
    });
    callsView->setFocus();
    QTest::keyClick(callsView, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(!entries.isEmpty());
    QCOMPARE(entries, (QStringList{copy->text(), save->text()}));

    // With the table on screen there is no chart to copy: Ctrl+C is the table's again.
    m_window->findChild<QAction *>(QStringLiteral("tableAction"))->trigger();
    QVERIFY(!copy->isEnabled());
    QVERIFY(!save->isEnabled());
    m_window->findChild<QAction *>(QStringLiteral("chartAction"))->trigger();
    QVERIFY(copy->isEnabled());
}

void TestAccessibility::chartsFollowDarkPalette()
{
    QVERIFY(signIn());
    auto *chart = m_window->findChild<UsageChartView *>();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setPalette(lightPalette());
    QTRY_VERIFY(Theme::luminance(chart->backgroundColor()) > 0.8);
    QWidget *callsView = find<QWidget>(m_window.get(), "callsChart");
    const QImage lightImage = onScreen(callsView);
    // The plot's corner (background only), and the whole chart with its bars and labels.
    QVERIFY(Theme::luminance(lightImage.pixelColor(4, 4)) > 0.8);
    const double lightScreen = meanLuminance(lightImage);
    QVERIFY2(lightScreen > 0.5, qPrintable(QString::number(lightScreen)));
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY2(Theme::luminance(chart->backgroundColor()) < 0.05,
                 qPrintable(chart->backgroundColor().name()));
    // Light axis labels, readable on the dark plot; series that stand out from it.
    QVERIFY2(Theme::luminance(chart->axisLabelColor()) > 0.3,
             qPrintable(chart->axisLabelColor().name()));
    QVERIFY(Theme::contrast(chart->axisLabelColor(), chart->backgroundColor()) >= 4.5);
    for (Metric metric : {Metric::Calls, Metric::Traffic})
        QVERIFY(Theme::contrast(chart->seriesColor(metric), chart->backgroundColor()) >= 3.0);
    QVERIFY(chart->seriesColor(Metric::Calls) != chart->seriesColor(Metric::Traffic));
    // And on screen: the chart is drawn dark.
    testing::settle();
    const QImage dark = m_window->grab().toImage();
    QVERIFY(dark.save(artifact(QStringLiteral("dashboard-dark.png"))));
    const QImage darkImage = onScreen(callsView);
    QVERIFY2(Theme::luminance(darkImage.pixelColor(4, 4)) < 0.05,
             qPrintable(darkImage.pixelColor(4, 4).name()));
    const double darkScreen = meanLuminance(darkImage);
    QVERIFY2(darkScreen < 0.25, qPrintable(QString::number(darkScreen)));

    // Back to light, live.
    QApplication::setPalette(lightPalette());
    QTRY_VERIFY(Theme::luminance(chart->backgroundColor()) > 0.8);
    QVERIFY(Theme::luminance(chart->axisLabelColor()) < 0.3);
    QVERIFY(Theme::contrast(chart->axisLabelColor(), chart->backgroundColor()) >= 4.5);
}

void TestAccessibility::widgetsFollowDarkPalette()
{
    QVERIFY(signIn());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *banner = find<ErrorBanner>(m_window.get(), "errorBanner");
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    m_window->findChild<ScaleSelector *>()->actions().at(3)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    m_sandbox.server->clearFaults();
    auto *card = m_window->findChild<QuotaPanel *>()->callsToday();
    card->setQuota(Quota{130, 100}); // over: the note in the alarm colour

    const auto noteColor = [card] {
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->text() == card->noteText())
                return label->palette().color(QPalette::WindowText);
        }
        return QColor();
    };
    QApplication::setPalette(lightPalette());
    QTRY_VERIFY(meanLuminance(onScreen(banner)) > 0.6);
    QVERIFY(Theme::contrast(noteColor(), lightPalette().color(QPalette::Base)) >= 4.5);

    QApplication::setPalette(darkPalette());
    // The banner turns dark (not a pale strip on a dark window), its words still readable.
    QTRY_VERIFY2(meanLuminance(onScreen(banner)) < 0.2,
                 qPrintable(QString::number(meanLuminance(onScreen(banner)))));
    auto *text = find<QLabel>(banner, "errorText");
    QVERIFY(Theme::contrast(text->palette().color(QPalette::WindowText),
                            Theme::tone(Theme::Tone::Error, darkPalette()).background) >= 4.5);
    QTRY_VERIFY(Theme::contrast(noteColor(), darkPalette().color(QPalette::Base)) >= 4.5);
    QVERIFY(Theme::luminance(noteColor()) > 0.3);
    QVERIFY(meanLuminance(onScreen(card)) < 0.2);
}

void TestAccessibility::themeColorsAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    QPalette black = darkPalette();
    black.setColor(QPalette::Window, Qt::black);
    black.setColor(QPalette::Base, Qt::black);
    QTest::newRow("black") << black << true;
    QPalette white = lightPalette();
    white.setColor(QPalette::Window, Qt::white);
    QTest::newRow("white") << white << false;
}

void TestAccessibility::themeColorsAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(Theme::isDark(palette), dark);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // Text: 4.5:1 (WCAG AA); graphics: 3:1.
    QVERIFY(Theme::contrast(Theme::mutedText(palette), window) >= 4.5);
    QVERIFY(Theme::contrast(Theme::mutedText(palette), base) >= 4.5);
    for (Theme::Tone tone : {Theme::Tone::Info, Theme::Tone::Notice, Theme::Tone::Error}) {
        const Theme::ToneColors c = Theme::tone(tone, palette);
        QVERIFY(Theme::contrast(c.text, c.background) >= 4.5);
        // The strip sits on the window with its own brightness: dark on dark, light on light.
        QCOMPARE(Theme::luminance(c.background) < 0.2, dark);
    }
    for (Theme::Level level : {Theme::Level::Warning, Theme::Level::Alarm}) {
        QVERIFY(Theme::contrast(Theme::levelText(level, palette), base) >= 4.5);
        QVERIFY(Theme::contrast(Theme::levelText(level, palette), window) >= 4.5);
        QVERIFY(Theme::contrast(Theme::levelFill(level, palette), base) >= 3.0);
    }
    for (int series : {0, 1})
        QVERIFY(Theme::contrast(Theme::series(series, palette), base) >= 3.0);
    QVERIFY(Theme::contrast(Theme::levelFill(Theme::Level::Normal, palette), base) >= 3.0);
    QVERIFY(Theme::contrast(Theme::gridLine(palette), base) <
            Theme::contrast(Theme::axisLine(palette), base));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
