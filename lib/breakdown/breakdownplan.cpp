#include "breakdownplan.h"

#include "previousperiod.h"
#include "timebuckets.h"

#include <algorithm>

namespace geobox {

namespace {

qint64 sum(const QList<UsageBucket> &buckets)
{
    qint64 total = 0;
    for (const UsageBucket &b : buckets)
        total += b.value;
    return total;
}

// The buckets of `fetched` that start inside the days of `span`, at the plan's scale.
QList<UsageBucket> within(const BreakdownPlan &plan, const QList<UsageBucket> &fetched,
                          const DateRange &span, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime from(span.first, QTime(0, 0), zone);
    const QDateTime to(span.last.addDays(1), QTime(0, 0), zone);
    QList<UsageBucket> inside;
    for (const UsageBucket &b : fetched) {
        if (b.start >= from && b.start < to)
            inside.append(b);
    }
    if (plan.fetchScale() == plan.scale)
        return inside;
    return rollUpDays(inside, plan.scale, span.first, span.last, now, zone, plan.firstDayOfWeek);
}

} // namespace

BreakdownPlan BreakdownPlan::against(Scale scale, const DateRange &range,
                                     Qt::DayOfWeek firstDayOfWeek)
{
    return {scale, range, previousPeriod(range), firstDayOfWeek};
}

DateRange BreakdownPlan::fetched() const
{
    if (!isValid())
        return {};
    return {std::min(range.first, comparison.first), std::max(range.last, comparison.last)};
}

Scale BreakdownPlan::fetchScale() const
{
    if (scale == Scale::Week)
        return Scale::Day;
    if (scale == Scale::Month && !(isWholeMonths(range) && isWholeMonths(comparison)))
        return Scale::Day;
    return scale;
}

SplitSeries splitFetched(const BreakdownPlan &plan, const QList<UsageBucket> &fetched,
                         const QDateTime &now, const QTimeZone &zone)
{
    SplitSeries out;
    out.current = within(plan, fetched, plan.range, now, zone);
    out.previous = within(plan, fetched, plan.comparison, now, zone);
    out.currentTotal = sum(out.current);
    out.previousTotal = sum(out.previous);
    return out;
}

} // namespace geobox
