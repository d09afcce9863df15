#include "historyseriesjob.h"

#include "historystore.h"
#include "timebuckets.h"

#include <QHash>

namespace geobox {

namespace {

// The days of the range a bucket spans, in the service's zone.
DateRange bucketDays(const UsageBucket &bucket, const DateRange &range, const QTimeZone &zone)
{
    const QDate first = bucket.start.toTimeZone(zone).date();
    const QDate last = bucket.end.addMSecs(-1).toTimeZone(zone).date();
    return {std::max(first, range.first), std::min(last, range.last)};
}

} // namespace

HistorySeriesJob::HistorySeriesJob(UsageClient *client, HistoryStore *store,
                                   const HistoryScope &scope, const HistorySeriesRequest &request,
                                   Mode mode, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_scope(scope)
    , m_request(request)
    , m_mode(mode)
    , m_now(client ? client->config().clock() : QDateTime::currentDateTimeUtc())
    , m_zone(client ? client->config().serviceTimeZone : QTimeZone::utc())
{}

HistorySeriesJob::~HistorySeriesJob()
{
    if (m_job)
        m_job->abort();
}

Scale HistorySeriesJob::storedScale() const
{
    return m_request.scale == Scale::Week ? Scale::Day : m_request.scale;
}

QString HistorySeriesJob::describeDays(const QList<DateRange> &spans)
{
    constexpr qsizetype kShown = 4;
    QStringList parts;
    for (qsizetype i = 0; i < spans.size() && i < kShown; ++i) {
        const DateRange &span = spans[i];
        parts.append(span.first == span.last
                         ? span.first.toString(Qt::ISODate)
                         : QStringLiteral("%1 – %2").arg(span.first.toString(Qt::ISODate),
                                                         span.last.toString(Qt::ISODate)));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (spans.size() > kShown)
        text += tr(" and %n more span(s)", nullptr, int(spans.size() - kShown));
    return text;
}

void HistorySeriesJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const Scale scale = storedScale();
    const QDateTime from(m_request.days.first, QTime(0, 0), m_zone);
    const QDateTime to(m_request.days.last, QTime(23, 59, 59, 999), m_zone);
    m_buckets = fillGaps({}, scale, from, to, m_now, m_zone);
    m_known = QList<bool>(m_buckets.size(), false);
    const bool usable = m_store && m_store->isOpen() && m_scope.isValid();
    if (!usable && m_mode == Mode::ReadThrough) {
        fetch(m_request.days.first, m_request.days.last); // a plain call, as without history
        return;
    }

    QList<bool> final(m_buckets.size(), false);
    // Unknown, but asked before and settled empty (before the first bucket ever returned,
    // perhaps past the service's retention): not asked again.
    QList<bool> settledEmpty(m_buckets.size(), false);
    QDateTime updated;
    qint64 latest = 0;
    if (usable) {
        QHash<qint64, qsizetype> index;
        index.reserve(m_buckets.size());
        for (qsizetype i = 0; i < m_buckets.size(); ++i)
            index.insert(m_buckets[i].start.toSecsSinceEpoch(), i);
        const StoredSeries stored = m_store->series(m_scope, m_request.resource, scale,
                                                    m_request.metric, from, to.addMSecs(1));
        const std::chrono::seconds settle = m_store->settleTime();
        for (const StoredBucket &b : stored.buckets) {
            const auto it = index.constFind(b.startSecs);
            if (it == index.cend())
                continue;
            m_buckets[*it].value = b.value;
            m_known[*it] = true;
            final[*it] = b.isFinal(settle);
            latest = std::max(latest, b.fetchedSecs);
        }
        if (latest > 0)
            updated = QDateTime::fromSecsSinceEpoch(latest, QTimeZone::utc());
        if (stored.askedFrom.isValid()) {
            for (qsizetype i = 0; i < m_buckets.size(); ++i) {
                const UsageBucket &b = m_buckets[i];
                settledEmpty[i] = !m_known[i] && b.start >= stored.askedFrom &&
                                  (!stored.firstBucket.isValid() || b.start < stored.firstBucket) &&
                                  b.end.addSecs(settle.count()) <= stored.askedAt;
            }
        }
    }

    qsizetype firstNeeded = -1;
    qsizetype lastNeeded = -1;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        if (!m_known[i]) {
            const DateRange days = bucketDays(m_buckets[i], m_request.days, m_zone);
            if (!m_missing.isEmpty() && m_missing.last().last.addDays(1) >= days.first)
                m_missing.last().last = std::max(m_missing.last().last, days.last);
            else
                m_missing.append(days);
        }
        if ((!m_known[i] && !settledEmpty[i]) || (m_known[i] && !final[i])) {
            if (firstNeeded < 0)
                firstNeeded = i;
            lastNeeded = i;
        }
    }

    // Online, buckets the service was asked for and answered empty, long settled, are what
    // it answers again: zeros (they stay unknown offline, where the service cannot say).
    const bool answerable = m_missing.isEmpty() || (m_mode == Mode::ReadThrough && firstNeeded < 0);
    if (answerable)
        Q_EMIT fromHistory(present(m_buckets), updated);
    if (m_finished)
        return; // a receiver aborted it
    if (m_mode == Mode::HistoryOnly || firstNeeded < 0) {
        if (answerable) {
            end(std::nullopt, present(m_buckets));
            return;
        }
        ApiError gap(ApiError::Kind::NotFound,
                     tr("history has no data for %1; run collect while online")
                         .arg(describeDays(m_missing)));
        end(gap);
        return;
    }
    fetch(bucketDays(m_buckets[firstNeeded], m_request.days, m_zone).first,
          bucketDays(m_buckets[lastNeeded], m_request.days, m_zone).last);
}

void HistorySeriesJob::fetch(const QDate &first, const QDate &last)
{
    if (!m_client) {
        end(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    ++m_requests;
    m_job = m_client->apiUsage({.eid = m_request.eid,
                                .scale = storedScale(),
                                .metric = m_request.metric,
                                .range = UsageRange::wholeDays(first, last, m_zone)});
    const QDateTime askedFrom(first, QTime(0, 0), m_zone);
    const QDateTime askedTo(last.addDays(1), QTime(0, 0), m_zone);
    connect(m_job, &UsageSeriesJob::succeeded, this,
            [this, askedFrom, askedTo](const UsageSeries &fresh) {
                if (m_store && m_store->isOpen() && m_scope.isValid()) {
                    m_store->storeSeries(m_scope, m_request.resource, storedScale(),
                                         m_request.metric, fresh.buckets, askedFrom, askedTo,
                                         m_now);
                }
                answered(fresh);
            });
    connect(m_job, &ApiJob::failed, this, [this](const ApiError &error) { end(error); });
    connect(m_job, &ApiJob::retrying, this, &HistorySeriesJob::retrying);
}

void HistorySeriesJob::answered(const UsageSeries &fresh)
{
    QHash<qint64, qint64> values;
    values.reserve(fresh.buckets.size());
    for (const UsageBucket &b : fresh.buckets)
        values.insert(b.start.toSecsSinceEpoch(), b.value);
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const auto it = values.constFind(m_buckets[i].start.toSecsSinceEpoch());
        if (it != values.cend()) {
            m_buckets[i].value = *it;
            m_known[i] = true;
        }
    }
    end(std::nullopt, present(m_buckets));
}

UsageSeries HistorySeriesJob::present(const QList<UsageBucket> &stored) const
{
    UsageSeries series;
    series.scale = m_request.scale;
    series.metric = m_request.metric;
    series.buckets = m_request.scale == Scale::Week
                         ? rollUpDays(stored, Scale::Week, m_request.days.first,
                                      m_request.days.last, m_now, m_zone, m_request.firstDayOfWeek)
                         : stored;
    return series;
}

void HistorySeriesJob::abort()
{
    if (m_finished)
        return;
    if (m_job) {
        m_job->abort(); // ends through its failed(Cancelled)
        return;
    }
    end(ApiError(ApiError::Kind::Cancelled, QString()));
}

void HistorySeriesJob::end(const std::optional<ApiError> &error, const UsageSeries &series)
{
    if (m_finished)
        return;
    m_finished = true;
    m_job = nullptr;
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT succeeded(series);
    Q_EMIT finished();
    deleteLater();
}

} // namespace geobox
