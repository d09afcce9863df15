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
        bucket.running = start <= now && now < next;
        buckets.append(bucket);
        start = next;
    }
    return buckets;
}

CalendarSpan calendarSpan(const QDate &date, Scale scale, Qt::DayOfWeek firstDayOfWeek)
{
    switch (scale) {
    case Scale::Hour:
    case Scale::Day:
        return {date, date};
    case Scale::Week: {
        const QDate first = weekStartDate(date, firstDayOfWeek);
        return {first, first.addDays(6)};
    }
    case Scale::Month: {
        const QDate first(date.year(), date.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    }
    return {};
}

QList<UsageBucket> rollUpDays(const QList<UsageBucket> &days, Scale scale, const QDate &firstDay,
                              const QDate &lastDay, const QDateTime &now, const QTimeZone &zone,
                              Qt::DayOfWeek firstDayOfWeek)
{
    QList<UsageBucket> out;
    if (scale != Scale::Week && scale != Scale::Month)
        return out;
    const QDate today = now.toTimeZone(zone).date();
    const auto midnight = [&zone](const QDate &d) { return QDateTime(d, QTime(0, 0), zone); };
    QDate current; // the calendar bucket's first day of out.last()
    for (const UsageBucket &day : days) {
        const QDate date = day.start.toTimeZone(zone).date();
        const CalendarSpan span = calendarSpan(date, scale, firstDayOfWeek);
        if (out.isEmpty() || current != span.first) {
            current = span.first;
            const bool cutStart = firstDay > span.first;
            const bool cutEnd = lastDay < span.last && lastDay < today;
            UsageBucket bucket;
            bucket.start = midnight(cutStart ? firstDay : span.first);
            bucket.end = midnight(cutEnd ? lastDay.addDays(1) : span.last.addDays(1));
            bucket.cut = cutStart || cutEnd;
            out.append(bucket);
        }
        UsageBucket &bucket = out.last();
        bucket.value += day.value;
        bucket.running = bucket.running || day.running;
    }
    return out;
}

} // namespace geobox
