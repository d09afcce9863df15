#pragma once
// CalendarChoice: the calendar the user chose to read dates in, as Settings
// keeps it (DisplayCalendar says what Automatic means under a locale).

namespace geobox {

enum class CalendarChoice
{
    Automatic, // Jalali under a Persian locale, else Gregorian
    Gregorian,
    Jalali
};

} // namespace geobox
