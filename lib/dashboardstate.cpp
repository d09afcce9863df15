#include "dashboardstate.h"

#include <memory>

namespace geobox {

// What one fetch has gathered so far; complete when every asked-for piece is in.
struct DashboardState::Pending
{
    quint64 generation = 0;
    DashboardQuery query;
    std::optional<UsageSeries> calls;
    std::optional<UsageSeries> traffic;
    std::optional<double> process;
    std::optional<UsageSummary> summary;

    bool complete() const
    {
        return (!query.calls || calls) && (!query.traffic || traffic) &&
               (!query.process || process) && (!query.summary || summary);
    }
};

DashboardState::DashboardState(UsageClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DashboardState::~DashboardState()
{
    abortInFlight(false);
}

void DashboardState::loadAccount()
{
    struct Gathered
    {
        std::optional<User> user;
        std::optional<QList<ApiKey>> keys;
        bool failed = false;
    };
    auto gathered = std::make_shared<Gathered>();
    auto done = [this, gathered] {
        if (gathered->failed || !gathered->user || !gathered->keys)
            return;
        m_user = gathered->user;
        m_keys = *gathered->keys;
        Q_EMIT accountLoaded(*m_user, m_keys);
    };
    auto fail = [this, gathered](const ApiError &error) {
        if (gathered->failed)
            return;
        gathered->failed = true;
        Q_EMIT accountFailed(error);
    };
    UserJob *me = m_client->currentUser();
    connect(me, &UserJob::succeeded, this, [gathered, done](const User &user) {
        gathered->user = user;
        done();
    });
    connect(me, &ApiJob::failed, this, fail);
    ApiKeysJob *keys = m_client->apiKeys();
    connect(keys, &ApiKeysJob::succeeded, this, [gathered, done](const QList<ApiKey> &list) {
        gathered->keys = list;
        done();
    });
    connect(keys, &ApiJob::failed, this, fail);
}

void DashboardState::loadUser(qint64 userId)
{
    UserJob *job = m_client->user(userId);
    connect(job, &UserJob::succeeded, this, &DashboardState::userLoaded);
    connect(job, &ApiJob::failed, this, &DashboardState::accountFailed);
}

void DashboardState::setQuery(const DashboardQuery &query)
{
    m_query = query;
    if (const std::optional<ApiError> invalid = query.validate()) {
        // Nothing is fetched for a query that cannot be answered; what is in flight
        // belongs to an older query and is dropped.
        abortInFlight();
        Q_EMIT queryInvalid(*invalid);
        return;
    }
    startFetch(false);
}

void DashboardState::refresh()
{
    if (m_query.validate())
        return;
    startFetch(true);
}

void DashboardState::retry()
{
    setQuery(m_query);
}

void DashboardState::cancel()
{
    abortInFlight();
}

bool DashboardState::isStale() const
{
    return m_snapshot && (m_lastError.has_value() || !(m_snapshot->query == m_query));
}

void DashboardState::abortInFlight(bool announce)
{
    ++m_generation; // answers still on their way are ignored from here on
    const bool wasLoading = m_pending != nullptr;
    m_pending.reset();
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_inFlight, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    if (wasLoading && announce)
        Q_EMIT loadingChanged(false);
}

void DashboardState::track(ApiJob *job)
{
    m_inFlight.append(job);
    connect(job, &ApiJob::finished, this, [this] {
        m_inFlight.removeIf(
            [](const QPointer<ApiJob> &j) { return j.isNull() || j->isFinished(); });
    });
}

void DashboardState::startFetch(bool update)
{
    const bool wasLoading = m_pending != nullptr;
    abortInFlight(false);
    const quint64 generation = m_generation;
    m_pending = std::make_unique<Pending>();
    m_pending->generation = generation;
    m_pending->query = m_query;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);

    if (!update) {
        launchQueries();
        return;
    }
    SummaryJob *job = m_client->updateUsage(m_query.resource.userIdParameter());
    track(job);
    connect(job, &SummaryJob::succeeded, this, [this, generation] {
        if (generation == m_generation && m_pending)
            launchQueries();
    });
    connect(job, &ApiJob::failed, this,
            [this, generation](const ApiError &error) { jobFailed(generation, error); });
}

void DashboardState::launchQueries()
{
    const quint64 generation = m_generation;
    const DashboardQuery &q = m_pending->query;
    const QTimeZone zone = m_client->config().serviceTimeZone;
    const UsageRange range = UsageRange::wholeDays(q.range.first, q.range.last, zone);
    auto failed = [this, generation](const ApiError &error) { jobFailed(generation, error); };

    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if (!(metric == Metric::Calls ? q.calls : q.traffic))
            continue;
        UsageSeriesJob *job = m_client->apiUsage({.eid = q.resource.eid(),
                                                  .scale = q.scale,
                                                  .metric = metric,
                                                  .range = range,
                                                  .firstDayOfWeek = q.firstDayOfWeek});
        track(job);
        connect(job, &UsageSeriesJob::succeeded, this,
                [this, generation, metric](const UsageSeries &series) {
                    if (generation != m_generation || !m_pending)
                        return;
                    (metric == Metric::Calls ? m_pending->calls : m_pending->traffic) = series;
                    maybeComplete(generation);
                });
        connect(job, &ApiJob::failed, this, failed);
    }
    if (q.process) {
        ProcessUsageJob *job =
            m_client->processUsage({.userId = q.resource.userIdParameter(), .range = range});
        track(job);
        connect(job, &ProcessUsageJob::succeeded, this, [this, generation](double seconds) {
            if (generation != m_generation || !m_pending)
                return;
            m_pending->process = seconds;
            maybeComplete(generation);
        });
        connect(job, &ApiJob::failed, this, failed);
    }
    if (q.summary) {
        SummaryJob *job = m_client->usageSummary(q.resource.userIdParameter());
        track(job);
        connect(job, &SummaryJob::succeeded, this, [this, generation](const UsageSummary &summary) {
            if (generation != m_generation || !m_pending)
                return;
            m_pending->summary = summary;
            maybeComplete(generation);
        });
        connect(job, &ApiJob::failed, this, failed);
    }
}

void DashboardState::jobFailed(quint64 generation, const ApiError &failure)
{
    if (generation != m_generation || !m_pending || failure.kind() == ApiError::Kind::Cancelled)
        return;
    const ApiError error = failure; // the job's own copy ends with the job
    // One failed piece fails the fetch: a snapshot is complete or not shown at all.
    abortInFlight();
    m_lastError = error;
    Q_EMIT failed(error);
}

void DashboardState::maybeComplete(quint64 generation)
{
    if (generation != m_generation || !m_pending || !m_pending->complete())
        return;
    DashboardSnapshot snapshot;
    snapshot.query = m_pending->query;
    snapshot.rows = mergeSeries(m_pending->calls, m_pending->traffic);
    snapshot.processSeconds = m_pending->process;
    snapshot.summary = m_pending->summary;
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    m_pending.reset();
    m_inFlight.clear();
    m_snapshot = std::move(snapshot);
    m_lastError.reset();
    Q_EMIT snapshotChanged(*m_snapshot);
    Q_EMIT loadingChanged(false);
}

} // namespace geobox
