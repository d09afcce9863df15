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

BucketCalendar::Hour BucketCalendar::hourAt(qint64 secs) const
{
    Hour hour;
    hour.index = floorDiv(secs, hourLength);
    hour.start = hour.index * hourLength;
    hour.dayIndex = floorDiv(hour.start, kDay);
    hour.date = dateOfDayIndex(hour.dayIndex);
    hour.hourOfDay = static_cast<int>(hour.index - hour.dayIndex * 24);
    return hour;
}

qint64 BucketCalendar::dayIndexAt(qint64 secs) const
{
    return floorDiv(secs, kDay);
}

qint64 BucketCalendar::dayStart(qint64 dayIndex) const
{
    return dayIndex * kDay;
}

qint64 BucketCalendar::bucketStart(qint64 secs, Scale scale) const
{
    switch (scale) {
    case Scale::Hour:
        return hourAt(secs).start;
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

QDateTime BucketCalendar::toDateTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

qint64 BucketCalendar::toSecs(const QDateTime &t)
{
    return floorDiv(t.toMSecsSinceEpoch(), 1000);
}

} // namespace sandbox
