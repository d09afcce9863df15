#include "mainwindow.h"

#include "csvexportflow.h"
#include "dashboardactions.h"
#include "errorbanner.h"
#include "formatting.h"
#include "querybar.h"
#include "quotapanel.h"
#include "rangeselector.h"
#include "resourcepicker.h"
#include "scaleselector.h"
#include "segmentedcontrol.h"
#include "statusline.h"
#include "usagechartview.h"
#include "usageexport.h"
#include "usagetableview.h"

#include <QAction>
#include <QCloseEvent>
#include <QGraphicsOpacityEffect>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <limits>

namespace geobox {

namespace {

const QString windowStyle =
    QStringLiteral("QFrame[card=\"true\"], #usageChartView { background: palette(base);"
                   " border: 1px solid #dde3ea; border-radius: 8px; }"
                   "QLabel[role=\"cardTitle\"] { color: #5b6573; }"
                   "QLabel[role=\"cardValue\"] { font-size: 13pt; font-weight: 600; }"
                   "QLabel[role=\"cardNote\"] { color: #5b6573; }"
                   "#processLabel { color: #5b6573; }");

} // namespace

MainWindow::MainWindow(DashboardState *state, const QString &serverLabel, bool demo,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_state(state)
    , m_serverLabel(serverLabel)
    , m_demo(demo)
    , m_settings(DashboardSettings::load())
    , m_actions(new DashboardActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/geobox/icons/geobox-usage.svg")));
    m_queryBar = new QueryBar(
        m_actions->refresh(), [this] { return today(); }, this);
    createMenus();
    setCentralWidget(createCentral());
    // A snapshot's fetchedAt is wall-clock time, so "3 min ago" is counted on the wall clock.
    m_status = new StatusLine([] { return QDateTime::currentDateTimeUtc(); },
                              m_actions->exportCsv(), demo, this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    m_queryBar->scaleSelector()->setScale(m_settings.scale);
    m_queryBar->rangeSelector()->setSelection(m_settings.preset, m_settings.customRange);
    showTable(m_settings.showTable);
    connectState();
    updateTitle();
    updateStaleness();
    if (!restoreGeometry(DashboardSettings::windowGeometry()))
        resize(1240, 880);
    restoreState(DashboardSettings::windowState());
    m_queryBar->resourcePicker()->setFocus();
}

MainWindow::~MainWindow() = default;

QDate MainWindow::today() const
{
    const ClientConfig &config = m_state->client()->config();
    return config.clock().toTimeZone(config.serviceTimeZone).date();
}

void MainWindow::createMenus()
{
    connect(m_actions->exportCsv(), &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh(), &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->stop(), &QAction::triggered, m_state, &DashboardState::cancel);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::about);
    for (QAction *action : {m_actions->chart(), m_actions->table()}) {
        connect(action, &QAction::triggered, this, [this, action] {
            showTable(action == m_actions->table());
            choicesChanged();
        });
    }

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->exportCsv());
    file->addSeparator();
    file->addAction(m_actions->quit());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->refresh());
    view->addAction(m_actions->stop());
    view->addSeparator();
    view->addActions(m_queryBar->scaleSelector()->actions());
    view->addSeparator();
    view->addAction(m_actions->chart());
    view->addAction(m_actions->table());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about());
}

