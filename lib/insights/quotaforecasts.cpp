#include "quotaforecasts.h"

#include <QJsonValue>

#include <cmath>

namespace geobox {

namespace {

struct Period
{
    QDateTime start;
    QDateTime end;
};

Period monthOf(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime start(QDate(today.year(), today.month(), 1), QTime(0, 0), zone);
    return {start, start.addMonths(1)};
}

Period dayOf(const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime start(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    return {start, start.addDays(1)};
}

Forecast bySeries(const QList<UsageBucket> &hours, qint64 used, qint64 maximum,
                  const Period &period, const QDateTime &now, const QTimeZone &zone,
                  const ForecastTuning &tuning)
{
    ForecastInput input;
    input.hours = hours;
    input.now = now;
    input.periodStart = period.start;
    input.periodEnd = period.end;
    input.zone = zone;
    input.quota = static_cast<double>(maximum);
    input.soFar = static_cast<double>(used);
    if (std::optional<Forecast> f = forecastByProfile(input, tuning))
        return *f;
    return forecastByRunRate(static_cast<double>(used), now, period.start, period.end,
                             static_cast<double>(maximum));
}

QJsonValue number(double value)
{
    return QJsonValue(static_cast<qint64>(std::llround(value)));
}

QJsonValue entry(const std::optional<Forecast> &f)
{
    if (!f)
        return QJsonValue();
    QJsonObject o;
    o.insert(QStringLiteral("projected"), number(f->projected));
    o.insert(QStringLiteral("low"), f->low ? number(*f->low) : QJsonValue());
    o.insert(QStringLiteral("high"), f->high ? number(*f->high) : QJsonValue());
    o.insert(QStringLiteral("exceeds_on"),
             f->exceedsOn ? QJsonValue(f->exceedsOn->toString(Qt::ISODate)) : QJsonValue());
    return o;
}

} // namespace

QDateTime forecastHistoryStart(const QDateTime &now, const QTimeZone &zone, int weeks)
{
    const QDateTime back = now.addDays(-7LL * (weeks + 1));
    const QDateTime monthStart = monthOf(now, zone).start;
    QDateTime first = std::min(back, monthStart.toUTC());
    const qint64 ms = first.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ((ms % 3600000) + 3600000) % 3600000,
                                          QTimeZone::utc());
}

QuotaForecasts forecastQuotas(const UsageSummary &summary, const QList<UsageBucket> &callsHours,
                              const QList<UsageBucket> &trafficHours, const QDateTime &now,
                              const QTimeZone &zone, const ForecastTuning &tuning)
{
    const Period month = monthOf(now, zone);
    const Period day = dayOf(now, zone);
    QuotaForecasts out;
    out.monthlyCalls = bySeries(callsHours, summary.monthlyApiCalls, summary.maxMonthlyApiCalls,
                                month, now, zone, tuning);
    out.monthlyTraffic = bySeries(trafficHours, summary.monthlyTraffic, summary.maxMonthlyTraffic,
                                  month, now, zone, tuning);
    out.dailyCalls = bySeries(callsHours, summary.dailyApiCalls, summary.maxDailyApiCalls, day, now,
                              zone, tuning);
    out.dailyTraffic = bySeries(trafficHours, summary.dailyTraffic, summary.maxDailyTraffic, day,
                                now, zone, tuning);
    out.monthlyProcess =
        forecastByRunRate(static_cast<double>(summary.monthlyProcess), now, month.start, month.end,
                          static_cast<double>(summary.maxMonthlyProcess));
    out.dailyProcess = forecastByRunRate(static_cast<double>(summary.dailyProcess), now, day.start,
                                         day.end, static_cast<double>(summary.maxDailyProcess));
    return out;
}

QJsonObject forecastJson(const QuotaForecasts &forecasts)
{
    QJsonObject o;
    o.insert(QStringLiteral("monthly_api_calls"), entry(forecasts.monthlyCalls));
    o.insert(QStringLiteral("monthly_traffic"), entry(forecasts.monthlyTraffic));
    o.insert(QStringLiteral("monthly_process"), entry(forecasts.monthlyProcess));
    o.insert(QStringLiteral("daily_api_calls"), entry(forecasts.dailyCalls));
    o.insert(QStringLiteral("daily_traffic"), entry(forecasts.dailyTraffic));
    o.insert(QStringLiteral("daily_process"), entry(forecasts.dailyProcess));
    return o;
}

} // namespace geobox
