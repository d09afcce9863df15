#include "bucketcalendar.h"

namespace sandbox {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDate dateOfDayIndex(qint64 dayIndex)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + dayIndex);
}

qint64 dayIndexOfDate(QDate date)
{
    return date.toJulianDay() - kUnixEpochJulianDay;
}

} // namespace

std::optional<BucketCalendar::Scale> BucketCalendar::scaleFromName(const QString &name)
{
    if (name == QStringLiteral("hour"))
        return Scale::Hour;
    if (name == QStringLiteral("day"))
        return Scale::Day;
    if (name == QStringLiteral("month"))
        return Scale::Month;
    return std::nullopt;
}

BucketCalendar::BucketCalendar(const QTimeZone &zone, qint64 referenceSecs)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_utc(m_zone == QTimeZone::utc())
{
    const qint64 offset = offsetAt(referenceSecs);
    m_phase = ((-offset % hourLength) + hourLength) % hourLength;
}

int BucketCalendar::offsetAt(qint64 secs) const
{
    if (m_utc)
        return 0;
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

qint64 BucketCalendar::hourStart(qint64 secs) const
{
    return floorDiv(secs - m_phase, hourLength) * hourLength + m_phase;
}

BucketCalendar::Hour BucketCalendar::hourAt(qint64 secs) const
{
    Hour hour;
    hour.start = hourStart(secs);
    hour.index = floorDiv(hour.start, hourLength);
    const qint64 local = hour.start + offsetAt(hour.start);
    hour.dayIndex = floorDiv(local, kDay);
    hour.date = dateOfDayIndex(hour.dayIndex);
    hour.hourOfDay = static_cast<int>(floorDiv(local - hour.dayIndex * kDay, hourLength));
    return hour;
}

qint64 BucketCalendar::dayIndexAt(qint64 secs) const
{
    qint64 day = floorDiv(secs + offsetAt(secs), kDay);
    if (m_utc)
        return day;
    // The day bucket that holds secs, also where the local date steps back (a DST change over
    // midnight) or a start was rounded down to an hour start.
    while (dayStart(day) > secs)
        --day;
    while (dayStart(day + 1) <= secs)
        ++day;
    return day;
}

qint64 BucketCalendar::dayStart(qint64 dayIndex) const
{
    if (m_utc)
        return dayIndex * kDay;
    // startOfDay: the first moment of that date, also where a DST change skips midnight.
    const QDate date = dateOfDayIndex(dayIndex);
    QDateTime start = date.startOfDay(m_zone);
    if (!start.isValid()) // a date the zone skipped altogether
        start = fromWallClock(date, QTime(0, 0));
    return hourStart(start.toSecsSinceEpoch());
}

qint64 BucketCalendar::bucketStart(qint64 secs, Scale scale) const
{
    switch (scale) {
    case Scale::Hour:
        return hourStart(secs);
    case Scale::Day:
        return dayStart(dayIndexAt(secs));
    case Scale::Month: {
        const QDate date = dateOfDayIndex(dayIndexAt(secs));
        return dayStart(dayIndexOfDate(QDate(date.year(), date.month(), 1)));
    }
    }
    return secs;
}

qint64 BucketCalendar::nextBucket(qint64 bucketStart, Scale scale) const
{
    switch (scale) {
    case Scale::Hour:
        return bucketStart + hourLength;
    case Scale::Day:
        return dayStart(dayIndexAt(bucketStart) + 1);
    case Scale::Month: {
        const QDate date = dateOfDayIndex(dayIndexAt(bucketStart));
        return dayStart(dayIndexOfDate(QDate(date.year(), date.month(), 1).addMonths(1)));
    }
    }
    return bucketStart;
}

QDateTime BucketCalendar::wallClock(const QDateTime &t) const
{
    if (m_utc)
        return t.toUTC();
    const qint64 ms = t.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms + offsetAt(floorDiv(ms, 1000)) * qint64(1000),
                                          Qt::UTC);
}

QDateTime BucketCalendar::fromWallClock(QDate date, QTime time) const
{
    if (m_utc)
        return QDateTime(date, time, Qt::UTC);
    const QDateTime local(date, time, m_zone);
    if (local.isValid())
        return local.toUTC();
    // In a gap: the offset a day before holds until the change.
    const QDateTime asUtc(date, time, Qt::UTC);
    return asUtc.addSecs(-offsetAt(toSecs(asUtc) - kDay));
}

QDateTime BucketCalendar::addDays(const QDateTime &t, qint64 days) const
{
    if (m_utc)
        return t.addDays(days);
    const QDateTime local = wallClock(t).addDays(days);
    return fromWallClock(local.date(), local.time());
}

QDateTime BucketCalendar::toDateTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

qint64 BucketCalendar::toSecs(const QDateTime &t)
{
    return floorDiv(t.toMSecsSinceEpoch(), 1000);
}

} // namespace sandbox
