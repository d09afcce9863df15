#pragma once
// ForecastText: how the app says a quota's forecast in words, the same in `summary`, `check`
// and the window: "At this rate: 2.9 M of 3 M calls by 31 Dec (2.6 – 3.2 M)".

#include "insights/forecast.h"
#include "usagetypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace geobox {

class ForecastText final
{
    Q_DECLARE_TR_FUNCTIONS(ForecastText)

public:
    ForecastText() = delete;

    enum class Unit
    {
        Calls,
        Bytes,
        Seconds
    };

    // 2,550,000 -> "2.55 M", 14,100 -> "14.1 k", 950 -> "950": three significant digits.
    static QString compactCount(double value, const QLocale &locale = QLocale());
    // A figure in its unit, short: "2.55 M", "3.2 GB", "1 h 5 min".
    static QString amount(Unit unit, double value, const QLocale &locale = QLocale());
    // "At this rate: 2.9 M of 3 M calls by 31 Dec (2.6 – 3.2 M)", "... by midnight ...";
    // the run rate says so ("at the run rate of the month so far"), a crossing when
    // ("over on 28 Dec 14:00"), a quota not known leaves "of ..." out. `periodEnd` is the
    // period's end (the day after its last day for a month).
    static QString sentence(const Forecast &forecast, Unit unit, qint64 quota, bool monthly,
                            const QDateTime &periodEnd, const QLocale &locale = QLocale());
};

} // namespace geobox
