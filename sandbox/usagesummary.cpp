#include "usagesummary.h"

#include <algorithm>
#include <cmath>

namespace sandbox {

UsageSummary UsageSummary::of(const SandboxUser &user, const QList<int> &keys,
                              const UsageSeries &series, const BucketCalendar &calendar,
                              const QDateTime &now)
{
    using Metric = UsageSeries::Metric;
    using Scale = BucketCalendar::Scale;
    // One reading of the clock for every figure.
    const UsageSeries::Clock clock = series.clock(now);
    const qint64 nowSecs = BucketCalendar::toSecs(now);
    const qint64 dayStart = calendar.bucketStart(nowSecs, Scale::Day);
    const qint64 monthStart = calendar.bucketStart(nowSecs, Scale::Month);
    const qint64 end = clock.nowHour + BucketCalendar::hourLength;

    UsageSummary summary;
    const SandboxPlan &plan = user.plan;
    summary.usedStorage = user.usedStorage;
    summary.availableStorage = plan.storage > 0 ? plan.storage - user.usedStorage : 0;
    summary.maxDailyApiCalls = plan.dailyApiCalls;
    summary.dailyApiCalls = series.sum(keys, Metric::Calls, dayStart, end, clock);
    summary.maxMonthlyApiCalls = plan.monthlyApiCalls;
    summary.monthlyApiCalls = series.sum(keys, Metric::Calls, monthStart, end, clock);
    summary.maxDailyTraffic = plan.dailyTraffic;
    summary.dailyTraffic = series.sum(keys, Metric::Traffic, dayStart, end, clock);
    summary.maxMonthlyTraffic = plan.monthlyTraffic;
    summary.monthlyTraffic = series.sum(keys, Metric::Traffic, monthStart, end, clock);
    summary.maxDailyProcess = plan.dailyProcess;
    summary.dailyProcess = static_cast<qint64>(
        std::floor(series.processSeconds(user, keys, dayStart, nowSecs, clock)));
    summary.maxMonthlyProcess = plan.monthlyProcess;
    summary.monthlyProcess = static_cast<qint64>(
        std::floor(series.processSeconds(user, keys, monthStart, nowSecs, clock)));
    if (user.expirationDate.isValid()) {
        const qint64 left = user.expirationDate.toMSecsSinceEpoch() - clock.nowMs;
        summary.remainingDays = std::max<qint64>(0, left) / (86400 * 1000);
    }
    return summary;
}

} // namespace sandbox
