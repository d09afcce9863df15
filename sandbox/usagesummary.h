#pragma once

// The figures of GET usage/summary for one user, in the order the service sends them, and how
// the sandbox works them out: today's and this month's buckets so far, as the series has them.

#include "sandboxuser.h"
#include "usageseries.h"

#include <QDateTime>
#include <QList>
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

    // The summary of that user (keys: all of theirs) at that moment.
    static UsageSummary of(const SandboxUser &user, const QList<int> &keys,
                           const UsageSeries &series, const BucketCalendar &calendar,
                           const QDateTime &now);
};

} // namespace sandbox
