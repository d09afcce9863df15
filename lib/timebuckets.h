#pragma once
// Time buckets: where an hour, day, week or month starts and ends in the
// service's zone, how many buckets a range holds, filling the buckets the
// service left out with zeros, and rolling days up into weeks and months as a
// range counts them. Pure functions.

#include "usagetypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace geobox {

// The start of the bucket that contains `t`.
QDateTime bucketStart(const QDateTime &t, Scale scale, const QTimeZone &zone,
                      Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
// The start of the bucket after the one starting at `start`.
QDateTime nextBucketStart(const QDateTime &start, Scale scale, const QTimeZone &zone);

// How many buckets start in [bucketStart(from), to]; 0 when from > to.
qint64 bucketCount(const QDateTime &from, const QDateTime &to, Scale scale, const QTimeZone &zone);

// Every bucket of [bucketStart(from), min(to, now)], oldest first, with the value the
// service sent for it or zero. Points outside the range are dropped; two points in one
// bucket are added up. The bucket containing `now` is `running`. Scale must not be Week.
QList<UsageBucket> fillGaps(const QList<RawPoint> &points, Scale scale, const QDateTime &from,
                            const QDateTime &to, const QDateTime &now, const QTimeZone &zone);

// Day buckets rolled up into weeks starting on `firstDayOfWeek` (Scale::Week) or
// calendar months (Scale::Month), as the range [firstDay, lastDay] counts them. A week or
// month the range cuts spans only its days inside the range (start: the range's first day;
// end: the day after its last) and is `cut`. A range that ends on or after the day of
// `now` cuts nothing at its end: nothing after now has happened yet, so the running week
// or month keeps its calendar end. A bucket holding a running day is `running`.
QList<UsageBucket> rollUpDays(const QList<UsageBucket> &days, Scale scale, const QDate &firstDay,
                              const QDate &lastDay, const QDateTime &now, const QTimeZone &zone,
                              Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

// The calendar bucket (a week or a month) that holds `date`, as dates: [first, last].
struct CalendarSpan
{
    QDate first;
    QDate last;
};
CalendarSpan calendarSpan(const QDate &date, Scale scale,
                          Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace geobox
