#include "alertflow.h"

#include "dashboardstate.h"
#include "historyalertmemory.h"

#include "alerttext.h"
#include "desktopnotifier.h"
#include "insights/quotaforecasts.h"
#include "quota/quotacard.h"
#include "quota/quotapanel.h"
#include "usageclient.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

#include <cmath>

namespace geobox {

namespace {

// The card that shows a quota's key.
QuotaCard *cardFor(QuotaPanel *panel, const QString &key)
{
    const char *name = key == QLatin1String("monthly_api_calls") ? "quotaCallsMonth"
                       : key == QLatin1String("daily_api_calls") ? "quotaCallsToday"
                       : key == QLatin1String("monthly_traffic") ? "quotaTrafficMonth"
                       : key == QLatin1String("daily_traffic")   ? "quotaTrafficToday"
                       : key == QLatin1String("monthly_process") ? "quotaProcessMonth"
                                                                 : "quotaProcessToday";
    return panel ? panel->findChild<QuotaCard *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

AlertFlow::AlertFlow(UsageClient *client, QWidget *window, QuotaPanel *quotas, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_quotas(quotas)
    , m_evaluator({}, &m_memory)
    , m_history(std::make_unique<StoredHourlyHistory>(client, nullptr))
    , m_notifier(new DesktopNotifier(QApplication::applicationDisplayName(), this))
{
    connect(m_notifier, &DesktopNotifier::sent, this, [this](int request, uint id) {
        m_actions.insert(id, m_pending.take(request).actionKey);
    });
    // Not said, so not remembered as said: the next snapshot may fire it again.
    connect(m_notifier, &DesktopNotifier::failed, this, [this](int request, const QString &) {
        if (!m_pending.contains(request))
            return;
        const Alert alert = m_pending.take(request).alert;
        withMemory([this, &alert] { m_evaluator.undo(alert); });
    });
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](uint id, const QString &key) {
        if (m_actions.contains(id))
            showTarget(key);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setIcon(QIcon(QStringLiteral(":/geobox/icons/geobox-usage.svg")));
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this] { showTarget(QStringLiteral("quota:")); });
    }
}

AlertFlow::~AlertFlow() = default;

void AlertFlow::setRules(const AlertRules &rules)
{
    m_evaluator.setRules(rules);
}

void AlertFlow::setHistory(DashboardState *state)
{
    m_state = state;
    m_history->setStore(state ? state->history() : nullptr);
}

void AlertFlow::follow(const DashboardSnapshot &snapshot)
{
    if (!snapshot.summary || !snapshot.user)
        return;
    updateTray(*snapshot.summary);
    // Nothing to deliver to: no notification service on the session bus (and so no call for
    // the hours; the tray, where there is one, still shows the shares).
    if (!m_notifier->isAvailable())
        return;
    m_history->cancel();
    m_snapshot = snapshot;
    m_calls.reset();
    m_traffic.reset();
    const QString eid = QString::number(snapshot.user->id);
    const QDateTime now = snapshot.fetchedAt;
    m_zone = m_client ? m_client->config().serviceTimeZone : QTimeZone::utc();
    const QDateTime from = forecastHistoryStart(now, m_zone);
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        m_history->hours(eid, metric, from, now,
                         [this, metric](const std::optional<UsageSeries> &hours,
                                        const std::optional<ApiError> &error) {
                             if (error || !hours)
                                 return; // no alerts this time; the next snapshot tries again
                             (metric == Metric::Calls ? m_calls : m_traffic) = hours->buckets;
                             if (m_calls && m_traffic)
                                 evaluate();
                         });
    }
}

void AlertFlow::evaluate()
{
    const DashboardSnapshot &snapshot = *m_snapshot;
    const AlertInput input =
        alertInputFor(*snapshot.summary, *m_calls, *m_traffic, snapshot.fetchedAt, m_zone,
                      m_evaluator.rules().spikeRule);
    QList<Alert> alerts;
    withMemory([this, &alerts, &input] { alerts = m_evaluator.evaluate(input); });
    for (const Alert &alert : alerts) {
        DesktopNotification n;
        n.summary = AlertText::title(alert);
        n.body = AlertText::body(alert, input.summary);
        n.actionKey = alert.kind == Alert::Kind::Spike ? QStringLiteral("spike:") + alert.periodKey
                                                       : QStringLiteral("quota:") + alert.quota;
        n.actionLabel = tr("Show");
        n.critical = alert.level == AlertLevel::Critical;
        const int request = ++m_lastRequest;
        m_pending.insert(request, {n.actionKey, alert});
        m_notifier->notify(n, request);
    }
    Q_EMIT alerted(alerts);
}

void AlertFlow::withMemory(const std::function<void()> &use)
{
    HistoryAlertMemory stored(m_state ? m_state->history() : nullptr,
                              m_state ? m_state->historyScope() : HistoryScope{});
    m_evaluator.setMemory(stored.isUsable() ? static_cast<AlertMemory *>(&stored) : &m_memory);
    use();
    m_evaluator.setMemory(&m_memory);
}

void AlertFlow::showTarget(const QString &actionKey)
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (actionKey.startsWith(QLatin1String("quota:")) && actionKey.size() > 6) {
        if (QuotaCard *card = cardFor(m_quotas, actionKey.mid(6)))
            card->setFocus(Qt::OtherFocusReason);
    } else if (actionKey.startsWith(QLatin1String("spike:")) && m_quotas) {
        if (QuotaCard *card = m_quotas->callsToday())
            card->setFocus(Qt::OtherFocusReason);
    }
}

void AlertFlow::updateTray(const UsageSummary &summary)
{
    if (!m_tray)
        return;
    double worst = -1;
    for (const Quota &q : {summary.dailyCalls(), summary.monthlyCalls(),
                           summary.dailyTrafficQuota(), summary.monthlyTrafficQuota(),
                           summary.dailyProcessQuota(), summary.monthlyProcessQuota()}) {
        if (const std::optional<double> f = q.fraction())
            worst = std::max(worst, *f);
    }
    if (worst < 0) {
        m_tray->setToolTip(tr("Geobox Usage: no quota limit known"));
        m_tray->show();
        return;
    }
    const int percent = static_cast<int>(std::floor(worst * 100));
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(worst >= 1.0   ? QColor(0xc6, 0x28, 0x28)
                   : worst >= 0.8 ? QColor(0xef, 0x8f, 0x00)
                                  : QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(pixmap.rect(), 12, 12);
        p.setPen(Qt::white);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(percent >= 100 ? 24 : 30);
        p.setFont(font);
        p.drawText(pixmap.rect(), Qt::AlignCenter, QString::number(percent));
    }
    m_tray->setIcon(QIcon(pixmap));
    //: The tray's tooltip: %1 the highest share of any quota used.
    m_tray->setToolTip(tr("Geobox Usage: the fullest quota is at %1%").arg(percent));
    m_tray->show();
}

} // namespace geobox
