#include "dashboardstate.h"

#include "historyseriesjob.h"
#include "historystore.h"
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
    // What the history store answered at once, part by part.
    QList<std::optional<QList<UsageBucket>>> history;

    static bool all(const QList<std::optional<QList<UsageBucket>>> &list)
    {
        return std::all_of(list.begin(), list.end(),
                           [](const auto &answer) { return answer.has_value(); });
    }
    bool complete() const { return all(answers); }
    bool historyComplete() const { return all(history); }
    static QList<QList<UsageBucket>> valuesOf(const QList<std::optional<QList<UsageBucket>>> &list)
    {
        QList<QList<UsageBucket>> out;
        out.reserve(list.size());
        for (const auto &answer : list)
            out.append(*answer);
        return out;
    }
    QList<QList<UsageBucket>> values() const { return valuesOf(answers); }
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
    // The history store's answer: when it was last updated, and whether it is on screen.
    QDateTime historyAt;
    bool historyShown = false;
    // History alone: no processing or summary call goes out.
    bool historyOnly = false;

    bool complete() const
    {
        return (!query.calls || calls->complete()) && (!query.traffic || traffic->complete()) &&
               (historyOnly || !query.process || process) &&
               (historyOnly || !query.summary || summary || updateError);
    }
    bool historyComplete() const
    {
        return (!query.calls || calls->historyComplete()) &&
               (!query.traffic || traffic->historyComplete());
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
    const QList<QPointer<HistorySeriesJob>> series = std::exchange(m_seriesJobs, {});
    for (const QPointer<HistorySeriesJob> &job : series) {
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
    m_pending->historyOnly = m_historyOnly;
    launchQueries();
}

void DashboardState::launchQueries()
{
    const quint64 generation = m_generation;
    const DashboardQuery q = m_pending->query; // a copy: an answer from history may end it
    const ClientConfig &config = m_client->config();
    const QTimeZone zone = config.serviceTimeZone;
    const QList<SeriesPart> parts = seriesParts(q.scale, q.range, config.today());
    auto failed = [this, generation](const ApiError &error) { jobFailed(generation, error); };

    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if (!(metric == Metric::Calls ? q.calls : q.traffic))
            continue;
        std::optional<SeriesAnswers> &answers =
            metric == Metric::Calls ? m_pending->calls : m_pending->traffic;
        answers = SeriesAnswers{parts, QList<std::optional<QList<UsageBucket>>>(parts.size()),
                                QList<std::optional<QList<UsageBucket>>>(parts.size())};
    }
    // Every series part reads through the history store (a plain call without one).
    const HistoryScope scope = historyScope();
    const HistorySeriesJob::Mode mode =
        m_historyOnly ? HistorySeriesJob::Mode::HistoryOnly : HistorySeriesJob::Mode::ReadThrough;
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if (!(metric == Metric::Calls ? q.calls : q.traffic))
            continue;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (generation != m_generation || !m_pending)
                return; // ended (or failed) by an answer from history
            const SeriesPart &part = parts[i];
            auto *job = new HistorySeriesJob(m_client, m_history, scope,
                                             {.eid = q.resource.eid(),
                                              .resource = q.resource.settingsId(),
                                              .scale = part.scale,
                                              .metric = metric,
                                              .days = part.days,
                                              .firstDayOfWeek = q.firstDayOfWeek},
                                             mode, this);
            trackSeries(job);
            auto gathered = [this, metric]() -> SeriesAnswers & {
                return *(metric == Metric::Calls ? m_pending->calls : m_pending->traffic);
            };
            connect(job, &HistorySeriesJob::fromHistory, this,
                    [this, generation, gathered, i](const UsageSeries &series,
                                                    const QDateTime &updatedAt) {
                        if (generation != m_generation || !m_pending)
                            return;
                        gathered().history[i] = series.buckets;
                        if (!m_pending->historyAt.isValid() || updatedAt < m_pending->historyAt)
                            m_pending->historyAt = updatedAt;
                        maybeShowHistory(generation);
                    });
            connect(job, &HistorySeriesJob::succeeded, this,
                    [this, generation, gathered, i](const UsageSeries &series) {
                        if (generation != m_generation || !m_pending)
                            return;
                        gathered().answers[i] = series.buckets;
                        maybeComplete(generation);
                    });
            connect(job, &HistorySeriesJob::failed, this, failed);
            job->start();
        }
    }
    if (generation != m_generation || !m_pending || m_historyOnly)
        return;
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
    const bool historyShown = m_pending->historyShown;
    // One failed piece fails the fetch: a snapshot is complete or not shown at all.
    abortInFlight();
    const bool unreachable =
        error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    if (unreachable)
        setOffline(true);
    if (unreachable && historyShown && m_snapshot) {
        // The history on screen stays, and says it is not fresh.
        m_snapshot->offline = true;
        Q_EMIT snapshotChanged(*m_snapshot);
    }
    m_lastError = error;
    m_lastFailure = error;
    m_retryTarget = RetryTarget::Query;
    Q_EMIT failed(error);
}

void DashboardState::maybeShowHistory(quint64 generation)
{
    if (generation != m_generation || !m_pending || m_pending->historyShown ||
        m_pending->historyOnly || !m_pending->historyComplete())
        return;
    // The store covers the whole query: shown at once, marked as history, while the
    // service is asked for what is not final. The fresh answer replaces it.
    const ClientConfig &config = m_client->config();
    const QDateTime now = config.clock();
    auto series = [&](const std::optional<SeriesAnswers> &answers,
                      Metric metric) -> std::optional<UsageSeries> {
        if (!answers)
            return std::nullopt;
        UsageSeries s;
        s.scale = m_pending->query.scale;
        s.metric = metric;
        s.buckets = joinParts(s.scale, answers->parts, SeriesAnswers::valuesOf(answers->history),
                              now, config.serviceTimeZone);
        return s;
    };
    DashboardSnapshot snapshot;
    snapshot.query = m_pending->query;
    snapshot.rows = mergeSeries(series(m_pending->calls, Metric::Calls),
                                series(m_pending->traffic, Metric::Traffic));
    if (snapshot.query.summary)
        snapshot.summary = keptSummary(snapshot.query.resource, &snapshot.summaryFetchedAt);
    snapshot.user = userFor(snapshot.query.resource);
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    snapshot.historyUpdatedAt = m_pending->historyAt;
    snapshot.offline = m_offline;
    m_pending->historyShown = true;
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged(*m_snapshot);
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
    if (m_historyOnly) {
        // Nothing was asked: the figures are history, as of the store's last answer.
        snapshot.historyUpdatedAt = m_pending->historyAt;
        if (snapshot.query.summary)
            snapshot.summary = keptSummary(snapshot.query.resource, &snapshot.summaryFetchedAt);
    } else {
        keepSummary(snapshot);
        setOffline(false);
    }
    m_pending.reset();
    m_inFlight.clear();
    m_seriesJobs.clear();
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
