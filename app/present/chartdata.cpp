#include "chartdata.h"

#include <algorithm>
#include <cmath>

namespace geobox {

qint64 ChartData::valueOf(const UsageRow &row, Metric metric)
{
    return (metric == Metric::Calls ? row.calls : row.traffic).value_or(0);
}

ChartData::Bars ChartData::bars(const QList<UsageRow> &rows, Metric metric, qsizetype group)
{
    group = std::max<qsizetype>(1, group);
    const qsizetype n = rows.size();
    const qsizetype count = (n + group - 1) / group;
    Bars out;
    out.heights.reserve(count);
    for (qsizetype bar = 0; bar < count; ++bar) {
        qint64 top = 0;
        bool partial = false;
        for (qsizetype i = bar * group; i < std::min(n, (bar + 1) * group); ++i) {
            top = std::max(top, valueOf(rows[i], metric));
            partial = partial || rows[i].running;
        }
        out.heights.append(static_cast<qreal>(top));
        if (partial)
            out.running.append(static_cast<int>(bar));
        out.peak = std::max(out.peak, top);
    }
    return out;
}

ChartData::Line ChartData::line(const QList<UsageRow> &rows, Metric metric)
{
    const qsizetype n = rows.size();
    qsizetype firstRunning = n;
    while (firstRunning > 0 && rows[firstRunning - 1].running)
        --firstRunning;
    Line out;
    out.finished.reserve(firstRunning);
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 value = valueOf(rows[i], metric);
        out.peak = std::max(out.peak, value);
        const QPointF point(static_cast<qreal>(i), static_cast<qreal>(value));
        if (i < firstRunning)
            out.finished.append(point);
        if (firstRunning < n && i >= firstRunning - 1)
            out.running.append(point);
    }
    return out;
}

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
