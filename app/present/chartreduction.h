#pragma once
// ChartReduction: draw no more than the pixels show. A line through more points
// than the plot has pixel columns is reduced, column by column, to the first,
// lowest, highest and last point that fall into it (M4): the polyline through
// what is left covers the same pixels as the polyline through every point, so
// the picture stays the same while a year or five of hours cost a few thousand
// points. Pure; points in device pixels.

#include <QLineF>
#include <QList>
#include <QPointF>

namespace geobox {

class ChartReduction final
{
public:
    ChartReduction() = delete;

    // `points` in device pixels, their x in order (rising, or falling when the chart is
    // mirrored). Each pixel column keeps its first, minimum-y, maximum-y and last point, in
    // their own order; a column of one or two points keeps them as they are.
    static QList<QPointF> m4(const QList<QPointF> &points);
    // The same picture as the polyline through `points` (reduced or not), as lines that
    // cover each pixel once: per pixel column one vertical line from its lowest to its
    // highest point, and the segment from each column's last point to the next one's first.
    // About half the pixels the polyline paints, for the same ones.
    static QList<QLineF> columnLines(const QList<QPointF> &points);
    // The pixel column of x.
    static qint64 columnOf(qreal x);
};

} // namespace geobox
