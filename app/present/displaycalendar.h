#pragma once
// DisplayCalendar: the one answer to "which calendar does the window write dates
// in", asked by Formatting, the time axis, the date pickers and the table: the
// user's choice in Settings, where Automatic means Jalali (Solar Hijri) under a
// Persian locale (QLocale(), the default the app set) and Gregorian otherwise.
// Machine-readable output (CSV, JSON, settings, requests) never asks it.

#include "calendarchoice.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace geobox {

class DisplayCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCalendar)

public:
    DisplayCalendar() = delete;

    // The calendar a choice means under a locale; Gregorian when Qt has no Jalali calendar.
    static QCalendar resolve(CalendarChoice choice, const QLocale &locale = QLocale());
    // What the window writes dates in now: resolve(choice()), under QLocale().
    static QCalendar current();
    static CalendarChoice choice();
    // For the whole process, like QLocale::setDefault; the window relabels itself after it.
    static void setChoice(CalendarChoice choice);

    static bool isJalali(const QCalendar &calendar);
    // For the Settings list: "Automatic (Jalali)", "Gregorian", "Jalali (Solar Hijri)".
    static QString label(CalendarChoice choice, const QLocale &locale = QLocale());
};

} // namespace geobox
