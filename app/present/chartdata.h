#pragma once
// ChartData: what the usage charts draw for a list of buckets, prepared in one
// pass (no Qt Charts here): bar heights with the running buckets apart, line
// points with the running tail apart, and where a bucket sits on the x axis
// when several buckets share one bar.

#include "dashboardsnapshot.h"

#include <QList>
#include <QPointF>

namespace geobox {

class ChartData final
{
public:
    struct Bars
    {
        QList<qreal> heights; // one per bar
        QList<int> running;   // the bars that hold a running bucket
        qint64 peak = 0;
    };
    struct Line
    {
        QList<QPointF> finished; // x: bucket index
        QList<QPointF> running;  // from the last finished point to the end; empty if none runs
        qint64 peak = 0;
    };

    ChartData() = delete;

    // One bar per `group` buckets, as tall as the group's busiest bucket, running
    // when any of its buckets is.
    static Bars bars(const QList<UsageRow> &rows, Metric metric, qsizetype group);
    static Line line(const QList<UsageRow> &rows, Metric metric);
    // Bars needed so that no more than one bar falls on a pixel.
    static qsizetype groupFor(qsizetype buckets, int pixels);
    // The x of a bucket's centre, in bars (group > 1) or buckets.
    static double position(qsizetype bucket, qsizetype group);
    // The bucket under x, clamped to [0, buckets).
    static qsizetype bucketAt(double x, qsizetype group, qsizetype buckets);

private:
    static qint64 valueOf(const UsageRow &row, Metric metric);
};

} // namespace geobox
