#include "dashboardsnapshot.h"

namespace geobox {

QList<UsageRow> mergeSeries(const std::optional<UsageSeries> &calls,
                            const std::optional<UsageSeries> &traffic)
{
    const QList<UsageBucket> empty;
    const QList<UsageBucket> &a = calls ? calls->buckets : empty;
    const QList<UsageBucket> &b = traffic ? traffic->buckets : empty;
    QList<UsageRow> rows;
    rows.reserve(std::max(a.size(), b.size()));
    // Both series come from the same range, scale and clock, so they line up bucket for
    // bucket; a merge by start time keeps that true even if one server answer differs.
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        UsageRow row;
        const bool takeA = i < a.size() && (j >= b.size() || a[i].start <= b[j].start);
        const bool takeB = j < b.size() && (i >= a.size() || b[j].start <= a[i].start);
        const UsageBucket &first = takeA ? a[i] : b[j];
        row.start = first.start;
        row.end = first.end;
        if (calls)
            row.calls = takeA ? a[i].value : 0;
        if (traffic)
            row.traffic = takeB ? b[j].value : 0;
        row.running = (takeA && a[i].running) || (takeB && b[j].running);
        row.cut = (takeA && a[i].cut) || (takeB && b[j].cut);
        rows.append(row);
        i += takeA ? 1 : 0;
        j += takeB ? 1 : 0;
    }
    return rows;
}

SeriesStats DashboardSnapshot::stats(Metric metric) const
{
    SeriesStats s;
    qsizetype count = 0;
    for (const UsageRow &row : rows) {
        const std::optional<qint64> &v = metric == Metric::Calls ? row.calls : row.traffic;
        if (!v)
            continue;
        ++count;
        s.total += *v;
        if (count == 1 || *v > s.peak) {
            s.peak = *v;
            s.peakStart = row.start;
        }
    }
    if (count > 0)
        s.averagePerBucket = static_cast<double>(s.total) / static_cast<double>(count);
    return s;
}

} // namespace geobox
