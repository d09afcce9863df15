#pragma once
// CollectJob: a headless sync of the history (geobox-usage collect): for each resource in
// turn, every scale and metric asked, read through the store (HistorySeriesJob), so that
// the first run fetches the whole range and later runs only what is missing or not
// final. It reports progress per resource, keeps what it got when a resource fails (and
// says which), can be aborted, and ends once in finished().

#include "daterange.h"
#include "historyscope.h"
#include "usageclient.h"
#include "usagetypes.h"

#include <QObject>
#include <QPointer>

namespace geobox {

class HistorySeriesJob;
class HistoryStore;

// One resource to collect: the store's name ("account", "key-id:12"), its `eid`, and how
// it is named to a person ("account:ana", "key:Web map").
struct CollectTarget
{
    QString resource;
    QString eid;
    QString label;
};

class CollectJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectJob)

public:
    CollectJob(UsageClient *client, HistoryStore *store, const HistoryScope &scope,
               const QList<CollectTarget> &targets, const QList<Scale> &scales,
               const QList<Metric> &metrics, const DateRange &days, QObject *parent = nullptr);
    ~CollectJob() override;

    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    // The resources that failed, with the first error of each.
    QList<QPair<CollectTarget, ApiError>> failures() const { return m_failures; }
    int requestsSent() const { return m_requests; }

Q_SIGNALS:
    // A resource is done (`failed`: not all of it could be had); `done` of `total`.
    void progress(const geobox::CollectTarget &target, int done, int total, bool failed);
    void finished();

private:
    void next();
    void seriesEnded(HistorySeriesJob *job, const std::optional<ApiError> &error);

    QPointer<UsageClient> m_client;
    QPointer<HistoryStore> m_store;
    HistoryScope m_scope;
    QList<CollectTarget> m_targets;
    QList<Scale> m_scales;
    QList<Metric> m_metrics;
    DateRange m_days;
    qsizetype m_current = -1;
    int m_running = 0;
    std::optional<ApiError> m_currentError;
    QList<QPointer<HistorySeriesJob>> m_jobs;
    QList<QPair<CollectTarget, ApiError>> m_failures;
    int m_requests = 0;
    bool m_finished = false;
};

} // namespace geobox
