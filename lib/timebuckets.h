#pragma once
// Time buckets: where an hour, day, week or month starts and ends in the
// service's zone, how many buckets a range holds, filling the buckets the
// service left out with zeros, and rolling days up into weeks. Pure functions.

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
// bucket are added up. The bucket containing `now` is partial. Scale must not be Week.
QList<UsageBucket> fillGaps(const QList<RawPoint> &points, Scale scale, const QDateTime &from,
                            const QDateTime &to, const QDateTime &now, const QTimeZone &zone);

// Day buckets rolled up into weeks starting on `firstDayOfWeek`. A week is partial
// when one of its days is, or when the range [firstDay, lastDay] cuts it.
QList<UsageBucket> rollUpWeeks(const QList<UsageBucket> &days, const QDate &firstDay,
                               const QDate &lastDay, const QTimeZone &zone,
                               Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace geobox
