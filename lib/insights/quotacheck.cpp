#include "quotacheck.h"

#include <cmath>

namespace geobox {

namespace {

int rank(CheckStatus status)
{
    return static_cast<int>(status);
}

QString limitFigure(double percent, qint64 maximum)
{
    return QString::number(std::llround(static_cast<double>(maximum) * percent / 100.0));
}

} // namespace

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok:
        return QStringLiteral("OK");
    case CheckStatus::Warning:
        return QStringLiteral("WARNING");
    case CheckStatus::Critical:
        return QStringLiteral("CRITICAL");
    case CheckStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString CheckResult::performanceData(double warningPercent, double criticalPercent) const
{
    QStringList parts;
    for (const CheckedQuota &q : quotas) {
        const QString unit = q.unit == CheckedQuota::Unit::Bytes     ? QStringLiteral("B")
                             : q.unit == CheckedQuota::Unit::Seconds ? QStringLiteral("s")
                                                                     : QString();
        QString part = q.label + QLatin1Char('=') + QString::number(q.quota.used) + unit;
        if (q.quota.hasLimit()) {
            part += QLatin1Char(';') + limitFigure(warningPercent, q.quota.maximum) +
                    QLatin1Char(';') + limitFigure(criticalPercent, q.quota.maximum) +
                    QStringLiteral(";0;") + QString::number(q.quota.maximum);
        } else {
            part += QStringLiteral(";;;0;");
        }
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

CheckResult checkQuotas(const UsageSummary &summary, double warningPercent, double criticalPercent,
                        const std::optional<QuotaForecasts> &forecasts)
{
    using Unit = CheckedQuota::Unit;
    const auto forecastOf = [&](std::optional<Forecast> QuotaForecasts::*member) {
        return forecasts ? (*forecasts).*member : std::nullopt;
    };
    CheckResult result;
    result.quotas = {
        {QStringLiteral("monthly_api_calls"), Unit::Calls, summary.monthlyCalls(),
         forecastOf(&QuotaForecasts::monthlyCalls)},
        {QStringLiteral("daily_api_calls"), Unit::Calls, summary.dailyCalls(),
         forecastOf(&QuotaForecasts::dailyCalls)},
        {QStringLiteral("monthly_traffic"), Unit::Bytes, summary.monthlyTrafficQuota(),
         forecastOf(&QuotaForecasts::monthlyTraffic)},
        {QStringLiteral("daily_traffic"), Unit::Bytes, summary.dailyTrafficQuota(),
         forecastOf(&QuotaForecasts::dailyTraffic)},
        {QStringLiteral("monthly_process"), Unit::Seconds, summary.monthlyProcessQuota(),
         forecastOf(&QuotaForecasts::monthlyProcess)},
        {QStringLiteral("daily_process"), Unit::Seconds, summary.dailyProcessQuota(),
         forecastOf(&QuotaForecasts::dailyProcess)},
        {QStringLiteral("storage"), Unit::Bytes, summary.storage(), std::nullopt},
    };
    double worstShare = -1;
    for (int i = 0; i < result.quotas.size(); ++i) {
        CheckedQuota &q = result.quotas[i];
        const std::optional<double> fraction = q.quota.fraction();
        if (!fraction)
            continue;
        const double percent = *fraction * 100.0;
        if (percent >= criticalPercent)
            q.status = CheckStatus::Critical;
        else if (percent >= warningPercent)
            q.status = CheckStatus::Warning;
        if (q.status == CheckStatus::Ok && q.forecast &&
            q.forecast->exceeds(static_cast<double>(q.quota.maximum))) {
            q.status = CheckStatus::Warning;
            q.forecastCrosses = true;
        }
        const bool worse =
            result.worst < 0 || rank(q.status) > rank(result.quotas.at(result.worst).status) ||
            (q.status == result.quotas.at(result.worst).status && percent > worstShare);
        if (worse) {
            result.worst = i;
            worstShare = percent;
        }
        if (rank(q.status) > rank(result.status))
            result.status = q.status;
    }
    return result;
}

} // namespace geobox
