#pragma once
// Formatting: how the window writes counts, bytes, durations, bucket times and
// clock times, all through QLocale (its digits too), dates in the display
// calendar (DisplayCalendar), so every widget says them the same way.

#include "displaycalendar.h"
#include "usagetypes.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace geobox {

class Formatting final
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    Formatting() = delete;

    // "41,208".
    static QString count(qint64 value, const QLocale &locale = QLocale());
    // "245.8 kB", "10 GB", "512 B" (SI units, as the plans are sold; Persian: "۲۴۵٫۸ kB").
    static QString bytes(qint64 bytes, const QLocale &locale = QLocale());
    // The share of a quota used, "41%" (Persian "۴۱٪"), rounded down so that "100%" is only
    // said once the limit is reached; "<1%" for a sliver used, never "0%", and ">99%" short
    // of the limit; empty when the limit is not known.
    static QString quotaPercent(const Quota &quota, const QLocale &locale = QLocale());
    // "12 s", "4 min 12 s", "3 h 5 min", "2 d 4 h"; "0.4 s" below a second.
    static QString duration(double seconds, const QLocale &locale = QLocale());
    // A bucket by its start, short: "Tue 11 Nov 14:00", "Tue 11 Nov", "week of 10 Nov",
    // "Nov 2026"; Jalali: "Tue 20 Aban", "Aban 1405", and a (Gregorian) month that does not
    // start a Jalali one by its first day, "10 Aban 1405".
    static QString bucketStart(const QDateTime &start, Scale scale,
                               const QLocale &locale = QLocale(),
                               const QCalendar &calendar = DisplayCalendar::current());
    // A bucket in full, for a tooltip or a cell: "Fri 20 Nov 2026, 14:00 – 15:00",
    // "November 2026"; Jalali: "Fri 29 Aban 1405, 14:00 – 15:00", "10 Aban – 9 Azar 1405".
    static QString bucketSpan(const QDateTime &start, const QDateTime &end, Scale scale,
                              const QLocale &locale = QLocale(),
                              const QCalendar &calendar = DisplayCalendar::current());
    // A day, short: "25 Nov"; Jalali "4 Azar".
    static QString day(const QDateTime &t, const QLocale &locale = QLocale(),
                       const QCalendar &calendar = DisplayCalendar::current());
    // A bucket's start or end for a table cell, sortable as text: "2026-11-20 14:00";
    // Jalali "1405-08-29 14:00".
    static QString tableTime(const QDateTime &t, const QLocale &locale = QLocale(),
                             const QCalendar &calendar = DisplayCalendar::current());
    // The unit of an average: "hour", "day", "week", "month".
    static QString perBucket(Scale scale);
    // "14:05", in the user's time zone.
    static QString clockTime(const QDateTime &t, const QLocale &locale = QLocale());
    // "just now", "3 min ago", "2 h ago", "3 days ago".
    static QString ago(qint64 seconds);
};

} // namespace geobox
