#include "breakdownjob.h"

#include <algorithm>

namespace geobox {

namespace {

// A key asked again after this many 429s in a row is reported as not loaded.
constexpr int maxRateLimitedTries = 6;
// After a slowdown, one more in flight after this many answers in a row.
constexpr int successesToSpeedUp = 12;
// When a 429 gives no Retry-After.
constexpr std::chrono::milliseconds defaultRateLimitWait{1000};

} // namespace

BreakdownJob::BreakdownJob(SeriesSource *source, BreakdownRequest request, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_request(std::move(request))
    , m_limit(std::max(1, m_request.maxInFlight))
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &BreakdownJob::pump);
    std::sort(m_request.keys.begin(), m_request.keys.end(),
              [](const ApiKey &a, const ApiKey &b) { return a.id < b.id; });
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if ((metric == Metric::Calls && !m_request.calls) ||
            (metric == Metric::Traffic && !m_request.traffic))
            continue;
        for (int key = -1; key < m_request.keys.size(); ++key) {
            Task task;
            task.metric = metric;
            task.keyIndex = key;
            m_queue.append(static_cast<int>(m_tasks.size()));
            m_tasks.append(task);
        }
    }
}

BreakdownJob::~BreakdownJob()
{
    m_ended = true;
    for (const QPointer<SeriesFetch> &fetch : std::as_const(m_fetches)) {
        if (fetch) {
            fetch->disconnect(this);
            fetch->abort();
        }
    }
}

void BreakdownJob::start()
{
    if (m_started)
        return;
    m_started = true;
    Q_EMIT progress(0, total());
    if (m_tasks.isEmpty()) {
        finish();
        return;
    }
    pump();
}

void BreakdownJob::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    m_pause.stop();
    m_queue.clear();
    for (const QPointer<SeriesFetch> &fetch : std::as_const(m_fetches)) {
        if (fetch) {
            fetch->disconnect(this);
            fetch->abort();
        }
    }
    m_fetches.clear();
    m_running = 0;
    Q_EMIT cancelled();
}

void BreakdownJob::pump()
{
    if (m_ended || m_pause.isActive())
        return;
    while (m_running < m_limit && !m_queue.isEmpty())
        launch(m_queue.takeFirst());
}

void BreakdownJob::launch(int index)
{
    const Task &task = m_tasks.at(index);
    SeriesRequest request;
    request.resource =
        task.keyIndex < 0 ? m_request.account : Resource::apiKey(m_request.keys.at(task.keyIndex));
    request.scale = m_request.plan.fetchScale();
    request.metric = task.metric;
    request.days = m_request.plan.fetched();
    SeriesFetch *fetch = m_source->fetch(request);
    ++m_running;
    m_fetches.append(fetch);
    connect(fetch, &SeriesFetch::rateLimited, this, &BreakdownJob::onRateLimited);
    connect(fetch, &SeriesFetch::succeeded, this, [this, index](const UsageSeries &series) {
        m_tasks[index].answer = {series, std::nullopt};
        if (m_limit < m_request.maxInFlight && ++m_successesSinceSlowdown >= successesToSpeedUp) {
            ++m_limit;
            m_successesSinceSlowdown = 0;
        }
        taskEnded(index);
    });
    connect(fetch, &SeriesFetch::failed, this, [this, index](const ApiError &error) {
        Task &t = m_tasks[index];
        if (error.kind() == ApiError::Kind::RateLimited &&
            ++t.rateLimitedTries < maxRateLimitedTries) {
            // Asked again, first in line, once the wait is over.
            --m_running;
            m_queue.prepend(index);
            const auto wait = error.retryAfter() ? std::chrono::milliseconds(*error.retryAfter())
                                                 : defaultRateLimitWait;
            onRateLimited(wait);
            return;
        }
        t.answer = {std::nullopt, error};
        taskEnded(index);
    });
}

void BreakdownJob::onRateLimited(std::chrono::milliseconds wait)
{
    if (m_ended)
        return;
    m_limit = std::max(1, m_limit / 2);
    m_successesSinceSlowdown = 0;
    const int ms = static_cast<int>(std::max<qint64>(wait.count(), 1));
    if (!m_pause.isActive() || m_pause.remainingTime() < ms)
        m_pause.start(ms);
    Q_EMIT slowedDown(m_limit, wait);
}

void BreakdownJob::taskEnded(int index)
{
    m_tasks[index].finished = true;
    --m_running;
    ++m_done;
    Q_EMIT progress(m_done, total());
    if (m_ended)
        return;
    if (m_done == total()) {
        finish();
        return;
    }
    pump();
}

void BreakdownJob::finish()
{
    m_ended = true;
    m_fetches.clear();
    BreakdownResult result;
    result.plan = m_request.plan;
    const QDateTime now = m_request.clock();
    QList<BreakdownKeyInfo> infos;
    for (const ApiKey &key : std::as_const(m_request.keys))
        infos.append({key.id, key.name, key.revoked});
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        FetchedSeries account;
        QList<FetchedSeries> keys(m_request.keys.size());
        bool any = false;
        for (const Task &task : std::as_const(m_tasks)) {
            if (task.metric != metric)
                continue;
            any = true;
            if (task.keyIndex < 0)
                account = task.answer;
            else
                keys[task.keyIndex] = task.answer;
        }
        if (!any)
            continue;
        MetricBreakdown breakdown =
            buildBreakdown(m_request.plan, metric, account, infos, keys, now, m_request.zone);
        (metric == Metric::Calls ? result.calls : result.traffic) = std::move(breakdown);
    }
    Q_EMIT finished(result);
}

} // namespace geobox
