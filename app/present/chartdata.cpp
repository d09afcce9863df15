#include "chartdata.h"

#include <algorithm>
#include <cmath>

namespace geobox {

qsizetype ChartData::groupFor(qsizetype buckets, int pixels)
{
    const qsizetype width = std::max(50, pixels);
    return std::max<qsizetype>(1, (buckets + width - 1) / width);
}

double ChartData::position(qsizetype bucket, qsizetype group)
{
    const double g = static_cast<double>(std::max<qsizetype>(1, group));
    return (static_cast<double>(bucket) + 0.5) / g - 0.5;
}

qsizetype ChartData::bucketAt(double x, qsizetype group, qsizetype buckets)
{
    const double g = static_cast<double>(std::max<qsizetype>(1, group));
    const double raw = group <= 1 ? std::round(x) : std::floor((x + 0.5) * g);
    if (buckets <= 0)
        return 0;
    if (raw < 0.0)
        return 0;
    return std::min(static_cast<qsizetype>(raw), buckets - 1);
}

} // namespace geobox
