#pragma once
// The change on the quota cards ("+12% vs November"): this month so far against the same days
// of the month before, and today so far against yesterday up to the same hour, for calls and
// traffic (processing has no series). Both sides count whole, finished hours on the service's
// clock, so the running hour is left out of each. Pure functions.

#include "usagetypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace geobox {

struct QuotaChanges
{
    // In percent; nullopt where nothing can be said (no finished hour yet this period, or
    // no use at all in the period compared with).
    std::optional<double> monthlyCalls;
    std::optional<double> monthlyTraffic;
    std::optional<double> dailyCalls;
    std::optional<double> dailyTraffic;
    // The first day of the month compared with (the month before this one).
    QDate previousMonth;
};

// The instants the two comparisons cover, on the zone's clock. `cutoff` is the start of the
// hour holding now. The month before counts from its first day to the same day and time
// (to its end when it is shorter: the 31st against all of November); yesterday counts to
// the same time a day earlier.
struct QuotaChangeSpans
{
    QDateTime monthStart;
    QDateTime previousMonthStart;
    QDateTime previousMonthCutoff;
    QDateTime dayStart;
    QDateTime yesterdayStart;
    QDateTime yesterdayCutoff;
    QDateTime cutoff;
};
QuotaChangeSpans quotaChangeSpans(const QDateTime &now, const QTimeZone &zone);

// The sum of the hours whose start is in [from, to).
qint64 sumOfHours(const QList<UsageBucket> &hours, const QDateTime &from, const QDateTime &to);

// The four changes from complete hourly series of calls and traffic that reach from
// quotaChangeSpans(now).previousMonthStart to now.
QuotaChanges quotaChanges(const QList<UsageBucket> &callsHours,
                          const QList<UsageBucket> &trafficHours, const QDateTime &now,
                          const QTimeZone &zone);

} // namespace geobox
