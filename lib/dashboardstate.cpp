#include "dashboardstate.h"

#include "seriesplan.h"

#include <algorithm>
#include <memory>

namespace geobox {

namespace {

// The answers of one metric's series: one per part (seriesParts), in order.
struct SeriesAnswers
{
    QList<SeriesPart> parts;
    QList<std::optional<QList<UsageBucket>>> answers;

    bool complete() const
    {
        return std::all_of(answers.begin(), answers.end(),
                           [](const auto &answer) { return answer.has_value(); });
    }
    QList<QList<UsageBucket>> values() const
    {
        QList<QList<UsageBucket>> out;
        out.reserve(answers.size());
        for (const auto &answer : answers)
            out.append(*answer);
        return out;
    }
};

} // namespace

// What one fetch has gathered so far; complete when every asked-for piece is in.
struct DashboardState::Pending
{
    quint64 generation = 0;
    DashboardQuery query;
    std::optional<SeriesAnswers> calls;
    std::optional<SeriesAnswers> traffic;
    std::optional<double> process;
    std::optional<UsageSummary> summary;
    // A refresh: the summary comes from POST usage/update, read alongside the series.
    bool update = false;
    // The update failed: the rest still answers, the summary is the last one, not refreshed.
    std::optional<ApiError> updateError;

    bool complete() const
    {
        return (!query.calls || calls->complete()) && (!query.traffic || traffic->complete()) &&
               (!query.process || process) && (!query.summary || summary || updateError);
    }
};

DashboardState::DashboardState(UsageClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DashboardState::~DashboardState()
{
    abortInFlight(false);
    abortAccountJobs();
}

void DashboardState::setQuery(const DashboardQuery &query)
{
    const bool same = differences(query, m_query) == QueryAspects() && !m_queryProblem;
    m_query = query;
    if (const std::optional<ApiError> invalid = query.validate()) {
        // Nothing is fetched for a query that cannot be answered; what is in flight
        // belongs to an older query and is dropped.
        abortInFlight();
        setQueryProblem(invalid);
        Q_EMIT queryInvalid(*invalid);
        return;
    }
    setQueryProblem(std::nullopt);
    const bool answered = m_snapshot && !m_lastError && shownDiffers() == QueryAspects();
    if (same && (isLoading() || answered))
        return;
    startFetch(false);
}

void DashboardState::setQueryProblem(const std::optional<ApiError> &problem)
{
    const QString before = m_queryProblem ? m_queryProblem->message() : QString();
    m_queryProblem = problem;
    const QString after = problem ? problem->message() : QString();
    if (before != after)
        Q_EMIT queryProblemChanged(after);
}

void DashboardState::reload()
{
    if (m_query.validate())
        return;
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
    switch (m_retryTarget) {
    case RetryTarget::Account:
        loadAccount();
        break;
    case RetryTarget::User:
        loadUser(m_requestedUserId);
        break;
    case RetryTarget::Query:
        reload();
        break;
    case RetryTarget::Refresh:
        refresh();
        break;
    }
}

bool DashboardState::canRetry() const
{
    if (m_retryTarget == RetryTarget::Query && m_queryProblem)
        return false;
    if (!m_lastFailure)
        return true;
    switch (m_lastFailure->kind()) {
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
        return false;
    default:
        return true;
    }
}

void DashboardState::cancel()
{
    abortInFlight();
    abortAccountJobs();
}

bool DashboardState::isStale() const
{
    return m_snapshot && (m_lastError.has_value() || shownDiffers() != QueryAspects());
}

QueryAspects DashboardState::shownDiffers() const
{
    return m_snapshot ? differences(m_snapshot->query, m_query) : QueryAspects();
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

    m_pending->update = update;
    launchQueries();
}

void DashboardState::launchQueries()
{
    const quint64 generation = m_generation;
    const DashboardQuery &q = m_pending->query;
    const ClientConfig &config = m_client->config();
    const QTimeZone zone = config.serviceTimeZone;
    const QList<SeriesPart> parts = seriesParts(q.scale, q.range, config.today());
    auto failed = [this, generation](const ApiError &error) { jobFailed(generation, error); };

    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if (!(metric == Metric::Calls ? q.calls : q.traffic))
            continue;
        std::optional<SeriesAnswers> &answers =
            metric == Metric::Calls ? m_pending->calls : m_pending->traffic;
        answers = SeriesAnswers{parts, QList<std::optional<QList<UsageBucket>>>(parts.size())};
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const SeriesPart &part = parts[i];
            UsageSeriesJob *job = m_client->apiUsage(
                {.eid = q.resource.eid(),
                 .scale = part.scale,
                 .metric = metric,
                 .range = UsageRange::wholeDays(part.days.first, part.days.last, zone),
                 .firstDayOfWeek = q.firstDayOfWeek});
            track(job);
            connect(job, &UsageSeriesJob::succeeded, this,
                    [this, generation, metric, i](const UsageSeries &series) {
                        if (generation != m_generation || !m_pending)
                            return;
                        std::optional<SeriesAnswers> &gathered =
                            metric == Metric::Calls ? m_pending->calls : m_pending->traffic;
                        gathered->answers[i] = series.buckets;
                        maybeComplete(generation);
                    });
            connect(job, &ApiJob::failed, this, failed);
        }
    }
    const UsageRange range = UsageRange::wholeDays(q.range.first, q.range.last, zone);
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
        // A refresh asks POST usage/update, which recomputes the summary and answers it: one
        // round trip, alongside the series and processing reads (the service reads those
        // live). Its failure keeps the rest (updateError); a read's failure fails the fetch.
        const bool update = m_pending->update;
        SummaryJob *job = update ? m_client->updateUsage(q.resource.userIdParameter())
                                 : m_client->usageSummary(q.resource.userIdParameter());
        track(job);
        connect(job, &SummaryJob::succeeded, this, [this, generation](const UsageSummary &summary) {
            if (generation != m_generation || !m_pending)
                return;
            m_pending->summary = summary;
            maybeComplete(generation);
        });
        if (!update) {
            connect(job, &ApiJob::failed, this, failed);
            return;
        }
        connect(job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
            if (generation != m_generation || !m_pending ||
                error.kind() == ApiError::Kind::Cancelled)
                return;
            m_pending->updateError = error;
            maybeComplete(generation);
        });
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
    m_lastFailure = error;
    m_retryTarget = RetryTarget::Query;
    Q_EMIT failed(error);
}

