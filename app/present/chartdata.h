#pragma once
// ChartData: where buckets sit on the usage charts' x axis: how many share one
// bar so that no more bars than pixels are drawn, a bucket's position, and the
// bucket under a position. (The drawing itself is PlotLayer's.)

#include <QtGlobal>

namespace geobox {

class ChartData final
{
public:
    ChartData() = delete;

    // Bars needed so that no more than one bar falls on a pixel.
    static qsizetype groupFor(qsizetype buckets, int pixels);
    // The x of a bucket's centre, in bars (group > 1) or buckets.
    static double position(qsizetype bucket, qsizetype group);
    // The bucket under x, clamped to [0, buckets).
    static qsizetype bucketAt(double x, qsizetype group, qsizetype buckets);
};

} // namespace geobox
