#pragma once

// Where the service's hour, day and month buckets begin, as seconds since the epoch (UTC), and
// the local fields (date, hour of the day) of one hour that shape its usage.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sandbox {

class BucketCalendar final
{
public:
    enum class Scale
    {
        Hour,
        Day,
        Month
    };
    // "hour", "day" or "month".
    static std::optional<Scale> scaleFromName(const QString &name);

    // One hour bucket: when it starts and the local day and hour it belongs to.
    struct Hour
    {
        qint64 start = 0;    // seconds since the epoch
        qint64 index = 0;    // floor(start / 3600): a hash input unique to this hour
        qint64 dayIndex = 0; // the local date as days since 1970-01-01
        QDate date;          // the local date
        int hourOfDay = 0;   // 0..23, local
    };

    static constexpr qint64 hourLength = 3600;

    // The hour that contains secs.
    Hour hourAt(qint64 secs) const;
    // The local date (as days since 1970-01-01) that contains secs.
    qint64 dayIndexAt(qint64 secs) const;
    // When the local day with that index starts.
    qint64 dayStart(qint64 dayIndex) const;
    // Start of the bucket of that scale containing secs; the start of the next one.
    qint64 bucketStart(qint64 secs, Scale scale) const;
    qint64 nextBucket(qint64 bucketStart, Scale scale) const;

    // Seconds since the epoch as a QDateTime, and back (rounded down to the second).
    static QDateTime toDateTime(qint64 secs);
    static qint64 toSecs(const QDateTime &t);
};

} // namespace sandbox
