#pragma once
// The forecast of each of the six daily and monthly quotas of usage/summary: calls and traffic
// from their hours (the hour-of-week profile), processing by the run rate (it has no series);
// the periods in the service's zone. Pure functions, and their JSON for `summary`.

#include "insights/forecast.h"
#include "usagetypes.h"

#include <QJsonObject>

#include <optional>

namespace geobox {

struct QuotaForecasts
{
    // nullopt: not forecast (the figure has no use so far and no series).
    std::optional<Forecast> monthlyCalls;
    std::optional<Forecast> monthlyTraffic;
    std::optional<Forecast> monthlyProcess;
    std::optional<Forecast> dailyCalls;
    std::optional<Forecast> dailyTraffic;
    std::optional<Forecast> dailyProcess;
};

// The first hour the forecast reads: the earlier of the month's start and `weeks` + 1 weeks
// before now (a whole hour).
QDateTime forecastHistoryStart(const QDateTime &now, const QTimeZone &zone, int weeks = 4);

// Calls and traffic by their hourly series (complete, from forecastHistoryStart to now; the
// summary's figures count as the use so far); a series too short for a profile falls back to
// the run rate. Processing by the run rate of the summary's figures.
QuotaForecasts forecastQuotas(const UsageSummary &summary, const QList<UsageBucket> &callsHours,
                              const QList<UsageBucket> &trafficHours, const QDateTime &now,
                              const QTimeZone &zone, const ForecastTuning &tuning = {});

// {"monthly_api_calls": {"projected", "low", "high", "exceeds_on"}, ...}: the six quotas in
// their own units (calls, bytes, seconds), exceeds_on ISO 8601 with the zone's offset or null,
// low and high null where there is no interval (processing's run rate).
QJsonObject forecastJson(const QuotaForecasts &forecasts);

} // namespace geobox
