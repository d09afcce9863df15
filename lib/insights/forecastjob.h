#pragma once
// ForecastJob: the six quotas' forecast for one account as one piece of work: reads the hours
// of calls and traffic it needs through the HourlyHistory seam, then computes them
// (forecastQuotas) against the summary it was given. Ends once: succeeded or failed.

#include "insights/hourlyhistory.h"
#include "insights/quotaforecasts.h"

#include <QObject>
#include <QTimeZone>

namespace geobox {

class ForecastJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastJob)

public:
    // `history` must outlive the job. `eid`: the user's id (the account).
    ForecastJob(HourlyHistory *history, QString eid, UsageSummary summary, QDateTime now,
                QTimeZone zone, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void succeeded(const geobox::QuotaForecasts &forecasts);
    void failed(const geobox::ApiError &error);

private:
    void answer(Metric metric, const std::optional<UsageSeries> &hours,
                const std::optional<ApiError> &error);

    HourlyHistory *m_history;
    QString m_eid;
    UsageSummary m_summary;
    QDateTime m_now;
    QTimeZone m_zone;
    std::optional<QList<UsageBucket>> m_calls;
    std::optional<QList<UsageBucket>> m_traffic;
    bool m_done = false;
};

} // namespace geobox