void DashboardState::maybeComplete(quint64 generation)
{
    if (generation != m_generation || !m_pending || !m_pending->complete())
        return;
    const ClientConfig &config = m_client->config();
    const QDateTime now = config.clock();
    auto series = [&](const std::optional<SeriesAnswers> &answers,
                      Metric metric) -> std::optional<UsageSeries> {
        if (!answers)
            return std::nullopt;
        UsageSeries s;
        s.scale = m_pending->query.scale;
        s.metric = metric;
        s.buckets =
            joinParts(s.scale, answers->parts, answers->values(), now, config.serviceTimeZone);
        return s;
    };
    DashboardSnapshot snapshot;
    snapshot.query = m_pending->query;
    snapshot.rows = mergeSeries(series(m_pending->calls, Metric::Calls),
                                series(m_pending->traffic, Metric::Traffic));
    snapshot.processSeconds = m_pending->process;
    snapshot.summary = m_pending->summary;
    if (m_pending->updateError) {
        // The figures are new, the quotas are the last ones had, and say so.
        snapshot.summaryError = m_pending->updateError;
        if (m_snapshot && m_snapshot->summary &&
            m_snapshot->query.resource.sameAs(snapshot.query.resource)) {
            snapshot.summary = m_snapshot->summary;
            snapshot.summaryFetchedAt = m_snapshot->summaryFetchedAt;
        }
    } else {
        snapshot.summaryFetchedAt = QDateTime::currentDateTimeUtc();
    }
    snapshot.user = userFor(snapshot.query.resource);
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    m_pending.reset();
    m_inFlight.clear();
    m_snapshot = std::move(snapshot);
    m_lastError.reset();
    if (m_retryTarget == RetryTarget::Query || m_retryTarget == RetryTarget::Refresh) {
        m_retryTarget = RetryTarget::Query;
        m_lastFailure.reset();
    }
    if (m_snapshot->summaryError) {
        m_retryTarget = RetryTarget::Refresh;
        m_lastFailure = m_snapshot->summaryError;
    }
    Q_EMIT snapshotChanged(*m_snapshot);
    Q_EMIT loadingChanged(false);
    if (m_snapshot->summaryError)
        Q_EMIT updateFailed(*m_snapshot->summaryError);
}

} // namespace geobox
