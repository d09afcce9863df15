#include "timebuckets.h"

#include <QHash>

#include <algorithm>

namespace geobox {

static QDate weekStartDate(const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (date.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
    return date.addDays(-back);
}

QDateTime bucketStart(const QDateTime &t, Scale scale, const QTimeZone &zone,
                      Qt::DayOfWeek firstDayOfWeek)
{
    const QDateTime local = t.toTimeZone(zone);
    const QDate date = local.date();
    switch (scale) {
    case Scale::Hour:
        return QDateTime(date, QTime(local.time().hour(), 0), zone);
    case Scale::Day:
        return QDateTime(date, QTime(0, 0), zone);
    case Scale::Week:
        return QDateTime(weekStartDate(date, firstDayOfWeek), QTime(0, 0), zone);
    case Scale::Month:
        return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), zone);
    }
    return {};
}

QDateTime nextBucketStart(const QDateTime &start, Scale scale, const QTimeZone &zone)
{
    const QDateTime local = start.toTimeZone(zone);
    switch (scale) {
    case Scale::Hour:
        return local.addSecs(3600);
    case Scale::Day:
        return QDateTime(local.date().addDays(1), QTime(0, 0), zone);
    case Scale::Week:
        return QDateTime(local.date().addDays(7), QTime(0, 0), zone);
    case Scale::Month:
        return QDateTime(local.date().addMonths(1), QTime(0, 0), zone);
    }
    return {};
}

qint64 bucketCount(const QDateTime &from, const QDateTime &to, Scale scale, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return 0;
    const QDateTime first = bucketStart(from, scale, zone);
    const QDateTime last = bucketStart(to, scale, zone);
    switch (scale) {
    case Scale::Hour:
        // +1 for the hour a daylight-saving change may repeat.
        return first.secsTo(last) / 3600 + 1 + (zone == QTimeZone::utc() ? 0 : 1);
    case Scale::Day:
        return first.date().daysTo(last.date()) + 1;
    case Scale::Week:
        return first.date().daysTo(last.date()) / 7 + 1;
    case Scale::Month: {
        const QDate a = first.toTimeZone(zone).date();
        const QDate b = last.toTimeZone(zone).date();
        return (b.year() - a.year()) * 12 + (b.month() - a.month()) + 1;
    }
    }
    return 0;
}

QList<UsageBucket> fillGaps(const QList<RawPoint> &points, Scale scale, const QDateTime &from,
                            const QDateTime &to, const QDateTime &now, const QTimeZone &zone)
{
    QList<UsageBucket> buckets;
    if (!from.isValid() || !to.isValid() || from > to || scale == Scale::Week)
        return buckets;
    const QDateTime end = std::min(to, now);
    const QDateTime first = bucketStart(from, scale, zone);
    if (first > end)
        return buckets;

    QHash<qint64, qint64> valueAt;
    valueAt.reserve(points.size());
    for (const RawPoint &p : points) {
        if (p.start.isValid())
            valueAt[bucketStart(p.start, scale, zone).toMSecsSinceEpoch()] += p.value;
    }

    buckets.reserve(bucketCount(first, end, scale, zone));
    for (QDateTime start = first; start <= end;) {
        const QDateTime next = nextBucketStart(start, scale, zone);
        UsageBucket bucket;
        bucket.start = start;
        bucket.end = next;
        bucket.value = valueAt.value(start.toMSecsSinceEpoch(), 0);
        bucket.partial = start <= now && now < next;
        buckets.append(bucket);
        start = next;
    }
    return buckets;
}

QList<UsageBucket> rollUpWeeks(const QList<UsageBucket> &days, const QDate &firstDay,
                               const QDate &lastDay, const QTimeZone &zone,
                               Qt::DayOfWeek firstDayOfWeek)
{
    QList<UsageBucket> weeks;
    for (const UsageBucket &day : days) {
        const QDate date = day.start.toTimeZone(zone).date();
        const QDate weekStart = weekStartDate(date, firstDayOfWeek);
        if (weeks.isEmpty() || weeks.last().start.toTimeZone(zone).date() != weekStart) {
            UsageBucket week;
            week.start = QDateTime(weekStart, QTime(0, 0), zone);
            week.end = QDateTime(weekStart.addDays(7), QTime(0, 0), zone);
            week.partial = weekStart < firstDay || weekStart.addDays(6) > lastDay;
            weeks.append(week);
        }
        UsageBucket &week = weeks.last();
        week.value += day.value;
        week.partial = week.partial || day.partial;
    }
    return weeks;
}

} // namespace geobox
