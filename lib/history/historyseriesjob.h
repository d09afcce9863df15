#pragma once
// HistorySeriesJob: one usage/api series read through the history store. It answers
// from the store at once when the store covers the whole range, then asks the service
// only for the buckets the store lacks or holds as not final (one request over the
// span from the first such bucket to the last), merges the answer into what the store
// had, stores it (one transaction) and reports the whole series. Old ranges the store
// holds as final cost no request at all. Without a store (nullptr, or one that is not
// open) it is one plain usage/api call over the range.
//
// Usage (DashboardState does this; any lib code may, e.g. a per-key fan-out):
//     auto *job = new HistorySeriesJob(client, store, scope, request, Mode::ReadThrough, this);
//     connect(job, &HistorySeriesJob::fromHistory, ...); // optional: the stored answer first
//     connect(job, &HistorySeriesJob::succeeded, ...);   // the complete series
//     connect(job, &HistorySeriesJob::failed, ...);      // then missingDays() says the gaps
//     job->start();
// It ends exactly once, in succeeded or failed, then finished, and deletes itself later.
// fromHistory (at most once) comes from start() itself, before any request is answered.
// Mode::HistoryOnly sends nothing: it succeeds when the store covers the whole range and
// fails (ApiError::Kind::NotFound, naming the days) when it does not.

#include "daterange.h"
#include "historyscope.h"
#include "usageclient.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace geobox {

class HistoryStore;

struct HistorySeriesRequest
{
    // The `eid` of usage/api (the user's id, or a key's secret); not needed for HistoryOnly.
    QString eid;
    // The store's name of the resource: Resource::settingsId() ("account", "key-id:12",
    // "user:7"). Never a secret.
    QString resource;
    // Hour, Day, Month (whole calendar months: a cut month is asked as days, see
    // seriesParts) or Week (stored and asked as days, rolled up here).
    Scale scale = Scale::Day;
    Metric metric = Metric::Calls;
    // Whole days in the service's zone, inclusive.
    DateRange days;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
};

class HistorySeriesJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySeriesJob)

public:
    enum class Mode
    {
        ReadThrough, // the store first, then the service for what it lacks or is not final
        HistoryOnly, // the store alone (offline)
    };

    HistorySeriesJob(UsageClient *client, HistoryStore *store, const HistoryScope &scope,
                     const HistorySeriesRequest &request, Mode mode = Mode::ReadThrough,
                     QObject *parent = nullptr);
    ~HistorySeriesJob() override;

    const HistorySeriesRequest &request() const { return m_request; }
    void start();
    // Stops the request in flight; the job then fails with Cancelled.
    void abort();
    bool isFinished() const { return m_finished; }
    // How many usage/api requests the job sent (0 or 1).
    int requestsSent() const { return m_requests; }
    // After start(): the days of the range the store has no figures for (empty when it
    // covers the range), as spans of consecutive days.
    QList<DateRange> missingDays() const { return m_missing; }
    // "2026-01-03 – 2026-01-09, 2026-02-01": the missing days in words, for an error.
    static QString describeDays(const QList<DateRange> &spans);

Q_SIGNALS:
    // The store covers the whole range: the series as stored, and when it was last updated.
    void fromHistory(const geobox::UsageSeries &series, const QDateTime &updatedAt);
    void succeeded(const geobox::UsageSeries &series);
    void failed(const geobox::ApiError &error);
    // Its usage/api call is tried again after `delay` (e.g. the service said 429).
    void retrying(int attempt, std::chrono::milliseconds delay, const geobox::ApiError &error);
    void finished();

private:
    Scale storedScale() const;
    UsageSeries present(const QList<UsageBucket> &stored) const;
    void fetch(const QDate &first, const QDate &last);
    void answered(const UsageSeries &fresh);
    void end(const std::optional<ApiError> &error, const UsageSeries &series = {});

    QPointer<UsageClient> m_client;
    QPointer<HistoryStore> m_store;
    HistoryScope m_scope;
    HistorySeriesRequest m_request;
    Mode m_mode;
    QDateTime m_now;
    QTimeZone m_zone;
    // Every bucket of the range at the stored scale, values from the store where it has them.
    QList<UsageBucket> m_buckets;
    QList<bool> m_known;
    QList<DateRange> m_missing;
    QPointer<UsageSeriesJob> m_job;
    int m_requests = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace geobox
