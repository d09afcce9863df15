#pragma once
// What the "this month" forecast chart draws, decided here and only drawn by the app: the
// month so far as a cumulative line from its hours, the quota, and the forecast's way to the
// month's end (Forecast::path) with its band. Pure functions.

#include "insights/forecast.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace geobox {

struct CumulativePoint
{
    QDateTime at;
    double value = 0;
};

struct ForecastCurve
{
    QDateTime periodStart;
    QDateTime periodEnd; // the day after the month's last day, 00:00
    // From the period's start (0) to now: a point at the end of each finished hour, and the
    // last at now (the use so far, as the forecast counts it).
    QList<CumulativePoint> soFar;
    // From now to the period's end (empty when the period is over).
    QList<ForecastPoint> ahead;
    // 0: no quota known (no quota line is drawn).
    double quota = 0;
    Forecast::Method method = Forecast::Method::Profile;
    // The highest figure the chart must show (the band's top, the quota, the use so far).
    double peak() const;
};

// This month on the zone's clock: [its first day 00:00, the next month's first day 00:00).
std::pair<QDateTime, QDateTime> monthPeriod(const QDateTime &now, const QTimeZone &zone);

// The curve of a forecast of this month from the hours of its metric (complete, from at
// least the month's start to now). `quota` 0: none known.
ForecastCurve forecastCurve(const QList<UsageBucket> &hours, const Forecast &forecast, double quota,
                            const QDateTime &now, const QTimeZone &zone);

} // namespace geobox
