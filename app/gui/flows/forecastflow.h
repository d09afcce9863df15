#pragma once
// ForecastFlow: the Forecast view's figures. For the snapshot on screen (while the view is
// shown) it reads the account's hours of calls and traffic (through the history store: this month
// and the past weeks), lets lib forecast the quotas (forecastQuotas) and lay out the two "this
// month" curves (forecastCurve), and hands them to the ForecastPanel; a failure is said there.

#include "dashboardsnapshot.h"
#include "insights/quotaforecasts.h"
#include "storedhourlyhistory.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace geobox {

class ForecastPanel;
class UsageClient;

class ForecastFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastFlow)

public:
    ForecastFlow(UsageClient *client, ForecastPanel *panel, QObject *parent = nullptr);
    ~ForecastFlow() override;

    // The hours are read through this store (null: from the service alone).
    void setHistory(HistoryStore *store) { m_history->setStore(store); }

    // The snapshot now on screen; nothing is asked for one without a summary or a user.
    void follow(const DashboardSnapshot &snapshot);

Q_SIGNALS:
    // The panel shows the forecasts of the last snapshot followed (tests wait for it).
    void forecastShown(const geobox::QuotaForecasts &forecasts);

private:
    void show();

    QPointer<UsageClient> m_client;
    QPointer<ForecastPanel> m_panel;
    std::unique_ptr<StoredHourlyHistory> m_history;
    std::optional<UsageSummary> m_summary;
    QDateTime m_now;
    QString m_eid;    // whose hours these are
    QDateTime m_hour; // the hour they were read in
    QTimeZone m_zone;
    std::optional<QList<UsageBucket>> m_calls;
    std::optional<QList<UsageBucket>> m_traffic;
};

} // namespace geobox
