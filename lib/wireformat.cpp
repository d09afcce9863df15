#include "wireformat.h"

#include "timebuckets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace geobox {

QString formatWireDateTime(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("000");
}

QByteArray formEncode(const QueryItems &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name, " ").replace(' ', '+');
        out += '=';
        out += QUrl::toPercentEncoding(value, " ").replace(' ', '+');
    }
    return out;
}

Scale wireScale(Scale scale)
{
    return scale == Scale::Week ? Scale::Day : scale;
}

static void appendRange(QueryItems &items, const UsageRange &range, const QTimeZone &zone)
{
    if (range.hasDates()) {
        items.append({QStringLiteral("from_date"), formatWireDateTime(range.from(), zone)});
        items.append({QStringLiteral("to_date"), formatWireDateTime(range.to(), zone)});
    }
    if (range.days())
        items.append({QStringLiteral("days_before_now"), QString::number(*range.days())});
}

QueryItems apiUsageQuery(const ApiUsageRequest &request, const QTimeZone &zone,
                         std::optional<qint64> limit)
{
    QueryItems items;
    items.append({QStringLiteral("eid"), request.eid});
    items.append({QStringLiteral("scale"), scaleName(wireScale(request.scale))});
    items.append({QStringLiteral("param"), metricName(request.metric)});
    appendRange(items, request.range, zone);
    if (limit)
        items.append({QStringLiteral("limit"), QString::number(*limit)});
    return items;
}

qint64 coveringLimit(const ApiUsageRequest &request, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime from = request.range.resolvedFrom(now);
    const QDateTime to = request.range.resolvedTo(now);
    return std::max<qint64>(1, bucketCount(from, to, wireScale(request.scale), zone));
}

QueryItems processUsageQuery(const ProcessUsageRequest &request, const QTimeZone &zone)
{
    QueryItems items;
    if (request.userId)
        items.append({QStringLiteral("user_id"), QString::number(*request.userId)});
    appendRange(items, request.range, zone);
    return items;
}

QByteArray updateUsageBody(std::optional<qint64> userId)
{
    QJsonObject body;
    if (userId)
        body.insert(QStringLiteral("user_id"), *userId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace geobox
