#include "rangestep.h"

namespace geobox {

DateRange steppedRange(const DateRange &range, int steps, const QDate &today,
                       const QCalendar &calendar)
{
    if (!range.isValid() || steps == 0)
        return range;
    const bool fromFirst = calendar.partsFromDate(range.first).day == 1;
    const bool toMonthEnd = calendar.partsFromDate(range.last.addDays(1)).day == 1;
    if (fromFirst && (toMonthEnd || range.last == today)) {
        // Months from the first's month to the last's, both counted.
        int months = 1;
        while (range.first.addMonths(months, calendar) <= range.last)
            ++months;
        const QDate start = range.first.addMonths(steps * months, calendar);
        return {start, start.addMonths(months, calendar).addDays(-1)};
    }
    const qint64 days = range.days() * steps;
    return {range.first.addDays(days), range.last.addDays(days)};
}

} // namespace geobox
