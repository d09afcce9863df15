#include "rangestep.h"

#include <algorithm>

namespace geobox {

DateRange steppedRange(const DateRange &range, int steps, const QDate &today,
                       const QCalendar &calendar)
{
    if (!range.isValid() || steps == 0)
        return range;
    // Nothing after the period that holds today: there is no usage there yet.
    const auto upToToday = [&](DateRange next) {
        if (next.first > today)
            return range;
        next.last = std::min(next.last, today);
        return next;
    };
    const bool fromFirst = calendar.partsFromDate(range.first).day == 1;
    const bool toMonthEnd = calendar.partsFromDate(range.last.addDays(1)).day == 1;
    if (fromFirst && (toMonthEnd || range.last == today)) {
        // Months from the first's month to the last's, both counted.
        int months = 1;
        while (range.first.addMonths(months, calendar) <= range.last)
            ++months;
        const QDate start = range.first.addMonths(steps * months, calendar);
        return upToToday({start, start.addMonths(months, calendar).addDays(-1)});
    }
    const qint64 days = range.days() * steps;
    return upToToday({range.first.addDays(days), range.last.addDays(days)});
}

} // namespace geobox
