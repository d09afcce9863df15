#pragma once
// BreakdownJob: the per-key fan-out of one breakdown query, as one long-running piece of
// work with progress, cancel and a typed end. One series per key and metric (and one for
// the account), each covering the range and its comparison together, through a
// SeriesSource; at most `maxInFlight` at once. A key whose call fails is "not loaded" with
// its reason while the rest are shown; a 429 halves what is in flight and waits out the
// Retry-After before the next start (and the key is asked again) instead of failing.

#include "breakdown.h"
#include "resource.h"
#include "seriessource.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

namespace geobox {

struct BreakdownRequest
{
    Resource account; // the signed-in account (its eid is the user's id)
    QList<ApiKey> keys;
    BreakdownPlan plan;
    bool calls = true;
    bool traffic = true;
    int maxInFlight = 6;
    QTimeZone zone = QTimeZone::utc();
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};

struct BreakdownResult
{
    BreakdownPlan plan;
    std::optional<MetricBreakdown> calls;
    std::optional<MetricBreakdown> traffic;

    const MetricBreakdown *of(Metric metric) const
    {
        const auto &m = metric == Metric::Calls ? calls : traffic;
        return m ? &*m : nullptr;
    }
};

class BreakdownJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownJob)

public:
    BreakdownJob(SeriesSource *source, BreakdownRequest request, QObject *parent = nullptr);
    ~BreakdownJob() override;

    const BreakdownRequest &request() const { return m_request; }
    // Starts the calls (on this turn of the event loop).
    void start();
    // Stops every call in flight and starts no more; ends with cancelled(), not finished().
    void cancel();

    int total() const { return static_cast<int>(m_tasks.size()); }
    int done() const { return m_done; }
    int inFlight() const { return m_running; }
    // How many may be in flight now (lower after a 429).
    int limit() const { return m_limit; }
    bool isFinished() const { return m_ended; }

Q_SIGNALS:
    void progress(int done, int total);
    // A 429: `limit` in flight from now on, nothing new started for `wait`.
    void slowedDown(int limit, std::chrono::milliseconds wait);
    void finished(const geobox::BreakdownResult &result);
    void cancelled();

private:
    struct Task
    {
        Metric metric = Metric::Calls;
        int keyIndex = -1; // -1: the account
        int rateLimitedTries = 0;
        FetchedSeries answer;
        bool finished = false;
    };
    void pump();
    void launch(int task);
    void onRateLimited(std::chrono::milliseconds wait);
    void taskEnded(int task);
    void finish();

    SeriesSource *m_source = nullptr;
    BreakdownRequest m_request;
    QList<Task> m_tasks;
    QList<int> m_queue; // task indices not yet started (or to be asked again)
    QList<QPointer<SeriesFetch>> m_fetches;
    int m_running = 0;
    int m_done = 0;
    int m_limit = 6;
    int m_successesSinceSlowdown = 0;
    QTimer m_pause;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace geobox

Q_DECLARE_METATYPE(geobox::BreakdownResult)
