#include "mainwindow.h"

#include "banners/noticebanner.h"
#include "historystore.h"

#include "accountcontroller.h"
#include "banners/errorbanner.h"
#include "dialogs/otheruserdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "displaycalendar.h"
#include "flows/accountflow.h"
#include "flows/alertflow.h"
#include "flows/autorefresh.h"
#include "flows/comparisonflow.h"
#include "flows/forecastflow.h"
#include "flows/quotachangeflow.h"
#include "flows/settingsflow.h"
#include "preferences.h"
#include "querybar/querybar.h"
#include "querybar/rangeselector.h"
#include "querybar/resourcepicker.h"
#include "querybar/scaleselector.h"
#include "querymismatch.h"
#include "theme.h"
#include "window/dashboardactions.h"
#include "window/dashboardpage.h"
#include "window/snapshotview.h"
#include "window/statusline.h"

#include <QAction>
#include <QCloseEvent>
#include <QStatusBar>

namespace geobox {

MainWindow::MainWindow(DashboardState *state, const QString &serverLabel, bool demo,
                       QWidget *parent)
    : MainWindow(state, nullptr, nullptr, serverLabel, demo, parent)
{}

MainWindow::MainWindow(DashboardState *state, AccountController *account, Preferences *preferences,
                       const QString &serverLabel, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_state(state)
    , m_account(demo || !preferences ? nullptr : account)
    , m_preferences(preferences)
    , m_serverLabel(serverLabel)
    , m_demo(demo)
    , m_view(Preferences().dashboardView())
    , m_actions(new DashboardActions(this))
    , m_autoRefresh(new AutoRefresh(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_preferences) { // before any widget asks them
        DisplayCalendar::setChoice(m_preferences->calendar());
        if (m_preferences->appearance() != Appearance::System)
            Theme::applyAppearance(m_preferences->appearance());
    }
    setWindowIcon(QIcon(QStringLiteral(":/geobox/icons/geobox-usage.svg")));
    if (m_account)
        m_accountFlow = new AccountFlow(m_account, m_preferences, this);
    if (m_preferences) {
        m_settingsFlow =
            new SettingsFlow(m_preferences, state->client(), m_autoRefresh, demo, this);
        m_settingsFlow->setHistory(state->history());
        connect(m_actions->settings(), &QAction::triggered, m_settingsFlow, &SettingsFlow::open);
    }
    m_queryBar = new QueryBar(
        m_actions->refresh(), [this] { return today(); }, this);
    m_queryBar->followScaleRule(state->scaleRule()); // "Today" is shown by the hour
    m_page = createCentral();
    setCentralWidget(m_page);
    m_comparison = new ComparisonFlow(state->client(), m_content->chart(), this);
    m_alerts = new AlertFlow(state->client(), this, m_content->quotas(), this);
    m_alerts->setHistory(state);
    m_quotaChanges = new QuotaChangeFlow(state->client(), m_content->quotas(), this);
    m_quotaChanges->setHistory(state->history());
    m_forecastFlow = new ForecastFlow(state->client(), m_content->forecast(), this);
    m_forecastFlow->setHistory(state->history());
    if (m_preferences) {
        m_alerts->setRules(m_preferences->alertRules());
        connect(m_settingsFlow, &SettingsFlow::alertRulesChanged, this,
                [this] { m_alerts->setRules(m_preferences->alertRules()); });
    }
    createMenus();
    // A snapshot's fetchedAt is wall-clock time, so "3 min ago" is counted on the wall clock.
    m_status = new StatusLine([] { return QDateTime::currentDateTimeUtc(); },
                              m_actions->exportCsv(), demo, this);
    // Permanent: nothing that puts a temporary message in the bar can hide it.
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    m_queryBar->setScale(m_view.scale);
    m_queryBar->setRange(m_view.preset, m_view.customRange);
    m_queryBar->setFirstDayOfWeek(m_preferences ? m_preferences->firstDayOfWeek()
                                                : QLocale().firstDayOfWeek());
    updatePeriodActions();
    showTable(m_view.showTable);
    connectState();
    connectBreakdown();
    if (m_view.showBreakdown)
        showBreakdown(); // asked for once the account is known
    connectAccount();
    updateTitle();
    updateStaleness();
    if (!restoreGeometry(Preferences().windowGeometry()))
        resize(1240, 880);
    restoreState(Preferences().windowState());
    m_queryBar->resourcePicker()->setFocus();
}

MainWindow::~MainWindow() = default;

QDate MainWindow::today() const
{
    return m_state->client()->config().today();
}

DashboardPage *MainWindow::createCentral()
{
    auto *page = new DashboardPage(
        m_queryBar,
        {m_actions->chart(), m_actions->table(), m_actions->byKey(), m_actions->forecast()}, this);
    m_banner = page->banner();
    m_content = page->content();
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retry);
    return page;
}

void MainWindow::connectState()
{
    connect(m_state, &DashboardState::accountLoaded, this, &MainWindow::accountLoaded);
    connect(m_state, &DashboardState::userLoaded, this, &MainWindow::userLoaded);
    connect(m_state, &DashboardState::accountFailed, this, &MainWindow::accountFailed);
    connect(m_state, &DashboardState::userFailed, this, &MainWindow::userFailed);
    connect(m_state, &DashboardState::snapshotChanged, this, &MainWindow::snapshotChanged);
    connect(m_state, &DashboardState::failed, this, &MainWindow::failed);
    // The history store's troubles are said once; the window works on without it.
    connect(m_state, &DashboardState::historyNotice, this,
            [this](const QString &notice) { m_page->notice()->showNotice(notice); });
    if (HistoryStore *history = m_state->history()) {
        if (const QString notice = history->takeNotice(); !notice.isEmpty())
            m_page->notice()->showNotice(notice);
    }
    connect(m_state, &DashboardState::updateFailed, this, [this](const ApiError &error) {
        // The series are new; only the quota cards could not be refreshed.
        m_banner->showError(tr("The quotas were not refreshed: %1").arg(error.message()), {},
                            offersSignIn(error), m_state->canRetry());
    });
    connect(m_state, &DashboardState::loadingChanged, this, &MainWindow::loadingChanged);
    // The state alone decides whether a query can be fetched; the range says why not.
    connect(m_state, &DashboardState::queryProblemChanged, this, [this](const QString &problem) {
        m_queryBar->showProblem(problem);
        updateStaleness();
    });
    connect(m_queryBar, &QueryBar::queryChanged, this, &MainWindow::queryChosen);
    connect(m_queryBar->resourcePicker(), &ResourcePicker::otherUserRequested, this,
            &MainWindow::askForOtherUser);
}

void MainWindow::connectAccount()
{
    connect(m_autoRefresh, &AutoRefresh::due, this, [this] {
        if (!m_state->isLoading())
            refresh();
    });
    if (m_settingsFlow) {
        connect(m_settingsFlow, &SettingsFlow::timeZoneChanged, this, [this] {
            // "Today" and every bucket moved: fetch what is on screen again.
            m_queryBar->updateToday();
            m_state->reload();
        });
        connect(m_settingsFlow, &SettingsFlow::firstDayOfWeekChanged, this,
                [this] { m_queryBar->setFirstDayOfWeek(m_preferences->firstDayOfWeek()); });
        connect(m_settingsFlow, &SettingsFlow::calendarChanged, this,
                &MainWindow::displayCalendarChanged);
    }
    if (!m_account)
        return;
    m_accountFlow->attach(m_banner, m_page->notice());
    if (m_settingsFlow) // the sign-in in use is never sent to another server
        connect(m_settingsFlow, &SettingsFlow::serverChanged, m_accountFlow,
                &AccountFlow::serverChanged);
    m_autoRefresh->setReady(m_account->isSignedIn());
    m_signedInAs = m_account->isSignedIn() ? m_account->displayName() : QString();
    connect(m_account, &AccountController::signedIn, this, &MainWindow::signedIn);
    connect(m_account, &AccountController::signedOut, this, &MainWindow::signedOut);
}

void MainWindow::signedIn()
{
    // Another account: nothing of the last one stays on screen while this one loads.
    if (m_account->displayName() != m_signedInAs)
        clearAccount(tr("Loading account…"));
    m_signedInAs = m_account->displayName();
    m_banner->clear();
    m_refetchOnLoad = true;
    m_autoRefresh->setReady(true);
    updateTitle();
    m_state->loadAccount();
}

void MainWindow::signedOut()
{
    clearAccount(tr("Signed out"));
    m_signedInAs.clear();
    m_autoRefresh->setReady(false);
    updateTitle();
}

void MainWindow::clearAccount(const QString &placeholder)
{
    m_state->clearAccount();
    m_queryBar->clearAccount(placeholder);
    m_accountShown = false;
    m_dataShown = false;
    m_page->clear();
    m_status->setUpdated({});
    m_actions->exportCsv()->setEnabled(false);
    updateStaleness();
}

bool MainWindow::offersSignIn(const ApiError &error) const
{
    return m_accountFlow && error.kind() == ApiError::Kind::Authentication;
}

void MainWindow::accountLoaded(const User &user, const QList<ApiKey> &keys)
{
    const bool first = !m_accountShown;
    m_accountShown = true;
    m_banner->clear();
    updateTitle();
    // After a sign-in the query on screen is fetched again with the new credentials.
    const bool refetch = std::exchange(m_refetchOnLoad, false);
    const DashboardQuery before = m_queryBar->query();
    // The resource chosen last time, the first time round.
    m_queryBar->setAccount(user, keys, first ? m_view.resourceId : QString());
    if (first) {
        m_queryBar->resourcePicker()->setFocus(); // it was disabled while the account loaded
        // Another user is fetched first (admins only).
        const std::optional<Resource> saved = Resource::fromSettingsId(m_view.resourceId);
        if (saved && saved->kind == Resource::Kind::User && user.isAdmin())
            m_state->loadUser(saved->userId);
    }
    if (refetch && m_queryBar->query() == before)
        m_state->reload();
}

void MainWindow::userLoaded(const User &user)
{
    m_banner->clear();
    m_queryBar->addOtherUser(user); // selects it: a new query
}

void MainWindow::accountFailed(const ApiError &error)
{
    m_banner->showError(error.message(), {}, offersSignIn(error), m_state->canRetry());
}

void MainWindow::userFailed(qint64 userId, const ApiError &error)
{
    // The picker still names what is on screen, and the banner says so.
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    const QString shown = m_dataShown && snapshot
                              ? tr(" The usage on screen is still that of %1.")
                                    .arg(m_queryBar->resourcePicker()->currentText())
                              : QString();
    const QString what = error.kind() == ApiError::Kind::NotFound
                             ? tr("There is no user with the id %1.").arg(userId)
                             : tr("The user with the id %1 could not be loaded: %2")
                                   .arg(userId)
                                   .arg(error.message());
    m_banner->showError(what + shown, {}, offersSignIn(error), m_state->canRetry());
}

void MainWindow::snapshotChanged(const DashboardSnapshot &snapshot)
{
    m_dataShown = true;
    m_page->showSnapshot(snapshot);
    m_comparison->follow(snapshot); // after the charts: a new snapshot clears their overlay
    m_alerts->follow(snapshot);
    m_quotaChanges->follow(snapshot);
    if (m_content->isForecastShown())
        m_forecastFlow->follow(snapshot);
    m_status->setUpdated(snapshot.fetchedAt);
    m_status->setHistory(snapshot.historyUpdatedAt, snapshot.offline);
    m_actions->exportCsv()->setEnabled(true);
    updateStaleness();
}

void MainWindow::failed(const ApiError &error)
{
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    m_banner->showError(error.message(),
                        snapshot && m_dataShown ? snapshot->fetchedAt : QDateTime(),
                        offersSignIn(error), m_state->canRetry());
    updateStaleness();
}

void MainWindow::loadingChanged(bool loading)
{
    m_actions->refresh()->setEnabled(!loading);
    m_actions->stop()->setEnabled(loading);
    m_status->setLoading(loading);
    updateStaleness();
}

void MainWindow::saveView()
{
    m_view.resourceId =
        m_queryBar->hasResource() ? m_queryBar->query().resource.settingsId() : m_view.resourceId;
    m_view.scale = m_queryBar->query().scale;
    m_view.preset = m_queryBar->preset();
    m_view.customRange = m_queryBar->query().range;
    m_view.showTable = m_actions->table()->isChecked();
    m_view.showBreakdown = m_actions->byKey()->isChecked();
    Preferences().setDashboardView(m_view);
}

void MainWindow::queryChosen(const DashboardQuery &query)
{
    saveView();
    updatePeriodActions();
    if (!m_queryBar->hasResource())
        return; // no account listed yet
    m_state->setQuery(query);
    updateStaleness();
}

void MainWindow::refresh()
{
    if (m_account && !m_account->isSignedIn()) {
        m_accountFlow->openSignIn();
        return;
    }
    if (!m_accountShown) {
        m_state->loadAccount();
        return;
    }
    // A preset moves with the day: "Today" after midnight is the new day.
    m_queryBar->updateToday();
    m_state->refresh();
}

void MainWindow::retry()
{
    m_state->retry(); // it knows what failed last
}

void MainWindow::askForOtherUser()
{
    if (m_otherUser) {
        m_otherUser->raise();
        m_otherUser->activateWindow();
        return;
    }
    m_otherUser = new OtherUserDialog(this);
    m_otherUser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_otherUser, &OtherUserDialog::userChosen, m_state, &DashboardState::loadUser);
    m_otherUser->open();
}

