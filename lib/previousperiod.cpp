#include "previousperiod.h"

#include "rangestep.h"

namespace geobox {

bool isWholeMonths(const DateRange &range, const QCalendar &calendar)
{
    return range.isValid() && calendar.partsFromDate(range.first).day == 1
        && calendar.partsFromDate(range.last.addDays(1)).day == 1;
}

DateRange previousPeriod(const DateRange &range, const QCalendar &calendar)
{
    if (!range.isValid())
        return {};
    // Earlier Period's rule, without its "month so far" case: a "today" past the range's
    // end means a range that stops mid-month is compared day for day, not with a month.
    return steppedRange(range, -1, range.last.addDays(1), calendar);
}

DateRange samePeriodLastYear(const DateRange &range, const QCalendar &calendar)
{
    if (!range.isValid())
        return {};
    if (isWholeMonths(range, calendar)) {
        const QDate first = range.first.addYears(-1, calendar);
        // The day after the last month a year ago, less one: its real end (28 or 29 Feb).
        const QDate afterLast = range.last.addDays(1).addYears(-1, calendar);
        return {first, afterLast.addDays(-1)};
    }
    return {range.first.addDays(-364), range.last.addDays(-364)};
}

} // namespace geobox
