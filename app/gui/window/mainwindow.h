#pragma once
// MainWindow: the dashboard window. It hands the query bar's query to
// DashboardState and draws whatever snapshot, refusal, error or loading state
// comes back; what is fetched, what Retry repeats and whether the data on
// screen answers the choice are the state's to decide, not the window's. With
// an AccountController it has the Account menu and follows who is signed in.
// (Its menus and their commands are in mainwindowmenus.cpp.)

#include "breakdownstate.h"
#include "dashboardstate.h"
#include "dialogs/otheruserdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "preferences.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace geobox {

class AccountController;
class AccountFlow;
class Preferences;
class AutoRefresh;
class ComparisonFlow;
class AlertFlow;
class QuotaChangeFlow;
class ForecastFlow;
class DashboardActions;
class DashboardPage;
class ErrorBanner;
class QueryBar;
class SettingsFlow;
class SnapshotView;
class StatusLine;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // serverLabel: "api.geobox.ir" or "127.0.0.1:8080", for the title. demo: the
    // numbers come from the built-in stand-in, which the title and status bar say.
    // account and preferences may be null: no Account menu, no Settings (as in demo mode
    // for the account).
    MainWindow(DashboardState *state, AccountController *account, Preferences *preferences,
               const QString &serverLabel, bool demo, QWidget *parent = nullptr);
    MainWindow(DashboardState *state, const QString &serverLabel, bool demo,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The service's current day, from the client's clock (pinned in tests):
    // ClientConfig::today().
    QDate today() const;
    // Writes the snapshot on screen as CSV; nullopt on success, else why not.
    std::optional<QString> exportCsvTo(const QString &path) const;

    // Settings…; null without Preferences.
    SettingsFlow *settingsFlow() const { return m_settingsFlow; }
    // The Account menu's flow (sign-in dialog, sign-out question); null without an account.
    AccountFlow *accountFlow() const { return m_accountFlow; }
    AutoRefresh *autoRefresh() const { return m_autoRefresh; }
    ComparisonFlow *comparisonFlow() const { return m_comparison; }
    AlertFlow *alertFlow() const { return m_alerts; }
    QuotaChangeFlow *quotaChangeFlow() const { return m_quotaChanges; }
    ForecastFlow *forecastFlow() const { return m_forecastFlow; }
    DashboardActions *dashboardActions() const { return m_actions; }
    // Help › Keyboard Shortcuts, while it is open.
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }
    // "Another user…", while it is open.
    OtherUserDialog *otherUserDialog() const { return m_otherUser; }
    bool isAutoRefreshActive() const;
    // The per-key breakdown behind the By key view.
    BreakdownState *breakdownState() const { return m_breakdown; }

    // DisplayCalendar changed: every date on screen is written again in it, and a preset
    // that means "this month" is the new calendar's month.
    void displayCalendarChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    DashboardPage *createCentral();
    void connectState();
    void connectAccount();

    void accountLoaded(const User &user, const QList<ApiKey> &keys);
    void userLoaded(const User &user);
    void accountFailed(const ApiError &error);
    void userFailed(qint64 userId, const ApiError &error);
    void snapshotChanged(const DashboardSnapshot &snapshot);
    void failed(const ApiError &error);
    void loadingChanged(bool loading);
    void signedIn();
    void signedOut();
    // Nothing of an account on screen: the placeholder in the resource picker.
    void clearAccount(const QString &placeholder);
    bool offersSignIn(const ApiError &error) const;

    // The query bar's query changed: kept in Preferences and handed to the state.
    void queryChosen(const DashboardQuery &query);
    void saveView();
    void refresh();
    void retry();
    void askForOtherUser();
    void showShortcuts();
    // Earlier (-1) or Later (1) Period: the range moved by its own length.
    void stepRange(int steps);
    void updatePeriodActions();
    void exportCsv();
    void showTable(bool table);
    // The By key view (mainwindowbreakdown.cpp): its state wired to the window, and the
    // breakdown of the query on screen asked for while it is shown.
    void connectBreakdown();
    void showBreakdown();
    void requestBreakdown();
    void updateTitle();
    void updateStaleness();

    DashboardState *m_state;
    AccountController *m_account;
    Preferences *m_preferences;
    QString m_serverLabel;
    bool m_demo;
    DashboardView m_view; // what is on screen, kept in Preferences
    bool m_accountShown = false;
    bool m_dataShown = false;
    bool m_refetchOnLoad = false;
    QString m_signedInAs;

    DashboardActions *m_actions;
    AccountFlow *m_accountFlow = nullptr;
    AutoRefresh *m_autoRefresh;
    ComparisonFlow *m_comparison = nullptr;
    AlertFlow *m_alerts = nullptr;
    QuotaChangeFlow *m_quotaChanges = nullptr;
    ForecastFlow *m_forecastFlow = nullptr;
    SettingsFlow *m_settingsFlow = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<OtherUserDialog> m_otherUser;

    QueryBar *m_queryBar = nullptr;
    DashboardPage *m_page = nullptr;
    ErrorBanner *m_banner = nullptr;
    SnapshotView *m_content = nullptr;
    StatusLine *m_status = nullptr;
    std::unique_ptr<SeriesSource> m_seriesSource;
    BreakdownState *m_breakdown = nullptr;
};

} // namespace geobox
