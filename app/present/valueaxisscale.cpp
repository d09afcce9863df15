#include "valueaxisscale.h"

#include "bytesize.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace geobox {

namespace {

// 1, 2, 2.5 or 5 times a power of ten, at least `rough`.
double niceStep(double rough, bool integral)
{
    if (rough <= 0.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    double nice = 10.0;
    if (f <= 1.0)
        nice = 1.0;
    else if (f <= 2.0)
        nice = 2.0;
    else if (f <= 2.5 && (!integral || magnitude >= 10.0))
        nice = 2.5;
    else if (f <= 5.0)
        nice = 5.0;
    const double step = nice * magnitude;
    return integral ? std::max(1.0, step) : step;
}

int decimalsOf(double step)
{
    for (int d = 0; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-9)
            return d;
    }
    return 3;
}

} // namespace

ValueAxisScale ValueAxisScale::build(double peak, double divisor, bool integral, int targetTicks,
                                     const QLocale &locale)
{
    ValueAxisScale out;
    targetTicks = std::max(1, targetTicks);
    const double scaledPeak = std::max(0.0, peak / divisor);
    double step = niceStep(scaledPeak / targetTicks, integral);
    qint64 steps = scaledPeak <= 0.0 ? targetTicks : std::llround(std::ceil(scaledPeak / step));
    steps = std::max<qint64>(1, steps);
    const int decimals = decimalsOf(step);
    for (qint64 i = 0; i <= steps; ++i) {
        const double scaled = static_cast<double>(i) * step;
        out.m_ticks.append({scaled * divisor, locale.toString(scaled, 'f', decimals)});
    }
    out.m_maximum = static_cast<double>(steps) * step * divisor;
    return out;
}

ValueAxisScale ValueAxisScale::forCounts(qint64 peak, int targetTicks, const QLocale &locale)
{
    return build(static_cast<double>(peak), 1.0, true, targetTicks, locale);
}

ValueAxisScale ValueAxisScale::forBytes(qint64 peak, int targetTicks, const QLocale &locale)
{
    int power = 0;
    double divisor = 1.0;
    while (power < 5 && static_cast<double>(peak) / divisor >= 1000.0) {
        divisor *= 1000.0;
        ++power;
    }
    ValueAxisScale out = build(static_cast<double>(peak), divisor, power == 0, targetTicks, locale);
    out.m_unit = ByteSize::unit(power);
    return out;
}

} // namespace geobox