QWidget *MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    central->setStyleSheet(windowStyle);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(14, 12, 14, 6);
    layout->setSpacing(10);
    m_queryBar->setParent(central);
    layout->addWidget(m_queryBar);

    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retry);

    // What the snapshot says: greyed as a whole while it is stale.
    m_content = new QWidget(central);
    m_content->setObjectName(QStringLiteral("snapshotContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(10);
    m_quotas = new QuotaPanel(m_content);
    content->addWidget(m_quotas);

    m_views = new QStackedWidget(m_content);
    m_chart = new UsageChartView(m_views);
    m_views->addWidget(m_chart);
    m_table = new UsageTableView(m_views);
    m_views->addWidget(m_table);
    content->addWidget(m_views, 1);
    layout->addWidget(m_content, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new SegmentedControl({m_actions->chart(), m_actions->table()}, central));
    bottom->addStretch(1);
    m_processLabel = new QLabel(central);
    m_processLabel->setObjectName(QStringLiteral("processLabel"));
    bottom->addWidget(m_processLabel);
    layout->addLayout(bottom);
    return central;
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

void MainWindow::accountLoaded(const User &user, const QList<ApiKey> &keys)
{
    ResourcePicker *picker = m_queryBar->resourcePicker();
    picker->setAccount(user, keys);
    if (!m_accountShown) {
        m_accountShown = true;
        picker->setFocus(); // it was disabled while the account loaded
        // The resource chosen last time; another user is fetched first (admins only).
        const QString saved = m_settings.resourceId;
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
    applyQuery();
}

void MainWindow::userLoaded(const User &user)
{
    m_otherUsers.removeIf([&user](const User &u) { return u.id == user.id; });
    m_otherUsers.append(user);
    if (m_retryTarget == RetryTarget::User)
        m_banner->clear();
    m_retryTarget = RetryTarget::Query;
    m_queryBar->resourcePicker()->addOtherUser(user); // signals resourceChanged
}

void MainWindow::accountFailed(const ApiError &error)
{
    m_retryTarget = m_accountShown ? RetryTarget::User : RetryTarget::Account;
    m_banner->showError(error.message());
}

void MainWindow::snapshotChanged(const DashboardSnapshot &snapshot)
{
    m_banner->clear();
    m_retryTarget = RetryTarget::Query;
    m_chart->setSnapshot(snapshot);
    m_table->setSnapshot(snapshot);
    m_quotas->setSummary(snapshot.summary, planFor(snapshot.query.resource));
    m_processLabel->setText(
        snapshot.processSeconds
            ? tr("Processing time in range: %1").arg(Formatting::duration(*snapshot.processSeconds))
            : tr("Processing time in range: —"));
    m_status->setUpdated(snapshot.fetchedAt);
    m_actions->exportCsv()->setEnabled(true);
    updateStaleness();
}

void MainWindow::failed(const ApiError &error)
{
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    m_retryTarget = RetryTarget::Query;
    m_banner->showError(error.message(), snapshot ? snapshot->fetchedAt : QDateTime());
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
        m_settings.resourceId = resource->settingsId();
    m_settings.scale = m_queryBar->scaleSelector()->scale();
    m_settings.preset = m_queryBar->rangeSelector()->preset();
    m_settings.customRange = m_queryBar->rangeSelector()->range();
    m_settings.showTable = m_actions->table()->isChecked();
    m_settings.save();
    applyQuery();
}

void MainWindow::applyQuery()
{
    const std::optional<Resource> resource = m_queryBar->resourcePicker()->currentResource();
    RangeSelector *range = m_queryBar->rangeSelector();
    if (!resource || !range->isValid())
        return; // no account yet, or the range is refused inline
    DashboardQuery query;
    query.resource = *resource;
    query.scale = m_queryBar->scaleSelector()->scale();
    query.range = range->range();
    query.firstDayOfWeek = QLocale().firstDayOfWeek();
    const bool current = query == m_state->query() &&
                         (m_state->isLoading() || (m_state->snapshot() && !m_state->isStale()));
    if (current)
        return;
    range->showProblem({});
    m_state->setQuery(query);
    updateStaleness();
}

void MainWindow::refresh()
{
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

void MainWindow::exportCsv()
{
    if (const std::optional<QString> done = CsvExportFlow::run(this, *m_state))
        statusBar()->showMessage(*done, 8000);
}

std::optional<QString> MainWindow::exportCsvTo(const QString &path) const
{
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    if (!snapshot)
        return tr("There is no data to export yet.");
    return saveExport(path, *snapshot, ExportFormat::Csv);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Geobox Usage"),
        tr("<h3>Geobox Usage %1</h3><p>How many API calls and how much traffic your Geobox "
           "account and each of its API keys use, against your plan's quotas.</p>"
           "<p>Server: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 m_serverLabel.toHtmlEscaped()));
}

void MainWindow::showTable(bool table)
{
    m_views->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
    (table ? m_actions->table() : m_actions->chart())->setChecked(true);
}

void MainWindow::updateTitle()
{
    const std::optional<User> user = m_state->user();
    if (m_demo)
        setWindowTitle(tr("Geobox Usage – Demo – %1").arg(m_serverLabel));
    else if (user)
        setWindowTitle(tr("Geobox Usage – %1@%2").arg(user->username, m_serverLabel));
    else
        setWindowTitle(tr("Geobox Usage – %1").arg(m_serverLabel));
}

void MainWindow::updateStaleness()
{
    // The last good data stays on screen, greyed, when it no longer answers the choice.
    const bool stale = m_state->snapshot() && m_state->isStale() &&
                       (!m_state->isLoading() || m_state->lastError().has_value());
    m_status->setStale(stale);
    if (stale && !m_content->graphicsEffect()) {
        auto *effect = new QGraphicsOpacityEffect(m_content);
        effect->setOpacity(0.55);
        m_content->setGraphicsEffect(effect); // owns it
    } else if (!stale && m_content->graphicsEffect()) {
        m_content->setGraphicsEffect(nullptr); // deletes it
    }
}

std::optional<Plan> MainWindow::planFor(const Resource &resource) const
{
    if (resource.kind == Resource::Kind::User) {
        for (const User &user : m_otherUsers) {
            if (user.id == resource.userId)
                return user.plan;
        }
        return std::nullopt;
    }
    const std::optional<User> me = m_state->user();
    return me ? me->plan : std::nullopt;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DashboardSettings::saveWindow(saveGeometry(), saveState());
    m_settings.save();
    QMainWindow::closeEvent(event);
}

} // namespace geobox
