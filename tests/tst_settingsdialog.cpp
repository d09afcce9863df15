// Settings… and auto-refresh on the dashboard window with the real
// AccountController: values saved in Preferences and applied to the running
// client and query, a changed server asking for a new sign-in, the calendar
// switch relabelling the window live, and the timer paused while the window is
// hidden or minimised.

#include "accountwindowfixture.h"
#include "chart/usagechartview.h"
#include "displaycalendar.h"
#include "querybar/rangeselector.h"
#include "theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QTest>
#include <QTimer>

using namespace geobox;

class TestSettingsDialog final : public QObject, private testing::AccountWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox("tst_settingsdialog")); }
    void init()
    {
        // English with weeks from Monday, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        openFixture();
    }
    void cleanup()
    {
        closeFixture();
        DisplayCalendar::setChoice(CalendarChoice::Automatic);
        QLocale::setDefault(QLocale::system());
        Theme::applyAppearance(Appearance::System);
    }

    void settingsRoundTrip();
    void weekStartFollowsTheLanguageUntilChosen();
    void languageWaitsForTheNextStart();
    void appearanceAppliesLive();
    void settingsServerChangeAsksForSignIn();
    void calendarSwitchRelabelsLive();
    void autoRefreshPausesWhileHidden();
};

void TestSettingsDialog::settingsRoundTrip()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    find<ScaleSelector>(m_window.get(), "scaleSelector")->actions().at(2)->trigger(); // Week
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().firstDayOfWeek, Qt::Monday);
    QVERIFY(!m_window->isAutoRefreshActive()); // off by default

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier); // Settings…
    SettingsDialog *dialog = m_window->settingsFlow()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *timeout = find<QSpinBox>(dialog, "timeoutSpin");
    auto *zone = find<QComboBox>(dialog, "timeZoneBox");
    auto *refresh = find<QComboBox>(dialog, "autoRefreshBox");
    auto *week = find<QComboBox>(dialog, "weekStartBox");
    // Defaults: 30 s, UTC, off, Monday; the server in use.
    QCOMPARE(timeout->value(), 30);
    QCOMPARE(timeout->minimum(), 1);
    QCOMPARE(timeout->maximum(), 3600);
    QCOMPARE(zone->currentText(), QStringLiteral("UTC"));
    QVERIFY(zone->isEditable());
    QVERIFY(zone->count() > 100);
    QCOMPARE(refresh->currentData().toInt(), 0);
    QCOMPARE(refresh->count(), 6);
    QCOMPARE(week->currentData().toInt(), int(Qt::Monday));
    QCOMPARE(find<QLineEdit>(dialog, "serverEdit")->text(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox.port));

    // An unknown zone is refused inline; the dialog stays.
    zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(find<QLabel>(dialog, "settingsProblem")->text().contains(QStringLiteral("Mars")));

    const int fetches = m_sandbox.server->requestCount(QStringLiteral("usage/api"));
    timeout->setValue(42);
    zone->setCurrentText(QStringLiteral("Asia/Tehran"));
    refresh->setCurrentIndex(refresh->findData(5));
    week->setCurrentIndex(week->findData(int(Qt::Sunday)));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsFlow()->dialog());

    // Saved (a fresh reader sees them) and applied to the running app.
    const Preferences saved;
    QCOMPARE(saved.timeout(), std::chrono::seconds(42));
    QCOMPARE(saved.serviceTimeZone(), QTimeZone("Asia/Tehran"));
    QCOMPARE(saved.autoRefreshMinutes(), 5);
    QCOMPARE(saved.firstDayOfWeek(), Qt::Sunday);
    QVERIFY(ServerField::sameServer(saved.server(), m_sandbox.url()));
    QCOMPARE(m_client->config().timeout, std::chrono::milliseconds(42'000));
    QCOMPARE(m_client->config().serviceTimeZone, QTimeZone("Asia/Tehran"));
    QVERIFY(ServerField::sameServer(m_client->config().host, m_sandbox.url())); // untouched
    QVERIFY(m_window->isAutoRefreshActive());
    QCOMPARE(m_window->autoRefresh()->interval(), std::chrono::milliseconds(5 * 60'000));
    // The week starts on Sunday now, and the Week scale was fetched again.
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().firstDayOfWeek, Qt::Sunday);
    QVERIFY(m_sandbox.server->requestCount(QStringLiteral("usage/api")) > fetches);
    const QList<UsageRow> rows = m_state->snapshot()->rows;
    QVERIFY(rows.size() > 1);
    for (const UsageRow &row : rows) {
        const QDate start = row.start.toTimeZone(QTimeZone("Asia/Tehran")).date();
        // A week the range cuts starts on the range's first day; every other on a Sunday.
        if (row.cut && start == m_state->query().range.first)
            continue;
        QCOMPARE(start.dayOfWeek(), int(Qt::Sunday));
    }
    QVERIFY(!m_window->accountFlow()->signInDialog()); // same server: no new sign-in

    // Opened again, the dialog shows what was saved.
    m_window->settingsFlow()->open();
    dialog = m_window->settingsFlow()->dialog();
    QVERIFY(dialog);
    QCOMPARE(find<QSpinBox>(dialog, "timeoutSpin")->value(), 42);
    QCOMPARE(find<QComboBox>(dialog, "timeZoneBox")->currentText(), QStringLiteral("Asia/Tehran"));
    QCOMPARE(find<QComboBox>(dialog, "autoRefreshBox")->currentData().toInt(), 5);
    QCOMPARE(find<QComboBox>(dialog, "weekStartBox")->currentData().toInt(), int(Qt::Sunday));
    dialog->reject();
}

void TestSettingsDialog::settingsServerChangeAsksForSignIn()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    const Credentials before = m_client->credentials();
    m_window->settingsFlow()->open();
    SettingsDialog *dialog = m_window->settingsFlow()->dialog();
    QVERIFY(dialog);
    auto *server = find<QLineEdit>(dialog, "serverEdit");
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // Plain http to another host: refused by the policy, inline.
    server->setText(QStringLiteral("http://example.invalid"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(find<QLabel>(dialog, "settingsProblem")->text(),
             checkServerUrl(QUrl(QStringLiteral("http://example.invalid")))->message());

    m_sandbox.server->clearRequests();
    server->setText(QStringLiteral("https://geobox.example"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsFlow()->dialog());
    QCOMPARE(Preferences().server(), QUrl(QStringLiteral("https://geobox.example")));

    // The user is told, and asked to sign in there; the old key went nowhere.
    SignInDialog *signIn = waitForDialog();
    QVERIFY(signIn);
    QVERIFY2(signIn->reason().contains(QStringLiteral("geobox.example")),
             qPrintable(signIn->reason()));
    QCOMPARE(find<QLineEdit>(signIn, "serverEdit")->text(),
             QStringLiteral("https://geobox.example"));
    QVERIFY(ServerField::sameServer(m_client->config().host, m_sandbox.url()));
    QCOMPARE(m_client->credentials().kind(), before.kind());
    QVERIFY(m_account->isSignedIn());
    signIn->reject();
    // No call was made, so none can reach the server later.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QVERIFY(m_sandbox.server->requests().isEmpty());
}

// Settings… as the window opens it, once it is on screen.
static SettingsDialog *openSettings(MainWindow *window)
{
    window->settingsFlow()->open();
    SettingsDialog *dialog = window->settingsFlow()->dialog();
    return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
}

static void pressOk(MainWindow *window, SettingsDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!window->settingsFlow()->dialog());
}

void TestSettingsDialog::weekStartFollowsTheLanguageUntilChosen()
{
    // Never chosen: the language's first day, shown as such, and not written by OK.
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    QCOMPARE(m_state->query().firstDayOfWeek, Qt::Monday);
    SettingsDialog *dialog = openSettings(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(find<QComboBox>(dialog, "weekStartBox")->currentData().toInt(), int(Qt::Monday));
    pressOk(m_window.get(), dialog);
    QVERIFY(!Preferences().hasFirstDayOfWeek());

    // A window in Persian (the locale alone; its words do not matter here) starts weeks on
    // Saturday, as its date pickers do.
    closeWindow();
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    openWindow();
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    QCOMPARE(m_state->query().firstDayOfWeek, Qt::Saturday);
    dialog = openSettings(m_window.get());
    QVERIFY(dialog);
    auto *week = find<QComboBox>(dialog, "weekStartBox");
    QCOMPARE(week->currentData().toInt(), int(Qt::Saturday));
    // Chosen: kept, whatever the language.
    week->setCurrentIndex(week->findData(int(Qt::Monday)));
    pressOk(m_window.get(), dialog);
    QVERIFY(Preferences().hasFirstDayOfWeek());
    QCOMPARE(Preferences().firstDayOfWeek(QLocale(QLocale::Persian, QLocale::Iran)), Qt::Monday);
    QTRY_COMPARE(m_state->query().firstDayOfWeek, Qt::Monday);
}

void TestSettingsDialog::languageWaitsForTheNextStart()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    SettingsDialog *dialog = openSettings(m_window.get());
    QVERIFY(dialog);
    auto *language = find<QComboBox>(dialog, "languageBox");
    auto *note = find<QLabel>(dialog, "languageNote");
    QVERIFY(language && note);
    // System, English, Persian; System by default, and nothing to say yet.
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->currentText(), QStringLiteral("System"));
    QCOMPARE(dialog->language(), QString());
    QVERIFY(!note->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("fa")));
    QCOMPARE(language->currentText(), QStringLiteral("Persian"));
    // It cannot switch live, and says so, at once.
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("The language applies at the next start."));
    language->setCurrentIndex(language->findData(QString()));
    QVERIFY(!note->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("fa")));
    pressOk(m_window.get(), dialog);

    // Saved for the next start (main reads it, after --lang and before LANG); this window
    // stays in English.
    QCOMPARE(Preferences().language(), QStringLiteral("fa"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->text(),
             QStringLiteral("&Refresh"));
    dialog = openSettings(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(find<QComboBox>(dialog, "languageBox")->currentData().toString(),
             QStringLiteral("fa"));
    QVERIFY(!find<QLabel>(dialog, "languageNote")->isVisible());
    dialog->reject();
}

void TestSettingsDialog::appearanceAppliesLive()
{
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *chart = m_window->findChild<UsageChartView *>();
    QVERIFY(chart);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const auto choose = [this](Appearance appearance) {
        SettingsDialog *dialog = openSettings(m_window.get());
        QVERIFY(dialog);
        auto *box = find<QComboBox>(dialog, "appearanceBox");
        QVERIFY(box);
        QCOMPARE(box->count(), 3);
        box->setCurrentIndex(box->findData(int(appearance)));
        QCOMPARE(dialog->appearance(), appearance);
        pressOk(m_window.get(), dialog);
        QCOMPARE(Preferences().appearance(), appearance);
    };

    // Dark: the whole window at once, the charts and the cards drawn from it.
    choose(Appearance::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QVERIFY(Theme::isDark(m_window->palette()));
    QTRY_VERIFY2(Theme::luminance(chart->backgroundColor()) < 0.05,
                 qPrintable(chart->backgroundColor().name()));
    QVERIFY(Theme::contrast(chart->axisLabelColor(), chart->backgroundColor()) >= 4.5);
    // Every role is dark's, the disabled text too, and it reads.
    const QPalette dark = QApplication::palette();
    QVERIFY(Theme::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7);
    QVERIFY(Theme::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    QVERIFY(Theme::contrast(dark.color(QPalette::Disabled, QPalette::WindowText),
                            dark.color(QPalette::Window)) >= 3);
    QVERIFY(Theme::isDark(
        m_window->findChild<QWidget *>(QStringLiteral("quotaCallsToday"))->palette()));

    // Light, live again.
    choose(Appearance::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(Theme::luminance(chart->backgroundColor()) > 0.8);

    // A new window starts in the saved appearance.
    choose(Appearance::Dark);
    closeWindow();
    Theme::applyAppearance(Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    openWindow();
    QVERIFY(Theme::isDark(QApplication::palette()));

    // System: the desktop's palette again.
    QVERIFY(waitForDialog()); // (the new window asks for a sign-in first)
    m_window->accountFlow()->signInDialog()->reject();
    choose(Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

// Picks a calendar in Settings… and presses OK.
static void chooseCalendar(MainWindow *window, CalendarChoice choice)
{
    window->settingsFlow()->open();
    SettingsDialog *dialog = window->settingsFlow()->dialog();
    QVERIFY(dialog);
    auto *box = dialog->findChild<QComboBox *>(QStringLiteral("calendarBox"));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(int(choice)));
    QCOMPARE(dialog->calendar(), choice);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!window->settingsFlow()->dialog());
}

static QStringList timeAxisLabels(MainWindow *window)
{
    auto *view = window->findChild<QChartView *>(QStringLiteral("trafficChart"));
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? QStringList()
                          : static_cast<QCategoryAxis *>(axes.first())->categoriesLabels();
}

void TestSettingsDialog::calendarSwitchRelabelsLive()
{
    // English, as --lang en makes it (the C locale abbreviates Jalali months: "Aba").
    closeWindow();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    openWindow();
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    auto *from = find<QDateEdit>(m_window.get(), "fromDate");
    auto *description = find<QLabel>(m_window.get(), "rangeDescription");
    const UsageTableModel *model = find<UsageTableView>(m_window.get(), "usageTable")->usageModel();
    const auto firstStart = [model] {
        return model->data(model->index(0, UsageTableModel::Start)).toString();
    };
    // Automatic, under a locale that is not Persian: Gregorian. The sandbox's today is
    // 20 Nov 2026 (29 Aban 1405); Last 30 days began on 22 Oct (30 Mehr).
    QCOMPARE(Preferences().calendar(), CalendarChoice::Automatic);
    QCOMPARE(from->calendar().name(), QStringLiteral("Gregorian"));
    QCOMPARE(from->text(), QStringLiteral("22 Oct 2026"));
    QCOMPARE(firstStart(), QStringLiteral("2026-10-22 00:00"));
    QVERIFY(timeAxisLabels(m_window.get()).join(u' ').contains(QStringLiteral("Nov")));

    m_window->settingsFlow()->open();
    auto *box = find<QComboBox>(m_window->settingsFlow()->dialog(), "calendarBox");
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->currentText(), QStringLiteral("Automatic (Gregorian)"));
    m_window->settingsFlow()->dialog()->reject();
    QTRY_VERIFY(!m_window->settingsFlow()->dialog());

    // Jalali: saved, and every date on screen written again at once, with nothing
    // fetched again (the same days).
    const int fetches = m_sandbox.server->requestCount(QStringLiteral("usage/api"));
    chooseCalendar(m_window.get(), CalendarChoice::Jalali);
    QCOMPARE(Preferences().calendar(), CalendarChoice::Jalali);
    QCOMPARE(from->calendar().name(), QStringLiteral("Jalali"));
    QCOMPARE(from->text(), QStringLiteral("30 Mehr 1405"));
    QCOMPARE(description->text(), QStringLiteral("30 Mehr – 29 Aban 1405, 30 days"));
    QCOMPARE(firstStart(), QStringLiteral("1405-07-30 00:00"));
    const QString axis = timeAxisLabels(m_window.get()).join(u' ');
    QVERIFY2(axis.contains(QStringLiteral("Aban")) && !axis.contains(QStringLiteral("Nov")),
             qPrintable(axis));
    // Nothing was started for it, so nothing can be fetched later.
    QVERIFY(!m_state->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/api")), fetches);

    // "This month" is Aban now, from 23 October.
    auto *presets = find<QComboBox>(m_window.get(), "rangePreset");
    presets->setCurrentIndex(presets->findData(int(RangePreset::ThisMonth)));
    Q_EMIT presets->activated(presets->currentIndex());
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range, (DateRange{QDate(2026, 10, 23), QDate(2026, 11, 20)}));
    QCOMPARE(description->text(), QStringLiteral("1 – 29 Aban 1405, 29 days"));

    // Back to Gregorian: This month moves to November, and is fetched.
    chooseCalendar(m_window.get(), CalendarChoice::Gregorian);
    QVERIFY(waitForData());
    QCOMPARE(m_state->query().range, (DateRange{QDate(2026, 11, 1), QDate(2026, 11, 20)}));
    QCOMPARE(from->text(), QStringLiteral("1 Nov 2026"));
    QCOMPARE(firstStart(), QStringLiteral("2026-11-01 00:00"));
    QCOMPARE(Preferences().calendar(), CalendarChoice::Gregorian);

    // A new window starts in the saved calendar.
    chooseCalendar(m_window.get(), CalendarChoice::Jalali);
    closeWindow();
    DisplayCalendar::setChoice(CalendarChoice::Automatic);
    openWindow();
    QCOMPARE(DisplayCalendar::choice(), CalendarChoice::Jalali);
    QCOMPARE(find<QDateEdit>(m_window.get(), "fromDate")->calendar().name(),
             QStringLiteral("Jalali"));
}

void TestSettingsDialog::autoRefreshPausesWhileHidden()
{
    AutoRefresh *timer = m_window->autoRefresh();
    timer->setMinutes(1);
    QVERIFY(!m_window->isAutoRefreshActive()); // not signed in yet
    QVERIFY(signInAndLoad(m_sandbox.apiKey));
    QVERIFY(m_window->isAutoRefreshActive());

    m_window->showMinimized();
    QVERIFY(!m_window->isAutoRefreshActive());
    m_window->showNormal();
    QVERIFY(m_window->isAutoRefreshActive());
    m_window->hide();
    QVERIFY(!m_window->isAutoRefreshActive());
    m_window->show();
    QVERIFY(m_window->isAutoRefreshActive());

    // Due on time while shown: Refresh (usage/update); nothing at all while hidden.
    timer->setInterval(std::chrono::milliseconds(300));
    const int updates = m_sandbox.server->requestCount(QStringLiteral("usage/update"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sandbox.server->requestCount(QStringLiteral("usage/update")) > updates, 10000);
    QVERIFY(waitForData());
    m_window->hide();
    QVERIFY(!m_window->isAutoRefreshActive());
    const int hidden = m_sandbox.server->requestCount(QStringLiteral("usage/update"));
    // The timer is stopped, so nothing can fall due while hidden, and nothing is in flight.
    QVERIFY(!timer->findChild<QTimer *>()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), hidden);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sandbox.server->requestCount(QStringLiteral("usage/update")) > hidden, 10000);
    QVERIFY(waitForData());
    timer->setMinutes(0);
    QVERIFY(!m_window->isAutoRefreshActive());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
