#pragma once
// The period a range is compared with, shared by the per-key breakdown and the
// comparison overlay: the period just before it, or the same period a year earlier.

#include "daterange.h"

#include <QCalendar>

namespace geobox {

// Whether the range is one or more whole months of the calendar (1 Nov – 31 Dec).
bool isWholeMonths(const DateRange &range, const QCalendar &calendar = QCalendar());

// The period just before `range`: for whole months of the calendar, as many whole months
// before it (Mar 2026 -> Feb 2026, 1 Jan – 31 Mar -> 1 Oct – 31 Dec); otherwise as many days
// ending the day before it (25 Nov – 1 Dec -> 18 – 24 Nov). Invalid in, invalid out.
DateRange previousPeriod(const DateRange &range, const QCalendar &calendar = QCalendar());

// The same period a year earlier: for whole months, the same months of the year before
// (Feb 2028 -> Feb 2027, all of it); otherwise the range 52 weeks (364 days) earlier, so
// that every day falls on the same weekday as the day it is compared with.
DateRange samePeriodLastYear(const DateRange &range, const QCalendar &calendar = QCalendar());

} // namespace geobox
