#pragma once
// The typed results of the Geobox usage API: series of buckets, the 15-figure
// summary, users with their plan, and API keys.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace geobox {

// Hour, Day and Month are the server's scales; Week is rolled up from days here.
enum class Scale
{
    Hour,
    Day,
    Week,
    Month
};
// calls: request count; traffic: bytes.
enum class Metric
{
    Calls,
    Traffic
};

QString scaleName(Scale scale); // "hour", "day", "week", "month"
std::optional<Scale> scaleFromName(QStringView name);
QString metricName(Metric metric); // "calls", "traffic"
std::optional<Metric> metricFromName(QStringView name);

// One [timestamp, value] pair as the server sent it.
struct RawPoint
{
    QDateTime start;
    qint64 value = 0;

    friend bool operator==(const RawPoint &, const RawPoint &) = default;
};

// One bucket of a complete series: [start, end), zero where the server sent nothing.
struct UsageBucket
{
    QDateTime start;
    QDateTime end;
    qint64 value = 0;
    // The bucket holds "now": it is not finished.
    bool running = false;
    // The range cuts the calendar bucket (a week or a month): start and end are then the
    // range's first day and the day after its last, and the value counts only those days.
    bool cut = false;

    // Not a whole, finished calendar bucket.
    bool partial() const { return running || cut; }

    friend bool operator==(const UsageBucket &, const UsageBucket &) = default;
};

struct UsageSeries
{
    Scale scale = Scale::Day;
    Metric metric = Metric::Calls;
    QList<UsageBucket> buckets;
    // Set when a limit given by the caller cut the oldest buckets off: the series then
    // starts at the first bucket the server returned.
    bool truncated = false;

    qint64 total() const;
};

// A used amount against its maximum. A maximum of 0 means no limit is known.
struct Quota
{
    qint64 used = 0;
    qint64 maximum = 0;

    bool hasLimit() const { return maximum > 0; }
    // used / maximum, or nullopt without a known limit.
    std::optional<double> fraction() const;
};

// GET usage/summary and POST usage/update. Bytes for storage and traffic, seconds for process.
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
    std::optional<qint64> remainingDays; // null: not known

    Quota dailyCalls() const { return {dailyApiCalls, maxDailyApiCalls}; }
    Quota monthlyCalls() const { return {monthlyApiCalls, maxMonthlyApiCalls}; }
    Quota dailyTrafficQuota() const { return {dailyTraffic, maxDailyTraffic}; }
    Quota monthlyTrafficQuota() const { return {monthlyTraffic, maxMonthlyTraffic}; }
    Quota dailyProcessQuota() const { return {dailyProcess, maxDailyProcess}; }
    Quota monthlyProcessQuota() const { return {monthlyProcess, maxMonthlyProcess}; }
    Quota storage() const { return {usedStorage, availableStorage}; }

    friend bool operator==(const UsageSummary &, const UsageSummary &) = default;
};

// A user's plan. Figures the server left out stay 0 (unknown).
struct Plan
{
    std::optional<qint64> id; // the SDK treats a plan without an id as a raw dictionary
    QString name;
    QString displayName;
    QString description;
    QString color;
    qint64 storage = 0;
    qint64 concurrentTasks = 0;
    qint64 dailyApiCalls = 0;
    qint64 monthlyApiCalls = 0;
    qint64 dailyTraffic = 0;
    qint64 monthlyTraffic = 0;
    qint64 dailyProcess = 0;
    qint64 monthlyProcess = 0;
    qint64 numberOfDays = 0;
    QJsonObject raw;
};

// GET users/me/ or users/{id}/.
struct User
{
    qint64 id = 0;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString status;
    std::optional<Plan> plan;
    QDateTime expirationDate; // invalid when absent

    // "System Admin" and "Account Admin" may look at other users' usage.
    bool isAdmin() const;
    // "First Last", or the username when there is no name.
    QString displayName() const;
};

// One entry of GET apikeys/. `key` is the secret: never show, log or export it.
struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString key;
    bool revoked = false;

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

} // namespace geobox

Q_DECLARE_METATYPE(geobox::Scale)
Q_DECLARE_METATYPE(geobox::Metric)
Q_DECLARE_METATYPE(geobox::UsageSeries)
Q_DECLARE_METATYPE(geobox::UsageSummary)
Q_DECLARE_METATYPE(geobox::User)
Q_DECLARE_METATYPE(geobox::ApiKey)
