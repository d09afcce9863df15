#include "seriessource.h"

#include "usageclient.h"

namespace geobox {

namespace {

// A SeriesFetch that is one usage/api job.
class ClientSeriesFetch final : public SeriesFetch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSeriesFetch)

public:
    explicit ClientSeriesFetch(UsageSeriesJob *job)
        : m_job(job)
    {
        connect(job, &UsageSeriesJob::succeeded, this, &SeriesFetch::succeeded);
        connect(job, &ApiJob::failed, this, &SeriesFetch::failed);
        connect(job, &ApiJob::retrying, this,
                [this](int, std::chrono::milliseconds delay, const ApiError &error) {
                    if (error.kind() == ApiError::Kind::RateLimited)
                        Q_EMIT rateLimited(delay);
                });
        connect(job, &ApiJob::finished, this, &QObject::deleteLater);
    }

    void abort() override
    {
        if (m_job)
            m_job->abort();
    }

private:
    QPointer<UsageSeriesJob> m_job;
};

} // namespace

ClientSeriesSource::ClientSeriesSource(UsageClient *client)
    : m_client(client)
{}

SeriesFetch *ClientSeriesSource::fetch(const SeriesRequest &request)
{
    ApiUsageRequest call;
    call.eid = request.resource.eid();
    call.scale = request.scale;
    call.metric = request.metric;
    call.range = UsageRange::wholeDays(request.days.first, request.days.last,
                                       m_client->config().serviceTimeZone);
    return new ClientSeriesFetch(m_client->apiUsage(call));
}

} // namespace geobox

#include "seriessource.moc"
