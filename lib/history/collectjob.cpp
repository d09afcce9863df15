#include "collectjob.h"

#include "historyseriesjob.h"
#include "historystore.h"
#include "seriesplan.h"

namespace geobox {

CollectJob::CollectJob(UsageClient *client, HistoryStore *store, const HistoryScope &scope,
                       const QList<CollectTarget> &targets, const QList<Scale> &scales,
                       const QList<Metric> &metrics, const DateRange &days, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_scope(scope)
    , m_targets(targets)
    , m_scales(scales)
    , m_metrics(metrics)
    , m_days(days)
{}

CollectJob::~CollectJob()
{
    abort();
}

void CollectJob::start()
{
    if (m_current >= 0 || m_finished)
        return;
    next();
}

void CollectJob::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    const QList<QPointer<HistorySeriesJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<HistorySeriesJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void CollectJob::next()
{
    ++m_current;
    if (m_current >= m_targets.size() || !m_client) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    const CollectTarget &target = m_targets[m_current];
    m_currentError.reset();
    const QDate today = m_client->config().today();
    // Every scale and metric of one resource at once; the resources one after another.
    QList<HistorySeriesRequest> requests;
    for (const Scale scale : m_scales) {
        for (const SeriesPart &part : seriesParts(scale, m_days, today)) {
            for (const Metric metric : m_metrics)
                requests.append({target.eid, target.resource, part.scale, metric, part.days});
        }
    }
    m_running = int(requests.size());
    if (requests.isEmpty()) {
        Q_EMIT progress(target, int(m_current + 1), int(m_targets.size()), false);
        next();
        return;
    }
    for (const HistorySeriesRequest &request : requests) {
        auto *job = new HistorySeriesJob(m_client, m_store, m_scope, request,
                                         HistorySeriesJob::Mode::ReadThrough, this);
        m_jobs.append(job);
        connect(job, &HistorySeriesJob::succeeded, this,
                [this, job] { seriesEnded(job, std::nullopt); });
        connect(job, &HistorySeriesJob::failed, this,
                [this, job](const ApiError &error) { seriesEnded(job, error); });
    }
    const QList<QPointer<HistorySeriesJob>> started = m_jobs;
    for (const QPointer<HistorySeriesJob> &job : started) {
        if (job && !m_finished)
            job->start();
    }
}

void CollectJob::seriesEnded(HistorySeriesJob *job, const std::optional<ApiError> &error)
{
    m_requests += job->requestsSent();
    m_jobs.removeAll(job);
    if (m_finished)
        return;
    if (error && !m_currentError)
        m_currentError = error;
    if (--m_running > 0)
        return;
    const CollectTarget &target = m_targets[m_current];
    if (m_currentError)
        m_failures.append({target, *m_currentError});
    Q_EMIT progress(target, int(m_current + 1), int(m_targets.size()), m_currentError.has_value());
    next();
}

} // namespace geobox
