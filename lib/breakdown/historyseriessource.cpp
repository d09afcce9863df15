#include "historyseriessource.h"

#include "dashboardstate.h"
#include "historyseriesjob.h"
#include "historystore.h"

#include <QTimer>

namespace geobox {

namespace {

// A SeriesFetch that is one HistorySeriesJob. The job starts on the next turn of the event
// loop: a store that covers the days answers from start() itself, and the caller connects
// to the fetch only after fetch() returns it.
class HistorySeriesFetch final : public SeriesFetch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySeriesFetch)

public:
    explicit HistorySeriesFetch(HistorySeriesJob *job)
        : m_job(job)
    {
        job->setParent(this);
        connect(job, &HistorySeriesJob::succeeded, this, &SeriesFetch::succeeded);
        connect(job, &HistorySeriesJob::failed, this, &SeriesFetch::failed);
        connect(job, &HistorySeriesJob::retrying, this,
                [this](int, std::chrono::milliseconds delay, const ApiError &error) {
                    if (error.kind() == ApiError::Kind::RateLimited)
                        Q_EMIT rateLimited(delay);
                });
        connect(job, &HistorySeriesJob::finished, this, &QObject::deleteLater);
        QTimer::singleShot(0, this, [this] {
            if (m_job && !m_aborted && !m_job->isFinished())
                m_job->start();
        });
    }

    void abort() override
    {
        // Started or not, the job ends through failed(Cancelled).
        m_aborted = true;
        if (m_job)
            m_job->abort();
    }

private:
    QPointer<HistorySeriesJob> m_job;
    bool m_aborted = false;
};

} // namespace

HistorySeriesSource::HistorySeriesSource(DashboardState *state)
    : m_state(state)
{}

SeriesFetch *HistorySeriesSource::fetch(const SeriesRequest &request)
{
    UsageClient *client = m_state ? m_state->client() : nullptr;
    HistoryStore *store = m_state ? m_state->history() : nullptr;
    const HistoryScope scope = m_state ? m_state->historyScope() : HistoryScope{};
    if (!store || !store->isOpen() || !scope.isValid())
        return ClientSeriesSource(client).fetch(request);
    HistorySeriesRequest series;
    series.eid = request.resource.eid();
    series.resource = request.resource.settingsId();
    series.scale = request.scale;
    series.metric = request.metric;
    series.days = request.days;
    return new HistorySeriesFetch(new HistorySeriesJob(client, store, scope, series));
}

} // namespace geobox

#include "historyseriessource.moc"
