#pragma once

// Where the service's hour, day and month buckets begin in its time zone, as seconds since the
// epoch, the local fields (date, hour) of one hour that shape its usage, and the zone's wall
// clock, in which the wire's timestamps are written and its dates read.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

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
        int hourOfDay = 0;   // 0..23 on the local clock (a day with a DST change skips or
                             // repeats one)
    };

    static constexpr qint64 hourLength = 3600;

    // Hours are the zone's hours: every hour bucket starts where the zone's clock showed a
    // whole hour at referenceSecs (for Asia/Tehran, +03:30, at hh:30 UTC), and days and months
    // start at the zone's midnight (rounded down to an hour start where the zone's offset is
    // not a whole number of hours from that one's). An invalid zone is UTC.
    explicit BucketCalendar(const QTimeZone &zone = QTimeZone::utc(), qint64 referenceSecs = 0);

    const QTimeZone &timeZone() const { return m_zone; }

    // The hour that contains secs.
    Hour hourAt(qint64 secs) const;
    // The local date (as days since 1970-01-01) whose day bucket holds that moment.
    qint64 dayIndexAt(qint64 secs) const;
    // When the local day with that index starts.
    qint64 dayStart(qint64 dayIndex) const;
    // Start of the bucket of that scale containing secs; the start of the next one.
    qint64 bucketStart(qint64 secs, Scale scale) const;
    qint64 nextBucket(qint64 bucketStart, Scale scale) const;

    // The zone's clock at that moment, as a QDateTime whose UTC date and time are the local
    // ones (for writing a zone-less timestamp).
    QDateTime wallClock(const QDateTime &t) const;
    // The moment the zone's clock shows that date and time. A time the clock skips (a DST gap)
    // is read as the clock before the change would have it, e.g. 02:30 as 03:30.
    QDateTime fromWallClock(QDate date, QTime time) const;
    // The same local time that many days earlier or later.
    QDateTime addDays(const QDateTime &t, qint64 days) const;

    // Seconds since the epoch as a QDateTime (UTC), and back (rounded down to the second).
    static QDateTime toDateTime(qint64 secs);
    static qint64 toSecs(const QDateTime &t);

private:
    int offsetAt(qint64 secs) const;
    qint64 hourStart(qint64 secs) const;

    QTimeZone m_zone;
    bool m_utc = true;
    qint64 m_phase = 0; // hour starts are m_phase seconds after a UTC hour start
};

} // namespace sandbox
