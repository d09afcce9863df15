#pragma once

// The figures of GET usage/summary for one user, in the order the service sends them.

#include <QtGlobal>

#include <optional>

namespace sandbox {

struct UsageSummary
{
    qint64 availableStorage = 0;
    qint64 usedStorage = 0;
    qint64 maxDailyApiCalls = 0;
    qint64 dailyApiCalls = 0;
    qint64 maxMonthlyApiCalls = 0;
    qint64 monthlyApiCalls = 0;
    qint64 maxDailyTraffic = 0;
    qint64 dailyTraffic = 0;
    qint64 maxMonthlyTraffic = 0;
    qint64 monthlyTraffic = 0;
    qint64 maxDailyProcess = 0;
    qint64 dailyProcess = 0;
    qint64 maxMonthlyProcess = 0;
    qint64 monthlyProcess = 0;
    std::optional<qint64> remainingDays;
};

} // namespace sandbox
