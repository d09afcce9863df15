#include "insights/forecastcurve.h"

#include <algorithm>
#include <tuple>

namespace geobox {

double ForecastCurve::peak() const
{
    double top = quota;
    for (const CumulativePoint &p : soFar)
        top = std::max(top, p.value);
    for (const ForecastPoint &p : ahead)
        top = std::max(top, p.high);
    return top;
}

std::pair<QDateTime, QDateTime> monthPeriod(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime start(QDate(today.year(), today.month(), 1), QTime(0, 0), zone);
    return {start, start.addMonths(1)};
}

ForecastCurve forecastCurve(const QList<UsageBucket> &hours, const Forecast &forecast, double quota,
                            const QDateTime &now, const QTimeZone &zone)
{
    ForecastCurve c;
    std::tie(c.periodStart, c.periodEnd) = monthPeriod(now, zone);
    c.quota = quota;
    c.method = forecast.method;
    c.ahead = forecast.path;
    c.soFar.append({c.periodStart, 0});
    double sum = 0;
    for (const UsageBucket &b : hours) {
        if (b.start < c.periodStart || b.start >= now || b.end > now || b.running)
            continue; // before the month, or not finished
        sum += static_cast<double>(b.value);
        c.soFar.append({b.end, sum});
    }
    // The last point is the use so far as the forecast counts it (the summary's figure), so
    // that the dashed way on starts where the line ends.
    if (now > c.periodStart)
        c.soFar.append({std::min(now, c.periodEnd), forecast.soFar});
    return c;
}

} // namespace geobox
