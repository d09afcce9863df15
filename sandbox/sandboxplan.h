#pragma once

// A Geobox subscription plan as users/me/ reports it; a maximum of 0 means "unknown".

#include <QString>

namespace sandbox {

struct SandboxPlan
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString description;
    QString planColor;
    qint64 storage = 0; // bytes
    int concurrentTasks = 0;
    qint64 dailyApiCalls = 0;
    qint64 monthlyApiCalls = 0;
    qint64 dailyTraffic = 0;   // bytes
    qint64 monthlyTraffic = 0; // bytes
    qint64 dailyProcess = 0;   // seconds
    qint64 monthlyProcess = 0; // seconds
    int numberOfDays = 0;
};

} // namespace sandbox
