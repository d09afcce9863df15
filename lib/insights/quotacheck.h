#pragma once
// The judgement of `geobox-usage check`: every quota of the summary against a warning and a
// critical percentage (and, if asked, the forecast's crossing as a warning), the worst one
// named, and the performance data as the Monitoring Plugins guidelines define it. Pure.

#include "insights/quotaforecasts.h"
#include "usagetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace geobox {

// The Monitoring Plugins' exit codes.
enum class CheckStatus : int
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3
};

// "OK", "WARNING", "CRITICAL", "UNKNOWN".
QString checkStatusName(CheckStatus status);

struct CheckedQuota
{
    enum class Unit
    {
        Calls,
        Bytes,
        Seconds
    };
    QString label; // the performance data's label: "monthly_api_calls"
    Unit unit = Unit::Calls;
    Quota quota;
    std::optional<Forecast> forecast; // with --forecast, where there is one
    CheckStatus status = CheckStatus::Ok;
    bool forecastCrosses = false; // the forecast's crossing made it (at least) a warning
};

struct CheckResult
{
    CheckStatus status = CheckStatus::Ok;
    QList<CheckedQuota> quotas; // monthly and daily calls, traffic, processing, then storage
    // Index into quotas of the one the status line names: the worst status, then the highest
    // share; -1 when no quota has a limit.
    int worst = -1;

    // "monthly_api_calls=2550000;2400000;3000000;0;3000000 ..." (traffic and storage in B,
    // processing in s; a quota with no limit has empty warn, crit and max).
    QString performanceData(double warningPercent, double criticalPercent) const;
};

// warningPercent <= criticalPercent, both > 0. forecasts: only with --forecast.
CheckResult checkQuotas(const UsageSummary &summary, double warningPercent, double criticalPercent,
                        const std::optional<QuotaForecasts> &forecasts = std::nullopt);

} // namespace geobox
