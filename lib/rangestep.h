#pragma once
// steppedRange: the range just before or after another, for Earlier and Later
// Period (Alt+Left, Alt+Right). Whole months move by whole months (October →
// September; "This month" up to today → all of last month); any other range
// moves by its own number of days. Nothing moves past the period that holds
// today: a later range ends today at the latest.

#include "daterange.h"

#include <QCalendar>

namespace geobox {

// steps < 0: earlier, steps > 0: later. Whole months: from the first of a month to
// the end of a month, or to `today` (a month so far). An invalid range stays invalid, and
// so does a range whose later period would start after today; one that would end after
// today ends today.
// The calendar decides what a month is (Gregorian by default).
DateRange steppedRange(const DateRange &range, int steps, const QDate &today,
                       const QCalendar &calendar = QCalendar());

} // namespace geobox
