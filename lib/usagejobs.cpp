#include "usagejobs.h"

#include "parsers.h"
#include "timebuckets.h"
#include "usageclient.h"

namespace geobox {

UsageSeriesJob::UsageSeriesJob(UsageClient *client, const ApiUsageRequest &request)
    : ApiJob(client, QStringLiteral("usage/api"))
    , m_request(request)
    , m_now(client->config().clock())
{
    std::optional<ApiError> invalid = request.validate();
    std::optional<qint64> limit;
    if (!invalid) {
        limit = request.limit ? std::optional<qint64>(*request.limit)
                              : coveringLimit(request, m_now, client->config().serviceTimeZone);
    }
    startLater({.path = QStringLiteral("usage/api"),
                .query = invalid ? QueryItems()
                                 : apiUsageQuery(request, client->config().serviceTimeZone, limit)},
               invalid);
}

void UsageSeriesJob::handleSuccess(const QByteArray &body)
{
    const QTimeZone zone = client() ? client()->config().serviceTimeZone : QTimeZone::utc();
    Result<QList<RawPoint>> points = parseUsageSeries(body, zone);
    if (!points) {
        fail(points.error());
        return;
    }
    const QDateTime to = m_request.range.resolvedTo(m_now);
    QDateTime from = m_request.range.resolvedFrom(m_now);
    UsageSeries series;
    series.scale = m_request.scale;
    series.metric = m_request.metric;
    const QList<RawPoint> &raw = points.value();
    if (m_request.limit && raw.size() >= *m_request.limit && !raw.isEmpty()) {
        // The caller's own limit cut the range: do not invent zeros before the first
        // bucket the server returned.
        QDateTime first = raw.first().start;
        for (const RawPoint &p : raw)
            first = std::min(first, p.start);
        if (first > from) {
            from = first;
            series.truncated = true;
        }
    }
    const Scale asked = wireScale(m_request.scale);
    series.buckets = fillGaps(raw, asked, from, to, m_now, zone);
    if (m_request.scale == Scale::Week) {
        series.buckets =
            rollUpDays(series.buckets, Scale::Week, from.toTimeZone(zone).date(),
                       to.toTimeZone(zone).date(), m_now, zone, m_request.firstDayOfWeek);
    }
    Q_EMIT succeeded(series);
    succeed();
}

ProcessUsageJob::ProcessUsageJob(UsageClient *client, const ProcessUsageRequest &request)
    : ApiJob(client, QStringLiteral("usage/process"))
{
    const std::optional<ApiError> invalid = request.validate();
    startLater({.path = QStringLiteral("usage/process"),
                .query = invalid ? QueryItems()
                                 : processUsageQuery(request, client->config().serviceTimeZone)},
               invalid);
}

void ProcessUsageJob::handleSuccess(const QByteArray &body)
{
    const Result<double> seconds = parseProcessSeconds(body);
    if (!seconds) {
        fail(seconds.error());
        return;
    }
    Q_EMIT succeeded(seconds.value());
    succeed();
}

SummaryJob::SummaryJob(UsageClient *client, Mode mode, std::optional<qint64> userId)
    : ApiJob(client,
             mode == Mode::Read ? QStringLiteral("usage/summary") : QStringLiteral("usage/update"))
{
    Request request;
    if (mode == Mode::Read) {
        request.path = QStringLiteral("usage/summary");
        if (userId)
            request.query.append({QStringLiteral("user_id"), QString::number(*userId)});
    } else {
        request.method = "POST";
        request.path = QStringLiteral("usage/update");
        request.body = updateUsageBody(userId);
    }
    startLater(request, validateUserId(userId));
}

void SummaryJob::handleSuccess(const QByteArray &body)
{
    const Result<UsageSummary> summary = parseUsageSummary(body);
    if (!summary) {
        fail(summary.error());
        return;
    }
    Q_EMIT succeeded(summary.value());
    succeed();
}

} // namespace geobox
