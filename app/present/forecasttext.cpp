#include "forecasttext.h"

#include "formatting.h"

#include <cmath>

namespace geobox {

QString ForecastText::compactCount(double value, const QLocale &locale)
{
    const struct
    {
        double size;
        const char *suffix;
    } steps[] = {{1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto &step : steps) {
        if (std::abs(value) >= step.size)
            return locale.toString(value / step.size, 'g', 3) + QLatin1Char(' ') +
                   QLatin1String(step.suffix);
    }
    return locale.toString(std::llround(value));
}

QString ForecastText::amount(Unit unit, double value, const QLocale &locale)
{
    switch (unit) {
    case Unit::Bytes:
        return Formatting::bytes(std::llround(value), locale);
    case Unit::Seconds:
        return Formatting::duration(value, locale);
    case Unit::Calls:
        break;
    }
    return compactCount(value, locale);
}

QString ForecastText::sentence(const Forecast &forecast, Unit unit, qint64 quota, bool monthly,
                               const QDateTime &periodEnd, const QLocale &locale)
{
    const QString projected = amount(unit, forecast.projected, locale);
    const QString what = quota > 0
                             //: %1 the projected use, %2 the quota: "2.9 M of 3 M".
                             ? tr("%1 of %2").arg(projected, amount(unit, double(quota), locale))
                             : projected;
    const QString noun = unit == Unit::Calls ? tr(" calls") : QString();
    const QString by = monthly
                           //: %1 the last day of the month, "31 Dec".
                           ? tr("by %1").arg(Formatting::day(periodEnd.addSecs(-1), locale))
                           : tr("by midnight");
    QString text = tr("At this rate: %1%2 %3").arg(what, noun, by);
    if (forecast.low && forecast.high) {
        //: The 80% interval of the forecast, "(2.6 – 3.2 M)".
        text += QLatin1Char(' ') +
                tr("(%1 – %2)")
                    .arg(amount(unit, *forecast.low, locale), amount(unit, *forecast.high, locale));
    }
    if (forecast.method == Forecast::Method::RunRate) {
        text += QLatin1Char(' ') + (monthly ? tr("(at the run rate of the month so far)")
                                            : tr("(at the run rate of today so far)"));
    }
    if (forecast.exceedsOn && quota > 0) {
        //: %1 when the quota is (or was) crossed: "28 Dec 14:00".
        text += QStringLiteral(", ") +
                tr("over on %1")
                    .arg(Formatting::day(*forecast.exceedsOn, locale) + QLatin1Char(' ') +
                         locale.toString(forecast.exceedsOn->time(), QStringLiteral("HH:mm")));
    }
    return text;
}

} // namespace geobox
