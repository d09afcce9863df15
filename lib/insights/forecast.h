#pragma once
// The forecast of a cumulative quota (a month's or a day's calls or traffic): the use so far
// plus the rest of the period as the hour-of-week profile of the past weeks expects it, with
// an 80% interval and the projected time the quota is crossed. Processing has no series, so
// it is projected by the run rate of the period so far. Pure functions.

#include "usagetypes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace geobox {

// One point of a forecast's way to the period's end: the cumulative use expected by `at`,
// within its 80% band (low == high == expected where there is no interval).
struct ForecastPoint
{
    QDateTime at;
    double expected = 0;
    double low = 0;
    double high = 0;
};

struct Forecast
{
    enum class Method
    {
        Profile, // the hour-of-week profile of the past weeks
        RunRate  // the period so far, at the same rate to its end
    };
    Method method = Method::Profile;
    double soFar = 0;
    double projected = 0; // at the period's end
    // The 80% interval of the period's end; nullopt where there is none (the run rate).
    std::optional<double> low;
    std::optional<double> high;
    // When the projection crosses the quota (or when the use did, if it already has);
    // nullopt when it stays under it or no quota is known.
    std::optional<QDateTime> exceedsOn;
    // The way there, for a chart: from now (the use so far) to the period's end, a point at
    // the end of each hour for the profile (its band widening as the interval does), the two
    // ends for the run rate; the last point is projected, low and high. Empty when the
    // period is over or not begun.
    QList<ForecastPoint> path;

    bool exceeds(double quota) const { return quota > 0 && projected > quota; }
};

// The constants of the profile forecast, measured by geobox-bench's forecast_backtest.
struct ForecastTuning
{
    int weeks = 4;            // the past weeks the profile is the mean of
    double levelWeight = 0.0; // how much of the last week's level against the profile counts
    double spreadScale = 1.0; // widens (> 1) or narrows the interval from the daily errors
};

struct ForecastInput
{
    // Hourly buckets, oldest first, complete (zeros included), the last one possibly running:
    // at least the past `weeks` weeks before `now` and the period so far.
    QList<UsageBucket> hours;
    QDateTime now;
    // The period: [start, end), e.g. this month or today in the service's zone.
    QDateTime periodStart;
    QDateTime periodEnd;
    // The service's zone: the hour of the week is its clock's.
    QTimeZone zone = QTimeZone::utc();
    // 0: no quota known.
    double quota = 0;
    // The use so far as the service counts it (the summary); without it, the hours' sum.
    std::optional<double> soFar;
};

// The 0..167 slot of an instant's hour in the week on the zone's clock (Monday 00:00 is 0).
int hourOfWeek(const QDateTime &t, const QTimeZone &zone);

// nullopt with less than one whole week of hours before now.
std::optional<Forecast> forecastByProfile(const ForecastInput &input,
                                          const ForecastTuning &tuning = {});

// The period so far at the same rate to its end; the crossing is linear too.
Forecast forecastByRunRate(double soFar, const QDateTime &now, const QDateTime &periodStart,
                           const QDateTime &periodEnd, double quota);

} // namespace geobox