void MainWindow::updateTitle()
{
    // The platform appends the application's display name ("… — Geobox Usage", as the
    // desktop's convention has it), so the title names only what this window shows.
    const std::optional<User> user = m_state->user();
    if (m_demo)
        setWindowTitle(tr("Demo – %1").arg(m_serverLabel));
    else if (m_account)
        setWindowTitle(m_account->displayName());
    else if (user)
        setWindowTitle(tr("%1@%2").arg(user->username, m_serverLabel));
    else
        setWindowTitle(m_serverLabel);
}

void MainWindow::updateStaleness()
{
    // The last good data stays on screen, greyed, when it no longer answers the choice.
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    const bool stale = m_dataShown && snapshot && m_state->isStale() &&
                       (!m_state->isLoading() || m_state->lastError().has_value());
    // Say exactly what the greyed figures are, against what is chosen.
    m_status->setStale(stale, stale ? QueryMismatch::describe(snapshot->query, m_state->query(),
                                                              m_state->shownDiffers())
                                    : QString());
    m_content->setStale(stale);
}

void MainWindow::displayCalendarChanged()
{
    m_queryBar->setCalendar(DisplayCalendar::current()); // "This month" may be another month
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    if (m_dataShown && snapshot) // the same data, its dates written again
        m_content->setSnapshot(*snapshot);
}

bool MainWindow::isAutoRefreshActive() const
{
    return m_autoRefresh->isActive();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences preferences;
    preferences.setWindow(saveGeometry(), saveState());
    preferences.setDashboardView(m_view);
    QMainWindow::closeEvent(event);
}

} // namespace geobox
