#include "alerttext.h"

#include "forecasttext.h"
#include "formatting.h"

#include <QTimeZone>

namespace geobox {

namespace {

struct QuotaInfo
{
    ForecastText::Unit unit;
    Quota quota;
    bool monthly;
};

QuotaInfo infoOf(const QString &key, const UsageSummary &s)
{
    using U = ForecastText::Unit;
    if (key == QLatin1String("monthly_api_calls"))
        return {U::Calls, s.monthlyCalls(), true};
    if (key == QLatin1String("daily_api_calls"))
        return {U::Calls, s.dailyCalls(), false};
    if (key == QLatin1String("monthly_traffic"))
        return {U::Bytes, s.monthlyTrafficQuota(), true};
    if (key == QLatin1String("daily_traffic"))
        return {U::Bytes, s.dailyTrafficQuota(), false};
    if (key == QLatin1String("monthly_process"))
        return {U::Seconds, s.monthlyProcessQuota(), true};
    return {U::Seconds, s.dailyProcessQuota(), false};
}

} // namespace

QString AlertText::quotaName(const QString &quotaKey)
{
    if (quotaKey == QLatin1String("monthly_api_calls"))
        return tr("Monthly calls");
    if (quotaKey == QLatin1String("daily_api_calls"))
        return tr("Daily calls");
    if (quotaKey == QLatin1String("monthly_traffic"))
        return tr("Monthly traffic");
    if (quotaKey == QLatin1String("daily_traffic"))
        return tr("Daily traffic");
    if (quotaKey == QLatin1String("monthly_process"))
        return tr("Monthly processing");
    return tr("Daily processing");
}

QString AlertText::title(const Alert &alert, const QLocale &locale)
{
    switch (alert.kind) {
    case Alert::Kind::Threshold:
        //: %1 the quota ("Monthly calls"), %2 the share reached ("80%").
        return tr("%1 at %2")
            .arg(quotaName(alert.quota), locale.toString(alert.threshold) + locale.percent());
    case Alert::Kind::Forecast:
        //: %1 the quota ("Monthly calls").
        return tr("%1 will run out this month").arg(quotaName(alert.quota));
    case Alert::Kind::Spike:
        break;
    }
    //: %1 the hour of the spike ("Tue 1 Dec 14:00").
    return tr("Spike in calls at %1")
        .arg(alert.spike ? Formatting::bucketStart(alert.spike->start, Scale::Hour, locale)
                         : QString());
}

QString AlertText::body(const Alert &alert, const UsageSummary &summary, const QLocale &locale)
{
    if (alert.kind == Alert::Kind::Spike) {
        if (!alert.spike)
            return {};
        //: %1 how many times the usual ("6.2"), %2 the calls in that hour.
        return tr("%1 times the usual for this hour of the week (%2 calls)")
            .arg(locale.toString(alert.spike->timesUsual(), 'f', 1),
                 Formatting::count(alert.spike->value, locale));
    }
    const QuotaInfo info = infoOf(alert.quota, summary);
    if (alert.kind == Alert::Kind::Forecast && alert.forecast) {
        // The period key of a monthly rule is its month, "2026-12".
        const QDate first = QDate::fromString(alert.periodKey + QStringLiteral("-01"), Qt::ISODate);
        const QDateTime monthEnd = QDateTime(first, QTime(0, 0), QTimeZone::utc()).addMonths(1);
        return ForecastText::sentence(*alert.forecast, info.unit, info.quota.maximum, true,
                                      monthEnd, locale);
    }
    //: %1 used, %2 the limit: "2.55 M of 3 M".
    return tr("%1 of %2")
        .arg(ForecastText::amount(info.unit, double(info.quota.used), locale),
             ForecastText::amount(info.unit, double(info.quota.maximum), locale));
}

} // namespace geobox
