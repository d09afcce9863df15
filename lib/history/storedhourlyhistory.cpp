#include "storedhourlyhistory.h"

#include "historyseriesjob.h"
#include "historystore.h"
#include "usageclient.h"

#include <QCoreApplication>

namespace geobox {

StoredHourlyHistory::StoredHourlyHistory(UsageClient *client, HistoryStore *store)
    : m_client(client)
    , m_store(store)
    , m_service(client)
{}

StoredHourlyHistory::~StoredHourlyHistory()
{
    cancel();
}

QList<UsageBucket> StoredHourlyHistory::within(const QList<UsageBucket> &buckets,
                                               const QDateTime &from, const QDateTime &to)
{
    QList<UsageBucket> out;
    out.reserve(buckets.size());
    for (const UsageBucket &b : buckets) {
        if (b.end > from && b.start <= to)
            out.append(b);
    }
    return out;
}

void StoredHourlyHistory::hours(const QString &eid, Metric metric, const QDateTime &from,
                                const QDateTime &to, Done done)
{
    m_jobs.removeIf([](const QPointer<HistorySeriesJob> &job) { return job.isNull(); });
    // The account's eid is its user id; a key's is its secret, never filed in the store.
    bool numeric = false;
    const qint64 userId = eid.toLongLong(&numeric);
    // Filed only as the account of whoever signed in with these credentials (the store's
    // mapping, which users/me/ confirmed): another user's hours are not theirs to keep here.
    const QString server = m_client ? HistoryScope::serverKey(m_client->config().host) : QString();
    if (!m_client || !m_store || !m_store->isOpen() || !numeric || userId <= 0 || from >= to ||
        m_store->userForCredentials(server, m_client->credentials()) != userId) {
        m_service.hours(eid, metric, from, to, std::move(done));
        return;
    }
    const QTimeZone zone = m_client->config().serviceTimeZone;
    HistorySeriesRequest request;
    request.eid = eid;
    request.resource = QStringLiteral("account");
    request.scale = Scale::Hour;
    request.metric = metric;
    request.days = {from.toTimeZone(zone).date(), to.toTimeZone(zone).date()};
    const HistoryScope scope{server, userId};
    auto *job = new HistorySeriesJob(m_client, m_store, scope, request);
    m_jobs.append(job);
    const std::shared_ptr<bool> live = m_live;
    // Delivered from the event loop, never inside hours() (the store may answer in start()).
    const auto deliver = [live, done](std::optional<UsageSeries> series,
                                      std::optional<ApiError> error) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [live, done, series = std::move(series), error = std::move(error)] {
                if (*live)
                    done(series, error);
            },
            Qt::QueuedConnection);
    };
    QObject::connect(job, &HistorySeriesJob::succeeded, job,
                     [deliver, from, to](const UsageSeries &series) {
                         UsageSeries cut = series;
                         cut.buckets = within(series.buckets, from, to);
                         deliver(std::move(cut), std::nullopt);
                     });
    QObject::connect(job, &HistorySeriesJob::failed, job,
                     [deliver](const ApiError &error) { deliver(std::nullopt, error); });
    job->start();
}

void StoredHourlyHistory::cancel()
{
    *m_live = false;
    m_live = std::make_shared<bool>(true);
    for (const QPointer<HistorySeriesJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    m_jobs.clear();
    m_service.cancel();
}

} // namespace geobox
