#include "apijson.h"

#include "jsontext.h"

namespace sandbox::apijson {

QByteArray user(const SandboxUser &user, const BucketCalendar &calendar)
{
    const SandboxPlan &plan = user.plan;
    const QByteArray planJson = json::object({
        {"id", json::number(plan.id)},
        {"name", json::string(plan.name)},
        {"display_name", json::string(plan.displayName)},
        {"description", json::string(plan.description)},
        {"plan_color", json::string(plan.planColor)},
        {"storage", json::number(plan.storage)},
        {"concurrent_tasks", json::number(plan.concurrentTasks)},
        {"daily_api_calls", json::number(plan.dailyApiCalls)},
        {"monthly_api_calls", json::number(plan.monthlyApiCalls)},
        {"daily_traffic", json::number(plan.dailyTraffic)},
        {"monthly_traffic", json::number(plan.monthlyTraffic)},
        {"daily_process", json::number(plan.dailyProcess)},
        {"monthly_process", json::number(plan.monthlyProcess)},
        {"number_of_days", json::number(plan.numberOfDays)},
    });
    const QByteArray expiration =
        user.expirationDate.isValid()
            ? json::string(calendar.wallClock(user.expirationDate)
                               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
                           QStringLiteral("000"))
            : json::null();
    return json::object({
        {"id", json::number(user.id)},
        {"username", json::string(user.username)},
        {"email", json::string(user.email)},
        {"first_name", json::string(user.firstName)},
        {"last_name", json::string(user.lastName)},
        {"role", json::string(user.role)},
        {"status", json::string(user.status)},
        {"expiration_date", expiration},
        {"plan", planJson},
    });
}

QByteArray summary(const UsageSummary &s)
{
    return json::object({
        {"available_storage", json::number(s.availableStorage)},
        {"used_storage", json::number(s.usedStorage)},
        {"max_daily_api_calls", json::number(s.maxDailyApiCalls)},
        {"daily_api_calls", json::number(s.dailyApiCalls)},
        {"max_monthly_api_calls", json::number(s.maxMonthlyApiCalls)},
        {"monthly_api_calls", json::number(s.monthlyApiCalls)},
        {"max_daily_traffic", json::number(s.maxDailyTraffic)},
        {"daily_traffic", json::number(s.dailyTraffic)},
        {"max_monthly_traffic", json::number(s.maxMonthlyTraffic)},
        {"monthly_traffic", json::number(s.monthlyTraffic)},
        {"max_daily_process", json::number(s.maxDailyProcess)},
        {"daily_process", json::number(s.dailyProcess)},
        {"max_monthly_process", json::number(s.maxMonthlyProcess)},
        {"monthly_process", json::number(s.monthlyProcess)},
        {"remaining_days", s.remainingDays ? json::number(*s.remainingDays) : json::null()},
    });
}

QByteArray apiKey(const SandboxApiKey &key)
{
    return json::object({{"id", json::number(key.id)},
                         {"name", json::string(key.name)},
                         {"key", json::string(QString::fromLatin1(key.key))},
                         {"revoked", json::boolean(key.revoked)}});
}

QByteArray series(const QList<QPair<QDateTime, qint64>> &buckets, const BucketCalendar &calendar)
{
    QList<QByteArray> pairs;
    pairs.reserve(buckets.size());
    for (const auto &[start, value] : buckets)
        pairs.append(json::array({json::string(calendar.wallClock(start).toString(
                                      QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))),
                                  json::number(value)}));
    return json::array(pairs);
}

QByteArray accessToken(const QByteArray &token)
{
    return json::object({{"access_token", json::string(QString::fromLatin1(token))},
                         {"token_type", json::string(u"bearer")}});
}

} // namespace sandbox::apijson
