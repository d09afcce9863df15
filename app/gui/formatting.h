#pragma once
// Formatting: how the window writes counts, bytes, durations, bucket times and
// clock times, all through QLocale, so every widget says them the same way.

#include "usagetypes.h"

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
    // "245.8 kB", "10 GB", "512 B" (SI units, as the plans are sold).
    static QString bytes(qint64 bytes, const QLocale &locale = QLocale());
    // "12 s", "4 min 12 s", "3 h 5 min", "2 d 4 h"; "0.4 s" below a second.
    static QString duration(double seconds, const QLocale &locale = QLocale());
    // A bucket by its start, short: "14:00", "Tue 11 Nov", "Week of 10 Nov", "Nov 2026".
    static QString bucketStart(const QDateTime &start, Scale scale,
                               const QLocale &locale = QLocale());
    // A bucket in full, for a tooltip or a cell: "Fri 20 Nov 2026, 14:00 – 15:00".
    static QString bucketSpan(const QDateTime &start, const QDateTime &end, Scale scale,
                              const QLocale &locale = QLocale());
    // The unit of an average: "hour", "day", "week", "month".
    static QString perBucket(Scale scale);
    // "14:05", in the user's time zone.
    static QString clockTime(const QDateTime &t, const QLocale &locale = QLocale());
    // "just now", "3 min ago", "2 h ago", "3 days ago".
    static QString ago(qint64 seconds);
};

} // namespace geobox
