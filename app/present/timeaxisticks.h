#pragma once
// TimeAxisTicks: which buckets of a time axis get a label, at round places
// (midnights, Mondays, first days of months, quarters, years: the months and
// years of the display calendar), no more than fit, and what each label says
// ("14:00", "3 Nov", "Jan 2026"; Jalali: "1 Azar", "Farvardin 1405").

#include "dashboardsnapshot.h"
#include "displaycalendar.h"
#include "usagetypes.h"

#include <QCalendar>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace geobox {

class TimeAxisTicks final
{
public:
    struct Tick
    {
        qsizetype bucket = 0; // index into the bucket starts
        QString label;
    };

    TimeAxisTicks() = delete;
    // At most maxLabels ticks (at least one when there are buckets), with distinct labels
    // (a repeated one gets invisible zero-width spaces). The service's months are
    // Gregorian: under Jalali a month bucket is labelled by its first day ("10 Aban").
    static QList<Tick> compute(const QList<QDateTime> &starts, Scale scale, int maxLabels,
                               const QLocale &locale = QLocale(),
                               const QCalendar &calendar = DisplayCalendar::current());
    // The same for a snapshot's rows, their starts read where they are.
    static QList<Tick> compute(const QList<UsageRow> &rows, Scale scale, int maxLabels,
                               const QLocale &locale = QLocale(),
                               const QCalendar &calendar = DisplayCalendar::current());
};

} // namespace geobox
