#include "forecastflow.h"

#include "forecast/forecastpanel.h"
#include "insights/forecastcurve.h"
#include "usageclient.h"

namespace geobox {

ForecastFlow::ForecastFlow(UsageClient *client, ForecastPanel *panel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_panel(panel)
    , m_history(std::make_unique<StoredHourlyHistory>(client, nullptr))
{}

ForecastFlow::~ForecastFlow() = default;

void ForecastFlow::follow(const DashboardSnapshot &snapshot)
{
    if (!m_client || !m_panel)
        return;
    m_history->cancel();
    if (!snapshot.summary || !snapshot.user) {
        m_panel->clear();
        return;
    }
    m_summary = snapshot.summary;
    // The client's clock (the service's "now"; tests pin it), not the snapshot's wall clock.
    m_now = m_client->config().clock();
    m_zone = m_client->config().serviceTimeZone;
    const QString eid = QString::number(snapshot.user->id);
    // The past hours change only as an hour ends: within the hour, for the same account, the
    // ones read stand and only the summary (the use so far) is new.
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(
        m_now.toSecsSinceEpoch() - m_now.toSecsSinceEpoch() % 3600, QTimeZone::utc());
    if (eid == m_eid && hour == m_hour && m_calls && m_traffic) {
        show();
        return;
    }
    m_eid = eid;
    m_hour = hour;
    m_calls.reset();
    m_traffic.reset();
    m_panel->setLoading();
    const QDateTime from = forecastHistoryStart(m_now, m_zone);
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        m_history->hours(eid, metric, from, m_now,
                         [this, metric](const std::optional<UsageSeries> &hours,
                                        const std::optional<ApiError> &error) {
                             if (error || !hours) {
                                 m_history->cancel(); // the other answer is not needed now
                                 //: %1 the error's message.
                                 m_panel->setProblem(
                                     tr("The forecast could not be made: %1")
                                         .arg(error ? error->message() : QString()));
                                 return;
                             }
                             (metric == Metric::Calls ? m_calls : m_traffic) = hours->buckets;
                             if (m_calls && m_traffic)
                                 show();
                         });
    }
}

void ForecastFlow::show()
{
    if (!m_panel)
        return;
    const UsageSummary &summary = *m_summary;
    const QuotaForecasts forecasts = forecastQuotas(summary, *m_calls, *m_traffic, m_now, m_zone);
    const auto curve = [this](const QList<UsageBucket> &hours, const std::optional<Forecast> &f,
                              qint64 quota) -> std::optional<ForecastCurve> {
        if (!f)
            return std::nullopt;
        return forecastCurve(hours, *f, static_cast<double>(quota), m_now, m_zone);
    };
    m_panel->setForecasts(summary, forecasts,
                          curve(*m_calls, forecasts.monthlyCalls, summary.maxMonthlyApiCalls),
                          curve(*m_traffic, forecasts.monthlyTraffic, summary.maxMonthlyTraffic),
                          monthPeriod(m_now, m_zone).second);
    Q_EMIT forecastShown(forecasts);
}

} // namespace geobox
