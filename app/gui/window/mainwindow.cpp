#include "mainwindow.h"

#include "accountcontroller.h"
#include "banners/errorbanner.h"
#include "dialogs/shortcutsdialog.h"
#include "displaycalendar.h"
#include "flows/accountflow.h"
#include "flows/autorefresh.h"
#include "flows/settingsflow.h"
#include "preferences.h"
#include "querybar/querybar.h"
#include "querybar/rangeselector.h"
#include "querybar/resourcepicker.h"
#include "querybar/scaleselector.h"
#include "window/dashboardactions.h"
#include "window/dashboardpage.h"
#include "window/snapshotview.h"
#include "window/statusline.h"

#include <QAction>
#include <QCloseEvent>
#include <QInputDialog>
#include <QStatusBar>

#include <limits>

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
    if (m_preferences) // before any widget asks it
        DisplayCalendar::setChoice(m_preferences->calendar());
    setWindowIcon(QIcon(QStringLiteral(":/geobox/icons/geobox-usage.svg")));
    if (m_account)
        m_accountFlow = new AccountFlow(m_account, m_preferences, this);
    if (m_preferences) {
        m_settingsFlow =
            new SettingsFlow(m_preferences, state->client(), m_autoRefresh, demo, this);
        connect(m_actions->settings(), &QAction::triggered, m_settingsFlow, &SettingsFlow::open);
    }
    m_queryBar = new QueryBar(
        m_actions->refresh(), [this] { return today(); }, this);
    m_page = createCentral();
    setCentralWidget(m_page);
    createMenus();
    // A snapshot's fetchedAt is wall-clock time, so "3 min ago" is counted on the wall clock.
    m_status = new StatusLine([] { return QDateTime::currentDateTimeUtc(); },
                              m_actions->exportCsv(), demo, this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    m_queryBar->scaleSelector()->setScale(m_view.scale);
    m_queryBar->rangeSelector()->setSelection(m_view.preset, m_view.customRange);
    updatePeriodActions();
    showTable(m_view.showTable);
    connectState();
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
    auto *page = new DashboardPage(m_queryBar, {m_actions->chart(), m_actions->table()}, this);
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
    connect(m_state, &DashboardState::snapshotChanged, this, &MainWindow::snapshotChanged);
    connect(m_state, &DashboardState::failed, this, &MainWindow::failed);
    connect(m_state, &DashboardState::loadingChanged, this, &MainWindow::loadingChanged);
    connect(m_state, &DashboardState::queryInvalid, this, [this](const ApiError &error) {
        m_queryBar->rangeSelector()->showProblem(error.message());
        updateStaleness();
    });

    ResourcePicker *picker = m_queryBar->resourcePicker();
    connect(picker, &ResourcePicker::resourceChanged, this, &MainWindow::choicesChanged);
    connect(picker, &ResourcePicker::otherUserRequested, this, &MainWindow::askForOtherUser);
    connect(m_queryBar->scaleSelector(), &ScaleSelector::scaleChanged, this,
            &MainWindow::choicesChanged);
    connect(m_queryBar->rangeSelector(), &RangeSelector::rangeChanged, this,
            &MainWindow::choicesChanged);
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
            m_queryBar->rangeSelector()->updateToday();
            applyQuery(true);
        });
        connect(m_settingsFlow, &SettingsFlow::firstDayOfWeekChanged, this, [this] {
            if (m_queryBar->scaleSelector()->scale() == Scale::Week)
                applyQuery();
        });
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
    m_state->cancel();
    m_queryBar->resourcePicker()->clearAccount(placeholder);
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
    ResourcePicker *picker = m_queryBar->resourcePicker();
    picker->setAccount(user, keys);
    if (!m_accountShown) {
        m_accountShown = true;
        picker->setFocus(); // it was disabled while the account loaded
        // The resource chosen last time; another user is fetched first (admins only).
        const QString saved = m_view.resourceId;
        const QString userPrefix = QStringLiteral("user:");
        if (!picker->selectSettingsId(saved) && saved.startsWith(userPrefix) && user.isAdmin()) {
            bool ok = false;
            const qint64 id = saved.mid(userPrefix.size()).toLongLong(&ok);
            if (ok) {
                m_requestedUserId = id;
                m_state->loadUser(id);
            }
        }
    }
    if (m_retryTarget == RetryTarget::Account)
        m_banner->clear();
    m_retryTarget = RetryTarget::Query;
    updateTitle();
    // After a sign-in the query on screen is fetched again with the new credentials.
    applyQuery(std::exchange(m_refetchOnLoad, false));
}

void MainWindow::userLoaded(const User &user)
{
    if (m_retryTarget == RetryTarget::User)
        m_banner->clear();
    m_retryTarget = RetryTarget::Query;
    m_queryBar->resourcePicker()->addOtherUser(user); // signals resourceChanged
}

