#pragma once
// BreakdownPlan: what a per-key breakdown shows (scale, the range, the period it is compared
// with) and the one span each per-key call covers, range and comparison together; and the
// split of such a call's answer back into the two. Pure.

#include "daterange.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace geobox {

struct BreakdownPlan
{
    Scale scale = Scale::Day;
    DateRange range;
    // What the range is compared with: previousPeriod(range) unless the caller chose another.
    DateRange comparison;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;

    // The plan for `range` against its previous period.
    static BreakdownPlan against(Scale scale, const DateRange &range,
                                 Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    bool isValid() const { return range.isValid() && comparison.isValid(); }
    // The days one call per key covers: from the earlier first day to the later last day.
    DateRange fetched() const;
    // The scale that call asks the service for: Week, and Month over a span that cuts a
    // calendar month, are asked as days and rolled up here, so that one call is enough.
    Scale fetchScale() const;

    friend bool operator==(const BreakdownPlan &, const BreakdownPlan &) = default;
};

// One call's answer (at fetchScale() over fetched()) split into the range and the comparison.
struct SplitSeries
{
    QList<UsageBucket> current;  // the range's buckets at the plan's scale
    QList<UsageBucket> previous; // the comparison's buckets at the plan's scale
    qint64 currentTotal = 0;
    qint64 previousTotal = 0;
};
SplitSeries splitFetched(const BreakdownPlan &plan, const QList<UsageBucket> &fetched,
                         const QDateTime &now, const QTimeZone &zone);

} // namespace geobox
