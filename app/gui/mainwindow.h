#pragma once
// MainWindow: the dashboard window. It forms the query from its controls and
// hands it to DashboardState, then draws whatever snapshot, error or loading
// state comes back; it never touches the network or the numbers' logic.

#include "dashboardsettings.h"
#include "dashboardstate.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QStackedWidget;

namespace geobox {

class DashboardActions;
class ErrorBanner;
class QueryBar;
class QuotaPanel;
class StatusLine;
class UsageChartView;
class UsageTableView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // serverLabel: "api.geobox.ir" or "127.0.0.1:8080", for the title. demo: the
    // numbers come from the built-in stand-in, which the title and status bar say.
    MainWindow(DashboardState *state, const QString &serverLabel, bool demo,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The service's current day, from the client's clock (pinned in tests).
    QDate today() const;
    // Writes the snapshot on screen as CSV; nullopt on success, else why not.
    std::optional<QString> exportCsvTo(const QString &path) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class RetryTarget
    {
        Query,
        Account,
        User
    };

    void createMenus();
    QWidget *createCentral();
    void connectState();

    void accountLoaded(const User &user, const QList<ApiKey> &keys);
    void userLoaded(const User &user);
    void accountFailed(const ApiError &error);
    void snapshotChanged(const DashboardSnapshot &snapshot);
    void failed(const ApiError &error);
    void loadingChanged(bool loading);

    void choicesChanged();
    void applyQuery();
    void refresh();
    void retry();
    void askForOtherUser();
    void exportCsv();
    void about();
    void showTable(bool table);
    void updateTitle();
    void updateStaleness();
    std::optional<Plan> planFor(const Resource &resource) const;

    DashboardState *m_state;
    QString m_serverLabel;
    bool m_demo;
    DashboardSettings m_settings;
    bool m_accountShown = false;
    RetryTarget m_retryTarget = RetryTarget::Query;
    qint64 m_requestedUserId = 0;
    QList<User> m_otherUsers;

    DashboardActions *m_actions;

    QueryBar *m_queryBar = nullptr;
    ErrorBanner *m_banner = nullptr;
    QWidget *m_content = nullptr;
    QuotaPanel *m_quotas = nullptr;
    QStackedWidget *m_views = nullptr;
    UsageChartView *m_chart = nullptr;
    UsageTableView *m_table = nullptr;
    QLabel *m_processLabel = nullptr;
    StatusLine *m_status = nullptr;
};

} // namespace geobox
