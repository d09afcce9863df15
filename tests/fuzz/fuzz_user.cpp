// parseUser: users/me/ and users/{id}/, with the plan. Properties: an id > 0, plan figures
// >= 0, and a user written back as JSON reads back equal (expiration to the second).

#include "fuzzcheck.h"
#include "parsers.h"
#include "usageexport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace geobox;

namespace {

QJsonObject writePlan(const Plan &p)
{
    QJsonObject o;
    if (p.id)
        o.insert(QLatin1String("id"), QJsonValue(*p.id));
    o.insert(QLatin1String("name"), p.name);
    o.insert(QLatin1String("display_name"), p.displayName);
    o.insert(QLatin1String("description"), p.description);
    o.insert(QLatin1String("plan_color"), p.color);
    o.insert(QLatin1String("storage"), QJsonValue(p.storage));
    o.insert(QLatin1String("concurrent_tasks"), QJsonValue(p.concurrentTasks));
    o.insert(QLatin1String("daily_api_calls"), QJsonValue(p.dailyApiCalls));
    o.insert(QLatin1String("monthly_api_calls"), QJsonValue(p.monthlyApiCalls));
    o.insert(QLatin1String("daily_traffic"), QJsonValue(p.dailyTraffic));
    o.insert(QLatin1String("monthly_traffic"), QJsonValue(p.monthlyTraffic));
    o.insert(QLatin1String("daily_process"), QJsonValue(p.dailyProcess));
    o.insert(QLatin1String("monthly_process"), QJsonValue(p.monthlyProcess));
    o.insert(QLatin1String("number_of_days"), QJsonValue(p.numberOfDays));
    return o;
}

bool samePlan(const Plan &a, const Plan &b)
{
    return a.id == b.id && a.name == b.name && a.displayName == b.displayName &&
           a.description == b.description && a.color == b.color && a.storage == b.storage &&
           a.concurrentTasks == b.concurrentTasks && a.dailyApiCalls == b.dailyApiCalls &&
           a.monthlyApiCalls == b.monthlyApiCalls && a.dailyTraffic == b.dailyTraffic &&
           a.monthlyTraffic == b.monthlyTraffic && a.dailyProcess == b.dailyProcess &&
           a.monthlyProcess == b.monthlyProcess && a.numberOfDays == b.numberOfDays;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<User> result = parseUser(fuzz::bytes(data, size), QTimeZone::utc());
    fuzz::checkFailure(result);
    if (!result)
        return 0;
    const User &u = result.value();
    FUZZ_CHECK(u.id > 0, QString::number(u.id));
    (void)u.isAdmin();
    (void)u.displayName();
    if (u.plan) {
        const Plan &p = *u.plan;
        FUZZ_CHECK(!p.id || *p.id >= 0, QString::number(*p.id));
        for (const qint64 v :
             {p.storage, p.concurrentTasks, p.dailyApiCalls, p.monthlyApiCalls, p.dailyTraffic,
              p.monthlyTraffic, p.dailyProcess, p.monthlyProcess, p.numberOfDays})
            FUZZ_CHECK(v >= 0, QString::number(v));
    }

    const QString texts[] = {u.username, u.email, u.firstName, u.lastName, u.role, u.status};
    for (const QString &t : texts)
        if (!fuzz::roundTrips(t))
            return 0;
    if (u.plan)
        for (const QString &t :
             {u.plan->name, u.plan->displayName, u.plan->description, u.plan->color})
            if (!fuzz::roundTrips(t))
                return 0;
    QJsonObject o;
    o.insert(QLatin1String("id"), QJsonValue(u.id));
    o.insert(QLatin1String("username"), u.username);
    o.insert(QLatin1String("email"), u.email);
    o.insert(QLatin1String("first_name"), u.firstName);
    o.insert(QLatin1String("last_name"), u.lastName);
    o.insert(QLatin1String("role"), u.role);
    o.insert(QLatin1String("status"), u.status);
    if (u.plan)
        o.insert(QLatin1String("plan"), writePlan(*u.plan));
    if (u.expirationDate.isValid())
        o.insert(QLatin1String("expiration_date"), isoTimestamp(u.expirationDate));
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const Result<User> again = parseUser(json, QTimeZone::utc());
    FUZZ_CHECK(again,
               QStringLiteral("%1 -> %2").arg(QString::fromUtf8(json), again.error().message()));
    const User &v = again.value();
    FUZZ_CHECK(v.id == u.id && v.username == u.username && v.email == u.email &&
                   v.firstName == u.firstName && v.lastName == u.lastName && v.role == u.role &&
                   v.status == u.status,
               QString::fromUtf8(json));
    FUZZ_CHECK(v.plan.has_value() == u.plan.has_value() && (!u.plan || samePlan(*u.plan, *v.plan)),
               QString::fromUtf8(json));
    FUZZ_CHECK(v.expirationDate.isValid() == u.expirationDate.isValid() &&
                   (!u.expirationDate.isValid() ||
                    v.expirationDate.toSecsSinceEpoch() == fuzz::floorSecs(u.expirationDate)),
               QString::fromUtf8(json));
    return 0;
}
