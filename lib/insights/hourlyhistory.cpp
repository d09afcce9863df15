#include "hourlyhistory.h"

#include "usageclient.h"

#include <QCoreApplication>

namespace geobox {

ServiceHourlyHistory::ServiceHourlyHistory(UsageClient *client)
    : m_client(client)
{}

ServiceHourlyHistory::~ServiceHourlyHistory()
{
    cancel();
}

void ServiceHourlyHistory::hours(const QString &eid, Metric metric, const QDateTime &from,
                                 const QDateTime &to, Done done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done] { done(std::nullopt, ApiError::invalidRequest(QStringLiteral("no client"))); },
            Qt::QueuedConnection);
        return;
    }
    ApiUsageRequest request;
    request.eid = eid;
    request.scale = Scale::Hour;
    request.metric = metric;
    request.range = UsageRange::between(from, to);
    UsageSeriesJob *job = m_client->apiUsage(request);
    m_jobs.append(job);
    const std::shared_ptr<bool> live = m_live;
    QObject::connect(job, &UsageSeriesJob::succeeded, job, [done, live](const UsageSeries &series) {
        if (*live)
            done(series, std::nullopt);
    });
    QObject::connect(job, &ApiJob::failed, job, [done, live](const ApiError &error) {
        if (*live)
            done(std::nullopt, error);
    });
}

void ServiceHourlyHistory::cancel()
{
    *m_live = false;
    m_live = std::make_shared<bool>(true);
    for (const QPointer<UsageSeriesJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    m_jobs.clear();
}

} // namespace geobox
