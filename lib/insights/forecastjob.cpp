#include "forecastjob.h"

#include <QPointer>

namespace geobox {

ForecastJob::ForecastJob(HourlyHistory *history, QString eid, UsageSummary summary, QDateTime now,
                         QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_eid(std::move(eid))
    , m_summary(summary)
    , m_now(std::move(now))
    , m_zone(std::move(zone))
{}

void ForecastJob::start()
{
    const QDateTime from = forecastHistoryStart(m_now, m_zone);
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        m_history->hours(
            m_eid, metric, from, m_now,
            [self = QPointer<ForecastJob>(this), metric](const std::optional<UsageSeries> &hours,
                                                         const std::optional<ApiError> &error) {
                if (self)
                    self->answer(metric, hours, error);
            });
    }
}

void ForecastJob::answer(Metric metric, const std::optional<UsageSeries> &hours,
                         const std::optional<ApiError> &error)
{
    if (m_done)
        return;
    if (error || !hours) {
        m_done = true;
        m_history->cancel();
        Q_EMIT failed(error.value_or(ApiError::badResponse(QStringLiteral("no hours"))));
        return;
    }
    (metric == Metric::Calls ? m_calls : m_traffic) = hours->buckets;
    if (!m_calls || !m_traffic)
        return;
    m_done = true;
    Q_EMIT succeeded(forecastQuotas(m_summary, *m_calls, *m_traffic, m_now, m_zone));
}

} // namespace geobox