void MainWindow::accountFailed(const ApiError &error)
{
    m_retryTarget = m_accountShown ? RetryTarget::User : RetryTarget::Account;
    m_banner->showError(error.message(), {}, offersSignIn(error));
}

void MainWindow::snapshotChanged(const DashboardSnapshot &snapshot)
{
    m_retryTarget = RetryTarget::Query;
    m_dataShown = true;
    m_page->showSnapshot(snapshot, m_queryBar->resourcePicker()->planFor(snapshot.query.resource));
    m_status->setUpdated(snapshot.fetchedAt);
    m_actions->exportCsv()->setEnabled(true);
    updateStaleness();
}

void MainWindow::failed(const ApiError &error)
{
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    m_retryTarget = RetryTarget::Query;
    m_banner->showError(error.message(),
                        snapshot && m_dataShown ? snapshot->fetchedAt : QDateTime(),
                        offersSignIn(error));
    updateStaleness();
}

void MainWindow::loadingChanged(bool loading)
{
    m_actions->refresh()->setEnabled(!loading);
    m_actions->stop()->setEnabled(loading);
    m_status->setLoading(loading);
    updateStaleness();
}

void MainWindow::choicesChanged()
{
    if (const std::optional<Resource> resource = m_queryBar->resourcePicker()->currentResource())
        m_view.resourceId = resource->settingsId();
    m_view.scale = m_queryBar->scaleSelector()->scale();
    m_view.preset = m_queryBar->rangeSelector()->preset();
    m_view.customRange = m_queryBar->rangeSelector()->range();
    m_view.showTable = m_actions->table()->isChecked();
    Preferences().setDashboardView(m_view);
    applyQuery();
}

void MainWindow::applyQuery(bool force)
{
    updatePeriodActions();
    const std::optional<Resource> resource = m_queryBar->resourcePicker()->currentResource();
    RangeSelector *range = m_queryBar->rangeSelector();
    if (!resource || !range->isValid())
        return; // no account yet, or the range is refused inline
    DashboardQuery query;
    query.resource = *resource;
    query.scale = m_queryBar->scaleSelector()->scale();
    query.range = range->range();
    query.firstDayOfWeek =
        m_preferences ? m_preferences->firstDayOfWeek() : QLocale().firstDayOfWeek();
    const bool current = !force && query == m_state->query() &&
                         (m_state->isLoading() || (m_state->snapshot() && !m_state->isStale()));
    if (current)
        return;
    range->showProblem({});
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
    if (m_queryBar->rangeSelector()->updateToday())
        applyQuery();
    m_state->refresh();
}

void MainWindow::retry()
{
    switch (m_retryTarget) {
    case RetryTarget::Account:
        m_state->loadAccount();
        break;
    case RetryTarget::User:
        m_state->loadUser(m_requestedUserId);
        break;
    case RetryTarget::Query:
        m_state->retry();
        break;
    }
}

void MainWindow::askForOtherUser()
{
    bool ok = false;
    const int id = QInputDialog::getInt(
        this, tr("Another User"), tr("The numeric id of the user whose usage to show:"),
        m_requestedUserId > 0 ? static_cast<int>(m_requestedUserId) : 1, 1,
        std::numeric_limits<int>::max(), 1, &ok);
    if (!ok)
        return;
    m_requestedUserId = id;
    m_state->loadUser(id);
}

void MainWindow::updateTitle()
{
    const std::optional<User> user = m_state->user();
    if (m_demo)
        setWindowTitle(tr("Geobox Usage – Demo – %1").arg(m_serverLabel));
    else if (m_account)
        setWindowTitle(tr("Geobox Usage – %1").arg(m_account->displayName()));
    else if (user)
        setWindowTitle(tr("Geobox Usage – %1@%2").arg(user->username, m_serverLabel));
    else
        setWindowTitle(tr("Geobox Usage – %1").arg(m_serverLabel));
}

void MainWindow::updateStaleness()
{
    // The last good data stays on screen, greyed, when it no longer answers the choice.
    const bool stale = m_dataShown && m_state->snapshot() && m_state->isStale() &&
                       (!m_state->isLoading() || m_state->lastError().has_value());
    m_status->setStale(stale);
    m_content->setStale(stale);
}

void MainWindow::displayCalendarChanged()
{
    if (m_queryBar->rangeSelector()->setCalendar(DisplayCalendar::current()))
        choicesChanged(); // "This month" now means another month
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    if (m_dataShown && snapshot) // the same data, its dates written again
        m_content->setSnapshot(*snapshot,
                               m_queryBar->resourcePicker()->planFor(snapshot->query.resource));
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
