#pragma once
// steppedRange: the range just before or after another, for Earlier and Later
// Period (Alt+Left, Alt+Right). Whole months move by whole months (October →
// September; "This month" up to today → all of last month; "Last 12 months" →
// the twelve months before); any other range moves by its own number of days.

#include "daterange.h"

#include <QCalendar>

namespace geobox {

// steps < 0: earlier, steps > 0: later. Whole months: from the first of a month to
// the end of a month, or to `today` (a month so far). An invalid range stays invalid.
// The calendar decides what a month is (Gregorian by default).
DateRange steppedRange(const DateRange &range, int steps, const QDate &today,
                       const QCalendar &calendar = QCalendar());

} // namespace geobox
