#include "historyrecords.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace geobox {

QByteArray userToJson(const User &user)
{
    QJsonObject o{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("first_name"), user.firstName},
        {QStringLiteral("last_name"), user.lastName},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("status"), user.status},
    };
    if (user.plan)
        o.insert(QStringLiteral("plan"), user.plan->raw);
    if (user.expirationDate.isValid())
        o.insert(QStringLiteral("expiration_date"),
                 user.expirationDate.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray summaryToJson(const UsageSummary &s)
{
    QJsonObject o{
        {QStringLiteral("available_storage"), s.availableStorage},
        {QStringLiteral("used_storage"), s.usedStorage},
        {QStringLiteral("max_daily_api_calls"), s.maxDailyApiCalls},
        {QStringLiteral("daily_api_calls"), s.dailyApiCalls},
        {QStringLiteral("max_monthly_api_calls"), s.maxMonthlyApiCalls},
        {QStringLiteral("monthly_api_calls"), s.monthlyApiCalls},
        {QStringLiteral("max_daily_traffic"), s.maxDailyTraffic},
        {QStringLiteral("daily_traffic"), s.dailyTraffic},
        {QStringLiteral("max_monthly_traffic"), s.maxMonthlyTraffic},
        {QStringLiteral("monthly_traffic"), s.monthlyTraffic},
        {QStringLiteral("max_daily_process"), s.maxDailyProcess},
        {QStringLiteral("daily_process"), s.dailyProcess},
        {QStringLiteral("max_monthly_process"), s.maxMonthlyProcess},
        {QStringLiteral("monthly_process"), s.monthlyProcess},
        {QStringLiteral("remaining_days"),
         s.remainingDays ? QJsonValue(*s.remainingDays) : QJsonValue(QJsonValue::Null)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace geobox
