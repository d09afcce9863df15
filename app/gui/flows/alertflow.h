#pragma once
// AlertFlow: the window's alerts. After each snapshot with a summary it reads the account's
// recent hours (HourlyHistory), forecasts the quotas and finds spikes, lets lib's
// AlertEvaluator decide what fires (once per period, through an AlertMemory), and delivers
// it as a desktop notification whose action brings the window to that quota's card. A tray
// icon, where a system tray exists, shows the worst quota's share.
//
// The memory is the history store's (HistoryAlertMemory) when the state has one open, so
// that a restart does not repeat an alert; else InMemoryAlertMemory (the run only, as under
// --no-history).

#include "dashboardsnapshot.h"
#include "insights/alertmemory.h"
#include "insights/alertrules.h"
#include "storedhourlyhistory.h"
#include "usageclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <memory>

class QSystemTrayIcon;
class QWidget;

namespace geobox {

class DashboardState;
class DesktopNotifier;
class QuotaPanel;

class AlertFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertFlow)

public:
    AlertFlow(UsageClient *client, QWidget *window, QuotaPanel *quotas, QObject *parent = nullptr);
    ~AlertFlow() override;

    void setRules(const AlertRules &rules);
    // With the state's history store open, what fired is kept there (per server and user),
    // so a restart does not say it again; else for this run only.
    void setHistory(DashboardState *state);
    AlertRules rules() const { return m_evaluator.rules(); }
    // The snapshot now on screen.
    void follow(const DashboardSnapshot &snapshot);
    // Brings the window forward and focuses what an action key names ("quota:monthly_api_calls",
    // "spike:..."): what a click on a notification's action does.
    void showTarget(const QString &actionKey);

    DesktopNotifier *notifier() const { return m_notifier; }
    QSystemTrayIcon *tray() const { return m_tray; }

Q_SIGNALS:
    // The alerts evaluate() decided on after a snapshot (delivered, or not when no
    // notification service answers).
    void alerted(const QList<geobox::Alert> &alerts);

private:
    void evaluate();
    // Runs `use` with the evaluator keeping what fired in the history store when it can,
    // else in this run's memory.
    void withMemory(const std::function<void()> &use);
    void updateTray(const UsageSummary &summary);

    QPointer<UsageClient> m_client;
    QPointer<QWidget> m_window;
    QPointer<QuotaPanel> m_quotas;
    InMemoryAlertMemory m_memory;
    QPointer<DashboardState> m_state;
    AlertEvaluator m_evaluator;
    std::unique_ptr<StoredHourlyHistory> m_history;
    DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    // The snapshot being evaluated and the hours answered for it.
    std::optional<DashboardSnapshot> m_snapshot;
    std::optional<QList<UsageBucket>> m_calls;
    std::optional<QList<UsageBucket>> m_traffic;
    QTimeZone m_zone;
    QHash<uint, QString> m_actions; // notification id -> action key
    struct Pending
    {
        QString actionKey;
        Alert alert;
    };
    QHash<int, Pending> m_pending; // a request not yet answered
    int m_lastRequest = 0;
};

} // namespace geobox
