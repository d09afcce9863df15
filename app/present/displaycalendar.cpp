#include "displaycalendar.h"

#include "usageexport.h"

namespace geobox {

namespace {
// Set from the settings when the window is made, and by Settings… (GUI thread only).
CalendarChoice currentChoice = CalendarChoice::Automatic;
} // namespace

QCalendar DisplayCalendar::resolve(CalendarChoice choice, const QLocale &locale)
{
    const bool jalali = choice == CalendarChoice::Jalali || (choice == CalendarChoice::Automatic &&
                                                             locale.language() == QLocale::Persian);
    return jalali && jalaliCalendarAvailable() ? QCalendar(QCalendar::System::Jalali) : QCalendar();
}

QCalendar DisplayCalendar::current()
{
    return resolve(currentChoice);
}

CalendarChoice DisplayCalendar::choice()
{
    return currentChoice;
}

void DisplayCalendar::setChoice(CalendarChoice choice)
{
    currentChoice = choice;
}

bool DisplayCalendar::isJalali(const QCalendar &calendar)
{
    return calendar.isValid() && calendar.name() == QLatin1String("Jalali");
}

QString DisplayCalendar::label(CalendarChoice choice, const QLocale &locale)
{
    switch (choice) {
    case CalendarChoice::Automatic:
        return isJalali(resolve(choice, locale)) ? tr("Automatic (Jalali)")
                                                 : tr("Automatic (Gregorian)");
    case CalendarChoice::Gregorian:
        return tr("Gregorian");
    case CalendarChoice::Jalali:
        return tr("Jalali (Solar Hijri)");
    }
    return {};
}

} // namespace geobox
